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

from extract.context import DocContext, Section
from extract.registry import register
from extract.resume.common import clean_markup, is_bullet, make_fact, strip_bullet
from extract.resume.entries import YEAR as _YEAR
from extract.resume.entries import Entry, entries
from extract.resume.worktext import dehyphenate, venue_place
from ontology import EntityType, Fact, Mention, Predicate

__all__ = ["Entry", "entries", "parse_venue", "extract_publications", "PUB", "work_sections",
           "work_context"]

PUB = "resume.publications.v1"

#: a sub-heading the section splitter left in a body: markdown or bold, ALL-CAPS (a trailing
#: parenthetical note allowed: "SELECTED PUBLICATIONS (* equal contribution)"), or a short line
#: standing alone between blank lines ("Open source")
_SUB_MD = re.compile(r"^\s{0,3}#{1,6}\s+(?P<h>[^#]{2,60}?)\s*#*\s*$|^\s*(?:\*\*|__)(?P<b>[^*_]{2,60})"
                     r"(?:\*\*|__)\s*:?\s*$")
_SUB_CAPS = re.compile(r"^(?P<h>[A-Z][A-Z&/,' -]{2,60}?)\s*(?:\([^()]*\))?$")
_SUB_ALONE = re.compile(r"^(?P<h>[A-Z][A-Za-z]+(?:\s+(?:&|and|[A-Za-z]+)){0,3})$")
#: words of a sub-heading -> the sections of works it opens ("Open source & writing": both)
_WORK_TOPICS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bopen[- ]source\b|\bsoftware\b|\bgithub\b|\bprojects?\b|\bcode\b", re.I),
     "projects"),
    (re.compile(r"\bwritings?\b|\bpublications?\b|\bpapers\b|\barticles\b|\bblog\b|\bbooks\b|"
                r"\bpreprints\b", re.I), "publications"),
    (re.compile(r"\btalks\b|\bspeaking\b|\bpresentations\b", re.I), "talks"),
    (re.compile(r"\bpatents?\b|\binventions\b", re.I), "patents"),
    (re.compile(r"\bawards?\b|\bhonou?rs\b|\bprizes\b", re.I), "awards"),
    (re.compile(r"\bgrants?\b|\bfunding\b", re.I), "grants"),
)

_TOPIC_WORDS = frozenset(
    "open source software github code project projects writing writings publication publications "
    "papers articles blog books preprints talks speaking presentations patent patents inventions "
    "award awards honors honours prizes grant grants funding and selected recent personal other "
    "side my key notable contributions research competitions hackathons".split())


def _sub_heading(lines: list, n: int) -> tuple[str, ...]:
    """The sections a body line opens when it reads as a heading of works, else ()."""
    from extract.sections import section_name

    raw = lines[n].text.strip()
    if not raw or len(raw) > 100:
        return ()
    alone = (n == 0 or not lines[n - 1].stripped) and (
        n + 1 >= len(lines) or not lines[n + 1].stripped)
    if not alone and raw[0] not in "#*_" and not raw[:4].isupper():
        return ()  # the common line: no heading style (a cheap test first)
    if is_bullet(lines[n].text):
        return ()
    m = _SUB_MD.match(raw) or _SUB_CAPS.match(raw)
    if m is None:
        m = _SUB_ALONE.match(raw) if alone else None
    if m is None:
        return ()
    head = next(g for g in m.groups() if g)
    head = re.sub(r"\s*\([^()]*\)\s*$", "", head) or head  # "Selected Publications (IEEE style)"
    if not re.search(r"[A-Za-z]{3}", head):
        return ()
    known = section_name(head)
    if known:
        return (known,)
    if not set(re.findall(r"[a-z]+", head.lower())) <= _TOPIC_WORDS:
        return ()  # "ACME SOFTWARE", a company heading, is no section
    return tuple(name for rx, name in _WORK_TOPICS if rx.search(head))


def work_sections(ctx: DocContext) -> tuple[Section, ...]:
    """The document's sections, further split at sub-headings of works that the section splitter
    left inside a body (a heading with a parenthetical note, "SOFTWARE", "Open source &
    writing"); a heading naming two kinds of works opens two sections over the same lines."""
    key = "resume.work_sections"
    if key in ctx.extras:
        return ctx.extras[key]
    out: list[Section] = []
    for sec in ctx.sections:
        lines = list(ctx.lines(sec))
        names, heading, start, head_start = (sec.name,), sec.heading, sec.start, sec.heading_start
        for n, ln in enumerate(lines):
            found = _sub_heading(lines, n) if sec.name != "header" else ()
            if not found:
                continue
            out += [Section(name, heading, start, ln.start, head_start) for name in names]
            names, heading, start, head_start = found, ln.stripped, min(ln.end + 1, sec.end), ln.start
        out += [Section(name, heading, start, sec.end, head_start) for name in names]
    ctx.extras[key] = tuple(out)
    return ctx.extras[key]


