"""authored, published-in and holds-patent from prose, about the subject.

- "author/co-author of (the book) TITLE", "wrote/co-authored/published (the paper) TITLE",
  "her essay TITLE" (TITLE quoted or capitalized)                   -> authored Publication
- "TITLE, published in VENUE" / "TITLE appeared in VENUE"           -> published-in Venue
- "holds a patent for X", "patented X"                               -> holds-patent Patent
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.nlp import text_of
from extract.prose.agents import SUBJECT, Analysis, actor, analysis, clause_subject
from extract.prose.citations import cited_spans, cited_venue, complete_title
from extract.prose.common import line_limit, make_fact, usable, verbs
from extract.prose.lex import forms
from extract.prose.named import name_at, quoted_at
from extract.prose.patent_titles import titled_patents
from ontology import EntityType, Fact, Mention, Predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.context import DocContext

__all__ = ["work_facts", "EXTRACTOR"]

EXTRACTOR = "prose.works.v1"
_WRITE = forms("write", "co-write", "author", "co-author", "coauthor", "publish", "pen", "co-edit",
               "edit")
_WIN = forms("receive", "win", "earn", "accept", "garner", "get", "collect", "award", "honor",
             "honour", "grant")
_PATENT = forms("patent", "hold", "file", "receive", "grant", "co-invent", "invent")
#: 'U.S. Patent No. 9,123,456', 'US Patent 10,234,567 B2', 'EP 1234567'
_PATENT_NO = re.compile(r"\b(?:(?:U\.?S\.?|EP|WO|CN|JP|KR|DE|GB)\s*(?:Patent\s*(?:No\.?|Number)?\s*)?|"
                        r"Patent\s*(?:No\.?|Number)?\s*)\d{1,2},?\d{3},?\d{3}(?:\s*[AB]\d)?\b")
_AUTHOR_NOUNS = frozenset({"author", "co-author", "coauthor", "editor", "co-editor"})
_WORK_NOUNS = frozenset({"book", "books", "novel", "paper", "article", "textbook", "study",
                         "memoir", "report", "monograph", "essay", "volume", "bestseller", "op-ed",
                         "chapter", "column", "thesis", "dissertation", "survey", "preprint",
                         "best-seller", "titled", "entitled", "called", "note", "memorandum",
                         "bulletin"})
#: a work noun that ends the name of a report series: 'his 1974 Acme Technical Note, "X"'
_SERIES_NOUNS = frozenset({"note", "report", "memorandum", "bulletin", "paper"})


def _title_after(doc: Doc, i: int, limit: int) -> Span | None:
    span = name_at(doc, i, limit, skip_lower=True)
    if span is None or not span.text.strip():
        return None
    words = [t for t in span if t.is_alpha]
    return span if words and not all(t.ent_type_ in ("DATE", "PERSON", "GPE") for t in words) else None


def _authored(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    for v in verbs(doc, an, _WRITE):
        if v.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in v.children):
            continue
        if actor(clause_subject(v), an) == SUBJECT:
            k = v.i + 1
            if k < len(doc) and doc[k].lower_ in ("the", "a", "an", "his", "her"):
                k += 1
            if k < len(doc) and doc[k].lower_ in _WORK_NOUNS or (k < len(doc) and doc[k].text in "“\"'‘"):
                span = _title_after(doc, v.i + 1, line_limit(doc, v.i))
                if span is not None:
                    yield v, span
    for tok in an.tokens(doc):  # "her essay "Retries Are a Budget"", "his book Deep Systems"
        if tok.lower_ in _WORK_NOUNS and not an.in_noise(tok.idx, tok.idx + 1) and any(
                c.dep_ == "poss" and actor(c, an) == SUBJECT for c in tok.children):
            k = tok.i + 1
            if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text in ("\"", "“"):
                k += 1  # 'his 1974 Technical Note, "X," is still cited'
            span = _title_after(doc, k, line_limit(doc, tok.i))
            if span is not None:
                yield tok, span
    authoring: set[int] = set()  # sentences where the subject is an author of something
    for tok in an.tokens(doc):
        if tok.lower_ in _AUTHOR_NOUNS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of" \
                and not an.in_noise(tok.idx, tok.idx + 1):
            noun = tok  # '... author of the book X and co-author of the paper Y': the first one's
            while noun.dep_ in ("appos", "conj") and noun.head.lower_ in _AUTHOR_NOUNS \
                    and noun.head is not noun:
                noun = noun.head
            owner = clause_subject(noun.head) if noun.dep_ == "attr" else noun.head \
                if noun.dep_ == "appos" else None
            # '... author of the book X (Press, 2021) and co-author of the paper Y'
            joined = tok.sent.start in authoring and "and" in [t.lower_ for t in doc[max(0, tok.i - 3):tok.i]]
            if actor(owner, an) == SUBJECT or joined:
                authoring.add(tok.sent.start)
                span = _title_after(doc, tok.i + 2, line_limit(doc, tok.i))
                if span is not None:  # 'author of Saving the Estuary (Kelp & Co, 2017)'
                    yield tok, complete_title(span, line_limit(doc, tok.i))
    for i, span in cited_spans(doc, an.in_noise):  # 'her work on X ("Title", Venue 2021)'
        yield doc[i], span


def _numbered(doc: Doc, v: Token, limit: int) -> Iterator[Span]:
    """Patent numbers in the clause after the verb: 'U.S. Patent No. 9,123,456'."""
    start = doc[v.i + 1].idx if v.i + 1 < limit else doc[v.i].idx
    end = doc[limit - 1].idx + len(doc[limit - 1])
    for m in _PATENT_NO.finditer(text_of(doc), start, end):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            yield span


_INVENTOR = frozenset({"inventor", "co-inventor", "coinventor", "named inventor"})


def _inventor_patents(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    """'She is (a) co-inventor on a granted US patent, "..." (US 11,204,563)': the numbered
    patents of the sentence where the subject is an inventor."""
    for tok in an.tokens(doc):
        if tok.lower_ not in _INVENTOR or an.in_noise(tok.idx, tok.idx + 1):
            continue
        noun = tok  # 'the author of X and a named inventor on ...': the first noun's clause
        while noun.dep_ == "conj" and noun.head is not noun and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        owner = clause_subject(noun.head) if noun.dep_ == "attr" else noun.head \
            if noun.dep_ == "appos" else None
        if actor(owner, an) != SUBJECT and (owner is not None or actor(
                clause_subject(tok.sent.root), an) != SUBJECT):  # the parser lost the noun's clause
            continue
        titled = titled_patents(doc, tok.i, line_limit(doc, tok.i))  # '..., "Quoted Title"'
        yield from ((tok, span) for span in titled or _numbered(doc, tok, line_limit(doc, tok.i)))


def _listed_patents(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    """'(he) was named on six patents, among them one for a "Quoted Title"': a titled patent
    of the subject's patents."""
    for tok in an.tokens(doc):
        if tok.lower_ not in ("patents", "patent") or an.in_noise(tok.idx, tok.idx + 1):
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        if actor(clause_subject(verb), an) != SUBJECT:
            continue
        limit = min(line_limit(doc, tok.i), tok.sent.end)
        for k in range(tok.i + 1, min(limit, tok.i + 12)):
            if doc[k].lower_ in (".", ";"):
                break
            if doc[k].lower_ == "for":
                j = k + 1
                while j < limit and doc[j].lower_ in ("a", "an", "the"):
                    j += 1
                q = quoted_at(doc, j, limit)
                if q is not None:
                    yield tok, q
                break


