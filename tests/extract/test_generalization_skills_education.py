"""Skills and education on layouts outside the seed resumes: dotted-leader skill tables, slash
pairs, LinkedIn copy-paste, spoken-language grids, PDF line-end hyphenation, labelled lists left
in another section by a missed heading, non-software vocabularies (sales, mechanical, supply
chain); education names with abbreviations, "Field at University" lines, Europass label rows,
coursework and writing lines that are not schools. All people, companies and wording are
invented for these tests; the vocabulary is the project's curated one."""

from __future__ import annotations

import pytest

from extract.gazetteers import find_skill
from extract.pipeline import build_context
from extract.resume.education import extract_education
from extract.resume.skilllists import is_skill_label, is_spoken_label
from ontology import Predicate
from tests.conftest import make_document
from tests.extract.skills_helpers import items_of as _items
from tests.extract.skills_helpers import skills_of as _skills

HEAD = "Tomasz Okello-Varga\ntomasz.ov@example.org\n\n"

# --- skill lists --------------------------------------------------------------------------


def test_dotted_leader_table_gives_items_not_labels() -> None:
    text = HEAD + ("TECHNICAL SKILLS\n"
                   "Design tools ......... Siemens NX, CATIA, Autodesk Inventor\n"
                   "Analysis ............. Abaqus, Minitab\n"
                   "PLM / ERP ............ Teamcenter, SAP\n\n"
                   "EXPERIENCE\nTooling Engineer, Brookvale Castings, 2019 - 2023\n")
    got = _skills(text)
    assert {"Siemens NX", "CATIA", "Autodesk Inventor", "Abaqus", "Minitab",
            "Siemens Teamcenter", "SAP"} <= set(got)
    assert not any("..." in g or g in ("Design tools", "Analysis", "Product Lifecycle Management")
                   for g in got)


def test_leaders_and_years_after_an_item_are_dropped() -> None:
    assert _items("Mastercam ........ 6 yrs, Minitab ... 3 years") == ["Mastercam", "Minitab"]


@pytest.mark.parametrize("written, parts", [
    ("MATLAB/Simulink", ["MATLAB", "Simulink"]),
    ("DFMEA/PFMEA", ["DFMEA", "PFMEA"]),
    ("HTML/CSS", ["HTML", "CSS"]),
    ("CI/CD", ["CI/CD"]),
    ("TCP/IP", ["TCP/IP"]),
])
def test_slash_pairs_split_unless_the_whole_is_one_skill(written, parts) -> None:
    assert _items(written) == parts


def test_parenthesis_naming_another_skill_is_kept_an_alias_is_not() -> None:
    assert _items("Abaqus (FEA), Natural Language Processing (NLP)") == [
        "Abaqus", "FEA", "Natural Language Processing"]


def test_sub_list_items_take_their_vendor_word_when_known() -> None:
    text = HEAD + "SKILLS\nERP: SAP S/4HANA (WM, TM), Oracle NetSuite\n"
    assert {"SAP S/4HANA", "SAP WM", "SAP TM", "Oracle NetSuite"} <= set(_skills(text))


def test_linkedin_skills_line_with_middle_dots_and_hidden_count() -> None:
    text = HEAD + ("Experience\n\nService Designer\nJan 2019 - Present · 5 yrs\n"
                   "Ran discovery interviews for the claims journey.\n"
                   "Skills: Journey Mapping · Miro · +4 skills\n")
    got = _skills(text)
    assert "Miro" in got and "Journey Mapping" in got
    assert not any("skills" in g.lower() for g in got)


def test_linkedin_ui_noise_in_a_skills_section_is_not_a_skill() -> None:
    text = HEAD + ("Skills\n\nMiro\nEndorsed by 12 colleagues at Pellucid Bank\n"
                   "Service Design\n3 experiences at Pellucid Bank\nShow all 9 skills →\n")
    got = _skills(text)
    assert "Miro" in got
    assert not any("Pellucid" in g or "Show" in g or "Endorsed" in g for g in got)


