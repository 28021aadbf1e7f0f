"""The spine end to end: documents in, the four outputs (plus graph.json) out, nothing lost."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from peoplegraph.pipeline import BuildConfig, run_build

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("graph.ttl", "graph.html", "facts.jsonl", "report.json", "graph.json")


@pytest.fixture(scope="module")
def built(tmp_path_factory, examples_dir):
    out = tmp_path_factory.mktemp("out")
    result = run_build(BuildConfig(paths=[examples_dir], out=out))
    return out, result


def test_build_writes_every_output(built):
    out, result = built
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0, name
    assert not result.failed


def test_report_lists_every_example(built, examples_dir):
    out, _ = built
    report = json.loads((out / "report.json").read_text())
    docs = sorted(p for p in examples_dir.iterdir() if p.suffix in {".txt", ".md"})
    listed = {Path(r["path"]).name: r for r in report["inputs"]}
    assert {p.name for p in docs} <= set(listed)
    assert all(listed[p.name]["status"] == "ok" and listed[p.name]["facts"] > 0 for p in docs)
    stated = sum(1 for _ in (out / "facts.jsonl").open())
    graph = json.loads((out / "graph.json").read_text())
    inferred = sum(f["provenance"]["extractor"].startswith("gazetteer.") for f in graph["facts"])
    assert report["totals"]["facts"] == len(graph["facts"]) == stated + inferred


def test_facts_jsonl_records_point_at_their_text(built, examples_dir):
    out, _ = built
    texts = {p.stem: p.read_text(encoding="utf-8") for p in examples_dir.iterdir()
             if p.suffix in {".txt", ".md"}}
    lines = (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        rec = json.loads(line)
        assert rec["predicate"] in {"worked-at", "studied-at", "used-skill", "authored",
                                    "holds-patent", "received-award", "contributed-to",
                                    "published-in", "located-in", "part-of"}
        ev = rec["evidence"]
        if rec["doc"] in texts:
            assert texts[rec["doc"]][ev["start"]:ev["end"]] == ev["text"]
        for k in ("start", "end"):
            assert rec[k] is None or re.fullmatch(r"\d{4}(-\d{2})?|present", rec[k])


def test_graph_ttl_parses_strictly(built):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    out, _ = built
    triples = list(pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) > 100


def test_graph_html_fetches_nothing(built):
    out, _ = built
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script" in html
    external = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, flags=re.I)
    assert external == []


def test_cli_goes_on_past_a_bad_file_and_exits_non_zero(tmp_path, examples_dir):
    good = next(p for p in sorted(examples_dir.iterdir()) if p.suffix == ".md")
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "peoplegraph", "build", str(good), str(bad),
                           "-o", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "empty.txt" in proc.stderr
    report = json.loads((out / "report.json").read_text())
    status = {Path(r["path"]).name: r["status"] for r in report["inputs"]}
    assert status == {good.name: "ok", "empty.txt": "failed"}
    assert (out / "facts.jsonl").read_text().count(f'"doc": "{good.stem}"') > 0


def test_scorer_reads_our_facts(built):
    scorer = ROOT.parent / "shared" / "eval" / "score.py"
    gold = ROOT / "tests" / "fixtures" / "examples_gold"
    if not scorer.exists() or not gold.is_dir():
        pytest.skip("scorer or example gold not present")
    out, _ = built
    proc = subprocess.run([sys.executable, str(scorer), "--pred", str(out / "facts.jsonl"),
                           "--gold", str(gold), "--json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    core = json.loads(proc.stdout)["core"]
    assert core["f1"] > 0.3, core
