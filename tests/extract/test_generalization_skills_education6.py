"""Skills on layouts and professions of a sixth round of held-out work: a markdown skills heading
the section splitter does not know, "A + B" list items, parenthesized acronyms of unknown list
items, and the vocabulary of clinical research, food quality, architecture, RF engineering and
game development. All people, companies and wording are invented for these tests; the vocabulary
is the project's curated one."""

from __future__ import annotations

from extract.gazetteers import find_skill
from tests.extract.skills_helpers import items_of as _items
from tests.extract.skills_helpers import skills_of as _skills


def test_a_markdown_skills_heading_inside_another_section_opens_a_skills_list() -> None:
    text = ("# Maren Qvist-Adeyemi\nmaren.qa@example.net\n\n"
            "## Education\n\n- B.Arch, University of Bergen, 2016\n\n"
            "## Software & techniques\n\n"
            "ArchiCAD · Enscape · PHPP · Grasshopper\n")
    got = set(_skills(text, fmt="md"))
    assert {"ArchiCAD", "Enscape", "PHPP", "Grasshopper"} <= got


def test_plus_joined_known_items_split() -> None:
    assert _items("Jenkins + Crowdin") == ["Jenkins", "Crowdin"]


def test_a_parenthesized_acronym_of_an_unknown_item_is_its_alias() -> None:
    got = _items("Adaptive dose titration (ADT), Batch release review (BRR)")
    assert got == ["Adaptive dose titration", "Batch release review"]


def test_profession_vocabulary_rows() -> None:
    for name, canonical in (("HACCP", "HACCP"), ("BRCGS", "BRCGS"), ("FSSC 22000", "FSSC 22000"),
                            ("LabWare", "LabWare LIMS"), ("Siebel CTMS", "Siebel CTMS"),
                            ("Veeva Vault eTMF", "Veeva Vault eTMF"), ("TEMS Investigation", "TEMS Investigation"),
                            ("Nemo Outdoor", "Nemo Outdoor"), ("UMTS", "UMTS"), ("5G NR", "5G NR"),
                            ("Unity Cloud Build", "Unity Cloud Build"), ("Google Earth", "Google Earth"),
                            ("TIBCO Spotfire", "Spotfire"), ("Capital IQ", "S&P Capital IQ"),
                            ("DfMA", "Design for Manufacture and Assembly")):
        entry = find_skill(name)
        assert entry is not None and entry.canonical == canonical, name


def test_a_longer_product_name_wins_over_its_tail_in_a_bullet() -> None:
    text = ("Olek Brandvold-Achebe\nolek.ba@example.org\n\nEXPERIENCE\n"
            "Build Engineer, Driftwood Interactive, 2020 - 2024\n"
            "- Moved nightly builds to Unity Cloud Build and drive tests to Nemo Outdoor.\n")
    got = set(_skills(text))
    assert {"Unity Cloud Build", "Nemo Outdoor"} <= got
    assert "Google Cloud Build" not in got and "NVIDIA NeMo" not in got


# --- education ------------------------------------------------------------------------------

from extract.pipeline import build_context  # noqa: E402
from extract.resume.education import extract_education  # noqa: E402
from tests.conftest import make_document  # noqa: E402


def _studied(text: str, fmt: str = "txt") -> list[tuple[str, str | None, str | None, str | None]]:
    ctx = build_context(make_document(text, fmt=fmt))
    return [(f.object.name, f.title, f.start, f.end) for f in extract_education(ctx)
            if f.predicate.value == "studied-at"]


def test_a_school_name_wrapped_after_a_connecting_word_is_joined() -> None:
    text = ("Ilse Marchetti-Obi\nilse.mo@example.com\n\nEDUCATION\n"
            "Graduate Diploma in Public Health (part-time) -- University of\n"
            "  Northumbria at Newcastle ........................................ 2018\n")
    assert _studied(text) == [("University of Northumbria at Newcastle",
                               "Graduate Diploma in Public Health", None, "2018")]


