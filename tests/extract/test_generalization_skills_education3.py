"""Skills and education on more layouts outside the seed resumes: functional resumes whose
competency headings carry accomplishment bullets, headings the section splitter does not know
("OTHER", "### Pinned", "SKILLS (self-rated)"), GitHub README badges and emoji lists, rated skill
grids with a spoken language, "currently learning" items, vendor sub-items, language levels
that look like versioned languages; education lines of ATS exports, USAJobs, German CVs and
profile READMEs. All people, companies and wording are invented for these tests; the vocabulary
is the project's curated one."""

from __future__ import annotations

import pytest

from extract.gazetteers import find_skill
from extract.pipeline import build_context
from extract.skillmatch import find_skills
from ontology import Predicate
from tests.conftest import make_document
from tests.extract.skills_helpers import items_of as _items
from tests.extract.skills_helpers import skills_of as _skills

HEAD = "Marisol Achterberg\nmarisol.a@example.net\n\n"


# --- skills: layouts --------------------------------------------------------------------------


def test_functional_resume_accomplishment_bullets_are_prose_not_list_items() -> None:
    text = HEAD + (
        "KEY COMPETENCIES\n\n"
        "Service Blueprinting & Discovery\n"
        "  • Interviewed forty clinic managers and synthesised the findings in Notion for the\n"
        "    operations group; the intake wait dropped by a third.\n"
        "  • Mapped the refund journey with the finance team and wrote it up in Confluence.\n\n"
        "People & Coaching\n"
        "  • Coached three new researchers; one now leads the Lisbon studio.\n\n"
        "TOOLS\nNotion, Confluence, Miro\n\n"
        "EMPLOYMENT\nGreyfield Clinics, Leeds — Service Designer, 2018–2023\n")
    got = set(_skills(text))
    assert {"Notion", "Confluence", "Miro"} <= got
    for junk in ("Service Blueprinting & Discovery", "People & Coaching",
                 "Coached three new researchers", "one now leads the Lisbon studio",
                 "operations group"):
        assert junk not in got


def test_unknown_all_caps_heading_ends_the_skills_list() -> None:
    text = HEAD + (
        "EXPERIENCE\nFirmware Engineer, Talvik Motors, 2016 - 2023\n- Firmware in C for gate drivers\n\n"
        "IT SKILLS\n\nProgramming:   C, Rust\nTools:         Git, Jenkins\n\n\n"
        "MISCELLANEOUS\n\n"
        "Sailing licence, coastal\n"
        "Volunteer coach, Harbour Rowing Club, since 2015\n\n"
        "Tromsø, 3 March 2024\n")
    got = set(_skills(text))
    assert {"C", "Rust", "Git", "Jenkins"} <= got
    assert not got & {"MISCELLANEOUS", "Sailing licence", "Volunteer coach", "since 2015",
                      "Tromsø", "3 March 2024", "Harbour Rowing Club"}


def test_markdown_heading_after_a_tech_stack_ends_the_list() -> None:
    text = ("# Hi, I'm Dov\n\n### Tech stack\n\nElixir · Phoenix · PostgreSQL\n\n"
            "### Side quests\n\n| name | about |\n|---|---|\n"
            "| tiny-ledger | a toy ledger written in Elixir |\n")
    got = set(_skills(text, "md"))
    assert {"Elixir", "Phoenix", "PostgreSQL"} <= got
    assert not got & {"Side quests", "name", "about", "tiny-ledger", "a toy ledger written in Elixir"}


def test_readme_badges_and_emoji_items_give_the_technology_names() -> None:
    text = ("# Hello there\n\n### Toolbox\n\n"
            "![Scala](https://img.shields.io/badge/Scala-DC322F?style=flat&logo=scala)\n"
            "![Apache Spark](https://img.shields.io/badge/Apache%20Spark-E25A1C?style=flat)\n\n"
            "**favourites:** 🐍 Python · 🐳 Docker · ☁️ AWS (mostly)\n")
    got = _skills(text, "md")
    assert {"Scala", "Apache Spark", "Python", "Docker", "AWS"} <= set(got)
    assert not [g for g in got if "!" in g or "[" in g or "http" in g or not g[:1].isalnum()]


def test_markdown_link_target_is_not_a_sub_item() -> None:
    text = "[Svelte](https://svelte.dev), [Deno](https://deno.land/)"
    assert _items(text) == ["Svelte", "Deno"]


