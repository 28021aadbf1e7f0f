"""What a build reads: input files, their document ids, and one report record per input.

>>> safe_text("caf\\udce9")
'caf\\\\xe9'
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["InputRecord", "collect_inputs", "unique_doc_ids", "safe_text", "file_sha256"]


@dataclass
class InputRecord:
    """One line of report.json: an input, its document id, status and why."""

    path: str
    doc: str | None = None
    status: str = "ok"          # ok | skipped | failed
    reason: str | None = None
    facts: int = 0
    warnings: list[str] = field(default_factory=list)
    reused: bool = False        # facts taken from OUT/cache (the file is unchanged)
    seconds: float = 0.0        # not in report.json (timings.json holds times)

    def to_json(self) -> dict:
        """The record as report.json writes it (no timing: report.json is deterministic)."""
        d: dict = {"path": self.path, "doc": self.doc, "status": self.status, "facts": self.facts}
        if self.reason:
            d["reason"] = safe_text(self.reason)
        if self.warnings:
            d["warnings"] = [safe_text(w) for w in self.warnings]
        if self.status == "ok":
            d["reused"] = self.reused
        return d


def safe_text(text: str) -> str:
    """`text` with file-name bytes that are not UTF-8 (surrogate escapes) shown as \\xNN.

    Paths on Linux may hold any bytes; Python keeps the undecodable ones as lone surrogates,
    which no UTF-8 file can hold. Every path or name that reaches an output goes through this.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "backslashreplace").encode("utf-8", "backslashreplace").decode()


def _walk(folder: Path, exclude: tuple[Path, ...] = ()) -> Iterable[Path]:
    """Every file under `folder`, hidden parts and `exclude`d folders skipped, sorted by path
    (no symlink loops)."""
    skip = {os.path.realpath(x) for x in exclude}
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and os.path.realpath(os.path.join(root, d)) not in skip)
        found += [Path(root) / f for f in files if not f.startswith(".")]
    return sorted(found)


def _walked_file_reason(f: Path, known: set[str]) -> str | None:
    """Why a file met in a folder walk is passed over, or None to read it. Only a named file is
    always attempted; in a folder, valid JSON that is not a JSON Resume (package.json, gold
    files, a previous build's graph.json) is data beside the documents, not a failed document;
    invalid JSON is attempted, so its error is reported."""
    suffix = f.suffix.lower()
    if suffix not in known:
        return f"no reader for '{f.suffix or '(none)'}' files"
    if suffix == ".json":
        from extract.readers.jsonresume import is_other_json_file

        if is_other_json_file(f):
            return "JSON but not a JSON Resume (name the file to read it anyway)"
    return None


def collect_inputs(paths: Iterable[Path], exclude: Iterable[Path] = ()
                   ) -> tuple[list[Path], list[InputRecord]]:
    """Files to read and records of files passed over.

    Folders are walked recursively (hidden files and folders skipped, `exclude`d folders such
    as the build's own output folder skipped, files without a reader and valid JSON files that
    are not JSON Resumes recorded as skipped); a file named explicitly is always attempted, so its
    error is reported. The files come back sorted by path with duplicates removed, whatever the
    order given.
    """
    from extract.readers import suffixes

    known = set(suffixes())
    skip = tuple(Path(x) for x in exclude)
    files: dict[str, Path] = {}
    passed: list[InputRecord] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in _walk(p, skip):
                reason = _walked_file_reason(f, known)
                if reason is None:
                    files.setdefault(os.path.normpath(f), f)
                else:
                    passed.append(InputRecord(safe_text(str(f)), status="skipped", reason=reason))
        else:
            files.setdefault(os.path.normpath(p), p)
    return [files[k] for k in sorted(files)], sorted(passed, key=lambda r: r.path)


def unique_doc_ids(files: list[Path]) -> dict[Path, str]:
    """Document ids are file stems; clashing stems get a short hash of the path appended.

    Ids depend only on the set of files, never on their order.

    >>> ids = unique_doc_ids([Path("a/cv.txt"), Path("b/cv.md"), Path("bio.txt")])
    >>> ids[Path("bio.txt")], ids[Path("a/cv.txt")] != ids[Path("b/cv.md")]
    ('bio', True)
    """
    from ontology import stable_hash

    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(safe_text(f.stem), []).append(f)
    ids = {}
    for stem, group in by_stem.items():
        for f in group:
            tail = stable_hash(safe_text(os.path.abspath(f)), length=6)
            ids[f] = stem if len(group) == 1 else f"{stem}-{tail}"
    return ids


def file_sha256(path: Path, max_bytes: int) -> str | None:
    """SHA-256 of a regular file of at most `max_bytes`, or None when it cannot be hashed
    (missing, too big, not a file): reading it then reports the reason."""
    try:
        if not path.is_file() or path.stat().st_size > max_bytes:
            return None
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None
