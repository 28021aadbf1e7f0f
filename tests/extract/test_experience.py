"""resume.experience.v1: one worked-at per role across layouts, with located-in and part-of."""

from __future__ import annotations

import pytest

from extract.pipeline import build_context
from extract.resume.experience import extract_experience
from ontology import EntityType, Predicate
from tests.conftest import make_document


def _facts(text: str, fmt: str = "txt"):
    return extract_experience(build_context(make_document(text, "cv", fmt)))


def _jobs(text: str, fmt: str = "txt") -> list[tuple]:
    return [(f.object.name, f.title, f.start, f.end, f.location)
            for f in _facts(text, fmt) if f.predicate is Predicate.WORKED_AT]


def _rel(text: str, pred: Predicate, fmt: str = "txt") -> list[tuple[str, str]]:
    return [(f.subject.name, f.object.name) for f in _facts(text, fmt) if f.predicate is pred]


SKILLS = "\nSKILLS\nPython, Go\n"


def test_title_org_place_header_then_date_line() -> None:
    text = ("Jane Roe\n\nEXPERIENCE\n\nSenior Data Engineer - Globex Corporation - Austin, TX\n\n"
            "Oct 2019 - Present\n\n- Built pipelines\n\nData Engineer, Initech Inc - Boston, USA\n"
            "Jan 2016 - Sep 2019\n- Kept them running\n" + SKILLS)
    assert _jobs(text) == [
        ("Globex Corporation", "Senior Data Engineer", "2019-10", "present", "Austin, TX"),
        ("Initech Inc", "Data Engineer", "2016-01", "2019-09", "Boston, USA")]
    assert _rel(text, Predicate.LOCATED_IN) == [("Globex Corporation", "Austin, TX"),
                                                ("Initech Inc", "Boston, USA")]


def test_title_with_area_suffix_keeps_it() -> None:
    text = ("EXPERIENCE\nStaff Engineer - Payments, Acme Inc - Boston, USA\nMar 2018 - Present\n"
            "- Led work\nSenior Analyst, (Contract), Acme Inc - Denver, USA\n"
            "Jan 2015 - Feb 2018\n- Did work\n" + SKILLS)
    assert [j[:2] for j in _jobs(text)] == [
        ("Acme Inc", "Staff Engineer - Payments"),
        ("Acme Inc", "Senior Analyst (Contract)")]


def test_markdown_title_heading_bold_org_line_and_team() -> None:
    text = ("# Experience\n\n## ML Engineer\n**Vandelay Industries** | 04/2021 - Present | "
            "Remote\n\n*Search Relevance Team*\n\n- Shipped ranking\n\n## Research Intern\n"
            "**Northfield University** | 05/2018 - 08/2018 | Springfield, Illinois\n\n- Papers\n"
            "\n# Education\nBSc\n")
    assert _jobs(text, "md") == [
        ("Vandelay Industries", "ML Engineer", "2021-04", "present", "Remote"),
        ("Northfield University", "Research Intern", "2018-05", "2018-08",
         "Springfield, Illinois")]
    assert _rel(text, Predicate.PART_OF, "md") == [("Search Relevance Team",
                                                    "Vandelay Industries")]
    assert _rel(text, Predicate.LOCATED_IN, "md") == [("Northfield University",
                                                       "Springfield, Illinois")]
    kinds = {f.object.name: f.object.type for f in _facts(text, "md")
             if f.predicate is Predicate.WORKED_AT}
    assert kinds["Northfield University"] is EntityType.EDUCATIONAL_ORGANIZATION
    assert kinds["Vandelay Industries"] is EntityType.ORGANIZATION


def test_generic_team_name_is_qualified_by_employer() -> None:
    text = ("# Experience\n## Software Engineer\n**Initech** | 01/2020 - Present | Austin, TX\n"
            "*Open Source team - Widgets and Gadgets*\n- Code\n\n# Skills\nGo\n")
    assert _rel(text, Predicate.PART_OF, "md") == [("Initech Open Source team", "Initech")]


def test_dates_after_blocks_layout_and_unnamed_employers() -> None:
    text = ("Software Engineer Intern\n\nGlobex.com, Portland, OR\n\nPython Kafka Docker\n\n"
            "Checkout Service\n  1. Cut latency of the Checkout Team's API by 3x.\n\n"
            "Jan 2021 - Jul 2022\n\nData Scientist\n\nStatistics Python Spark\n\n"
            "Client: Hooli (Confidential Project)\n\nForecasting\n  1. Built models.\n\n"
            "May 2020 - Jan 2021\n\nIntern, Data Science Lab\n\nPython\n\nAnalytics\n"
            "  1. Made dashboards.\n\nDec 2019 - May 2020\n\nUndergraduate Peer Tutor\n\n"
            "Northfield University, Springfield, USA\n\nHelped students.\n\nAug 2019 - Dec 2019\n")
    assert _jobs(text) == [
        ("Globex.com", "Software Engineer Intern", "2021-01", "2022-07", "Portland, OR"),
        ("Northfield University", "Undergraduate Peer Tutor", "2019-08", "2019-12",
         "Springfield, USA")]
    assert ("Checkout Team", "Globex.com") in _rel(text, Predicate.PART_OF)