def test_first_person_summary_names_sales_tools() -> None:
    text = HEAD + ("SUMMARY\nI run my week out of HubSpot, prospect with LinkedIn Sales Navigator "
                   "and Salesloft, record calls in Gong and qualify deals with MEDDIC.\n\n"
                   "EXPERIENCE\nAccount Manager, Quillfeather Labs, 2018 - 2022\n")
    assert {"HubSpot", "LinkedIn Sales Navigator", "Salesloft", "Gong", "MEDDICC"} <= set(
        _skills(text))


def test_sales_vocabulary_keeps_distinct_methods_apart() -> None:
    assert find_skill("Consultative Selling").canonical == "Consultative Selling"
    assert find_skill("Solution Selling").canonical == "Solution Selling"
    assert find_skill("Challenger Selling").canonical == "Challenger Sale"
    assert find_skill("Cold Calling").category == "practice"  # listed only, never from prose
    assert find_skill("outreach") is None and find_skill("gong") is None  # common words


@pytest.mark.parametrize("surface, canonical", [
    ("Creo Parametric", "Creo Parametric"), ("Creo", "PTC Creo"), ("Ansys Mechanical", "ANSYS Mechanical"),
    ("Windchill", "PTC Windchill"), ("ASME Y14.5-2009", "ASME Y14.5"), ("PFMEA", "PFMEA"),
    ("FMEA", "Failure Mode and Effects Analysis"), ("Process FMEA", "PFMEA"), ("DFM", "Design for Manufacturing"),
    ("8D", "8D Problem Solving"), ("Tecnomatix Plant Simulation", "Siemens Plant Simulation"),
    ("ABAP CDS", "CDS Views"), ("SAP Extended Warehouse Management", "SAP EWM"),
    ("Structured Streaming", "Spark Structured Streaming"), ("Spark Streaming", "Spark Streaming"),
    ("Kafka Streams", "Kafka Streams"), ("FigJam", "FigJam"), ("Figma", "Figma"),
    ("WCAG 2.1", "WCAG"), ("a11y", "Web Accessibility"), ("Testcontainers", "Testcontainers"),
    ("Fly.io", "Fly.io"), ("LaunchDarkly", "LaunchDarkly"), ("Snowplow", "Snowplow"),
    ("Snakemake", "Snakemake"), ("Prophet", "Facebook Prophet"), ("AWS Glue", "AWS Glue"),
])
def test_vocabulary_rows_for_non_software_and_data_tools(surface, canonical) -> None:
    entry = find_skill(surface)
    assert entry is not None and entry.canonical == canonical, surface


def test_spoken_language_grid_and_section_never_give_skills() -> None:
    text = HEAD + ("EXPERIENCE\nPlanner, Harbourline Freight, 2016 - 2020\n\n"
                   "EDUCATION AND TRAINING\nMSc Logistics, Aldwick University, 2014 - 2016\n\n"
                   "Mother tongue(s)                  Dutch\n"
                   "Other language(s)                 UNDERSTANDING         SPEAKING\n"
                   "                                  Listening  Reading    Interaction\n"
                   "Spanish                           C1         C1         B2\n"
                   "Computer skills                   Celonis, SAP TM, Power BI,\n"
                   "                                  Microsoft Project\n\n"
                   "LANGUAGES\nPortuguese (native)\nGerman - B2\nPython\n")
    got = _skills(text)
    assert {"Celonis", "SAP TM", "Power BI", "Microsoft Project"} <= set(got)
    assert not any(w in g for g in got for w in ("Listening", "UNDERSTANDING", "Spanish",
                                                  "German", "Portuguese", "Dutch", "C1"))
    assert "Python" in got  # a programming language listed among languages still counts


