"""Role phrases in prose: "director of data engineering at Initech Europe" -> title + org.

The phrase is read left to right over tokens (the parser's attachment of "at X" inside a title is
unreliable): title words, title tails ("of machine learning"), then a preposition introducing a
supported organization. "TITLE of ORG at ORG2" keeps "of ORG" in the title when ORG2 follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.prose.orgs import accept_org, org_span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from extract.prose.agents import Analysis

__all__ = ["Role", "role_phrase", "title_case", "TITLE_HEADS", "is_title_head"]

TITLE_HEADS = frozenset("""
president vp svp evp avp director manager engineer scientist researcher professor lecturer
fellow officer ceo cto cfo coo cio cso cpo cmo cdo chairman chair chairwoman chairperson founder
cofounder co-founder head lead leader architect analyst consultant developer designer partner
principal dean provost editor reporter correspondent intern postdoc associate specialist
advisor adviser member staff chief economist statistician strategist coordinator administrator
executive owner investigator technologist evangelist instructor teacher tutor physician surgeon
attorney lawyer counsel writer producer entrepreneur treasurer trustee gm md programmer
mathematician physicist chemist biologist engineer-in-residence superintendent supervisor
representative ambassador curator librarian journalist columnist commissioner secretary
planner nurse pharmacist accountant auditor buyer clerk paralegal technician mechanic
underwriter actuary geologist hydrologist therapist recruiter trader banker pilot dentist
adjunct assistant
""".split())
_SKIP = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "former",
                   "current", "then", "now", "longtime", "long-time", "recently", "newly",
                   "erstwhile", "currently", "also"})
_TAIL_PREPS = frozenset({"of", "for", "in", "on"})
_ORG_PREPS = frozenset({"at", "of", "for", "with", "in"})
_SMALL = frozenset({"of", "for", "and", "the", "in", "at", "on", "to", "a", "an", "&", "or"})
_MAX_TITLE_TOKENS = 12
#: last words of a functional area named after a title's 'of'/'for' ('Director of Data
#: Engineering', 'Head of Robotics Research'): part of the title unless a known organization
_AREA_WORDS = frozenset("""
research engineering marketing sales operations product products design finance data analytics
strategy technology technologies innovation development infrastructure security communications
policy science programs partnerships growth platforms software hardware systems learning
intelligence automation quality manufacturing procurement compliance risk
""".split())
#: field words that may stand before an area word ('Head of Applied Machine Learning Research')
_FIELD_WORDS = frozenset("""
robotics ai ml machine applied responsible computer vision cloud mobile web consumer enterprise
quantum health energy clinical global digital advanced autonomy autonomous perception language
speech artificial business customer people human resources corporate legal information r&d
and & of the emerging core internal new
""".split())


@dataclass(frozen=True)
class Role:
    """A title (title-cased, or None) and the organization span a role phrase names."""

    title: str | None
    org: Span | None
    start: int  # first token of the phrase
    end: int  # token after the phrase


def is_title_head(word: str) -> bool:
    """True for a word that heads a job title ('president', 'CTO', 'co-founder')."""
    low = word.lower().strip(".,")
    return low in TITLE_HEADS or (len(low) >= 7 and low.endswith("ist") and low.isalpha()
                                  and not low.endswith(_NOT_IST))


#: '-ist' words that are no occupation ('agronomist', 'hydrologist' are)
_NOT_IST = ("checklist", "playlist", "waitlist", "shortlist", "wishlist", "blacklist",
            "whitelist", "tracklist", "setlist", "booklist")


def title_case(text: str) -> str:
    """Title-case a job title written in lower case, keeping acronyms and small words.

    >>> title_case("vice president of machine learning")
    'Vice President of Machine Learning'
    >>> title_case("co-founder and CTO")
    'Co-Founder and CTO'
    """
    words = " ".join(text.split()).split(" ")
    out = []
    for n, word in enumerate(words):
        parts = word.split("-")
        fixed = []
        for part in parts:
            if not part or part != part.lower():
                fixed.append(part)  # acronym or mixed case as written
            elif part in _SMALL and n > 0:
                fixed.append(part)
            else:
                fixed.append(part[0].upper() + part[1:])
        out.append("-".join(fixed))
    return " ".join(out)


def _titleish(tok) -> bool:
    if tok.is_punct:
        return tok.text in ("-", "&", "/")
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.dep_ in ("amod", "compound") \
        or is_title_head(tok.text)


def _newline_before(doc: Doc, k: int) -> bool:
    return k > 0 and "\n" in doc[k - 1].whitespace_ or "\n" in doc[k].text


def _org_after(doc: Doc, k: int, limit: int, strong: bool, an: Analysis | None) -> Span | None:
    """An accepted organization introduced by the preposition at token k ('at' and 'with'
    take any proper name under a strong pattern; 'of', 'for', 'in' need the model's ORG)."""
    if k >= limit or doc[k].lower_ not in _ORG_PREPS or k + 1 >= limit:
        return None
    cand = org_span_at(doc, k + 1, limit)
    level = "strong" if strong and doc[k].lower_ in ("at", "with") else "ner"
    if cand is not None and accept_org(cand, level=level, an=an):
        if level == "ner" and cand[-1].lower_ in _AREA_WORDS and _area_only(cand):
            return None  # 'Head of Robotics Research': a field of the title, not an employer
        if cand.end < len(doc) and doc[cand.end].lower_ in _WORK_NOUNS:
            return None  # 'engineer for the Harbor Line reconstruction': a project, no employer
        return cand
    return None


#: nouns that make the capitalized name before them a project's: 'the Elm Street rebuild'
_WORK_NOUNS = frozenset({"project", "projects", "reconstruction", "construction", "rebuild",
                         "redesign", "renovation", "replacement", "expansion", "migration",
                         "rollout", "launch", "program", "programme", "initiative", "upgrade",
                         "extension", "retrofit", "study", "campaign", "implementation"})


def _area_then_org(doc: Doc, k: int, limit: int, strong: bool,
                   an: Analysis | None) -> tuple[int, Span] | None:
    """After a title's comma at token k: one to three capitalised area words, then 'at'/'with'
    an organization ('..., Finance at Initech') -> (end of the area, the organization)."""
    j = k + 1
    while j < limit and j - k <= 3 and doc[j].text[:1].isupper() and not doc[j].is_punct \
            and doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and not _newline_before(doc, j):
        j += 1
    if j == k + 1 or j >= limit or doc[j].lower_ not in ("at", "with"):
        return None
    org = _org_after(doc, j, limit, strong, an)
    return (j, org) if org is not None else None


def _area_only(span: Span) -> bool:
    """A name made of a field and area words ('Robotics Research', 'Data Engineering'), with no
    known organization in it ('Google Research' is one) and no cue besides the area words."""
    from extract.prose import lookup

    words = [t.text for t in span if not t.is_punct]
    if any(lookup.known_org_type(" ".join(words[:n])) is not None for n in range(1, len(words) + 1)):
        return False
    return all(w.lower() in _AREA_WORDS or w.lower() in _FIELD_WORDS for w in words)


def role_phrase(doc: Doc, i: int, limit: int, *, strong: bool = True,
                an: Analysis | None = None, need_org: bool = False) -> Role | None:
    """Read a role phrase starting at token i, within tokens [i, limit).

    Returns None when no title head word is found before the organization (or the end).
    """
    while i < limit and doc[i].lower_ in _SKIP:
        i += 1
    org: Span | None = None
    if i < limit and (poss := org_span_at(doc, i, limit)) is not None and poss.end < limit \
            and doc[poss.end].tag_ == "POS" and accept_org(poss, level="ner", an=an):
        org, i = poss, poss.end + 1  # "Initech's chief scientist"
    k, title_end, found_head = i, None, False
    while k < limit and k - i < _MAX_TITLE_TOKENS and not (k > i and _newline_before(doc, k)):
        tok = doc[k]
        low = tok.lower_
        if low in _ORG_PREPS and found_head and org is None:
            cand = _org_after(doc, k, limit, strong, an)
            if cand is not None:
                later = _org_after(doc, cand.end, limit, strong, an)
                if low in ("of", "for") and later is not None and doc[cand.end].lower_ in ("at", "with"):
                    title_end, org, k = cand.end, later, later.end
                else:
                    title_end, org, k = k, cand, cand.end
                break
            if low in _TAIL_PREPS and k + 1 < limit and _titleish(doc[k + 1]):
                k += 1
                continue
            break
        if low in ("and", "&", "/") and k + 1 < limit and is_title_head(doc[k + 1].text) and found_head:
            k += 1
            continue
        if low == "," and found_head and org is None:
            area = _area_then_org(doc, k, limit, strong, an)
            if area is not None:  # 'Vice President, Finance at Initech': the area is in the title
                title_end, org, k = area[0], area[1], area[1].end
                break
        if not _titleish(tok):
            break
        found_head = found_head or is_title_head(tok.text) or is_title_head(tok.lemma_ or "")
        k += 1
    if title_end is None:
        title_end = k
    while title_end > i and (doc[title_end - 1].is_punct or doc[title_end - 1].lower_ in _SMALL):
        title_end -= 1
    if not found_head or title_end <= i:
        return None
    if need_org and org is None:
        return None
    text = doc[i:title_end].text
    title = title_case(re.sub(r"\s*-\s*", "-", text))
    return Role(title=title, org=org, start=i, end=max(k, title_end))
