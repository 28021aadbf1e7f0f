"""worked-at from a bio's header lines: "Name, Title, Company", "Title at Company", "Title | Org".

Speaker bios and profiles open with the person's name and current role on a line of their own,
before the first sentence of prose. The role there is current (end "present").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.prose import lookup
from extract.prose.agents import Analysis, analysis
from extract.prose.common import make_fact
from extract.prose.header_wrap import joined_header_line, unit_in_title, wrapped_prose_line
from extract.prose.orgs import clean_org_name, org_type
from extract.prose.publisher import hire_start, publisher_org
from extract.prose.roles import is_title_head, title_case
from ontology import Fact, Predicate

if TYPE_CHECKING:
    from extract.context import DocContext

__all__ = ["header_facts", "header_lines", "split_role_line", "EXTRACTOR"]

EXTRACTOR = "prose.employment.v1"
_SEP = re.compile(r"\s*(?:,|\||·|•|;|\s[–—-]\s)\s*")
_AT = re.compile(r"\s+(?:at|@)\s+")


_EMPHASIS = re.compile(r"\*{1,3}|(?<![\w@.])_{1,3}|_{1,3}(?![\w@.])")
#: the fields of a profile's title line: '**Title** · e-mail · room', '**Title** | 2021–'
_FIELD_SEP = re.compile(r"\s+[·|•]\s+")
_PAREN_TAIL = re.compile(r"\s*\(([^()]{1,40})\)\s*$")
_MONTH_NAMES = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
#: when a current role began, printed beside its title: '(since January 2022)', '(joined 2023)',
#: '· 2021–', '2019 - present'
_ROLE_SINCE = re.compile(r"^(?:(?:since|joined|from|started)\s+(?:([a-z]+)\.?\s+)?((?:19|20)\d\d)|"
                         r"((?:19|20)\d\d)\s*(?:[–—-]+|to)\s*(?:present|now|current|today)?)$",
                         re.IGNORECASE)


def title_line_parts(line: str) -> tuple[str, str | None]:
    """The title of a profile's title line and the start of the role printed beside it
    ('YYYY' or 'YYYY-MM'); contact fields after it are dropped.

    >>> title_line_parts("**Staff Scientist** (since March 2020)")
    ('Staff Scientist', '2020-03')
    >>> title_line_parts("*Lab Technician* · 2019– · b.roe@example.org")
    ('Lab Technician', '2019')
    """
    fields = _FIELD_SEP.split(_MARKUP.sub("", line).strip())
    title, rest = fields[0], fields[1:]
    m = _PAREN_TAIL.search(title)
    if m:
        title, rest = title[:m.start()], [m.group(1), *rest]
    start = None
    for field in rest:
        d = _ROLE_SINCE.match(_EMPHASIS.sub("", field).strip())
        if d:
            month = _MONTH_NAMES.get((d.group(1) or "").lower()) or next(
                (n for w, n in _MONTH_NAMES.items() if d.group(1) and len(d.group(1)) >= 3
                 and w.startswith(d.group(1).lower())), None)
            year = d.group(2) or d.group(3)
            start = f"{year}-{month:02d}" if month and d.group(2) else year
            break
    return _EMPHASIS.sub("", title).strip(" ,;"), start


def header_lines(text: str, an: Analysis, limit: int = 3) -> list[tuple[int, str]]:
    """Up to `limit` short lines (offset, text) before the first line of running prose."""
    out: list[tuple[int, str]] = []
    pos = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        s = line.strip()
        if s and not an.in_noise(pos, pos + len(line)):
            if len(s.split()) > 16 or s.endswith((".", "?", "!")) \
                    or wrapped_prose_line(s, lines[k + 1] if k + 1 < len(lines) else ""):
                break
            out.append((pos, line))
            if len(out) >= limit:
                break
        pos += len(line) + 1
    return out


def _is_title(part: str) -> bool:
    return any(is_title_head(w) for w in re.split(r"[\s/]+", part)) and len(part.split()) <= 10


def split_role_line(line: str, an: Analysis) -> tuple[str, str] | None:
    """(title, organization) of a header line, the subject's name dropped.

    >>> an = Analysis((), "Jane Roe", "Jane", "Roe")
    >>> split_role_line("Jane Roe, Chief Data Scientist, Initech Robotics", an)
    ('Chief Data Scientist', 'Initech Robotics')
    >>> split_role_line("Senior Engineer at Globex | Speaker", an)
    ('Senior Engineer', 'Globex')
    """
    parts = [p for p in _SEP.split(_EMPHASIS.sub("", line).strip()) if p]
    if parts and an.names_subject(parts[0]):
        parts = parts[1:]
    for i, part in enumerate(parts):
        m = _AT.split(part, maxsplit=1)
        if len(m) == 2 and _is_title(m[0]):
            return m[0], m[1]
        if _is_title(part) and i + 1 < len(parts) and not _is_title(parts[i + 1]):
            if unit_in_title(parts, i):  # 'Title, Unit, Organization'
                return f"{part}, {parts[i + 1]}", parts[i + 2]
            return part, parts[i + 1]
    return None


def _org_ok(name: str, start: int, ctx: DocContext) -> bool:
    words = name.split()
    if not words or len(words) > 6 or not name[0].isupper() or lookup.is_skill(name):
        return False
    for ent in analysis(ctx).ents:
        if ent.start_char <= start < ent.end_char and ent.label_ in ("GPE", "LOC", "DATE", "PERSON") \
                and len(ent.text) >= len(name) - 1:
            return lookup.known_org_type(name) is not None
    return True


_MARKUP = re.compile(r"^[\s#*_>]+|[\s*_]+$")
#: a heading 'Name, Title' / 'Name — Title' / 'Name: Title' (the name is checked by the caller)
_NAME_THEN_TITLE = re.compile(r"^([^,|:–—]{3,60}?)\s*(?:,|\||:|–|—|\s-\s)\s*(\S.{1,80})$")
#: a short form printed after the name: 'Institute of Tropical Farming (ITF)'
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&.]{1,10}\)$")
_LEGAL = re.compile(r",?\s+(?:inc|ltd|llc|gmbh|plc|corp|co)\.?$", re.IGNORECASE)


def page_org(ctx: DocContext, before: int) -> str | None:
    """The organization a page of several profiles belongs to (a team page): an organization
    the model tags, named before the first profile and mentioned at least three times in
    all (its full name, or its first word standing alone as the short form)."""
    text = ctx.text
    best: tuple[int, str] | None = None
    names = sorted({_LEGAL.sub("", clean_org_name(part)) for ent in ctx.doc.ents
                    if ent.label_ == "ORG" for part in ent.text.split("\n") if part.strip()})
    for name in names:
        words = name.split()
        if not words or not name[0].isupper() or len(words) > 5 or lookup.is_skill(name):
            continue
        short = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])")
        count, first_at = 0, len(text)
        for m in short.finditer(text):
            full = text.startswith(name, m.start())
            alone = not re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 2]) and not re.search(
                r"[A-Z]\w*[ \t]+$", text[max(0, m.start() - 20):m.start()])
            if full or (alone and len(words) > 1):
                count += 1
                first_at = min(first_at, m.start())
        if count >= 3 and first_at < before and (best is None or count > best[0]):
            best = (count, name)
    return best[1] if best else None


def _profile_title_facts(ctx: DocContext, an: Analysis) -> list[Fact]:
    """A profile on a team page: the title line under the person's name is a current role at
    the page's organization ('### Jane Roe' / '**Chief Technology Officer**')."""
    assert ctx.segment is not None
    for offset, line in header_lines(ctx.text, an):
        title, since = title_line_parts(line)
        named = _NAME_THEN_TITLE.match(title)
        if named and an.names_subject(named.group(1)):  # '## Jane Roe, Chief Technology Officer'
            title = _MARKUP.sub("", named.group(2))
        if not title or an.names_subject(title) or an.subject_name and an.subject_name in title:
            continue
        if not _is_title(title) or any(ch.isdigit() for ch in title):
            return []
        org = publisher_org(ctx.text) or page_org(ctx, ctx.segment[0])
        if org is None:
            return []
        start = offset + line.find(title)
        if line.find(title) < 0:
            return []
        return [make_fact(ctx, Predicate.WORKED_AT, org_type(org), org, (start, start + len(title)),
                          EXTRACTOR, 0.7, title=title, end="present",
                          start=since or hire_start(ctx.text[slice(*ctx.segment)], ctx.text))]
    return []


