"""Works and education shapes of ordinary resumes (holdout7 round): named projects inside
employment entries, project blocks, awards won more than once, degree lines. Fictional text."""

from __future__ import annotations

from extract.pipeline import build_context
from extract.resume.projects import extract_projects
from tests.conftest import make_document


def _ctx(body: str):
    return build_context(make_document("Rhona Quillfeather\nrhona.q@example.org\n\n" + body, "cv"))


def _projects(body: str) -> dict[str, tuple]:
    ctx = _ctx(body)
    out = {}
    for f in extract_projects(ctx):
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]
        out[f.object.name] = (f.start, f.end)
    return out


def test_dated_project_items_under_an_employer():
    got = _projects(
        "WORK HISTORY\n\n"
        "Pellmore Mutual, Leeds                                   Feb 2017 – to date\n"
        "Programme Manager (Feb 2017 – to date)\n\n"
        "  > Project Kestrel - move of the policy ledger to a hosted core system;\n"
        "    £3.2m, 20 FTE.  (Mar 2018 - Oct 2019)\n"
        "  > Broker Hub v3 - broker self-service quotes, 3 squads  (Q2-Q4 2021)\n"
        "  > Project Wren - retirement of the mainframe print run (May - Dec 2020)\n"
        "  > Intranet refresh, comms lead only (2019)\n"
        "  > Desk booking roll-out (Jan - Mar 2022) - 900 staff\n")
    assert got == {"Project Kestrel": ("2018-03", "2019-10"), "Broker Hub v3": ("2021", "2021"),
                   "Project Wren": ("2020-05", "2020-12")}


def test_project_blocks_with_client_and_role_lines():
    got = _projects(
        "PROFESSIONAL EXPERIENCE\n\n"
        "Vantrix Softech Pvt Ltd, Pune\t\t\tMar-2018 to Present\n"
        "Software Engineer\n\n"
        "Project #1 : TollMate – Highway Toll Reconciliation\t\t(Apr-2020 to Present)\n"
        "Client\t: A European motorway operator\n"
        "Role\t: Java Developer\n"
        "Team Size : 9\n\n"
        "Project : PayRelay – Vendor Payments Gateway\n"
        "Environment : Java 11, Spring Boot, PostgreSQL\n")
    assert got == {"TollMate": ("2020-04", "present"), "PayRelay": (None, None)}


def test_emphasized_or_quoted_names_after_a_build_verb():
    got = _projects(
        "EXPERIENCE\n\n"
        "**Learning Designer** — Corvane Learning, Halifax, NS\n"
        "*May 2020 – present*\n\n"
        "- Lead designer on **Reading the Room** (Rise, 2021) and **Grain Bin Safety Basics** "
        "(Storyline, 2022)\n"
        "- Built the **Tidewatch** booking portal with React\n"
        '- Shipped "Lumen", a sleep diary app for a clinic - 20k installs\n'
        "- Built **React** dashboards for the sales team\n")
    assert got == {"Reading the Room": (None, "2021"), "Grain Bin Safety Basics": (None, "2022"),
                   "Tidewatch": (None, None), "Lumen": (None, None)}


def test_open_source_items_with_the_persons_role():
    got = _projects(
        "OPEN SOURCE\n"
        "  * gradle-lintkit (author) - github.com/omarq/gradle-lintkit\n"
        "    Lint rules for build scripts (2020).\n"
        "  * Fernwood - contributor (github.com/fernwood/fernwood, 2 merged PRs)\n")
    assert got == {"gradle-lintkit": (None, "2020"), "Fernwood": (None, None)}


def _awards(body: str) -> list[tuple]:
    from extract.resume.awards import extract_awards

    ctx = _ctx(body)
    out = []
    for f in extract_awards(ctx):
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]
        out.append((f.object.name, f.start))
    return sorted(out, key=lambda x: (x[0], x[1] or ""))


def test_wingdings_bullets_and_an_award_won_twice():
    got = _awards("HONOURS & AWARDS\n\n"
                  "Ø  Spot Excellence Award – Q4 2021, Tessaly Infotech\n"
                  "Ø  Received \"Going the Extra Mile\" award twice at Orbicon (2015, 2016)\n")
    assert got == [("Going the Extra Mile", "2015"), ("Going the Extra Mile", "2016"),
                   ("Spot Excellence Award", "2021")]


def test_award_dates_listed_before_a_site_note_and_latin_honours():
    got = _awards("AWARDS\n"
                  "* Top Coach - Q2 2018 and Q4 2019 (Ortigas site)\n"
                  "* Magna Cum Laude, Ateneo Institute of Tomorrow, 2014\n")
    assert got == [("Top Coach", "2018"), ("Top Coach", "2019")]


def test_acronym_in_parentheses_stays_inside_an_award_name():
    got = _awards("AWARDS\n- NORTHERN AUDIT QUALITY (NAQ) AWARDS - ENGAGEMENT LEAD, 2020\n")
    assert got == [("NORTHERN AUDIT QUALITY (NAQ) AWARDS", "2020")]


def test_quoted_award_in_an_experience_bullet():
    got = _awards("EXPERIENCE\n\nDelivery Lead, Brackwater Insurance, Swansea   2019 – 2023\n"
                  "  * Brackwater \"Going Further\" award 2021 for the broker portal launch.\n")
    assert got == [("Going Further", "2021")]


