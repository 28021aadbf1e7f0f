"""Publications, patents and awards from resume sections (hand-built resumes)."""

from __future__ import annotations

import pytest

from extract.pipeline import build_context
from extract.resume.awards import extract_awards
from extract.resume.bibliography import extract_publications, parse_venue
from extract.resume.patents import extract_patents
from ontology import Predicate
from tests.conftest import make_document


def _ctx(text: str):
    return build_context(make_document(text, "cv"))


def _rows(facts, predicate: Predicate):
    return [(f.subject.name, f.object.name) if predicate is Predicate.PUBLISHED_IN
            else (f.object.name, f.title, f.start) for f in facts if f.predicate is predicate]


def _check_evidence(ctx, facts) -> None:
    for f in facts:
        p = f.provenance
        assert p.quote == ctx.text[p.start:p.end]
        name = f.object.name if f.predicate is not Predicate.PUBLISHED_IN else f.subject.name
        if f.predicate is not Predicate.RECEIVED_AWARD:
            assert name.lower() in p.quote.lower()


HEADED = """Ada Example
ada@example.org

EXPERIENCE
Staff Engineer, Initech 2019 - 2021
- Published paper titled 'Sparse Widgets at Scale' in NeurIPS 2021 Main Track
- Submitted paper titled 'Dense Gadgets Revisited' to ICML 2023

PUBLICATIONS

#### Sparse Widgets at Scale
- Proposed a sparse widget model
- Published in Neural Information Processing Systems (NeurIPS 2021)

#### Dense Gadgets Revisited
- Showed that gadgets are dense
- Submitted to International Conference on Machine Learning (ICML 2023) Arxiv
"""


def test_heading_per_paper_layout_and_submitted_venues() -> None:
    ctx = _ctx(HEADED)
    facts = extract_publications(ctx)
    assert sorted(set(_rows(facts, Predicate.AUTHORED))) == [
        ("Dense Gadgets Revisited", None, None), ("Sparse Widgets at Scale", None, None)]
    assert sorted(set(_rows(facts, Predicate.PUBLISHED_IN))) == [
        ("Dense Gadgets Revisited", "arXiv"), ("Sparse Widgets at Scale", "NeurIPS")]
    _check_evidence(ctx, facts)


REFERENCES = """Bo Example

EDUCATION
PhD, Example University

PUBLICATIONS
1. B. Example, C. Person, and D. Other. "Learning to Rank Widgets." In Proceedings of SIGIR 2020.
2. B. Example and E. Author. "A Survey of Gadget Retrieval Methods." arXiv preprint, 2021.
3. Wrote several internal reports.
"""


def test_numbered_references_give_title_coauthors_and_venue() -> None:
    ctx = _ctx(REFERENCES)
    facts = extract_publications(ctx)
    assert _rows(facts, Predicate.AUTHORED) == [("Learning to Rank Widgets", None, None),
                                                ("A Survey of Gadget Retrieval Methods", None, None)]
    assert sorted(_rows(facts, Predicate.PUBLISHED_IN)) == [
        ("A Survey of Gadget Retrieval Methods", "arXiv"), ("Learning to Rank Widgets", "SIGIR")]
    first = next(f for f in facts if f.predicate is Predicate.AUTHORED)
    assert "C. Person" in first.object.attrs["authors"]
    assert first.object.attrs["year"] == "2020"
    _check_evidence(ctx, facts)


TALKS = """Cy Example

EXPERIENCE
Engineer, Globex 2010 - 2012

PUBLICATIONS
- Invited speaker on <u>Caching for Fun</u> (WidgetConf, Gadget Summit) and <u>Profit at Scale</u> (DevDays)
- Posts on Globex Engineering Blog on <u>fast search with trees</u> and <u>more</u>
- Published papers at KDD'21 and WWW'22
"""


