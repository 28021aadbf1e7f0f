"""Awards, skills lists and education lines of professions outside software: decorations lists,
quoted award names inside an issuer's line, honours in experience bullets, achievements sections,
and the skill and degree layouts of nursing, hospitality, legal, plant and data resumes
(fictional text)."""

from extract.pipeline import build_context
from extract.resume.awards import extract_awards
from tests.conftest import make_document


def awards_of(text: str) -> list[tuple[str, str | None]]:
    """(award name, start year) of every received-award fact of a resume text."""
    facts = extract_awards(build_context(make_document(text, "cv", "txt")))
    return [(f.object.name, f.start) for f in facts]


_HEAD = "Marisol T. Quenby\nmquenby@example.org\n\n"


def test_middle_dot_decorations_with_counts():
    text = _HEAD + ("HONORS\n"
                    "Army Commendation Medal (x2) · Army Good Conduct Medal (x4) · "
                    "National Defense Service Medal\n")
    assert awards_of(text) == [("Army Commendation Medal", None), ("Army Good Conduct Medal", None),
                               ("National Defense Service Medal", None)]


def test_quoted_award_name_inside_issuer_line():
    text = _HEAD + ("AWARDS\n"
                    'Crestline Dairy Cooperative "Plant Safety Champion" award, 2022\n'
                    '"Premio al Mérito Técnico" Grupo Ferrolux, 2019\n')
    assert awards_of(text) == [("Plant Safety Champion", "2022"), ("Premio al Mérito Técnico", "2019")]


def test_repeated_recognition_years_and_named_to_list():
    text = _HEAD + ("HONORS\n"
                    'Chambers Associate "Up and Coming" – 2020, 2021\n'
                    'Named to Crain\'s "Forty Under 40" (2023)\n')
    assert awards_of(text) == [("Up and Coming", "2020"), ("Up and Coming", "2021"),
                               ("Forty Under 40", "2023")]


def test_issuer_first_then_honour_and_nominated_by():
    text = _HEAD + ("AWARDS\n"
                    "2018\tOakridge Grocers – Associate of the Quarter (Q2)\n"
                    "Compassionate Care Award – St. Anselm Hospital, nominated by a patient, June 2020\n")
    assert awards_of(text) == [("Associate of the Quarter", "2018"), ("Compassionate Care Award", "2020")]


def test_achievements_section_gives_only_named_honours():
    text = _HEAD + ("KEY ACHIEVEMENTS\n"
                    "• Lifted fill rate from 91% to 97% across two distribution centres\n"
                    "• Project lead for the warehouse scanner rollout at Hamilton\n"
                    "• Regional Logistics Excellence Award, 2021\n")
    assert awards_of(text) == [("Regional Logistics Excellence Award", "2021")]


def test_honour_in_experience_bullet():
    text = _HEAD + ("EXPERIENCE\n"
                    "Line Cook -- Copper Kettle Diner, Ames IA          4/19 - 8/21\n"
                    " - Prep and grill station for 250 covers a night\n"
                    " - Employee of the Month, Feb '20\n"
                    " - Awards committee member; helped pick nominees\n")
    assert awards_of(text) == [("Employee of the Month", "2020")]


# --- skills -------------------------------------------------------------------------------------

from extract.skillmatch import lookup_skill  # noqa: E402
from tests.extract.skills_helpers import items_of, skills_of  # noqa: E402

_CV = "Tobias R. Lindqvist\ntlindqvist@example.net\n\n"


def test_spaced_dots_separate_skill_items_and_qualifier_sublists_are_dropped():
    assert items_of("Grill station (steaks, fish, high volume) . Toast . Knife skills") == [
        "Grill station", "Toast", "Knife skills"]
    assert items_of("Excel (pivot tables, Power Pivot)") == ["Excel", "pivot tables", "Power Pivot"]


def test_module_codes_and_parts_of_a_known_product():
    assert items_of("SAP APO (SNP, GATP)") == ["SAP APO", "SAP APO SNP", "SAP APO GATP"]
    assert items_of("SAP (QM, PM)") == ["SAP", "SAP QM", "SAP PM"]
    assert items_of("Epic (Willow, Beaker)") == ["Epic", "Epic Willow", "Epic Beaker"]


def test_named_tool_inside_an_unknown_practice_and_shared_tail():
    assert items_of("Stock rotation (BevSpot)") == ["Stock rotation", "BevSpot"]
    assert items_of("Clinical Decision Support (CDS)") == ["Clinical Decision Support"]
    assert items_of("ABC/VED analysis") == ["ABC analysis", "VED analysis"]


def test_table_rows_with_a_label_cell_and_a_header_row():
    text = _CV + ("TOOLS AND SKILLS\n"
                  "Area\tTools\n"
                  "Warehousing\tManhattan WMS, Zebra Scanners, Kardex\n"
                  "| Reporting | Tableau (3), Looker (1) |\n")
    found = skills_of(text)
    assert "Warehousing" not in found and "Reporting" not in found and "Area" not in found
    assert {"Tableau", "Looker", "Kardex"} <= set(found)


