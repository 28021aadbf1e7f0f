"""used-skill in prose: only what the subject himself did, over a hand-built vocabulary."""

from __future__ import annotations

import pytest

from extract.prose import lookup
from extract.prose.context import prose_context
from extract.prose.facts import skills
from extract.skillmatch import Entry, build_matcher

VOCAB = [Entry("Machine Learning", "field", ("machine learning",)),
         Entry("Python", "language", ()), Entry("LightGBM", "library", ()),
         Entry("Clustering", "ml-technique", ("clustering algorithms",)),
         Entry("Classification", "ml-technique", ()), Entry("Gibbs Sampling", "ml-technique", ()),
         Entry("Deep Learning", "field", ()), Entry("Kubernetes", "tool", ()),
         Entry("Attention Mechanisms", "ml-technique", ("attention mechanisms",)),
         Entry("Accounting", "method", ()), Entry("Algorithms", "field", ())]


@pytest.fixture()
def vocab(monkeypatch):
    matcher = build_matcher(VOCAB)
    monkeypatch.setattr(lookup, "_matcher", lambda: matcher)
    lookup.is_skill.cache_clear()
    yield
    lookup.is_skill.cache_clear()


def _skills(doc_from_text, text: str) -> set[str]:
    return {f.object.name for f in skills(prose_context(doc_from_text(text)))}


def test_title_field_is_a_skill(vocab, doc_from_text):
    text = "Ada Brenn, director of machine learning at Initech Labs, spoke on Monday."
    assert _skills(doc_from_text, text) == {"Machine Learning"}


def test_own_work_counts_team_work_does_not(vocab, doc_from_text):
    text = ("Ada Brenn is a scientist at Initech Labs.\n\n"
            "Her first project there was building clustering algorithms for retail data.\n\n"
            "We use deep learning models and attention mechanisms to improve the catalog. "
            "Our engineers moved the stack to Kubernetes.\n\n"
            "I wrote the first forecasting models myself, in Python with LightGBM.")
    assert _skills(doc_from_text, text) == {"Clustering", "Python", "LightGBM"}


def test_we_after_her_own_work_in_one_paragraph(vocab, doc_from_text):
    text = ("Ada Brenn is a scientist.\n\n"
            "I teamed up with two colleagues to build a model called Lumen. Our model tracks "
            "infections while also accounting for tests. We developed a Gibbs Sampling algorithm "
            "to draw samples.\n\n"
            "We use deep learning for everything else.")
    assert _skills(doc_from_text, text) == {"Gibbs Sampling"}


def test_method_verb_and_generic_plurals(vocab, doc_from_text):
    text = ("Ada Brenn is a scientist.\n\nHer first project involved the development of "
            "algorithms to classify products into a taxonomy.")
    assert _skills(doc_from_text, text) == {"Classification"}


def test_paper_titles_are_not_skills(vocab, doc_from_text):
    text = 'Ada Brenn is a scientist. She wrote the paper "Deep Learning for Grids" in 2019.'
    assert _skills(doc_from_text, text) == set()


def test_skill_inside_an_organization_name_is_not_a_skill(vocab, monkeypatch, doc_from_text):
    matcher = build_matcher([*VOCAB, Entry("Maple", "tool", ())])
    monkeypatch.setattr(lookup, "_matcher", lambda: matcher)
    text = "I'm Ada Brenn. I work at Maple Health, where I build models in Python."
    assert _skills(doc_from_text, text) == {"Python"}


def test_interests_are_not_skills(vocab, doc_from_text):
    text = "Ada Brenn is a scientist. Her research interests include deep learning and clustering."
    assert _skills(doc_from_text, text) == set()
