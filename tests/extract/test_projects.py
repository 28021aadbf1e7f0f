"""contributed-to: named open-source projects and products (hand-built resumes)."""

from __future__ import annotations

import pytest

import extract.skillmatch as skillmatch
from extract.pipeline import build_context
from extract.resume.projects import extract_projects, find_projects
from extract.skillmatch import Entry, build_matcher
from ontology import EntityType, Predicate
from tests.conftest import make_document

VOCAB = [Entry("LSTM", "ml-model", (), case_sensitive=True),
         Entry("Widgetflow", "library", ("Widget Flow",)),
         Entry("Gizmo Assistant", "platform", ())]


@pytest.fixture(autouse=True)
def small_vocabulary(monkeypatch):
    matcher = build_matcher(VOCAB)
    monkeypatch.setattr(skillmatch, "default_matcher", lambda: matcher)


def _projects(body: str):
    text = "Hal Example\nhal@example.org\n\n" + body
    ctx = build_context(make_document(text, "cv"))
    facts = extract_projects(ctx)
    for f in facts:
        assert f.predicate is Predicate.CONTRIBUTED_TO and f.object.type is EntityType.PROJECT
        assert f.provenance.quote == ctx.text[f.provenance.start:f.provenance.end]
    return [(f.object.name, f.start, f.end, f.object.attrs.get("open_source")) for f in facts]


EXP = "EXPERIENCE\nEngineer, Initech 2019 - 2021\n"


@pytest.mark.parametrize("bullet, expected", [
    ("- Creator of open-source library Sparse Widget Tuning (SWT)", [("Sparse Widget Tuning",
                                                                     None, None, "true")]),
    ("- Core contributor to Widget Flow and Gadget Trainer API",
     [("Widgetflow", None, None, "true"), ("Gadget Trainer API", None, None, "true")]),
    ("- Upstreamed kernels to fast-gizmo, Torch Widgets and other open source projects",
     [("fast-gizmo", None, None, "true"), ("Torch Widgets", None, None, "true")]),
    ("- Official maintainer for acme/widget-serving repository",
     [("widget-serving", None, None, "true")]),
    ("- Developed Zapp - a simulation engine for tutors", [("Zapp", None, None, None)]),
    ("- Created HELP-DESK using Gizmo Assistant for staff", [("HELP-DESK", None, None, None)]),
    ("- Released the 'Tiny Shapes' dataset for research", [("Tiny Shapes", None, None, None)]),
    ("- Worked as a Gizmo Assistant developer on planning", [("Gizmo Assistant", None, None,
                                                              None)]),
    ("- Optimized the Search Team's Offline Ranking API by 3x", [("Offline Ranking API", None,
                                                                 None, None)]),
    ("- Delivered the `gizmo-runtime` package for inference", [("gizmo-runtime", None, None,
                                                                "true")]),
    ("- Lead the vision stack for Heron, the shelf-scanning robot in 40 stores",
     [("Heron", None, None, None)]),
    ("- Created and still maintain gridsync, an open-source library for syncing grids",
     [("gridsync", None, None, "true")]),
    ("- widgetkit: open-source Python library for widgets (creator and maintainer)",
     [("widgetkit", None, None, "true")]),
    ("- ShapesQA: corpus of 5,000 questions, released with a 2019 paper",
     [("ShapesQA", None, None, None)]),
    ("- Built Payout Hub, an internal platform used by 12 teams", [("Payout Hub", None, None,
                                                                     None)]),
    ("- Maintainer of [gridkit](https://example.org/gridkit), a toolkit for grids",
     [("gridkit", None, None, "true")]),
    ("- Contributor to Widget Flow (documentation and bug fixes)", [("Widgetflow", None, None,
                                                                     "true")]),
    ("- Contributed to the open-source acme-java SDK and the Gizmo client library",
     [("acme-java", None, None, "true"), ("Gizmo", None, None, "true")]),
])
def test_contribution_patterns(bullet: str, expected) -> None:
    assert _projects(EXP + bullet + "\n") == expected


@pytest.mark.parametrize("bullet", [
    "- Developed a fast route planning engine",
    "- Developed LSTM models for ranking",
    "- Open Source Contributor for Google",
    "- Built end to end pipelines",
    "- Led a team of 4 in a hackathon",
    "- Worked with Python, a language I like",
    "- Tools: Python library, Kafka",
])
def test_not_projects(bullet: str) -> None:
    assert _projects(EXP + bullet + "\n") == []


def test_projects_section_headings_named_products_and_repos_with_dates() -> None:
    body = EXP + ("- Did things\n\nPROJECTS\n\n"
                  "#### **Gizmo Inference Open-Source**\n\nInitech, Jul 2022 - present\n\n"
                  "- Built a server for big models\n- Official code maintainer for acme/gizmo-infer\n\n"
                  "#### ROBO-HELP\n\nInitech, Jul 2021 - Sep 2021\n\n- Wrote a chat bot\n\n"
                  "#### Bias Removal in Neural Networks\n\nUniversity, Aug 2018 - Nov 2018\n\n"
                  "- Trained a classifier\n\n"
                  "#### Gizmo Assistant Dialog Runtime\n\nInitech, Feb 2021 - Jul 2021\n\n"
                  "- Fixed bugs\n")
    assert _projects(body) == [
        ("gizmo-infer", "2022-07", "present", "true"),
        ("ROBO-HELP", "2021-07", "2021-09", None),
        ("Gizmo Assistant Dialog Runtime", "2021-02", "2021-07", None),
    ]


def test_project_heading_with_description_and_dates_on_one_line() -> None:
    body = EXP + ("- Did things\n\nPROJECTS\n"
                  "WidgetRadar — Real-time widget tracking app (Java, Kafka) | Jan 2021 - Mar 2021\n"
                  "- Built a web app\n"
                  "Sentiment Analysis of Reviews (Course Project)\n- Trained a classifier\n")
    assert _projects(body) == [("WidgetRadar", "2021-01", "2021-03", None)]


def test_listed_products_under_a_products_line() -> None:
    body = EXP + ("  1. Backbone of two downstream products\n"
                  "      • Learning Nudge (LN): Uses scores to recommend videos.\n"
                  "      • Quiz Path Planner (QPP): Uses scores to pick tests.\n"
                  "  2. Model Tuning (MT): not under a product line\n")
    assert [p[0] for p in _projects(body)] == ["Learning Nudge", "Quiz Path Planner"]


def test_mentions_of_one_project_merge_and_keep_the_dates() -> None:
    body = ("EXPERIENCE\nEngineer, Initech 2019 - 2021\n- Created ROBO-HELP using Gizmo Assistant\n\n"
            "PROJECTS\nROBO-HELP\nInitech, Jul 2021 - Sep 2021\n- Wrote a chat bot\n")
    text = "Hal Example\nhal@example.org\n\n" + body
    hits = find_projects(build_context(make_document(text, "cv")))
    assert [(h.name, h.date_start, h.date_end) for h in hits] == [("ROBO-HELP", "2021-07",
                                                                   "2021-09")]
