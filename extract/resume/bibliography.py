"""authored + published-in from resume sections ("resume.publications.v1").

Heading-per-paper blocks (a title heading, then bullets with "Published in VENUE (ACR YEAR)"),
reference lists (authors; "Title"; venue, year) and talk listings whose titles are marked (<u>,
quotes, italics) with venues in parentheses. A work with no title is not a publication; a venue
the paper was only *submitted* to is not published-in (a trailing arXiv link is). "Published
paper titled 'X' in VENUE" counts in any section.

Patents and awards live in `extract.resume.patents` and `extract.resume.awards`; the section
items all three read come from `extract.resume.entries`.
"""

from __future__ import annotations

import re

from extract.context import DocContext
from extract.registry import register
from extract.resume.common import clean_markup, is_bullet, make_fact, strip_bullet
from extract.resume.entries import YEAR as _YEAR
from extract.resume.entries import Entry, entries
from ontology import EntityType, Fact, Mention, Predicate

__all__ = ["Entry", "entries", "parse_venue", "extract_publications", "PUB"]

PUB = "resume.publications.v1"
_MARKED = re.compile(r"<u>(?P<u>[^<]{3,200})</u>|\"(?P<q>[^\"]{3,200})\"|“(?P<c>[^”]{3,200})”|"
                     r"(?<![\w*])\*(?P<i>[^*]{3,200})\*(?!\w)|(?<!\w)'(?P<s>[^']{6,200})'(?!\w)")
_GENERIC_TITLE = re.compile(r"^(?:others?|more|here|link|this|that|these|paper|papers|article|"
                            r"articles|blog|blogs|slides|video|pdf|code|website)$", re.I)
_PUBLISHED = re.compile(r"\b(?:published|appeared|appearing|presented|accepted|to appear)\s+"
                        r"(?:in|at|to|on|by)\s+(?:the\s+)?(?P<v>.+)", re.I)
_SUBMITTED = re.compile(r"\b(?:submitted|under review|under submission|in review)\b", re.I)
_TALKISH = re.compile(r"<u>|\b(?:speaker|talks?|keynote|presented|posts?|blogs?|webinars?|"
                      r"podcasts?|panel(?:ist)?|tutorials?)\b", re.I)
_ARXIV = re.compile(r"\barxiv\b", re.I)
#: "Presented at PyCon 2019 on "Title"", "Gave a talk at X titled 'Y'"
_TALK = re.compile(r"\b(?:presented|spoke|talked|gave\s+(?:a\s+|an\s+)?(?:talk|presentation|keynote|"
                   r"tutorial))\s+(?:at|in)\s+(?:the\s+)?(?P<v>[^,;\"“”]{2,60}?)\s+(?:on|about|titled|"
                   r"entitled)\s+[\"“](?P<t>[^\"”]{5,200})[\"”]", re.I)
_TITLED = re.compile(r"\b(?:paper|article|chapter|book|work)\s+(?:titled|entitled|called)\s+"
                     r"['\"‘“](?P<t>[^'\"’”]{5,200})['\"’”]", re.I)


def parse_venue(text: str) -> tuple[str, str] | None:
    """(name, full name) of a venue as written: acronym when given, year and track dropped.

    >>> parse_venue("International Joint Conferences on Artificial Intelligence (IJCAI 2022)")
    ('IJCAI', 'International Joint Conferences on Artificial Intelligence')
    >>> parse_venue("IJCAI 2022 Main Track")
    ('IJCAI', 'IJCAI')
    """
    t = clean_markup(text).strip(" .,;")
    t = re.split(r"\s+(?:as an?|where|and won|and received|with an?)\s+", t)[0]
    m = re.match(r"^(?P<long>[^()]+?)\s*\((?P<acr>[^()]{2,30})\)", t)
    long = m.group("long") if m else t
    acr = m.group("acr") if m else ""
    long = _clean_venue(long)
    acr = _clean_venue(acr)
    if not long and not acr:
        return None
    if acr and re.fullmatch(r"[A-Za-z][\w&/'-]{1,15}", acr):
        return acr, long or acr
    return long, long


