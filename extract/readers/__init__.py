"""Readers turn a file into an `ontology.Document`, one module per format, registered by suffix.

>>> sorted(s for s in suffixes() if s in {".txt", ".md"})
['.md', '.txt']
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from pathlib import Path

from ontology import Document, InputError

__all__ = ["register_reader", "suffixes", "read_document", "DEFAULT_MAX_BYTES", "Reader"]

#: refuse files larger than this unless the caller raises it (`--max-bytes`)
DEFAULT_MAX_BYTES = 20_000_000

Reader = Callable[[Path, bytes], tuple[str, str, list[str]]]  # -> (text, format, warnings)

# suffix -> module that registers it (imported on first use: heavy readers stay unloaded)
_MODULES: dict[str, str] = {
    ".txt": "extract.readers.text", ".text": "extract.readers.text",
    ".md": "extract.readers.text", ".markdown": "extract.readers.text",
}
_READERS: dict[str, Reader] = {}


def register_reader(*suffix_list: str):
    """Decorator registering a reader for file suffixes ('.txt')."""

    def deco(func: Reader) -> Reader:
        for s in suffix_list:
            _READERS[s.lower()] = func
        return func

    return deco


def suffixes() -> list[str]:
    """Every suffix a reader is known for."""
    return sorted(set(_MODULES) | set(_READERS))


def _reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    if suffix not in _READERS and suffix in _MODULES:
        importlib.import_module(_MODULES[suffix])
    if suffix not in _READERS:
        raise InputError(f"no reader for '{suffix or '(no suffix)'}' files", doc=str(path),
                         hint=f"supported: {', '.join(suffixes())}")
    return _READERS[suffix]


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  doc_id: str | None = None) -> Document:
    """Read one file into a Document (id = file stem unless given).

    Raises `InputError` naming the file when it is missing, too large, empty, binary or
    has no reader.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", doc=str(path),
                         hint="check that it exists and is readable") from exc
    if size > max_bytes:
        raise InputError(f"file is {size:,} bytes, over the limit of {max_bytes:,}", doc=str(path),
                         hint="raise --max-bytes or split the file")
    reader = _reader_for(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", doc=str(path),
                         hint="check that it exists and is readable") from exc
    text, fmt, warnings = reader(path, data)
    if not text.strip():
        raise InputError("no text in file (empty or white space only)", doc=str(path),
                         hint="nothing to extract; remove it or supply the text")
    return Document(id=doc_id or path.stem, text=text, format=fmt, source=str(path),
                    sha256=hashlib.sha256(data).hexdigest(), warnings=warnings)
