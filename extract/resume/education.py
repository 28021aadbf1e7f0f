"""Education: studied-at facts (degree as `title`, field and GPA as attrs, dates) from the
education section only, plus located-in for a printed institution location.

Shapes read: "Degree, Field, Institution (GPA: x)" on one line; an "Institution, City" line with
the degree line after it (or before it); "Institution / Institution" (one fact each);
"Degree — Institution — 2015–2019"; "PhD in X, University, 2018". Lines that are neither an
institution nor a degree of an entry (ranks, honours, coursework) give nothing.

>>> from extract.pipeline import build_context
>>> from ontology import Document
>>> text = "EDUCATION\\n- MSc in Applied Physics, Northfield University, 2012 - 2014 (GPA: 3.9/4)\\n"
>>> [(f.object.name, f.title, f.start, f.end, f.attrs)
...  for f in extract_education(build_context(Document(id="d", text=text)))]
... # doctest: +NORMALIZE_WHITESPACE
[('Northfield University', 'MSc in Applied Physics', '2012', '2014',
  {'field': 'Applied Physics', 'gpa': '3.9/4'})]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.context import DocContext, Line
from extract.registry import register
from extract.resume.common import (
    clean_markup,
    clean_title,
    is_page_marker,
    is_place,
    is_remote,
    known_org,
    make_fact,
    mark_gaps,
    org_mention,
    org_score,
    org_type,
    peel_place,
    place_mention,
    strip_bullet,
)
from ontology import EntityType, Fact, Predicate, fold

__all__ = ["extract_education", "find_degree", "is_institution", "split_degree"]

NAME = "resume.education.v1"

_DEGREE = re.compile(
    r"(?i)\b(?:bachelor|master|doctor(?:ate)?|ph\.?\s?d|d\.?\s?phil|m\.?\s?phil|mba|b\.?\s?tech|"
    r"m\.?\s?tech|b\.?\s?eng|m\.?\s?eng|b\.?\s?sc|m\.?\s?sc|b\.?\s?com|diploma|certificate|"
    r"specialization|specialisation|nanodegree|high school|secondary school|a-levels|"
    r"postgraduate|associate(?:'s)? degree|licen[cs]iate|juris doctor|llb|llm)\b"
    r"|\b(?:B|M)\.?\s?(?:S|A|E|Sc)\.?(?=\s|,|$)|\b(?:BS|MS|BA|MA|BE|ME|PhD|MD|JD)\b")
_GPA = re.compile(r"(?i)\(?\s*\b(?:c?gpa|cpi|cgpa|grade|score)\s*[:\-]?\s*"
                  r"([0-9]+(?:\.[0-9]+)?(?:\s*/\s*[0-9]+(?:\.[0-9]+)?)?%?)\s*\)?")
#: the European Qualifications Framework level printed beside a Europass degree
_EQF = re.compile(r"(?i)[\s,|]*\bEQF\s+level\s+\d\b")
_MOOC = frozenset({"coursera", "edx", "udacity", "udemy", "deeplearning.ai", "khan academy",
                   "datacamp", "fast.ai", "linkedin learning", "pluralsight", "nptel",
                   "codecademy", "mit opencourseware", "futurelearn"})
_FIELD = re.compile(r"(?i)^(.*?\b(?:of|in)\s+(?:science|arts|engineering|technology|"
                    r"business administration|philosophy|laws?|education|commerce))\b[\s,]*"
                    r"(?:in\s+)?(.*)$|^(.*?)\s+in\s+(.+)$")


def is_institution(text: str) -> bool:
    """A university, college, school, MOOC provider or other organization name."""
    c = clean_markup(text).strip(" ,")
    if not c or find_degree(c) or len(c.split()) > 10:
        return False
    if fold(c) in _MOOC or known_org(c):
        return True
    return org_type(c) is EntityType.EDUCATIONAL_ORGANIZATION or org_score(c) >= 1.0


def find_degree(text: str) -> bool:
    return bool(_DEGREE.search(text))


def split_degree(title: str) -> tuple[str, str | None]:
    """(degree, field) of a printed degree.

    >>> split_degree("Master of Science, Computer Science")
    ('Master of Science', 'Computer Science')
    >>> split_degree("PhD in Marine Biology")
    ('PhD', 'Marine Biology')
    >>> split_degree("Bachelor of Engineering in Civil Engineering")
    ('Bachelor of Engineering', 'Civil Engineering')
    """
    head, _, rest = title.partition(",")
    if rest.strip() and find_degree(head):
        return head.strip(), rest.strip()
    m = _FIELD.match(title)
    if m and m.group(1) and m.group(2):
        return m.group(1).strip(), m.group(2).strip()
    if m and m.group(3) and m.group(4) and find_degree(m.group(3)):
        return m.group(3).strip(), m.group(4).strip()
    return title, None


@dataclass
class _Entry:
    insts: list[str] = field(default_factory=list)
    inst_line: Line | None = None
    title: str | None = None
    lines: list[Line] = field(default_factory=list)
    place: str | None = None
    start: str | None = None
    end: str | None = None
    gpa: str | None = None


def _read_line(s: str) -> tuple[list[str], str | None, str | None, str | None, list]:
    """(institutions, degree text, place, gpa, date ranges) printed on one line."""
    from extract.dates import strip_dates

    gpa = _GPA.search(s)
    s = _GPA.sub(" ", s) if gpa else s
    rest, ranges = strip_dates(s)
    rest = re.sub(r"\(\s*\)", "", rest).strip(" ,|-–—")
    insts: list[str] = []
    degree: list[str] = []
    place = None
    for chunk in re.split(r"\s+[|–—]\s+|\s+-\s+", rest):
        chunk = chunk.strip(" ,|-–—")
        if is_place(chunk) and (insts or degree):
            place = place or chunk
            continue
        chunk, pl = peel_place(chunk)
        place = place or pl
        for p in (p.strip() for p in re.split(r",\s*", chunk) if p.strip()):
            alts = [a.strip() for a in re.split(r"\s+/\s+", p) if a.strip()]
            if alts and all(is_institution(a) for a in alts):
                insts.extend(alts)
            elif insts and is_place(p) and not find_degree(p):
                place = place or p
            elif not insts or find_degree(p):
                degree.append(p)
    if not insts and len(degree) > 1 and find_degree(degree[0]):
        named = [p for p in degree[1:] if _proper_name(p)]
        if named:
            insts, degree = named[:1], [p for p in degree if p != named[0]]
    return insts, _as_printed(rest, degree, insts), place, \
        gpa.group(1).replace(" ", "") if gpa else None, ranges


def _as_printed(rest: str, degree: list[str], insts: list[str]) -> str | None:
    """The degree text as printed ('Bachelor of Science - BS, Computer Science'), or its parts
    joined with commas when an institution sits between them."""
    if not degree:
        return None
    a = rest.find(degree[0])
    b = rest.find(degree[-1], max(a, 0))
    span = rest[a:b + len(degree[-1])] if a >= 0 and b >= 0 else ""
    if span and not any(i in span for i in insts) and not re.search(r"\s[|·]\s", span):
        return clean_title(span)
    return clean_title(", ".join(degree))


def _proper_name(p: str) -> bool:
    """Two or more capitalised words, not a field of study made of generic words."""
    from extract.resume.common import is_unit

    words = p.split()
    return (len(words) >= 2 and all(w[0].isupper() or w in ("of", "de", "do", "da", "di", "the")
                                    for w in words)
            and not is_unit(p + " department") and not is_place(p) and not find_degree(p))


@dataclass
class _Row:
    """One non-empty line of an education section, read and classified.

    kind: I (names an institution), D (a degree, no institution), T (other text), G (only a
    GPA and/or dates)."""

    line: Line
    insts: list[str]
    title: str | None
    place: str | None
    gpa: str | None
    ranges: list
    kind: str
    bullet: bool


def _rows(ctx: DocContext, start: int, end: int) -> list[_Row]:
    from extract.context import iter_lines

    rows: list[_Row] = []
    for ln in iter_lines(ctx.text, start, end):
        s = clean_markup(mark_gaps(strip_bullet(ln.text)))
        if not s or is_page_marker(ln.text):
            continue
        s = _EQF.sub("", s).strip(" ,|")
        insts, title, place, gpa, ranges = _read_line(s)
        kind = "I" if insts else "D" if title and find_degree(title) else "T" if title else "G"
        bullet = ln.text.lstrip().startswith(("-", "•", "*", "–"))
        rows.append(_Row(ln, insts, title, place, gpa, ranges, kind, bullet))
    return rows


def _step(entries: list[_Entry], cur: _Entry | None, r: _Row,
          degree_first: bool) -> _Entry | None:
    """The entry row `r` belongs to (opening a new one when it starts one), or None."""
    if r.kind == "I":
        if cur is not None and degree_first and not cur.insts and not r.title:
            cur.insts, cur.inst_line, cur.place = r.insts, r.line, r.place
            cur.lines.append(r.line)
            return cur
        entries.append(_Entry(insts=r.insts, inst_line=r.line, place=r.place, title=r.title,
                              lines=[r.line]))
        return entries[-1]
    if r.kind == "D":
        if cur is None or degree_first or cur.title:  # a new degree (at the same institution)
            prev = cur if cur is not None and not degree_first else None
            entries.append(_Entry(insts=list(prev.insts) if prev else [], title=r.title,
                                  inst_line=prev.inst_line if prev else None,
                                  place=prev.place if prev else None, lines=[r.line]))
            return entries[-1]
        cur.title = r.title
        cur.lines.append(r.line)
        return cur
    if r.kind == "T":  # the line right under an institution names its credential
        if cur is not None and cur.title is None and len(cur.lines) == 1 and not r.bullet \
                and not (r.ranges and (cur.start or cur.end)):
            cur.title = r.title
            cur.lines.append(r.line)
            return cur
        return None
    return cur


def _entries(ctx: DocContext, start: int, end: int) -> list[_Entry]:
    """Entries of an education section: each starts at an institution line (or at a degree
    line when the section prints degrees before institutions)."""
    rows = _rows(ctx, start, end)
    degree_first = next((r.kind for r in rows if r.kind in "ID"), "I") == "D"
    entries: list[_Entry] = []
    cur: _Entry | None = None
    early: list = []  # a date line printed before its entry
    for r in rows:
        if r.kind == "G" and r.ranges and (cur is None or cur.start or cur.end):
            early = r.ranges
            continue
        target = _step(entries, cur, r, degree_first)
        if target is None:
            continue
        cur = target
        ranges = r.ranges or (early if r.kind in "ID" else [])
        if r.kind in "ID":
            early = []
        if ranges and cur.start is None and cur.end is None:
            cur.start, cur.end = _range(ranges)
        if r.gpa and cur.gpa is None:
            cur.gpa = r.gpa
    return [e for e in entries if e.insts]


def _range(ranges: list) -> tuple[str | None, str | None]:
    r = next((x for x in ranges if x.end), ranges[0])
    if r.end is None:  # a single year is the graduation year
        return None, r.start
    return r.start, r.end


@register(NAME, kinds=("resume",))
def extract_education(ctx: DocContext) -> list[Fact]:
    """studied-at (degree title, field, GPA, dates) and located-in facts."""
    facts: list[Fact] = []
    for sec in ctx.sections_named("education"):
        for e in _entries(ctx, sec.start, sec.end):
            a = min(ln.start for ln in e.lines)
            b = max(ln.end for ln in e.lines)
            attrs = {}
            if e.title:
                _, fld = split_degree(e.title)
                if fld:
                    attrs["field"] = fld
            if e.gpa:
                attrs["gpa"] = e.gpa
            conf = 0.9 if e.title and find_degree(e.title) else 0.7
            for inst in e.insts:
                etype = EntityType.ORGANIZATION if fold(inst) in _MOOC else None
                obj = org_mention(inst, etype)
                facts.append(make_fact(ctx, Predicate.STUDIED_AT, obj, (a, b), NAME, conf,
                                       title=e.title, start=e.start, end=e.end, attrs=attrs))
                if e.place and not is_remote(e.place) and e.inst_line is not None:
                    ln = e.inst_line
                    facts.append(make_fact(ctx, Predicate.LOCATED_IN, place_mention(e.place),
                                           (ln.start, ln.end), NAME, 0.8, subject=obj))
    return facts
