"""Layout, date-grammar and vocabulary rules added after measuring the extractors on a held-out
set of unseen layouts (tests/fixtures/holdout). Every snippet here is hand-built for the rule it
tests; none is copied from a held-out document."""

from __future__ import annotations

import pytest

from extract.pipeline import build_context, extract_document
from extract.resume.common import is_page_marker, is_place, org_score, split_title_org
from extract.sections import split_sections
from extract.subject import detect_subject
from ontology import Predicate
from tests.conftest import make_document


def _subject(text: str):
    return detect_subject(make_document(text, "doc"), split_sections(text))


def _facts(text: str, doc_id: str = "doc"):
    return extract_document(make_document(text, doc_id))


def _jobs(text: str) -> list[tuple]:
    return [(f.object.name, f.title, f.start, f.end) for f in _facts(text)
            if f.predicate is Predicate.WORKED_AT]


# ---- subject names ---------------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("MARTA VIDAL-REYES, RN, MSN", "Marta Vidal-Reyes"),
    ("Tobias Wren, CPA, CMA", "Tobias Wren"),
    ("Helen Osei, PhD", "Helen Osei"),
    ("Karl Lindgren, MSc", "Karl Lindgren"),
])
def test_post_nominal_letters_after_a_comma_are_not_the_name(line: str, name: str) -> None:
    assert _subject(f"{line}\nAkron, OH | m@example.org\n\nEXPERIENCE\nx\n").name == name


def test_all_caps_hyphenated_name_is_capitalised_per_part() -> None:
    assert _subject("IVANA NOVAK-HORVAT\n\nEXPERIENCE\nx\n").name == "Ivana Novak-Horvat"


def test_name_after_a_left_column_label() -> None:
    text = ("Curriculum Vitae\n\nPERSONAL INFORMATION        Jonas Petrauskas\n"
            "                            jonas.p@example.lt\n\nWORK EXPERIENCE\nx\n")
    assert _subject(text).name == "Jonas Petrauskas"


def test_name_below_a_sidebar_found_through_the_email_and_profile_slug() -> None:
    # profile exports print contact and skill sidebars before the name
    text = ("Contact\nines.marquez@example.org\nwww.linkedin.com/in/inesmarquez (LinkedIn)\n"
            "Top Skills\nBudgeting\nForecasting\nPayroll\nLanguages\nSpanish\n"
            "Ines Marquez\nFinance Manager at Initech\nSeville, Spain\n"
            "Experience\nInitech\nFinance Manager\nMay 2019 - Present (3 years)\n")
    m = _subject(text)
    assert m.name == "Ines Marquez"
    assert m.identifiers["email"] == "ines.marquez@example.org"


def test_a_capitalised_line_that_does_not_spell_the_email_is_not_taken() -> None:
    text = ("Contact\nqz.work@example.org\nTop Skills\nPayroll Audits\nLanguages\nSpanish\n"
            "Experience\nInitech\nFinance Manager\nMay 2019 - Present\n")
    assert _subject(text).name is None


# ---- places, organizations, titles ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Stockholm, Stockholm County, Sweden", True),
    ("Austin, Travis County, TX", True),
    ("Greater Boston Area", True),
    ("Milan (Italy)", True),
    ("Lyon (France)", True),
    ("Hooli, Mountain View, CA", False),
    ("Data Engineer (Remote)", False),
    ("Initech Area", False),
])
def test_printed_locations_with_admin_words_or_a_country_in_parentheses(text: str,
                                                                        expected: bool) -> None:
    assert is_place(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Globex, Inc.", (None, "Globex, Inc.")),
    ("Analyst, Globex S.p.A.", ("Analyst", "Globex S.p.A.")),
    ("Ferrovia Nord S.r.l.", (None, "Ferrovia Nord S.r.l.")),
    ("Software Engineer, Platform", ("Software Engineer, Platform", None)),
    ("Data Scientist, Search", ("Data Scientist, Search", None)),
    ("Charge Nurse, Surgical Intensive Care Unit", ("Charge Nurse, Surgical Intensive Care Unit",
                                                    None)),
])
def test_title_org_split_keeps_legal_forms_and_area_or_unit_suffixes(text: str,
                                                                      expected: tuple) -> None:
    assert split_title_org(text) == expected


def test_european_legal_forms_read_as_organizations() -> None:
    assert org_score("Ferrovia Nord S.r.l.") >= 1
    assert org_score("Verdi Costruzioni SpA") >= 1
    assert org_score("Nordlys Oy") >= 1


