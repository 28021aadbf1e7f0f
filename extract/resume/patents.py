"""holds-patent from resume Patents sections ("resume.patents.v1").

One Patent per entry, granted patents and pending applications alike; number, office and status
go to attrs, and office + number make an identifier when both are printed.
"""

from __future__ import annotations

import re

from extract.context import DocContext
from extract.registry import register
from extract.resume.common import clean_markup, is_bullet, make_fact, strip_bullet
from extract.resume.entries import entries
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