def test_glossed_skills_heading_inside_another_section_is_read() -> None:
    text = HEAD + (
        "CERTIFICATIONS\n-----\n\nCertification Name: Azure Administrator\nIssuer: Microsoft\n\n"
        "-----\nSKILLS (self-assessed)\n-----\n\n"
        "Ansible - Advanced - 6 yrs\nPuppet - Intermediate - 2 yrs\nPortuguese - Native / Bilingual\n"
        "\n-----\nAPPLICANT QUESTIONS\n-----\n\nQ: Can you relocate?\nA: Yes\n")
    got = set(_skills(text))
    assert {"Ansible", "Puppet"} <= got
    assert not got & {"Portuguese", "Yes", "APPLICANT QUESTIONS", "Can you relocate?"}


def test_spoken_language_row_of_a_rated_grid_is_not_a_skill() -> None:
    assert _items("Kotlin - Expert - 5 yrs, Dutch - Native / Bilingual, French - B2") == ["Kotlin"]


def test_currently_learning_items_are_not_skills() -> None:
    text = HEAD + ("SUMMARY\n- Currently learning Elixir and Portuguese, slowly\n"
                   "- Building payment APIs in Go and PostgreSQL\n\n"
                   "SKILLS\nLanguages: Go, SQL\nCurrently learning: Zig, OCaml\n")
    got = set(_skills(text))
    assert {"Go", "PostgreSQL", "SQL"} <= got
    assert not got & {"Elixir", "Zig", "OCaml"}


def test_level_prefix_inside_a_sub_list_is_dropped() -> None:
    assert _items("Microsoft Excel (expert: pivot tables, Power Pivot)") == [
        "Microsoft Excel", "pivot tables", "Power Pivot"]


def test_vendor_word_names_a_bare_sub_item() -> None:
    items = _items("SAP (ECC, S/4HANA), Oracle NetSuite")
    assert items[:2] == ["SAP", "SAP ECC"]


def test_language_level_is_not_a_versioned_language() -> None:
    text = HEAD + ("LANGUAGES\nEnglish   fluent (C1)\nFinnish   native\n\n"
                   "SKILLS\nProgramming: C99, C++\n")
    got = _skills(text)
    assert "C" in got  # C99 in the skills list
    found = find_skills("English fluent (C1), German B2")
    assert not [m for m in found if m.canonical == "C"]


def test_lower_case_hardware_noun_needs_a_cue() -> None:
    text = HEAD + ("EXPERIENCE\nEmbedded Developer, Ostmark Pumpen, 2017 - 2022\n"
                   "- Motor firmware on ESP32 microcontrollers for irrigation pumps\n")
    got = set(_skills(text))
    assert "ESP32" in got
    assert "Microcontrollers" not in got


def test_research_on_cues_a_method() -> None:
    text = HEAD + ("EXPERIENCE\nResearch Assistant, Institut für Regelung, 2012 - 2015\n"
                   "- Research on model predictive control for heat pumps\n")
    assert "Model Predictive Control" in _skills(text)


def test_derived_suffix_keeps_the_named_method() -> None:
    text = HEAD + ("EXPERIENCE\nCompression Engineer, Velora Media, 2015 - 2020\n"
                   "- Shipped an LZ77-derived codec for telemetry logs\n")
    assert "LZ77" in _skills(text)


# --- skills: vocabulary -------------------------------------------------------------------------


@pytest.mark.parametrize("surface, canonical", [
    ("Windows Server", "Windows Server"), ("Microsoft Windows Server", "Windows Server"),
    ("Windows 10", "Windows 10"), ("Windows 11", "Windows 11"), ("Microsoft Windows", "Windows"),
    ("Nessus", "Tenable Nessus"), ("Terraform Cloud", "Terraform Cloud"), ("Terragrunt", "Terragrunt"),
    ("SAP ECC", "SAP ECC"), ("Power Query", "Power Query"), ("ISO 26262", "ISO 26262"),
    ("Cisco Catalyst", "Cisco Catalyst"), ("Red Hat Satellite", "Red Hat Satellite"),
    ("CANopen", "CANopen"), ("Ceedling", "Ceedling"), ("DeepAR", "DeepAR"),
    ("context mixing", "Context Mixing"), ("arithmetic coding", "Arithmetic Coding"),
    ("ANS", "Asymmetric Numeral Systems"), ("MPC", "Model Predictive Control"),
])
def test_vocabulary_rows(surface: str, canonical: str) -> None:
    entry = find_skill(surface)
    assert entry is not None and entry.canonical == canonical, surface