def _clean_venue(s: str) -> str:
    s = re.split(r",\s*(?:vol\b|volume\b|pp\b|pages\b|no\b|\d)|\s+\d+\s*\(\d+\)|:\s*\d", s,
                 flags=re.I)[0]
    s = re.sub(r"\b(?:19|20)\d{2}\b|'\d{2}\b", " ", s)
    s = re.sub(r"\b(?:main|short|long|findings|workshop)?\s*(?:track|papers?)\b.*$", " ", s,
               flags=re.I)
    s = re.sub(r"^(?:the\s+)?(?:(?:proceedings|proc\.?)\s+(?:of\s+)?(?:the\s+)?)?", "", s.strip(),
               flags=re.I)
    s = re.sub(r"\barxiv\b.*$", "", s, flags=re.I)
    return " ".join(s.split()).strip(" .,;:-–")


def _venue(name_full: tuple[str, str]) -> Mention:
    name, full = name_full
    return Mention(type=EntityType.VENUE, name=name,
                   attrs={"full_name": full} if full and full != name else {})


def _pub_facts(ctx: DocContext, title: str, span: tuple[int, int], venues: list[tuple[str, str]],
               arxiv: bool, attrs: dict[str, str], conf: float) -> list[Fact]:
    pub = Mention(type=EntityType.PUBLICATION, name=title, attrs=attrs)
    facts = [make_fact(ctx, Predicate.AUTHORED, pub, span, PUB, conf)]
    if arxiv:
        venues = venues + [("arXiv", "arXiv")]
    for v in dict.fromkeys(venues):
        facts.append(make_fact(ctx, Predicate.PUBLISHED_IN, _venue(v), span, PUB, conf,
                               subject=pub))
    return facts


def _marked(ctx: DocContext, e: Entry) -> list[Fact]:
    """Talks and posts with marked titles; venues in the parenthesis after each title, or the
    'on VENUE on <title>' prefix."""
    text = ctx.text[e.start:e.end]
    facts: list[Fact] = []
    for m in _MARKED.finditer(text):
        title = clean_markup(next(g for g in m.groups() if g)).strip(" .,")
        if _GENERIC_TITLE.match(title) or len(title.split()) < 2:
            continue
        after = re.match(r"\s*\(([^()]{2,200})\)", text[m.end():])
        venues = [parse_venue(v) for v in re.split(r",|;", after.group(1))] if after else []
        pre = re.search(r"\b(?:on|in|at|for)\s+(?P<v>[A-Za-z][\w&'. -]{2,60}?)\s+(?:on|about)\s*$",
                        text[:m.start()])
        if not after and pre and re.search(r"[A-Z]", pre.group("v")) and not re.search(
                r"speaker|talks?\b", pre.group("v"), re.I):
            venues = [parse_venue(pre.group("v"))]
        s = e.start + m.start()
        facts += _pub_facts(ctx, title, (s, s + len(m.group(0))), [v for v in venues if v],
                            False, {}, 0.75)
    return facts


