"""detect_subject: name from the header, identifiers, consistent handle, anonymous key."""

from __future__ import annotations

import pytest

from extract.sections import split_sections
from extract.subject import derive_handle, detect_subject
from tests.conftest import make_document


def _subject(text: str, doc_id: str = "doc"):
    return detect_subject(make_document(text, doc_id), split_sections(text))


def test_name_and_contact_line() -> None:
    m = _subject("Priya Ramanathan\n\npriya.r@example.com | +1 (415) 555-0199 | "
                 "linkedin.com/in/priya-ram | priya.dev\n\nEXPERIENCE\nEngineer at Initech\n")
    assert m.name == "Priya Ramanathan"
    assert m.identifiers["email"] == "priya.r@example.com"
    assert m.identifiers["linkedin"] == "priya-ram"
    assert m.identifiers["website"] == "priya.dev"
    assert m.identifiers["phone"] == "+1 (415) 555-0199"
    assert "handle" not in m.identifiers  # linkedin and email disagree


def test_markdown_and_all_caps_names() -> None:
    assert _subject("# Tomas Varga\nExperience\nx\nEducation\ny").name == "Tomas Varga"
    assert _subject("JOHN A. SMITH\nSkills\nGo").name == "John A. Smith"


@pytest.mark.parametrize("first_line", [
    "Senior Data Engineer", "Research Scientist Initech Labs", "Curriculum Vitae",
    "Initrode Solutions", "Austin, TX", "New York", "Globex Holdings",
])
def test_titles_orgs_and_places_are_not_names(first_line: str) -> None:
    assert _subject(f"{first_line}\n\nEXPERIENCE\nstuff\n").name is None


def test_labelled_urls_give_a_consistent_handle() -> None:
    text = ("Staff Engineer\n\nWebsite: https://zq1987.github.io/\nEmail: zq1987@example.org\n"
            "GitHub: https://github.com/zq1987\nLinkedIn: https://www.linkedin.com/in/zq1987\n"
            "Google Scholar: https://scholar.google.com/citations?user=AbC-12xyz&hl=en\n\n"
            "## EDUCATION\n- BSc\n")
    m = _subject(text)
    assert m.name is None
    assert m.identifiers == {"website": "zq1987.github.io", "email": "zq1987@example.org",
                             "github": "zq1987", "linkedin": "zq1987", "scholar": "AbC-12xyz",
                             "handle": "zq1987"}


def test_anonymous_resume_gets_doc_key() -> None:
    m = _subject("Machine Learning Engineer\nGlobex Corp, Boston, MA\nJan 2020 - Present\n",
                 doc_id="r42")
    assert m.name is None and m.identifiers == {} and m.key == "anon:r42"


def test_company_domain_in_an_org_line_is_not_a_website() -> None:
    m = _subject("Intern\n\nExample.com, Seattle, WA\n\nJan 2021 - Jul 2022\n")
    assert "website" not in m.identifiers


def test_project_urls_deep_in_a_headless_resume_are_ignored() -> None:
    body = "\n".join(f"- bullet {i}" for i in range(60))
    text = f"Engineer\n{body}\n- see https://github.com/someorg/someproject\n" + body
    assert _subject(text).key == "anon:doc"


def test_derive_handle() -> None:
    assert derive_handle({"github": "ab12", "linkedin": "AB12"}) == "ab12"
    assert derive_handle({"email": "ab12@example.org"}) is None
    assert derive_handle({"github": "ab12", "email": "other@example.org"}) is None


@pytest.mark.parametrize("line", ["Dr. Maria Gonzalez", "Maria Gonzalez, PhD",
                                  "Prof. Maria Gonzalez"])
def test_honorifics_and_degrees_are_not_part_of_the_name(line: str) -> None:
    assert _subject(f"CURRICULUM VITAE\n{line}\n\nEDUCATION\nx\n").name == "Maria Gonzalez"


@pytest.mark.parametrize("line, name", [
    ("María José García", "María José García"), ("Jean-Luc O'Neil", "Jean-Luc O'Neil"),
    ("ÉMILE ZOLA", "Émile Zola"), ("Ana van der Berg — Data Scientist", "Ana van der Berg"),
    ("Wei Chen | wei@example.org", "Wei Chen"),
])
def test_names_in_many_spellings(line: str, name: str) -> None:
    assert _subject(f"{line}\n\nEXPERIENCE\nx\n").name == name
