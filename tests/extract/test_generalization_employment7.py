"""Employment shapes generalized from holdout7 failures, on new fictional text."""

from extract.pipeline import build_context
from extract.resume.experience import extract_experience
from ontology import Document


def _roles(text: str):
    ctx = build_context(Document(id="t", text=text))
    return [(f.object.name, f.title, f.start, f.end, f.location)
            for f in extract_experience(ctx) if f.predicate.value == "worked-at"]


def test_employer_line_with_dated_title_rows_and_wrapped_project_bullets():
    text = ("WORK HISTORY\n\n"
            "Harrowgate Mutual plc, Leeds                                    Feb 2017 – to date\n"
            "Programme Manager, Pensions Change (Jan 2020 – to date)\n"
            "Project Manager (Feb 2017 – Dec 2019)\n\n"
            "  > Project Kestrel - new adviser portal for 300 brokers, delivered in\n"
            "    (Mar 2018 - Nov 2018)\n"
            "  > Ledger clean-up, 4 teams (2017)\n")
    got = _roles(text)
    assert ("Harrowgate Mutual plc", "Programme Manager, Pensions Change", "2020-01", "present",
            "Leeds") in got
    assert ("Harrowgate Mutual plc", "Project Manager", "2017-02", "2019-12", "Leeds") in got
    assert len(got) == 2


def test_client_via_employer_and_one_line_earlier_roles():
    text = ("EXPERIENCE\n\n"
            "Northshire County Council (via Brackenfield Consulting), York    May 2012 – Jan 2017\n"
            "Business Analyst (May 2012 – Jan 2017)\n\n"
            "Earlier roles\n"
            "Branch Supervisor, Yorkshire Building Society, York             Jun 2009 – Apr 2012\n")
    got = _roles(text)
    assert [g[0] for g in got] == ["Brackenfield Consulting", "Yorkshire Building Society"]
    assert got[0][1] == "Business Analyst"


def test_employer_heading_with_indented_title_area_rows():
    text = ("PROFESSIONAL EXPERIENCE\n\n"
            "Metalúrgica Serra Azul Ltda. – Joinville, SC\n\n"
            "   Process Engineer II – Stamping (Mar 2018 – today)\n"
            "   •  Owned die tryout for 12 part numbers.\n\n"
            "   Process Engineer I – Stamping (Jan 2015 – Feb 2018)\n"
            "   •  Line balancing and takt studies.\n")
    got = _roles(text)
    assert [(g[0], g[1]) for g in got] == [
        ("Metalúrgica Serra Azul Ltda.", "Process Engineer II – Stamping"),
        ("Metalúrgica Serra Azul Ltda.", "Process Engineer I – Stamping")]
    assert got[0][4].startswith("Joinville")


def test_caps_group_title_then_employer_district_city_then_dated_titles():
    text = ("EMPLOYMENT\n\n"
            "TECHNICAL SUPPORT SPECIALIST\n"
            "Brightline Outsourcing - Ortigas East, Pasig City\n"
            "Senior Agent   April 2019 - Present\n"
            "Agent   May 2017 - March 2019\n"
            "* Resolved tier 1 tickets.\n")
    got = _roles(text)
    assert [(g[0], g[1], g[4]) for g in got] == [
        ("Brightline Outsourcing", "Senior Agent", "Pasig City"),
        ("Brightline Outsourcing", "Agent", "Pasig City")]


def _facts(text: str):
    ctx = build_context(Document(id="t", text=text))
    return [(f.predicate.value, f.subject.name, f.object.name) for f in extract_experience(ctx)]


def test_markdown_heading_with_italic_dotted_dates_and_middot_town():
    text = ("## Experience\n\n"
            "### Backend Developer @ Fernwald Logistik GmbH\n"
            "*04.2020 – present · Hamburg*\n\n"
            "Team: Route Planning (Fernwald Freight)\n\n"
            "- Built the tour optimiser service\n")
    got = _facts(text)
    ctx = build_context(Document(id="t", text=text))
    role = [f for f in extract_experience(ctx) if f.predicate.value == "worked-at"][0]
    assert (role.object.name, role.start, role.end, role.location) == (
        "Fernwald Logistik GmbH", "2020-04", "present", "Hamburg")
    parts = [g for g in got if g[0] == "part-of"]
    assert parts == [("part-of", "Route Planning", "Fernwald Logistik GmbH")]


