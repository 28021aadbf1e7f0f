"""The build pipeline: inputs -> documents -> facts -> graph -> outputs, with a report.

Guarantees (tests/test_robustness.py, test_interrupt.py, test_determinism.py ...):

- One document's failure never stops the batch: report.json lists every input as ok, skipped
  or failed, with the reason.
- Outputs are published as one set (`exports.io.staged_outputs`): an interrupted or failed
  build leaves the previous outputs of OUT as they were.
- The same inputs, in any order, give byte-identical outputs; timings go to timings.json only.
- Incremental: facts are cached per document in OUT/cache by content hash; an unchanged
  document is not extracted again, a removed one leaves nothing behind.
- `jobs > 1` extracts in worker processes (`peoplegraph.parallel`), results in input order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from ontology import ExportError, Fact, PeopleGraphError
from ontology.collector import paused_gc
from peoplegraph.inputs import InputRecord, collect_inputs, file_sha256, safe_text, unique_doc_ids

__all__ = ["BuildConfig", "InputRecord", "BuildResult", "Extraction", "collect_inputs",
           "extract_all", "run_build", "DEFAULT_OUTPUTS"]

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
    jobs: int = 1                      # worker processes for extraction (--jobs)
    cache: bool = True                 # reuse and write OUT/cache (--no-cache turns it off)
    doc_timeout: float | None = 600.0  # seconds per document before it is failed (--doc-timeout)


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

    @property
    def reused(self) -> list[InputRecord]:
        return [r for r in self.inputs if r.reused]


@dataclass
class Extraction:
    """Facts of every readable input, one record per input, and the cache entries in use."""

    facts: list[Fact] = field(default_factory=list)
    records: list[InputRecord] = field(default_factory=list)
    cache_used: set[Path] = field(default_factory=set)
    #: document id -> the text its spans index, for documents whose file is not that text
    texts: dict[str, str] = field(default_factory=dict)


def _reuse(files: list[Path], ids: dict[Path, str], cfg: BuildConfig, cache, decoder
           ) -> dict[int, tuple[InputRecord, list[Fact], Path, str | None]]:
    """Inputs whose cache entry matches their content: index -> (record, facts, entry, text)."""
    found = {}
    if cache is None:
        return found
    for i, f in enumerate(files):
        sha = file_sha256(f, cfg.max_bytes)
        entry = cache.get(ids[f], sha) if sha else None
        if entry is not None and (entry.text is not None or entry.fmt in ("txt", "md")):
            rec = InputRecord(safe_text(str(f)), doc=ids[f], warnings=list(entry.warnings),
                              facts=len(entry.rows), reused=True)
            found[i] = (rec, entry.facts(decoder), cache.path(ids[f], sha), entry.text)
    return found


def extract_all(files: list[Path], cfg: BuildConfig,
                progress: Callable[[InputRecord], None] | None = None) -> Extraction:
    """Facts of every file (cached ones reused, the rest extracted with `cfg.jobs` processes)."""
    from peoplegraph.cache import FactCache, FactDecoder
    from peoplegraph.parallel import DocTask, run_tasks

    ids = unique_doc_ids(files)
    cache = FactCache(cfg.out) if cfg.cache else None
    decoder = FactDecoder()
    with paused_gc():
        reused = _reuse(files, ids, cfg, cache, decoder)
    tasks = [DocTask(str(f), ids[f], cfg.max_bytes, str(cfg.out) if cache else None,
                     cache.fingerprint if cache else None, cfg.doc_timeout)
             for i, f in enumerate(files) if i not in reused]
    per_file: list[list[Fact]] = [[] for _ in files]
    records: list[InputRecord | None] = [None] * len(files)
    ex = Extraction()
    for i, (rec, facts, entry, text) in sorted(reused.items()):
        records[i], per_file[i] = rec, facts
        ex.cache_used.add(entry)
        if text is not None:
            ex.texts[rec.doc] = text
        if progress:
            progress(rec)
    todo = iter(i for i in range(len(files)) if i not in reused)
    # with workers the parent only decodes acyclic facts: the collector's full passes over the
    # growing heap were waste (in one process, extraction's own garbage needs the collector)
    with paused_gc() if cfg.jobs > 1 else nullcontext():
        _collect(zip(todo, run_tasks(tasks, cfg.jobs), strict=True), per_file, records, ex,
                 decoder, progress)
    ex.facts = [f for group in per_file for f in group]
    ex.records = [r for r in records if r is not None]
    return ex


def _collect(outcomes, per_file: list[list[Fact]], records: list[InputRecord | None],
             ex: Extraction, decoder, progress) -> None:
    """Record each worker outcome (in input order) and decode its fact rows."""
    for i, out in outcomes:
        rec = InputRecord(safe_text(out.path), doc=out.doc, status=out.status,
                          reason=out.reason, facts=len(out.rows), warnings=out.warnings,
                          seconds=out.seconds)
        per_file[i] = [decoder.fact(r) for r in out.rows]
        records[i] = rec
        if out.text is not None and out.status == "ok":
            ex.texts[out.doc] = out.text
        if out.cached_at:
            ex.cache_used.add(Path(out.cached_at))
        if progress:
            progress(rec)


def _export(cfg: BuildConfig, kg, stage_dir: Path) -> dict[str, str]:
    """Run every exporter into the staging folder; file name -> SHA-256 of what it wrote."""
    from exports import ExportOptions, run_exporter
    from peoplegraph.report import file_sha256_of

    opts = ExportOptions(include_contacts=cfg.include_contacts,
                         **({"base_iri": cfg.base_iri} if cfg.base_iri else {}))
    written: dict[str, str] = {}
    for name in cfg.outputs:
        try:
            paths = run_exporter(name, kg, stage_dir, opts)
        except PeopleGraphError:
            raise
        except Exception as exc:  # an exporter bug fails the build, never half-writes OUT
            raise ExportError(f"exporter {name!r} failed: {type(exc).__name__}: {exc}",
                              doc=str(cfg.out), hint="the previous outputs of OUT are unchanged; "
                              "leave this output out with --outputs, or report the bug") from exc
        for p in paths:
            written[Path(p).resolve().relative_to(stage_dir.resolve()).as_posix()] = \
                file_sha256_of(Path(p))
    return written


TEXT_DIR = "text"


def _text_name(doc: str) -> str:
    return f"{TEXT_DIR}/{doc}.txt"


def _write_texts(texts: dict[str, str], stage_dir: Path) -> dict[str, str]:
    """OUT/text/<doc>.txt for every document whose evidence spans index a text that is not its
    file (PDF, DOCX, HTML, JSON Resume, re-encoded text): file name -> SHA-256."""
    import hashlib

    from exports.io import atomic_write_text

    written = {}
    for doc in sorted(texts):
        name = _text_name(doc)
        data = texts[doc]
        atomic_write_text(stage_dir / name, data, fsync=False)
        written[name] = hashlib.sha256(data.encode("utf-8")).hexdigest()
    return written


def _prune_texts(out: Path, texts: dict[str, str]) -> None:
    """Remove OUT/text files of documents this build no longer has."""
    folder = out / TEXT_DIR
    if folder.is_dir():
        keep = {Path(_text_name(d)).name for d in texts}
        for p in folder.iterdir():
            if p.is_file() and p.name not in keep:
                p.unlink(missing_ok=True)
        if not any(folder.iterdir()):
            folder.rmdir()


def _cpu_seconds() -> float:
    """CPU seconds of this process plus its finished child processes (extraction workers)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return time.process_time()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (0 where unknown)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_build(cfg: BuildConfig, progress: Callable[[InputRecord], None] | None = None) -> BuildResult:
    """Run a whole build and publish every output plus report.json and timings.json into cfg.out.

    OUT is locked for the build (`exports.io.dir_lock`); outputs are staged and published
    together, so a failure or interrupt leaves the previous outputs intact.
    """
    from exports.io import atomic_write_text, dir_lock, staged_outputs
    from graph import build_graph
    from peoplegraph.cache import FactCache
    from peoplegraph.report import build_report, build_timings, dump_json

    t0, c0 = time.perf_counter(), _cpu_seconds()
    with dir_lock(cfg.out):
        files, passed = collect_inputs(cfg.paths, exclude=[cfg.out])
        ex = extract_all(files, cfg, progress)
        t1, c1, m1 = time.perf_counter(), _cpu_seconds(), _peak_mb()
        kg = build_graph(ex.facts, merge=cfg.merge, overrides=cfg.overrides, reuse_facts=True)
        del ex.facts
        t2, c2, m2 = time.perf_counter(), _cpu_seconds(), _peak_mb()
        inputs = sorted(ex.records + passed, key=lambda r: r.path)
        with staged_outputs(cfg.out) as stage:
            written = _export(cfg, kg, stage.dir)
            t3, c3 = time.perf_counter(), _cpu_seconds()
            stages = {"extract_s": t1 - t0, "graph_s": t2 - t1, "export_s": t3 - t2,
                      "total_s": t3 - t0}
            cpu = {"extract_s": c1 - c0, "graph_s": c2 - c1, "export_s": c3 - c2,
                   "total_s": c3 - c0}
            peak = {"extract": m1, "graph": m2, "export": _peak_mb()}
            atomic_write_text(stage.dir / "timings.json",
                              dump_json(build_timings(stages, inputs, cfg.jobs, cpu, peak)))
            written.update(_write_texts(ex.texts, stage.dir))
            atomic_write_text(stage.dir / "report.json", dump_json(build_report(inputs, kg, written)))
        _prune_texts(cfg.out, ex.texts)
        if cfg.cache:
            FactCache(cfg.out).prune(ex.cache_used)
    outputs = [cfg.out / name for name in sorted(written)] + [cfg.out / "report.json",
                                                              cfg.out / "timings.json"]
    return BuildResult(inputs=inputs, entities=kg.number_of_entities(), facts=kg.number_of_facts(),
                       outputs=outputs, merges=len(kg.merge_log),
                       timings={k: round(v, 3) for k, v in stages.items()})