def _reference(ctx: DocContext, e: Entry) -> list[Fact]:
    """A reference line: 'Authors. "Title." Venue, Year.' or 'Authors (Year). Title. Venue.'"""
    raw = ctx.text[e.start:e.end]
    body = strip_bullet(raw) if is_bullet(raw) else raw.strip()
    body = re.sub(r"^\[\d+\]\s*", "", body)
    quoted = re.search(r"[\"“]([^\"”]{8,250}?)[.,]?[\"”]", body)
    parts = [p.strip() for p in re.split(r"(?<![A-Z])\.\s+(?=[A-Z\"“(*_\[]|ar[Xx]iv|in\s)", body)
             if p.strip()]
    if quoted:
        title = quoted.group(1)
        rest = body[quoted.end():]
        authors = body[:quoted.start()]
    elif len(parts) >= 2 and (_YEAR.search(body) or re.search(r"\bin\b|journal|conference|"
                                                                r"proceedings|transactions", body, re.I)):
        author_like = len(parts) >= 2 and bool(re.search(
            r"\b[A-Z]\.|\((?:19|20)\d{2}\)|et al|,.*,|\band\b", parts[0])) and len(
            parts[1].split()) >= 3
        title = parts[1] if author_like else parts[0]
        authors = parts[0] if author_like else ""
        rest = " ".join(parts[2:] if author_like else parts[1:])
    else:
        return []
    title = clean_markup(re.sub(r"\(\d{4}\)", "", title)).strip(" .,")
    if len(title.split()) < 3:
        return []
    venue_txt = re.sub(r"^\s*[.,]?\s*(?:in\s+)?", "", rest, flags=re.I)
    venue = parse_venue(venue_txt) if venue_txt and not _SUBMITTED.search(rest) else None
    if venue and (_ARXIV.fullmatch(venue[0]) or len(venue[0]) < 2):
        venue = None
    attrs = {"authors": clean_markup(re.sub(r"\(\d{4}\)", "", authors)).strip(" .,")}
    year = _YEAR.search(rest) or _YEAR.search(body)
    if year:
        attrs["year"] = year.group(1)
    s = e.start + raw.find(title) if title in raw else e.start
    span = (s, s + len(title)) if title in raw else (e.start, e.end)
    return _pub_facts(ctx, title, span, [venue] if venue else [], bool(_ARXIV.search(rest)),
                      {k: v for k, v in attrs.items() if v}, 0.7)


def _heading_paper(ctx: DocContext, e: Entry) -> list[Fact]:
    title = clean_markup(ctx.text[e.head_start:e.head_end])
    if len(title.split()) < 3:
        return []
    venues: list[tuple[str, str]] = []
    arxiv = False
    for ln in ctx.text[e.head_end:e.end].splitlines():
        m = _PUBLISHED.search(ln)
        if m and not _SUBMITTED.search(ln):
            v = parse_venue(m.group("v"))
            if v:
                venues.append(v)
        if _ARXIV.search(ln):
            arxiv = True
    raw = ctx.text[e.head_start:e.head_end]
    s = e.head_start + raw.find(title) if title in raw else e.head_start
    return _pub_facts(ctx, title, (s, s + len(title)) if title in raw else (e.head_start,
                                                                            e.head_end),
                      venues, arxiv, {}, 0.8)


@register(PUB, kinds=("resume",))
def extract_publications(ctx: DocContext) -> list[Fact]:
    """authored and published-in facts."""
    facts: list[Fact] = []
    for e in entries(ctx, ("publications", "talks")):
        text = ctx.text[e.start:e.end]
        if e.heading:
            facts += _heading_paper(ctx, e)
        elif _MARKED.search(text) and (len(_MARKED.findall(text)) > 1 or _TALKISH.search(text)):
            facts += _marked(ctx, e)
        else:
            facts += _reference(ctx, e)
    for sec in ctx.sections:
        if sec.name in ("publications", "talks"):
            continue
        for ln in ctx.lines(sec):
            m = _TITLED.search(ln.text)
            if not m:
                continue
            pm = re.match(r"['\"’”]?\s*(?:in|at)\s+(?:the\s+)?(?P<v>.+)", ln.text[m.end():])
            ok = pm and re.search(r"\b(?:published|presented|accepted|appeared)\b",
                                  ln.text[:m.start()], re.I) and not _SUBMITTED.search(ln.text)
            s = ln.start + m.start("t")
            facts += _pub_facts(ctx, m.group("t").strip(), (s, s + len(m.group("t"))),
                                [v for v in [parse_venue(pm.group("v"))] if v] if ok else [],
                                False, {}, 0.7)
        for ln in ctx.lines(sec):
            m = _TALK.search(ln.text)
            if m and len(m.group("t").split()) >= 2:
                s = ln.start + m.start("t")
                v = parse_venue(m.group("v"))
                facts += _pub_facts(ctx, m.group("t").strip(), (s, s + len(m.group("t"))),
                                    [v] if v else [], False, {}, 0.65)
    return facts
