"""Speaker programmes with wrapped headers, podcast guest pages, hard-wrapped bios
(fictional people and organizations)."""

from __future__ import annotations

import pytest

from extract.kind import detect_kind
from extract.prose.guest import guest_name
from extract.prose.header_wrap import joined_header_line, unit_in_title, wrapped_prose_line
from extract.prose.wrap import unwrapped
from ontology import Document

pytest.importorskip("spacy")


def _facts(text: str, fmt: str = "markdown"):
    from extract.pipeline import extract_document

    doc = Document(id="t8", text=text, format=fmt, source="t8", sha256="0" * 64)
    return extract_document(doc)


def _worked(facts):
    return {(f.subject.name, f.object.name, f.title, f.start, f.end)
            for f in facts if f.predicate.value == "worked-at"}


_PROGRAMME = """# Coastal Grid Summit 2026

## Panel 3 · 14:00 · Room 2

---

**Petra Lindqvist-Oduya** — Lead Engineer, Rotterdam Port Power, Rotterdam

Petra has led the shore-power programme at Rotterdam Port Power since 2022, where her team
designs charging berths for ferries and tugs. She spent five years at Siemens Energy before
that, working on offshore substations.

**Jonas Ekwueme** — Founder & CEO, Tidewatt BV, Utrecht

Jonas founded Tidewatt in 2020 to build battery packs for inland barges and small
harbour craft. He previously worked as a systems engineer at Vestas in Randers
(2014–2020), where he modelled turbine loads.

**Marisol Acheampong** — Principal Advisor, Asset Planning, Northern Harbour Regional
Authority (NHRA)

Marisol joined the NHRA in 2015 and has advised its asset planning group since 2019. She
holds an MSc in Electrical Power Engineering from the University of Strathclyde.

---

*Lunch is served in the atrium at 13:00.*
"""


def test_wrapped_speaker_header_still_heads_a_profile():
    facts = _facts(_PROGRAMME)
    subjects = {f.subject.name for f in facts if f.predicate.value == "worked-at"}
    assert "Marisol Acheampong" in subjects
    worked = _worked(facts)
    # the wrapped header is one line: 'Title, Unit, Organization (ACRONYM)'
    assert ("Marisol Acheampong", "Northern Harbour Regional Authority", "Principal Advisor, Asset Planning",
            None, "present") in worked


def test_wrapped_bio_lines_are_no_header_lines():
    worked = _worked(_facts(_PROGRAMME))
    # 'harbour craft. He previously worked as a systems engineer at Vestas in Randers' is prose
    assert not any(org and " in " in org for _, org, _, _, _ in worked)
    assert not any(title and "." in title for _, _, title, _, _ in worked)


def test_wrapped_header_helpers():
    line = "**Marisol Acheampong** — Principal Advisor, Asset Planning, Northern Harbour Regional"
    assert joined_header_line(line, "Authority (NHRA)", 1).endswith("Regional Authority (NHRA)")
    assert joined_header_line(line, "Authority (NHRA)", 2) == line  # a blank line between
    assert joined_header_line("Jonas Ekwueme, CEO, Tidewatt", "Utrecht", 1) == "Jonas Ekwueme, CEO, Tidewatt"
    assert unit_in_title(["Principal Advisor", "Asset Planning", "Northern Harbour Regional Authority (NHRA)"], 0)
    assert not unit_in_title(["Founder & CEO", "Tidewatt BV", "Utrecht"], 0)
    assert wrapped_prose_line("harbour craft. He previously worked as a systems engineer at Vestas", "")
    assert not wrapped_prose_line("**Jonas Ekwueme** — Founder & CEO, Tidewatt BV, Utrecht", "Jonas founded")


_EPISODE = """# Shipshape Ops — Episode 57: "Cranes, queues and software"

*Released 12 February 2026 · 44 min · Hosted by Maura Quist and Ben Adair*

---

This week Maura sits down with **Tobias Nakamura-Vell**, Director of Automation at Quayline Systems,
the Antwerp company that schedules container cranes and straddle carriers for mid-sized terminals.

Tobias joined Quayline in 2021 and has run its automation group since 2023. Before that he spent
five years at Siemens Logistics in Erlangen (2016–2021), where he worked on the controllers of
baggage and parcel sorters for airports across Europe and learned to love safety standards. He
did his PhD at Ghent University after an MSc in Control Engineering, and he still writes Rust
on weekends, mostly small tools for his own allotment and the local sailing club's boat shed.

## In this episode

- 03:15 Why crane schedules break on Mondays
- 19:40 Digital twins that nobody trusts
- 33:05 Hiring automation engineers

*This episode is sponsored by Harbourline Insurance. Use code QUAY for a free quote.*
"""


def test_guest_page_is_prose_about_the_guest():
    assert detect_kind(unwrapped(_EPISODE), []) == "prose"
    facts = _facts(_EPISODE)
    assert facts
    assert {f.subject.name for f in facts} >= {"Tobias Nakamura-Vell"}
    assert not any(f.subject.name in ("Shipshape Ops", "Maura Quist", "Ben Adair") for f in facts)


@pytest.mark.parametrize(("text", "name"), [
    ("Our guest today is Dr. Helga Pruitt, a soil chemist.", "Helga Pruitt"),
    ("Guest: Anselm Roy-Baptiste\nHost: Kim Oduro", "Anselm Roy-Baptiste"),
    ("Femi Adebayo-Strand joins us to talk about rail freight.", "Femi Adebayo-Strand"),
    ("In this episode Kim talks with _Leonie Varga_ about dams.", "Leonie Varga"),
])
def test_guest_cues(text, name):
    assert guest_name(text)[0] == name


def test_no_guest_cue_in_ordinary_text():
    assert guest_name("She talks to the team about budgets every Monday.") is None
    assert guest_name("Welcome to the spring newsletter.") is None


def test_markdown_emphasis_after_a_sentence_end_counts_as_prose():
    text = ("*This long sentence in italics is a sponsor note that runs on for quite a while "
            "and ends here.*\n")
    from extract.kind import prose_ratio

    assert prose_ratio(text) == 1.0
