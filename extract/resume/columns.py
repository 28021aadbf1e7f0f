"""Two-column PDF-to-text pages whose main-column heading shares its line with sidebar text.

A PDF export of a two-column resume interleaves the columns line by line: the sidebar's words
and the main column's words share each line, separated by a wide run of spaces. When the
experience heading is printed beside a sidebar *item* (not beside another heading), the
section splitter does not see it; this module finds it and gives the column it opens.
"""
from __future__ import annotations

import re

from extract.context import iter_lines
from extract.sections import _heading

#: sidebar text, a wide gap (eight or more spaces or a tab), then a heading alone at the right
_RIGHT_HEADING = re.compile(r"^(\s*\S.*?\S|\s*\S)(?: {8,}|\t+)(\S[^\t]*?)\s*$")


def right_column_headings(text: str, name: str) -> list[tuple[int, int]]:
    """[(body start, column start)] of each line printing sidebar text at the left and, after a
    wide gap, an ALL-CAPS heading of section `name` at the right.

    >>> t = "Python            EXPERIENCE\\nGo                Engineer, Initech\\n"
    >>> right_column_headings(t, "experience")
    [(29, 18)]
    """
    out: list[tuple[int, int]] = []
    for ln in iter_lines(text):
        s = ln.text
        if len(s) < 20 or "  " not in s:
            continue
        m = _RIGHT_HEADING.match(s)
        if not m:
            continue
        h = _heading(m.group(2))
        if h is None or not h[2] or h[0] != name or _heading(m.group(1)) is not None:
            continue
        out.append((min(len(text), ln.end + 1), m.start(2)))
    return out
