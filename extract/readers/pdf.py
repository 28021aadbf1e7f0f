"""PDF: the text layer of every page, in reading order, one printed line per text line.

Library choice (compared on fpdf2-made resumes with two columns, bullets, running headers,
right-aligned dates and justified paragraphs):

- **pypdf** (``extract_text()``, plain mode; pure Python, the ``pdf`` extra) follows the content
  stream, so a column drawn as one block (what word processors and LaTeX templates emit) comes
  out whole: the left sidebar, then the right column. Bullets ("•") and accented letters survive
  through the fonts' ToUnicode maps. Justified lines get doubled spaces (collapsed here).
- **pdfplumber** (on pdfminer.six) groups characters by their y position, so two columns side by
  side are merged row by row ("• Python Senior Engineer, Initech | 2019 – Present"), which mixes
  a skills sidebar into job lines; ``layout=True`` keeps the columns apart only as space-padded
  fixed-width text. It is also heavier (pdfminer.six, pypdfium2, cryptography).
- Both put a right-aligned date on its row ("... Health Systems June 2016 to Aug 2019"), both
  keep page headers and footers ("Page 1 of 2"), and both interleave columns that a producer
  draws row by row (no pure-Python reader recovers those without layout analysis).

So pypdf, in plain mode. Pages are joined by a blank line. A PDF whose pages give no text at all
(a scan, an image-only export) raises `InputError` ("no text layer"), so the build report records
it instead of an empty document; pages without text in an otherwise textual PDF get a warning.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from extract.readers import register_reader
from ontology import InputError

__all__ = ["read_pdf", "clean_page_text"]

_INSTALL = "install PDF support: pip install 'peoplegraph[pdf]'"
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st", "\u00a0": " ",
                            "\u00ad": None, "\x00": None, "\t": " "})
_SPACES = re.compile(r" {2,}")


def clean_page_text(text: str) -> str:
    """Normalise one page of extracted text: newlines, ligatures, runs of spaces, blank edges.

    >>> clean_page_text("  Senior  Engineer\\r\\n\\ufb01nance  team \\n\\n\\n")
    'Senior Engineer\\nfinance team'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LIGATURES)
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:  # at most one blank line in a row
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip("\n")


def _open(path: Path, data: bytes):
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:
        raise InputError("reading PDF needs the 'pypdf' package", doc=str(path),
                         hint=_INSTALL) from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("the PDF is password-protected", doc=str(path),
                             hint="save an unprotected copy and read that")
        return reader
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"not a readable PDF: {type(exc).__name__}: {exc}", doc=str(path),
                         hint="check that the file is a complete PDF") from exc
    except Exception as exc:  # e.g. AES-encrypted files without the 'cryptography' package
        raise InputError(f"cannot open the PDF: {type(exc).__name__}: {exc}", doc=str(path),
                         hint="save an unprotected, standard PDF and read that") from exc


@register_reader(".pdf")
def read_pdf(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """Text of every page (blank line between pages); raises `InputError` for a PDF without a
    text layer, an unreadable or a password-protected PDF."""
    reader = _open(path, data)
    pages: list[str] = []
    empty: list[int] = []
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # malformed-but-readable files are common: no console noise
    try:
        for number, page in enumerate(reader.pages, start=1):
            try:
                raw = page.extract_text() or ""
            except Exception as exc:  # name the page: the file is damaged there
                raise InputError(f"cannot extract text from page {number}: "
                                 f"{type(exc).__name__}: {exc}", doc=str(path),
                                 hint="re-export the PDF and try again") from exc
            text = clean_page_text(raw)
            if text:
                pages.append(text)
            else:
                empty.append(number)
    finally:
        log.setLevel(level)
    if not pages:
        raise InputError("no text layer (scanned or image-only PDF); OCR is not supported",
                         doc=str(path), hint="run OCR first (e.g. ocrmypdf) or supply the text "
                         "as .txt, .docx or .md")
    warnings = []
    if empty:
        warnings.append(f"page{'s' if len(empty) > 1 else ''} {', '.join(map(str, empty))} "
                        "of the PDF had no text layer (scanned?); their content is missing")
    return "\n\n".join(pages) + "\n", "pdf", warnings
