"""Employment layouts met in a sixth held-out round, on new fictional text: bilingual and
French section headings, French/Portuguese/Dutch month words and seasons, open ranges ('2021—'),
a left date column with the employer beside the dates and the title under them, an employer line
naming a unit and a town with the dates on the right, dated roles under such a line, a running
page header, a town's office ('Leeds office'), tense headings ('NOW' / 'BEFORE') and a freelancer's
dated client engagements under their own company."""

from __future__ import annotations

from extract.dates import find_date_ranges
from extract.pipeline import build_context
from extract.resume.common import is_page_marker
from extract.resume.experience import extract_experience
from extract.sections import section_name
from ontology import Document


def _facts(text: str):
    return extract_experience(build_context(Document(id="t", text=text)))


def _roles(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.object.name, f.title, f.start, f.end) for f in _facts(text)
            if f.predicate.value == "worked-at"]


def _rel(text: str, pred: str) -> list[tuple[str, str]]:
    return [(f.subject.name, f.object.name) for f in _facts(text) if f.predicate.value == pred]


def _ranges(text: str) -> list[tuple[str | None, str | None]]:
    return [(r.start, r.end) for r in find_date_ranges(text, short_years=True)]


def test_bilingual_and_french_headings() -> None:
    assert section_name("EXPÉRIENCE PROFESSIONNELLE / WORK EXPERIENCE") == "experience"
    assert section_name("FORMATION | EDUCATION") == "education"
    assert section_name("COMPÉTENCES") == "skills"
    assert section_name("## Practice") == "experience"
    assert section_name("SELECTED BYLINES") == "publications"
    assert section_name("NOW") == "experience"
    # two halves naming different sections are no heading of either
    assert section_name("Awards / Education") is None


def test_french_portuguese_dutch_month_words() -> None:
    assert _ranges("janv. 2017 – déc. 2018") == [("2017-01", "2018-12")]
    assert _ranges("avr. – juin 2014") == [("2014-04", "2014-06")]
    assert _ranges("juil. 2020 – août 2021") == [("2020-07", "2021-08")]
    assert _ranges("fev/2021 – atual") == [("2021-02", "present")]
    assert _ranges("mei 2018 - okt 2019") == [("2018-05", "2019-10")]
    assert _ranges("mrt 2022 – heden") == [("2022-03", "present")]
    assert _ranges("hiver 2011") == [("2011-12", None)]
    # a lower-case bare month still needs its abbreviation dot
    assert _ranges("we may - June 2019") == [("2019-06", None)]


def test_open_range_runs_to_present() -> None:
    assert _ranges("*Design Lead* 2020—") == [("2020", "present")]
    assert _ranges("Editor, Harbour Gazette   2019–") == [("2019", "present")]
    assert _ranges("2014 – 2016") == [("2014", "2016")]


def test_running_page_header_with_a_wide_gap() -> None:
    assert is_page_marker("OKAFOR BELLAMY, RUTH — Curriculum Vitae" + " " * 40 + "page 3")
    assert not is_page_marker("Led page 2 redesign of the site")


def test_left_date_column_employer_beside_dates_title_under() -> None:
    text = ("EXPÉRIENCE PROFESSIONNELLE / WORK EXPERIENCE\n\n"
            "2018-06 — aujourd'hui   Brasserie Vaucluse, site de Carpentras (84)\n"
            "                        Responsable Production (Production Manager)\n"
            "   - ran three bottling lines\n\n"
            "oct. 2015 – mai 2018    Sucrerie Marnaise, Pôle Recherche Procédés, Reims\n"
            "                        Process Engineer\n"
            "   - evaporation trials\n\n"
            "FORMATION / EDUCATION\nDiplôme d'ingénieur, 2015\n")
    assert _roles(text) == [
        ("Brasserie Vaucluse", "Responsable Production (Production Manager)", "2018-06", "present"),
        ("Sucrerie Marnaise", "Process Engineer", "2015-10", "2018-05")]
    assert ("Brasserie Vaucluse", "Carpentras") in _rel(text, "located-in")
    assert ("Pôle Recherche Procédés", "Sucrerie Marnaise") in _rel(text, "part-of")


