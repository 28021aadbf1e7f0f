"""contributed-to: named open-source projects and products the resume subject built or worked on.

Found in bullets and sentences by the role the person states ("creator of X", "core contributor
to X and Y", "Developed X - a ...": `extract.resume.projectcues`), and from Projects-section
headings that name a product or a repository (an owner/repo, a URL, "Open-Source", a coined name
such as `FLU-TRACK`); research and course project headings ("Noise Reduction in Sensor Arrays")
are not projects. A project block is dated by its own date line. Open-source projects are also
technologies the person used: the skills extractor makes the same Project entity the object of
used-skill.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from extract.context import DocContext, Line, Section, iter_lines
from extract.registry import register
from extract.resume.bibliography import work_sections
from extract.resume.common import clean_markup, is_bullet, make_fact, strip_bullet
from extract.resume.flattable import flat_table_hits
from extract.resume.projectcues import sentence_hits
from extract.resume.projectitems import item_hits
from extract.resume.projectnames import REPO, ProjectHit, canonical_name, coined
from extract.skillmatch import lookup_skill
from ontology import EntityType, Fact, Mention, Predicate, norm_name

__all__ = ["ProjectHit", "find_projects", "extract_projects", "NAME"]

NAME = "resume.projects.v1"

#: the heading of an achievements section (results, not honours), read like experience
_RESULTS_HEAD = re.compile(r"(?i)\b(?:achievements?|accomplishments?|highlights?)\b(?!.*\b(?:awards?|"
                           r"honou?rs?)\b)")
SKIP_SECTIONS = frozenset({"education", "courses", "interests", "skills", "awards", "patents",
                           "certifications", "references", "contact", "languages"})

#: headings of research or course work, never products ("... for GPT2", "Track 1 Challenge")
_RESEARCHY = re.compile(r"\b(?:for|of|in|on|using|with|via|to|from|by|towards?|based|"
                        r"challenge|competition|hackathon|thesis|study|analysis|survey|estimation|"
                        r"prediction|detection|classification|recognition|identification|"
                        r"correction|optimization|summarization|generation|tutoring)\b", re.I)

_NAMED_ITEM = re.compile(r"^(?P<name>(?:[A-Z][\w-]*\s+){1,5}[A-Z][\w-]*)\s*\((?P<acr>[A-Z]{2,6})\)\s*:")
_PRODUCTS = re.compile(r"\b(?:products?|systems?|applications?|apps|tools?|services?|platforms?)\b",
                       re.I)


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


def _listed_products(lines: list[Line]) -> Iterator[ProjectHit]:
    """Items "Name (ACR): what it does" listed under a line that announces products/systems."""
    for n, line in enumerate(lines):
        body = strip_bullet(line.text) if is_bullet(line.text) else ""
        m = _NAMED_ITEM.match(body)
        if not m or "".join(w[0] for w in m.group("name").split()).upper() != m.group("acr"):
            continue
        parent = next((ln for ln in reversed(lines[:n]) if ln.stripped and
                       _indent(ln) < _indent(line)), None)
        if parent is None or not _PRODUCTS.search(parent.text):
            continue
        s = line.start + line.text.find(body)
        yield ProjectHit(m.group("name"), s, s + m.end("name"), (m.group("acr"),), confidence=0.7)


def _block_hits(lines: list[Line]) -> Iterator[ProjectHit]:
    """Projects-section headings that name a product or a repository, dated by their block."""
    from extract.dates import strip_dates

    bullets = [is_bullet(ln.text) for ln in lines]
    for k in range(1, len(lines)):  # an indented line wrapped from a bullet belongs to it
        if not bullets[k] and bullets[k - 1] and lines[k].stripped and _indent(lines[k]) > 0:
            bullets[k] = True
    undated: dict[str, tuple[str, list]] = {}  # strip_dates of each text, computed once

    def strip(raw: str) -> tuple[str, list]:
        key = clean_markup(raw)
        if key not in undated:
            undated[key] = strip_dates(key)
        return undated[key]

    def dates_of(k: int) -> list:
        return strip(lines[k].text)[1]

    for n, line in enumerate(lines):
        raw = line.text.strip()
        if not raw or bullets[n]:
            continue
        head, ranges = strip(raw)
        head = re.split(r"\s+[-–—|:]\s+|\s*[|(]\s*", head.strip(" |-–—,"))[0].strip()
        if not head or len(head.split()) > 10:
            continue
        stop = next((k for k in range(n + 1, len(lines)) if lines[k].text.strip() and not
                     bullets[k] and not dates_of(k)), len(lines))
        block = lines[n + 1:stop]
        dated = ranges + [r for k in range(n + 1, min(stop, n + 4)) for r in dates_of(k)]
        own_repo = next((m for m in REPO.finditer(raw) if m.group(2).lower() == head.lower()), None)
        if own_repo is not None:  # "widgetkit — Python package for ... (github.com/ann/widgetkit)"
            block, dated = [line], ranges
        elif not ranges and not any(bullets[n + 1:stop]):
            continue
        repo = sorted({m.group(0) for ln in block for m in REPO.finditer(ln.text)
                       if not m.group(0).startswith("http")})
        oss = bool(re.search(r"open[- ]source|github|gitlab", head, re.I)) or own_repo is not None
        if oss and len(repo) == 1:
            name, aliases = canonical_name(repo[0])
            if name.lower() == head.lower():  # the heading's spelling of the repository's name
                name, aliases = head, aliases + (name,)
            else:
                aliases = aliases + (head,)
        elif REPO.search(head) or oss or _coined_head(head) or _product_head(head):
            name, aliases = canonical_name(re.sub(r"\s*\bopen[- ]source\b\s*", " ", head).strip())
        else:
            continue
        i = line.text.find(head)
        s, e = (line.start + i, line.start + i + len(head)) if i >= 0 else (
            line.start + line.text.find(raw), line.start + line.text.find(raw) + len(raw))
        d = next((r for r in dated if r.end), dated[0] if dated else None)
        yield ProjectHit(name, s, e, aliases, d.start if d else None,
                         d.end if d else None, open_source=oss, confidence=0.8)


#: the column of a works table that names the work, and columns that make it another table
_NAME_COLUMN = re.compile(r"(?i)projects?|games?|buildings?|products?|titles?|works?")
_OTHER_TABLE = re.compile(r"(?i)\b(?:company|employer|organi[sz]ation|institution|school|university|"
                          r"degree|journal|venue|publisher|conference|publication|paper|course|"
                          r"certificat\w*|award|skill|language)s?\b")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_EMPHASIS = re.compile(r"\*\*([^*]+)\*\*|(?<![*\w])\*([^*]+)\*(?![*\w])|__([^_]+)__|(?<!\w)_([^_]+)_(?!\w)")
_YEARISH = re.compile(r"\b(?:19|20)\d{2}\b")


def _table_hits(lines: list[Line]) -> Iterator[ProjectHit]:
    """Rows of a markdown table of works ("| Year | Project | Client | Role |", "| Title |
    Studio | Year | Platforms |"): the name cell's emphasized part, or its text before a note
    ("(competition)", ", 6-storey ..."), dated by a year column (one year: the end)."""
    col = year_col = -1
    for n, line in enumerate(lines):
        t = line.text.strip()
        if not t.startswith("|"):
            col = year_col = -1
            continue
        cells = [c.strip() for c in _CELL_SPLIT.split(t.strip("|"))]
        if col < 0:
            nxt = lines[n + 1].text.strip() if n + 1 < len(lines) else ""
            if not re.fullmatch(r"\|?\s*:?-{3,}.*", nxt):
                continue
            names = [i for i, c in enumerate(cells) if _NAME_COLUMN.fullmatch(clean_markup(c))]
            if names and not any(_OTHER_TABLE.search(c) for c in cells):
                col = names[0]
                year_col = next((i for i, c in enumerate(cells) if re.fullmatch(
                    r"(?i)years?|date|released?|release year", clean_markup(c))), -1)
            continue
        if re.fullmatch(r"[|\s:-]+", t) or col >= len(cells):
            continue
        cell = cells[col]
        em = _EMPHASIS.search(cell)
        name = next(g for g in em.groups() if g) if em else re.split(
            r"\s*[(,;]|\s+[-–—]\s+", clean_markup(cell))[0]
        name = clean_markup(name).strip(" ,.")
        if len(name) < 2 or len(name.split()) > 8 or not name[:1].isalnum():
            continue
        i = line.text.find(name)
        if i < 0:
            continue
        years = _YEARISH.findall(cells[year_col]) if 0 <= year_col < len(cells) else []
        start, end = (None, years[0]) if len(years) == 1 else (years[0], years[-1]) if years \
            else (None, None)
        yield ProjectHit(name, line.start + i, line.start + i + len(name), (), start, end,
                         confidence=0.75)


#: a projects-list bullet led by a repository: "[ann/widgetkit](https://github.com/...) — ..."
_REPO_ITEM = re.compile(r"\[?(?P<repo>[A-Za-z0-9][\w.-]{0,38}/[A-Za-z0-9][\w.-]{1,99})\]?"
                        r"(?:\(https?://(?:github\.com|gitlab\.com)/[^)\s]+\))?\s*(?:[-–—:]|$)")


def _repo_items(text: str, lines: list[Line]) -> Iterator[ProjectHit]:
    """Bullets of a projects list that open with a repository (the person's own work)."""
    for line in lines:
        if not is_bullet(line.text):
            continue
        body = strip_bullet(line.text)
        m = _REPO_ITEM.match(body)
        if m is None:
            continue
        name, aliases = canonical_name(m.group("repo"))
        s = line.start + line.text.find(body) + m.start("repo")
        yield ProjectHit(name, s, s + len(m.group("repo")), aliases, open_source=True,
                         confidence=0.75)


def _coined_head(head: str) -> bool:
    """A heading that is a coined name, alone or followed by capitalized words only."""
    first, *rest = head.split()
    return coined(first) and not _RESEARCHY.search(head) and all(
        w[:1].isupper() or w[:1].isdigit() for w in rest)


def _product_head(head: str) -> bool:
    """A heading led by a known product/platform and made of names only ("X Dialog Runtime")."""
    if _RESEARCHY.search(head) or not re.fullmatch(r"(?:[A-Z][\w.+#-]*\s*){2,6}", head):
        return False
    words = head.split()
    return any(lookup_skill(" ".join(words[:k])) for k in range(1, len(words)))


def find_projects(ctx: DocContext) -> list[ProjectHit]:
    """One hit per project (merged by normalized name and alias), dated hits preferred."""
    return list(_find_projects(ctx.text, work_sections(ctx)))


@lru_cache(maxsize=4)
def _find_projects(text: str, sections: tuple[Section, ...]) -> tuple[ProjectHit, ...]:
    """find_projects as a pure function of the text and its sections (memoized: the skills and
    projects extractors both ask)."""
    hits: list[ProjectHit] = []
    for sec in sections:
        if sec.name in SKIP_SECTIONS and not (sec.name == "awards" and _RESULTS_HEAD.search(
                sec.heading or "")):
            continue  # an achievements section ("SELECTED ACHIEVEMENTS") names what was built
        lines = list(iter_lines(text, sec.start, sec.end))
        rows = list(flat_table_hits(text, lines)) if sec.name == "projects" else []
        if rows:  # a flattened table: its rows are read as cells, by nothing else
            hits += rows
            taken = [ln for ln in lines if any(ln.start <= h.start < ln.end for h in rows)]
            lines = [ln for ln in lines if ln not in taken]
        if sec.name == "projects":
            hits += _block_hits(lines)
            hits += _repo_items(text, lines)
        if "\n|" in text[sec.start:sec.end] or text[sec.start:sec.start + 1] == "|":
            hits += _table_hits(lines)
        hits += _listed_products(lines)
        hits += item_hits(lines, sec.name in ("experience", "projects"), sec.name == "projects")
        for line in lines:
            hits += sentence_hits(text, line)
    merged: dict[str, ProjectHit] = {}
    keys: dict[str, str] = {}
    for h in hits:
        names = [norm_name(n) for n in (h.name, *h.aliases)]
        key = next((keys[n] for n in names if n in keys), names[0])
        old = merged.get(key)
        if old is None:
            merged[key] = h
        else:
            merged[key] = replace(old, aliases=tuple(dict.fromkeys(
                old.aliases + h.aliases + ((h.name,) if h.name != old.name else ()))),
                date_start=old.date_start or h.date_start, date_end=old.date_end or h.date_end,
                open_source=old.open_source or h.open_source)
        for n in names:
            keys.setdefault(n, key)
    return tuple(sorted(merged.values(), key=lambda h: (h.start, h.name)))


@register(NAME, kinds=("resume",))
def extract_projects(ctx: DocContext) -> list[Fact]:
    """contributed-to facts of the resume subject."""
    facts = []
    for h in find_projects(ctx):
        obj = Mention(type=EntityType.PROJECT, name=h.name,
                      attrs={"open_source": "true"} if h.open_source else {})
        facts.append(make_fact(ctx, Predicate.CONTRIBUTED_TO, obj, (h.start, h.end), NAME,
                               h.confidence, start=h.date_start, end=h.date_end))
    return facts
