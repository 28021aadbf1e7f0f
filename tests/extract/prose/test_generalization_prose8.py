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


_BIO = """ABOUT THE SPEAKER

Halvard Nesheim-Obi is a coastal engineer and an associate professor at Lindgren Polytechnic,
where he has taught harbour design since 2018. He is the author of Building the Breakwater
(Saltmarsh & Reed, 2016), a field guide for small ports, and a named inventor on Norwegian
patent 345,118, "Interlocking armour unit for low-crest breakwaters". His research on wave
overtopping ("Overtopping of rubble mounds under oblique swell", Coastal Structures 2021)
is used by several port authorities. He studied civil engineering at Fjordby University
(BSc, 2009) and holds an MSc in Coastal Engineering from Delft University of Technology.
"""


def test_book_title_with_small_words_up_to_publisher_and_year():
    facts = _facts(_BIO, "text")
    authored = {f.object.name for f in facts if f.predicate.value == "authored"}
    assert "Building the Breakwater" in authored
    venues = {(f.subject.name, f.object.name) for f in facts if f.predicate.value == "published-in"}
    assert ("Building the Breakwater", "Saltmarsh & Reed") in venues


def test_bracketed_citation_after_the_subjects_research():
    facts = _facts(_BIO, "text")
    title = "Overtopping of rubble mounds under oblique swell"
    assert title in {f.object.name for f in facts if f.predicate.value == "authored"}
    assert (title, "Coastal Structures") in {(f.subject.name, f.object.name) for f in facts
                                             if f.predicate.value == "published-in"}


def test_someone_elses_cited_work_is_not_authored():
    text = ("Rhona Kettle is a hydrologist at Brackwater Labs. Her models build on earlier studies "
            "of river deltas (\"Sediment budgets of tidal rivers\", Estuaries 2011) by other "
            "groups, and she has worked at Brackwater since 2017 on flood forecasting for farms.")
    facts = _facts(text, "text")
    assert "Sediment budgets of tidal rivers" not in {f.object.name for f in facts
                                                      if f.predicate.value == "authored"}


def test_patent_named_by_its_quoted_title_in_an_inventor_sentence():
    facts = _facts(_BIO, "text")
    patents = {f.object.name for f in facts if f.predicate.value == "holds-patent"}
    assert patents == {"Interlocking armour unit for low-crest breakwaters"}


def test_degree_in_brackets_after_a_university_is_no_place():
    facts = _facts(_BIO, "text")
    places = {f.object.name for f in facts if f.predicate.value == "located-in"}
    assert "BSc" not in places
    assert ("Fjordby University", "BSc") in {(f.object.name, f.title) for f in facts
                                             if f.predicate.value == "studied-at"}


def test_a_cowritten_paper_is_authored_not_a_project():
    text = ("Ines Valcourt-Mbeki is a robotics researcher at Tarnwick Automation. She co-wrote "
            "\"Shared lanes for slow warehouse robots\", which was presented at IROS 2021, and she "
            "has led the fleet planning team at Tarnwick since 2020.")
    facts = _facts(text, "text")
    title = "Shared lanes for slow warehouse robots"
    assert title in {f.object.name for f in facts if f.predicate.value == "authored"}
    assert title not in {f.object.name for f in facts if f.predicate.value == "contributed-to"}


@pytest.mark.parametrize(("sentence", "title"), [
    ("He holds a BA (Hons) in Law from the University of Leeds.", "BA (Hons) in Law"),
    ("He holds an MSc (Econ) in Economics from the University of Leeds.", "MSc (Econ) in Economics"),
])
def test_degree_with_a_bracketed_qualifier(sentence, title):
    facts = _facts("Ravindra Oyelaran-Mott is a solicitor at Quillfeather Partners. " + sentence, "text")
    assert ("University of Leeds", title) in {(f.object.name, f.title) for f in facts
                                              if f.predicate.value == "studied-at"}


def test_apposition_after_a_name_in_emphasis():
    text = ("This week Maya sits down with **Tobias Vell-Amari**, VP of Engineering at Corvane "
            "Robotics, the Leeds start-up building survey drones. Tobias Vell-Amari grew up near "
            "the coast and still sails on weekends.")
    worked = {(o, t) for _, o, t, _, _ in _worked(_facts(text))}
    assert ("Corvane Robotics", "VP of Engineering") in worked
