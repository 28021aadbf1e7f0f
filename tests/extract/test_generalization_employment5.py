"""Employment layouts met in a fifth held-out round, on new fictional text: profession-named
experience headings, MM/YY and Spanish-month dates, dotted leaders, acquisition notes on
employers, partnership and public-body names, typewriter '--' separators, towns without a comma,
employer notes in parentheses, and roles nested inside an employer's dated block."""

from __future__ import annotations

from extract.dates import find_date_ranges
from extract.pipeline import build_context
from extract.resume.common import is_place, mark_gaps, org_score
from extract.resume.experience import extract_experience
from extract.sections import section_name
from ontology import Document


def _roles(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    ctx = build_context(Document(id="t", text=text))
    return [(f.object.name, f.title, f.start, f.end) for f in extract_experience(ctx)
            if f.predicate.value == "worked-at"]


def _parts(text: str) -> list[tuple[str, str]]:
    ctx = build_context(Document(id="t", text=text))
    return [(f.subject.name, f.object.name) for f in extract_experience(ctx)
            if f.predicate.value == "part-of"]


def test_profession_named_experience_headings() -> None:
    assert section_name("CLINICAL EXPERIENCE") == "experience"
    assert section_name("Military Experience") == "experience"
    assert section_name("EARLIER CAREER") == "experience"
    assert section_name("BOARD & ADVISORY POSITIONS") == "service"


def test_mm_yy_ranges_only_on_role_lines() -> None:
    got = find_date_ranges("Line Cook  4/17-9/19", short_years=True)
    assert [(r.start, r.end) for r in got] == [("2017-04", "2019-09")]
    got = find_date_ranges("Prep cook 08/23 - present", short_years=True)
    assert [(r.start, r.end) for r in got] == [("2023-08", "present")]
    assert find_date_ranges("ratio 3/4 - 1/2", short_years=True) == []
    assert find_date_ranges("Line Cook  4/17-9/19") == []


def test_season_over_two_short_years() -> None:
    got = find_date_ranges("Ski Instructor   Winter 19-20")
    assert [(r.start, r.end) for r in got] == [("2019", "2020")]


def test_spanish_month_abbreviations() -> None:
    got = find_date_ranges("Analista de Calidad   ago. 2016 – dic. 2019")
    assert [(r.start, r.end) for r in got] == [("2016-08", "2019-12")]
    got = find_date_ranges("ene. 2020 – actualidad")
    assert [(r.start, r.end) for r in got] == [("2020-01", "present")]
    # English words that look like the abbreviations are not months
    assert [(r.start, r.end) for r in find_date_ranges("a data set 2018")] == [("2018", None)]


def test_dotted_leaders_are_a_column_gap() -> None:
    assert mark_gaps("Plant Controller .............. 2012 – 2016") == "Plant Controller | 2012 – 2016"


def test_partnership_and_public_body_names_score_as_employers() -> None:
    assert org_score("QUILLFORD, BRANDT & OKAFOR LLP") >= 1
    assert org_score("Office of the Vermont State Treasurer") >= 1
    assert org_score("United States Court of Appeals for the Tenth Circuit") >= 1
    assert org_score("Director, Sales & Marketing") < 1


def test_town_with_state_code_without_comma() -> None:
    assert is_place("Cedar Falls IA") and is_place("Kamloops BC")
    assert not is_place("Senior Engineer IN")


def test_all_caps_employer_with_legal_suffix_and_acquisition_note() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\n"
            "HALVERN ROBOTICS, INC. (acquired by Siemens, 2021) — Pittsburgh, PA          2016 – 2021\n"
            "Vice President, Field Service\n"
            "  · Ran a 90-person service organization\n")
    assert _roles(text) == [("HALVERN ROBOTICS, INC.", "Vice President, Field Service", "2016", "2021")]


def test_typewriter_dashes_and_mm_yy_ranges() -> None:
    text = ("EXPERIENCE\n\n"
            "Line Cook -- Juniper Street Bistro, Missoula MT              4/17-9/19\n"
            " - Grill and saute stations\n\n"
            "Dishwasher -- Bramble Diner, Helena MT                       08/15 - 03/17\n")
    assert _roles(text) == [("Juniper Street Bistro", "Line Cook", "2017-04", "2019-09"),
                            ("Bramble Diner", "Dishwasher", "2015-08", "2017-03")]


def test_spanish_dates_and_mexican_legal_form() -> None:
    text = ("EXPERIENCIA\n\nWORK EXPERIENCE\n\n"
            "Aceros Tlaloc, S.A. de C.V. — Saltillo, Coah.\n"
            "Quality Engineer (Ingeniera de Calidad)                       ago. 2016 – dic. 2019\n"
            " • PPAP and control plans\n")
    got = _roles(text)
    assert [(o, s, e) for o, _, s, e in got] == [("Aceros Tlaloc, S.A. de C.V.", "2016-08", "2019-12")]
    assert got[0][1].startswith("Quality Engineer")


def test_law_firm_with_commas_and_public_office_with_bureau() -> None:
    text = ("PROFESSIONAL EXPERIENCE\n\n"
            "QUILLFORD, BRANDT & OKAFOR LLP, Denver, CO\n"
            "   Summer Associate                                   Summer 2014\n\n"
            "OFFICE OF THE VERMONT STATE TREASURER, Unclaimed Property Division\n"
            "   Policy Intern                                      Summer 2013\n")
    assert [(o, t) for o, t, _, _ in _roles(text)] == [
        ("QUILLFORD, BRANDT & OKAFOR LLP", "Summer Associate"),
        ("OFFICE OF THE VERMONT STATE TREASURER", "Policy Intern")]
    assert ("Unclaimed Property Division", "OFFICE OF THE VERMONT STATE TREASURER") in _parts(text)


