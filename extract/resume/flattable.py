"""A table of works flattened by a PDF export: a header row of column names and one row a work,
cells separated by single spaces only:

    Project Company Year Role
    Harbour Ferry App Tidewell 2022 Lead designer

The name is the row's text before its year without the company cell at its end, recognised as
words printed elsewhere in the document (the employer named in the experience section). A row
whose company cannot be told apart is skipped. One year is the work's end."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.context import Line
from extract.resume.projectnames import ProjectHit

_COLUMN = frozenset({"project", "projects", "name", "title", "product", "company", "client",
                     "employer", "organisation", "organization", "studio", "agency", "year",
                     "years", "date", "role", "position", "platform", "platforms", "location",
                     "status", "team"})
_NAME_COL = frozenset({"project", "projects", "name", "title", "product"})
_ORG_COL = frozenset({"company", "client", "employer", "organisation", "organization", "studio",
                      "agency"})
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_VERSION = re.compile(r"\s+v?\d+(?:\.\d+)+$|\s+v\d+$")


def _header(text: str) -> list[str] | None:
    words = text.lower().split()
    if not 3 <= len(words) <= 6 or not all(w in _COLUMN for w in words):
        return None
    if not (_NAME_COL & set(words)) or not ({"year", "years", "date"} & set(words)):
        return None
    return words


def flat_table_hits(text: str, lines: list[Line]) -> Iterator[ProjectHit]:
    """Works of flattened tables among `lines` of the document `text`."""
    cols: list[str] | None = None
    for line in lines:
        t = line.text.strip()
        if not t:
            cols = None
            continue
        if cols is None:
            cols = _header(t)
            continue
        y = _YEAR.search(t)
        if y is None:
            cols = None
            continue
        left = t[:y.start()].split()
        if cols.index(next(c for c in cols if c in _NAME_COL)) != 0:
            continue
        name_words = left
        if _ORG_COL & set(cols[:cols.index(next(c for c in cols if c in {"year", "years", "date"}))]):
            rest = text[:line.start] + "\n" + text[line.end:]
            cut = next((k for k in range(1, len(left)) if left[k][:1].isupper() and re.search(
                r"(?<![\w-])" + re.escape(" ".join(left[k:])) + r"(?![\w-])", rest)), None)
            if cut is None:
                continue
            name_words = left[:cut]
        name = " ".join(name_words)
        ver = _VERSION.search(name)
        if ver and re.search(r"(?<![\w-])" + re.escape(name[:ver.start()]) + r"(?![\w-]|\s+v?\d)",
                             text[:line.start] + "\n" + text[line.end:]):
            name = name[:ver.start()]  # "Harbour App 2.0" where "Harbour App" is printed too
        i = line.text.find(name)
        if len(name) < 2 or i < 0:
            continue
        yield ProjectHit(name, line.start + i, line.start + i + len(name), (), None, y.group(1),
                         confidence=0.75)