def test_honours_are_not_a_school_and_a_lycee_is_one() -> None:
    text = ("Bastien Okoro-Lindqvist\nbastien.ol@example.com\n\nEDUCATION\n"
            "University of Leeds                                         Leeds\n"
            "BA Economics, Second Class Honours                           2012 – 2015\n\n"
            "Lycée Victor Hugo, Poitiers — Baccalauréat ES                 2012\n")
    got = _studied(text)
    assert ("University of Leeds", "BA Economics, Second Class Honours", "2012", "2015") in got
    assert ("Lycée Victor Hugo", "Baccalauréat ES", None, "2012") in got
    assert not any("Honours" in g[0] for g in got)


def test_a_school_glossed_in_parentheses_is_named_without_the_gloss() -> None:
    text = ("Anouk Feldmann-Asante\nanouk.fa@example.com\n\nEDUCATION\n"
            "2009 – 2014   Montefiore (Institut d'électricité et d'informatique), Liège\n"
            "              Master ingénieur civil électricien\n")
    got = _studied(text)
    assert [g[0] for g in got] == ["Montefiore"]


def test_a_markdown_skills_heading_ends_the_education_entries() -> None:
    text = ("# Petra Nakamura-Boateng\n\n## Education\n\n"
            "- **Bachelor of Design** — Ravensbourne University London — 2015\n\n"
            "## Software & techniques\n\nSketchUp · Rhino · V-Ray\n")
    got = _studied(text, fmt="md")
    assert [g[0] for g in got] == ["Ravensbourne University London"]


def test_a_markdown_job_title_heading_with_a_skill_word_opens_no_skills_list() -> None:
    text = ("# Ruth Adjei-Sorensen\n\n## Experience\n\n### Software Engineer\n\n"
            "Kestrel Freight, Oslo — 2019 – present\n\n- Built parcel routing services.\n")
    got = set(_skills(text, fmt="md"))
    assert not got & {"Kestrel Freight", "Oslo", "2019 – present"}


# --- list items and prose guards ------------------------------------------------------------


def test_a_glued_revision_and_a_regulation_number_stay_in_one_item() -> None:
    assert _items("ISO 17025(E2), MDR 2017/745, WEEE 2012/19, Minitab") == [
        "ISO 17025(E2)", "MDR 2017/745", "WEEE 2012/19", "Minitab"]


def test_hyphenated_modifiers_share_the_head_noun_after_a_slash() -> None:
    assert _items("bottom-up / top-down forecasting") == [
        "bottom-up forecasting", "top-down forecasting"]


def test_a_vendor_before_slashed_codes_is_shared() -> None:
    assert _items("Zeiss SEM/FIB, Bruker XRD") == ["Zeiss SEM", "Zeiss FIB", "Bruker XRD"]


def test_units_currencies_and_till_date_headers_give_no_skills() -> None:
    text = ("Kofi Ramaswamy-Holt\nkofi.rh@example.org\n\nEXPERIENCE\n"
            "HARBOURLINE FOODS PLC | Tema | Mar, 2018 – Till Date\n"
            "- Kept cold rooms at -18 °C and cut waste by SGD 250k using Power BI reports.\n")
    got = set(_skills(text))
    assert "Power BI" in got
    assert not got & {"C", "PLC", "Stochastic Gradient Descent"}


# --- awards ---------------------------------------------------------------------------------

from extract.resume.awards import extract_awards  # noqa: E402


def _awards(text: str) -> list[tuple[str, str | None]]:
    ctx = build_context(make_document(text))
    return sorted((f.object.name, f.start) for f in extract_awards(ctx))


_HEAD = "Tendai Vasquez-Lund\ntendai.vl@example.org\n\nEXPERIENCE\nPlanner, Orrin Freight, 2015 - 2022\n\n"


def test_a_quoted_name_before_an_award_word_keeps_the_issuer() -> None:
    got = _awards(_HEAD + 'AWARDS\nOrrin "Above and Beyond" Award -- depot relaunch (2020)\n')
    assert got == [("Orrin Above and Beyond Award", "2020")]


def test_a_repeated_award_with_a_bare_count_gives_one_fact_a_year() -> None:
    got = _awards(_HEAD + 'AWARDS\nOrrin Freight Tema "Safety Star" x3 (2016, 2018, 2021)\n')
    assert got == [("Safety Star", "2016"), ("Safety Star", "2018"), ("Safety Star", "2021")]


