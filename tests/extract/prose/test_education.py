"""studied-at patterns on hand-built sentences."""

from __future__ import annotations

import pytest

from extract.prose.context import prose_context
from extract.prose.facts import education
from ontology import EntityType

LEAD = "Ravi Odum is a physicist. "


def _studies(doc_from_text, text: str) -> set[tuple]:
    facts = education(prose_context(doc_from_text(text)))
    assert all(f.object.type is EntityType.EDUCATIONAL_ORGANIZATION for f in facts)
    return {(f.object.name, f.title, f.end) for f in facts}


@pytest.mark.parametrize("sentence,expected", [
    ("He holds a Ph.D. in electrical engineering from Hillcrest University and a bachelor's "
     "degree from the University of Lagos.",
     {("Hillcrest University", "Ph.D. in Electrical Engineering", None),
      ("University of Lagos", "Bachelor's Degree", None)}),
    ("He graduated from Westbrook College in 2004 with a degree in physics.",
     {("Westbrook College", "Degree in Physics", "2004")}),
    ("Odum earned his master's in statistics at Northfield University in 2012.",
     {("Northfield University", "Master's in Statistics", "2012")}),
    ("He studied mathematics at the University of Toronto.", {("University of Toronto", None, None)}),
    ("He received his PhD from the Massachusetts Institute of Technology in 2010.",
     {("Massachusetts Institute of Technology", "PhD", "2010")}),
    ("He is a graduate of Easton Polytechnic.", {("Easton Polytechnic", None, None)}),
    ("He holds a Master of Science in Computer Science from Westbrook University (2008).",
     {("Westbrook University", "Master of Science in Computer Science", "2008")}),
    ("I did my master's in electrical engineering at Volta Lakes University.",
     {("Volta Lakes University", "Master's in Electrical Engineering", None)}),
])
def test_degree_patterns(doc_from_text, sentence, expected):
    assert _studies(doc_from_text, LEAD + sentence) == expected


@pytest.mark.parametrize("sentence", [
    "He received the Kestrel Prize from the Westbrook Society in 2019.",
    "His student, Ana Lee, earned a PhD from Hillcrest University.",
    "He holds 12 patents.",
])
def test_no_degree_no_fact(doc_from_text, sentence):
    assert _studies(doc_from_text, LEAD + sentence) == set()


def test_each_degree_takes_its_own_year(doc_from_text):
    text = LEAD + ("He received his B.S. in chemistry from Fudan University in 2001 and his Ph.D. in "
                   "chemical engineering from the University of Minnesota in 2006.")
    assert _studies(doc_from_text, text) == {
        ("Fudan University", "B.S. in Chemistry", "2001"),
        ("University of Minnesota", "Ph.D. in Chemical Engineering", "2006")}