def test_org_with_inline_dates_and_markdown_org_heading() -> None:
    text = ("## WORK EXPERIENCE\n\nOpenFoo Oct 2022 - present\n\n- Training code\n\n"
            "Initech Research Aug 2020 - present\n\n- Serving\n\n#### GLOBEX R&D Institute, "
            "Noida\n\nMay 2019 - Jul 2019\n\n- Sensors\n\n## PROJECTS\n- x\n")
    assert _jobs(text, "md") == [
        ("OpenFoo", None, "2022-10", "present", None),
        ("Initech Research", None, "2020-08", "present", None),
        ("GLOBEX R&D Institute", None, "2019-05", "2019-07", "Noida")]


def test_headline_gives_title_of_current_role() -> None:
    text = ("Research Software Engineer Initech Research\n\nEmail: a@example.org\n\n"
            "## WORK EXPERIENCE\nInitech Research Aug 2020 - present\n- Serving\n\n## SKILLS\n- Go\n")
    assert _jobs(text, "md") == [("Initech Research", "Research Software Engineer", "2020-08",
                                  "present", None)]


@pytest.mark.parametrize("line, expected", [
    ("Data Engineer at Globex Corp (2019-2021)", ("Globex Corp", "Data Engineer", "2019", "2021")),
    ("Initech Labs — Research Engineer — 2017–2019",
     ("Initech Labs", "Research Engineer", "2017", "2019")),
    ("Product Manager @ Hooli Inc | 2015 - 2017", ("Hooli Inc", "Product Manager", "2015", "2017")),
    ("Software Developer | Vandelay Industries | 2012 - 2014",
     ("Vandelay Industries", "Software Developer", "2012", "2014")),
])
def test_one_line_role_headers(line: str, expected: tuple) -> None:
    text = f"Jane Roe\n\nEXPERIENCE\n{line}\n- Did things\n" + SKILLS
    assert [j[:4] for j in _jobs(text)] == [expected]


def test_shared_role_at_two_employers() -> None:
    text = ("EXPERIENCE\nSenior Software Engineer, Globex Solutions Pvt Ltd / Initech Technologies"
            " Ltd - Pune, India Mar 2006 – Feb 2011\n- Banking\n" + SKILLS)
    jobs = _jobs(text)
    assert jobs == [
        ("Globex Solutions Pvt Ltd", "Senior Software Engineer", "2006-03", "2011-02",
         "Pune, India"),
        ("Initech Technologies Ltd", "Senior Software Engineer", "2006-03", "2011-02",
         "Pune, India")]
    assert len(_rel(text, Predicate.LOCATED_IN)) == 2


def test_several_roles_under_one_employer() -> None:
    text = ("EXPERIENCE\n\nGlobex Corporation, Austin, TX\nSenior Engineer\nJan 2020 - Present\n"
            "- Led\nEngineer\nJan 2017 - Dec 2019\n- Built\n\nInitech Inc, Boston, MA\n"
            "Analyst\n2015 - 2016\n- Reports\n" + SKILLS)
    assert [j[:4] for j in _jobs(text)] == [
        ("Globex Corporation", "Senior Engineer", "2020-01", "present"),
        ("Globex Corporation", "Engineer", "2017-01", "2019-12"),
        ("Initech Inc", "Analyst", "2015", "2016")]


def test_title_line_org_line_and_dates_after_block() -> None:
    text = ("EXPERIENCE\n\nBackend Engineer\nHooli Inc, Palo Alto, CA\nGo Kubernetes gRPC\n"
            "- Built services\n- Ran them\nJun 2018 - Aug 2020\n\nFrontend Developer\n"
            "Vandelay Industries, Newark, NJ\nReact TypeScript\n- Built pages\n2016 - 2018\n"
            + SKILLS)
    assert _jobs(text) == [
        ("Hooli Inc", "Backend Engineer", "2018-06", "2020-08", "Palo Alto, CA"),
        ("Vandelay Industries", "Frontend Developer", "2016", "2018", "Newark, NJ")]


def test_team_named_in_a_bullet_is_part_of_employer() -> None:
    text = ("EXPERIENCE\nStaff Engineer, Initech Inc - Austin, USA\nJan 2020 - Present\n"
            "- Leading Fraud Analytics team for scoring\n" + SKILLS)
    assert ("Fraud Analytics team", "Initech Inc") in _rel(text, Predicate.PART_OF)


