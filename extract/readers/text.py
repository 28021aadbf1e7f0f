"""Plain text and Markdown: decoding with BOM and encoding detection, binary refusal."""

from __future__ import annotations

from pathlib import Path

from ontology import InputError

from extract.readers import register_reader

__all__ = ["decode_text", "read_text_file"]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return ctrl / len(sample) > 0.10


def decode_text(data: bytes, name: str = "") -> tuple[str, list[str]]:
    """Decode bytes to text: BOMs first, then UTF-8, then cp1252/latin-1 with a warning.

    >>> decode_text("Zoë".encode("latin-1"))
    ('Zoë', ['not valid UTF-8; decoded as cp1252'])
    >>> decode_text(b"\\xff\\xfeh\\x00i\\x00")[0]
    'hi'
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            return text.lstrip("\ufeff").replace("\x00", ""), []
    if _looks_binary(data):
        raise InputError("file looks binary (NUL or control bytes), not text", doc=name or None,
                         hint="convert it to text, or use a reader for its format")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    for enc in ("cp1252", "latin-1"):
        try:
            return data.decode(enc), [f"not valid UTF-8; decoded as {enc}"]
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), ["undecodable bytes replaced"]  # pragma: no cover


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@register_reader(".txt", ".text")
def read_text_file(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    text, warnings = decode_text(data, str(path))
    return _normalize_newlines(text), "txt", warnings


@register_reader(".md", ".markdown")
def read_markdown_file(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    text, warnings = decode_text(data, str(path))
    return _normalize_newlines(text), "md", warnings
