"""split_sections: heading styles, canonical names, and headings that are not sections."""

from __future__ import annotations

import pytest

from extract.sections import section_name, split_sections


def _names(text: str) -> list[tuple[str, str]]:
    return [(s.name, text[s.start:s.end].strip().splitlines()[0] if text[s.start:s.end].strip()
             else "") for s in split_sections(text)]


@pytest.mark.parametrize("heading, name", [
    ("# Work Experience", "experience"),
    ("## ACADEMIC DETAILS", "education"),
    ("### TECHNICAL SKILLS", "skills"),
    ("EXPERIENCE", "experience"),
    ("PROFESSIONAL EXPERIENCE", "experience"),
    ("Experience", "experience"),
    ("Education", "education"),
    ("**Education**", "education"),
    ("__Publications__", "publications"),
    ("Honors & Awards", "awards"),
    ("Skills:", "skills"),
    ("Relevant Coursework:", "courses"),
    ("COURSES UNDERTAKEN", "courses"),
    ("Certifications", "certifications"),
    ("Summary", "summary"),
])
def test_heading_styles_start_a_section(heading: str, name: str) -> None:
    text = f"Top line\n\n{heading}\nbody line one\n"
    secs = split_sections(text)
    assert [s.name for s in secs] == ["header", name]
    assert text[secs[1].start:secs[1].end].strip() == "body line one"
    assert secs[1].heading == heading
    assert text[secs[1].heading_start:].startswith(heading)


@pytest.mark.parametrize("line", [
    "## ML Engineer", "#### Initrode Systems, Springfield", "## **Widget Toolkit**",
    "Research Project", "Course Period", "Software Engineer", "SENIOR DATA ENGINEER",
    "- Education", "Skills: Python, Go",
])
def test_other_headings_stay_in_the_current_section(line: str) -> None:
    text = f"EXPERIENCE\nStaff Engineer\n{line}\nmore\n"
    secs = split_sections(text)
    assert [s.name for s in secs] == ["experience"]
    assert line in text[secs[0].start:secs[0].end]


def test_text_before_first_heading_is_header_and_spans_tile() -> None:
    text = "Jane Roe\njane@example.org\n\n# Experience\nA\n\n## Education\nB\n\nSKILLS\nC\n"
    secs = split_sections(text)
    assert [s.name for s in secs] == ["header", "experience", "education", "skills"]
    assert text[secs[0].start:secs[0].end].startswith("Jane Roe")
    for a, b in zip(secs, secs[1:], strict=False):
        assert a.end <= b.heading_start < b.start
    assert secs[-1].end == len(text)


def test_no_headings_gives_one_header_section() -> None:
    text = "Data Engineer\nInitech, Austin, TX\nJan 2020 - Present\n"
    secs = split_sections(text)
    assert [(s.name, s.start, s.end) for s in secs] == [("header", 0, len(text))]


def test_document_starting_with_a_heading_has_no_empty_header() -> None:
    assert [s.name for s in split_sections("# Education\nBSc\n")] == ["education"]


def test_section_name_relaxed_and_strict() -> None:
    assert section_name("RELEVANT PROFESSIONAL EXPERIENCE") == "experience"
    assert section_name("Selected Publications") == "publications"
    assert section_name("Research Project", strict=True) is None
    assert section_name("Machine Learning Engineer") is None


@pytest.mark.parametrize("heading, name", [
    ("Industry Research Experience", "experience"), ("EXPERIENCE & LEADERSHIP", "experience"),
    ("TECHNICAL SKILLS SUMMARY", "skills"),
])
def test_combined_headings_take_the_most_specific_name(heading: str, name: str) -> None:
    assert section_name(heading) == name


@pytest.mark.parametrize("heading, name", [
    ("E X P E R I E N C E", "experience"), ("W O R K   E X P E R I E N C E", "experience"),
    ("——— SKILLS ———", "skills"), ("🎓 Education", "education"), ("Skills ________", "skills"),
])
def test_decorated_headings_of_pdf_exports(heading: str, name: str) -> None:
    secs = split_sections(f"Jane Roe\n{heading}\nbody\n")
    assert [s.name for s in secs] == ["header", name]


def test_weak_heading_under_strong_headings_is_body_text() -> None:
    text = ("EXPERIENCE\nSenior Engineer, Globex    2019 - Present\nProjects:\n- Built X\n"
            "Engineer, Initech    2017 - 2019\n\nEDUCATION\nBSc\n")
    secs = split_sections(text)
    assert [s.name for s in secs] == ["experience", "education"]
    assert "Initech" in text[secs[0].start:secs[0].end]


def test_title_case_headings_count_when_they_are_the_style() -> None:
    text = "Jane Roe\n\nExperience\nA\n\nProjects:\nB\n\nEducation\nC\n"
    assert [s.name for s in split_sections(text)] == ["header", "experience", "projects",
                                                      "education"]


def test_symbol_font_bullets_and_europass_skill_headings():
    from extract.resume.common import is_bullet, strip_bullet
    from extract.sections import split_sections

    assert is_bullet("\uf0b7 Led the migration") and is_bullet("\uf0a7Reduced costs")
    assert strip_bullet("\uf0b7 Led the migration") == "Led the migration"
    text = ("Jan Novak\n\nPERSONAL SKILLS AND COMPETENCES\nPython, SQL\n\n"
            "WORK EXPERIENCE\nAnalyst, Globex Corporation\n2019 - 2021\n")
    assert [s.name for s in split_sections(text) if s.name != "header"][:2] == ["skills",
                                                                                "experience"]
