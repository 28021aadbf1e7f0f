"""Interrupted builds: the previous outputs of OUT stay intact, and a re-run completes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exports import registry
from exports.io import dir_lock
from ontology import ExportError
from peoplegraph.pipeline import BuildConfig, run_build

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("facts-jsonl", "graph-json", "turtle")

CV = """{name}
{mail}@example.org

EXPERIENCE

Platform Engineer, Initech - Lisbon, Portugal
Feb 2017 - Present
- Ran the build farm using Python and Docker

SKILLS

Python, Docker, Go
"""


def write_cvs(folder: Path, n: int, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        name = f"Person{i:03d} Quist"
        (folder / f"cv{i:03d}.txt").write_text(CV.format(name=name, mail=f"p{i}"), encoding="utf-8")


def published(out: Path) -> dict[str, bytes]:
    """The outputs a reader sees (not the cache, the lock or a staging folder)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.is_file() and not p.name.startswith(".")}


@pytest.fixture()
def previous(tmp_path) -> tuple[Path, Path, dict[str, bytes]]:
    """A folder of two CVs already built into OUT."""
    docs, out = tmp_path / "docs", tmp_path / "out"
    write_cvs(docs, 2)
    run_build(BuildConfig(paths=[docs], out=out, outputs=OUTPUTS))
    return docs, out, published(out)


def _cache_entries(out: Path) -> set[Path]:
    return set((out / "cache").rglob("*.json"))


def test_a_killed_build_leaves_the_old_outputs_and_a_rerun_completes(previous, tmp_path):
    docs, out, before = previous
    write_cvs(docs, 150, start=2)  # enough work to be caught in the middle
    known = _cache_entries(out)
    proc = subprocess.Popen([sys.executable, "-m", "peoplegraph", "build", str(docs), "-o", str(out),
                             "--outputs", ",".join(OUTPUTS)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while len(_cache_entries(out) - known) < 3 and proc.poll() is None:
            assert time.monotonic() < deadline, "the build never started extracting"
            time.sleep(0.02)
        assert proc.poll() is None, "the build finished before it could be interrupted"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert published(out) == before  # byte for byte: nothing new, nothing half-written
    kept = _cache_entries(out) - known
    assert 0 < len(kept) < 150

    rerun = subprocess.run([sys.executable, "-m", "peoplegraph", "build", str(docs), "-o", str(out),
                            "--outputs", ",".join(OUTPUTS)], cwd=ROOT, capture_output=True,
                           text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["ok"] == 152 and report["totals"]["failed"] == 0
    assert not list(out.glob(".staging-*"))
    if {p.parent for p in kept} == {p.parent for p in _cache_entries(out)}:  # same extraction code
        assert report["totals"]["reused"] >= len(kept)  # the work done before the kill was kept
    clean = tmp_path / "clean"
    run_build(BuildConfig(paths=[docs], out=clean, outputs=OUTPUTS, cache=False))
    now, fresh = published(out), published(clean)
    for name in ("facts.jsonl", "graph.json", "graph.ttl"):
        assert now[name] == fresh[name], name


def _register(monkeypatch, name: str, error: BaseException) -> None:
    def exporter(kg, out_dir: Path, options) -> list[Path]:
        (out_dir / "partial.txt").write_text("half", encoding="utf-8")
        raise error

    monkeypatch.setitem(registry._EXPORTERS, name,
                        registry.ExporterSpec(name, exporter, "fails half way"))


def test_an_exporter_failing_half_way_changes_nothing(previous, monkeypatch):
    docs, out, before = previous
    _register(monkeypatch, "test-fails", RuntimeError("disk full"))
    write_cvs(docs, 1, start=2)
    with pytest.raises(ExportError, match="test-fails.*disk full.*unchanged"):
        run_build(BuildConfig(paths=[docs], out=out, outputs=("facts-jsonl", "test-fails")))
    assert published(out) == before
    assert not list(out.glob(".staging-*"))
    assert any(p.name.startswith("cv002") for p in _cache_entries(out))  # extraction kept


def test_ctrl_c_during_export_changes_nothing(previous, monkeypatch):
    docs, out, before = previous
    _register(monkeypatch, "test-interrupted", KeyboardInterrupt())
    write_cvs(docs, 1, start=2)
    with pytest.raises(KeyboardInterrupt):
        run_build(BuildConfig(paths=[docs], out=out, outputs=("turtle", "test-interrupted")))
    assert published(out) == before
    assert not list(out.glob(".staging-*"))


def test_a_second_build_into_the_same_folder_is_refused(previous):
    docs, out, before = previous
    with dir_lock(out), pytest.raises(ExportError, match="another build is writing"):
        run_build(BuildConfig(paths=[docs], out=out, outputs=OUTPUTS))
    assert published(out) == before


def test_a_staging_folder_left_by_a_killed_build_is_removed(previous):
    docs, out, _ = previous
    stale = out / ".staging-killed"
    stale.mkdir()
    (stale / "facts.jsonl").write_text("stale\n", encoding="utf-8")
    result = run_build(BuildConfig(paths=[docs], out=out, outputs=OUTPUTS))
    assert not stale.exists()
    assert b"stale" not in (out / "facts.jsonl").read_bytes()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["facts"] == result.facts
