"""The bundled fictional bios (a speaker bio, a news profile with a photo credit and a pasted
job-posting tail) against their hand-written gold in tests/fixtures/examples_gold."""

from __future__ import annotations

import json

import pytest

from ontology import Predicate, norm_name

CORE = ("worked_at", "studied_at", "authored")


def _gold(examples_dir, name: str) -> tuple[dict, list[dict]]:
    path = examples_dir.parent / "tests" / "fixtures" / "examples_gold" / f"{name}.json"
    if not path.exists():
        pytest.skip(f"no gold for {name}")
    gold = json.loads(path.read_text(encoding="utf-8"))
    return {e["id"]: e for e in gold["entities"]}, gold["triples"]


def _names(entity: dict) -> set[str]:
    return {norm_name(n) for n in [entity["name"], *entity.get("aliases", [])] if n}


@pytest.fixture(scope="module", params=["speaker_bio", "news_profile"])
def example(request, examples_dir):
    from extract import extract_document, read_document

    path = examples_dir / f"{request.param}.txt"
    if not path.exists():
        pytest.skip(f"{path.name} is not here")
    doc = read_document(path)
    return request.param, doc, extract_document(doc)


def test_subject_and_core_facts_match_the_gold(example, examples_dir):
    name, _, facts = example
    entities, triples = _gold(examples_dir, name)
    assert {f.subject.name for f in facts if f.subject.type.value == "Person"} == {entities["e1"]["name"]}
    for pred in CORE:
        want = [(_names(entities[t["o"]]), (t["title"] or "").lower(), t["start"], t["end"])
                for t in triples if t["p"] == pred]
        got = [(norm_name(f.object.name), (f.title or "").lower(), f.start, f.end) for f in facts
               if f.predicate is Predicate.parse(pred)]
        assert len(got) == len(want), (pred, got)
        for names, title, start, end in want:
            assert any(g[0] in names and g[1:] == (title, start, end) for g in got), (pred, names, title)


def test_no_fact_from_credit_or_job_postings(example):
    from extract.prose.boilerplate import boilerplate_spans, inside

    _, doc, facts = example
    spans = boilerplate_spans(doc.text)
    assert [f for f in facts if inside(spans, f.provenance.start, f.provenance.end)] == []
