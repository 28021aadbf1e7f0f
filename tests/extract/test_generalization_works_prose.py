"""Works (publications, patents, awards, projects) and prose facts in layouts the extractors were
not first written against. Every person, company, paper and product here is invented."""

from __future__ import annotations

from extract.pipeline import build_context
from extract.resume.awards import extract_awards
from extract.resume.bibliography import extract_publications
from extract.resume.patents import extract_patents
from extract.resume.projects import extract_projects
from ontology import Predicate
from tests.conftest import make_document


def _ctx(text: str, fmt: str = "txt"):
    return build_context(make_document(text, "cv", fmt))


def _names(facts, predicate: Predicate) -> list[str]:
    return [f.object.name for f in facts if f.predicate is predicate]


def _venues(facts) -> list[tuple[str, str]]:
    return [(f.subject.name, f.object.name) for f in facts if f.predicate is Predicate.PUBLISHED_IN]


def _check_quotes(ctx, facts) -> None:
    for f in facts:
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]


# --- sub-headings the section splitter leaves in a body -------------------------------------

ACADEMIC = """Tomasz Wielgosz-Abara
Associate Professor of Statistics

APPOINTMENTS

2020–present    Associate Professor, Department of Statistics, Example State University
2015–2020       Assistant Professor, Department of Statistics, Example State University

EDUCATION

2010–2015       PhD in Statistics, Example State University
                Thesis: "Sequential Tests for Drifting Widget Streams"

PATENTS

[P1] T. Wielgosz-Abara, R. Oyelaran. "Apparatus and method for counting widgets on a
     moving belt." US Patent Application 19/321,654, filed 2022 (pending).


RECENT PAPERS  (students marked with a dagger in the printed version)

[1] R. Oyelaran and T. Wielgosz-Abara. "Anytime Valid Inference for Gadget Counts." Journal of Gadget Statistics, 12(3):1–30, 2023.
[2] T. Wielgosz-Abara. "Robust Widget Regression with Heavy Tails." In Proceedings of the 9th Conference on Widget Learning (CoWL), 2021.
[3] R. Oyelaran and T. Wielgosz-Abara. "E-values for Sprocket Experiments." arXiv preprint arXiv:2401.00001, 2024.
[4] T. Wielgosz-Abara. "Bandits that Forget." Submitted to CoWL 2025.


SOFTWARE

widgetstats — R package for sequential widget tests (maintainer; https://github.com/tw-lab/widgetstats)
Contributor to gizmoflow and Sprocket Graph.
"""


def test_patents_stop_at_a_heading_with_a_note_and_keep_a_wrapped_quoted_title() -> None:
    ctx = _ctx(ACADEMIC)
    facts = extract_patents(ctx)
    assert _names(facts, Predicate.HOLDS_PATENT) == [
        "Apparatus and method for counting widgets on a moving belt"]
    assert facts[0].object.attrs.get("status") == "pending"
    _check_quotes(ctx, facts)


def test_papers_after_a_heading_with_a_note_and_a_thesis() -> None:
    ctx = _ctx(ACADEMIC)
    facts = extract_publications(ctx)
    assert _names(facts, Predicate.AUTHORED) == [
        "Anytime Valid Inference for Gadget Counts", "Robust Widget Regression with Heavy Tails",
        "E-values for Sprocket Experiments", "Bandits that Forget",
        "Sequential Tests for Drifting Widget Streams"]
    assert _venues(facts) == [
        ("Anytime Valid Inference for Gadget Counts", "Journal of Gadget Statistics"),
        ("Robust Widget Regression with Heavy Tails", "CoWL"),
        ("E-values for Sprocket Experiments", "arXiv")]  # 'Submitted to' gives no venue
    _check_quotes(ctx, facts)


def test_software_heading_projects_own_repository_and_contributor_line() -> None:
    ctx = _ctx(ACADEMIC)
    names = _names(extract_projects(ctx), Predicate.CONTRIBUTED_TO)
    assert names == ["widgetstats", "gizmoflow", "Sprocket Graph"]


def test_a_company_heading_in_caps_is_no_projects_section() -> None:
    text = ("Ana Roe\n\nEXPERIENCE\nNORTHWIND SOFTWARE\nEngineer, 2019 - 2021\n"
            "- Built the billing service\n")
    ctx = _ctx(text)
    assert [s.name for s in __import__("extract.resume.bibliography", fromlist=["x"])
            .work_sections(ctx)] == [s.name for s in ctx.sections]