def test_employer_unit_town_with_dates_right_and_title_or_roles_under() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\n"
            "Norvale Microdevices Pte. Ltd. – Wafer Plant 3, Seletar Hills        Apr. 2019 – Now\n"
            "Senior Etch Engineer, Dry Etch\n"
            "• Owned plasma etch recipes.\n\n"
            "Quillon Foundry Corp., Plant 5, Jurong              Jun. 2013 – Mar. 2019\n"
            "Etch Engineer II (Feb. 2016 – Mar. 2019)\n"
            "Etch Engineer (Jun. 2013 – Jan. 2016)\n"
            "• Ran SPC reviews.\n\n"
            "EDUCATION\nBEng, 2013\n")
    assert _roles(text) == [
        ("Norvale Microdevices Pte. Ltd.", "Senior Etch Engineer, Dry Etch", "2019-04", "present"),
        ("Quillon Foundry Corp.", "Etch Engineer II", "2016-02", "2019-03"),
        ("Quillon Foundry Corp.", "Etch Engineer", "2013-06", "2016-01")]
    parts = _rel(text, "part-of")
    assert ("Wafer Plant 3", "Norvale Microdevices Pte. Ltd.") in parts
    assert ("Plant 5", "Quillon Foundry Corp.") in parts
    located = _rel(text, "located-in")
    assert ("Norvale Microdevices Pte. Ltd.", "Seletar Hills") in located
    assert ("Quillon Foundry Corp.", "Jurong") in located


def test_right_dated_unknown_employer_with_known_town_and_a_note() -> None:
    text = ("EXPERIENCE\n\n"
            "KESTREL WORKS, Utrecht  (design agency, later merged into a group)      mar 2012 – sep 2012\n"
            "Intern, interaction design\n"
            "  * Prototyped a kiosk flow.\n\n"
            "EDUCATION\nBA, 2012\n")
    assert _roles(text) == [("KESTREL WORKS", "Intern, interaction design", "2012-03", "2012-09")]


def test_town_office_of_the_employer_is_its_location() -> None:
    text = ("## Experience\n\n**Ferrand Partners** — Leeds office\n*Planner* 2015—2019\n"
            "Masterplans.\n\n## Education\nBA, 2014\n")
    assert _roles(text) == [("Ferrand Partners", "Planner", "2015", "2019")]
    assert _rel(text, "located-in") == [("Ferrand Partners", "Leeds")]


def test_freelance_client_engagements_are_not_roles() -> None:
    text = ("EXPERIENCE\n\n"
            "LANTERNFISH DIGITAL  (my own company, sole trader)               may 2018 – heden\n"
            "Owner / Freelance Web Developer\n\n"
            "  * Feb–Apr 2024 · Hollow Oak Bakery (bread shop, Utrecht)\n"
            "      Rebuilt the web shop.\n"
            "  * 2020 – 2021 · Tidewater Rope B.V.\n"
            "      Headless storefront.\n\n"
            "ZEPHYRINE HOLIDAYS, Amsterdam                                   Jan 2015 – Apr 2018\n"
            "Front-end Developer\n\nEDUCATION\nBSc, 2014\n")
    assert _roles(text) == [
        ("LANTERNFISH DIGITAL", "Owner / Freelance Web Developer", "2018-05", "present"),
        ("ZEPHYRINE HOLIDAYS", "Front-end Developer", "2015-01", "2018-04")]
    assert _rel(text, "part-of") == []


def test_description_line_cut_mid_phrase_is_no_header() -> None:
    text = ("EXPERIENCE\n\nHarbour Courier, Durban\n"
            "  Senior Reporter ...................... 2017–19\n"
            "  Reporter ............................. 2015–17\n"
            "  Port and shipping coverage written together with the Coastal Data Centre for\n"
            "  Maritime Studies; built a tonnage tracker.\n\nEDUCATION\nBA, 2014\n")
    roles = _roles(text)
    assert ("Harbour Courier", "Reporter", "2015", "2017") in roles
    assert all("Coastal" not in org for org, _, _, _ in roles)