def test_bare_technology_heading_inside_another_section_and_certs_heading():
    text = _CV + ("HONORS\n"
                  "State Bar Pro Bono Award, 2018\n\n"
                  "TECHNOLOGY\n"
                  "iManage, Clio, Westlaw, Summation\n")
    assert {"iManage", "Clio", "Westlaw", "Summation"} <= set(skills_of(text))
    text2 = _CV + ("SKILLS\n"
                   "Line cooking . Inventory . Square\n\n"
                   "CERTS\n"
                   "ServSafe Manager / Allergen Awareness\n")
    found = skills_of(text2)
    assert "Square" in found and not any("ServSafe" in s or "Allergen" in s for s in found)


def test_group_heading_inside_a_skills_list_and_device_nouns():
    text = _CV + ("CLINICAL SKILLS\n"
                  "• Wound care   • Telemetry\n\n"
                  "DEVICES / CHARTING\n"
                  "Epic · Omnicell · GE pumps · Welch Allyn monitors\n")
    found = skills_of(text)
    assert "DEVICES" not in found and "CHARTING" not in found
    assert {"Epic", "Omnicell", "Welch Allyn"} <= set(found)
    assert "GE" not in found and "GE pumps" not in found


def test_tools_of_hospitality_legal_clinical_and_civil_work_are_known():
    for name in ("Toast", "Opera PMS", "OpenTable", "7shifts", "Micros", "Westlaw Edge", "Lexis+",
                 "Everlaw", "CaseMap", "Cerner PowerChart", "Pyxis", "BD Alaris", "HEC-RAS",
                 "MicroStation", "OpenRoads Designer", "LambdaMART"):
        assert lookup_skill(name) is not None, name
    assert lookup_skill("Civil 3D").canonical == "Autodesk Civil 3D"
    assert lookup_skill("5S").canonical == "5S"
    assert lookup_skill("LambdaMART").canonical == "LambdaMART"
    for word in ("toast", "square", "epic", "relativity"):  # the common words are not tools
        assert lookup_skill(word) is None, word


# --- education ----------------------------------------------------------------------------------

from extract.resume.education import extract_education  # noqa: E402