MARKDOWN = """# Rui Example-Santos

Data engineer · rui@example.org

## Experience

| Company | Role | Dates |
|---|---|---|
| Globex | Data Engineer | Jan 2020 – present |

- Moved the nightly jobs from Talend to PySpark and SQL.

## Open source & writing

- Maintainer of **sprocket-lint** (a linter for sprocket files).
- "Backfills Without Tears: Idempotent Widget Loads" — Globex Engineering Blog, 2022.
"""


def test_a_mixed_works_heading_gives_projects_and_a_blog_post_with_its_venue() -> None:
    ctx = _ctx(MARKDOWN, "md")
    assert _names(extract_projects(ctx), Predicate.CONTRIBUTED_TO) == ["sprocket-lint"]
    facts = extract_publications(ctx)
    assert _venues(facts) == [("Backfills Without Tears: Idempotent Widget Loads",
                               "Globex Engineering Blog")]


def test_a_talk_venue_loses_the_page_footer() -> None:
    text = ("Ida Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\nTALKS\n"
            '•  "Ten Thousand Widgets a Second", WidgetConf Lisbon 2022\n\n'
            "                                                     Page 2 of 2\n")
    facts = extract_publications(_ctx(text))
    assert _venues(facts) == [("Ten Thousand Widgets a Second", "WidgetConf Lisbon")]


# --- awards ---------------------------------------------------------------------------------

def test_award_lines_without_full_stops_are_separate_items() -> None:
    text = ("Kim Example\n\nEXPERIENCE\nSales Lead, Initech 2015 - 2020\n\nAWARDS\n"
            "Chairman's Circle, Initech — FY2021\n"
            "Newcomer of the Year, Globex Freight — 2016\n"
            "Top Seller, Initech Northeast — Q1 2018 and Q4 2019\n")
    facts = extract_awards(_ctx(text))
    assert [(f.object.name, f.start) for f in facts] == [
        ("Chairman's Circle", "2021"), ("Newcomer of the Year", "2016"),
        ("Top Seller, Initech Northeast", "2018"), ("Top Seller, Initech Northeast", "2019")]


def test_year_column_awards_and_what_is_not_an_award() -> None:
    text = ("Lu Example\n\nEXPERIENCE\nLecturer, Example University 2015 - 2020\n\n"
            "HONOURS AND AWARDS\n\n"
            "2019    Outstanding Paper Award, Symposium on Widget Theory (SWT), for [2]\n"
            "2017    Vice-Chancellor's Teaching Prize, Example University\n\n"
            "RESEARCH GRANTS (as PI)\n\n"
            "2021–2024    Widget Council Early Career Fellowship, £400,000\n")
    facts = extract_awards(_ctx(text))
    assert [(f.object.name, f.start) for f in facts] == [
        ("Outstanding Paper Award", "2019"), ("Vice-Chancellor's Teaching Prize", "2017")]


def test_certifications_finalists_and_lists_are_not_awards_but_a_win_is() -> None:
    text = ("Mo Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\n"
            "CERTIFICATIONS & AWARDS\n"
            "• Certified Widget Architect – Professional (2019)\n"
            "• Professional Engineer in Training (PEIT), State of Ohio, 2016\n"
            "• Lean Widget Black Belt, 2018\n"
            "• Initech Engineering Impact Award, 2021 — Model 40 gearbox redesign\n"
            "• 2nd Place Overall, HackState 2016 — for ParkPal\n"
            "• Finalist, Widget Innovation Challenge 2017\n"
            "• Dean's List, 2014\n"
            "• Cat 5 widget safety prize, 2015\n")
    names = _names(extract_awards(_ctx(text)), Predicate.RECEIVED_AWARD)
    assert names == ["Initech Engineering Impact Award", "2nd Place Overall, HackState",
                     "Cat 5 widget safety prize"]


# --- projects -------------------------------------------------------------------------------

def test_project_block_names_take_the_heading_spelling_and_wrapped_bullets_stay_inside() -> None:
    text = ("Noa Example\nnoa@example.org\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\n"
            "PROJECTS\n"
            "ParkPal — github.com/noa-example/parkpal                    Feb 2022 – Present\n"
            "- Parking finder built with Flutter and Firebase;\n"
            "  800 GitHub stars, 12 contributors.\n"
            "StudyBeacon — github.com/noa-example/studybeacon            Sep 2021 – Dec 2021\n"
            "- Study-room availability bot.\n")
    facts = extract_projects(_ctx(text))
    assert [(f.object.name, f.start, f.end) for f in facts] == [
        ("ParkPal", "2022-02", "present"), ("StudyBeacon", "2021-09", "2021-12")]


