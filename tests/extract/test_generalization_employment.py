"""Resume subject and employment in common layouts the first rules missed (fictional text).

Each test writes its own invented people and small companies; well-known organizations appear
only where the vocabulary is meant to know them.
"""

from __future__ import annotations

from extract.dates import find_date_ranges
from tests.extract.resume_helpers import experience_facts as _facts
from tests.extract.resume_helpers import jobs as _jobs
from tests.extract.resume_helpers import subject_of as _subject

# ---- subject ---------------------------------------------------------------------------------

def test_all_caps_name_with_a_quoted_nickname_beats_the_headline_below() -> None:
    text = ('TOBIAS "TOBY" ARKWRIGHT-MBEKI\nRegional Account Manager  |  Industrial Supplies\n'
            "Leeds, UK  ·  toby.a@example.org\n\nEXPERIENCE\nx\n")
    assert _subject(text) == "Tobias Arkwright-Mbeki"
    assert _subject("Wen “Winnie” Haraldsen\nwen@example.org\n") == "Wen Haraldsen"
    assert _subject("Oskar (Ozzy) Lindahl\nEXPERIENCE\nx\n") == "Oskar Lindahl"


def test_a_headline_that_is_a_vocabulary_job_title_is_not_a_name() -> None:
    assert _subject("Senior Account Executive\nSKILLS\nx\n") is None
    assert _subject("Sales Development Representative\nSKILLS\nx\n") is None
    assert _subject("Mina Dean\nSKILLS\nx\n") == "Mina Dean"  # a surname that is a title word


def test_europass_personal_information_block() -> None:
    surname_first = ("Europass\nCurriculum Vitae\n\nPERSONAL INFORMATION\n\n"
                     "Surname(s) / First name(s)        Vasquez-Holm, Ingrid Maren\n"
                     "Address                           Kirkegata 9, 0153 Oslo, Norway\n"
                     "E-mail                            ingrid.vh@example.no\n\n"
                     "WORK EXPERIENCE\n\nDates    2019 - present\n")
    assert _subject(surname_first) == "Ingrid Maren Vasquez-Holm"
    labelled = ("CURRICULUM VITAE\nUpdated 2024\nPage one\nDraft\nConfidential\n\n"
                "PERSONAL INFORMATION\n\nName                Radomir Kessel\n"
                "Nationality         Czech\n\nWORK EXPERIENCE\nx\n")
    assert _subject(labelled) == "Radomir Kessel"
    own_line = ("Curriculum vitae\nEuropass format\nVersion 3\nPrinted copy\nFinal\n\n"
                "PERSONAL INFORMATION\n\nHelka Moravcová\nTelephone   +420 555 0100\n\n"
                "WORK EXPERIENCE\nx\n")
    assert _subject(own_line) == "Helka Moravcová"


# ---- dates -----------------------------------------------------------------------------------

def test_dotted_numeric_dates_are_day_first() -> None:
    r = find_date_ranges("03.02.2017 - 28.11.2020")[0]
    assert (r.start, r.end) == ("2017-02", "2020-11")
    r = find_date_ranges("15.07.2012 – present")[0]
    assert (r.start, r.end) == ("2012-07", "present")
    assert find_date_ranges("05/06/2022")[0].start == "2022"  # slashes stay ambiguous


# ---- several roles under one employer heading (promotions) -----------------------------------

_PROMOTIONS = """Dana Whitcombe
PROFESSIONAL EXPERIENCE

MARLOWE AEROSTRUCTURES INC.  —  Everett, WA

   Lead Stress Analyst, Wing Structures                          Mar 2020 – Present
   • Own fatigue analysis for wing ribs.

   Stress Analyst II                                             Jun 2017 – Feb 2020
   • Ran FEA on brackets.

   Stress Analyst I                                              Aug 2014 – May 2017
   • Hand calcs for fittings.

KESTREL FABRICATION, LLC  —  Wichita, KS

   Manufacturing Engineering Co-op                               Jan 2013 – Aug 2013
   • Designed weld fixtures.
"""


def test_every_promotion_under_one_employer_heading_is_a_role() -> None:
    assert _jobs(_PROMOTIONS) == [
        ("MARLOWE AEROSTRUCTURES INC.", "Lead Stress Analyst, Wing Structures", "2020-03", "present"),
        ("MARLOWE AEROSTRUCTURES INC.", "Stress Analyst II", "2017-06", "2020-02"),
        ("MARLOWE AEROSTRUCTURES INC.", "Stress Analyst I", "2014-08", "2017-05"),
        ("KESTREL FABRICATION, LLC", "Manufacturing Engineering Co-op", "2013-01", "2013-08"),
    ]
    places = {(f.subject.name, f.object.name) for f in _facts(_PROMOTIONS, "located-in")}
    assert places == {("MARLOWE AEROSTRUCTURES INC.", "Everett, WA"),
                      ("KESTREL FABRICATION, LLC", "Wichita, KS")}