def studies_of(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(school, degree title, start, end) of every studied-at fact of a resume text."""
    facts = extract_education(build_context(make_document(text, "cv", "txt")))
    return [(f.object.name, f.title, f.start, f.end) for f in facts
            if f.predicate.value == "studied-at"]


def test_named_high_school_with_place_and_diploma():
    text = _HEAD + ("EDUCATION\n"
                    "Pine Hollow High School, Ames IA - Diploma 2016\n")
    assert studies_of(text) == [("Pine Hollow High School", "Diploma", None, "2016")]


def test_campus_note_exchange_semester_and_study_mode_notes():
    text = _HEAD + ("EDUCATION\n\n"
                    "Universidad de Guadalajara (UdeG), Campus Zapopan\n"
                    "Ingeniería Química (part-time)                                  2009 – 2014\n"
                    " • Study abroad term: Delft University of Technology (TU Delft), Netherlands — 2012\n\n"
                    "Front Range Community College - Westminster campus\n"
                    "  A.A.S. Welding Technology, expected 2026\n")
    assert studies_of(text) == [
        ("Universidad de Guadalajara", "Ingeniería Química", "2009", "2014"),
        ("Delft University of Technology", "Study abroad term", None, "2012"),
        ("Front Range Community College", "A.A.S. Welding Technology", None, "2026")]


def test_field_after_degree_is_not_a_school_and_dotted_law_degrees():
    text = _HEAD + ("EDUCATION\n"
                    "Rensselaer Polytechnic Institute — B.S., Materials & Process Engineering, 2004\n"
                    "FORDHAM UNIVERSITY SCHOOL OF LAW, J.D., 2009\n")
    assert studies_of(text) == [
        ("Rensselaer Polytechnic Institute", "B.S., Materials & Process Engineering", None, "2004"),
        ("FORDHAM UNIVERSITY SCHOOL OF LAW", "J.D.", None, "2009")]


def test_graduation_date_on_the_line_after_the_degree():
    text = _HEAD + ("EDUCATION\n"
                    "Bachelor of Science in Respiratory Therapy        Weber State University, Ogden, UT\n"
                    "Hybrid program, graduated Aug 2017 – summa cum laude\n")
    assert studies_of(text) == [("Weber State University", "Bachelor of Science in Respiratory Therapy",
                                 None, "2017-08")]


# --- publications and patents -------------------------------------------------------------------

from extract.resume.bibliography import extract_publications  # noqa: E402
from extract.resume.patents import extract_patents  # noqa: E402


def works_of(text: str, fmt: str = "txt") -> list[tuple[str, str]]:
    """(predicate, object name) of the publications extractor's facts."""
    facts = extract_publications(build_context(make_document(text, "cv", fmt)))
    return [(f.predicate.value, f.object.name) for f in facts]


def test_law_review_citations_and_dated_newspaper_venue():
    text = _HEAD + ("PUBLICATIONS\n"
                    '"Arbitration Clauses After Epic Systems," 88 Tulane Law Review 1043 (2019)\n'
                    '"Why Venue Fights Matter," Texas Lawyer, Oct. 2, 2022\n')
    assert works_of(text) == [
        ("authored", "Arbitration Clauses After Epic Systems"), ("published-in", "Tulane Law Review"),
        ("authored", "Why Venue Fights Matter"), ("published-in", "Texas Lawyer")]


def test_event_before_a_talk_title_and_year_only_parenthesis():
    text = _HEAD + ("SELECTED SPEAKING\n"
                    'Houston Bar Association CLE, "Remote Depositions in Practice" (2020)\n')
    assert works_of(text) == [("authored", "Remote Depositions in Practice"),
                              ("published-in", "Houston Bar Association CLE")]


def test_ieee_references_with_italic_venues_under_a_glossed_heading():
    text = ("# Priya N. Okonjo\n\n## Grants\n\n- Lakeview Foundation seed grant, 2019\n\n"
            "## Selected Publications  (IEEE style; * = equal contribution)\n\n"
            '[1] P. Okonjo and L. Brandt, "Sparse voxel priors for indoor scene capture,"\n'
            "    in *Proc. IEEE Int. Conf. Robotics and Automation (ICRA)*, 2021, pp. 101–108.\n"
            '[2] P. Okonjo, "Event cameras for drone landing," arXiv:2301.01234, 2023.\n\n'
            "## Invited Talks\n\n"
            '- "Robots that see in the dark," keynote, RSS 2022 Workshop on Night Vision, Boston\n')
    assert works_of(text, "md") == [
        ("authored", "Sparse voxel priors for indoor scene capture"), ("published-in", "ICRA"),
        ("authored", "Event cameras for drone landing"), ("published-in", "arXiv"),
        ("authored", "Robots that see in the dark"),
        ("published-in", "RSS Workshop on Night Vision")]


def test_thesis_after_the_degree_on_one_line():
    text = ("# Priya N. Okonjo\n\n## Education\n\n"
            "- **Ph.D., Mechanical Engineering**, Rice University, 2015 — Thesis: *Soft grippers for "
            "underwater sampling*\n")
    assert works_of(text, "md") == [("authored", "Soft grippers for underwater sampling")]


def test_abandoned_application_is_no_patent():
    text = _HEAD + ("PATENTS\n"
                    '1. M. Quenby. "Self-draining grain bin floor." U.S. Patent No. 10,991,002 B2, granted 2021.\n'
                    '2. M. Quenby. "Auger guard with load sensing." US 2019/0123456 A1 (published; abandoned).\n')
    facts = extract_patents(build_context(make_document(text, "cv", "txt")))
    assert [f.object.name for f in facts] == ["Self-draining grain bin floor"]


# --- projects -----------------------------------------------------------------------------------

from extract.resume.projects import extract_projects  # noqa: E402


def projects_of(text: str, fmt: str = "txt") -> list[str]:
    """Names of the contributed-to objects of a resume text."""
    return [f.object.name for f in extract_projects(build_context(make_document(text, "cv", fmt)))]


def test_quoted_and_named_products_after_build_verbs():
    text = _HEAD + ("EXPERIENCE\n"
                    "Platform Lead -- Grainline Mills, Omaha NE          2019 - present\n"
                    ' - Built "Hopper", an internal Go toolkit that schedules kiln maintenance\n'
                    " - Shipped the *Dustguard* sensor filter (Edge 2.0) for the mill floor\n"
                    " - Co-developed the Harvest Moon night-loading mode for the yard cranes\n"
                    " - Built dashboards in Python and reported to the plant manager\n")
    assert projects_of(text) == ["Hopper", "Dustguard", "Harvest Moon"]


def test_achievements_section_names_products_launched():
    text = _HEAD + ("SELECTED ACHIEVEMENTS\n"
                    '  ▸ Launched "Routewise", a load-planning platform used by 40 carriers.\n'
                    "  ▸ Cut dwell time 18% across three cross-docks.\n")
    assert projects_of(text) == ["Routewise"]


def test_repository_led_bullets_under_open_source_and_competitions():
    text = ("## Tomasz Wierzba\n\n### Highlights\n\n- Ran the on-call rotation for two years\n\n"
            "### Open source & competitions\n\n"
            "- [twierzba/geohashx](https://github.com/twierzba/geohashx) — tiny lib for geohash "
            "joins, 300 ★\n")
    assert projects_of(text, "md") == ["geohashx"]
