"""Word (.docx) via python-docx: the body in document order, as lines the section splitter knows.

- A heading paragraph (style "Heading N" or "Title") becomes a markdown heading line
  (``## Experience``), which `extract.sections` recognises; so does a short paragraph set wholly
  in bold whose text names a known section ("EDUCATION" typed in bold Normal style).
- A list paragraph (a "List ..." style or numbering) becomes ``- item``.
- A table row becomes its cells joined with `` | `` (merged cells once); a layout table (a cell
  holding several paragraphs, as two-column templates use) is read cell by cell instead.
- Text boxes (sidebars in many templates) are read where they are anchored; the first page
  header (name and contact lines in many templates) comes first; footers are left out.
- Line breaks inside a paragraph stay line breaks; tabs stay tabs (a field separator to the
  resume extractors). Blank paragraphs collapse to one blank line.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.readers import register_reader
from ontology import InputError

__all__ = ["read_docx", "docx_lines"]

_INSTALL = "install Word support: pip install 'peoplegraph[docx]'"
_HEADING_STYLE = re.compile(r"^heading\s*([1-6])\b", re.I)
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: a cell with more paragraphs than this makes its table a layout table, read cell by cell
_LAYOUT_PARAGRAPHS = 3


def _style_name(paragraph: Any) -> str:
    try:
        return paragraph.style.name or "" if paragraph.style is not None else ""
    except (KeyError, AttributeError, ValueError):  # a style id the styles part does not define
        return ""


def _is_list(paragraph: Any, style: str) -> bool:
    if style.lower().startswith("list"):  # List Bullet, List Number 2, List Paragraph ...
        return True
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


def _all_bold(paragraph: Any) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def _paragraph_line(paragraph: Any) -> str:
    """One paragraph as text with its heading or list marker."""
    text = paragraph.text.replace("\r", "\n").strip()
    if not text:
        return ""
    style = _style_name(paragraph)
    m = _HEADING_STYLE.match(style)
    if m or style.lower() == "title":
        level = int(m.group(1)) if m else 1
        return f"{'#' * level} {' '.join(text.split())}"
    if _is_list(paragraph, style):
        return "- " + text.lstrip("•·▪◦-–*\t ")
    if "\n" not in text and len(text) <= 60 and _all_bold(paragraph):
        from extract.sections import section_name

        if section_name(text) is not None:
            return f"## {text}"
    return text


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """Paragraphs inside text boxes anchored in this paragraph (the modern copy only, not the
    VML fallback Word writes beside it)."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue
        for p in box.iterchildren(qn("w:p")):
            yield Paragraph(p, paragraph._parent)


def _unique_cells(row: Any) -> list[Any]:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell is repeated across the columns it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells = _unique_cells(row)
        if any(sum(1 for p in c.paragraphs if p.text.strip()) > _LAYOUT_PARAGRAPHS or c.tables
               for c in cells):
            for cell in cells:  # a layout table: each cell is a column of its own
                yield from _block_lines(cell.iter_inner_content())
                yield ""
            continue
        texts = [" ".join(c.text.split()) for c in cells]
        if any(texts):
            yield " | ".join(t for t in texts if t)


def _block_lines(blocks: Any) -> Iterator[str]:
    from docx.table import Table

    for block in blocks:
        if isinstance(block, Table):
            yield from _table_lines(block)
            continue
        yield _paragraph_line(block)
        for inner in _text_boxes(block):
            yield _paragraph_line(inner)


def docx_lines(document: Any) -> list[str]:
    """The lines of a python-docx Document: first-page header, then the body in order."""
    lines: list[str] = []
    if document.sections:
        first = document.sections[0]
        header = first.first_page_header if first.different_first_page_header_footer \
            else first.header
        if not header.is_linked_to_previous:
            lines.extend(_block_lines(header.iter_inner_content()))
            lines.append("")
    lines.extend(_block_lines(document.iter_inner_content()))
    out: list[str] = []
    for ln in lines:
        for part in ln.split("\n"):
            part = part.rstrip()
            if part or (out and out[-1]):
                out.append(part)
    while out and not out[-1]:
        out.pop()
    return out


@register_reader(".docx")
def read_docx(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """Text of a .docx file; raises `InputError` when python-docx is missing or the file is not a
    readable Word document."""
    try:
        import docx
    except ImportError as exc:
        raise InputError("reading .docx needs the 'python-docx' package", doc=str(path),
                         hint=_INSTALL) from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # zipfile.BadZipFile, KeyError, lxml errors ...
        raise InputError(f"not a readable Word document: {type(exc).__name__}: {exc}",
                         doc=str(path), hint="open and re-save it in Word or LibreOffice as .docx "
                         "(old binary .doc files are not supported)") from exc
    return "\n".join(docx_lines(document)) + "\n", "docx", []
