"""Extraction of many documents, in this process or in worker processes, results in input order.

`extract_one(task)` reads one file and extracts its facts; it never raises (a failure becomes an
outcome with status 'failed' and the reason), so one document never stops the batch. It writes
the document's cache entry itself, so work done survives an interrupted build.

`run_tasks(tasks, jobs)` runs it over many documents. With `jobs > 1` it uses a process pool
(spawn context: workers import what they need, the spaCy model loads once per worker because
`extract.nlp` caches per process). Workers read their own files and send back compact fact rows,
a few chunks in flight at a time, so the parent never holds documents or spaCy Docs, only facts.
Results come back in input order, whatever finishes first, so output is deterministic. A worker
that dies (segfault, out of memory) is replaced: its chunk is retried one document at a time and
the document that kills a worker again is reported failed.
"""

from __future__ import annotations

import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["DocTask", "DocOutcome", "DocumentTimeout", "extract_one", "run_tasks", "time_limit",
           "text_if_not_the_file", "prepare_chunk", "Prepared"]


@dataclass(frozen=True)
class DocTask:
    """One document to extract: its file, id, size limit and (optionally) where to cache it."""

    path: str
    doc: str
    max_bytes: int
    cache_dir: str | None = None     # OUT folder whose cache receives the entry
    fingerprint: str | None = None   # extraction fingerprint of the parent (same code)
    timeout: float | None = None     # seconds before the document is given up (failed)


@dataclass
class DocOutcome:
    """What became of one document: status, reason, reading warnings and fact rows."""

    path: str
    doc: str
    status: str = "ok"
    reason: str | None = None
    fmt: str | None = None
    sha256: str | None = None
    warnings: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    seconds: float = 0.0
    cached_at: str | None = None     # the cache entry written, if any
    text: str | None = None          # the text the spans index, when it is not the file's own


class DocumentTimeout(BaseException):
    """Raised inside a document's extraction when its time is up (a BaseException, so that no
    `except Exception` in an extractor swallows it)."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `DocumentTimeout` in the block after `seconds` (POSIX, main thread; else no limit).

    The alarm interrupts pure-Python loops, regular expressions and spaCy's tokenizer alike.
    """
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _raise(signum, frame) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Prepared:
    """A document already read, and its model parse when it is prose (`prepare_chunk`)."""

    document: Any
    parsed: Any = None
    seconds: float = 0.0     # its share of the chunk's batch parse


def extract_one(task: DocTask, prepared: Prepared | None = None) -> DocOutcome:
    """Read and extract one document; every error becomes a 'failed' outcome naming it."""
    from ontology import PeopleGraphError

    out = DocOutcome(task.path, task.doc)
    t0 = time.perf_counter()
    try:
        with time_limit(task.timeout):
            _extract_into(task, out, prepared)
    except DocumentTimeout:
        out.status, out.rows = "failed", []
        out.reason = (f"{task.path}: gave up after {task.timeout:g} s (--doc-timeout); the "
                      f"document may be huge or pathological (very long runs of punctuation)")
    except PeopleGraphError as exc:
        out.status, out.reason, out.rows = "failed", str(exc), []
    except RecursionError:
        out.status, out.rows = "failed", []
        out.reason = f"{task.path}: too deeply nested to extract (recursion limit reached)"
    except Exception as exc:  # never lose the batch to one document
        out.status, out.rows = "failed", []
        out.reason = f"{task.path}: unexpected {type(exc).__name__}: {exc}"
    out.seconds = time.perf_counter() - t0 + (prepared.seconds if prepared else 0.0)
    return out


def _extract_into(task: DocTask, out: DocOutcome, prepared: Prepared | None = None) -> None:
    from extract import extract_document, read_document
    from peoplegraph.cache import FactCache, fact_to_row

    document = prepared.document if prepared else \
        read_document(Path(task.path), max_bytes=task.max_bytes, doc_id=task.doc)
    out.fmt, out.sha256, out.warnings = document.format, document.sha256, list(document.warnings)
    parsed = prepared.parsed if prepared else None
    out.rows = [fact_to_row(f) for f in extract_document(document, parsed=parsed)]
    del parsed
    out.text = text_if_not_the_file(Path(task.path), document.format, document.text)
    del document
    if task.cache_dir is not None:
        cache = FactCache(Path(task.cache_dir), task.fingerprint)
        out.cached_at = str(cache.put(task.doc, out.sha256, out.fmt, out.warnings, out.rows,
                                      text=out.text))


def text_if_not_the_file(path: Path, fmt: str, text: str) -> str | None:
    """The document text when evidence spans cannot be read off the file itself: a PDF, DOCX,
    HTML or JSON Resume, or a text file whose bytes are not that text in UTF-8 (another
    encoding, a byte-order mark, CR LF line ends). None for a plain UTF-8 text file."""
    if fmt in ("txt", "md"):
        try:
            if path.read_bytes() == text.encode("utf-8"):
                return None
        except OSError:
            pass
    return text