def test_projects_named_in_sentences() -> None:
    text = ("Oz Example\n\nEXPERIENCE\nSenior Engineer, Initech 2015 - 2020\n"
            '- Lead engineer for the invoice matching platform ("Tallyhouse"), 2M invoices a day.\n'
            "- Owned the front end of the budgeting product (Initech Budget) for two seasons.\n"
            "- Led the rebuild of the Storefront Designer that sellers use to theme their shops.\n"
            "- Design lead for Mosaic, Initech's cross-platform component system.\n"
            "- Ported the legacy jobs to PySpark and SQL.\n"
            "- Contributor to Quill (Unitec's plotting\n  library).\n"
            "- Contributor to Darts.\n")
    names = _names(extract_projects(_ctx(text)), Predicate.CONTRIBUTED_TO)
    assert names == ["Tallyhouse", "Initech Budget", "Storefront Designer", "Mosaic", "Quill",
                     "Darts"]


# --- prose: press releases and speaker bios -------------------------------------------------

def _prose(text: str):
    from extract.prose.context import prose_context

    return prose_context(make_document(text, "bio"))


RELEASE = """FOR IMMEDIATE RELEASE

Quellbrook Analytics Names Dr. Tobiah Marsh-Ekwueme as Chief Data Officer

DENVER, CO – March 3, 2023 – Quellbrook Analytics, a maker of forecasting software for grocers,
today announced that Dr. Tobiah Marsh-Ekwueme has joined the company as Chief Data Officer, effective immediately.

Marsh-Ekwueme joins from Boulder, Colorado-based Brightwater Foods, where he served as Director of Forecasting from 2018 to 2023. Before that he spent four years at Unilever, from 2014 to 2018, most recently as Head of Demand Science Research. He began his career as an analyst at the Fenwick Institute (2010–2014), where he led the forecasting software for the Tallow grocery robot.

He holds a B.S. in Statistics from the University of Texas at Austin.

About Quellbrook Analytics
Founded in 2015 and headquartered in Denver, Colorado, Quellbrook Analytics builds demand forecasts for grocers.

Media Contact:
Jo Pell
Director of Communications, Quellbrook Analytics
"""


def test_press_release_hire_dateline_past_roles_and_places() -> None:
    from extract.prose.facts import education, employment, places, projects

    ctx = _prose(RELEASE)
    assert ctx.subject.name == "Tobiah Marsh-Ekwueme"
    jobs = sorted((f.object.name, f.title, f.start, f.end) for f in employment(ctx))
    assert jobs == [
        ("Brightwater Foods", "Director of Forecasting", "2018", "2023"),
        ("Fenwick Institute", "Analyst", "2010", "2014"),
        ("Quellbrook Analytics", "Chief Data Officer", "2023-03", "present"),
        ("Unilever", "Head of Demand Science Research", "2014", "2018")]
    assert [f.object.name for f in education(ctx)] == ["University of Texas at Austin"]
    located = sorted((f.subject.name, f.object.name) for f in places(ctx))
    assert located == [("Brightwater Foods", "Boulder, Colorado"), ("Quellbrook Analytics", "Denver")]
    assert [f.object.name for f in projects(ctx)] == ["Tallow"]


BIO = """WidgetCon 2024 — Speakers

Dr. Saoirse Lindqvist-Obi
Director of Applied Research, Globex

Dr. Saoirse Lindqvist-Obi is Director of Applied Research at Globex. Before that she spent four years at Initech (2016–2020), where she built a drift detector that was later folded into the open-source Sprocketeer toolkit. She is the author of the book "Counting Widgets: A Practical Guide" (Gadget Press, 2021) and co-author of the paper "Drift Happens in Widget Streams", which received the Outstanding Paper Award at the International Conference on Widget Mining (ICWM) in 2018.
"""


def test_speaker_bio_book_publisher_award_venue_and_folded_project() -> None:
    from extract.prose.facts import awards, employment, projects, works

    ctx = _prose(BIO)
    facts = works(ctx)
    assert _venues(facts) == [("Counting Widgets: A Practical Guide", "Gadget Press"),
                              ("Drift Happens in Widget Streams", "ICWM")]
    assert [(f.object.name, f.start) for f in awards(ctx)] == [("Outstanding Paper Award", "2018")]
    assert [f.object.name for f in projects(ctx)] == ["Sprocketeer"]
    initech = [f for f in employment(ctx) if f.object.name == "Initech"]
    assert [(f.start, f.end) for f in initech] == [("2016", "2020")]
