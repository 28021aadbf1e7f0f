"""The organization that publishes a page of several profiles (a company blog post announcing
hires), and the start month of a hire printed without its year.

- The publisher names itself: "here at X", "welcome ... to X", a boilerplate line "X is a
  Perth-based workforce management company", "At X, we ...". A name the page calls a product
  ("our rostering platform X") is never the publisher.
- A start month without a year ("joined us in April", "starting on 6 May") takes the year of
  the post's dateline ("Posted ... · 14 May 2024"); a past start in a later month than the
  dateline's is in the year before.

>>> publisher_org("Big news here at Quillon Labs today.\\n\\nQuillon Labs is a Hobart-based analytics firm.")
'Quillon Labs'
>>> hire_start("Ravi joined us in February as Lead Analyst.", "Posted 3 March 2025")
'2025-02'
>>> hire_start("Ana starts on 9 June as our first designer.", "Posted · 30 May 2023 · 2 min")
'2023-06'
"""

from __future__ import annotations

import re

__all__ = ["publisher_org", "hire_start", "post_date"]

_NAME = r"([A-Z][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*){0,4})"
_KINDS = (r"(?:company|firm|business|agency|studio|consultancy|start-?up|scale-?up|provider|"
          r"maker|developer|publisher|retailer|manufacturer|nonprofit|non-profit|charity|"
          r"organi[sz]ation|group|lab|bank|insurer|platform\s+company)")
_SELF = (
    re.compile(rf"\bhere at {_NAME}"),
    re.compile(rf"(?m)^[*_\s]*{_NAME} is an? [^.\n]{{0,80}}?\b{_KINDS}\b"),
    re.compile(rf"\b[Aa]t {_NAME}, (?:we|our)\b"),
    re.compile(rf"\b(?:team|family) at {_NAME}\b"),
)
#: what a page calls its own product: 'our rostering platform X', 'the X app'
_PRODUCT = re.compile(r"\b(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:platform|app|product|tool|service|"
                      r"software|suite|system)\s+$", re.I)

_MONTHS = {m: i for i, m in enumerate(
    ("january february march april may june july august september october november "
     "december").split(), 1)}
_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
#: a post's dateline date: '14 May 2024', 'May 14, 2024'
_POST_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}},?)\s+((?:19|20)\d\d)\b")
#: a start month printed without a year after a hire verb
_HIRE_MONTH = re.compile(
    rf"\b(join(?:ed|s|ing)?|start(?:ed|s|ing)?|began|begins|arrived|arrives)\b[^.\n]{{0,40}}?"
    rf"\b(?:in|on|from)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MON}\b"
    r"(?!,?\s*(?:\d{1,2},?\s+)?(?:19|20)\d\d)")


def publisher_org(text: str) -> str | None:
    """The organization the page speaks for, when it names itself (else None)."""
    counts: dict[str, int] = {}
    for rx in _SELF:
        for m in rx.finditer(text):
            name = re.sub(r"[.’']+$|['’]s$", "", m.group(1).strip())
            if not name or _PRODUCT.search(text[max(0, m.start(1) - 40):m.start(1)]):
                continue
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    # a short form of a fuller name counts for the fuller one ('Quillon' -> 'Quillon Labs')
    for short in sorted(counts):
        for full in counts:
            if full != short and full.startswith(short + " "):
                counts[full] += counts[short]
    return sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def post_date(text: str) -> tuple[int, int] | None:
    """(year, month) of the first full date near the top of a post (its dateline)."""
    m = _POST_DATE.search(text, 0, min(len(text), 1500))
    if m is None:
        return None
    return int(m.group(3)), _MONTHS[(m.group(1) or m.group(2)).lower()]


def hire_start(segment: str, text: str) -> str | None:
    """'YYYY-MM' of a hire's start month printed without a year in a dated post."""
    m = _HIRE_MONTH.search(segment)
    posted = post_date(text)
    if m is None or posted is None:
        return None
    year, month = posted
    start = _MONTHS[m.group(2).lower()]
    past = m.group(1).lower() in ("joined", "started", "began", "arrived")
    if past and start > month:
        year -= 1
    return f"{year}-{start:02d}"
