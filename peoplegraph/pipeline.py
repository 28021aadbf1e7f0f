"""The build pipeline: inputs -> documents -> facts -> graph -> outputs, with a report.

One document's failure never stops the batch: it is recorded in the report and the rest go on.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ontology import Fact, PeopleGraphError

__all__ = ["BuildConfig", "InputRecord", "BuildResult", "collect_inputs", "run_build",
           "DEFAULT_OUTPUTS"]

#: exporters a build always runs (file names in their modules)
DEFAULT_OUTPUTS = ("facts-jsonl", "graph-json", "turtle", "html")


@dataclass
class BuildConfig:
    paths: list[Path]
    out: Path
    max_bytes: int = 20_000_000
    outputs: tuple[str, ...] = DEFAULT_OUTPUTS
    base_iri: str | None = None
    include_contacts: bool = False
    merge: bool = True                 # False: keep every pre-merge entity apart (--no-merge)
    overrides: Path | None = None      # never/always-merge pairs (graph.overrides, --overrides)


@dataclass
class InputRecord:
    path: str
    doc: str | None = None
    status: str = "ok"          # ok | skipped | failed
    reason: str | None = None
    facts: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict:
        d = {"path": self.path, "doc": self.doc, "status": self.status, "facts": self.facts}
        if self.reason:
            d["reason"] = self.reason
        if self.warnings:
            d["warnings"] = self.warnings
        return d


@dataclass
class BuildResult:
    inputs: list[InputRecord]
    entities: int
    facts: int
    outputs: list[Path]
    timings: dict[str, float]
    merges: int = 0

    @property
    def failed(self) -> list[InputRecord]:
        return [r for r in self.inputs if r.status == "failed"]


def collect_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[InputRecord]]:
    """Files to read (folders walked recursively, sorted) and records of files passed over."""
    from extract.readers import suffixes

    known = set(suffixes())
    files: list[Path] = []
    passed: list[InputRecord] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if f.suffix.lower() in known:
                    files.append(f)
                else:
                    passed.append(InputRecord(str(f), status="skipped",
                                              reason=f"no reader for '{f.suffix or '(none)'}' files"))
        else:
            files.append(p)  # named explicitly: always attempted, so errors are reported
    return files, passed


def _unique_doc_ids(files: list[Path]) -> dict[Path, str]:
    """Document ids are file stems; clashing stems get a short path hash appended."""
    from ontology import stable_hash

    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem, []).append(f)
    ids = {}
    for stem, group in by_stem.items():
        for f in group:
            ids[f] = stem if len(group) == 1 else f"{stem}-{stable_hash(str(f.resolve()), length=6)}"
    return ids


def extract_all(files: list[Path], cfg: BuildConfig,
                progress: Callable[[InputRecord], None] | None = None
                ) -> tuple[list[Fact], list[InputRecord]]:
    from extract import extract_document, read_document

    facts: list[Fact] = []
    records: list[InputRecord] = []
    ids = _unique_doc_ids(files)
    for f in files:
        rec = InputRecord(str(f), doc=ids[f])
        t0 = time.perf_counter()
        try:
            document = read_document(f, max_bytes=cfg.max_bytes, doc_id=ids[f])
            rec.warnings = list(document.warnings)
            found = extract_document(document)
            facts.extend(found)
            rec.facts = len(found)
        except PeopleGraphError as exc:
            rec.status, rec.reason = "failed", str(exc)
        except Exception as exc:  # never lose the batch to one document
            rec.status, rec.reason = "failed", f"{f}: unexpected {type(exc).__name__}: {exc}"
        rec.seconds = time.perf_counter() - t0
        records.append(rec)
        if progress:
            progress(rec)
    return facts, records


def run_build(cfg: BuildConfig, progress: Callable[[InputRecord], None] | None = None) -> BuildResult:
    """Run a whole build and write every output plus report.json into cfg.out."""
    from exports import ExportOptions, run_exporter
    from exports.io import atomic_write_text
    from graph import build_graph

    t0 = time.perf_counter()
    files, passed = collect_inputs(cfg.paths)
    facts, records = extract_all(files, cfg, progress)
    t1 = time.perf_counter()
    kg = build_graph(facts, merge=cfg.merge, overrides=cfg.overrides)
    t2 = time.perf_counter()
    opts = ExportOptions(include_contacts=cfg.include_contacts,
                         **({"base_iri": cfg.base_iri} if cfg.base_iri else {}))
    outputs: list[Path] = []
    for name in cfg.outputs:
        outputs.extend(run_exporter(name, kg, cfg.out, opts))
    t3 = time.perf_counter()
    inputs = sorted(records + passed, key=lambda r: r.path)
    timings = {"extract_s": round(t1 - t0, 3), "graph_s": round(t2 - t1, 3),
               "export_s": round(t3 - t2, 3), "total_s": round(t3 - t0, 3)}
    result = BuildResult(inputs=inputs, entities=kg.number_of_entities(),
                         facts=kg.number_of_facts(), outputs=outputs, timings=timings,
                         merges=len(kg.merge_log))
    report = {
        "inputs": [r.to_json() for r in inputs],
        "totals": {
            "inputs": len(inputs),
            "ok": sum(r.status == "ok" for r in inputs),
            "skipped": sum(r.status == "skipped" for r in inputs),
            "failed": sum(r.status == "failed" for r in inputs),
            "facts": result.facts, "entities": result.entities, "merges": result.merges,
        },
        "merge_log": [r.model_dump(mode="json") for r in kg.merge_log],
        "outputs": sorted(p.name for p in outputs) + ["report.json"],
        "timings": timings,
    }
    atomic_write_text(cfg.out / "report.json",
                      json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    result.outputs.append(cfg.out / "report.json")
    return result
