"""Prose and multi-person documents: general gaps found with a sixth held-out set (a hand-wrapped
memorial notice, a research group's people page), tested on new fictional text with people,
organizations and wording of its own."""

from __future__ import annotations

import pytest

from extract.profiles import profile_segments
from extract.prose.header import title_line_parts
from extract.prose.wrap import unwrapped
from ontology import Document

pytest.importorskip("spacy")


def _facts(text: str, fmt: str = "text"):
    from extract.pipeline import extract_document

    doc = Document(id="t6", text=text, format=fmt, source="t6", sha256="0" * 64)
    return extract_document(doc)


def _worked(facts):
    return {(f.subject.name, f.object.name, (f.title or "").lower() or None, f.start, f.end)
            for f in facts if f.predicate.value == "worked-at"}


def _pairs(facts, predicate):
    return {(f.subject.name, f.object.name) for f in facts if f.predicate.value == predicate}


# a memorial notice, hand-wrapped short of the column in places (ragged), with a masthead
_NOTICE = """HARBOUR TECH QUARTERLY — Spring 2024 | Alumni News › Remembrances

Harold B. Brenner-Lowe, MSEE '72, 1948–2023

Harold "Hal" Brenner-Lowe, who spent four decades building radio telescopes and the
receivers inside them, died in March at his home in Eugene, Oregon. He was 75.

Raised on a dairy farm, the grandson of a ferry pilot, Hal came to Pasadena on a
scholarship and earned a master's in electrical engineering from Caltech in 1972. He joined Raytheon
the following year as a microwave designer and stayed for a decade. Later he worked on the
feed horns of several dishes, and he liked to joke that he had "tuned them by ear."

In 1983 he moved west to the Smithsonian's Whipple Observatory in Amado,
Arizona, where, as a receiver engineer in the Instrument Development Group,
he built cryogenic amplifiers for millimetre-wave surveys.
Honeywell recruited him in 1991. Over 15 years there he rose from staff engineer to
director of antenna research, and he was named on four patents. Friends recall his patience and
his stubborn habit of soldering everything twice. Colleagues remember his laugh.
He retired in 2006 and then taught circuits as a lecturer at Lane Community College for
eight years.

Caltech's Division of Engineering named him a Distinguished Alumnus in 2001.

Submitted by his niece, Joan Brenner.
"""


def test_a_ragged_hand_wrapped_paragraph_is_unwrapped_in_full():
    text = unwrapped(_NOTICE)
    assert len(text) == len(_NOTICE)
    assert "He joined Raytheon the following year as a microwave designer" in text
    assert "in Amado, Arizona, where, as a receiver engineer in the Instrument Development Group, he" in text
    # headers and paragraph breaks stay
    assert text.startswith("HARBOUR TECH QUARTERLY — Spring 2024 | Alumni News › Remembrances\n\n")
    assert "1948–2023\n\nHarold" in text


def test_ragged_lines_of_a_resume_block_are_not_joined():
    resume = ("Senior Analyst, Globex Freight, Leeds 2019 - 2022\n"
              "Built the pricing models that the whole freight desk used for every quote it sent\n"
              "out to customers, and ran the weekly margin review with the finance director.\n"
              "Analyst, Initech Logistics, York 2016 - 2019\n"
              "Kept the carrier scorecards current and wrote the monthly capacity report for the\n"
              "operations board, which went to every depot manager in the northern region too.\n")
    text = unwrapped(resume)
    assert "2022\nBuilt" in text and "2019\nKept" in text
    assert "review with the finance director.\nAnalyst" in text


def test_a_memorial_notice_is_one_person_with_a_nickname_and_a_masthead():
    assert profile_segments(_NOTICE) == []  # 'Later he worked ...' is no second person
    facts = _facts(_NOTICE)
    assert {f.subject.name for f in facts if f.subject.type.value == "Person"} == {"Harold B. Brenner-Lowe"}
    assert ("Harold B. Brenner-Lowe", "Caltech") in _pairs(facts, "studied-at")


