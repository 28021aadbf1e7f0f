"""Education, awards, publications and projects in PDF-to-text resume exports (holdout8 round):
sidebar wraps, schools inside universities, study-mode notes, course platforms. Fictional text."""

from __future__ import annotations

from extract.pipeline import build_context
from tests.conftest import make_document


def _ctx(body: str):
    return build_context(make_document("Ottilie Brannagh\nottilie.b@example.org\n\n" + body, "cv"))


def _facts(extractor, body: str, pred: str) -> list:
    ctx = _ctx(body)
    out = []
    for f in extractor(ctx):
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]
        if f.predicate.value == pred:
            out.append(f)
    return out


def _education(body: str, pred: str = "studied-at") -> list[tuple]:
    from extract.resume.education import extract_education

    return [(f.subject.name, f.object.name) if pred != "studied-at" else
            (f.object.name, f.title, f.start, f.end) for f in _facts(extract_education, body, pred)]


def test_sidebar_degree_and_school_wrapped_over_short_lines():
    body = ("CONTACT\nottilie.b@example.org\n\nEDUCATION\nMaster of Science\nin Marine\nBiology\n"
            "University of\nTasmania\n2016 – 2018\n(part-time)\nBachelor of Arts\nwith a Minor\n"
            "University of\nOtago\n2011 – 2014\n\nEXPERIENCE\nMarine Scientist, Reefwatch Ltd"
            "          2018 – Present\n")
    got = _education(body)
    assert ("University of Tasmania", "Master of Science in Marine Biology", "2016", "2018") in got
    assert [g[0] for g in got] == ["University of Tasmania", "University of Otago"]


def test_school_mode_note_concentration_and_degree_gloss():
    got = _education("EDUCATION\n"
                     "Advanced Diploma in Brand Strategy                        05-2019\n"
                     "Fenwick Brand Academy (online)\n"
                     "Licenciatura en Historia (Bachelor's degree in History)     2008 – 2012\n"
                     "Universidad de Valdemora\n"
                     "Bachelor of Commerce, concentration in Finance              2004 – 2008\n"
                     "Northbay University\n")
    assert got == [("Fenwick Brand Academy", "Advanced Diploma in Brand Strategy", None, "2019-05"),
                   ("Universidad de Valdemora", "Licenciatura en Historia", "2008", "2012"),
                   ("Northbay University", "Bachelor of Commerce", "2004", "2008")]


def test_course_platform_partner_school_is_not_studied_at():
    got = _education("EDUCATION\nData Storytelling Specialization (online certificate)    2020\n"
                     "edX – University of Brightwater\n")
    assert got == [("edX", "Data Storytelling Specialization", None, "2020")]


def _awards(body: str) -> list[tuple]:
    from extract.resume.awards import extract_awards

    return [(f.object.name, f.start) for f in _facts(extract_awards, body, "received-award")]


def test_award_after_its_issuer_with_a_trailing_year_and_honor_list_is_no_award():
    got = _awards("AWARDS\nInstitute of Surveyors Northern Chapter – Surveyor of the Year 2021\n"
                  "Brackley University Dean's Honor List (2009, 2010)\n")
    assert got == [("Surveyor of the Year", "2021")]


def test_won_named_internal_event_in_a_bullet():
    got = _awards("EXPERIENCE\nQuillon Payments — Backend Engineer        2019 — 2023\n"
                  "• Won the internal Quillon Hackathon 2021 with a fraud-scoring prototype.\n"
                  "• Won approval for the new ledger design.\n")
    assert got == [("Quillon Hackathon", "2021")]


def _works(body: str) -> list[tuple]:
    from extract.resume.bibliography import extract_publications

    ctx = _ctx(body)
    out = []
    for f in extract_publications(ctx):
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]
        out.append((f.predicate.value, f.object.name))
    return out


def test_paper_title_broken_at_a_line_end_and_venue_city_dropped():
    got = _works("PUBLICATIONS\nMarrow, T. & Quint, L. (2020). \"Scour and sedi-\n"
                 "ment transport under cyclic flood loading.\" Proceedings of the 2020 Hydraulics\n"
                 "Symposium, Leipzig.\n\nTALKS\n"
                 "\"Counting fish with sonar: lessons from six self-\nhosted deployments\" — RiverTech Days 2022, Leipzig\n")
    names = [g[1] for g in got]
    assert "Scour and sediment transport under cyclic flood loading" in names
    assert ("published-in", "Hydraulics Symposium") in got
    assert ("published-in", "RiverTech Days") in got
    assert not any(n.startswith(("—", "-")) or n.endswith("Leipzig") for n in names)