def work_context(ctx: DocContext) -> DocContext:
    """`ctx` with `work_sections` as its sections (same document, parse and subject)."""
    from dataclasses import replace

    secs = work_sections(ctx)
    return ctx if secs == ctx.sections else replace(ctx, sections=secs)
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
#: a word one of _THESIS, _THESIS_AFTER or _TALK needs (tested before them on every line)
_WORK_WORDS = ("thesis", "dissertation", "presented", "spoke", "talked", "gave")
_TITLED = re.compile(r"\b(?:paper|article|chapter|book|work)\s+(?:titled|entitled|called)\s+"
                     r"['\"‘“](?P<t>[^'\"’”]{5,200})['\"’”]", re.I)


#: "Thesis: "Title"", "PhD dissertation: Title", "Master's thesis - Title" (a titled work, no venue)
_THESIS = re.compile(r"^\W*(?:(?:ph\.?\s?d\.?|doctoral|master'?s?|msc|m\.sc\.?|bachelor'?s?|senior|"
                     r"honou?rs)\s+)?(?:thesis|dissertation)(?:\s+title)?\s*[:–—-]\s*[\"“*_]*"
                     r"(?P<t>[^\"”*_]{10,250}?)[.,]?[\"”*_]*\s*(?:\(\s*(?:19|20)\d{2}\s*\)|"
                     r"\([^()]{1,40}\))?\s*$", re.I)  # a grade after it: "(High Distinction)"
#: a thesis printed after its degree on one line: "PhD, Physics, Univ, 2016 — Thesis: *Title*"
_THESIS_AFTER = re.compile(r"(?:\s[-–—|·]\s|[,;]\s)\s*(?:(?:ph\.?\s?d\.?|doctoral|master'?s?|msc|"
                           r"bachelor'?s?|senior|honou?rs)\s+)?(?:thesis|dissertation)(?:\s+title)?\s*:\s*"
                           r"[\"“*_]*(?P<t>[^\"”*_]{10,250}?)[.,]?[\"”*_]*\s*(?:\(\s*(?:19|20)\d{2}\s*\))?"
                           r"\s*\.?\s*$", re.I)
#: a venue after a marked title on its line: '"Title" — Widget Tech Blog, 2021.'
_VENUE_GAP = re.compile(r"[\s,]*(?:in\s+)?")
_DASH_VENUE = re.compile(r"^\s*[.,]?\s*(?:[-–—]|,)\s*(?:(?:invited\s+)?(?:keynote|talk|panel|tutorial|"
                         r"seminar|lecture|presentation|poster)\s*,\s*)?(?P<v>[A-Z][^,;()\"“”]{2,60}?)"
                         r"(?:,\s*[A-Z][\w.' -]{1,30}?)?(?:,?\s*(?:19|20)\d{2})?\s*\.?\s*$")
_DATES_ONLY = re.compile(r"\s*(?:" + r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?"
                         r"(?:19|20)\d{2}\s*")
#: a page footer left in a PDF export ("Page 2 of 2")
_PAGE_FOOTER = re.compile(r"\s*\bpage\s+\d+(?:\s*(?:of|/)\s*\d+)?\b.*$", re.I | re.S)


def parse_venue(text: str) -> tuple[str, str] | None:
    """(name, full name) of a venue as written: acronym when given, year and track dropped.

    >>> parse_venue("International Joint Conferences on Artificial Intelligence (IJCAI 2022)")
    ('IJCAI', 'International Joint Conferences on Artificial Intelligence')
    >>> parse_venue("IJCAI 2022 Main Track")
    ('IJCAI', 'IJCAI')
    """
    t = venue_place(_PAGE_FOOTER.sub("", clean_markup(text)).strip(" .,;"))
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
    s = re.split(r",\s*(?:vol\b|volume\b|pp\b|pages\b|no\b|\d|" + _MONTH + r"\.?\s+\d)|"
                 r"\s+\d+\s*\(\d+\)|:\s*\d|\s*;\s*\d", s, flags=re.I)[0]  # "; 27(3)": Vancouver
    law = _LAW_CITE.fullmatch(s.strip())
    if law:  # "90 Fordham Law Review 2215": volume, journal, first page
        s = law.group("j")
    s = re.sub(r"\b(?:19|20)\d{2}\b|'\d{2}\b", " ", s)
    s = re.sub(r"\b(?:main|short|long|findings|workshop)?\s*(?:track|papers?)\b.*$", " ", s,
               flags=re.I)
    s = re.sub(r"^(?:the\s+)?(?:(?:proceedings|proc\.?)\s+(?:of\s+)?(?:the\s+)?)?", "", s.strip(),
               flags=re.I)
    s = re.sub(r"\barxiv\b.*$", "", s, flags=re.I)
    return " ".join(s.split()).strip(" .,;:-–")


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*"
#: a legal citation of a journal: volume, journal name, first page ("76 Business Lawyer 411")
_LAW_CITE = re.compile(r"\d{1,4}\s+(?P<j>[A-Z][\w.&' -]{2,80}?)\s+\d{1,5}(?:\s*[-–]\s*\d+)?")


