"""Skills on layouts of a seventh round of held-out work: Word-to-text Wingdings bullets, slashed
module codes under a vendor word ("SAP FI/CO"), numbered accounting standards, and distinct
products the vocabulary had folded into their siblings (Redux Toolkit, Spring Data JPA, JBoss,
Tableau Prep, Dagger vs Hilt). All people, companies and wording are invented for these tests;
the vocabulary is the project's curated one."""

from __future__ import annotations

from extract.gazetteers import find_skill
from tests.extract.skills_helpers import items_of as _items
from tests.extract.skills_helpers import skills_of as _skills


def test_wingdings_bullets_of_a_word_export_are_bullets() -> None:
    text = ("Oskar Lindqvist-Mbeki\noskar.lm@example.org\n\n"
            "EXPERIENCE\n\nHarborline Freight Systems, Gdynia    Mar-2020 to Present\nBackend Developer\n"
            "§  Shipped the tracking API to Amazon EKS clusters.\n"
            "Ø  Reviewed merge requests in Bitbucket.\n")
    got = set(_skills(text))
    assert {"Amazon EKS", "Bitbucket"} <= got


def test_slashed_module_codes_share_the_vendor_word() -> None:
    assert _items("SAP FI/CO") == ["SAP FI", "SAP CO"]


def test_numbered_standards_are_skills_of_their_own() -> None:
    for name in ("IFRS 9", "IFRS 15", "IFRS 16", "IPSAS", "International Standards on Auditing"):
        entry = find_skill(name)
        assert entry is not None and entry.canonical == name, name


def test_sibling_products_stay_distinct() -> None:
    for name, canonical in (("Redux Toolkit", "Redux Toolkit"), ("Redux", "Redux"),
                            ("Spring Data JPA", "Spring Data JPA"), ("JBoss EAP", "JBoss"),
                            ("WildFly", "WildFly"), ("Tableau Prep", "Tableau Prep"),
                            ("Tableau Desktop", "Tableau"), ("Dagger 2", "Dagger"),
                            ("Dagger Hilt", "Hilt"), ("Apollo Client", "Apollo Client"),
                            ("Crashlytics", "Firebase Crashlytics"),
                            ("Geometric Dimensioning and Tolerancing", "GD&T"), ("Experience API", "xAPI"), ("UDL", "Universal Design for Learning")):
        entry = find_skill(name)
        assert entry is not None and entry.canonical == canonical, name
