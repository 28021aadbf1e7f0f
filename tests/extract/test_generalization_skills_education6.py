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
