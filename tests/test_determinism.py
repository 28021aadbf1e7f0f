"""Repeatable output: the same inputs, in any order, give byte-identical files.

timings.json is the one file documented as differing between identical builds.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from peoplegraph.pipeline import BuildConfig, run_build

#: every exporter whose output is a file set of its own, plus the default outputs
OUTPUTS = ("facts-jsonl", "graph-json", "turtle", "html", "ntriples", "nquads", "trig", "jsonld",
           "cypher", "graphml")
NOT_REPRODUCIBLE = {"timings.json"}


def _available(names: tuple[str, ...]) -> tuple[str, ...]:
    from exports import get_exporter

    ok = []
    for name in names:
        try:
            get_exporter(name)
            ok.append(name)
        except Exception:  # an exporter still being written: leave it out
            continue
    return tuple(ok)


def snapshot(out: Path) -> dict[str, bytes]:
    """Every published file of OUT (not the cache, lock or staging) -> its bytes."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".") and "cache" not in p.relative_to(out).parts}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, examples_dir) -> list[Path]:
    """The examples plus two of them again under other names (so merging has work to do)."""
    folder = tmp_path_factory.mktemp("corpus")
    for p in sorted(examples_dir.iterdir()):
        if p.is_file():
            shutil.copy(p, folder / p.name)
    texts = sorted(p for p in folder.iterdir() if p.suffix in {".md", ".txt"})[:2]
    for i, p in enumerate(texts):
        shutil.copy(p, folder / f"copy{i}_{p.name}")
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def first(tmp_path_factory, corpus):
    out = tmp_path_factory.mktemp("first")
    run_build(BuildConfig(paths=[corpus[0].parent], out=out, outputs=_available(OUTPUTS), cache=False))
    return snapshot(out)


def test_every_output_is_written_and_timings_are_apart(first):
    assert {"report.json", "timings.json", "facts.jsonl", "graph.ttl"} <= set(first)
    report = json.loads(first["report.json"])
    assert "timings" not in report and "seconds" not in json.dumps(report)
    timings = json.loads(first["timings.json"])
    assert {"extract_s", "graph_s", "export_s", "total_s"} <= set(timings["stages"])
    peaks = timings["peak_rss_mb"]  # memory grows, never shrinks, through the stages
    assert set(peaks) == {"extract", "graph", "export"}
    assert 0 < peaks["extract"] <= peaks["graph"] <= peaks["export"]
    published = set(first) - {"report.json", "timings.json"}
    assert set(report["outputs"]) == published
    import hashlib
    assert all(hashlib.sha256(first[n]).hexdigest() == report["outputs"][n] for n in published)


def test_the_same_build_twice_is_byte_identical(tmp_path, corpus, first):
    run_build(BuildConfig(paths=[corpus[0].parent], out=tmp_path, outputs=_available(OUTPUTS),
                          cache=False))
    again = snapshot(tmp_path)
    assert set(again) == set(first)
    differ = sorted(n for n in first if first[n] != again[n])
    assert differ == sorted(NOT_REPRODUCIBLE)


def test_shuffled_input_order_is_byte_identical(tmp_path, corpus, first):
    files = list(corpus)
    random.Random(7).shuffle(files)
    run_build(BuildConfig(paths=files, out=tmp_path, outputs=_available(OUTPUTS), cache=False))
    again = snapshot(tmp_path)
    differ = sorted(n for n in first if first.get(n) != again.get(n))
    assert differ == sorted(NOT_REPRODUCIBLE)


def test_a_build_from_the_cache_equals_a_fresh_one(tmp_path, corpus, first):
    cfg = BuildConfig(paths=[corpus[0].parent], out=tmp_path, outputs=_available(OUTPUTS))
    run_build(cfg)
    result = run_build(cfg)
    assert len(result.reused) == sum(r.status == "ok" for r in result.inputs) > 0
    again = snapshot(tmp_path)
    differ = sorted(n for n in first if first[n] != again[n])
    assert differ == ["report.json", "timings.json"]  # report.json says what was reused

    def unflagged(data: bytes) -> dict:
        report = json.loads(data)
        for rec in report["inputs"]:
            rec.pop("reused", None)
        report["totals"].pop("reused")
        return report

    assert unflagged(again["report.json"]) == unflagged(first["report.json"])
