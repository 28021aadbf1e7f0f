"""worked-at from a jobs table on a profile page (markdown pipe table).

Profile pages (a company database's person page, a speaker or team page) print the person's
roles as a table with a header row naming its columns:

    | Organization | Title | Start | End |
    |---|---|---|---|
    | Initech | Head of Data | Mar 2019 | — |

A table is read only when its header names an organization column (Organization, Company,
Employer, ...) and a role column (Title, Role, Position, ...); each row is one role, dated by
Start/End columns or a single Dates/Period column. An empty or dash End next to a Start is an
ongoing role ("present"), as such pages print it. Tables without both columns (investments,
founded companies, skills) are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.dates import find_date_ranges, parse_date
from extract.prose.common import make_fact
from extract.prose.orgs import clean_org_name, org_type
from ontology import Fact, Predicate

if TYPE_CHECKING:
    from extract.context import DocContext

__all__ = ["table_job_facts", "EXTRACTOR"]

EXTRACTOR = "prose.employment.v1"
_ORG_COLS = frozenset({"organization", "organisation", "company", "employer", "firm",
                       "institution"})
_TITLE_COLS = frozenset({"title", "job title", "role", "position", "job"})
_START_COLS = frozenset({"start", "from", "start date", "since", "started", "joined"})
_END_COLS = frozenset({"end", "to", "until", "end date", "ended", "left"})
_DATES_COLS = frozenset({"dates", "period", "years", "tenure", "duration", "when"})
_MARKUP = re.compile(r"^[\s*_`]+|[\s*_`]+$")
_RULE_ROW = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")
_DASH = re.compile(r"^[\s—–\-]*$")
#: a parenthesised note after an organization's name: 'Initech (stealth)', 'Globex (acquired)'
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """(text without markup, start, end) of each cell of a pipe-table row."""
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    edges = bars if line.strip().startswith("|") else [-1, *bars]
    if not line.rstrip().endswith("|"):
        edges = [*edges, len(line)]
    out: list[tuple[str, int, int]] = []
    for a, b in zip(edges, edges[1:], strict=False):
        raw = line[a + 1:b]
        text = _MARKUP.sub("", raw)
        lead = raw.find(text) if text else 0
        out.append((text, offset + a + 1 + lead, offset + a + 1 + lead + len(text)))
    return out


def _columns(header: list[str]) -> dict[str, int] | None:
    names = [h.lower().strip(" :") for h in header]
    cols: dict[str, int] = {}
    for i, name in enumerate(names):
        for key, vocab in (("org", _ORG_COLS), ("title", _TITLE_COLS), ("start", _START_COLS),
                           ("end", _END_COLS), ("dates", _DATES_COLS)):
            if name in vocab and key not in cols:
                cols[key] = i
    return cols if "org" in cols and "title" in cols else None


def _tables(text: str) -> list[list[tuple[str, int]]]:
    """Runs of consecutive pipe-table lines (line, offset)."""
    out: list[list[tuple[str, int]]] = []
    run: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.lstrip().startswith("|"):
            run.append((line, pos))
        elif run:
            out.append(run)
            run = []
        pos += len(line) + 1
    if run:
        out.append(run)
    return out


def _dates(row: list[tuple[str, int, int]], cols: dict[str, int]) -> tuple[str | None, str | None]:
    def cell(key: str) -> str | None:
        i = cols.get(key)
        return row[i][0] if i is not None and i < len(row) else None

    if "start" in cols:
        start = parse_date(cell("start") or "")
        raw_end = cell("end")
        end = parse_date(raw_end or "")
        if end is None and start and "end" in cols and _DASH.match(raw_end or ""):
            end = "present"
        return start, end
    if "dates" in cols:
        ranges = find_date_ranges(cell("dates") or "")
        if ranges:
            return ranges[0].start, ranges[0].end
    return None, None


def table_job_facts(ctx: DocContext) -> list[Fact]:
    """One worked-at fact per row of each jobs table of the document."""
    text = ctx.text
    if "|" not in text:
        return []
    out: list[Fact] = []
    for table in _tables(text):
        if len(table) < 3 or not _RULE_ROW.match(table[1][0]):
            continue
        cols = _columns([c[0] for c in _cells(*table[0])])
        if cols is None:
            continue
        for line, offset in table[2:]:
            row = _cells(line, offset)
            if max(cols.values()) >= len(row):
                continue
            org_text, o_start, _ = row[cols["org"]]
            title, t_start, t_end = row[cols["title"]]
            org = clean_org_name(_NOTE.sub("", org_text))
            if not org or not title or not org[0].isupper() or len(org.split()) > 8:
                continue
            start, end = _dates(row, cols)
            last = max(c[2] for c in row if c[0]) if any(c[0] for c in row) else t_end
            out.append(make_fact(ctx, Predicate.WORKED_AT, org_type(org), org,
                                 (min(o_start, t_start), max(last, o_start + len(org))),
                                 EXTRACTOR, 0.85, title=title, start=start, end=end))
    return out