def test_generic_words_are_not_skills() -> None:
    assert find_skill("Audit") is None
    assert find_skill("Dashboards") is None
    assert find_skill("Terraform").canonical == "Terraform"
    text = HEAD + ("SUMMARY\nAudit manager who brings analytics into the audit approach and builds "
                   "dashboards for the audit committee.\n")
    assert not set(_skills(text)) & {"Auditing", "Data Visualization"}


# --- education ----------------------------------------------------------------------------------


def _edu(text: str, fmt: str = "txt") -> list[tuple]:
    from extract.resume.education import extract_education

    facts = extract_education(build_context(make_document(text, "cv", fmt)))
    return [(f.object.name, f.title, f.start, f.end) for f in facts
            if f.predicate is Predicate.STUDIED_AT]


def _places(text: str) -> list[str]:
    from extract.resume.education import extract_education

    facts = extract_education(build_context(make_document(text, "cv")))
    return [f.object.name for f in facts if f.predicate is Predicate.LOCATED_IN]


def test_ats_field_per_line_education_record() -> None:
    text = HEAD + ("EDUCATION\n\nSchool Name: Boise State University\nLocation: Boise, ID\n"
                   "Degree: Bachelor of Science\nField of Study: Accounting\n"
                   "Graduation Date: 12/2014\nGPA: 3.2 / 4.0\n\n"
                   "EXPERIENCE\nStaff Accountant, Larchmont Freight, 2015 - 2020\n")
    assert _edu(text) == [("Boise State University", "Bachelor of Science", None, "2014-12")]


def test_usajobs_school_line_with_a_two_space_gap_before_the_city() -> None:
    text = HEAD + ("EDUCATION\n\nTowson University  Towson, MD United States\n"
                   "Bachelor's degree 12/2012\nMajor: Information Systems\n\n"
                   "Anne Arundel Community College  Arnold, MD United States\n"
                   "Associate degree 05/2009\n")
    assert _edu(text) == [("Towson University", "Bachelor's degree", None, "2012-12"),
                          ("Anne Arundel Community College", "Associate degree", None, "2009-05")]
    assert _places(text) == ["Towson, MD", "Arnold, MD"]


def test_german_cv_degree_with_field_list_thesis_line_and_abitur() -> None:
    text = HEAD + ("EDUCATION\n\n"
                   "10/2004 – 09/2010   Karlsruhe Institute of Technology\n"
                   "                    Diplom-Informatiker (Dipl.-Inf.) Computer Science, Information Technology\n"
                   "                    Diploma thesis at the robotics lab, final grade 1.7\n\n"
                   "09/2007 – 02/2008   Universidad de Granada, Spain\n"
                   "                    Erasmus semester\n\n"
                   "1995 – 2004         Goethe-Gymnasium, Bensheim\n"
                   "                    Abitur (final grade 2.1)\n")
    got = _edu(text)
    assert [g[0] for g in got] == ["Karlsruhe Institute of Technology", "Universidad de Granada",
                                   "Goethe-Gymnasium"]
    assert got[0][1].startswith("Diplom-Informatiker") and got[0][2:] == ("2004-10", "2010-09")
    assert "thesis" not in (got[1][1] or "")
    assert got[2][1:] == ("Abitur", "1995", "2004")


def test_school_inside_a_university_studied_at_the_university() -> None:
    text = HEAD + ("EDUCATION\nMBA, University of Rochester, Simon School of Business — 2016\n"
                   "B.A., History, Colby College — 2009\n")
    assert [g[0] for g in _edu(text)] == ["University of Rochester", "Colby College"]


def test_readme_degree_bullet_without_an_education_section() -> None:
    text = ("# Hi, I'm Tamsin\n\n- 🔭 Working on observability tooling\n"
            "- 🎓 M.Sc. Data Science, University of Edinburgh (2019)\n"
            "- ⚡ Fun fact: I keep bees\n")
    assert _edu(text, "md") == [("University of Edinburgh", "M.Sc. Data Science", None, "2019")]
