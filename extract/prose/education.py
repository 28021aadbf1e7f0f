"""studied-at from prose: degrees and the institutions that granted them, about the subject.

- "graduated from ORG (in YEAR) (with a DEGREE in X)"     -> end YEAR, title the degree
- "received/earned/holds a DEGREE in X from ORG (in YEAR)" -> one fact per degree/institution pair
- "studied X at ORG", "attended ORG", "is a graduate/alumna of ORG"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.prose.agents import SUBJECT, Analysis, actor, analysis, clause_subject
from extract.prose.common import line_limit, make_fact, merge_roles, usable, verbs
from extract.prose.lex import forms
from extract.prose.orgs import accept_org, clean_org_name, org_span_at
from extract.prose.roles import title_case
from extract.prose.when import clause_times
from ontology import EntityType, Fact, Predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.context import DocContext

__all__ = ["education_facts", "EXTRACTOR", "is_degree"]

EXTRACTOR = "prose.education.v1"
_DEGREE = re.compile(
    r"^(?:ph\.?d\.?s?|d\.?phil\.?|doctorate|doctoral|master(?:'s|’s|s)?|msc|m\.sc\.?|m\.s\.|mba|"
    r"m\.?eng\.?|m\.?tech\.?|bachelor(?:'s|’s|s)?|bsc|b\.sc\.?|b\.s\.|b\.a\.|m\.a\.|b\.?tech\.?|"
    r"b\.?eng\.?|b\.e\.|degree|degrees|diploma|m\.?phil\.?|j\.d\.|m\.d\.|ll\.?[bm]\.?|postdoc|"
    r"mfa|bfa|mph|edd|ed\.d\.|licenciatura|laurea|magister|diplom)$", re.IGNORECASE)
#: short forms that are degrees only next to 'in', 'from', 'degree' (MS, MA, BA, BS, BE)
_SHORT_DEGREE = re.compile(r"^(?:MS|MA|BA|BS|BE|ME|AB|SM|SB)$")
_GRADUATE = forms("graduate")
_GRANT = forms("receive", "earn", "obtain", "complete", "hold", "have", "get", "pursue", "finish", "do", "wrap",
               "award")
_STUDY = forms("study", "attend", "enroll", "enrol", "train", "matriculate")
_ALUM = frozenset({"graduate", "alumnus", "alumna", "alumni", "alum"})
_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
_YEAR_RANGE = re.compile(r"^((?:19[5-9]|20[0-4])\d)[–—-]((?:19[5-9]|20[0-4])\d)$")
#: a degree the subject came with: 'joined the lab after an MSc in X at Y (2020)'
_AFTER = frozenset({"after", "following"})
_CLAUSE_STOP = frozenset({"before", "after", "while", "where", "when", "then", "which", "who", ";"})
_STOP = frozenset({",", ";", ".", "with", "where", "while", "and", "before", "after", "which", "who"})


def is_degree(tok: Token) -> bool:
    """Is this token a degree word ('PhD', "master's", 'M.Sc.', 'MS' before 'in'/'from')?"""
    if _DEGREE.match(tok.text):
        return True
    nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    if nxt == "(" and _SHORT_DEGREE.match(tok.text):  # 'BA (Hons) in Law'
        close = _qualifier_end(tok.doc, tok.i + 1, len(tok.doc))
        nxt = tok.doc[close].lower_ if 0 < close < len(tok.doc) else ""
    return bool(_SHORT_DEGREE.match(tok.text)) and nxt in ("in", "from", "degree", "at")


def _modifier(tok: Token) -> bool:
    """A participle modifying a noun ('applied mathematics'), not a verb of its own."""
    return tok.dep_ in ("amod", "compound") and tok.head.i > tok.i


def _nominal(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") or _modifier(tok)


def _qualifier_end(doc: Doc, k: int, limit: int) -> int:
    """The token after a degree's bracketed qualifier opening at k ('(Tech.)', '(Hons)'); 0 if none."""
    for j in range(k + 1, min(limit, k + 4)):
        if doc[j].text == ")":
            return j + 1 if j > k + 1 else 0
        if not (doc[j].text[:1].isupper() or doc[j].text == "."):
            return 0
    return 0


