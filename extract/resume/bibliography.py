"""authored + published-in, holds-patent and received-award from resume sections.

Publications ("resume.publications.v1"): heading-per-paper blocks (a title heading, then bullets
with "Published in VENUE (ACR YEAR)"), reference lists (authors; "Title"; venue, year) and talk
listings whose titles are marked (<u>, quotes, italics) with venues in parentheses. A work with
no title is not a publication; a venue the paper was only *submitted* to is not published-in
(a trailing arXiv link is). "Published paper titled 'X' in VENUE" counts in any section.
Patents ("resume.patents.v1"): one Patent per entry with number, office and status in attrs.
Awards ("resume.awards.v1"): one received-award per instance ("Winner of X Awards for A (2021),
B (2015)" gives two, title = what it was for, start = year), "Best Paper Award, ACL 2021", and
prizes won in hackathons or competitions anywhere in the resume; exam ranks are not awards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.context import DocContext
from extract.registry import register
from extract.resume.common import clean_markup, is_bullet, make_fact, strip_bullet
from ontology import EntityType, Fact, Mention, Predicate

__all__ = ["Entry", "entries", "parse_venue", "extract_publications", "extract_patents",
           "extract_awards", "PUB", "PAT", "AWD"]

PUB, PAT, AWD = "resume.publications.v1", "resume.patents.v1", "resume.awards.v1"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
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


#: a line that is itself a reference (a quoted title, or authors with a year in parentheses)
_REFERENCE_LIKE = re.compile(r"[\"“][^\"”]{8,}[\"”]|\((?:19|20)\d{2}\)")


@dataclass(frozen=True)
class Entry:
    """One item of a section: its title line span and the [start, end) span of all its text."""

    head_start: int
    head_end: int
    start: int
    end: int
    heading: bool  # a heading followed by bullets (heading-per-item layout)


def entries(ctx: DocContext, names: tuple[str, ...]) -> list[Entry]:
    """Items of the named sections: heading blocks, or bullets/lines with their continuations."""
    out: list[Entry] = []
    for sec in ctx.sections_named(*names):
        lines = [ln for ln in ctx.lines(sec) if ln.stripped]
        for n, ln in enumerate(lines):
            bullet = is_bullet(ln.text)
            nxt = lines[n + 1] if n + 1 < len(lines) else None
            prev = lines[n - 1].text.rstrip() if n else ""
            lead = ln.text.lstrip()[:1]
            cont = not bullet and n and not prev.lstrip().startswith(("#", "**")) and (
                ln.text[:1] in " \t" or (not out[-1].heading and not prev.endswith((".", ")", "!"))
                                         and lead not in "#*" and (not lead.isupper() or not (
                                             nxt is not None and is_bullet(nxt.text)))))
            if cont and out:
                out[-1] = Entry(out[-1].head_start, out[-1].head_end, out[-1].start, ln.end,
                                out[-1].heading)
                continue
            if bullet and out and out[-1].heading and out[-1].end >= lines[n - 1].end:
                out[-1] = Entry(out[-1].head_start, out[-1].head_end, out[-1].start, ln.end, True)
                continue
            heading = not bullet and nxt is not None and is_bullet(nxt.text) and not (
                _REFERENCE_LIKE.search(nxt.text) or ln.text.lstrip().startswith(("(", "[")))
            out.append(Entry(ln.start, ln.end, ln.start, ln.end, heading))
    return out


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


# ---- patents ------------------------------------------------------------------------------

_OFFICE = re.compile(r"\b(?P<o>U\.?S\.?|United States|USPTO|EP|European|Indian|India|IN|WIPO|PCT|"
                     r"WO|Chinese|China|CN|Japanese|JP|Korean|KR|UK|GB|German|DE|Canadian|CA|"
                     r"Australian|AU)\b(?=[^.]{0,25}\bpatent|\s*[\d,/]{6,})", re.I)
_NUMBER = re.compile(r"(?:\b(?:No|Number|Pub|Publication|Application|App|Appl|Serial|Patent)\.?\s*"
                     r"(?:No\.?)?"
                     r"\s*[:#]?\s*|\b(?:US|EP|WO|IN|CN|JP|KR|GB|DE|CA|AU)\s?)"
                     r"(?P<n>\d[\d,/.-]{4,}\d(?:\s?[AB]\d)?)", re.I)
_STATUS = re.compile(r"\b(pending|filed|application|applied|submitted|granted|issued|awarded|"
                     r"published)\b", re.I)
_PATENT_META = re.compile(r"\(?\s*(?:<u>)?\s*(?:\b(?:U\.?S\.?|EP|European|Indian|India|WIPO|PCT|"
                          r"Chinese|Japanese|Korean|UK|German|Canadian|Australian|Provisional|"
                          r"Utility|Design)\s+)*patent\b.*$", re.I)


def _office(text: str) -> str:
    m = _OFFICE.search(text)
    if not m:
        return ""
    o = m.group("o").replace(".", "").upper()
    return {"UNITED STATES": "US", "USPTO": "US", "EUROPEAN": "EP", "INDIAN": "IN", "INDIA": "IN",
            "WIPO": "WO", "PCT": "WO", "CHINESE": "CN", "CHINA": "CN", "JAPANESE": "JP",
            "KOREAN": "KR", "UK": "GB", "GERMAN": "DE", "CANADIAN": "CA",
            "AUSTRALIAN": "AU"}.get(o, o)


def _patent_title(text: str, whole: bool) -> str:
    """The title of a patent entry: the heading as it stands (`whole`), else the longest part of
    the line left once the office, number, status and dates are taken out ("US Patent
    10,123,456: Title", "Title, US 9,876,543 B2 (granted 2019)")."""
    t = re.sub(r"^\s*title\s*:\s*", "", clean_markup(text), flags=re.I)
    quoted = re.search(r"[\"“]([^\"”]{8,300}?)[.,]?[\"”]", t)
    if quoted:
        return quoted.group(1).strip()
    parts = [t] if whole else re.split(r"\s*(?::\s|[|;()]|,\s|\s[-–—]\s)\s*", t)
    best = ""
    for part in parts:
        p = _NUMBER.sub("", _PATENT_META.sub("", part))
        p = re.sub(r"\b(?:pending|filed|granted|issued|awarded)\b.*$|\b(?:19|20)\d{2}\b", "", p,
                   flags=re.I).strip(" .,;:-–—|")
        if len(p.split()) > len(best.split()):
            best = p
    return best


@register(PAT, kinds=("resume",))
def extract_patents(ctx: DocContext) -> list[Fact]:
    """holds-patent facts: granted patents and pending applications."""
    facts: list[Fact] = []
    for e in entries(ctx, ("patents",)):
        head = ctx.text[e.head_start:e.head_end]
        whole = ctx.text[e.start:e.end]
        title = _patent_title(strip_bullet(head) if is_bullet(head) else head, e.heading)
        if len(title.split()) < 2:
            continue
        attrs = {"office": _office(whole)}
        num = _NUMBER.search(whole)
        if num:
            attrs["number"] = num.group("n")
        st = _STATUS.search(whole)
        if st:
            word = st.group(1).lower()
            attrs["status"] = "granted" if word in ("granted", "issued", "awarded") else "pending"
        elif num and attrs["office"]:
            attrs["status"] = "granted"
        alias = re.match(r"^([A-Z][\w-]{2,30})\s+[-–—:]\s+\S", title)
        if alias:
            attrs["short_name"] = alias.group(1)
        i = head.find(title)
        span = (e.head_start + i, e.head_start + i + len(title)) if i >= 0 else (e.head_start,
                                                                                 e.head_end)
        pat = Mention(type=EntityType.PATENT, name=title, attrs={k: v for k, v in attrs.items() if v},
                      identifiers={"patent": f"{attrs['office']}{attrs['number']}".replace(",", "")}
                      if num and attrs["office"] else {})
        facts.append(make_fact(ctx, Predicate.HOLDS_PATENT, pat, span, PAT, 0.85))
    return facts


# ---- awards -------------------------------------------------------------------------------

_AWARD_WORD = r"(?:awards?|prizes?|medals?|fellowships?|scholarships?|honou?rs?|trophy|trophies)"
#: "Winner of Innovation Awards for A (2021), B (2015)" / "Received the X Award (2019)"
_WON = re.compile(rf"\b(?:winner\s+of|won|received|awarded|recipient\s+of|honou?red\s+with|"
                  rf"earned|bagged|secured|conferred)\s+(?:the\s+|an?\s+|\d+\s+|two\s+|three\s+)?"
                  rf"(?P<name>(?:[A-Z][\w'’&.-]*\s+){{0,6}}{_AWARD_WORD})\b", re.I)
#: "Won the first prize in the X hackathon (in 2023)"; in an awards section the verb may be left out
_PRIZE_CORE = (r"(?:the\s+|a\s+)?(?P<name>(?:first|second|third|1st|2nd|3rd|grand|top|best)\s+"
               r"(?:prize|place|position|rank)|(?:gold|silver|bronze)\s+medal|runner[- ]?up)\s+"
               r"(?:in|at|of|for)\s+(?:the\s+|a\s+|an\s+)?(?P<event>[^,.;()]{3,80}?(?:hackathon|"
               r"competition|challenge|contest|olympiad|championship|ideathon|datathon|cup|cook-?off|"
               r"jam)s?)\b")
_PRIZE = re.compile(r"\b(?:won|winner\s+of|winning|secured|bagged|awarded|received|got)\s+"
                    + _PRIZE_CORE, re.I)
_PRIZE_NOUN = re.compile(r"\b" + _PRIZE_CORE, re.I)
_NOT_AWARD = re.compile(r"\b(?:all india rank|rank(?:ed)?\s+\d|percentile|\bAIR\b|jee|gate|"
                        r"sat|gre|cat)\b", re.I)
_RANK_ONLY = re.compile(r"(?:(?:first|second|third|1st|2nd|3rd|grand|top)\s+(?:prize|place|position)|"
                        r"winner|winners|runner[- ]?up|finalist|(?:gold|silver|bronze)\s+medal)",
                        re.I)
_INSTANCE = re.compile(r"(?P<t>[^,;()]+?)\s*\((?P<y>(?:19|20)\d{2})\)")


def _award_name(raw: str) -> str:
    name = clean_markup(raw).strip(" .,;:")
    return re.sub(rf"({_AWARD_WORD[3:-1]})$", lambda m: _singular(m.group(1)), name, flags=re.I)


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies"):
        return word[:-3] + ("y" if word[-3:].islower() else "Y")
    return word[:-1] if low.endswith("s") and not low.endswith("ss") else word


def _instances(ctx: DocContext, s: int, e: int) -> Iterator[tuple[str, str | None, int, int]]:
    """(title, year, start, end) of the works an award was given for: text[s:e] starts right
    after the award's name (" (note) at Org for "A" (2021), B (2015) and C (2012)")."""
    lead = re.match(r"\s*(?:\([^)]*\)\s*)?(?:at\s+[\w.&' ]+?\s+)?for\s+", ctx.text[s:e])
    if not lead:
        return
    s += lead.end()
    for m in _INSTANCE.finditer(ctx.text[s:e]):
        title = re.sub(r"^\s*(?:and|&)\s+", "", m.group("t").strip()).strip(" \"“”'")
        if title:
            a = s + m.start() + m.group(0).find(title)
            yield title, m.group("y"), a, s + m.end()


def _award_line(ctx: DocContext, s: int, e: int, in_section: bool) -> list[Fact]:
    text = ctx.text[s:e]
    if _NOT_AWARD.search(text):
        return []
    out: list[Fact] = []
    m = _PRIZE.search(text) or (_PRIZE_NOUN.search(text) if in_section else None)
    if m:
        name = f"{m.group('name')} in {m.group('event')}"
        year = _YEAR.search(text[m.end():]) or _YEAR.search(text)
        award = Mention(type=EntityType.AWARD, name=name)
        return [make_fact(ctx, Predicate.RECEIVED_AWARD, award, (s + m.start("name"),
                          s + m.end("event")), AWD, 0.8, start=year.group(1) if year else None)]
    m = _WON.search(text)
    if m and m.group("name").split()[0][:1].isupper():
        award = Mention(type=EntityType.AWARD, name=_award_name(m.group("name")))
        rest = s + m.end()
        found = list(_instances(ctx, rest, e))
        for title, year, a, b in found:
            out.append(make_fact(ctx, Predicate.RECEIVED_AWARD, award, (a, b), AWD, 0.85,
                                 title=title, start=year))
        if not out:
            year = _YEAR.search(text)
            out.append(make_fact(ctx, Predicate.RECEIVED_AWARD, award, (s + m.start("name"),
                                 s + m.end("name")), AWD, 0.8, start=year.group(1) if year else None))
        return out
    if not in_section:
        return []
    body = clean_markup(strip_bullet(text) if is_bullet(text) else text)
    parts = [p.strip(" .") for p in re.split(r"\s*(?:,|\s[-–—|]\s|\(|:)\s*", body) if p.strip(" .")]
    if not parts:
        return []
    name = parts[0]
    if _RANK_ONLY.fullmatch(name) and len(parts) > 1 and not _YEAR.fullmatch(parts[1]):
        name = f"{name}, {parts[1]}"
    name = re.sub(r"\s*\b(?:19|20)\d{2}\b\s*$", "", name)
    if len(name.split()) < 2 or len(name) > 90:
        return []
    year = _YEAR.search(body)
    i = text.find(name)
    span = (s + i, s + i + len(name)) if i >= 0 else (s, e)
    return [make_fact(ctx, Predicate.RECEIVED_AWARD, Mention(type=EntityType.AWARD, name=name),
                      span, AWD, 0.75, start=year.group(1) if year else None)]


@register(AWD, kinds=("resume",))
def extract_awards(ctx: DocContext) -> list[Fact]:
    """received-award facts: the awards section, and prizes won anywhere else."""
    facts: list[Fact] = []
    for e in entries(ctx, ("awards",)):
        facts += _award_line(ctx, e.head_start, e.head_end if e.heading else e.end, True)
    for sec in ctx.sections:
        if sec.name in ("awards", "courses", "skills", "publications", "patents"):
            continue
        for ln in ctx.lines(sec):
            if _PRIZE.search(ln.text) or _WON.search(ln.text):
                facts += _award_line(ctx, ln.start, ln.end, False)
    return facts
