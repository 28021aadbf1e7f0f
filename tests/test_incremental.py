"""Incremental builds: unchanged documents reuse their cached facts, changed ones are extracted
again, removed ones leave nothing behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peoplegraph.cache import CACHE_DIR, FactCache
from peoplegraph.pipeline import BuildConfig, run_build

OUTPUTS = ("facts-jsonl", "graph-json", "turtle")

CV = """{name}
{mail}@example.org

EXPERIENCE

Data Engineer, Initech - Oslo, Norway
Mar 2018 - Present
- Built batch jobs using Python and {skill}

SKILLS

Python, {skill}
"""


def write_cv(path: Path, name: str, skill: str = "Rust") -> None:
    path.write_text(CV.format(name=name, mail=name.split()[0].lower(), skill=skill),
                    encoding="utf-8")


def facts_by_doc(out: Path) -> dict[str, set[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = {}
    for line in (out / "facts.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        found.setdefault(r["doc"], set()).add((r["predicate"], r["object"]["name"]))
    return found


def reused(out: Path) -> dict[str, bool]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {r["doc"]: r.get("reused", False) for r in report["inputs"]}


@pytest.fixture()
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    write_cv(folder / "ana.txt", "Ana Berg")
    write_cv(folder / "ben.txt", "Ben Ortiz", "Go")
    write_cv(folder / "cai.md", "Cai Lund", "Scala")
    return folder


def build(folder: Path, out: Path, **kw):
    return run_build(BuildConfig(paths=[folder], out=out, outputs=OUTPUTS, **kw))


def test_second_build_reuses_everything(docs, tmp_path):
    out = tmp_path / "out"
    first = build(docs, out)
    assert not first.reused
    second = build(docs, out)
    assert {r.doc for r in second.reused} == {"ana", "ben", "cai"}
    assert all(reused(out).values())


def test_only_the_changed_document_is_extracted_again(docs, tmp_path):
    out = tmp_path / "out"
    build(docs, out)
    write_cv(docs / "ben.txt", "Ben Ortiz", "Haskell")
    build(docs, out)
    assert reused(out) == {"ana": True, "ben": False, "cai": True}
    assert ("used-skill", "Haskell") in facts_by_doc(out)["ben"]
    assert ("used-skill", "Go") not in facts_by_doc(out)["ben"]


def test_a_removed_document_leaves_no_facts_and_no_cache_entry(docs, tmp_path):
    out = tmp_path / "out"
    build(docs, out)
    (docs / "cai.md").unlink()
    build(docs, out)
    assert set(facts_by_doc(out)) == {"ana", "ben"}
    entries = sorted(p.name for p in (out / CACHE_DIR).rglob("*.json"))
    assert len(entries) == 2 and not any(n.startswith("cai") for n in entries)


def test_a_renamed_document_is_extracted_under_its_new_id(docs, tmp_path):
    out = tmp_path / "out"
    build(docs, out)
    (docs / "ana.txt").rename(docs / "anna.txt")
    build(docs, out)
    assert reused(out) == {"anna": False, "ben": True, "cai": True}
    assert "ana" not in facts_by_doc(out)


def test_a_corrupt_cache_entry_is_ignored(docs, tmp_path):
    out = tmp_path / "out"
    build(docs, out)
    for entry in (out / CACHE_DIR).rglob("ana-*.json"):
        entry.write_text("{not json", encoding="utf-8")
    before = facts_by_doc(out)
    build(docs, out)
    assert reused(out)["ana"] is False
    assert facts_by_doc(out) == before


def test_entries_of_other_extraction_code_are_pruned(docs, tmp_path):
    out = tmp_path / "out"
    stale = out / CACHE_DIR / "0000000000000000" / "ana-deadbeef.00.json"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}", encoding="utf-8")
    build(docs, out)
    assert not stale.parent.exists()
    assert [p.name for p in (out / CACHE_DIR).iterdir()] == [FactCache(out).fingerprint]


def test_no_cache_reads_and_writes_nothing(docs, tmp_path):
    out = tmp_path / "out"
    result = build(docs, out, cache=False)
    assert not result.reused and not (out / CACHE_DIR).exists()


def test_failed_documents_are_not_cached(docs, tmp_path):
    out = tmp_path / "out"
    (docs / "empty.txt").write_text("", encoding="utf-8")
    build(docs, out)
    write_cv(docs / "empty.txt", "Dag Holm")
    result = build(docs, out)
    rec = {r.doc: r for r in result.inputs}["empty"]
    assert rec.status == "ok" and not rec.reused and rec.facts > 0