def test_talk_listings_one_publication_per_titled_talk_and_venue() -> None:
    ctx = _ctx(TALKS)
    facts = extract_publications(ctx)
    assert [r[0] for r in _rows(facts, Predicate.AUTHORED)] == [
        "Caching for Fun", "Profit at Scale", "fast search with trees"]
    assert _rows(facts, Predicate.PUBLISHED_IN) == [
        ("Caching for Fun", "WidgetConf"), ("Caching for Fun", "Gadget Summit"),
        ("Profit at Scale", "DevDays"), ("fast search with trees", "Globex Engineering Blog")]
    _check_evidence(ctx, facts)


@pytest.mark.parametrize("text, expected", [
    ("International Joint Conference on Widgets (IJCW 2022)", ("IJCW", "International Joint "
                                                                "Conference on Widgets")),
    ("EMNLP 2020 Main Track", ("EMNLP", "EMNLP")),
    ("Proceedings of the Web Conference 2022", ("Web Conference", "Web Conference")),
])
def test_parse_venue(text, expected) -> None:
    assert parse_venue(text) == expected


PATENTS = """Di Example

EXPERIENCE
Engineer, Initech 2015 - 2020

PATENTS
- Method for ranking widgets by color <u>US Patent</u> (pending)
- System and apparatus for gadget caching, US 10,123,456 B2 (granted 2019)

## WidgetNet - A device for counting widgets with light
- Built a prototype on a microcontroller
- European Patent application, No. 20201234.5
"""


def test_patents_with_office_number_and_status() -> None:
    ctx = _ctx(PATENTS)
    facts = extract_patents(ctx)
    got = [(f.object.name, f.object.attrs.get("office"), f.object.attrs.get("number"),
            f.object.attrs.get("status")) for f in facts]
    assert got == [
        ("Method for ranking widgets by color", "US", None, "pending"),
        ("System and apparatus for gadget caching", "US", "10,123,456 B2", "granted"),
        ("WidgetNet - A device for counting widgets with light", "EP", "20201234.5", "pending"),
    ]
    assert facts[2].object.attrs["short_name"] == "WidgetNet"
    _check_evidence(ctx, facts)


AWARDS = """Ed Example

EXPERIENCE
Engineer, Initech 2015 - 2020
- Won the second prize in the company-wide data hackathon in 2019 for a fraud detector
- Led a team of 3 in a hackathon

AWARDS
- Winner of Spotlight Awards for "Faster Checkout" (2020), Search Revamp (2018)
 and Widget Index (2016)
- Best Paper Award, SIGIR 2021
- Secured All India Rank 120 in a national entrance exam 2012
"""


def test_awards_one_fact_per_instance_with_title_and_year() -> None:
    ctx = _ctx(AWARDS)
    facts = extract_awards(ctx)
    assert sorted(_rows(facts, Predicate.RECEIVED_AWARD)) == sorted([
        ("Spotlight Award", "Faster Checkout", "2020"),
        ("Spotlight Award", "Search Revamp", "2018"),
        ("Spotlight Award", "Widget Index", "2016"),
        ("Best Paper Award", None, "2021"),
        ("second prize in company-wide data hackathon", None, "2019"),
    ])
    for f in facts:
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]


def test_no_sections_no_facts() -> None:
    ctx = _ctx("Fay Example\nfay@example.org\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n"
               "- Built things\n\nSKILLS\nPython\n")
    assert extract_publications(ctx) == [] and extract_patents(ctx) == []
    assert extract_awards(ctx) == []


STYLES = """Gus Example

EXPERIENCE
Engineer, Initech 2015 - 2020

PUBLICATIONS
- Example, G., & Roe, A. (2020). Tracking widgets in the wild. Journal of Widget Science, 12(3),
45-67.
- G. Example and B. Poe, "Fast gadget search with trees," in Proc. IEEE Conf. Gadgets, 2019,
pp. 1-5.
- Widget caching revisited. Gadget Letters, 2018.
"""


