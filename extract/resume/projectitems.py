"""contributed-to: named projects listed inside employment entries (and projects lists).

Three shapes the sentence cues (`extract.resume.projectcues`) do not read:

- a dated item "> Project Falcon - migration of the billing ledger to ... (Mar 2020 - Jan 2021)":
  a capitalized name, a dash, a lower-case description, a parenthesized date somewhere in the
  item (its wrapped lines included). "(Q2-Q4 2021)" is the year. An item whose name is lower
  case ("Intranet refresh, comms lead (2016)") is a description, not a named project;
- a project block heading "Project #2 : Name – what it is   (Mar-2018 to Present)" or
  "Project : Name" (Indian-style resumes with Client/Role/Team Size lines beneath);
- a name emphasized or quoted after a build verb: "Built the **Ledgerly** portal",
  "Lead designer on **Reading the Room** (Rise, 2021)", 'Shipped "Tandem", a ...'. A known
  technology or organisation in that place is not a project.

A single printed year is the project's end (holdout convention for works).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.context import Line
from extract.dates import strip_dates
from extract.resume.common import clean_markup, is_bullet, known_org, strip_bullet
from extract.resume.projectnames import ProjectHit, canonical_name, name_ok
from extract.skillmatch import lookup_skill

__all__ = ["item_hits"]

_WORD = r"(?:[A-Z][\w'’&.+#/-]*|v\d+(?:\.\d+)*|\d[\w.]*)"
#: "Project Falcon - migration of ...": a capitalized name, a dash, a lower-case description
_ITEM = re.compile(rf"^(?P<name>[A-Z][\w'’&.+#/-]*(?:\s+{_WORD}){{0,4}})\s+[-–—]\s+(?=[a-z])")
_PAREN_DATE = re.compile(r"\(([^()]*\b(?:19|20)\d{2}\b[^()]*)\)")
_QUARTERS = re.compile(r"(?i)^\s*Q[1-4]\s*[-–]\s*Q[1-4]\s*,?\s*((?:19|20)\d{2})\s*$")
#: "Project #2 : Name – what it is", "Project: Name"
_BLOCK = re.compile(r"^(?i:project)\s*(?:#\s*\d+|\d+)?\s*[:–—-]\s*(?P<rest>[A-Z].*)$")
_BUILD = (r"(?i:built|developed|created|designed|launched|shipped|wrote|authored|worked\s+on|"
          r"(?:lead|led|senior|principal)\s+(?:developer|designer|engineer|author)\s+(?:on|of|for))")
#: a build verb, then (in the same clause) an emphasized or quoted name
_CUED = re.compile(rf"\b{_BUILD}\b(?P<gap>[^.;:*\"“]{{0,50}}?)(?:\*\*(?P<b>[^*]{{2,60}})\*\*|"
                   r"[\"“](?P<q>[A-Z][^\"”]{1,40})[\"”])")
#: more emphasized names joined to the first: "**A** (2021) and **B** (2022)"
_MORE = re.compile(r"(?P<note>\s*(?:\([^()]*\))?\s*)(?:,|and|&)\s+\*\*(?P<b>[^*]{2,60})\*\*")


_ROLE = r"(?:co-?)?(?:author|creator|maintainer|(?:core\s+)?contributor)"
#: "widget-sync (author) - github.com/...", "Tornado - contributor (4 merged PRs)"
_ROLE_ITEM = re.compile(rf"^(?P<name>[\w.+#-]+(?:\s+[A-Z][\w.+#-]*){{0,3}})\s*(?:\(\s*{_ROLE}\s*\)|"
                        rf"[-–—:]\s*{_ROLE}\b)", re.I)


def _when(raw: str) -> tuple[str | None, str | None] | None:
    """(start, end) of a parenthesized date note; a lone year is the end; None if not a date."""
    m = _QUARTERS.match(raw)
    if m:
        return m.group(1), m.group(1)
    head, ranges = strip_dates(raw)
    if not ranges:
        return None
    r = ranges[0]
    if r.end is None:
        return None, r.start
    return r.start, r.end


_TITLE_CASE = re.compile(r"^[A-Z0-9][^\s]*(?:\s+(?:[A-Z0-9][^\s]*|of|the|for|on|and|in|to|a|an|with|at|by))*$")


def _ok(name: str) -> bool:
    return name_ok(name) and not known_org(name) and not lookup_skill(name)


#: a description that makes the item coursework or research, not a product
_SCHOOLWORK = re.compile(r"(?i)^(?:course|class|research|thesis|capstone|coursework|academic|"
                         r"university|school|seminar|term|final[- ]year|group)\b")


def _dated_items(lines: list[Line], headings: bool = False) -> Iterator[ProjectHit]:
    """Dated "Name - description" items; `headings`: also unbulleted lines (a projects list)."""
    for n, line in enumerate(lines):
        if not is_bullet(line.text) and not (headings and line.stripped and line.text[:1] != " "):
            continue
        body = strip_bullet(line.text) if is_bullet(line.text) else line.text.strip()
        m = _ITEM.match(body)
        if m is None or not _ok(m.group("name")) or len(m.group("name").split()) < (
                1 if is_bullet(line.text) else 2) or _SCHOOLWORK.match(body[m.end():]):
            continue
        item = [body]
        ind = len(line.text) - len(line.text.lstrip())
        for nxt in lines[n + 1:n + 4]:  # wrapped lines: deeper indented, not bullets
            if not nxt.stripped or is_bullet(nxt.text) or (
                    len(nxt.text) - len(nxt.text.lstrip()) <= ind and not headings) or (
                    headings and _ITEM.match(nxt.text.strip())):
                break
            item.append(nxt.text.strip())
        when = next((w for d in reversed(_PAREN_DATE.findall(" ".join(item)))
                     if (w := _when(d)) is not None), None)
        if when is None:
            continue
        name, aliases = canonical_name(m.group("name"))
        s = line.start + line.text.find(body)
        yield ProjectHit(name, s, s + len(m.group("name")), aliases, when[0], when[1],
                         confidence=0.7)


def _role_items(lines: list[Line]) -> Iterator[ProjectHit]:
    """Bullets led by a project's name and the person's role in it (open-source lists)."""
    for n, line in enumerate(lines):
        if not is_bullet(line.text):
            continue
        body = strip_bullet(line.text)
        m = _ROLE_ITEM.match(body)
        if m is None or not name_ok(m.group("name")) or known_org(m.group("name")):
            continue
        item = " ".join([body] + [ln.text for ln in lines[n + 1:n + 3] if ln.stripped and not
                                  is_bullet(ln.text)][:1])
        when = next((w for d in _PAREN_DATE.findall(item) if (w := _when(d)) is not None),
                    (None, None))
        name, aliases = canonical_name(m.group("name"))
        s = line.start + line.text.find(body)
        yield ProjectHit(name, s, s + len(m.group("name")), aliases, *when,
                         open_source=bool(re.search(r"github|gitlab|open[- ]source", item, re.I)),
                         confidence=0.75)


def _blocks(lines: list[Line]) -> Iterator[ProjectHit]:
    for line in lines:
        t = line.text.strip()
        if not t[:7].lower() == "project":
            continue
        m = _BLOCK.match(t)
        if m is None:
            continue
        head, ranges = strip_dates(m.group("rest"))
        raw = re.split(r"\s+[-–—|]\s+|\s*\(", head.strip())[0].strip(" ,;:")
        if not raw or len(raw.split()) > 5 or not _ok(raw):
            continue
        name, aliases = canonical_name(raw)
        s = line.start + line.text.find(raw)
        d = ranges[0] if ranges else None
        start, end = (d.start, d.end) if d and d.end else (None, d.start if d else None)
        yield ProjectHit(name, s, s + len(raw), aliases, start, end, confidence=0.75)


def _cued(line: Line) -> Iterator[ProjectHit]:
    text = line.text
    if "**" not in text and '"' not in text and "“" not in text:
        return
    for m in _CUED.finditer(text):
        found = [(m.group("b") or m.group("q"), m.start("b") if m.group("b") else m.start("q"),
                  m.end())]
        pos = m.end()
        while (more := _MORE.match(text, pos)) is not None:
            found.append((more.group("b"), more.start("b"), more.end()))
            pos = more.end()
        for raw, s, e in found:
            raw = clean_markup(raw).strip(" ,.")
            if not _TITLE_CASE.match(raw) or len(raw.split()) > 8 or not _ok(raw):
                continue
            note = _PAREN_DATE.match(text[e:].lstrip())
            when = _when(note.group(1)) if note else None
            name, aliases = canonical_name(raw)
            yield ProjectHit(name, line.start + s, line.start + s + len(raw), aliases,
                             *(when or (None, None)), confidence=0.7)


def item_hits(lines: list[Line], experience: bool, projects: bool = False) -> Iterator[ProjectHit]:
    """Projects named in a section's lines; dated items and blocks only in work sections."""
    if experience:
        yield from _dated_items(lines, headings=projects)
        yield from _blocks(lines)
    yield from _role_items(lines)
    for line in lines:
        yield from _cued(line)