def test_unit_in_the_title_line_and_employer_on_the_next_line() -> None:
    text = ("EMPLOYMENT HISTORY\n\nCharge Nurse, Cardiac Surgery Unit              Mar 2018 – Present\n"
            "St. Brigid Hospital, Dayton, OH\n• Led the night shift.\n\n"
            "Staff Nurse, Oncology Ward                       Jun 2014 – Feb 2018\n"
            "Lakeview Medical Center, Toledo, OH\n• Chemotherapy administration.\n")
    assert _jobs(text) == [
        ("St. Brigid Hospital", "Charge Nurse, Cardiac Surgery Unit", "2018-03", "present"),
        ("Lakeview Medical Center", "Staff Nurse, Oncology Ward", "2014-06", "2018-02")]


def test_company_title_dates_pipe_row_with_legal_form_after_a_comma() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\nGlobex, Inc. | Regional Controller | 2018 – Present\n"
            "Akron, OH\n• Closed the books.\n\nInitech | Senior Accountant | 2013 – 2018\n"
            "Dayton, OH\n• Audits.\n")
    assert _jobs(text) == [("Globex, Inc.", "Regional Controller", "2018", "present"),
                           ("Initech", "Senior Accountant", "2013", "2018")]


def test_profile_export_blocks_company_duration_title_dates_location() -> None:
    text = ("Contact\nyuki.sato@example.org\nExperience\nInitech\n3 years 2 months\n"
            "Senior Analyst\nMarch 2021 - Present (1 year 2 months)\nOsaka, Osaka Prefecture, Japan\n"
            "Ran the monthly close for the Kansai region. Built forecasting workbooks for the team\n"
            "Analyst\nJanuary 2019 - March 2021 (2 years 3 months)\nOsaka, Osaka Prefecture, Japan\n"
            "Globex\nJunior Analyst, Treasury\nJune 2016 - December 2018 (2 years 7 months)\n"
            "Kobe, Hyogo Prefecture, Japan\nPage 1 of 2\n")
    assert _jobs(text) == [("Initech", "Senior Analyst", "2021-03", "present"),
                           ("Initech", "Analyst", "2019-01", "2021-03"),
                           ("Globex", "Junior Analyst, Treasury", "2016-06", "2018-12")]


def test_page_markers() -> None:
    assert is_page_marker("Page 3 of 4") and is_page_marker("  - 2 -  ")
    assert is_page_marker("Jana Roe | Curriculum Vitae          Page 2")
    assert not is_page_marker("Led 2 of 3 audits") and not is_page_marker("Page Industries")


def test_education_entry_with_a_non_degree_credential_and_dates_under_the_school() -> None:
    text = ("Education\nUniversity of Tartu\nExchange semester, Physics · (2015 - 2015)\n"
            "Page 2 of 2\n")
    facts = [f for f in _facts(text) if f.predicate is Predicate.STUDIED_AT]
    assert [(f.object.name, f.title, f.start, f.end) for f in facts] == [
        ("University of Tartu", "Exchange semester, Physics", "2015", "2015")]


# ---- Europass-style CVs ---------------------------------------------------------------------

EUROPASS = """PERSONAL INFORMATION        Petra Horvat

WORK EXPERIENCE

04/2019 – Present           Process Engineer
                            Verdi Costruzioni S.p.A., Turin (Italy)
                            ▪ Plant commissioning
                            Business or sector Construction

02/2016 – 03/2019           Research Assistant
                            Northfield University, Department of Chemical Engineering,
                            Graz (Austria)
                            ▪ Reactor modelling
                            Business or sector Higher education

EDUCATION AND TRAINING

10/2012 – 12/2015           Master's Degree in Chemical Engineering           EQF level 7
                            Northfield University, Graz (Austria)
"""


def test_europass_roles_sector_lines_departments_and_eqf_levels() -> None:
    facts = _facts(EUROPASS)
    got = {(f.predicate.value, f.subject.name, f.object.name, f.title) for f in facts}
    assert ("worked-at", "Petra Horvat", "Verdi Costruzioni S.p.A.", "Process Engineer") in got
    assert ("worked-at", "Petra Horvat", "Northfield University", "Research Assistant") in got
    assert ("part-of", "Department of Chemical Engineering", "Northfield University", None) in got
    assert ("studied-at", "Petra Horvat", "Northfield University",
            "Master's Degree in Chemical Engineering") in got
    assert ("located-in", "Verdi Costruzioni S.p.A.", "Turin (Italy)", None) in got
    assert not any("sector" in f.object.name.lower() or "sector" in (f.subject.name or "").lower()
                   for f in facts)


