"""Resume subject and employment in further common layouts (ATS exports, federal resumes,
left-date-column CVs, one-line-per-role PDF text, firm blocks with several dated titles).

All people, small companies and wording are invented for these tests.
"""

from __future__ import annotations

from tests.extract.resume_helpers import experience_facts as _facts
from tests.extract.resume_helpers import jobs as _jobs
from tests.extract.resume_helpers import pairs as _pairs
from tests.extract.resume_helpers import subject_of as _subject

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


# ---- federal (USAJobs) blocks ------------------------------------------------------------------

_FEDERAL = """WORK EXPERIENCE

U.S. Department of Energy, Hanford Field Office
2440 Stevens Center Place
Richland, WA 99354 United States
04/2018 - Present
Grade Level: GS-12
Hours per week: 40
Series/Grade: GS-0343-12
Title: Management and Program Analyst
Supervisor: Mr. Odell Brannigan (509-555-0101)

Duties, Accomplishments and Related Skills:
Tracks cleanup milestones for the site and briefs the deputy manager. Reviewed 30 contracts in FY2020.

United States Navy
Naval Station Norfolk
Norfolk, VA United States
08/2010 - 03/2018
Hours per week: 40+
Rank: Petty Officer First Class (E-6)
Title: Logistics Specialist

Duties, Accomplishments and Related Skills:
Ran a supply section of 12 sailors. Deployed aboard a carrier group (2014-2015) as leading petty officer.

EDUCATION
"""


def test_federal_resume_title_comes_from_the_title_field_not_the_address_or_grade() -> None:
    jobs = _jobs(_FEDERAL)
    assert ("U.S. Department of Energy", "Management and Program Analyst", "2018-04",
            "present") in jobs
    assert ("United States Navy", "Logistics Specialist", "2010-08", "2018-03") in jobs
    assert len(jobs) == 2  # the duties label and a dated duties sentence are no employers


def test_federal_resume_address_lines_give_city_state_and_the_field_office_is_a_unit() -> None:
    located = _pairs(_FEDERAL, "located-in")
    assert ("Hanford Field Office", "Richland, WA") in located  # the unit's own address
    assert ("United States Navy", "Norfolk, VA") in located or (
        "Naval Station Norfolk", "Norfolk, VA") in located
    assert ("Hanford Field Office", "U.S. Department of Energy") in _pairs(
        _FEDERAL, "part-of")


def test_usajobs_duties_label_is_not_a_header() -> None:
    text = ("EXPERIENCE\n\nLeidos, Inc.\n11951 Freedom Drive\nReston, VA 20190 United States\n"
            "01/2015 - 12/2019\nTitle: Systems Engineer\n\nDuties, Accomplishments and Related Skills:\n"
            "Kept the lights on.\n")
    assert _jobs(text) == [("Leidos, Inc.", "Systems Engineer", "2015-01", "2019-12")]


# ---- left date column, 'Employer, Division, City' ---------------------------------------------

_LEFT_DATES = """BERUFSERFAHRUNG / EXPERIENCE

since 06/2020       Continental AG, Powertrain Software, Regensburg
                    Lead Developer Diagnostics
                    - UDS diagnostics stack in C

01/2016 – 05/2020   Haberland Messtechnik GmbH, Heilbronn
                    Embedded Software Engineer
                    - Sensor firmware

10/2012 – 12/2015   Quellbach Fahrzeugtechnik GmbH, Test Benches, Neckarsulm
                    Test Engineer

EDUCATION
"""


def test_left_date_column_cv_reads_employer_division_city_and_the_title_below() -> None:
    jobs = _jobs(_LEFT_DATES)
    assert ("Continental AG", "Lead Developer Diagnostics", "2020-06", "present") in jobs
    assert ("Haberland Messtechnik GmbH", "Embedded Software Engineer", "2016-01", "2020-05") in jobs
    assert ("Quellbach Fahrzeugtechnik GmbH", "Test Engineer", "2012-10", "2015-12") in jobs
    located = {(s.split()[0], o) for s, o in _pairs(_LEFT_DATES, "located-in")}
    assert {("Continental", "Regensburg"), ("Haberland", "Heilbronn"),
            ("Quellbach", "Neckarsulm")} <= located
    units = {s for s, _ in _pairs(_LEFT_DATES, "part-of")}
    assert {"Powertrain Software", "Test Benches"} <= units


def test_a_title_after_the_employer_comma_is_still_a_title() -> None:
    jobs = _jobs("EXPERIENCE\n\nGlobex Inc, Senior Data Engineer, Austin, TX\nJan 2019 - Present\n")
    assert jobs == [("Globex Inc", "Senior Data Engineer", "2019-01", "present")]


def test_team_word_used_as_a_modifier_is_no_team() -> None:
    text = ("EXPERIENCE\n\nSystems Administrator, Tallis Regional Health — Boise, ID\n"
            "Mar 2017 - Present\n- Maintained Windows group policy and the Service Desk team wiki\n"
            "- Joined the Identity Platform team in 2019\n")
    teams = {s for s, _ in _pairs(text, "part-of")}
    assert "Identity Platform team" in teams
    assert not any("group" in t.lower() or "Desk" in t for t in teams)


# ---- ATS field-per-line work history ------------------------------------------------------------

