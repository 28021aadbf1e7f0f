"""Prose documents parsed in a batch (`parse_prose`) give the same annotations, and so the same
facts, as parsed one at a time: a build's output must not depend on how documents are chunked."""

from __future__ import annotations

from pathlib import Path

from extract import extract_document, read_document
from extract.pipeline import parse_prose

ROOT = Path(__file__).resolve().parents[2]


def _sig(doc):
    return [(t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.pos_) for t in doc]


def test_batch_parse_is_the_single_parse_and_gives_the_same_facts(tmp_path):
    from bench.gen import generate
    from extract.nlp import full_nlp

    paths = generate(24, tmp_path, seed=5)
    docs = [read_document(p) for p in sorted((ROOT / "examples").iterdir())
            if p.suffix in (".txt", ".md", ".html")] + [read_document(p) for p in paths]
    parsed = parse_prose(docs, batch_size=4)
    prose = [d for d in docs if d.id in parsed]
    assert len(prose) >= 5 and len(prose) < len(docs)      # resumes are not parsed
    nlp = full_nlp()
    for d in prose:
        assert _sig(parsed[d.id]) == _sig(nlp(d.text)), d.id
        assert extract_document(d, parsed=parsed[d.id]) == extract_document(d)