def test_client_is_not_an_employer_and_lab_only_role_gives_nothing() -> None:
    text = ("EXPERIENCE\nMachine Learning Engineer\nClient: Hooli (Moonshot)\n- Models\n"
            "Jan 2020 - Dec 2021\n\nResearch Assistant, Knowledge Graph Lab\n- Graphs\n"
            "Jan 2018 - Dec 2019\n" + SKILLS)
    assert _jobs(text) == []


def test_evidence_span_contains_the_object_name() -> None:
    text = ("Jane Roe\n\n# Experience\n## ML Engineer\n**Vandelay Industries** | 04/2021 - "
            "Present | Newark, NJ\n*Search Relevance Team*\n- x\n\nData Engineer - Globex "
            "Corporation - Austin, TX\nOct 2019 - Mar 2021\n- y\n- Leading Fraud Analytics team\n"
            "\n# Skills\nGo\n")
    doc = make_document(text, "cv", "md")
    facts = extract_experience(build_context(doc))
    assert len(facts) >= 6
    for f in facts:
        quote = doc.text[f.provenance.start:f.provenance.end]
        assert quote == f.provenance.quote
        assert f.object.name.lower() in quote.lower(), (f.object.name, quote)
        assert f.provenance.extractor == "resume.experience.v1"
        assert 0 < f.provenance.confidence <= 1


def test_pdf_export_wide_gaps_and_employer_header_over_roles() -> None:
    text = ("Jane Roe\nEXPERIENCE\nGlobex Corporation                       Austin, TX\n"
            "Senior Software Engineer                 Jan 2019 – Present\n• Built things\n"
            "Software Engineer                        Jun 2016 – Dec 2018\n• More things\n\n"
            "Initech                                  Remote\n"
            "Data Analyst                             2014 – 2016\n• Reports\n" + SKILLS)
    assert _jobs(text) == [
        ("Globex Corporation", "Senior Software Engineer", "2019-01", "present", "Austin, TX"),
        ("Globex Corporation", "Software Engineer", "2016-06", "2018-12", "Austin, TX"),
        ("Initech", "Data Analyst", "2014", "2016", "Remote")]
    assert _rel(text, Predicate.LOCATED_IN).count(("Globex Corporation", "Austin, TX")) >= 1
    assert ("Initech", "Remote") not in _rel(text, Predicate.LOCATED_IN)  # an arrangement


def test_dates_leading_each_block() -> None:
    text = ("Experience\n2019 - Present\nSenior Engineer, Globex Corp\n- x\n2017 - 2019\n"
            "Engineer, Initech Systems\n- y\n" + SKILLS)
    assert [j[:4] for j in _jobs(text)] == [("Globex Corp", "Senior Engineer", "2019", "present"),
                                            ("Initech Systems", "Engineer", "2017", "2019")]


def test_markdown_employer_heading_over_bold_role_lines() -> None:
    text = ("## Experience\n### Globex Corporation — Austin, TX\n**Senior Engineer** | "
            "Jan 2020 – Present\n- Led\n**Engineer** | 2018 – 2019\n- Built\n\n## Skills\nGo\n")
    assert [j[:4] for j in _jobs(text, "md")] == [
        ("Globex Corporation", "Senior Engineer", "2020-01", "present"),
        ("Globex Corporation", "Engineer", "2018", "2019")]


def test_location_line_after_the_dates() -> None:
    text = ("EXPERIENCE\nSenior Engineer\nHooli Inc\nJan 2019 - Present\nPalo Alto, CA\n- x\n"
            + SKILLS)
    assert _jobs(text) == [("Hooli Inc", "Senior Engineer", "2019-01", "present", "Palo Alto, CA")]


def test_appointment_bullets_department_and_parent_center() -> None:
    text = ("## APPOINTMENTS\n- 2019–present: Assistant Professor, Department of Physics, "
            "Northfield University, Springfield, IL\n- 2021–present: Affiliated Faculty, "
            "Northfield Center for Optics (a research center of Northfield University)\n"
            "\n## SKILLS\n- Go\n")
    assert [j[:4] for j in _jobs(text, "md")] == [
        ("Northfield University", "Assistant Professor", "2019", "present"),
        ("Northfield Center for Optics", "Affiliated Faculty", "2021", "present")]
    assert _rel(text, Predicate.PART_OF, "md") == [
        ("Northfield University Department of Physics", "Northfield University"),
        ("Northfield Center for Optics", "Northfield University")]


def test_division_employer_is_part_of_the_parent_the_text_names() -> None:
    text = ("EXPERIENCE\nInitech Research Aug 2020 - present\n- Served models to teams within "
            "Initech\nLakeside University Jan 2018 - Jul 2020\n- Lakeside alumni talks\n" + SKILLS)
    assert _rel(text, Predicate.PART_OF) == [("Initech Research", "Initech")]