def test_context_kind_is_resume_for_europass() -> None:
    assert build_context(make_document(EUROPASS, "ep")).kind == "resume"


# ---- prose: press releases, speaker bios -----------------------------------------------------

RELEASE = (
    "Harrowgate Logistics Names Tomasz Wielgosz-Brandt Chief Operating Officer\n\n"
    "DENVER, May 2, 2023 -- Harrowgate Logistics Holdings, Inc., a freight brokerage, today "
    "announced the appointment of Tomasz Wielgosz-Brandt as Chief Operating Officer, effective "
    "June 1, 2023. Wielgosz-Brandt will report to Chief Executive Officer Amelia Corcoran.\n\n"
    "Wielgosz-Brandt joins Harrowgate from Siemens, where he has served as Vice President, "
    "Operations since 2018. Prior to Siemens, he spent seven years at Kestrel Dynamics, most "
    "recently as Director, Supply Chain at KD Aerospace, after earlier planning roles at KD Rail "
    "in Leeds. He began his career in the consulting practice of Deloitte in Hamburg.\n\n"
    "Wielgosz-Brandt holds an MBA from INSEAD and a BSc in industrial engineering from the "
    "Technical University of Munich.\n\n"
    "About Harrowgate Logistics Holdings\n"
    "Harrowgate Logistics Holdings, Inc. is a Denver-based freight brokerage company with offices "
    "in eleven countries.\n")


def test_press_release_subject_is_the_appointee_called_by_surname() -> None:
    ctx = build_context(make_document(RELEASE, "rel"))
    assert ctx.kind == "prose"
    assert ctx.subject.name == "Tomasz Wielgosz-Brandt"


def test_press_release_roles_chain() -> None:
    facts = _facts(RELEASE, "rel")
    jobs = {(f.object.name, f.title, f.start) for f in facts if f.predicate is Predicate.WORKED_AT}
    assert ("Harrowgate Logistics Holdings", "Chief Operating Officer", "2023-06") in jobs
    names = {j[0] for j in jobs}
    assert {"Siemens", "Kestrel Dynamics", "KD Aerospace", "KD Rail", "Deloitte"} <= names
    assert ("KD Aerospace", "Director, Supply Chain", None) in jobs
    rel = {(f.predicate.value, f.subject.name, f.object.name) for f in facts}
    assert ("part-of", "KD Aerospace", "Kestrel Dynamics") in rel
    assert ("part-of", "KD Rail", "Kestrel Dynamics") in rel
    assert ("located-in", "Deloitte", "Hamburg") in rel
    assert ("located-in", "Harrowgate Logistics Holdings", "Denver") in rel
    studied = {(f.object.name, f.title) for f in facts if f.predicate is Predicate.STUDIED_AT}
    assert ("Technical University of Munich", "BSc in Industrial Engineering") in studied
    assert not any(f.subject.name == "Amelia Corcoran" for f in facts)


BIO = (
    "Speaker: Dr. Ilse Marchetti\n\n"
    "Dr. Ilse Marchetti is Head of Data Science at Zalando, where her group builds the ranking "
    "models behind the catalogue. Before joining Zalando in 2020, she led the forecasting team at "
    "Booking.com in Amsterdam. At Zalando she replaced a set of hand-tuned rules with a single "
    "ranking model in LightGBM, and she still reviews every feature herself.\n\n"
    "Ilse received her PhD in physics from Utrecht University in 2011, with a thesis on "
    "turbulent mixing in stratified flows, and an MSc in applied statistics from Leiden "
    "University. Her paper \"Ranking Under Delayed Feedback\", written with colleagues at "
    "Booking.com, was published at RecSys 2019, where it received the Best Short Paper Award. "
    "She is a co-inventor on a granted US patent (US 10,987,654) for ranking with delayed labels.\n")


def test_speaker_bio_degrees_venue_award_patent_and_skill() -> None:
    facts = _facts(BIO, "bio")
    got = {(f.predicate.value, f.object.name) for f in facts}
    assert ("studied-at", "Utrecht University") in got
    assert ("studied-at", "Leiden University") in got
    assert ("published-in", "RecSys") in got
    assert ("received-award", "Best Short Paper Award") in got
    assert ("holds-patent", "US 10,987,654") in got
    assert ("used-skill", "LightGBM") in got
    titles = {f.title for f in facts if f.predicate is Predicate.STUDIED_AT}
    assert "MSc in Applied Statistics" in titles


