"""Layout shapes of skills lists in PDF-to-text exports, for `extract.resume.skills`.

- a two-column export interleaves the skills sidebar with the other column line by line
  ("SAP EWM            Supply Chain Manager   Mar 2021 – Present"): the lines of a skills
  section that share one wide gutter column are cut there (`cut_gutter`);
- a flattened rated table ("System   Proficiency   Years" / "Jira   Advanced   4"): after its
  header row, each row's first cell is the skill, and a parenthesised note in the level cell
  lists more ("Advanced (macros, VBA)") (`table_header`, `table_row`);
- an item whose parenthesis wraps onto the next line ("Excel (Power Query," / "Power Pivot)")
  (`paren_wrap`);
- a dated line ("MSc Finance   2012 – 2014") inside a skills list: the list has run into a
  section whose heading the splitter missed (`ends_list`);
- a sidebar heading in capitals right above its items, with no blank line ("SOFTWARE" /
  "ETABS") (`sidebar_heading`).
"""

from __future__ import annotations

import re
from collections import Counter

from extract.context import Line

__all__ = ["cut_gutter", "table_header", "table_row", "paren_wrap", "ends_list", "sidebar_heading"]

#: a wide gap between two columns, then the start of the right column's text
_GAP = re.compile(r"\S( {5,}|\t+ *)(?=\S)")
#: a table header row: a skill column, then level / years columns
_HEADER = re.compile(r"(?:skills?|systems?|tools?|software|technolog(?:y|ies)|platforms?|applications?|"
                     r"languages?|equipment)\s{2,}(?:(?:self[- ])?(?:proficiency|level|rating|expertise)|"
                     r"years?(?: of (?:experience|use))?|experience|yrs)(?:\s{2,}\S.*)?", re.I)
#: cells of a row: separated by a tab or three spaces or more
_CELL_GAP = re.compile(r"\t+|\s{3,}")
_PAREN = re.compile(r"\(([^()]+)\)")
#: a year range or a year to present at the end of a line
_DATED_END = re.compile(r"(?:19|20)\d{2}\s*[-–—]+\s*(?:(?:19|20)\d{2}|present|current|now)\s*$", re.I)
_CAPS = re.compile(r"[A-Z][A-Z &/-]{2,40}")
#: a cell that lists items (two separators or more) is not prose, whatever its length
_LISTED = re.compile(r"(?:[,|·•;].*){2}")


def cut_gutter(lines: list[Line]) -> list[Line]:
    """The lines of a skills section with the other column of a two-column export cut off.

    A gutter is a column where three lines or more start their right-hand text after a wide
    gap, and some of those right-hand cells are prose (five words or more, not a list): a grid
    of skills never has sentence cells. Aligned labels ("Tools      : Jira, Git") are one
    column. Only the left part is kept (the section's heading is there)."""
    cols: Counter[int] = Counter()
    prose = Counter()
    for ln in lines:
        if "     " not in ln.text and "\t" not in ln.text:
            continue
        for m in _GAP.finditer(ln.text):
            c = m.end()
            if ln.text[:m.start() + 1].rstrip().endswith(":") or ln.text[c] == ":":
                continue  # an aligned label ("Frameworks    : Spring, Hibernate"): one column
            cols[c] += 1
            cell = _CELL_GAP.split(ln.text[c:], 1)[0]
            if len(cell.split()) >= 5 and not _LISTED.search(cell):
                prose[c] += 1
    if not cols:
        return lines
    best = None
    for c in cols:
        near = sum(cols.get(c + d, 0) for d in (-1, 0, 1))
        if near >= 3 and sum(prose.get(c + d, 0) for d in (-1, 0, 1)) >= 1 and (
                best is None or near > best[1]):
            best = (c, near)
    if best is None:
        return lines
    g = best[0] - 1
    out = []
    for ln in lines:
        if len(ln.text) > g and (ln.text[g - 1:g + 1].isspace() or ln.text[g - 1] == " "):
            left = ln.text[:g].rstrip()
            out.append(Line(left, ln.start, ln.start + len(left)))
        else:
            out.append(ln)
    return out


def table_header(s: str) -> bool:
    """Is `s` the header row of a rated skills table ("Tool    Level    Years")?

    >>> table_header("System      Proficiency      Years"), table_header("Python, SQL")
    (True, False)
    """
    return bool(_HEADER.fullmatch(s))


def table_row(line: Line) -> list[tuple[int, int]]:
    """Spans of the skills in a row of a rated table: the first cell, and the items of a
    parenthesis in a later cell ("Advanced (pivot tables, XLOOKUP)")."""
    text = line.text
    lead = len(text) - len(text.lstrip())
    gap = _CELL_GAP.search(text, lead)
    if gap is None:
        return [(line.start + lead, line.start + len(text.rstrip()))]
    out = [(line.start + lead, line.start + gap.start())]
    for m in _PAREN.finditer(text, gap.end()):
        out.append((line.start + m.start(), line.start + m.end()))
    return out


def paren_wrap(lines: list[Line], i: int) -> int:
    """How many following lines finish a parenthesis left open at the end of line `i`
    ("Microsoft Excel (Power Query," / "Power Pivot)"): 0 when none does (within two lines)."""
    s = lines[i].text
    if s.count("(") <= s.count(")"):
        return 0
    depth = s.count("(") - s.count(")")
    for k in (1, 2):
        if i + k >= len(lines) or not lines[i + k].text.strip():
            return 0
        t = lines[i + k].text
        if "(" in t:
            return 0
        depth -= t.count(")")
        if depth <= 0:
            return k
    return 0


def ends_list(s: str) -> bool:
    """A line ending in a date range after three words or more ("MSc Logistics  2012 – 2014"):
    an entry of another section, never a skills item."""
    m = _DATED_END.search(s)
    return m is not None and len(s[:m.start()].split()) >= 3


def sidebar_heading(lines: list[Line], i: int) -> bool:
    """A capitals line between two short lines (a sidebar: no blank lines around headings),
    a heading right above its items."""
    s = lines[i].stripped
    if not _CAPS.fullmatch(s) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].stripped
    prev = lines[i - 1].stripped if i > 0 else ""
    return bool(nxt) and len(nxt) <= 40 and len(prev) <= 40
