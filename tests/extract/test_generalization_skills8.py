"""Skills lists in PDF-to-text layouts: two-column gutters, rated tables, wrapped parentheses,
sidebar headings without blank lines, dated lines of a missed section (fictional resumes)."""

from __future__ import annotations

from tests.extract.skills_helpers import skills_of

TWO_COLUMNS = """\
PRIYA VENKATARAMAN-OSEI
Plant Maintenance Planner

SKILLS
IBM Maximo                       EXPERIENCE
Microsoft Project                Maintenance Planner                  Jan 2020 – Present
Tableau                          Harrow Paper Mills, Bristol
Microsoft Excel (Power Query,    • Planned weekly shutdown windows for two paper
  Power Pivot)                     machines and the boiler house across all shifts.
Kanban                           • Cut the backlog of overdue work orders by a third.

EDUCATION
BEng Mechanical Engineering, University of Bath, 2015 – 2019
"""


def test_two_column_skills_sidebar_keeps_only_its_own_column():
    got = skills_of(TWO_COLUMNS)
    for want in ("IBM Maximo", "Microsoft Project", "Tableau", "Microsoft Excel", "Power Query",
                 "Power Pivot", "Kanban"):
        assert want in got
    assert not any("Planner" in g or "Harrow" in g or "Jan 2020" in g or "backlog" in g
                   for g in got), got


RATED_TABLE = """\
Tomasz Wierzbicki
Payroll Specialist

PAYROLL SOFTWARE
Software               Level                 Years
SAP SuccessFactors     Advanced              6
Microsoft Excel        Expert (macros, VLOOKUP)   9
Power BI               Basic                 1
"""


def test_flattened_rated_table_gives_first_cells_and_parenthesised_notes():
    got = skills_of(RATED_TABLE)
    assert "Power BI" in got and "Microsoft Excel" in got and "VLOOKUP" in got
    assert any("SuccessFactors" in g for g in got)
    for junk in ("Software", "Level", "Years", "Advanced", "Expert", "Basic"):
        assert junk not in got, got


SIDEBAR = """\
KEANU WHITCOMBE
Geotechnical Engineer
k.whitcombe@example.org
Wellington, New Zealand
SOFTWARE
PLAXIS
Slide2
GeoStudio
DESIGN STANDARDS
Eurocode 7
AS 4678 (earth-retaining
structures)
EDUCATION
BE (Hons) Civil, Victoria University of Wellington, 2012 – 2016
"""


def test_sidebar_headings_without_blank_lines_open_skills_lists():
    got = skills_of(SIDEBAR)
    for want in ("PLAXIS", "Slide2", "GeoStudio", "Eurocode 7", "AS 4678"):
        assert want in got, got
    assert "DESIGN STANDARDS" not in got and "SOFTWARE" not in got
    assert not any("structures" in g for g in got)


MISSED_HEADING = """\
Ines Carvalho-Brandt
HR Advisor

SKILLS
Onboarding, Benefits Administration, BambooHR
EDUCATIONMaster of Arts in Organisational Psychology        2010 – 2012
Universidade do Porto, Faculty of Psychology
"""


def test_a_dated_entry_ends_the_skills_list():
    got = skills_of(MISSED_HEADING)
    assert "BambooHR" in got
    assert not any("Porto" in g or "Psychology" in g for g in got), got


ALIGNED_LABELS = """\
Ines Marchetti
Backend Engineer

TECHNICAL SKILLS
Languages\t\t:  Go, Python, TypeScript, SQL, Bash
Frameworks\t\t:  Django, FastAPI, gRPC, Celery, React
Platforms:       Kubernetes, Terraform, Grafana, Prometheus, PostgreSQL
Tooling:         GitLab CI, Jira, Confluence, Postman, Sentry
"""


def test_aligned_label_lines_are_not_a_second_column():
    """'Label      : a, b, c, d, e' lines align their items after a wide gap: that is one column
    of labelled lists, not a two-column export whose right half must be cut off."""
    got = skills_of(ALIGNED_LABELS)
    for want in ("Go", "Python", "FastAPI", "Celery", "Kubernetes", "Terraform", "Prometheus",
                 "JIRA", "Confluence", "Postman", "Sentry"):
        assert want in got, (want, got)
    assert "Frameworks" not in got and "Languages" not in got
