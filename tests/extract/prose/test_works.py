"""authored, published-in, received-award, holds-patent and contributed-to on hand-built text."""

from __future__ import annotations

import pytest

from extract.prose.context import prose_context
from extract.prose.facts import awards, projects, works
from ontology import Predicate

LEAD = "Lena Varga is an engineer. "


def _facts(doc_from_text, extractor, text: str) -> set[tuple]:
    return {(f.predicate.value, f.subject.name if f.predicate is Predicate.PUBLISHED_IN else "",
             f.object.type.value, f.object.name, f.start)
            for f in extractor(prose_context(doc_from_text(text)))}


@pytest.mark.parametrize("sentence,title", [
    ('She is the author of "Machines That See", published in 2021.', "Machines That See"),
    ("She is the author of the book Designing Quiet Systems (2022).", "Designing Quiet Systems"),
    ('In 2017 she co-wrote the paper "Short Horizons for Small Grids," with two colleagues.',
     "Short Horizons for Small Grids"),
    ('Her essay "Retries Are a Budget" appeared in the Initech Review in 2020.', "Retries Are a Budget"),
])
def test_authored(doc_from_text, sentence, title):
    found = _facts(doc_from_text, works, LEAD + sentence)
    assert ("authored", "", "Publication", title, None) in found


def test_published_in_a_venue_named_after_the_title(doc_from_text):
    found = _facts(doc_from_text, works, LEAD + 'She wrote the paper "Quiet Grids," published in '
                                                  "Grid Letters, in 2019.")
    assert ("published-in", "Quiet Grids", "Venue", "Grid Letters", None) in found


def test_team_paper_is_not_authored(doc_from_text):
    text = LEAD + 'Members of her team presented the paper "Packing Boxes" at a conference.'
    assert _facts(doc_from_text, works, text) == set()


@pytest.mark.parametrize("sentence,award,year", [
    ("In 2019 she received the Kestrel Prize for Robotics Innovation.",
     "Kestrel Prize for Robotics Innovation", "2019"),
    ("The migration earned her the Initech Founders' Award in 2022.", "Initech Founders' Award", "2022"),
    ("She won a best paper award in 2018.", "Best Paper Award", "2018"),
    ("She is a recipient of the Larch Medal.", "Larch Medal", None),
])
def test_awards(doc_from_text, sentence, award, year):
    assert ("received-award", "", "Award", award, year) in _facts(doc_from_text, awards, LEAD + sentence)


def test_company_award_is_not_hers(doc_from_text):
    text = LEAD + "Her company, Solace Grid, won the 2022 Clean Energy Prize for its meters."
    assert _facts(doc_from_text, awards, text) == set()


@pytest.mark.parametrize("sentence,project", [
    ("She built Orion, an open-source platform for satellite imaging.", "Orion"),
    ("She led the development of Falcon, the company's search engine.", "Falcon"),
    ("I teamed up with two colleagues to build a probabilistic model called Lumen for flu spread.",
     "Lumen"),
    ("She wrote the first version of the billing engine for Ledgerfox, Initech's billing platform.",
     "Ledgerfox"),
    ("She is the creator of the Quill text editor.", "Quill"),
])
def test_contributed_to(doc_from_text, sentence, project):
    found = _facts(doc_from_text, projects, LEAD + sentence)
    assert ("contributed-to", "", "Project", project, None) in found


@pytest.mark.parametrize("sentence", [
    "Our team has developed Beacon, a score for addresses.",
    "We built Orion, an open-source platform for satellite imaging.",
    "Beacon was developed by her colleagues.",
])
def test_team_work_is_not_contributed_to(doc_from_text, sentence):
    assert _facts(doc_from_text, projects, LEAD + sentence) == set()


def test_open_source_toolkit_is_also_a_used_skill(doc_from_text):
    found = _facts(doc_from_text, projects, LEAD + "She led development of GridKit, the company's "
                                                   "open-source toolkit for load forecasting.")
    assert ("used-skill", "", "Project", "GridKit", None) in found


def test_lower_case_open_source_name(doc_from_text):
    found = _facts(doc_from_text, projects, "I'm Lena Varga. In my spare time I maintain pyfeatures, "
                                            "an open-source Python library for feature engineering.")
    assert ("contributed-to", "", "Project", "pyfeatures", None) in found


def test_fellowship_is_an_honour_not_a_job(doc_from_text):
    from extract.prose.facts import employment

    text = LEAD + "She is a Fellow of the Royal Society of Tessel and received the Larch Medal in 2015."
    ctx = prose_context(doc_from_text(text))
    assert employment(ctx) == []
    assert {f.object.name for f in awards(ctx)} == {"Fellow of the Royal Society of Tessel", "Larch Medal"}


@pytest.mark.parametrize("sentence,patent", [
    ("She holds U.S. Patent No. 9,123,456 for a self-sealing valve.", "U.S. Patent No. 9,123,456"),
    ("In 2018 she was granted US Patent 10,234,567 B2.", "US Patent 10,234,567 B2"),
    ("She holds a patent for a self-sealing pressure valve.", "self-sealing pressure valve"),
])
def test_named_patents(doc_from_text, sentence, patent):
    assert ("holds-patent", "", "Patent", patent, None) in _facts(doc_from_text, works, LEAD + sentence)


def test_patent_count_alone_names_no_patent(doc_from_text):
    assert _facts(doc_from_text, works, LEAD + "She holds 12 patents.") == set()