def test_published_in_a_month_is_no_venue() -> None:
    text = ("Dr. Ilse Marchetti is a data scientist at Zalando, where she builds ranking models. "
            "Her paper \"Ranking Under Delayed Feedback\" was published in March 2020 and is "
            "widely cited by people who build recommender systems for online shops.\n")
    assert not [f for f in _facts(text, "m") if f.predicate is Predicate.PUBLISHED_IN]


# ---- label-column sections (Europass 'PERSONAL SKILLS') --------------------------------------

LABELLED = """Karin Vos
k.vos@example.nl

PERSONAL SKILLS

Mother tongue(s)          Dutch
Other language(s)         English C1, German B2
Communication skills      ▪ good presentation skills gained as a trainer for new staff
Digital skills            ▪ QGIS, PostGIS, Python
Driving licence           B
"""


def test_label_column_lines_open_their_own_sections() -> None:
    secs = [(s.name, s.heading) for s in split_sections(LABELLED)]
    assert secs[1:] == [("languages", "Mother tongue(s)"), ("languages", "Other language(s)"),
                        ("summary", "Communication skills"), ("skills", "Digital skills"),
                        ("certifications", "Driving licence")]
    skills = {f.object.name for f in _facts(LABELLED) if f.predicate is Predicate.USED_SKILL}
    assert {"QGIS", "PostGIS", "Python"} <= skills
    assert not skills & {"Dutch", "B", "Driving licence", "Mother tongue"}


def test_a_skills_table_with_wide_gaps_stays_one_section() -> None:
    text = ("SKILLS\nLanguages        Python, Go, Rust\nTools            Git, Docker\n"
            "Skills           Kubernetes, Terraform\n")
    assert [s.name for s in split_sections(text)] == ["skills"]


def test_profile_export_name_block_is_not_an_item_of_the_last_sidebar() -> None:
    text = ("Contact\nwww.linkedin.com/in/okafor-example (LinkedIn)\nTop Skills\nBudgeting\n"
            "Payroll\nHonors-Awards\nControllers Club Rising Star\nNgozi Okafor\n"
            "Finance Manager at Initech\nLagos, Nigeria\nSummary\nI run month-end close.\n"
            "Experience\nInitech\nFinance Manager\nMay 2019 - Present (3 years)\nLagos, Nigeria\n")
    secs = [(s.name, text[s.start:s.end].strip()) for s in split_sections(text)]
    assert ("header", "Ngozi Okafor\nFinance Manager at Initech\nLagos, Nigeria") in secs
    assert ("awards", "Controllers Club Rising Star") in secs
    ctx = build_context(make_document(text, "li"))
    assert ctx.subject.name == "Ngozi Okafor"
    awards = [f.object.name for f in _facts(text, "li") if f.predicate is Predicate.RECEIVED_AWARD]
    assert awards == ["Controllers Club Rising Star"]


def test_pipe_row_keeps_the_title_area_when_another_field_is_the_employer() -> None:
    text = ("EXPERIENCE\nGlobex Corporation | Director, Field Operations | 2019 – Present\n"
            "• Ran the regional depots.\n")
    assert _jobs(text) == [("Globex Corporation", "Director, Field Operations", "2019", "present")]


def test_dated_roles_in_a_volunteering_section_are_volunteer_roles() -> None:
    text = ("Priya Natarajan\n\nEXPERIENCE\nInitech | Analyst | 2015 – 2019\n\n"
            "VOLUNTEER EXPERIENCE\nRiverside Food Bank | Volunteer Driver | 2017 – Present\n"
            "• Weekend deliveries.\nTutoring children in mathematics on weekends\n")
    facts = [f for f in _facts(text) if f.predicate is Predicate.WORKED_AT]
    assert [(f.object.name, f.title, f.attrs.get("volunteer")) for f in facts] == [
        ("Initech", "Analyst", None), ("Riverside Food Bank", "Volunteer Driver", "true")]


def test_capitalised_two_part_field_of_a_degree() -> None:
    text = ("Rosa Lindqvist is the finance director of Initech, where she has worked since 2015. "
            "Lindqvist holds an MSc in Accounting and Business Law from Lund University and "
            "a BA in economics from Uppsala University, and she teaches a night course.\n")
    studied = {(f.object.name, f.title) for f in _facts(text, "e")
               if f.predicate is Predicate.STUDIED_AT}
    assert studied == {("Lund University", "MSc in Accounting and Business Law"),
                       ("Uppsala University", "BA in Economics")}
