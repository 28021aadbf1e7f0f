"""studied-at from course credentials listed under certifications or trainings.

A course certificate from a course platform (Coursera, edX, ...) or a coding school ("... Code
Camp", "... Bootcamp") is studied at the provider (holdout4 convention), the certificate as the
title: "Google Data Analytics / Professional Certificate – / Coursera (Issued Aug 2020)" (an item
wrapped over sidebar lines) or "* Product Design Basics - Northwind Code Camp (Online), May 2021".
A vendor's certification ("... - Zendesk Training", "AWS Certified ...") is not.
"""

from __future__ import annotations

import re

from extract.context import DocContext, Line
from extract.dates import strip_dates
from extract.resume.common import clean_markup, is_bullet, make_fact, org_mention, strip_bullet
from ontology import EntityType, Fact, Predicate, fold

__all__ = ["course_credentials"]

_SEP = re.compile(r"\s+[-–—|]\s*|\s*[-–—]\s+|,\s+(?=[A-Z])")
_CAMP = re.compile(r"(?i)^(?:[A-Z][\w&.'’-]*\s+){0,4}(?:code\s*camp|boot\s*camp|coding\s+(?:school|"
                   r"academy|bootcamp))$")
_NOTE = re.compile(r"\s*\((?:online|remote|virtual|issued[^()]*|[^()]*\d{4}[^()]*)\)|"
                   r"\s*,?\s*\b(?:issued|completed)\b.*$", re.I)
_ENDS = re.compile(r"(?:\)|\b(?:19|20)\d{2})\s*\.?\s*$")


def _provider(chunk: str, platforms: frozenset[str]) -> str | None:
    name = _NOTE.sub("", chunk).strip(" ,.;")
    name = strip_dates(name)[0].strip(" ,.;()")
    if fold(name) in platforms or _CAMP.match(name):
        return name
    return None


def _items(lines: list[Line]) -> list[list[Line]]:
    """Items of a list: a bullet or blank line opens one; a line ending in a date or ")" closes
    one (sidebar items hard-wrapped over several lines)."""
    items: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if not ln.stripped or is_bullet(ln.text):
            if cur:
                items.append(cur)
            cur = [ln] if ln.stripped else []
        else:
            cur.append(ln)
        if cur and _ENDS.search(ln.text):
            items.append(cur)
            cur = []
    if cur:
        items.append(cur)
    return items


def course_credentials(ctx: DocContext, platforms: frozenset[str], name: str) -> list[Fact]:
    facts: list[Fact] = []
    for sec in ctx.sections_named("certifications"):
        for item in _items(list(ctx.lines(sec))):
            text = " ".join(clean_markup(strip_bullet(ln.text) if is_bullet(ln.text) else
                                         ln.text).strip() for ln in item)
            parts = _SEP.split(text)
            if len(parts) < 2:
                continue
            prov = next((p for p in (_provider(x, platforms) for x in parts[1:]) if p), None)
            if prov is None:
                continue
            title = re.sub(r"\s+", " ", parts[0]).strip(" ,")
            _, ranges = strip_dates(text[text.find(prov):])
            r = ranges[0] if ranges else None
            start, end = (r.start, r.end) if r and r.end else (None, r.start if r else None)
            a, b = item[0].start, item[-1].end
            if prov not in ctx.text[a:b]:
                continue
            etype = EntityType.ORGANIZATION if fold(prov) in platforms else None
            facts.append(make_fact(ctx, Predicate.STUDIED_AT, org_mention(prov, etype),
                                   (a, b), name, 0.7, title=title or None, start=start, end=end))
    return facts