def test_languages_label_in_a_skills_list_is_programming() -> None:
    text = HEAD + ("SKILLS\n- **Languages:** Kotlin, Rust\n"
                   "- **Spoken languages:** Polish (native), French (B1)\n")
    got = _skills(text, "md")
    assert {"Kotlin", "Rust"} <= set(got)
    assert not {"Polish", "French"} & set(got)
    assert is_spoken_label("Other language(s)") and not is_spoken_label("Programming languages")


def test_labelled_skill_list_left_in_another_section_by_a_missed_heading() -> None:
    text = HEAD + ("PATENTS\nUS 11,000,001 B2 - Valve seat with graded liner (2021)\n\n"
                   "TOOLBOX\nTools I reach for: Snakemake, Nextflow, Stan, pandas.\n")
    got = _skills(text)
    assert {"Snakemake", "Nextflow", "Stan", "pandas"} <= set(got)
    assert is_skill_label("Tools I reach for") and not is_skill_label("Relevant Coursework")


def test_capstone_tools_in_education_are_skills_coursework_is_not() -> None:
    text = HEAD + ("EDUCATION\nB.Eng. Electronics, Kestrel Polytechnic, 2012 - 2016\n"
                   "   Thesis: motor controller on STM32 (Rust, Zephyr RTOS).\n"
                   "   Relevant Coursework: Operating Systems, Compilers\n")
    got = _skills(text)
    assert {"Rust", "Zephyr RTOS"} <= set(got)
    assert not {"Operating Systems", "Compilers"} & set(got)


# --- prose --------------------------------------------------------------------------------


def test_word_broken_at_a_pdf_line_end_is_rejoined() -> None:
    text = HEAD + ("EXPERIENCE\nPlatform Engineer, Orrin Mobility – Leeds                 2019 – 2023\n"
                   "•  Moved alerting for forty services onto Grafana and Alertman-\n"
                   "   ager, and wrote the runbooks the on-call rota uses every night.\n"
                   "•  Described the staging network in Terra-\n"
                   "   form modules.\n")
    got = _skills(text)
    assert {"Alertmanager", "Grafana", "Terraform"} <= set(got)


def test_private_use_bullets_are_bullets() -> None:
    text = HEAD + ("EXPERIENCE\nData Engineer, Fennick Retail – Bristol           2018 – 2022\n"
                   "\uf0b7  Added contract tests with Pact for six services;\n"
                   "\uf0b7  Ran Testcontainers suites in CI.\n")
    assert {"Pact", "Testcontainers"} <= set(_skills(text))


def test_role_header_with_dates_is_not_prose() -> None:
    text = HEAD + ("EXPERIENCE\n"
                   "Regional Sales Manager, Northern Europe — Tessaly, a Salesforce company, "
                   "Oslo, Norway   04/2016 – 09/2019\n"
                   "- Ran the quarterly forecast in Clari for a team of nine.\n")
    got = _skills(text)
    assert "Clari" in got and "Salesforce" not in got


def test_employer_named_like_a_product_is_not_a_skill() -> None:
    text = HEAD + ("SUMMARY\nAt Shopify I rebuilt the returns flow; earlier I helped shape "
                   "Canva's template editor, designing in Figma and Sketch.\n\n"
                   "EXPERIENCE\nProduct Designer, Shopify, 2020 - 2024\n")
    got = _skills(text)
    assert {"Figma", "Sketch"} <= set(got)
    assert "Shopify" not in got and "Canva" not in got


def test_teams_and_popularity_counts_are_not_skills() -> None:
    text = HEAD + ("EXPERIENCE\nAccount Executive, Corvale Systems, 2019 - 2023\n"
                   "- Negotiated renewals with procurement and legal teams at two airlines.\n"
                   "- Side project reached 900 GitHub stars and 30 forks.\n")
    got = _skills(text)
    assert "Procurement" not in got and "GitHub" not in got


# --- education ----------------------------------------------------------------------------


def _studies(text: str, fmt: str = "txt") -> list[tuple]:
    facts = extract_education(build_context(make_document(text, "cv", fmt)))
    return [(f.object.name, f.title, f.start, f.end) for f in facts
            if f.predicate is Predicate.STUDIED_AT]