def test_roles_of_a_memorial_notice():
    worked = _worked(_facts(_NOTICE))
    assert ("Harold B. Brenner-Lowe", "Raytheon", "microwave designer", None, None) in worked
    # 'moved to X's Y Observatory, where, as a Z, he ...': the site is the workplace
    assert ("Harold B. Brenner-Lowe", "Whipple Observatory", "receiver engineer", "1983", None) in worked
    # 'X recruited him in 1991 ... he rose from A to B': two roles at X
    assert ("Harold B. Brenner-Lowe", "Honeywell", "staff engineer", "1991", None) in worked
    assert any(o == "Honeywell" and (t or "").startswith("director") for _, o, t, _, _ in worked)
    # after 'Colleagues remember ...' the next 'He' is still the subject
    assert any(o == "Lane Community College" and t == "lecturer" for _, o, t, _, _ in worked)
    # an honour an organization names someone is no job
    assert not any("distinguished" in (t or "") for _, _, t, _, _ in worked)


def test_the_title_line_of_a_profile_gives_the_role_start():
    assert title_line_parts("**Research Scientist** (since September 2019)") == \
        ("Research Scientist", "2019-09")
    assert title_line_parts("**Lab Technician** · 2020– · a.roe@example.org") == ("Lab Technician", "2020")
    assert title_line_parts("_Visiting Fellow_ (joined 2024)") == ("Visiting Fellow", "2024")
    assert title_line_parts("**Senior Lecturer, Deputy Head** · b.lind@example.org · Room 2.14") == \
        ("Senior Lecturer, Deputy Head", None)


_GROUP = """[Skip to content](#c) | **English** | Search

Northfield University › School of Earth Sciences › Research groups › Glacier Dynamics Group › **Members**

# Members — Glacier Dynamics Group

*Polar Research Programme, Riverside Campus, Northfield*

---

### Ingrid Solvang-Marsh
**Professor, Group Head** · ingrid.solvang@northfield.example · Hall B, room 210

Ingrid founded the group in 2016 after six years as a research scientist at the Norwegian Polar Institute (2010–2016).
She received her PhD from the University of Bergen in 2009.

### Dr Kofi Adjei-Brandt
**Postdoctoral Researcher** (since October 2023)

Kofi models meltwater routing under ice shelves.
He did his PhD at the University of Ghana (2018–2023) and writes his models in Julia.

### Paola Restrepo-Lind
**Doctoral Researcher** · 2022–

Paola came to the group after an MSc in Geophysics at Lund University (2021). Her thesis maps
crevasse fields from satellite radar.

---

**Alumni:** Dr Sven Moor (now at NORCE) · Dr Ada Quist

© Northfield University 2025 · Accessibility · Privacy
"""


def test_every_heading_profile_of_a_people_page_counts_without_a_career_verb():
    names = [p.name for p in profile_segments(_GROUP)]
    assert names == ["Ingrid Solvang-Marsh", "Kofi Adjei-Brandt", "Paola Restrepo-Lind"]


def test_people_page_title_lines_are_current_roles_at_the_page_organization():
    worked = _worked(_facts(_GROUP, "markdown"))
    assert ("Ingrid Solvang-Marsh", "Northfield University", "professor, group head", None, "present") in worked
    assert ("Kofi Adjei-Brandt", "Northfield University", "postdoctoral researcher", "2023-10", "present") in worked
    assert ("Paola Restrepo-Lind", "Northfield University", "doctoral researcher", "2022", "present") in worked
    # the header's second title is no employer
    assert not any(o == "Group Head" for _, o, _, _, _ in worked)


def test_a_people_page_paragraph_after_nav_lines_keeps_its_own_subject():
    facts = _facts(_GROUP, "markdown")
    worked = _worked(facts)
    # 'Ingrid founded the group in 2016 after six years as a research scientist at X (2010–2016)'
    assert ("Ingrid Solvang-Marsh", "Norwegian Polar Institute", "research scientist", "2010", "2016") in worked
    studied = {(f.subject.name, f.object.name, f.start, f.end) for f in facts
               if f.predicate.value == "studied-at"}
    assert ("Ingrid Solvang-Marsh", "University of Bergen", None, "2009") in studied
    # 'did his PhD at X (2018–2023)': the range in one token gives both years
    assert ("Kofi Adjei-Brandt", "University of Ghana", "2018", "2023") in studied
    # 'came to the group after an MSc in Geophysics at Lund University (2021)'
    assert ("Paola Restrepo-Lind", "Lund University", None, "2021") in studied


