"""Employment shapes generalized from holdout8 failures (PDF-to-text exports), on new fictional text."""

from extract.pipeline import build_context
from extract.resume.columns import right_column_headings
from extract.resume.common import org_score
from extract.resume.experience import extract_experience
from ontology import Document


def _facts(text: str):
    return extract_experience(build_context(Document(id="t", text=text)))


def _roles(text: str):
    return [(f.object.name, f.title, f.start, f.end, f.location)
            for f in _facts(text) if f.predicate.value == "worked-at"]


_TWO_COL = (
    "PRIYA VANTERPOOL\n"
    "Laboratory Operations Lead\n\n"
    "TOOLS                              \n"
    "LabWare LIMS                       WORK HISTORY\n"
    "Tableau                            Laboratory Operations Lead        Apr 2020 – Present\n"
    "Minitab                            Quillfield Diagnostics Ltd, Norwich\n"
    "                                   • Run a 30-person testing floor with the\n"
    "LANGUAGES                            partner's QA team and our own couriers.\n"
    "Welsh (fluent)                     \n"
    "                                   Senior Biomedical Scientist       Jan 2015 – Mar 2020\n"
    "INTERESTS                          Fenmoor Pathology Services, Ely\n"
    "Choir, bouldering                  • Validated two analysers.\n\n"
    "                                   REFERENCES\n"
    "                                   On request.\n")


def test_experience_heading_beside_a_sidebar_item_opens_the_right_column():
    assert right_column_headings(_TWO_COL, "experience")
    got = _roles(_TWO_COL)
    assert ("Quillfield Diagnostics Ltd", "Laboratory Operations Lead", "2020-04", "present",
            "Norwich") in got
    assert [g[0] for g in got] == ["Quillfield Diagnostics Ltd", "Fenmoor Pathology Services"]
    assert got[1][1:4] == ("Senior Biomedical Scientist", "2015-01", "2020-03")


def test_a_sidebar_word_beside_body_text_is_not_a_heading():
    text = "Python                Built the EXPERIENCE tracker for ops\n"
    assert right_column_headings(text, "experience") == []


def test_another_partys_team_is_not_a_unit_of_the_employer():
    facts = _facts(_TWO_COL)
    assert not [f for f in facts if f.predicate.value == "part-of"]


def test_gulf_and_levant_legal_forms_read_as_employers():
    assert org_score("Dunecrest Media FZ-LLC") >= 1.0
    assert org_score("Olivetree Printing s.a.l.") >= 1.0
    assert org_score("Pearlgate Trading W.L.L.") >= 1.0
    text = ("EXPERIENCE\n\n"
            "Olivetree Printing s.a.l. — Tripoli, Lebanon\n"
            "Production Assistant                                  05-2012 – 09-2013\n")
    assert _roles(text)[0][:4] == ("Olivetree Printing s.a.l.", "Production Assistant",
                                   "2012-05", "2013-09")


def test_second_title_with_function_area_stays_under_the_employer_heading():
    text = ("EXPERIENCE\n\n"
            "Brightwater Home Stores — Doha, Qatar\n"
            "Head of Customer Insights, Sales & CRM                      Since 04/2022\n"
            "- Own the weekly trading dashboard.\n\n"
            "Insights Analyst, CRM                                       01-2019 – 03-2022\n"
            "- Built the churn model.\n\n"
            "Pearlgate Trading W.L.L. — Manama, Bahrain\n"
            "Sales Coordinator                                           06-2016 – 12-2018\n")
    got = _roles(text)
    assert [g[:4] for g in got] == [
        ("Brightwater Home Stores", "Head of Customer Insights, Sales & CRM", "2022-04", "present"),
        ("Brightwater Home Stores", "Insights Analyst, CRM", "2019-01", "2022-03"),
        ("Pearlgate Trading W.L.L.", "Sales Coordinator", "2016-06", "2018-12"),
    ] or sorted(g[:4] for g in got) == sorted([
        ("Brightwater Home Stores", "Head of Customer Insights, Sales & CRM", "2022-04", "present"),
        ("Brightwater Home Stores", "Insights Analyst, CRM", "2019-01", "2022-03"),
        ("Pearlgate Trading W.L.L.", "Sales Coordinator", "2016-06", "2018-12"),
    ])


