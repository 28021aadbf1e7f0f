"""report.json (deterministic) and timings.json (the only file of OUT that changes run to run).

report.json lists every input (status ok, skipped or failed, why, facts, reading warnings, and
whether its facts were reused from OUT/cache), totals, the merge log and the SHA-256 of each
output written with it. It holds no time: the same inputs give the same bytes. Only the `reused`
flags (and `totals.reused`) differ between a fresh build and an incremental one.

timings.json holds seconds per stage and per document, the number of worker processes and the
rates; it is written with the other outputs and is documented as not reproducible.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from peoplegraph.inputs import InputRecord

__all__ = ["build_report", "build_timings", "dump_json", "file_sha256_of"]

REPORT_VERSION = 2


def dump_json(data: Any) -> str:
    """Deterministic pretty JSON (sorted keys, UTF-8, trailing newline)."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def file_sha256_of(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def build_report(inputs: list[InputRecord], kg, outputs: dict[str, str]) -> dict[str, Any]:
    """The content of report.json; `outputs` maps each output file name to its SHA-256."""
    return {
        "report_version": REPORT_VERSION,
        "inputs": [r.to_json() for r in inputs],
        "totals": {
            "inputs": len(inputs),
            "ok": sum(r.status == "ok" for r in inputs),
            "skipped": sum(r.status == "skipped" for r in inputs),
            "failed": sum(r.status == "failed" for r in inputs),
            "reused": sum(r.reused for r in inputs),
            "facts": kg.number_of_facts(), "entities": kg.number_of_entities(),
            "merges": len(kg.merge_log),
        },
        "merge_log": [r.model_dump(mode="json") for r in kg.merge_log],
        "outputs": dict(sorted(outputs.items())),
    }


def build_timings(stages: dict[str, float], inputs: list[InputRecord], jobs: int,
                  cpu: dict[str, float] | None = None,
                  peak_mb: dict[str, float] | None = None) -> dict[str, Any]:
    """The content of timings.json: wall seconds per stage and per document, CPU seconds per
    stage (this process and its extraction workers: steadier than wall time on a busy
    machine), rates, and the build process's peak resident memory at the end of each stage
    (`peak_mb`: where a big build's memory goes)."""
    done = [r for r in inputs if r.status != "skipped"]
    extract_s = stages.get("extract_s") or 0.0
    data: dict[str, Any] = {
        "note": "wall-clock seconds; the only file of OUT that differs between identical builds",
        "jobs": jobs,
        "stages": {k: round(v, 3) for k, v in stages.items()},
        "cpu": {k: round(v, 3) for k, v in (cpu or {}).items()},
        "peak_rss_mb": {k: round(v) for k, v in (peak_mb or {}).items()},
        "documents_per_second": round(len(done) / extract_s, 2) if extract_s else None,
        "documents": {r.path: round(r.seconds, 4) for r in done},
    }
    return data