def test_ats_field_per_line_blocks_with_separate_start_and_end_dates() -> None:
    text = ("Candidate: MARAVILLA, JOAQUIN\nEmail: jmaravilla@example.net\n\nWORK HISTORY\n\n"
            "Company Name: Pinecrest Dental Group\nJob Title: Office Manager\nLocation: Bend, OR\n"
            "Start Date: 09/2020\nEnd Date: Present\nResponsibilities: Scheduling and billing.\n\n"
            "Company Name: Ridgeline Outfitters LLC\nJob Title: Store Associate\n"
            "Location: Redmond, OR\nStart Date: 05/2016\nEnd Date: 08/2020\n\nEDUCATION\n")
    assert _subject(text) == "Joaquin Maravilla"
    assert _jobs(text) == [("Pinecrest Dental Group", "Office Manager", "2020-09", "present"),
                           ("Ridgeline Outfitters LLC", "Store Associate", "2016-05", "2020-08")]
    assert ("Ridgeline Outfitters LLC", "Redmond, OR") in _pairs(text, "located-in")


def test_bullet_roles_in_title_at_employer_form_with_a_city() -> None:
    text = ("EXPERIENCE\n- Barista at Saltmarsh Kitchen, Astoria, OR (2018–2021)\n"
            "- Bartender at Driftwood Diner, Seaside, OR (2016–2018)\n"
            "- Led menu changes at both sites (2017–2019)\n")
    assert _jobs(text) == [("Saltmarsh Kitchen", "Barista", "2018", "2021"),
                           ("Driftwood Diner", "Bartender", "2016", "2018")]


def test_unit_named_as_where_the_role_sits_is_part_of_the_employer() -> None:
    text = ("WORK EXPERIENCE\n\nU.S. Department of Labor\nWashington, DC 20210 United States\n"
            "05/2016 - Present\nTitle: Economist\n\nDuties, Accomplishments and Related Skills:\n"
            "Serves as lead economist within the Office of Policy Planning (OPP), supporting "
            "rulemaking.\n")
    assert ("Office of Policy Planning", "U.S. Department of Labor") in _pairs(text, "part-of")
    assert _jobs(text) == [("U.S. Department of Labor", "Economist", "2016-05", "present")]


def test_name_lines_with_stacked_honorifics_record_ids_and_capital_surnames() -> None:
    assert _subject("CURRICULUM VITAE\n\nProf. Dr. Wiebke Solberg\nwiebke@example.de\n") == \
        "Wiebke Solberg"
    assert _subject("Résumé of Anselmo Quirke\nanselmo@example.org\n") == "Anselmo Quirke"
    assert _subject("Applicant: Tarrant, Noor (ID 5520)\nnoor@example.org\n") == "Noor Tarrant"
    assert _subject("Full Name: HALVORSEN, Beatrix Anne\nEmail: bea@example.org\n") == \
        "Beatrix Anne Halvorsen"
    assert _subject("Name: Idris Pemberton, Jr.\nEmail: idris@example.org\n") == "Idris Pemberton"


# ---- date words of CVs written in other languages ---------------------------------------------

def test_since_and_present_words_of_german_spanish_and_french_cvs() -> None:
    from extract.dates import find_date_ranges

    def rng(text: str) -> list[tuple]:
        return [(r.start, r.end) for r in find_date_ranges(text)]

    assert rng("seit 04/2022") == [("2022-04", "present")]
    assert rng("11/2016 bis heute") == [("2016-11", "present")]
    assert rng("02/2012 bis 10/2016") == [("2012-02", "2016-10")]
    assert rng("desde 2019") == [("2019", "present")]
    assert rng("2017 - actualidad") == [("2017", "present")]
    assert rng("depuis 2020") == [("2020", "present")]
    text = "EXPERIENCE\n\nseit 04/2022      Vorndamm Logistik GmbH, Kassel\n                  Team Lead Dispatch\n"
    assert _jobs(text) == [("Vorndamm Logistik GmbH", "Team Lead Dispatch", "2022-04", "present")]


# ---- one-line roles in fixed columns ------------------------------------------------------------

def test_column_rows_resolve_an_unknown_title_from_the_other_rows_column_order() -> None:
    pdf = ("EXPERIENCE\nSous Chef      Harbor Grill      Portland, ME      Mar 2019 – Present\n"
           "• Ran a line of six and rebuilt the\nseasonal menu every quarter\n"
           "Line Cook      Brambleton Tavern      Bangor, ME      Jun 2015 – Feb 2019\n"
           "• Grill station\n")
    assert _jobs(pdf) == [("Harbor Grill", "Sous Chef", "2019-03", "present"),
                          ("Brambleton Tavern", "Line Cook", "2015-06", "2019-02")]
    ats = ("WORK EXPERIENCE\nHarbor Grill | Portland, ME | Kitchen Manager | 03/2019 to Present\n"
           "Description: Ran the kitchen.\n"
           "Brambleton Tavern | Bangor, ME | Prep Cook | 06/2015 to 02/2019\nDescription: Prep.\n")
    assert [(o, t) for o, t, _, _ in _jobs(ats)] == [("Harbor Grill", "Kitchen Manager"),
                                                     ("Brambleton Tavern", "Prep Cook")]