def test_heading_glued_to_its_first_line_starts_the_section():
    from extract.sections import split_sections
    text = ("OMAR BELLWEATHER\n\n"
            "PROFILEPayroll specialist with eight years in retail.\n\n"
            "WORK EXPERIENCEPayroll Generalist, International Finance          02/2019 – Present\n"
            "Trelawney Outdoor Ltd – Bristol\n"
            "ü Ran the monthly payroll for 900 staff.\n\n"
            "EDUCATIONBachelor of Science in Accounting                         2010 – 2013\n"
            "University of Exeter\n")
    secs = split_sections(text)
    assert [s.name for s in secs] == ["header", "summary", "experience", "education"]
    exp = secs[2]
    assert text[exp.start:].startswith("Payroll Generalist")
    got = _roles(text)
    assert [g[:4] for g in got] == [("Trelawney Outdoor Ltd",
                                     "Payroll Generalist, International Finance",
                                     "2019-02", "present")]


def test_capitals_run_into_a_word_that_is_no_heading_stay_body_text():
    from extract.sections import split_sections
    text = "SUMMARY\nIBMResearch partner.\nNASAContractor for years.\n"
    assert [s.name for s in split_sections(text)] == ["summary"]


def test_trades_resume_sections_and_parenthesised_year_note():
    from extract.sections import split_sections
    text = ("WORK HISTORY\n"
            "Prairieline Mechanical Ltd.                                   Regina, SK\n"
            "  Pipefitter Apprentice (2nd – 3rd period)                    Apr 2016 – Jan 2019\n"
            "  - Fabricated steam lines.\n\n"
            "TRADE TRAINING & EDUCATION\n"
            "Saskatchewan Polytechnic, Moose Jaw    Pipefitting Technical Training    2016 – 2018\n\n"
            "TICKETS & CERTIFICATIONS\n"
            "Interprovincial Red Seal – Steamfitter      2020\n")
    assert [s.name for s in split_sections(text)] == ["experience", "education", "certifications"]
    got = _roles(text)
    assert [g[:4] for g in got] == [("Prairieline Mechanical Ltd.",
                                     "Pipefitter Apprentice (2nd – 3rd period)", "2016-04", "2019-01")]


def test_history_timeline_rows_are_not_roles_when_duties_name_them():
    text = ("PERSONAL HISTORY\n"
            "Name:            MORIKAWA Aya\n\n"
            "EDUCATION AND WORK HISTORY\n"
            "2009/04      Entered Kobe Municipal Fukiai High School\n"
            "2012/03      Graduated from Kobe Municipal Fukiai High School\n"
            "2012/04      Entered Osaka University, Faculty of Science\n"
            "2016/03      Graduated from Osaka University, Faculty of Science\n"
            "2016/04      Joined Kansai Paint Co., Ltd. (Amagasaki)\n"
            "             Assigned to Coatings Research Laboratory\n"
            "2021/06      Left Kansai Paint Co., Ltd.\n"
            "                                                  End\n\n"
            "DETAILS OF DUTIES\n"
            "Kansai Paint Co., Ltd. — Research Chemist (2016/04 – 2021/06)\n"
            "  Resin formulation for marine coatings.\n")
    facts = _facts(text)
    roles = [(f.object.name, f.title, f.start, f.end) for f in facts if f.predicate.value == "worked-at"]
    assert roles == [("Kansai Paint Co., Ltd.", "Research Chemist", "2016-04", "2021-06")]
    parts = [(f.subject.name, f.object.name) for f in facts if f.predicate.value == "part-of"]
    assert parts == [("Coatings Research Laboratory", "Kansai Paint Co., Ltd.")]
