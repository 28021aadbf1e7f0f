"""Chronological history tables (Japanese rirekisho and similar): one 'YYYY/MM  Event' row per
event ('Entered ...', 'Graduated from ...', 'Joined ...', 'Assigned to ...', 'Left ...').

Such a table mixes education and employment and names no titles: its rows are not roles. When
the resume also prints its roles elsewhere (a 'Details of duties' section), the table only adds
the divisions the person was assigned or transferred to, as parts of the employer joined.
"""
from __future__ import annotations

import re

from extract.context import Line, iter_lines

#: one dated event row: '2016/04      Joined Initech Corporation (Osaka)'
_ROW = re.compile(r"^\s*(?:19|20)\d\d\s*[/.\-年]\s*\d{1,2}\s*月?\s{2,}(Entered|Enrolled|Graduated|Completed"
                  r"|Joined|Left|Resigned|Retired|Transferred|Assigned|Seconded|Admitted)\b")
#: the employer joined, without a parenthesised place or note
_JOINED = re.compile(r"\bJoined\s+(.+?)\s*(?:\(|$)")
#: a division the person was placed in
_PLACED = re.compile(r"\b(?:Assigned|Transferred|Seconded)\s+to\s+(?:the\s+)?(.+?)\s*(?:\(|$)")
_UNIT = re.compile(r"(?i)\b(?:division|group|department|section|unit|centre|center|office|team"
                   r"|laboratory|lab|plant|branch)\b")


def is_timeline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is mostly a table of dated event rows (three or more)."""
    n = 0
    for ln in iter_lines(text, start, end):
        if _ROW.match(ln.text):
            n += 1
            if n >= 3:
                return True
    return False


def timeline_units(text: str, start: int, end: int) -> list[tuple[str, str, Line]]:
    """[(division, employer, line)] of the 'Assigned to' / 'Transferred to' rows, each with the
    employer of the last 'Joined' row before it.

    >>> t = ("2015/04   Joined Initech Corporation (Osaka)\\n"
    ...      "          Assigned to Battery Materials Division\\n")
    >>> [(u, o) for u, o, _ in timeline_units(t, 0, len(t))]
    [('Battery Materials Division', 'Initech Corporation')]
    """
    out: list[tuple[str, str, Line]] = []
    employer = None
    for ln in iter_lines(text, start, end):
        s = ln.text
        if "Joined" in s and (m := _JOINED.search(s)):
            employer = m.group(1).strip(" ,")
        elif employer and ("Left" in s.split()[:3] or "Resigned" in s):
            employer = None
        if employer and ("to " in s) and (m := _PLACED.search(s)):
            unit = m.group(1).strip(" ,.")
            if _UNIT.search(unit) and unit.lower() != employer.lower():
                out.append((unit, employer, ln))
    return out