TAIL = "\n\nSKILLS\nPython\n"


def test_trailing_abbreviation_is_not_part_of_the_school_name() -> None:
    text = HEAD + ("EDUCATION\n- MEng Civil Engineering, Universidade Nova de Lisboa (UNL), "
                   "2010 - 2015\n- BSc Physics, Karolinska Polytechnic (KP Solna), 2007 - 2010"
                   + TAIL)
    assert [s[0] for s in _studies(text)] == ["Universidade Nova de Lisboa", "Karolinska Polytechnic"]


def test_field_at_school_one_liner_splits_but_a_campus_stays() -> None:
    text = HEAD + ("Education\n\nBSc, Marine Biology at University of Tasmania (2011–2014)\n"
                   "MSc Geology at the University of Texas at El Paso (2015–2017)" + TAIL)
    assert _studies(text) == [
        ("University of Tasmania", "BSc, Marine Biology", "2011", "2014"),
        ("University of Texas at El Paso", "MSc Geology", "2015", "2017")]


def test_europass_label_rows() -> None:
    text = HEAD + (
        "EDUCATION AND TRAINING\n\n"
        "Dates                             01.09.2008 - 30.06.2012\n"
        "Title of qualification awarded    Bachelor of Arts (B.A.) Economics\n"
        "Principal subjects                Econometrics, public finance, labour\n"
        "                                  economics; thesis on regional wage gaps\n"
        "Name and type of organisation     Universität Wien (UW), Vienna, Austria\n"
        "Level in national classification  EQF level 6\n" + TAIL)
    assert _studies(text) == [
        ("Universität Wien", "Bachelor of Arts (B.A.) Economics", "2008-09", "2012-06")]


def test_coursework_lines_and_course_codes_are_not_schools() -> None:
    text = HEAD + ("EDUCATION\nRiverbend University, Dayton, OH                      Aug 2019 – May 2023\n"
                   "B.S. in Statistics\n"
                   "Relevant Coursework: Linear Models (STAT 420), Bayesian Methods (36-705),\n"
                   "Stochastic Processes (36-410), Survey Sampling\n" + TAIL)
    assert _studies(text) == [("Riverbend University", "B.S. in Statistics", "2019-08", "2023-05")]


def test_lower_case_subjects_and_blog_posts_are_not_schools() -> None:
    text = HEAD + ("EDUCATION\n- MSc Data Science, Lakemoor University, 2016 - 2018\n"
                   "  supply chain analytics, operations research\n\n"
                   "- \"Why Our Queue Backed Up on Black Friday\" — Brindle Engineering Blog, 2022.\n"
                   + TAIL)
    assert [s[0] for s in _studies(text)] == ["Lakemoor University"]


def test_linkedin_logo_lines_and_platform_certificate() -> None:
    text = HEAD + ("Education\n\nHarlow Institute of Art logo\nHarlow Institute of Art\n"
                   "Bachelor of Fine Arts (Illustration)\n2008 - 2011\nGrade: Merit\n\n"
                   "Licenses & certifications\n\nedX logo\nProfessional Certificate in Data Analysis\n"
                   "edX\nIssued Jun 2020\nShow credential\n" + TAIL)
    assert _studies(text) == [
        ("Harlow Institute of Art", "Bachelor of Fine Arts (Illustration)", "2008", "2011"),
        ("edX", "Professional Certificate in Data Analysis", None, "2020-06")]


def test_notes_after_a_degree_are_not_its_title_and_one_date_is_the_end() -> None:
    text = HEAD + ("EDUCATION\nOakridge Technical University — Tulsa, OK\n"
                   "B.S. Petroleum Engineering, December 2014  ·  GPA 3.4/4.0  ·  Capstone: "
                   "wellbore stability model\n" + TAIL)
    assert _studies(text) == [("Oakridge Technical University", "B.S. Petroleum Engineering",
                               None, "2014-12")]
