"""worked-at patterns on hand-built sentences (fictional people and organizations)."""

from __future__ import annotations

import pytest

from extract.prose.context import prose_context
from extract.prose.facts import employment
from ontology import Predicate

LEAD = "Mara Quist is an engineer. "


def _roles(doc_from_text, text: str) -> set[tuple]:
    ctx = prose_context(doc_from_text(text))
    facts = employment(ctx)
    assert all(f.predicate is Predicate.WORKED_AT and f.subject.name == ctx.subject.name for f in facts)
    return {(f.object.name, f.title, f.start, f.end) for f in facts}


@pytest.mark.parametrize("sentence,expected", [
    ("Quist joined Initech Labs in 2012.", ("Initech Labs", None, "2012", None)),
    ("She joined Brightwave Robotics as director of perception in 2016.",
     ("Brightwave Robotics", "Director of Perception", "2016", None)),
    ("Quist began her career at Globex Corporation.", ("Globex Corporation", None, None, None)),
    ("She previously worked for Hooli Research as a senior research scientist.",
     ("Hooli Research", "Senior Research Scientist", None, None)),
    ("She spent six years at Vandelay Industries building robots.",
     ("Vandelay Industries", None, None, None)),
    ("Quist also served as the director of Umbra Labs.", ("Umbra Labs", "Director", None, None)),
    ("She is a professor of computer science at Northfield University.",
     ("Northfield University", "Professor of Computer Science", None, "present")),
    ("She was the chief scientist at Pendant Systems.", ("Pendant Systems", "Chief Scientist", None, None)),
    ("She has been at Corvid Analytics for eight years now.", ("Corvid Analytics", None, None, "present")),
    ("She has worked at Tessel Labs since 2015.", ("Tessel Labs", None, "2015", "present")),
    ("She founded Larkspur Robotics in 2019.", ("Larkspur Robotics", "Founder", "2019", None)),
])
def test_verb_patterns(doc_from_text, sentence, expected):
    assert expected in _roles(doc_from_text, LEAD + sentence)


def test_as_clause_and_apposition_are_current_roles(doc_from_text):
    text = ("Mara Quist, director of data engineering for Initech Labs, spoke on Monday.\n\n"
            "As chief technology officer at Brightwave Robotics, Mara Quist is building a new lab.")
    roles = _roles(doc_from_text, text)
    assert ("Initech Labs", "Director of Data Engineering", None, "present") in roles
    assert ("Brightwave Robotics", "Chief Technology Officer", None, "present") in roles


def test_mentions_of_one_role_merge(doc_from_text):
    text = ("Mara Quist is a data scientist. Quist joined Initech Labs in 2012. "
            "I joined Initech Labs because of its people, she says. "
            "She has been at Initech Labs for nine years now.")
    assert _roles(doc_from_text, text) == {("Initech Labs", None, "2012", "present")}


def test_short_name_takes_the_full_form(doc_from_text):
    text = ("Mara Quist is the chief technology officer at Brightwave Robotics. "
            "Quist joined Brightwave in 2016 as director of perception.")
    roles = _roles(doc_from_text, text)
    assert {r[0] for r in roles} == {"Brightwave Robotics"}


def test_promotion_without_org_joins_its_role(doc_from_text):
    text = ("Mara Quist is the chief technology officer at Solace Grid. She joined Solace Grid in "
            "2019 as head of data science, when the company ran 60 sites, and became CTO in 2021.")
    roles = _roles(doc_from_text, text)
    assert ("Solace Grid", "Chief Technology Officer", "2021", "present") in roles
    assert ("Solace Grid", "Head of Data Science", "2019", None) in roles


def test_where_clause_gives_the_title(doc_from_text):
    text = LEAD + "She spent six years at Corvid Analytics, where she was a senior software engineer."
    assert ("Corvid Analytics", "Senior Software Engineer", None, None) in _roles(doc_from_text, text)


def test_header_line_names_the_current_role(doc_from_text):
    text = ("Mara Quist, Chief Data Scientist, Pendant Systems\n\n"
            "Mara Quist builds forecasting systems for retailers and has written two books on it.")
    assert ("Pendant Systems", "Chief Data Scientist", None, "present") in _roles(doc_from_text, text)


