"""Multi-person documents (team pages, people-moves columns) and prose career patterns, on
fictional text written for these tests."""

from __future__ import annotations

import pytest

from extract.profiles import profile_segments
from ontology import Document

TEAM = """# Meet the crew at Harrowgate Robotics

Harrowgate Robotics builds warehouse picking arms. We are based in Leeds.

## Leadership

### Ingrid Thorsvald
**Founder & Chief Executive Officer**

Ingrid founded Harrowgate Robotics in 2017. Before that she was Head of Automation at Tesco, and earlier she worked as a controls engineer at Siemens. She holds an MEng from the University of Sheffield.

### Kwabena Asante-Moore
**Chief Technology Officer**

Kwabena leads the engineering team. He previously spent eight years at Amazon as a principal engineer. He studied physics at Imperial College London.

## Investors

Northwind Capital and Fellside Ventures.
"""

MOVES = """INDUSTRY MOVES
--------------------------------------------------

>> Delphine Okonkwo-Reyes has joined Vodafone as Chief Data Officer. She was
previously Director of Analytics at BT Group.

>> Hargreaves Insurance has hired Mateus Lindqvist as its head of claims.
Lindqvist was most recently a claims director at Aviva.

>> In brief: Fenella Crowther has left Unilever after nine years.

Send your news to the desk.
"""

SINGLE = """Ingrid Thorsvald is a roboticist. She joined Ocado in 2012 as Head of Automation.

Kwabena Asante-Moore, a former colleague, said she was the best engineer he had met.

Thorsvald later founded a company. Thorsvald lives in Leeds.
"""


def _doc(text: str, name: str = "t", fmt: str = "md") -> Document:
    return Document(id=name, text=text, format=fmt)


def test_team_page_headings_are_profiles():
    profs = profile_segments(TEAM)
    assert [p.name for p in profs] == ["Ingrid Thorsvald", "Kwabena Asante-Moore"]
    assert "Tesco" in TEAM[profs[0].start:profs[0].end]
    assert "Amazon" not in TEAM[profs[0].start:profs[0].end]
    assert "Investors" not in TEAM[profs[1].start:profs[1].end]


def test_people_moves_items_are_profiles():
    profs = profile_segments(MOVES)
    assert [p.name for p in profs] == ["Delphine Okonkwo-Reyes", "Mateus Lindqvist",
                                       "Fenella Crowther"]
    assert "Aviva" in MOVES[profs[1].start:profs[1].end]
    assert "Send your news" not in MOVES[profs[2].start:profs[2].end]


def test_single_person_article_is_not_split():
    assert profile_segments(SINGLE) == []


@pytest.fixture(scope="module")
def team_facts():
    from extract.pipeline import extract_document

    return extract_document(_doc(TEAM, "team"))


def _triples(facts, pred):
    return {(f.subject.name, f.object.name) for f in facts if f.predicate.value == pred}


def test_each_profile_gets_its_own_employers(team_facts):
    worked = _triples(team_facts, "worked-at")
    assert ("Ingrid Thorsvald", "Tesco") in worked
    assert ("Kwabena Asante-Moore", "Amazon") in worked
    assert ("Ingrid Thorsvald", "Amazon") not in worked
    assert ("Kwabena Asante-Moore", "Tesco") not in worked
    studied = _triples(team_facts, "studied-at")
    assert ("Kwabena Asante-Moore", "Imperial College London") in studied
    assert ("Ingrid Thorsvald", "Imperial College London") not in studied


WRAPPED_MOVES = """THE HARBOUR BRIEFING
Shipping, ports and the people who run them.

----------------------------------------------------------------------
WHO'S MOVING
----------------------------------------------------------------------

>> Oluwaseun Brandtner has joined Maersk as Head of Terminal Operations. He
was previously Director of Port Logistics at DP World in Dubai, and before
that spent six years at Kuehne+Nagel running its ocean freight desk.

>> Hapag-Lloyd has hired Marguerite Castellanos-Byrne as its first Chief
Digital Officer. Castellanos-Byrne was most recently a vice president at
Accenture and before that worked at Siemens on port automation software.

Got news? Write to the desk.
"""


def test_unwrapped_keeps_offsets_and_joins_wrapped_lines():
    from extract.prose.wrap import unwrapped

    out = unwrapped(WRAPPED_MOVES)
    assert len(out) == len(WRAPPED_MOVES)
    assert "Operations. He was previously" in out
    assert "WHO'S MOVING\n" in out  # headings and separators keep their line breaks
    assert unwrapped(SINGLE) == SINGLE


def test_wrapped_people_moves_give_each_person_their_moves():
    from extract.pipeline import extract_document

    facts = extract_document(_doc(WRAPPED_MOVES, "moves", "txt"))
    worked = _triples(facts, "worked-at")
    assert ("Oluwaseun Brandtner", "Maersk") in worked
    assert ("Oluwaseun Brandtner", "DP World") in worked
    assert ("Marguerite Castellanos-Byrne", "Accenture") in worked
    assert not any(s == "Oluwaseun Brandtner" and o in ("Accenture", "Hapag-Lloyd")
                   for s, o in worked)
    for f in facts:  # every span is valid in the original text
        assert WRAPPED_MOVES[f.provenance.start:f.provenance.end] == f.provenance.quote


def test_team_page_title_line_is_a_current_role_at_the_pages_company(team_facts):
    roles = {(f.subject.name, f.object.name): f for f in team_facts
             if f.predicate.value == "worked-at"}
    ceo = roles[("Ingrid Thorsvald", "Harrowgate Robotics")]
    assert (ceo.title, ceo.start, ceo.end) == ("Founder & Chief Executive Officer", "2017", "present")
    cto = roles[("Kwabena Asante-Moore", "Harrowgate Robotics")]
    assert (cto.title, cto.end) == ("Chief Technology Officer", "present")