def _venue(name_full: tuple[str, str]) -> Mention:
    name, full = name_full
    return Mention(type=EntityType.VENUE, name=name,
                   attrs={"full_name": full} if full and full != name else {})


def _pub_facts(ctx: DocContext, title: str, span: tuple[int, int], venues: list[tuple[str, str]],
               arxiv: bool, attrs: dict[str, str], conf: float) -> list[Fact]:
    pub = Mention(type=EntityType.PUBLICATION, name=" ".join(dehyphenate(title).split()), attrs=attrs)
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
    found: list[tuple[str, tuple[int, int], list]] = []
    prev_end = -1
    for m in _MARKED.finditer(text):
        title = clean_markup(next(g for g in m.groups() if g)).strip(" .,")
        if m.group("i") and found and prev_end >= 0 and _VENUE_GAP.fullmatch(text[prev_end:m.start()]):
            # '"Title," in *Proc. Venue (ACR)*, 2023': the italics after a title name its venue
            v = parse_venue(title)
            if v:
                found[-1] = (found[-1][0], found[-1][1], [v])
            prev_end = -1
            continue
        if _GENERIC_TITLE.match(title) or len(title.split()) < 2:
            continue
        prev_end = m.end()
        after = re.match(r"\s*\(([^()]{2,200})\)", text[m.end():])
        if after and _DATES_ONLY.fullmatch(after.group(1)):
            after = None  # "(2021)": a date, no venue
        lead = re.fullmatch(r"\W*(?P<v>[A-Z][^,;:\"“”()]{2,60}?),\s*", text[:m.start()]) \
            if m.start() else None
        venues = [parse_venue(v) for v in re.split(r",|;", after.group(1))] if after else []
        tail = text[m.end():].split("\n", 1)[0]
        if re.search(r",[\"”]$", m.group(0)):  # '"Title," keynote, Venue': the comma inside quotes
            tail = "," + tail
        dash = _DASH_VENUE.match(tail) if not after else None
        if dash and not _SUBMITTED.search(dash.group("v")):
            venues = [parse_venue(dash.group("v"))]
        pre = re.search(r"\b(?:on|in|at|for)\s+(?P<v>[A-Za-z][\w&'. -]{2,60}?)\s+(?:on|about)\s*$",
                        text[:m.start()])
        if not after and not dash and pre and re.search(r"[A-Z]", pre.group("v")) and not re.search(
                r"speaker|talks?\b", pre.group("v"), re.I):
            venues = [parse_venue(pre.group("v"))]
        elif not after and not dash and lead and not _TALKISH.fullmatch(lead.group("v").strip()):
            venues = [parse_venue(lead.group("v"))]  # "Bar Association CLE, "Title" (2021)"
        s = e.start + m.start()
        found.append((title, (s, s + len(m.group(0))), [v for v in venues if v]))
    facts: list[Fact] = []
    for title, span, venues in found:
        facts += _pub_facts(ctx, title, span, venues, False, {}, 0.75)
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
    if re.fullmatch(r"\s*\(?\s*(?:19|20)\d{2}\s*\)?\s*\.?\s*", venue_txt):
        venue_txt = ""  # "(2021)": a year, no venue
        host = _HOST_FIRST.fullmatch(authors) if quoted else None
        if host:  # 'Bar Association CLE, "Title" (2021)': the event before the title
            venue_txt, authors = host.group("v"), ""
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


#: an event named before a talk's title: "Riverside Bar Association CLE, "Title" (2021)"
_HOST_FIRST = re.compile(r"\W*(?P<v>[A-Z][^,;:\"“”()]{2,60}?\b(?:CLE|conference|summit|symposium|institute|"
                         r"association|society|meetup|forum|workshop|seminar|webinar|colloquium|"
                         r"congress|convention|expo|con)\b[^,;:\"“”()]{0,30}?),\s*", re.I)


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
    ctx = work_context(ctx)
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
            low = ln.text.lower()  # cheap word tests first: most lines name no work at all
            m = _TITLED.search(ln.text) if "titled" in low or "called" in low else None
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
            low = ln.text.lower()
            if not any(w in low for w in _WORK_WORDS):
                continue
            th = (_THESIS.match(ln.text) or _THESIS_AFTER.search(ln.text)) if sec.name in (
                "education", "experience", "header") else None
            if th and len(th.group("t").split()) >= 3:
                s = ln.start + th.start("t")
                facts += _pub_facts(ctx, th.group("t").strip(), (s, s + len(th.group("t"))), [],
                                    False, {"kind": "thesis"}, 0.7)
            m = _TALK.search(ln.text)
            if m and len(m.group("t").split()) >= 2:
                s = ln.start + m.start("t")
                v = parse_venue(m.group("v"))
                facts += _pub_facts(ctx, m.group("t").strip(), (s, s + len(m.group("t"))),
                                    [v] if v else [], False, {}, 0.65)
    return facts