def test_schools_listed_under_a_board_role_are_its_units_not_employers():
    text = ("## Experience\n\n"
            "**Mathematics Teacher** — Halton Valley School Board, Oakville, ON\n"
            "*Sept 2010 – June 2019*\n"
            "Birchmount Secondary School (2014 – 2019) · Lakeshore Collegiate (2010 – 2014)\n\n"
            "- Taught grades 9-12\n\n"
            "## Education & Professional Development\n\n"
            "- **B.Ed.**, Queen's University, Kingston, ON, 2009 – 2010\n")
    got = _facts(text)
    assert [g[2] for g in got if g[0] == "worked-at"] == ["Halton Valley School Board"]
    assert ("part-of", "Birchmount Secondary School", "Halton Valley School Board") in got
    assert ("part-of", "Lakeshore Collegiate", "Halton Valley School Board") in got


def test_caps_employer_town_heading_over_caps_title_rows_with_to_date():
    text = ("WORK EXPERIENCE\n\n"
            "TANA WATER BOARD, MOMBASA\n"
            "PAYROLL OFFICER - SALARIES SECTION                       MAR 2018 - TO DATE\n"
            "- Monthly payroll for 900 staff.\n\n"
            "OKAPI ASSURANCE LIMITED, MOMBASA\n"
            "CLAIMS CLERK                                             FEB 2015 - FEB 2018\n"
            "FILING CLERK                                             JAN 2013 - JAN 2015\n"
            "- Claims registry.\n")
    got = _roles(text)
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [
        ("TANA WATER BOARD", "PAYROLL OFFICER - SALARIES SECTION", "2018-03", "present"),
        ("OKAPI ASSURANCE LIMITED", "CLAIMS CLERK", "2015-02", "2018-02"),
        ("OKAPI ASSURANCE LIMITED", "FILING CLERK", "2013-01", "2015-01")]


def test_title_with_department_under_employer_heading_keeps_the_employer():
    text = ("EXPERIENCE\n\n"
            "COASTAL PORTS AUTHORITY, MOMBASA\n"
            "GRADUATE TRAINEE - MARINE OPERATIONS DEPARTMENT           JUN 2012 - DEC 2012\n")
    got = _roles(text)
    assert [(g[0], g[1]) for g in got] == [
        ("COASTAL PORTS AUTHORITY", "GRADUATE TRAINEE - MARINE OPERATIONS DEPARTMENT")]


def test_two_titles_with_their_own_ranges_on_one_line_under_an_employer_line():
    text = ("PROFESSIONAL EXPERIENCE\n\n"
            "Vantara Infosystems Pvt Ltd, Pune\t\t\tAug-2014 to May-2019\n"
            "Systems Engineer (Aug-2014 to Dec-2016), Senior Associate - Delivery (Jan-2017 to May-2019)\n\n"
            "Project : Ledgerline – Core Banking Upgrade\n"
            "§  Wrote batch jobs.\n")
    got = _facts(text)
    ctx = build_context(Document(id="t", text=text))
    roles = [(f.object.name, f.title, f.start, f.end) for f in extract_experience(ctx)
             if f.predicate.value == "worked-at"]
    assert roles == [
        ("Vantara Infosystems Pvt Ltd", "Systems Engineer", "2014-08", "2016-12"),
        ("Vantara Infosystems Pvt Ltd", "Senior Associate - Delivery", "2017-01", "2019-05")]
    assert not [g for g in got if g[0] == "part-of"]


def test_town_line_with_a_lower_case_note_is_the_roles_town():
    text = ("EXPERIENCE\n\n"
            "Hexwell -- QA Engineer                                   Jan 2019 - Present\n"
            "Gdańsk (remote from Sopot)\n"
            "  - Wrote the regression suite.\n")
    got = _roles(text)
    assert [(g[0], g[4]) for g in got] == [("Hexwell", "Gdańsk")]