def test_employer_line_with_dates_then_title_lines_under_it() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\nACME CORPORATION, Springfield, IL                  "
            "2018 – Present\nSenior Accountant\n• Closed books.\nStaff Accountant (2016 – 2018)\n"
            "• Reconciled.\n\nBETA LLC, Chicago, IL                  2014 – 2016\n"
            "Junior Accountant\n• Audits.\n" + SKILLS)
    assert _jobs(text) == [
        ("ACME CORPORATION", "Senior Accountant", "2018", "present", "Springfield, IL"),
        ("ACME CORPORATION", "Staff Accountant", "2016", "2018", "Springfield, IL"),
        ("BETA LLC", "Junior Accountant", "2014", "2016", "Chicago, IL")]


def test_title_line_with_dates_then_employer_line() -> None:
    text = ("Work Experience\nSoftware Engineer                  Jun 2019 - Present\n"
            "Hooli, Mountain View, CA\n- Search.\nSoftware Engineering Intern       May 2018 - "
            "Aug 2018\nPied Piper, Palo Alto, CA\n- Compression.\n" + SKILLS)
    assert _jobs(text) == [
        ("Hooli", "Software Engineer", "2019-06", "present", "Mountain View, CA"),
        ("Pied Piper", "Software Engineering Intern", "2018-05", "2018-08", "Palo Alto, CA")]


def test_academic_cv_year_columns() -> None:
    text = ("EMPLOYMENT\n2015–present   Professor of Chemistry, University of Lakeshore\n"
            "2010–2015      Associate Professor, Department of Chemistry, Northfield College\n"
            "2008–2010      Postdoctoral Fellow, Initech Research Labs, Boston, MA\n" + SKILLS)
    assert [j[:4] for j in _jobs(text)] == [
        ("University of Lakeshore", "Professor of Chemistry", "2015", "present"),
        ("Northfield College", "Associate Professor", "2010", "2015"),
        ("Initech Research Labs", "Postdoctoral Fellow", "2008", "2010")]
    assert ("Northfield College Department of Chemistry", "Northfield College") in \
        _rel(text, Predicate.PART_OF)


def test_profile_export_with_durations_and_roles_under_one_employer() -> None:
    text = ("Experience\nGlobex Corporation\nSenior Software Engineer\n"
            "January 2019 - Present (5 years 2 months)\nAustin, Texas, United States\n"
            "Led the payments platform rewrite.\n\nSoftware Engineer\n"
            "June 2016 - December 2018 (2 years 7 months)\nAustin, Texas\n\nInitech\n"
            "Data Analyst\n2014 - 2016 (2 years)\nRemote\n" + SKILLS)
    assert _jobs(text) == [
        ("Globex Corporation", "Senior Software Engineer", "2019-01", "present",
         "Austin, Texas, United States"),
        ("Globex Corporation", "Software Engineer", "2016-06", "2018-12", "Austin, Texas"),
        ("Initech", "Data Analyst", "2014", "2016", "Remote")]


def test_italic_title_line_is_a_title_not_a_team() -> None:
    text = ("## Experience\n**Globex**\n*Senior Engineer*\nJan 2019 – Present\n- x\n"
            "| Initech | Data Analyst | 2014–2016 |\n- y\n\n## Skills\nGo\n")
    assert [j[:4] for j in _jobs(text, "md")] == [
        ("Globex", "Senior Engineer", "2019-01", "present"),
        ("Initech", "Data Analyst", "2014", "2016")]
    assert _rel(text, Predicate.PART_OF, "md") == []


def test_skill_tag_or_team_line_beside_a_title_is_no_employer() -> None:
    text = ("Data Scientist\n\nRetail Insights Team\n\nStatistics Python Spark\n\n"
            "Forecasting\n  1. Built models.\n\nJun 2016 - Feb 2018\n\nData Engineer\n\n"
            "Python Kafka Docker\n\nPipelines\n  1. Built them.\n\nJan 2015 - May 2016\n")
    assert _jobs(text) == []


def test_mixed_one_line_shapes_single_dates_and_remote() -> None:
    text = ("EXPERIENCE\nSoftware Engineer, Jan 2019 – Present, Globex Inc.\nBuilt things.\n"
            "Globex Inc. — Data Engineer (Remote) — 2017 – 2018\nDid data.\n"
            "Intern — Hooli (Summer 2016)\nFreelance Web Developer    2014 - 2016\n"
            "Self-employed; built sites for clients.\n" + SKILLS)
    assert _jobs(text) == [
        ("Globex Inc.", "Software Engineer", "2019-01", "present", None),
        ("Globex Inc.", "Data Engineer", "2017", "2018", "Remote"),
        ("Hooli", "Intern", "2016-06", None, None)]
