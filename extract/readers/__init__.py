"""Readers turn a file into an `ontology.Document`, one module per format, registered by suffix.

>>> sorted(s for s in suffixes() if s in {".txt", ".md"})
['.md', '.txt']
"""

from __future__ import annotations

import hashlib
import importlib
import stat
from collections.abc import Callable
from pathlib import Path

from ontology import Document, InputError, clean_text

__all__ = ["register_reader", "suffixes", "read_document", "read_limited", "DEFAULT_MAX_BYTES", "Reader"]

#: refuse files larger than this unless the caller raises it (`--max-bytes`)
DEFAULT_MAX_BYTES = 20_000_000

Reader = Callable[[Path, bytes], tuple[str, str, list[str]]]  # -> (text, format, warnings)

# suffix -> module that registers it (imported on first use: heavy readers stay unloaded)
_MODULES: dict[str, str] = {
    ".txt": "extract.readers.text", ".text": "extract.readers.text",
    ".md": "extract.readers.text", ".markdown": "extract.readers.text",
    ".pdf": "extract.readers.pdf", ".docx": "extract.readers.docx",
    ".html": "extract.readers.html", ".htm": "extract.readers.html",
    ".xhtml": "extract.readers.html", ".json": "extract.readers.jsonresume",
    ".rst": "extract.readers.markup", ".rest": "extract.readers.markup",
    ".adoc": "extract.readers.markup", ".asciidoc": "extract.readers.markup",
    ".org": "extract.readers.markup",
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


def _unreadable(path: Path, exc: OSError) -> InputError:
    """The error for a file that cannot be opened or read (gone, unreadable)."""
    if isinstance(exc, FileNotFoundError):
        return InputError("file not found: it was removed or renamed, or the path is wrong",
                          doc=str(path), hint="check the path; build again if it moved")
    return InputError(f"cannot read file: {exc.strerror or exc}", doc=str(path),
                      hint="check that it exists and is readable")


def read_limited(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes` bytes.

    The size is checked before reading (a huge file is refused without being read) and again
    while reading (a file that grows past the limit is refused too). Raises `InputError` naming
    the file when it is missing, not a regular file (folder, pipe, device) or too large.
    """
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not stat.S_ISREG(st.st_mode):
        raise InputError("not a regular file (a folder, pipe or device)", doc=str(path),
                         hint="name a text file, or a folder to read every file in it")
    if st.st_size > max_bytes:
        raise InputError(f"file is {st.st_size:,} bytes, over the limit of {max_bytes:,}",
                         doc=str(path), hint="raise --max-bytes or split the file")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if len(data) > max_bytes:
        raise InputError(f"file grew past the limit of {max_bytes:,} bytes while being read",
                         doc=str(path), hint="raise --max-bytes or split the file")
    return data


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  doc_id: str | None = None) -> Document:
    """Read one file into a Document (id = file stem unless given).

    Raises `InputError` naming the file when it is missing, too large, empty, binary or
    has no reader.
    """
    path = Path(path)
    reader = _reader_for(path)
    data = read_limited(path, max_bytes)
    text, fmt, warnings = reader(path, data)
    if not clean_text(text):
        raise InputError("no text in file (empty, or only white space or invisible characters)",
                         doc=str(path),
                         hint="nothing to extract; remove it or supply the text")
    return Document(id=doc_id or path.stem, text=text, format=fmt, source=str(path),
                    sha256=hashlib.sha256(data).hexdigest(), warnings=warnings)
