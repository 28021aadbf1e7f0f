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




# ---- employer blocks with several dated title rows -------------------------------------------

def test_firm_line_with_pllc_and_title_rows_including_a_lone_season_date() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\n"
            "Harrowgate Tax Advisors, PLLC  —  Dayton, OH\n"
            "  Tax Supervisor                                              Mar 2017 – Present\n"
            "  Tax Associate                                               Sep 2014 – Feb 2017\n"
            "  • Prepared partnership returns.\n\n"
            "Brindle Pumps Co.  —  Toledo, OH\n"
            "  Payroll Intern                                              Summer 2013\n"
            "  • Reconciled timesheets.\n\n"
            "EDUCATION\nBS Accounting, Wright State University, 2014\n")
    jobs = [(o, t, s) for o, t, s, _ in _jobs(text)]
    assert jobs == [("Harrowgate Tax Advisors, PLLC", "Tax Supervisor", "2017-03"),
                    ("Harrowgate Tax Advisors, PLLC", "Tax Associate", "2014-09"),
                    ("Brindle Pumps Co.", "Payroll Intern", "2013-06")]
    assert ("Brindle Pumps Co.", "Toledo, OH") in {
        (f.subject.name, f.object.name) for f in _facts(text, "located-in")}


def test_a_sentence_ending_in_a_year_is_not_a_role_line() -> None:
    text = ("EXPERIENCE\n\nOrrin Metalworks — Production Supervisor, 2015–2019\n- Welded frames\n"
            "Promoted to Lead Fabricator in 2018\n- Trained apprentices\n")
    assert [(o, t) for o, t, _, _ in _jobs(text)] == [("Orrin Metalworks", "Production Supervisor")]
