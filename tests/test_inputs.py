"""Which files a build reads from the folders it is given, and what report.json says of the rest."""

from __future__ import annotations

import json
from pathlib import Path

from peoplegraph.inputs import collect_inputs
from peoplegraph.pipeline import BuildConfig, run_build

RESUME = """Ada Quist
ada.quist@example.org

EXPERIENCE
Data Engineer, Globex Corporation - Austin, TX
Jan 2019 - Present
- Built pipelines in Python and Apache Spark
"""

JSON_RESUME = {"basics": {"name": "Bo Lindqvist", "email": "bo@example.org"},
               "work": [{"name": "IBM", "position": "Software Engineer",
                         "startDate": "2016-03", "endDate": "2020-01"}]}


def _folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "gold").mkdir(parents=True)
    (docs / "ada.txt").write_text(RESUME, encoding="utf-8")
    (docs / "bo.json").write_text(json.dumps(JSON_RESUME), encoding="utf-8")
    (docs / "gold" / "ada.json").write_text(json.dumps({"doc": "ada", "triples": []}))
    (docs / "package.json").write_text('{"name": "x", "version": "1.0"}')
    (docs / "broken.json").write_text("{not json")
    return docs


def test_a_folder_walk_reads_json_resumes_and_passes_over_other_json(tmp_path):
    docs = _folder(tmp_path)
    files, passed = collect_inputs([docs])
    assert [f.name for f in files] == ["ada.txt", "bo.json", "broken.json"]
    reasons = {Path(r.path).name: r.reason for r in passed}
    assert set(reasons) == {"ada.json", "package.json"}     # broken.json is attempted: failed
    assert all("not a JSON Resume" in r for r in reasons.values())
    assert all(r.status == "skipped" for r in passed)


def test_a_json_file_named_explicitly_is_attempted(tmp_path):
    docs = _folder(tmp_path)
    files, passed = collect_inputs([docs / "package.json"])
    assert [f.name for f in files] == ["package.json"] and passed == []


def test_the_output_folder_inside_an_input_folder_is_not_read(tmp_path):
    docs = _folder(tmp_path)
    out = docs / "out"
    first = run_build(BuildConfig(paths=[docs], out=out, jobs=1))
    assert (out / "graph.json").is_file() and (out / "facts.jsonl").is_file()
    second = run_build(BuildConfig(paths=[docs], out=out, jobs=1))
    paths = [r.path for r in second.inputs]
    assert not any("/out/" in p for p in paths), paths
    assert [r.path for r in first.inputs] == paths
    report = json.loads((out / "report.json").read_text())
    statuses = {Path(r["path"]).name: r["status"] for r in report["inputs"]}
    assert statuses["ada.txt"] == "ok" and statuses["bo.json"] == "ok"
    assert statuses["package.json"] == "skipped" and statuses["broken.json"] == "failed"
    assert second.facts == first.facts > 0
