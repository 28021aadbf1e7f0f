"""holds-patent from resume Patents sections ("resume.patents.v1").

One Patent per entry, granted patents and pending applications alike; number, office and status
go to attrs, and office + number make an identifier when both are printed.
"""

from __future__ import annotations

import re

from extract.context import DocContext
from extract.registry import register
from extract.resume.common import clean_markup, is_bullet, make_fact, strip_bullet
from extract.resume.entries import Entry, entries
from ontology import EntityType, Fact, Mention, Predicate

__all__ = ["extract_patents", "PAT"]

PAT = "resume.patents.v1"

_OFFICE = re.compile(r"\b(?P<o>U\.?S\.?|United States|USPTO|EP|European|Indian|India|IN|WIPO|PCT|"
                     r"WO|Chinese|China|CN|Japanese|JP|Korean|KR|UK|GB|German|DE|Canadian|CA|"
                     r"Australian|AU)\b(?=[^.]{0,25}\bpatent|\s*[\d,/]{6,})", re.I)
_NUMBER = re.compile(r"(?:\b(?:No|Number|Pub|Publication|Application|App|Appl|Serial|Patent)\.?\s*"
                     r"(?:No\.?)?"
                     r"\s*[:#]?\s*|\b(?:US|EP|WO|IN|CN|JP|KR|GB|DE|CA|AU)\s?)"
                     r"(?P<n>\d[\d,/.-]{4,}\d(?:\s?[AB]\d)?)", re.I)
_STATUS = re.compile(r"\b(pending|filed|application|applied|submitted|granted|issued|awarded|"
                     r"published)\b", re.I)
#: what marks an item as a patent (an office, a number, a filing status, the word itself)
_CUE = re.compile(r"\bpatent|\b(?:application|filed|granted|issued|pending|inventors?)\b|"
                  r"\b(?:US|EP|WO|CN|JP|KR|DE|GB|IN)\s?\d|\b\d{1,2},\d{3},\d{3}\b|"
                  r"\b\d{2}/\d{3},\d{3}\b|\b\d{4}/\d{6,7}\b", re.I)
#: an ALL-CAPS line the section splitter did not take for a heading ("SELECTED PUBLICATIONS
#: (* marks a student)", "SOFTWARE"): the patents end there
_CAPS_HEAD = re.compile(r"^[A-Z][A-Z&/,' -]{3,60}?(?:\s*\(.*\))?$")
_PATENT_META = re.compile(r"\(?\s*(?:<u>)?\s*(?:\b(?:U\.?S\.?|EP|European|Indian|India|WIPO|PCT|"
                          r"Chinese|Japanese|Korean|UK|German|Canadian|Australian|Provisional|"
                          r"Utility|Design)\s+)*patent\b.*$", re.I)


#: the status of an application that gave no patent
_GIVEN_UP = re.compile(r"\b(?:abandoned|withdrawn|lapsed|rejected|refused)\b", re.I)


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
        return " ".join(quoted.group(1).split())
    parts = [t] if whole else re.split(r"\s*(?::\s|[|;()]|,\s|\s[-–—]\s)\s*", t)
    best = ""
    for part in parts:
        p = _NUMBER.sub("", _PATENT_META.sub("", part))
        p = re.sub(r"\b(?:pending|filed|granted|issued|awarded)\b.*$|\b(?:19|20)\d{2}\b", "", p,
                   flags=re.I).strip(" .,;:-–—|")
        if len(p.split()) > len(best.split()):
            best = p
    return best


def _patent_items(ctx: DocContext) -> list[Entry]:
    """Items of the patents sections up to an ALL-CAPS line that reads as the next section's
    heading; when some items carry a patent cue (office, number, status, 'patent'), the items
    without one are no patents (a list that ran on into publications or software)."""
    out: list[Entry] = []
    for sec in ctx.sections_named("patents"):
        stop = next((ln.start for ln in ctx.lines(sec) if _CAPS_HEAD.match(ln.stripped)
                     and not is_bullet(ln.text)), sec.end)
        items = [e for e in entries(ctx, ("patents",)) if sec.start <= e.start < stop]
        cued = [e for e in items if _CUE.search(ctx.text[e.start:e.end])]
        out += cued if cued else items
    return out


def _title_span(text: str, title: str, start: int, end: int) -> tuple[int, int]:
    """Span of `title` in text[start:end], its words allowed to wrap across lines."""
    words = title.split()
    if words:
        m = re.search(r"\s+".join(map(re.escape, words)), text[start:end])
        if m:
            return start + m.start(), start + m.end()
    return start, end


@register(PAT, kinds=("resume",))
def extract_patents(ctx: DocContext) -> list[Fact]:
    """holds-patent facts: granted patents and pending applications."""
    facts: list[Fact] = []
    items = _patent_items(ctx)
    for e in items:
        head = ctx.text[e.head_start:e.head_end]
        whole = ctx.text[e.start:e.end]
        if re.search(r"[\"“]", head) and not re.search(r"[\"“][^\"”]{8,}[\"”]", head):
            head = whole  # a quoted title wrapped onto the next line
        title = _patent_title(strip_bullet(head) if is_bullet(head) else head, e.heading)
        if len(title.split()) < 2 or _GIVEN_UP.search(whole):
            continue  # an abandoned, withdrawn, lapsed or rejected application is held by no one
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
        span = _title_span(ctx.text, title, e.head_start, e.end)
        pat = Mention(type=EntityType.PATENT, name=title, attrs={k: v for k, v in attrs.items() if v},
                      identifiers={"patent": f"{attrs['office']}{attrs['number']}".replace(",", "")}
                      if num and attrs["office"] else {})
        facts.append(make_fact(ctx, Predicate.HOLDS_PATENT, pat, span, PAT, 0.85))
    return facts