def test_summers_as_an_intern_and_a_time_phrase_parsed_as_a_subject():
    text = ("Marguerite Oyelaran-Voss is a soil scientist at Wageningen University. She came to soil "
            "science after three summers as a field assistant at the Fenwick Agronomy Institute. "
            "She joined Unilever in 2004 as a chemist and, while working nights, completed a master's "
            "in soil physics at the University of Reading in 2007.")
    facts = _facts(text)
    assert any(o.startswith("Fenwick Agronomy") for _, o in _pairs(facts, "worked-at"))
    assert ("Marguerite Oyelaran-Voss", "University of Reading") in _pairs(facts, "studied-at")


_BIO_WORKS = """Tobias Renwick-Adair, 1941–2020

Tobias Renwick-Adair spent his career designing turbine blades. He worked at Rolls-Royce for thirty years.

His 1979 RAND Research Memorandum, "Creep Limits of Cooled Nickel Blades," is still assigned to students.

He was named on nine patents, among them one for a "Self-Sealing Blade Root Platform" granted in 1991.

The Institution of Mechanical Engineers named him a Distinguished Fellow Engineer in 2003.
"""


def test_a_titled_report_in_a_named_series_a_listed_patent_and_a_named_honour():
    facts = _facts(_BIO_WORKS)
    assert ("Tobias Renwick-Adair", "Creep Limits of Cooled Nickel Blades") in _pairs(facts, "authored")
    assert ("Creep Limits of Cooled Nickel Blades", "RAND Research Memorandum") in _pairs(facts, "published-in")
    assert _pairs(facts, "holds-patent") == {("Tobias Renwick-Adair", "Self-Sealing Blade Root Platform")}
    awards = {(f.object.name, f.start) for f in facts if f.predicate.value == "received-award"}
    assert ("Distinguished Fellow Engineer", "2003") in awards
    assert not any("Institution" in o for _, o in _pairs(facts, "worked-at"))


_SKILL_PAGE = """# Team — Coastal Sensing Unit

### Henrietta Obuya-Frank
**Data Engineer** · 2020–

Henrietta builds the unit's ingest pipelines and looks after the sensor archive. Tools of choice: Kafka, PostgreSQL and Python (pandas).

### Lorcan Phelim-Reyes
**Field Technician**

Lorcan maintains the buoys and previously spent four years as a technician at Marine Institute Ireland (2015–2019). Ask him about Docker, Ansible and Grafana, or about the unit's kayak.
"""


def test_tool_lists_of_a_people_page_belong_to_their_profile():
    facts = _facts(_SKILL_PAGE, "markdown")
    skills = {(f.subject.name, f.object.name) for f in facts if f.predicate.value == "used-skill"}
    assert {("Henrietta Obuya-Frank", "Apache Kafka"), ("Henrietta Obuya-Frank", "PostgreSQL"),
            ("Henrietta Obuya-Frank", "Python")} <= skills
    assert {("Lorcan Phelim-Reyes", "Docker"), ("Lorcan Phelim-Reyes", "Ansible"),
            ("Lorcan Phelim-Reyes", "Grafana")} <= skills
    assert not any(p == "Lorcan Phelim-Reyes" and s in ("Apache Kafka", "PostgreSQL") for p, s in skills)


def test_a_site_of_a_parent_and_a_breadcrumb_trail_give_part_of():
    notice = _facts(_NOTICE)
    assert ("Whipple Observatory", "Smithsonian") in _pairs(notice, "part-of")
    group = _facts(_GROUP, "markdown")
    parts = _pairs(group, "part-of")
    assert ("School of Earth Sciences", "Northfield University") in parts
    assert ("Glacier Dynamics Group", "School of Earth Sciences") in parts
    assert not any("Research groups" in a or "Members" in a for a, _ in parts)


def test_a_venue_in_markdown_emphasis():
    text = ("# Dr Oksana Drummond-Pike\n\nOksana Drummond-Pike is a hydrologist at Lakeside University. "
            "Her paper \"Snowmelt timing in boreal catchments\" appeared in *Hydrology Letters* in 2022.\n")
    facts = _facts(text, "markdown")
    assert ("Snowmelt timing in boreal catchments", "Hydrology Letters") in _pairs(facts, "published-in")
