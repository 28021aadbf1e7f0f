"""Plain text and Markdown: decoding with BOM and encoding detection, binary refusal.

Decoding, in order (`decode_text`):

1. a byte-order mark names the encoding (UTF-8, UTF-16, UTF-32);
2. a known binary signature (PDF, ZIP/DOCX, PNG, JPEG, GIF, ELF, OLE/DOC, gzip) is refused;
3. UTF-16 without a BOM is recognised by its NUL bytes on every other position (warning);
4. more than 10 % NUL or control bytes in the first 8 KiB is refused as binary;
5. strict UTF-8, else cp1252, else latin-1 (which decodes anything), with a warning naming it.

The decoded text keeps tabs, newlines and form feeds; stray NUL and other C0 control characters
are removed with a warning, so a text file with a few NUL bytes is read, not refused.
"""

from __future__ import annotations

import re
from pathlib import Path

from extract.readers import register_reader
from ontology import InputError

__all__ = ["decode_text", "read_text_file", "read_markdown_file", "BINARY_SIGNATURES"]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

#: leading bytes of common binary formats -> what to call them in the message
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"), (b"PK\x03\x04", "a ZIP archive (DOCX, ODT ...)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (DOC, XLS)"),
    (b"\x1f\x8b", "a gzip archive"),
)

_SAMPLE = 8192
_CONTROL_BYTES = frozenset(b for b in range(32) if b not in (9, 10, 12, 13)) | {127}
# C0 controls except tab, newline, form feed, carriage return; DEL
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _binary_kind(data: bytes) -> str | None:
    """What binary format `data` starts with, or None."""
    for magic, kind in BINARY_SIGNATURES:
        if data.startswith(magic):
            return kind
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit on one parity of mostly-ASCII text, else None."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high.count(0) >= 0.7 * len(high) and low.count(0) == 0:
            return enc
    return None


def _looks_binary(sample: bytes) -> bool:
    """More than 10 % NUL or control bytes in the sample."""
    if not sample:
        return False
    ctrl = sum(1 for b in sample if b in _CONTROL_BYTES)
    return ctrl / len(sample) > 0.10


def _decode_fallbacks(data: bytes) -> tuple[str, list[str]]:
    """Strict UTF-8, then cp1252, then latin-1 (never fails), warning on a fallback."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
    for enc in ("cp1252", "latin-1"):
        try:
            return data.decode(enc), [f"not valid UTF-8 (at {where}); decoded as {enc}"]
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _strip_controls(text: str) -> tuple[str, list[str]]:
    """Remove NUL and other control characters (not tab, newline, form feed), with a warning."""
    found = len(_CONTROL_CHARS.findall(text))
    if not found:
        return text, []
    return _CONTROL_CHARS.sub("", text), [f"removed {found} NUL or control character(s)"]


def decode_text(data: bytes, name: str = "") -> tuple[str, list[str]]:
    """Decode bytes to text, saying in warnings whatever was guessed or removed.

    Raises `InputError` for binary data (a known signature, or too many control bytes).

    >>> decode_text("Zoë".encode("latin-1"))
    ('Zoë', ['not valid UTF-8 (at byte 2); decoded as cp1252'])
    >>> decode_text(b"\\xff\\xfeh\\x00i\\x00")[0]
    'hi'
    >>> decode_text("hi there".encode("utf-16-le"))
    ('hi there', ['no byte-order mark; decoded as utf-16-le'])
    >>> decode_text(b"Ada Park, engineer\\x00 at Initech")
    ('Ada Park, engineer at Initech', ['removed 1 NUL or control character(s)'])
    """
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace").lstrip("\ufeff")
            if "\ufffd" in text:
                warnings.append(f"undecodable {enc} bytes replaced by U+FFFD")
            break
    else:
        kind = _binary_kind(data)
        if kind:
            raise InputError(f"file is {kind}, not text", doc=name or None,
                             hint="convert it to text, or give it the suffix of its format")
        sample = data[:_SAMPLE]
        enc16 = _utf16_without_bom(sample)
        if enc16:
            text = data.decode(enc16, errors="replace")
            warnings.append(f"no byte-order mark; decoded as {enc16}")
        elif _looks_binary(sample):
            raise InputError("file looks binary (over 10% NUL or control bytes), not text",
                             doc=name or None,
                             hint="convert it to text, or use a reader for its format")
        else:
            text, warnings = _decode_fallbacks(data)
    text, removed = _strip_controls(text)
    return text, warnings + removed


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@register_reader(".txt", ".text")
def read_text_file(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """A plain-text file: decoded text, format 'txt', warnings."""
    text, warnings = decode_text(data, str(path))
    return _normalize_newlines(text), "txt", warnings


@register_reader(".md", ".markdown")
def read_markdown_file(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """A Markdown file: decoded text, format 'md', warnings."""
    text, warnings = decode_text(data, str(path))
    return _normalize_newlines(text), "md", warnings
