"""The interview seed (an article followed by pasted job postings): employment is found, and no
fact comes from the photo credit or the job-posting tail (checked by the boilerplate spans)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SEED = "004_710aa72a18e8c67b"

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def seed_facts(seeds_dir):
    from extract import extract_document, read_document

    path = seeds_dir / f"{SEED}.txt"
    if not path.exists():
        pytest.skip(f"seed {SEED} is not here")
    doc = read_document(path)
    return doc, extract_document(doc)


def test_it_is_read_as_prose_about_one_person(seed_facts):
    from extract.pipeline import build_context

    doc, facts = seed_facts
    ctx = build_context(doc)
    assert ctx.kind == "prose" and ctx.subject.name
    people = {f.subject.name for f in facts if f.subject.type.value == "Person"}
    assert people == {ctx.subject.name}


def test_no_fact_from_boilerplate(seed_facts):
    from extract.prose.boilerplate import boilerplate_spans, inside

    doc, facts = seed_facts
    spans = boilerplate_spans(doc.text)
    assert spans, "the credit line and the job-posting tail are boilerplate"
    bad = [f for f in facts if inside(spans, f.provenance.start, f.provenance.end)]
    assert bad == []


def _record(fact) -> dict:
    """The scorer's facts.jsonl line for an extracted fact (names as the document gave them)."""
    return {"doc": fact.doc, "predicate": fact.predicate.value,
            "subject": {"type": fact.subject.type.value, "name": fact.subject.name},
            "object": {"type": fact.object.type.value, "name": fact.object.name},
            "title": fact.title, "start": fact.start, "end": fact.end}


def test_worked_at_f1(seed_facts, gold_dir, tmp_path):
    """Extraction alone (before graph merging renames anything) reaches worked_at F1 >= 0.8."""
    scorer = gold_dir.parent / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("the scorer is not here")
    _, facts = seed_facts
    pred = tmp_path / "facts.jsonl"
    pred.write_text("".join(json.dumps(_record(f)) + "\n" for f in facts), encoding="utf-8")
    out = subprocess.run([sys.executable, str(scorer), "--pred", str(pred), "--gold", str(gold_dir),
                          "--docs", SEED, "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)["predicates"]
    assert scores["worked_at"]["f1"] >= 0.8
