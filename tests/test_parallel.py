"""`--jobs N`: worker processes give the same results, in input order, as one process."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from peoplegraph.parallel import DocTask, run_tasks
from peoplegraph.pipeline import BuildConfig, run_build

OUTPUTS = ("facts-jsonl", "graph-json", "turtle")

CV = """{name}
{mail}@example.org

EXPERIENCE

Site Reliability Engineer, Initech - Madrid, Spain
Apr 2016 - Present
- Kept the fleet healthy using {skill} and Terraform

SKILLS

{skill}, Terraform
"""
SKILLS = ["Python", "Go", "Rust", "Kotlin", "Scala", "Java", "Ruby", "Elixir"]


@pytest.fixture(scope="module")
def docs(tmp_path_factory, examples_dir) -> Path:
    """Twelve CVs, a bio from the examples (prose: the full model in each worker), a bad file."""
    folder = tmp_path_factory.mktemp("docs")
    for i in range(12):
        (folder / f"cv{i:02d}.txt").write_text(
            CV.format(name=f"Worker{i:02d} Quist", mail=f"w{i}", skill=SKILLS[i % len(SKILLS)]),
            encoding="utf-8")
    (folder / "bio.txt").write_text((examples_dir / "speaker_bio.txt").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    (folder / "empty.md").write_text("", encoding="utf-8")
    return folder


def _tasks(folder: Path) -> list[DocTask]:
    return [DocTask(str(p), p.stem, 10**6) for p in sorted(folder.iterdir())]


def _view(outcomes) -> list[tuple]:
    return [(o.path, o.status, o.reason, o.warnings, o.rows) for o in outcomes]


def test_two_workers_give_the_same_outcomes_in_order(docs):
    tasks = _tasks(docs)
    one = _view(run_tasks(tasks, jobs=1))
    two = _view(run_tasks(tasks, jobs=2, chunksize=3))
    assert [o[0] for o in two] == [t.path for t in tasks]
    assert two == one
    assert [o[1] for o in one].count("failed") == 1


def test_a_parallel_build_is_byte_identical_and_cached(docs, tmp_path):
    a, b = tmp_path / "one", tmp_path / "two"
    run_build(BuildConfig(paths=[docs], out=a, outputs=OUTPUTS, jobs=1, cache=False))
    result = run_build(BuildConfig(paths=[docs], out=b, outputs=OUTPUTS, jobs=2))
    assert len(result.failed) == 1 and result.facts > 0
    for name in ("facts.jsonl", "graph.json", "graph.ttl", "report.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert json.loads((b / "timings.json").read_text())["jobs"] == 2
    again = run_build(BuildConfig(paths=[docs], out=b, outputs=OUTPUTS, jobs=2))
    assert len(again.reused) == len(list(docs.iterdir())) - 1  # all but the empty file


def test_a_dying_worker_fails_only_its_document(docs, tmp_path, monkeypatch):
    (tmp_path / "crashy.py").write_text(textwrap.dedent("""
        import os
        from peoplegraph.parallel import extract_one

        def crash_on_cv05(task):
            if task.path.endswith("cv05.txt"):
                os._exit(3)  # as a segfault or the out-of-memory killer would
            return extract_one(task)
        """), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))  # spawned workers inherit sys.path
    from crashy import crash_on_cv05

    tasks = [t for t in _tasks(docs) if not t.path.endswith("bio.txt")][:8]  # no model to load
    outcomes = list(run_tasks(tasks, jobs=2, chunksize=2, func=crash_on_cv05))
    assert [o.path for o in outcomes] == [t.path for t in tasks]
    status = {Path(o.path).name: (o.status, o.reason or "") for o in outcomes}
    assert status["cv05.txt"][0] == "failed" and "worker process" in status["cv05.txt"][1]
    assert all(s == "ok" for name, (s, _) in status.items() if name != "cv05.txt")
