"""`peoplegraph ask OUT merges NAME`: every merge behind an entity is explained, and the
overrides it prints (--undo) really keep the merged spellings apart in the next build."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from graph.store import load
from peoplegraph.cli import app
from peoplegraph.pipeline import BuildConfig, run_build

runner = CliRunner()


def _resume(name: str, email: str, employer: str) -> str:
    return (f"{name}\n{email}\n\nEXPERIENCE\nData Engineer, {employer} - Austin, TX\n"
            f"Jan 2019 - Present\n- Built pipelines in Python and Apache Spark\n")


def _corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(_resume("Ada Quist", "ada@example.org", "Amazon.com"))
    (docs / "b.txt").write_text(_resume("Bo Lind", "bo@example.org", "Amazon"))
    (docs / "c.txt").write_text(_resume("Cy Moss", "cy@example.org", "Amazon Inc."))
    return docs


def _orgs(out: Path) -> dict[str, list[str]]:
    kg = load(out)
    return {e.id: sorted({e.name, *e.aliases}) for e in kg.entities("Organization")
            if "amazon" in (e.name or "").lower()}


def test_merges_are_explained_and_undone(tmp_path):
    docs, out = _corpus(tmp_path), tmp_path / "out"
    run_build(BuildConfig(paths=[docs], out=out, jobs=1, outputs=("facts-jsonl", "graph-json")))
    before = _orgs(out)
    assert len(before) == 1, before                       # three spellings, one entity
    kept = next(iter(before))

    res = runner.invoke(app, ["ask", str(out), "merges", "Amazon.com", "--json"])
    assert res.exit_code == 0, res.output
    ans = json.loads(res.output)
    assert ans["entity"]["id"] == kept
    merged = [m for s in ans["steps"] for m in s["merged"]]
    assert len(merged) == 2 and all(s["rule"] and s["evidence"] for s in ans["steps"])

    table = runner.invoke(app, ["ask", str(out), "merges", "Amazon"])
    assert table.exit_code == 0 and f"{len(ans['steps'])} row(s)" in table.output
    assert all(s["rule"] in table.output for s in ans["steps"])

    undo = runner.invoke(app, ["ask", str(out), "merges", "Amazon", "--undo"])
    overrides = tmp_path / "undo.json"
    overrides.write_text(undo.output)
    assert {p["a"] for p in json.loads(undo.output)["never_merge"]} == set(merged)

    run_build(BuildConfig(paths=[docs], out=out, jobs=1, overrides=overrides,
                          outputs=("facts-jsonl", "graph-json")))
    after = _orgs(out)
    assert len(after) == 3, after                         # every spelling on its own again
    for ident in after:
        again = runner.invoke(app, ["ask", str(out), "merges", ident, "--json"])
        assert again.exit_code == 0, again.exception
        assert json.loads(again.output)["steps"] == []


def test_an_unknown_name_is_a_clear_error(tmp_path):
    docs, out = _corpus(tmp_path), tmp_path / "out"
    run_build(BuildConfig(paths=[docs], out=out, jobs=1, outputs=("graph-json",)))
    res = runner.invoke(app, ["ask", str(out), "merges", "Globex Widgets Unlimited"])
    assert res.exit_code != 0
    assert "Globex Widgets Unlimited" in str(res.exception)
