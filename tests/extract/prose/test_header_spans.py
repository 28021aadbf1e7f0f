"""A bio's header line whose organization is a short name also found inside the person's name
('X' in 'Xia'): the fact's span runs from the title to the organization after it, never
backwards (a build of 10k generated documents met this and failed the document)."""

from __future__ import annotations

from extract import extract_document
from ontology import Document

TEXT = ("Xia Nordqvist, Senior Research Engineer, X, The Moonshot Factory\n\n"
        "Xia Nordqvist is Senior Research Engineer at X, The Moonshot Factory, where she leads "
        "the perception group. She joined in 2021 after four years at Spotify.\n")


def test_header_role_span_is_ordered_and_covers_title_and_org() -> None:
    facts = extract_document(Document(id="bio", text=TEXT))
    assert facts
    for f in facts:
        assert 0 <= f.provenance.start <= f.provenance.end <= len(TEXT)
        assert TEXT[f.provenance.start:f.provenance.end] == f.provenance.quote
    header = [f for f in facts if f.predicate.value == "worked-at"
              and f.title == "Senior Research Engineer"]
    assert header and header[0].provenance.quote.startswith("Senior Research Engineer")