def _degree_phrase(doc: Doc, i: int, limit: int) -> tuple[str, int]:
    """The degree starting at token i ('Ph.D. in electrical engineering'), title-cased, and the
    token after it."""
    k = i
    while k < limit:
        tok = doc[k]
        if is_degree(tok) or tok.tag_ == "POS" or tok.text in ("'s", "’s"):
            k += 1
        elif tok.text == "(" and k > i and is_degree(doc[k - 1]) and (close := _qualifier_end(doc, k, limit)):
            k = close  # 'MSc (Tech.) in ...', 'BA (Hons) in ...'
        elif tok.lower_ in ("of", "in") and k + 1 < limit and _nominal(doc[k + 1]):
            k += 2
        elif k > i and _nominal(tok) and doc[k - 1].lower_ not in _STOP \
                and tok.lower_ not in ("from", "at"):
            k += 1
        elif tok.lower_ == "and" and k + 1 < limit and (doc[k + 1].pos_ in ("NOUN", "ADJ") or (
                doc[k + 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper())) \
                and not is_degree(doc[k + 1]) and k > i and doc[k - 1].pos_ in ("NOUN", "PROPN"):
            k += 2  # 'in economics and finance', 'in Economics and Business Administration'
        else:
            break
    return title_case(doc[i:k].text.replace(" 's", "'s").replace(" ’s", "’s")), k


def _items(doc: Doc, an: Analysis, start: int, limit: int, strong: bool,
           preps: tuple[str, ...] = ("from", "at")) -> list[tuple]:
    """('deg', title, i) and ('org', span) items in text order on [start, limit)."""
    items: list[tuple] = []
    k = start
    while k < limit:
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") and not is_degree(tok) and not _modifier(tok) \
                or tok.lower_ in _CLAUSE_STOP:
            break  # 'studied X at A before earning an MBA at B': B is the other verb's
        if _YEAR.match(tok.text):
            items.append(("year", tok.text, k))
        elif "–" in tok.text or "-" in tok.text or "—" in tok.text:
            rng = _YEAR_RANGE.match(tok.text)  # one token '2016–2021' in parentheses
            if rng:
                items += [("year", rng.group(1), k), ("year", rng.group(2), k)]
        if is_degree(tok):
            title, k2 = _degree_phrase(doc, k, limit)
            items.append(("deg", title, k))
            k = max(k2, k + 1)
            continue
        if tok.lower_ in preps and k + 1 < limit:
            org = org_span_at(doc, k + 1, limit)
            if org is not None and accept_org(org, level="strong" if strong else "ner", an=an):
                items.append(("org", org))
                k = org.end
                continue
        k += 1
    return items


def _pairs(items: list[tuple], need_degree: bool) -> Iterator[tuple[str | None, Span, list[str]]]:
    """(degree, institution, years) triples: each degree goes with the institution and years
    named after it; 'graduated from X in 2004 with a degree in Y' joins X to the degree after."""
    segments: list[list[tuple]] = [[]]
    for item in items:
        if item[0] == "deg" and any(i[0] == "deg" for i in segments[-1]):
            segments.append([])
        segments[-1].append(item)
    if len(segments) == 1 and segments[0] and segments[0][0][0] != "deg":
        head = [i for i in segments[0] if i[0] != "deg"]
        tail = [i for i in segments[0] if i[0] == "deg"]
        segments = [head + tail]
    for seg in segments:
        deg = next((i[1] for i in seg if i[0] == "deg"), None)
        years = [i[1] for i in seg if i[0] == "year"]
        if need_degree and deg is None:
            continue
        for org in (i[1] for i in seg if i[0] == "org"):
            yield deg, org, years


def _verb_facts(ctx: DocContext, an: Analysis) -> Iterator[Fact]:
    doc = ctx.doc
    for v in verbs(doc, an, _GRADUATE | _GRANT | _STUDY | forms("be")):
        if actor(clause_subject(v), an) != SUBJECT:
            continue
        low = v.lower_
        limit = line_limit(doc, v.i)
        if low in forms("be"):
            attr = next((c for c in v.children if c.dep_ == "attr" and c.lower_ in _ALUM), None)
            if attr is None:
                continue
        preps = ("of",) if low in forms("be") else ("from", "at")
        items = _items(doc, an, v.i + 1, limit, strong=low not in _GRANT, preps=preps)
        times = clause_times(v)
        end = "present" if times.now or low in forms("pursue") and v.tag_ in ("VBG", "VBZ") else None
        for title, org, years in _pairs(items, need_degree=low in _GRANT):
            if not usable(an, doc, v.i, org.end - 1):
                continue
            name = clean_org_name(org.text)
            start, stop = (years[0], years[-1]) if len(years) >= 2 else \
                (None, years[0]) if years else (None, end)
            yield make_fact(ctx, Predicate.STUDIED_AT, EntityType.EDUCATIONAL_ORGANIZATION, name,
                            (v.idx, org.end_char), EXTRACTOR, 0.85 if title else 0.75,
                            title=title, start=start, end=stop)


def _after_degree_facts(ctx: DocContext, an: Analysis) -> Iterator[Fact]:
    """'came to the lab after an MSc in Ecology at X (2020)': a degree named after 'after' /
    'following' in a clause of the subject."""
    doc = ctx.doc
    for tok in an.tokens(doc):
        if tok.dep_ != "pobj" or tok.head.lower_ not in _AFTER or not is_degree(tok):
            continue
        verb = tok.head.head
        if verb.pos_ not in ("VERB", "AUX") or actor(clause_subject(verb), an) != SUBJECT:
            continue
        first = tok.left_edge.i if tok.left_edge.i > tok.head.i else tok.i
        while first < tok.i and doc[first].lower_ in ("a", "an", "the", "his", "her", "their"):
            first += 1
        items = _items(doc, an, first, min(line_limit(doc, tok.i), tok.sent.end), strong=True)
        for title, org, years in _pairs(items, need_degree=True):
            if not usable(an, doc, tok.i, org.end - 1):
                continue
            start, stop = (years[0], years[-1]) if len(years) >= 2 else \
                (None, years[0]) if years else (None, None)
            yield make_fact(ctx, Predicate.STUDIED_AT, EntityType.EDUCATIONAL_ORGANIZATION,
                            clean_org_name(org.text), (doc[first].idx, org.end_char), EXTRACTOR, 0.75,
                            title=title, start=start, end=stop)
            break  # the degree's institution is the first one named after it


def _degree_start(doc: Doc, sent: Span) -> int | None:
    """Where a verbless degree sentence's degree starts: 'Education-wise: Bachelor of Arts at X',
    'MSc in Geology from Y (2011).' (None when the sentence has a verb of its own and no
    'Education' label, or does not open with a degree)."""
    i, end = sent.start, min(sent.end, sent.start + 8)
    labelled = False
    for k in range(i, end):  # a short 'Education:' label before the degree
        if doc[k].text == ":":
            labelled = any(t.lower_.startswith(("education", "degree", "qualification", "studies"))
                           for t in doc[i:k])
            i = k + 1 if labelled else i
            break
    while i < sent.end and (doc[i].is_space or doc[i].lower_ in ("a", "an", "the", "-", "*", "•")):
        i += 1
    if i >= sent.end or not is_degree(doc[i]):
        return None
    if not labelled and any(t.pos_ in ("VERB", "AUX") and not _modifier(t) and not is_degree(t)
                            for t in sent):
        return None
    return i


def _verbless_facts(ctx: DocContext, an: Analysis) -> Iterator[Fact]:
    """A degree named without a verb ('Education-wise: Bachelor of Commerce at X'): the
    document's subject's, in a first-person profile or a bio's fragment."""
    doc = ctx.doc
    if not any(is_degree(t) for t in an.tokens(doc)):
        return
    for sent in doc.sents:
        if an.in_noise(sent.start_char, sent.end_char):
            continue
        i = _degree_start(doc, sent)
        if i is None:
            continue
        limit = line_limit(doc, i)
        items = _items(doc, an, i, min(limit, sent.end), strong=False)
        done: set[str] = set()
        for title, org, years in _pairs(items, need_degree=True):
            if title in done or not usable(an, doc, i, org.end - 1):
                continue  # a degree's institution is the first one named after it
            done.add(title)
            start, stop = (years[0], years[-1]) if len(years) >= 2 else \
                (None, years[0]) if years else (None, None)
            yield make_fact(ctx, Predicate.STUDIED_AT, EntityType.EDUCATIONAL_ORGANIZATION,
                            clean_org_name(org.text), (doc[i].idx, org.end_char), EXTRACTOR, 0.7,
                            title=title, start=start, end=stop)


def education_facts(ctx: DocContext) -> list[Fact]:
    """studied-at facts of a bio or article, one per degree and institution."""
    an = analysis(ctx)
    return merge_roles([*_verb_facts(ctx, an), *_verbless_facts(ctx, an),
                        *_after_degree_facts(ctx, an)])