def test_reference_styles_and_wrapped_lines() -> None:
    ctx = _ctx(STYLES)
    facts = extract_publications(ctx)
    assert [r[0] for r in _rows(facts, Predicate.AUTHORED)] == [
        "Tracking widgets in the wild", "Fast gadget search with trees",
        "Widget caching revisited"]
    assert _rows(facts, Predicate.PUBLISHED_IN) == [
        ("Tracking widgets in the wild", "Journal of Widget Science"),
        ("Fast gadget search with trees", "IEEE Conf. Gadgets"),
        ("Widget caching revisited", "Gadget Letters")]
    _check_evidence(ctx, facts)


def test_a_note_before_numbered_references_is_not_a_paper_heading() -> None:
    ctx = _ctx("Jo Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\nPUBLICATIONS\n\n"
               "(* marks a student)\n\n"
               '1. Jo Example, Al Roe*. "Counting Widgets with Light". ACL 2021.\n\n'
               "Under review\n\n"
               '2. Jo Example. "Widgets Forget: A Study of Gadgets". Submitted to NAACL 2025.\n')
    facts = extract_publications(ctx)
    assert [r[0] for r in _rows(facts, Predicate.AUTHORED)] == [
        "Counting Widgets with Light", "Widgets Forget: A Study of Gadgets"]
    assert _rows(facts, Predicate.PUBLISHED_IN) == [("Counting Widgets with Light", "ACL")]


def test_patent_quoted_title_with_inventors() -> None:
    ctx = _ctx("Ka Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\nPATENTS\n"
               '- Ka Example, Lu Roe. "Method for sorting widgets by weight". US 10,123,456 B2, '
               "granted 2020.\n")
    facts = extract_patents(ctx)
    assert [(f.object.name, f.object.attrs.get("status")) for f in facts] == [
        ("Method for sorting widgets by weight", "granted")]


def test_patent_number_first_layout() -> None:
    ctx = _ctx("Hu Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\nPATENTS\n"
               "- US Patent 10,987,654: Adaptive widget throttling in networks (granted 2021)\n")
    facts = extract_patents(ctx)
    assert [(f.object.name, f.object.attrs.get("number"), f.object.attrs.get("status"))
            for f in facts] == [("Adaptive widget throttling in networks", "10,987,654",
                                 "granted")]


def test_award_rank_lines_keep_the_event() -> None:
    ctx = _ctx("Ida Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\nAWARDS\n"
               "- 1st Place, Regional Widget Hackathon (2019)\n"
               "- Dean's List Scholarship 2016\n")
    assert sorted(_rows(extract_awards(ctx), Predicate.RECEIVED_AWARD)) == [
        ("1st Place, Regional Widget Hackathon", None, "2019"),
        ("Dean's List Scholarship", None, "2016")]


def test_talk_given_in_an_experience_bullet() -> None:
    ctx = _ctx("Lu Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n"
               '- Presented at GadgetConf Berlin 2019 on "Explainable widget scoring"\n')
    facts = extract_publications(ctx)
    assert _rows(facts, Predicate.AUTHORED) == [("Explainable widget scoring", None, None)]
    assert _rows(facts, Predicate.PUBLISHED_IN) == [("Explainable widget scoring",
                                                     "GadgetConf Berlin")]


def test_apa_reference_with_italic_venue() -> None:
    ctx = _ctx("Mo Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\nPUBLICATIONS\n"
               "- Example, M., Roe, L. (2020). Early warning of widget failure. *Journal of Gadget "
               "Systems with Applications*, 150, 113-125.\n")
    facts = extract_publications(ctx)
    assert _rows(facts, Predicate.PUBLISHED_IN) == [
        ("Early warning of widget failure", "Journal of Gadget Systems with Applications")]
    assert facts[0].object.attrs == {"authors": "Example, M., Roe, L", "year": "2020"}


def test_prize_without_a_verb_in_the_awards_section() -> None:
    ctx = _ctx("Ned Example\n\nEXPERIENCE\nEngineer, Initech 2015 - 2020\n\nAWARDS\n"
               "- Data Science Expert; silver medal in the Gadget Price Prediction competition "
               "(2019)\n")
    assert _rows(extract_awards(ctx), Predicate.RECEIVED_AWARD) == [
        ("silver medal in Gadget Price Prediction competition", None, "2019")]