# ---- LinkedIn copy-paste ---------------------------------------------------------------------

_LINKEDIN = """Ravi Okonkwo-Baptiste
Staff Data Engineer at Quillon

Experience

Quillon logo
Quillon
Full-time · 6 yrs 2 mos
Berlin, Germany · On-site

Staff Data Engineer
Apr 2021 - Present · 3 yrs 9 mos
Lead for the returns data platform.
Skills: Apache Spark · dbt · +2 skills

Senior Data Engineer
Nov 2018 - Mar 2021 · 2 yrs 5 mos
Built the event pipeline.

Tallowmere logo
Data Engineer
Tallowmere · Full-time
Jun 2015 - Oct 2018 · 3 yrs 5 mos
Stockholm, Stockholm County, Sweden
Royalty reporting.

Brindle Analytics logo
Analytics Intern
Brindle Analytics · Internship
Jun 2014 - Aug 2014 · 3 mos
Dublin, Ireland

Education
"""


def test_linkedin_grouped_employer_and_single_roles() -> None:
    assert _jobs(_LINKEDIN) == [
        ("Quillon", "Staff Data Engineer", "2021-04", "present"),
        ("Quillon", "Senior Data Engineer", "2018-11", "2021-03"),
        ("Tallowmere", "Data Engineer", "2015-06", "2018-10"),
        ("Brindle Analytics", "Analytics Intern", "2014-06", "2014-08"),
    ]
    places = {(f.subject.name, f.object.name) for f in _facts(_LINKEDIN, "located-in")}
    assert ("Quillon", "Berlin, Germany") in places
    assert ("Tallowmere", "Stockholm, Stockholm County, Sweden") in places


# ---- Europass label columns ------------------------------------------------------------------

_EUROPASS = """Europass
Curriculum Vitae

PERSONAL INFORMATION

Surname(s) / First name(s)        Oyelaran, Tomasz

WORK EXPERIENCE

Dates                             01.04.2020 - present
Occupation or position held       Process Engineer, Paint Shop
Main activities and               Line balancing and takt studies at the Zwickau
responsibilities                  body plant; simulation in Plant Simulation.
Name and address of employer      Harrowgate Automotive GmbH, Body Division, Hauptstraße 12,
                                  08056 Zwickau, Germany
Type of business or sector        Automotive supplier

Dates                             15.09.2017 - 31.03.2020
Occupation or position held       Junior Planner
Name and address of employer      Fennick Logistik AG, Am Hafen 3, 20457 Hamburg, Germany
Type of business or sector        Logistics

EDUCATION AND TRAINING

Dates                             01.10.2012 - 30.09.2017
"""


def test_europass_label_columns_give_roles_with_address_city_and_division() -> None:
    assert _jobs(_EUROPASS) == [
        ("Harrowgate Automotive GmbH", "Process Engineer, Paint Shop", "2020-04", "present"),
        ("Fennick Logistik AG", "Junior Planner", "2017-09", "2020-03"),
    ]
    places = {(f.subject.name, f.object.name) for f in _facts(_EUROPASS, "located-in")}
    assert places == {("Harrowgate Automotive GmbH", "Zwickau"), ("Fennick Logistik AG", "Hamburg")}
    parts = {(f.subject.name, f.object.name) for f in _facts(_EUROPASS, "part-of")}
    assert parts == {("Body Division", "Harrowgate Automotive GmbH")}
    assert all(w not in " ".join(n for n, *_ in _jobs(_EUROPASS)) for w in ("the Zwickau", "Paint"))
    assert _subject(_EUROPASS) == "Tomasz Oyelaran"


def test_label_rows_beside_ordinary_dated_roles_leave_the_ordinary_reading() -> None:
    text = ("EXPERIENCE\nData Analyst, Pellmore Foods — Leeds, UK          Jan 2019 – Present\n"
            "- Built dashboards\nLocation: Leeds\nCompany: Pellmore Foods\nDates: 2019 - present\n"
            "Analyst Intern, Corvane Ltd — York, UK          Jun 2017 – Aug 2017\n")
    names = [n for n, *_ in _jobs(text)]
    assert "Corvane Ltd" in names and "Pellmore Foods" in names


# ---- the employer's parent in an appositive --------------------------------------------------

