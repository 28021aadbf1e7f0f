"""Company posts announcing hires and speaker bios (fictional people and organizations)."""

from __future__ import annotations

import pytest

from extract.prose.publisher import hire_start, post_date, publisher_org
from ontology import Document

pytest.importorskip("spacy")


def _facts(text: str, fmt: str = "markdown"):
    from extract.pipeline import extract_document

    doc = Document(id="t7", text=text, format=fmt, source="t7", sha256="0" * 64)
    return extract_document(doc)


def _worked(facts):
    return {(f.subject.name, f.object.name, (f.title or "").lower() or None, f.start, f.end)
            for f in facts if f.predicate.value == "worked-at"}


_POST = """[Home](/) / [News](/news)

# Welcome aboard: two new people at Kestrel Freight Analytics

*By Oona Varga, Office Manager · 21 March 2025 · 3 min read*

Busy times here at Kestrel Freight Analytics. Our routing tool Gullwing now plans loads for
500 depots, Gullwing got a new look, and Gullwing is hiring too.

## Tomasz Brede — Platform Lead

Tomasz joined us in February as Platform Lead. He spent four years at Ferrovia Data Systems
building schedulers. Gullwing users will see his work soon.

## Ifeoma Adeyemi-Clarke — Research Engineer

Ifeoma joins the routing group as a Research Engineer, starting on 7 April. Gullwing is her
first big project with us.

---

Kestrel Freight Analytics is a Leeds-based logistics software company.
"""


def test_publisher_names_itself_and_a_product_is_not_it():
    assert publisher_org(_POST) == "Kestrel Freight Analytics"
    assert publisher_org("We love our booking app Tidewell. Tidewell is a great product.") is None


def test_month_without_year_takes_the_dateline_year():
    assert post_date(_POST) == (2025, 3)
    assert hire_start("Bo joined us in November as a designer.", _POST) == "2024-11"
    assert hire_start("Bo starts on 2 June.", _POST) == "2025-06"
    assert hire_start("Bo joined in May 2019.", _POST) is None  # a year is printed


def test_hires_work_at_the_publisher_from_their_start_month():
    roles = _worked(_facts(_POST))
    assert ("Tomasz Brede", "Kestrel Freight Analytics", "platform lead", "2025-02", "present") in roles
    assert ("Ifeoma Adeyemi-Clarke", "Kestrel Freight Analytics", "research engineer", "2025-04",
            "present") in roles
    assert not any(r[1] == "Gullwing" for r in roles)


_UNIT_BIO = ("Hanne Lysgaard is a data engineer. During her master's she worked as a research "
             "assistant at Norsk Havdata's Tidewater, where she cleaned sonar logs.")


def test_a_named_unit_after_its_parents_possessive_is_the_employer():
    facts = _facts(_UNIT_BIO, "text")
    assert {(r[1], r[2]) for r in _worked(facts)} >= {("Tidewater", "research assistant")}
    parts = {(f.subject.name, f.object.name) for f in facts if f.predicate.value == "part-of"}
    assert ("Tidewater", "Norsk Havdata") in parts


def test_a_unit_word_after_the_possessive_keeps_the_parent():
    roles = _worked(_facts("Pavel Ondrus is a designer. He worked at Brightmoor's design team "
                           "in Prague.", "text"))
    assert not any(r[1] == "Design" for r in roles)


_SPEAKER = ("PANEL · Room B\n\nDr. Oskar Lindqvist-Mbeki\n\n"
            "Oskar Lindqvist-Mbeki is a Principal Scientist at Veridian Robotics in Oslo, where he "
            "has built the perception stack since 2020. Before joining Veridian he was an applied "
            "scientist at Harwick Instruments in Lyon from 2016 to 2020, and a research fellow at "
            "the Kessler Institute for Marine Systems in Bremen. He holds a PhD from Uppsala "
            "University.\n")


def test_speaker_bio_roles():
    roles = {(r[1], r[2], r[3], r[4]) for r in _worked(_facts(_SPEAKER, "text"))}
    # current role dated by the 'where ... since' clause on its organization
    assert ("Veridian Robotics", "principal scientist", "2020", "present") in roles
    assert ("Harwick Instruments", "applied scientist", "2016", "2020") in roles
    # the coordinated second role is undated: the range belongs to the first
    assert ("Kessler Institute for Marine Systems", "research fellow", None, None) in roles
    # 'Before joining Veridian' repeats the current role: no second, bare one
    assert not any(r[0] in ("Veridian", "Veridian Robotics") and r[1] is None for r in roles)


def test_the_employer_a_hire_comes_from_and_a_career_start():
    text = ("Priya Venn is our new Head of Data. She comes to us from Globex Corporation in "
            "Dublin, where she spent six years, most recently as a Principal Analyst on the "
            "pricing team. She started out as a junior statistician at Initech Labs.")
    roles = {(r[1], r[2]) for r in _worked(_facts(text, "text"))}
    assert ("Globex Corporation", "principal analyst") in roles
    assert ("Initech Labs", "junior statistician") in roles


def test_a_degree_just_wrapped_up_is_studied_at_with_its_range():
    from extract.prose.lex import forms

    assert "wrapped" in forms("wrap")
    facts = _facts("Tamsin Reyes is a data scientist. She's just wrapped up a PhD in Geology at "
                   "the University of Otago (2019–2023), where her thesis looked at faults.", "text")
    studied = {(f.object.name, f.start, f.end) for f in facts if f.predicate.value == "studied-at"}
    assert ("University of Otago", "2019", "2023") in studied