def header_facts(ctx: DocContext) -> list[Fact]:
    """The current role printed in a bio's header lines."""
    an = analysis(ctx)
    out: list[Fact] = []
    lines = header_lines(ctx.text, an)
    for k, (offset, line) in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        line = joined_header_line(line, nxt and nxt[1], nxt[0] - offset - len(line) if nxt else 0)
        split = split_role_line(line, an)
        if split is None:
            continue
        title, org = split
        org = clean_org_name(_ACRONYM.sub("", _MARKUP.sub("", org)))
        title = re.sub(r"^(?:the|a|an|our|their)\s+", "", _MARKUP.sub("", title.strip()),
                       flags=re.IGNORECASE)
        at = line.find(title)
        # the organization printed after the title ('Jane Roe, Engineer, X'): a short name may
        # also occur inside the person's name or the title ('X' in 'Ximena')
        found = line.find(org, at + len(title)) if at >= 0 else -1
        found = line.find(org) if found < 0 else found
        start = offset + found
        if found < 0 or not _org_ok(org, start, ctx):
            continue
        title_out = title_case(title) if title.islower() else title
        a = offset + (at if at >= 0 else found)
        out.append(make_fact(ctx, Predicate.WORKED_AT, org_type(org), org,
                             (min(a, start), max(a + len(title), start + len(org))), EXTRACTOR,
                             0.8, title=title_out, end="present"))
    if not out and ctx.segment is not None:
        out = _profile_title_facts(ctx, an)
    return out
