"""Resume subject and employment in further common layouts (ATS exports, federal resumes,
left-date-column CVs, one-line-per-role PDF text, firm blocks with several dated titles).

All people, small companies and wording are invented for these tests.
"""

from __future__ import annotations

from extract.pipeline import build_context
from extract.resume.experience import extract_experience
from extract.sections import split_sections
from extract.subject import detect_subject
from ontology import Document


def _subject(text: str) -> str | None:
    return detect_subject(Document(id="d", text=text), split_sections(text)).name


def _facts(text: str, pred: str = "worked-at") -> list:
    ctx = build_context(Document(id="d", text=text))
    return [f for f in extract_experience(ctx) if f.predicate.value == pred]


def _jobs(text: str) -> list[tuple]:
    return [(f.object.name, f.title, f.start, f.end) for f in _facts(text)]


def _pairs(text: str, pred: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in _facts(text, pred)}


# ---- subject ---------------------------------------------------------------------------------

def test_ats_candidate_label_with_surname_first_in_capitals() -> None:
    text = ("APPLICANT RECORD | Req 11-204 Warehouse Supervisor\n\n"
            "Candidate: OYELARAN-FISK, TOMASZ\nPreferred Name: Tom Oyelaran-Fisk\n"
            "Email: tomasz.of@example.net\n\nWORK EXPERIENCE\n\n"
            "Pellbrook Logistics | Reno, NV | Shift Lead | 04/2019 to Present\n")
    assert _subject(text) == "Tomasz Oyelaran-Fisk"
    assert _subject("Applicant Name: Vandermeer, Ilse\nilse@example.org\n") == "Ilse Vandermeer"


def test_candidate_label_keeps_post_nominals_out_of_the_given_name() -> None:
    assert _subject("Candidate: DARIA KOVAC, CPA\ndaria@example.org\n") == "Daria Kovac"


def test_german_academic_title_before_the_name_is_dropped() -> None:
    text = ("LEBENSLAUF\n\nPERSONAL DETAILS\n\nName:             Dr.-Ing. Henrike Lautenbach\n"
            "E-mail:           h.lautenbach@example.de\n\nPROFESSIONAL EXPERIENCE\n\nx\n")
    assert _subject(text) == "Henrike Lautenbach"
    assert _subject("Dipl.-Kfm. Anselm Rautenberg\nanselm@example.de\n") == "Anselm Rautenberg"