def test_appositive_parent_is_not_the_employer() -> None:
    text = ("EXPERIENCE\nAccount Executive, Mid-Market — Quorra, an Initrode company, Austin, TX"
            "   06/2015 – 02/2018\n- Closed deals\n"
            "Field Engineer | Pellcrest Analytics, a subsidiary of Globex Holdings | Leeds, UK |"
            " 2012 - 2015\n")
    assert _jobs(text) == [("Quorra", "Account Executive, Mid-Market", "2015-06", "2018-02"),
                           ("Pellcrest Analytics", "Field Engineer", "2012", "2015")]
    parts = {(f.subject.name, f.object.name) for f in _facts(text, "part-of")}
    assert parts == {("Quorra", "Initrode"), ("Pellcrest Analytics", "Globex Holdings")}
    places = {(f.subject.name, f.object.name) for f in _facts(text, "located-in")}
    assert places == {("Quorra", "Austin, TX"), ("Pellcrest Analytics", "Leeds, UK")}


# ---- two-column PDF-to-text pages ------------------------------------------------------------

_TWO_COLUMNS = """   BRONWEN ACHTERBERG-SOLIS
   Data Scientist  ·  Pricing

   CONTACT                          SUMMARY
   bronwen.as@example.com           Data scientist who prices things.
   Cardiff, United Kingdom

   SKILLS                           EXPERIENCE
   Python · SQL · R
   PyTorch · XGBoost                Lead Data Scientist
   Tableau · Looker                 Quayside Mutual · Cardiff, UK
   Kubernetes                       Mar 2020 – Present
                                    • Built the renewal pricing models in
   LANGUAGES                          XGBoost; served on Kubernetes.
   Welsh (native)                   • Cut quote latency by 40%.
   English (native)
                                    Analyst, Risk Modelling
   EDUCATION                        Harlow & Penn Insurance · Bristol, UK
   MSc Statistics                   Sep 2016 – Feb 2020
   Cardiff University               • Claims frequency GLMs in R.
   2015 – 2016

                                    PROJECTS
                                    Open-source GLM toolkit.
"""


def test_two_column_page_reads_the_experience_column_only() -> None:
    assert _jobs(_TWO_COLUMNS) == [
        ("Quayside Mutual", "Lead Data Scientist", "2020-03", "present"),
        ("Harlow & Penn Insurance", "Analyst, Risk Modelling", "2016-09", "2020-02"),
    ]
    places = {(f.subject.name, f.object.name) for f in _facts(_TWO_COLUMNS, "located-in")}
    assert places == {("Quayside Mutual", "Cardiff, UK"), ("Harlow & Penn Insurance", "Bristol, UK")}
    assert _subject(_TWO_COLUMNS) == "Bronwen Achterberg-Solis"


# ---- Markdown table of roles with detail sections --------------------------------------------

_TABLE = """# Imogen Castellanos-Reyes

## Experience

| Company | Role | Dates |
|---|---|---|
| Tessaline | Platform Engineer | Apr 2021 – present |
| Gorsefield Bank | Systems Engineer | Sep 2018 – Mar 2021 |
| Gorsefield Bank | Graduate Engineer | Sep 2016 – Aug 2018 |

### Tessaline — Glasgow, UK (hybrid)
- Ran the Kubernetes estate.

### Gorsefield Bank — Edinburgh, UK
- Mainframe to cloud migration.
"""


def test_markdown_table_roles_take_places_from_their_detail_headings() -> None:
    assert _jobs(_TABLE) == [
        ("Tessaline", "Platform Engineer", "2021-04", "present"),
        ("Gorsefield Bank", "Systems Engineer", "2018-09", "2021-03"),
        ("Gorsefield Bank", "Graduate Engineer", "2016-09", "2018-08"),
    ]
    located = {(f.subject.name, f.object.name, f.provenance.quote)
               for f in _facts(_TABLE, "located-in")}
    assert located == {("Tessaline", "Glasgow, UK", "### Tessaline — Glasgow, UK (hybrid)"),
                       ("Gorsefield Bank", "Edinburgh, UK", "### Gorsefield Bank — Edinburgh, UK")}


def test_table_columns_in_another_order() -> None:
    text = ("## Work history\n\n| Dates | Title | Employer | Location |\n|---|---|---|---|\n"
            "| 2019 – 2023 | Research Scientist | Orrin Biolabs | Basel, Switzerland |\n"
            "| 2016 – 2019 | Postdoctoral Fellow | Holloway Institute | Leeds, UK |\n")
    assert _jobs(text) == [("Orrin Biolabs", "Research Scientist", "2019", "2023"),
                           ("Holloway Institute", "Postdoctoral Fellow", "2016", "2019")]