def test_received_award_for_a_field_keeps_the_field() -> None:
    got = _awards(_HEAD.replace("\n\n", "\n - Received Orrin Freight Chairman's Award for "
                                "Operational Excellence, 2019.\n\n", 1)[::1])
    assert ("Orrin Freight Chairman's Award for Operational Excellence", "2019") in got


def test_items_of_an_awards_section_split_after_a_year_and_a_note() -> None:
    text = _HEAD + ("AWARDS\n\n"
                    "  Hollis Prize for Logistics Writing — winner, 2021 (\"Slow Boats\")\n"
                    "  Cape Freight Awards — Young Planner, 2018\n"
                    "  Kestrel Logistics Awards — shortlisted, 2019\n")
    assert _awards(text) == [("Cape Freight Awards", "2018"),
                             ("Hollis Prize for Logistics Writing", "2021")]


def test_a_training_section_gives_no_awards_and_a_star_of_the_quarter_is_one() -> None:
    text = _HEAD.replace("2015 - 2022\n", "2015 - 2022\n - Orrin \"Star of the Month\", Q2 2017.\n") + (
        "FELLOWSHIPS & TRAINING\n\nFirst-aid and hostile-environment training, 2019\n"
        "Investigative reporting masterclass, Nordic Data Network, 2020\n")
    assert _awards(text) == [("Star of the Month", "2017")]


# --- projects -------------------------------------------------------------------------------

from extract.resume.projects import extract_projects  # noqa: E402


def _projects(text: str) -> list[tuple[str, str | None, str | None]]:
    ctx = build_context(make_document(text, fmt="md"))
    return [(f.object.name, f.start, f.end) for f in extract_projects(ctx)]


def test_rows_of_a_markdown_works_table_are_projects() -> None:
    text = ("# Ines Halvorsen-Mbeki\n\n## Built work\n\n"
            "| Year | Building | Client | Role |\n|---|---|---|---|\n"
            "| 2023 | **Tidewater Ferry Terminal** — *shortlisted* | Port of Nordvik | Lead |\n"
            "| 2019 | Old Mill Lofts (refurbishment) | Private | Architect |\n\n"
            "## Experience\n\nArchitect, Fjordline Arkitekter, 2018 – 2024\n")
    assert _projects(text) == [("Tidewater Ferry Terminal", None, "2023"),
                               ("Old Mill Lofts", None, "2019")]


def test_a_games_table_with_a_title_column_and_a_release_range() -> None:
    text = ("# Piotr Adebayo-Lind\n\n## Shipped games\n"
            "| Title | Studio | Year | Platforms |\n|---|---|---|---|\n"
            "| *Saltmarsh Requiem* (remaster) | Gullwing Interactive | 2019 / 2021 | PC, PS5 |\n")
    assert _projects(text) == [("Saltmarsh Requiem", "2019", "2021")]


def test_a_table_of_jobs_or_papers_gives_no_projects() -> None:
    text = ("# Lena Oduya-Park\n\n## Roles\n"
            "| Title | Company | Years |\n|---|---|---|\n| Data Analyst | Brightwater Mills | 2019 – 2022 |\n\n"
            "## Papers\n| Title | Venue | Year |\n|---|---|---|\n| Sparse Tides | Ocean Letters | 2021 |\n")
    assert _projects(text) == []


# --- bibliography ---------------------------------------------------------------------------

from extract.resume.bibliography import parse_venue  # noqa: E402


def test_a_vancouver_citation_tail_is_not_part_of_the_venue() -> None:
    assert parse_venue("Nordic Journal of Wound Care 2019; 14(2): 55-61.")[0] == \
        "Nordic Journal of Wound Care"


def test_a_marked_thesis_title_with_a_grade_after_it_is_authored() -> None:
    from extract.resume.bibliography import extract_publications

    text = ("# Okke Bramwell-Sato\n\n## Education\n\n"
            "- **Master of Urban Design** — Delft University of Technology — 2016\n"
            "  Thesis: *\"Quiet Streets: Traffic Calming in Post-War Estates\"* (cum laude)\n")
    ctx = build_context(make_document(text, fmt="md"))
    got = [f.object.name for f in extract_publications(ctx) if f.predicate.value == "authored"]
    assert got == ["Quiet Streets: Traffic Calming in Post-War Estates"]