def test_wrapped_bullet_with_a_date_is_no_role() -> None:
    text = ("EXPERIENCE\n\n"
            "Brightwater Legal Aid, Tulsa, OK\n"
            "   Staff Attorney                                     2016 – 2020\n"
            "   - Won summary judgment for tenants in a class action; affirmed on appeal\n"
            "     in Perrow v. Castlegate Holdings (10th Cir. 2019)\n")
    assert [o for o, _, _, _ in _roles(text)] == ["Brightwater Legal Aid"]


def test_stacked_roles_inside_an_employer_block() -> None:
    text = ("EXPERIENCE\n\n"
            "MERIDIAN PARCEL SYSTEMS — Columbus, OH                                 2008 – 2015\n"
            "Vice President, Hub Operations (2012 – 2015)\n"
            "Director, Regional Planning (2008 – 2012)\n"
            "  · Opened four cross-dock hubs\n")
    assert _roles(text) == [
        ("MERIDIAN PARCEL SYSTEMS", "Vice President, Hub Operations", "2012", "2015"),
        ("MERIDIAN PARCEL SYSTEMS", "Director, Regional Planning", "2008", "2012")]


def test_service_assignments_nested_under_the_service() -> None:
    text = ("MILITARY EXPERIENCE\n"
            "UNITED STATES COAST GUARD ......................................... Jun 2009 - May 2017\n"
            "Boatswain's Mate Second Class (BM2/E-5)\n\n"
            "  Coast Guard Sector Puget Sound, Seattle, WA                        Aug 2013 - May 2017\n"
            "  Small Boat Coxswain\n"
            "  - Led 4-person boat crews on search and rescue cases\n\n"
            "  USCGC Alder Point (WPB 87301), Kodiak, AK                          Jul 2009 - Jul 2013\n"
            "  Deck Watch Officer\n"
            "  - Stood bridge watches on fisheries patrols\n")
    roles = _roles(text)
    assert [(t, s, e) for _, t, s, e in roles] == [
        ("Small Boat Coxswain", "2013-08", "2017-05"), ("Deck Watch Officer", "2009-07", "2013-07")]
    assert {o for o, _, _, _ in roles} == {"United States Coast Guard"} or \
        {o.lower() for o, _, _, _ in roles} == {"united states coast guard"}
    parts = _parts(text)
    assert ("Coast Guard Sector Puget Sound", "United States Coast Guard") in [
        (s, o.title() if o.isupper() else o) for s, o in parts]
    assert any(s == "USCGC Alder Point" for s, _ in parts)


def test_employer_note_in_parentheses_is_not_the_employer() -> None:
    text = ("EXPERIENCE\n\n"
            "Ski Instructor -- Tamarack Mountain Resort (Snowcat Base Camp lodge)    Winter 19-20\n"
            " - Taught beginner groups\n")
    assert _roles(text) == [("Tamarack Mountain Resort", "Ski Instructor", "2019", "2020")]


def test_concurrent_roles_at_other_employers_are_not_nested() -> None:
    text = ("EXPERIENCE\n\n"
            "Corvane Analytics Inc.     Mar 2020 - present\n"
            "- Built the billing service\n\n"
            "Tessaly Foundation     Jun 2021 - Dec 2022\n"
            "- Volunteer data work\n")
    assert [(o, s, e) for o, _, s, e in _roles(text)] == [
        ("Corvane Analytics Inc.", "2020-03", "present"), ("Tessaly Foundation", "2021-06", "2022-12")]


def test_two_stints_on_one_line_split_by_semicolon() -> None:
    text = ("EARLIER CAREER\n"
            "Rook Valley Mills, Dayton OH — Shift Supervisor (2004 – 2007); Machine Operator (2001 – 2004)\n")
    assert _roles(text) == [("Rook Valley Mills", "Shift Supervisor", "2004", "2007"),
                            ("Rook Valley Mills", "Machine Operator", "2001", "2004")]


def test_a_listed_season_per_stint() -> None:
    text = ("EXPERIENCE\n\n"
            "Ski Instructor -- Tamarack Mountain Resort, Jackson WY     Winter 20-21 & Winter 18-19\n")
    assert [(s, e) for _, _, s, e in _roles(text)] == [("2020", "2021"), ("2018", "2019")]


def test_promotion_arrow_gives_two_roles_with_the_printed_dates() -> None:
    text = ("### Experience\n\n"
            "**Quorvia**, Lisbon — Data Analyst → Data Scientist · 2018/02 → 2021/06\n"
            "Built churn models. Tech: Python, dbt\n")
    assert _roles(text) == [("Quorvia", "Data Analyst", "2018-02", None),
                            ("Quorvia", "Data Scientist", None, "2021-06")]


def test_institute_after_the_university_in_a_title_line_is_a_unit() -> None:
    text = ("## Research Positions\n\n"
            "**Research Fellow**, Brackenridge University, Marine Robotics Institute, Halifax, NS — *2015 – 2017*\n")
    assert [o for o, _, _, _ in _roles(text)] == ["Brackenridge University"]
    assert ("Marine Robotics Institute", "Brackenridge University") in _parts(text)
