"""located-in and part-of for the subject's organizations."""

from __future__ import annotations

from extract.prose.context import prose_context
from extract.prose.divisions import split_division
from extract.prose.facts import divisions, places


def _located(doc_from_text, text: str) -> set[tuple]:
    ctx = prose_context(doc_from_text(text))
    return {(f.subject.name, f.object.name) for f in places(ctx)}


def test_org_in_place(doc_from_text):
    text = ("Tomas Ek is an engineer. Ek began his career at Siemens in Erlangen, where he wrote "
            "control software. He holds a PhD from Highveld University in Johannesburg.")
    assert _located(doc_from_text, text) == {("Siemens", "Erlangen"),
                                             ("Highveld University", "Johannesburg")}


def test_place_based_company(doc_from_text):
    text = ("As chief technology officer at Solace Grid, Tomas Ek oversees the software. "
            "The Accra-based company sells electricity to villages.")
    assert ("Solace Grid", "Accra") in _located(doc_from_text, text)


def test_no_place_without_a_tie(doc_from_text):
    text = "Tomas Ek is an engineer. Ek joined Initech Labs in 2015. He grew up in Leeds."
    assert _located(doc_from_text, text) == set()


def test_division_named_org_and_place(doc_from_text):
    text = ("Tomas Ek, vice president of engineering for Initech India, spoke on Monday about "
            "Initech and its plans for India.")
    ctx = prose_context(doc_from_text(text))
    found = {(f.predicate.value, f.subject.name, f.object.name) for f in divisions(ctx)}
    assert found == {("part-of", "Initech India", "Initech"), ("located-in", "Initech India", "India")}


def test_split_division():
    assert split_division("Initech Europe", {"europe"}, {"initech"}) == ("Initech", "Europe")
    assert split_division("Initech Europe", {"europe"}, set()) is None
