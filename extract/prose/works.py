"""authored, received-award and holds-patent from prose, about the subject.

- "author/co-author of (the book) TITLE", "wrote/co-authored/published (the paper) TITLE"
  (TITLE quoted or capitalized)                                      -> authored Publication
- "received/won/was awarded the X Award/Prize/Medal (in YEAR)",
  "is a recipient of the X Prize"                                    -> received-award, start YEAR
- "holds a patent for X", "patented X"                               -> holds-patent Patent
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.prose.agents import SUBJECT, Analysis, actor, analysis, clause_subject
from extract.prose.common import line_limit, make_fact, usable, verbs
from extract.prose.lex import forms
from extract.prose.named import name_at
from extract.prose.roles import title_case
from extract.prose.when import clause_times
from ontology import EntityType, Fact, Predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.context import DocContext

__all__ = ["work_facts", "EXTRACTOR", "award_name"]

EXTRACTOR = "prose.works.v1"
_WRITE = forms("write", "co-write", "author", "co-author", "coauthor", "publish", "pen", "co-edit",
               "edit")
_WIN = forms("receive", "win", "earn", "accept", "garner", "get", "collect", "award", "honor",
             "honour", "grant")
_PATENT = forms("patent", "hold", "file", "receive", "grant", "co-invent", "invent")
_AUTHOR_NOUNS = frozenset({"author", "co-author", "coauthor", "editor", "co-editor"})
_WORK_NOUNS = frozenset({"book", "books", "novel", "paper", "article", "textbook", "study",
                         "memoir", "report", "monograph", "essay", "volume", "bestseller",
                         "best-seller", "titled", "entitled", "called"})
_AWARD_HEAD = re.compile(r"^(?:awards?|prizes?|medals?|fellowships?|scholarships?|honou?rs?|"
                         r"grants?|distinctions?|trophy|trophies|laureate|citation)$", re.IGNORECASE)
_AWARD_SKIP = frozenset({"the", "a", "an", "his", "her", "their", "its", "prestigious",
                         "coveted", "annual", "inaugural", "first", "several", "two", "three"})


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
    for tok in doc:
        if tok.lower_ in _AUTHOR_NOUNS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of" \
                and not an.in_noise(tok.idx, tok.idx + 1):
            owner = clause_subject(tok.head) if tok.dep_ == "attr" else tok.head \
                if tok.dep_ == "appos" else None
            if actor(owner, an) == SUBJECT:
                span = _title_after(doc, tok.i + 2, line_limit(doc, tok.i))
                if span is not None:
                    yield tok, span


def award_name(doc: Doc, i: int, limit: int) -> Span | None:
    """The award named from token i: 'the 2019 Kestrel Prize for Robotics' -> Kestrel Prize for
    Robotics; 'a best paper award' -> best paper award."""
    while i < limit and (doc[i].lower_ in _AWARD_SKIP or doc[i].like_num):
        i += 1
    for k in range(i, min(limit, i + 8)):
        if _AWARD_HEAD.match(doc[k].text):
            end = k + 1
            named = name_at(doc, i, limit)
            if named is not None and named.end > end:
                end = named.end
            return doc[i:end] if end > i else None
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def _awards(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    for v in verbs(doc, an, _WIN):
        if v.dep_ in ("acl", "amod") or actor(clause_subject(v), an) != SUBJECT:
            continue
        span = award_name(doc, v.i + 1, line_limit(doc, v.i))
        if span is None and v.i + 2 < len(doc) and doc[v.i + 1].lower_ == "with":
            span = award_name(doc, v.i + 2, line_limit(doc, v.i))
        if span is not None:
            yield v, span
    for tok in doc:
        if tok.lower_ in ("recipient", "winner", "laureate") and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].lower_ == "of" and actor(clause_subject(tok.head), an) == SUBJECT:
            span = award_name(doc, tok.i + 2, line_limit(doc, tok.i))
            if span is not None and not an.in_noise(tok.idx, span.end_char):
                yield tok, span


def _patents(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    for v in verbs(doc, an, _PATENT):
        if actor(clause_subject(v), an) != SUBJECT:
            continue
        limit = line_limit(doc, v.i)
        k = v.i + 1
        if v.lower_ not in forms("patent", "invent", "co-invent"):
            while k < limit and doc[k].lower_ in ("a", "the", "an", "us", "u.s.", "his", "her"):
                k += 1
            if k >= limit or doc[k].lower_ not in ("patent", "patents") or k + 1 >= limit \
                    or doc[k + 1].lower_ not in ("for", "on"):
                continue
            k += 2
        end = k
        while end < limit and not doc[end].is_punct and doc[end].lower_ not in ("and", "which", "that"):
            end += 1
        if end - k >= 2:
            yield v, doc[k:end]


def work_facts(ctx: DocContext) -> list[Fact]:
    """authored, received-award and holds-patent facts of a bio or article."""
    an = analysis(ctx)
    doc = ctx.doc
    facts: dict[tuple, Fact] = {}
    groups = ((Predicate.AUTHORED, EntityType.PUBLICATION, _authored),
              (Predicate.RECEIVED_AWARD, EntityType.AWARD, _awards),
              (Predicate.HOLDS_PATENT, EntityType.PATENT, _patents))
    for pred, etype, finder in groups:
        for trigger, span in finder(doc, an):
            if not usable(an, doc, trigger.i, span.end - 1):
                continue
            name = span.text.strip(" \"“”'‘’,.")
            if pred is Predicate.RECEIVED_AWARD and name.islower():
                name = title_case(name)
            start = None
            if pred is Predicate.RECEIVED_AWARD:
                verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
                year = next((t.text for t in span if re.fullmatch(r"(?:19|20)\d\d", t.text)), None)
                start = clause_times(verb).at or year
            fact = make_fact(ctx, pred, etype, name, (trigger.idx, span.end_char), EXTRACTOR, 0.75,
                             start=start)
            facts.setdefault((pred, name.lower(), start), fact)
    return list(facts.values())