@pytest.mark.parametrize("text", [
    "Mara Quist is an engineer. Her colleague, Tom Baxter, joined Initech Labs in 2018.",
    "Mara Quist is an engineer. Tom Baxter joined Initech Labs in 2018. He leads sales.",
    "Mara Quist is an engineer.\nCredit: Tom Baxter, Initech Labs\n",
    "Mara Quist is an engineer. She joined the team in Seattle in 2018.",
])
def test_no_role_for_others_skills_places_or_credits(doc_from_text, text):
    assert _roles(doc_from_text, text) == set()


def test_a_technology_is_no_employer(doc_from_text):
    from extract.prose import lookup

    if not lookup.is_skill("TensorFlow"):
        pytest.skip("the skills vocabulary is not installed")
    assert _roles(doc_from_text, LEAD + "She joined TensorFlow in 2018.") == set()


def test_organization_hiring_the_subject(doc_from_text):
    text = LEAD + "Last spring Pendant Systems hired Mara Quist as chief data officer."
    assert ("Pendant Systems", "Chief Data Officer", None, None) in _roles(doc_from_text, text)


def test_where_clause_promotion_and_short_name_leaving(doc_from_text):
    text = ("Mara Quist spent most of her career at Meridian Shipping, where she rose from a junior "
            "analyst to chief operating officer. She left Meridian in 2021.")
    assert _roles(doc_from_text, text) == {("Meridian Shipping", "Chief Operating Officer", None, "2021")}


def test_pronoun_follows_the_last_person_subject(doc_from_text):
    text = ("Mara Quist studied at Westbrook College, where she worked with Tom Baxter on robots. "
            "After a postdoc, she joined the faculty of Northfield University in 2006.")
    assert ("Northfield University", None, "2006", None) in _roles(doc_from_text, text)


def test_company_names_are_not_stretched_to_awards(doc_from_text):
    text = ("Mara Quist is Vice President of Engineering at Initech. She won the Initech Founders' "
            "Award in 2022 and joined Initech in 2015.")
    assert {r[0] for r in _roles(doc_from_text, text)} == {"Initech"}


def test_negated_role_and_founder_merge(doc_from_text):
    text = ("Dana Whitfield, who founded Quillon Labs in 2010, spoke today. Whitfield is the "
            "co-founder and chief executive of Quillon Labs. She was previously head of AI at "
            "Globex Corporation. She never worked at Vandelay Industries.")
    assert _roles(doc_from_text, text) == {
        ("Quillon Labs", "Co-Founder and Chief Executive", "2010", "present"),
        ("Globex Corporation", "Head of AI", None, None)}


def test_first_person_of_others_and_of_the_interviewer(doc_from_text):
    text = ("Mara Quist runs the robotics lab at Initech Labs.\n\n"
            '"I joined Globex Corporation in 2005 and never left," said Tom Baxter, her mentor.\n\n'
            "Q. Did you ever work at Hooli Research, like I did?\n\n"
            "I joined Initech Labs in 2012 after my PhD.")
    roles = _roles(doc_from_text, text)
    assert {r[0] for r in roles} == {"Initech Labs"}


def test_previously_at(doc_from_text):
    text = LEAD + "Previously at Globex Corporation, she led the payments team."
    assert ("Globex Corporation", None, None, None) in _roles(doc_from_text, text)


@pytest.mark.parametrize("header,expected", [
    ("Mara Quist | Senior Engineer at Globex Corporation",
     ("Globex Corporation", "Senior Engineer", None, "present")),
    ("Meet Mara Quist, the CTO at Pendant Systems", ("Pendant Systems", "CTO", None, "present")),
])
def test_header_variants(doc_from_text, header, expected):
    text = header + "\n\nMara Quist builds forecasting systems for retailers and has written two books."
    assert expected in _roles(doc_from_text, text)


@pytest.mark.parametrize("sentence", ["In 2019 she was at NeurIPS presenting her work.",
                                      "She worked with Hooli Research on a shared benchmark."])
def test_events_and_collaborators_are_not_employers(doc_from_text, sentence):
    assert _roles(doc_from_text, LEAD + sentence) == set()


@pytest.mark.parametrize("sentence,expected", [
    ("She leads the data team at Initech Labs.", ("Initech Labs", None, None, "present")),
    ("She runs Globex Corporation's research lab.", ("Globex Corporation", None, None, "present")),
    ("In 2015 she interned at Hooli Research.", ("Hooli Research", "Intern", None, None)),
])
def test_leading_a_unit_and_interning(doc_from_text, sentence, expected):
    assert expected in _roles(doc_from_text, LEAD + sentence)