def _patents(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    yield from _inventor_patents(doc, an)
    yield from _listed_patents(doc, an)
    for v in verbs(doc, an, _PATENT):
        if actor(clause_subject(v), an) != SUBJECT:
            continue
        limit = line_limit(doc, v.i)
        numbered = list(_numbered(doc, v, limit))
        for span in numbered:
            yield v, span
        if numbered:
            continue
        k = v.i + 1
        if v.lower_ not in forms("patent", "invent", "co-invent"):
            while k < limit and doc[k].lower_ in ("a", "the", "an", "us", "u.s.", "his", "her"):
                k += 1
            if k >= limit or doc[k].lower_ not in ("patent", "patents") or k + 1 >= limit \
                    or doc[k + 1].lower_ not in ("for", "on"):
                continue
            k += 2
        while k < limit and doc[k].lower_ in ("a", "an", "the"):
            k += 1
        end = k
        while end < limit and (not doc[end].is_punct or doc[end].text in ("-", "/")) \
                and doc[end].lower_ not in ("and", "which", "that", "in", "with"):
            end += 1
        if end - k >= 2:
            yield v, doc[k:end]


def _series(trigger: Token) -> tuple[str, int, int] | None:
    """The report series a work noun names with the capitalized words before it ('NASA
    Technical Note', 'RAND Research Memorandum'), as (name, start, end)."""
    if trigger.lower_ not in _SERIES_NOUNS or not trigger.text[:1].isupper():
        return None
    doc, i = trigger.doc, trigger.i
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
            and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    if trigger.i - i < 1:
        return None
    return doc[i:trigger.i + 1].text, doc[i].idx, trigger.idx + len(trigger)


def _venue(doc: Doc, span: Span) -> Span | None:
    """'"TITLE," published in VENUE' / 'TITLE appeared in VENUE' / 'TITLE, written with
    colleagues, was published at VENUE 2019' right after a title (a trailing year is not part of
    the venue)."""
    limit = line_limit(doc, span.start)
    k = span.end
    while k < limit and doc[k].text in ("\"", "”", "’", "'"):
        k += 1
    if k < limit and doc[k].text == "," and doc[k + 1:k + 2].text.lower() not in ("published",):
        close = next((j for j in range(k + 1, min(limit, k + 10)) if doc[j].text == ","), None)
        if close is not None and not any(t.lower_ in ("published", "appeared")
                                         for t in doc[k + 1:close]):
            k = close  # skip a participial aside: ', written with colleagues at Initech,'
    while k < limit and (doc[k].is_punct or doc[k].lower_ in ("which", "was", "that", "and", "is")):
        k += 1
    if k + 1 < limit and doc[k].lower_ in ("published", "appeared", "appears", "ran", "out",
                                           "presented") \
            and doc[k + 1].lower_ in ("in", "by", "at"):
        j = k + 2
        while j < limit and doc[j].text in ("*", "**", "_", "__"):
            j += 1  # markdown emphasis: 'appeared in *Journal of X*'
        venue = name_at(doc, j, limit)
        if venue is None:
            return None
        end = venue.start
        while end < venue.end and not re.fullmatch(r"(?:19|20)\d\d|'\d\d", venue.doc[end].text):
            end += 1
        if end == venue.start or doc[venue.start].lower_.rstrip(".") in _MONTH_NAMES:
            return None  # 'published in March 2020' names a date, not a venue
        return doc[venue.start:end]
    return None


#: right after a title: '(Widget Press, 2021)' (a book's publisher, a paper's venue and year)
_PAREN_VENUE = re.compile(r"^[\"”’']?\s*\((?P<v>[A-Z][^(),;]{1,60}?),\s*(?:19|20)\d{2}\)")
#: right after a title: ', which received the Best Paper Award at the Widget Conference (WC)'
_AWARDED_AT = re.compile(r"^[\"”’']?,?\s*(?:which|that)\s+(?:received|won|earned|was\s+awarded|"
                         r"was\s+given)\s+(?:the\s+|an?\s+)?[^.;]{0,60}?\b(?:award|prize|medal)s?\s+"
                         r"at\s+(?:the\s+)?(?P<v>[A-Z][^.;]{1,120}?)(?=\s+in\s+(?:19|20)\d{2}\b|[.;]|$)",
                         re.IGNORECASE)


def _venue_text(doc: Doc, span: Span) -> tuple[str, int, int] | None:
    """(venue, start, end) printed right after a title: a parenthesis with the publisher and
    year, or the conference where the paper received an award (its acronym when given)."""
    from extract.resume.bibliography import parse_venue

    sent_end = span.sent.end_char
    after = text_of(doc)[span.end_char:sent_end]
    m = _PAREN_VENUE.match(after)
    if m and m.group("v").split()[0].lower().rstrip(".") not in _MONTH_NAMES:
        v = parse_venue(m.group("v"))
    else:
        m = _AWARDED_AT.match(after)
        v = parse_venue(m.group("v")) if m else None
    if m is None or v is None or not v[0][:1].isupper():
        return None
    return v[0], span.end_char + m.start("v"), span.end_char + m.end("v")


_MONTH_NAMES = frozenset("january february march april may june july august september october "
                         "november december jan feb mar apr jun jul aug sep sept oct nov dec".split())


def work_facts(ctx: DocContext) -> list[Fact]:
    """authored (with published-in for a venue named right after the title) and holds-patent."""
    an = analysis(ctx)
    doc = ctx.doc
    facts: dict[tuple, Fact] = {}
    for pred, etype, finder in ((Predicate.AUTHORED, EntityType.PUBLICATION, _authored),
                                (Predicate.HOLDS_PATENT, EntityType.PATENT, _patents)):
        for trigger, span in finder(doc, an):
            if not usable(an, doc, trigger.i, span.end - 1):
                continue
            name = span.text.strip(" \"“”'‘’,.")
            fact = make_fact(ctx, pred, etype, name, (trigger.idx, span.end_char), EXTRACTOR, 0.75)
            facts.setdefault((pred, name.lower()), fact)
            if pred is not Predicate.AUTHORED:
                continue
            venue = _venue(doc, span)
            found = (venue.text, venue.start_char, venue.end_char) if venue is not None and usable(
                an, doc, span.start, venue.end - 1) else _venue_text(doc, span) or _series(trigger) \
                or cited_venue(text_of(doc), span.end_char)
            if found is not None and not an.in_noise(found[1], found[2]):
                prov = ctx.provenance(min(span.start_char, found[1]), max(found[2], span.end_char),
                                      EXTRACTOR, 0.7)
                facts.setdefault((Predicate.PUBLISHED_IN, name.lower()), Fact(
                    subject=Mention(type=EntityType.PUBLICATION, name=name),
                    predicate=Predicate.PUBLISHED_IN,
                    object=Mention(type=EntityType.VENUE, name=found[0]), provenance=prov))
    return list(facts.values())
