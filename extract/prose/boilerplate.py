"""Boilerplate around a story: credits, captions, navigation, newsletter text, tails, job ads.

No fact may come from these spans. The detection is line-based and pure: a line is boilerplate
when it reads as a photo credit, a caption, a navigation or cookie/newsletter line, when it is
(or follows) a tail heading such as "Related content", or when it belongs to a job posting
(a location tag line like "US, WA, Seattle" and the posting text after it, or a paragraph full
of posting phrases such as "Key job responsibilities").

>>> text = "Ann Lee leads the lab.\\nPhoto by Bo Chan\\nShe joined in 2010.\\nRelated content\\nMore."
>>> [text[s:e] for s, e in boilerplate_spans(text)]
['Photo by Bo Chan', 'Related content\\nMore.']
>>> inside(boilerplate_spans(text), 0, 10)
False
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from extract.context import Line, iter_lines

__all__ = ["boilerplate_spans", "inside", "is_location_tag"]

_CREDIT = re.compile(
    r"^\W*(?:(?:photo(?:graph)?|image|picture|illustration|video|graphic|header image|top image)s?"
    r"\s*(?:credits?|courtesy(?: of)?|by|source)?\s*[:|]|(?:photo(?:graph)?|image|picture|"
    r"illustration)s?\s+(?:by|courtesy(?: of)?)\b|credits?\s*[:|]|courtesy(?: of)?\s*[:|]|"
    r"(?:source|via)\s*:\s*(?:getty|shutterstock|istock|reuters|ap\b|afp)|©|\(c\)\s)",
    re.IGNORECASE)
_CAPTION = re.compile(r"\b(?:headshot|head shot|pictured|portrait|photo(?:graph)?|image|"
                      r"illustration|seen here|poses|posing)\b", re.IGNORECASE)
_NAV = re.compile(
    r"^\W*(?:home|menu|search|skip to (?:main )?content|back to top|share(?: this(?: article| "
    r"story| page)?)?|share on \w+|print|email|tweet|follow us(?: on \w+)?|advertisement|"
    r"sponsored|read more|continue reading|click here|sign in|log in|subscribe(?: now)?|"
    r"previous(?: article| post)?|next(?: article| post)?|tags?|topics?|categories|"
    r"facebook|twitter|linkedin|x|instagram|youtube|reddit|copy link)\W*$|^\W*home\s*[>»/|]",
    re.IGNORECASE)
_LEGAL = re.compile(r"\b(?:cookies?|newsletter|unsubscribe|privacy policy|terms of (?:use|service)|"
                    r"all rights reserved|sign up for|subscribe to)\b", re.IGNORECASE)
_TAIL = re.compile(
    r"^\W*(?:related (?:content|articles?|stories|posts?|reading|news|links|publications|"
    r"topics|jobs|videos|podcasts)|research areas?|more (?:from|on|about|stories|news|articles|"
    r"like this)\b.*|recommended(?: for you| reading| articles| stories)?|you (?:may|might) also "
    r"like|read next|read this next|most (?:popular|read)|latest (?:news|stories|articles)|"
    r"trending(?: now)?|job openings|open positions|current openings|career opportunities|"
    r"explore (?:more|jobs|careers))\W*$", re.IGNORECASE)
#: "US, WA, Seattle", "GB, London", "IN, KA, Bengaluru"
_LOCATION_TAG = re.compile(r"^[A-Z]{2}(?:,\s*[A-Z]{2,3})?,\s*[A-Z][\w.'’ -]{1,40}$")
_POSTING = re.compile(
    r"\b(?:is hiring|are hiring|we(?:'re| are) hiring|is seeking|are seeking|we(?:'re| are) seeking|"
    r"is looking for|we(?:'re| are) looking for|key (?:job )?responsibilities|basic qualifications|"
    r"preferred qualifications|minimum qualifications|about the team|about the role|"
    r"the ideal candidate|you will|you'll|your role|come join|join us|join our team|apply now|"
    r"equal opportunity employer|what you(?:'ll)? bring|job description)\b", re.IGNORECASE)


def is_location_tag(line: str) -> bool:
    """True for a job board's location tag line ('US, WA, Seattle', 'GB, London').

    >>> is_location_tag("US, CA, Palo Alto"), is_location_tag("Ann, the CEO, said so.")
    (True, False)
    """
    return bool(_LOCATION_TAG.match(line.strip()))


def _is_credit_or_caption(line: str) -> bool:
    s = line.strip()
    if _CREDIT.match(s):
        return True
    words = s.split()
    return 0 < len(words) <= 14 and not s.endswith((".", "?", "!", ":")) and bool(_CAPTION.search(s))


def _is_noise_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _NAV.match(s):
        return True
    return len(s.split()) <= 40 and bool(_LEGAL.search(s))


def _is_posting_paragraph(text: str) -> bool:
    return len({m.group(0).lower() for m in _POSTING.finditer(text)}) >= 2


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    paras: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if ln.stripped:
            cur.append(ln)
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras


def _line_flags(lines: list[Line]) -> list[bool]:
    """Per line: is it boilerplate?"""
    flags = [False] * len(lines)
    in_posting = False
    for i, ln in enumerate(lines):
        s = ln.stripped
        if _TAIL.match(s) and s:
            for j in range(i, len(lines)):
                flags[j] = True
            break
        if is_location_tag(s):
            in_posting = True
            flags[i] = True
            continue
        if in_posting and s:
            flags[i] = True
            continue
        in_posting = False
        flags[i] = _is_credit_or_caption(s) or _is_noise_line(s)
    index = {ln.start: i for i, ln in enumerate(lines)}
    for para in _paragraphs(lines):
        wrapped = len(para) > 1 and all(len(ln.text) <= 120 for ln in para)
        groups = [para] if wrapped else [[ln] for ln in para]  # a hard-wrapped paragraph is one
        for group in groups:
            if _is_posting_paragraph(" ".join(ln.text for ln in group)):
                for ln in group:
                    flags[index[ln.start]] = True
    return flags


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged [start, end) spans of `text` from which no fact may come."""
    lines = list(iter_lines(text))
    spans: list[tuple[int, int]] = []
    for ln, flag in zip(lines, _line_flags(lines), strict=True):
        if not flag or not ln.stripped:
            continue
        lead = len(ln.text) - len(ln.text.lstrip())
        start, end = ln.start + lead, ln.start + len(ln.text.rstrip())
        if spans and not text[spans[-1][1]:start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps any of the sorted, disjoint `spans`."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return True
    return False