def _warm_worker() -> None:
    """Worker start-up: import the extractors and compile the vocabularies once (a tiny resume),
    then freeze what is loaded so the cyclic collector's passes skip it (-0.5 ms a resume)."""
    from extract import extract_document
    from ontology import Document

    try:  # a failure here would break the pool; each document reports it instead
        extract_document(Document(id="warm-up", text="Experience\nEngineer, Initech, 2019 - 2021"
                                                     "\nSkills\nPython, SQL\n"))
    except Exception:  # noqa: BLE001
        pass
    import gc

    gc.freeze()  # the vocabularies live as long as the worker: keep them out of collector passes


def prepare_chunk(tasks: Sequence[DocTask]) -> dict[str, Prepared]:
    """Read a chunk's documents and parse its prose ones in one batch (`parse_prose`: a third
    less CPU each). Best effort: a document that cannot be read is left out (`extract_one`
    reads it again and reports the error), and if the batch fails or runs past the chunk's time
    limits every document is parsed on its own instead."""
    from extract import read_document
    from extract.pipeline import parse_prose
    from ontology import PeopleGraphError

    found: dict[str, Prepared] = {}
    for t in tasks:
        try:
            found[t.doc] = Prepared(read_document(Path(t.path), max_bytes=t.max_bytes,
                                                  doc_id=t.doc))
        except (PeopleGraphError, OSError, ValueError):
            continue
    limits = [t.timeout for t in tasks]
    t0 = time.perf_counter()
    try:
        with time_limit(sum(limits) if all(limits) else None):  # type: ignore[arg-type]
            parsed = parse_prose([p.document for p in found.values()])
    except (Exception, DocumentTimeout):  # noqa: BLE001 - fall back to one at a time
        return found
    share = (time.perf_counter() - t0) / max(1, len(parsed))
    for ident, doc in parsed.items():
        found[ident].parsed, found[ident].seconds = doc, share
    return found


def _run_chunk(func: Callable[..., DocOutcome], tasks: list[DocTask]) -> list[DocOutcome]:
    if func is not extract_one or len(tasks) < 2:
        return [func(t) for t in tasks]
    prepared = prepare_chunk(tasks)
    out = []
    for t in tasks:
        out.append(func(t, prepared.pop(t.doc, None)))  # pop: free each Doc once used
    return out


def _crashed(task: DocTask, why: str) -> DocOutcome:
    return DocOutcome(task.path, task.doc, status="failed",
                      reason=f"{task.path}: the worker process extracting it died ({why}); "
                             f"the document may be too large or trigger a crash")


@dataclass(frozen=True)
class _Lost:
    """A chunk lost with a dead worker: its size, and whether it ran alone (then it is the
    culprit; otherwise any chunk in flight may have killed the worker)."""

    size: int
    alone: bool


def _pool_pass(func: Callable[[DocTask], DocOutcome], tasks: Sequence[DocTask], start: int,
               suspects_until: int, jobs: int, chunksize: int) -> Iterator[DocOutcome | _Lost]:
    """Run tasks[start:] in a fresh pool, yielding outcomes in order; on a dead worker yield a
    `_Lost` and stop. Suspects (tasks before `suspects_until`) run one at a time, alone."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def chunks() -> Iterator[tuple[bool, list[DocTask]]]:
        i = start
        while i < len(tasks):
            alone = i < suspects_until
            n = 1 if alone else chunksize
            yield alone, list(tasks[i:i + n])
            i += n

    window = 4 * jobs
    pool = ProcessPoolExecutor(jobs, mp_context=mp.get_context("spawn"), initializer=_warm_worker)
    try:
        todo = chunks()
        nxt = next(todo, None)
        pending: deque = deque()
        while pending or nxt is not None:
            while (nxt is not None and len(pending) < window and not (pending and nxt[0])
                   and not (pending and pending[-1][0])):  # a suspect runs with nothing else
                pending.append((*nxt, pool.submit(_run_chunk, func, nxt[1])))
                nxt = next(todo, None)
            alone, chunk, fut = pending.popleft()
            try:
                results = fut.result()
            except BrokenProcessPool:
                yield _Lost(len(chunk), alone)
                return
            yield from results
    finally:  # also when the consumer stops early (an error, Ctrl-C): drop queued chunks
        pool.shutdown(wait=True, cancel_futures=True)


def run_tasks(tasks: Sequence[DocTask], jobs: int = 1, chunksize: int = 8,
              func: Callable[[DocTask], DocOutcome] = extract_one) -> Iterator[DocOutcome]:
    """Outcomes of `func` (`extract_one`) over tasks, in the order of tasks (module docstring).

    With `jobs > 1`, `func` must be importable by name in a fresh process (spawn).
    """
    if jobs <= 1 or len(tasks) <= 1:
        yield from (func(t) for t in tasks)
        return
    jobs = min(jobs, len(tasks))
    chunksize = max(1, min(chunksize, len(tasks) // (4 * jobs) or 1))
    start, suspects_until = 0, 0
    while start < len(tasks):
        lost = None
        for item in _pool_pass(func, tasks, start, suspects_until, jobs, chunksize):
            if isinstance(item, _Lost):
                lost = item
                break
            start += 1
            yield item
        if lost is None:
            return
        if lost.alone:  # this very document killed its worker, running alone
            yield _crashed(tasks[start], "it ran alone and killed it again")
            start += 1
        else:  # every chunk in flight was lost: retry from here, suspects one at a time
            suspects_until = max(suspects_until, start + lost.size)
