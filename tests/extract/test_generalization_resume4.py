"""Resume sections, subject and employment in design-template PDF exports, year-column CVs and
other layouts (letter-spaced headings with underline rules, letter-spaced names, ...).

All people, small companies and wording are invented for these tests.
"""

from __future__ import annotations

from extract.sections import split_sections
from tests.extract.resume_helpers import experience_facts as _facts
from tests.extract.resume_helpers import jobs as _jobs
from tests.extract.resume_helpers import subject_of as _subject

TEMPLATE = (
    "M I R O   K A L L A S - B E N T O\n"
    "B R A N D   D E S I G N E R\n\n"
    "miro.kb@mailbox.example  •  Tallinn, Estonia\n\n\n"
    "A B O U T ____________________________________________________________\n\n"
    "Designer of packaging and identities for food brands.\n\n\n"
    "W O R K   H I S T O R Y _____________________________________________\n\n"
    "Art Director                                                  2020 – 2023\n"
    "Saltmarsh Creative, Tartu\n"
    "•  Led packaging redesigns for a dairy co-operative.\n\n\n"
    "E D U C A T I O N ____________________________________________________\n\n"
    "BA Graphic Design                                              2014 – 2017\n"
    "Estonian Academy of Arts\n"
)


def test_letter_spaced_headings_with_underline_rules_are_sections() -> None:
    names = [s.name for s in split_sections(TEMPLATE)]
    assert names[0] == "header"
    assert "experience" in names and "education" in names
    exp = next(s for s in split_sections(TEMPLATE) if s.name == "experience")
    assert "Saltmarsh Creative" in TEMPLATE[exp.start:exp.end]
    assert "Estonian Academy" not in TEMPLATE[exp.start:exp.end]


def test_letter_spaced_rule_heading_is_not_an_employer() -> None:
    orgs = [f.object.name for f in _facts(TEMPLATE)]
    assert orgs and all("_" not in o and "W O R K" not in o for o in orgs)
    assert "Saltmarsh Creative" in orgs


def test_letter_spaced_name_header() -> None:
    assert _subject(TEMPLATE) == "Miro Kallas-Bento"
    assert _subject("J O   D ' A R C Y\nj.darcy@example.org\n") == "Jo D'Arcy"


def test_unknown_employer_before_a_known_city_is_the_employer() -> None:
    from extract.resume.common import is_place

    assert not is_place("Quillfeather, Berlin")
    assert is_place("Smallville, Kansas")  # an unknown town before a region stays a place
    text = ("Petra Nowak\npetra@example.org\n\nEXPERIENCE\n\n"
            "Graphic Designer                                        2019 – Present\n"
            "Quillfeather, Berlin\n•  Drew book covers.\n")
    assert _jobs(text) == [("Quillfeather", "Graphic Designer", "2019", "present")]


YEAR_COLUMN = (
    "Gareth Penhallow\ng.penhallow@example.org\n\nEMPLOYMENT HISTORY\n\n"
    "2016 – present   Head of Geography, Trelawny Moor School, Truro, Cornwall\n"
    "                 - Lead a department of six teachers.\n\n"
    "2012 – 2016      Second in Department (Humanities), St Piran's Church of\n"
    "                 England Academy, Exeter\n"
    "                 - Ran the fieldwork programme.\n\n"
    "2010 – 2012      Learning Mentor (part-time),\n"
    "                 Trelawny Moor School\n\n"
    "OTHER PROFESSIONAL ROLES\n"
    "2013 – 2018      GCSE Geography Moderator (paid), Pearson\n"
)


def test_year_column_roles_with_wrapped_employer_lines() -> None:
    jobs = {(o, t) for o, t, _, _ in _jobs(YEAR_COLUMN)}
    assert ("Trelawny Moor School", "Head of Geography") in jobs
    assert ("St Piran's Church of England Academy", "Second in Department (Humanities)") in jobs
    assert ("Trelawny Moor School", "Learning Mentor (part-time)") in jobs


def test_other_professional_roles_is_a_heading_not_an_employer() -> None:
    names = [s.name for s in split_sections(YEAR_COLUMN)]
    assert names.count("experience") == 2
    orgs = [o for o, _, _, _ in _jobs(YEAR_COLUMN)]
    assert "OTHER PROFESSIONAL ROLES" not in orgs
    assert "Pearson" in orgs


def test_county_after_an_unknown_town_is_a_place() -> None:
    from extract.resume.common import is_place

    assert is_place("Truro, Cornwall")
    assert is_place("Skipton, North Yorkshire")


def test_open_note_after_the_employer_is_dropped() -> None:
    text = ("Ola Brandt\nola@example.org\n\nEXPERIENCE\n\n"
            "2015 – 2019      Treasurer, Fjordside Rowing Club (voluntary)\n")
    assert [o for o, _, _, _ in _jobs(text)] == ["Fjordside Rowing Club"]


NUMBERED_LABELS = (
    "Kavitha Raghunathan\nkavitha.r@example.in\n\nWORK EXPERIENCE\n\n"
    "1) Company      : Vellore Datacraft Pvt Ltd, Chennai\n"
    "   Designation  : Test Analyst\n"
    "   Duration     : March 2020 to till date\n\n"
    "   Project #1\n"
    "   Project Name : PolicyDesk\n"
    "   Client       : A European insurer\n"
    "   Role         : Automation Lead\n"
    "   Responsibilities:\n"
    "   - Built the regression suite.\n\n"
    "2) Company      : Tamarind Softlabs Pvt Ltd, Madurai\n"
    "   Designation  : Junior Test Engineer\n"
    "   Duration     : June 2017 to February 2020\n\n"
    "EDUCATIONAL QUALIFICATION\n"
    "Qualification   Institution                          Year\n"
    "B.Tech (IT)     Anna University, Chennai              2017\n"
)


def test_numbered_label_blocks_with_project_roles() -> None:
    jobs = [(o, t, s, e) for o, t, s, e in _jobs(NUMBERED_LABELS)]
    assert ("Vellore Datacraft Pvt Ltd", "Test Analyst", "2020-03", "present") in jobs
    assert ("Tamarind Softlabs Pvt Ltd", "Junior Test Engineer", "2017-06", "2020-02") in jobs
    assert all(t != "Automation Lead" for _, t, _, _ in jobs)


def test_singular_educational_qualification_heading() -> None:
    assert "education" in [s.name for s in split_sections(NUMBERED_LABELS)]