def _education(body: str, pred: str = "studied-at") -> list[tuple]:
    from extract.resume.education import extract_education

    ctx = _ctx(body)
    out = []
    for f in extract_education(ctx):
        if f.predicate.value == pred:
            out.append((f.subject.name, f.object.name, f.title, f.start, f.end) if pred != "studied-at"
                       else (f.object.name, f.title, f.start, f.end))
    return out


def test_left_year_column_caps_school_and_grade_note():
    got = _education("ACADEMIC QUALIFICATIONS\n\n"
                     "2011 - 2015     MAKENI UNIVERSITY\n"
                     "                BACHELOR OF SCIENCE IN ACTUARIAL SCIENCE\n\n"
                     "2007 - 2010     LOITA GIRLS HIGH SCHOOL\n"
                     "                ORDINARY SECONDARY CERTIFICATE - MEAN GRADE B+\n\n"
                     "PROFESSIONAL QUALIFICATIONS\n\n"
                     "- MEMBER, INSTITUTE OF ACTUARIES OF THE EAST (IAE) - MEMBERSHIP NO. 4411\n")
    assert [g[0] for g in got] == ["MAKENI UNIVERSITY", "LOITA GIRLS HIGH SCHOOL"]
    assert got[1][2:] == ("2007", "2010")


def test_degree_first_school_with_acronym_and_lower_case_gloss():
    got = _education("EDUCATION\n\n"
                     "MBA in Supply Chain – Fundação Ribeira Nova (FRN) ............ 2016 – 2018\n\n"
                     "  Pomeranian University of Technology\n"
                     "  Master of Science (mgr inż.) in Robotics - 2013 - 2015 (part-time, weekends)\n"
                     "  Engineer's degree (inż.) in Robotics - 2009 - 2013\n")
    assert got == [("Fundação Ribeira Nova", "MBA in Supply Chain", "2016", "2018"),
                   ("Pomeranian University of Technology", "Master of Science in Robotics",
                    "2013", "2015"),
                   ("Pomeranian University of Technology", "Engineer's degree in Robotics",
                    "2009", "2013")]


def test_school_of_a_university_is_part_of_it():
    body = ("EDUCATION\n\nLicenciatura em Química\n"
            "Faculdade de Ciências da Universidade do Algarve – Faro ........ 2004 – 2008\n")
    assert _education(body)[0][0] == "Faculdade de Ciências da Universidade do Algarve"
    assert [(s, o) for s, o, *_ in _education(body, "part-of")] == [
        ("Faculdade de Ciências da Universidade do Algarve", "Universidade do Algarve")]


def test_linkedin_field_after_degree_and_vendor_certifications():
    got = _education("Education\n\nKestrel Polytechnic logo\nKestrel Polytechnic\n"
                     "Bachelor of Computing - BComp, Information Systems\n2012 - 2016\n\n"
                     "Licenses & certifications\n\nAcmeCloud logo\nProfessional Cloud Architect\n"
                     "AcmeCloud\nIssued Mar 2022\n\n"
                     "Certificates\n- Professional Scrum Master I (PSM I), Scrum.org - 2021\n")
    assert got == [("Kestrel Polytechnic", "Bachelor of Computing - BComp, Information Systems",
                    "2012", "2016")]


def test_certifications_listed_with_degrees_are_not_studied_at():
    got = _education("EDUCATION & QUALIFICATIONS\n"
                     "BA (Hons) Geography - University of Exmoor              2005 - 2008\n"
                     "Professional Scrum Master I (PSM I), Scrum.org - 2021\n"
                     "Certified ScrumMaster Practitioner, Agile Guild - 2019\n")
    assert [g[0] for g in got] == ["University of Exmoor"]


def test_course_credentials_from_platforms_and_code_camps():
    got = _education("EXPERIENCE\nAnalyst, Grellin Foods, 2019 - 2022\n\n"
                     "CERTIFICATIONS\nPower BI Data Analyst Associate\n(2021)\n"
                     "Applied Forecasting\nProfessional Certificate –\nCoursera (Issued Mar 2021)\n\n"
                     "TRAININGS\n* UX Research Basics - Harbourline Code Camp (Online), June 2020\n"
                     "* Helpdesk Administrator - Ticketly Training (2019)\n")
    assert got == [("Coursera", "Applied Forecasting Professional Certificate", None, "2021-03"),
                   ("Harbourline Code Camp", "UX Research Basics", None, "2020-06")]


def test_labelled_qualification_and_an_institute_of_a_university():
    body = ("EDUCATION\n"
            "- **Bachelor of Music**, Northshore Institute of Music (NIM), University of Kelmar, "
            "2009 – 2013\n"
            "- Additional Qualification: Choral Direction Part 2, Brightwater University (2016)\n"
            "Certified Music Teacher (CMT), Kelmar College of Teachers – in good standing\n")
    assert [g[0] for g in _education(body)] == ["Northshore Institute of Music",
                                                "Brightwater University"]
    assert [(s, o) for s, o, *_ in _education(body, "part-of")] == [
        ("Northshore Institute of Music", "University of Kelmar")]


def test_projects_list_lines_named_and_dated():
    got = _projects("PROJECTS\n"
                    "Harbour Tide Atlas – public Tableau viz of tide gauges (2019), 12k views\n"
                    "Sentiment Classifier – course project for NLP class (2018)\n"
                    "Budget Tracker – a personal spreadsheet, no date\n")
    assert got == {"Harbour Tide Atlas": (None, "2019")}