def test_dehyphenate_keeps_compound_prefixes():
    from extract.resume.worktext import dehyphenate, venue_place

    assert dehyphenate("seismic assess-\nment of walls") == "seismic assessment of walls"
    assert dehyphenate("a self-\nhosted pre- and post-processing") == "a self-hosted pre- and post-processing"
    assert venue_place("— Harbourside Design Meetup 2021, Bilbao") == "Harbourside Design Meetup 2021"
    assert venue_place("Journal of Coastal Works, 2019") == "Journal of Coastal Works, 2019"


def _projects(body: str) -> dict[str, tuple]:
    from extract.resume.projects import extract_projects

    return {f.object.name: (f.start, f.end) for f in _facts(extract_projects, body, "contributed-to")}


def test_flattened_projects_table_without_the_company_cell():
    got = _projects("EXPERIENCE\nTidewell — Senior Designer        2021 — present\n"
                    "■ Lead designer for the Harbour Ferry App; owned the ticketing flows.\n"
                    "Pinecrest Studio — Designer        2016 — 2021\n\n"
                    "SELECTED PROJECTS\nProject Company Year Role\n"
                    "Harbour Ferry App 2.0 Tidewell 2022 Lead designer\n"
                    "Orchard Market kiosk Pinecrest Studio 2018 UI designer\n"
                    "Greenline Tickets Someone Else 2015 Intern\n")
    assert got.get("Harbour Ferry App") == (None, "2022")
    assert got.get("Orchard Market kiosk") == (None, "2018")
    assert not any("Pinecrest" in n or "Designer" in n or "Someone" in n for n in got)


def test_relaunched_programme_and_quoted_name_after_its_tool():
    got = _projects("EXPERIENCE\nLoyalty Lead, Dunmore Retail Group        2019 – 2023\n"
                    "- Relaunched the Tidewell Perks programme in 2021 (tiers, partner offers);\n"
                    "- Built the Tableau \"Dock Radar\" dashboard used by 40 site managers.\n")
    assert got.get("Tidewell Perks") == (None, "2021")
    assert "Dock Radar" in got


def test_history_table_entered_and_graduated_rows():
    got = _education("EDUCATION AND WORK HISTORY\nYear/Month   Education\n"
                     "2005/04      Entered Hokuto Municipal Minami High School\n"
                     "2008/03      Graduated from Hokuto Municipal Minami High School\n"
                     "2008/04      Entered Kestrel Prefectural University, Faculty of Science\n"
                     "2012/03      Graduated from Kestrel Prefectural University (Bachelor of Science)\n"
                     "2012/04      Joined Ushio Instruments Co., Ltd.\n")
    assert ("Hokuto Municipal Minami High School", None, "2005-04", "2008-03") in got
    assert ("Kestrel Prefectural University", "Bachelor of Science", "2008-04", "2012-03") in got
    assert len(got) == 2


def test_school_name_broken_by_a_hyphen_over_programme_lines():
    got = _education("EDUCATION\nPIT – Prairie Institute of Tech-\n"
                     "nology, Regina       Millwright Apprenticeship Technical Training    2011 – 2015\n"
                     "Lakeview Collegiate High School, Moose Jaw    High School Diploma      2008\n")
    assert got == [("Prairie Institute of Technology", "Millwright Apprenticeship Technical Training",
                    "2011", "2015"),
                   ("Lakeview Collegiate High School", "High School Diploma", None, "2008")]


def test_named_work_a_lead_role_was_for_but_not_a_client():
    got = _projects("EXPERIENCE\nSenior Engineer, Harcourt Structures        2019 – Present\n"
                    "· Design lead for Wexford Quay Footbridge replacement – steel box girder.\n"
                    "· Lead engineer for the Ministry of Transport assessments programme.\n"
                    "· Technical lead on Tern Valley Pumping Station upgrade, 2021.\n")
    assert "Wexford Quay Footbridge" in got and "Tern Valley Pumping Station" in got
    assert not any("Ministry" in n for n in got)


def test_quoted_names_of_built_vehicles_across_a_line_break():
    got = _projects("EXPERIENCE\nFenlow Motors — Firmware Engineer (2018/04 – present)\n"
                    "  Battery management firmware for compact delivery vehicles (the \"Kite Two\"\n"
                    "  e-scooter and the \"Kite Haul\" cargo bike). Ran the \"Safety First\" week.\n")
    assert "Kite Two" in got and "Kite Haul" in got
    assert "Safety First" not in got
