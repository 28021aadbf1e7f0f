"""received-award from prose: prizes the subject won, with the year.

- "received/won/was awarded the X Award/Prize/Medal (in YEAR)"    -> start YEAR
- "the migration earned her the X Award in 2022"                   (the subject as recipient)
- "is a recipient/winner of the X Prize"
- "is a Fellow of the X Society", "was elected an IEEE Fellow"     (an honour, not a job)
What a company or a team won is not the subject's award.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.prose.agents import SUBJECT, Analysis, actor, analysis, clause_subject
from extract.prose.common import line_limit, make_fact, usable, verbs
from extract.prose.lex import forms
from extract.prose.named import name_at
from extract.prose.orgs import org_span_at
from extract.prose.roles import title_case
from extract.prose.when import clause_times
from ontology import EntityType, Fact, Predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.context import DocContext

__all__ = ["award_facts", "award_name", "EXTRACTOR"]

EXTRACTOR = "prose.awards.v1"
_WIN = forms("receive", "win", "earn", "accept", "garner", "get", "collect", "award", "honor",
             "honour", "grant", "bring")
_HEAD = re.compile(r"^(?:awards?|prizes?|medals?|fellowships?|scholarships?|honou?rs?|"
                   r"distinctions?|trophy|trophies|laureate|citation)$", re.IGNORECASE)
#: honours named like roles: 'Fellow of the X', 'IEEE Fellow'
_HONOURS = frozenset({"fellow", "laureate", "academician"})
_SKIP = frozenset({"the", "a", "an", "his", "her", "their", "its", "prestigious", "coveted",
                   "annual", "inaugural", "first", "several", "two", "three"})


def award_name(doc: Doc, i: int, limit: int) -> Span | None:
    """The award named from token i: 'the 2019 Kestrel Prize for Robotics' -> Kestrel Prize for
    Robotics; 'a best paper award' -> best paper award."""
    while i < limit and (doc[i].lower_ in _SKIP or doc[i].like_num):
        i += 1
    for k in range(i, min(limit, i + 8)):
        if _HEAD.match(doc[k].text):
            end = k + 1
            named = name_at(doc, i, limit)
            if named is not None and named.end > end:
                end = named.end
            return doc[i:end] if end > i else None
        if (doc[k].is_punct and doc[k].tag_ != "POS" and doc[k].text not in ("'", "’", "-")) \
                or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def _recipient(verb: Token) -> Token | None:
    """Who gets the award: the dative ('earned her the prize') or else the clause subject."""
    dative = next((c for c in verb.children if c.dep_ == "dative"
                   or (c.dep_ == "dobj" and c.pos_ == "PRON")), None)
    doc = verb.doc
    if dative is None and verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in ("her", "him", "me") \
            and doc[verb.i + 2].lower_ in ("the", "a", "an"):
        dative = doc[verb.i + 1]  # 'earned her the X Award' parsed as a possessive
    return dative if dative is not None else clause_subject(verb)


_WORKS = frozenset({"paper", "book", "article", "thesis", "dissertation", "essay", "study", "film",
                    "project", "app", "design", "album", "novel"})


def _own_work(recipient: Token | None, an: Analysis) -> bool:
    """'her paper won the X Award', '(her paper ...,) where it received the X Award': the
    subject's own work wins, and the award is the subject's (given for that work)."""
    if recipient is None:
        return False
    if recipient.lower_ == "it":  # 'it' of a where/which clause: the sentence's work noun
        head = recipient.sent.root
        recipient = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if recipient is None:
            return False
    return recipient.lower_ in _WORKS and any(
        c.dep_ == "poss" and actor(c, an) == SUBJECT for c in recipient.children)


_AUTHORS = frozenset({"author", "co-author", "coauthor", "authored", "co-authored", "wrote",
                      "published", "her", "his", "their"})


def _authored_work_before(verb: Token, an: Analysis) -> bool:
    """'(she is) co-author of the paper "X", which received the Y Award': the nearest work noun
    before the relative clause is one the sentence's subject, the document's subject, wrote."""
    sent = verb.sent
    root_subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if actor(root_subject, an) != SUBJECT:
        return False
    doc = verb.doc
    for k in range(verb.i - 1, max(sent.start, verb.i - 25) - 1, -1):
        if doc[k].lower_ in _WORKS:
            before = [t.lower_ for t in doc[max(sent.start, k - 4):k]]
            return any(w in _AUTHORS for w in before)
    return False


def _awards(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    for v in verbs(doc, an, _WIN):
        if v.dep_ in ("acl", "amod"):
            continue
        recipient = _recipient(v)
        if actor(recipient, an) != SUBJECT and not _own_work(recipient, an) and not (
                v.dep_ == "relcl" and _authored_work_before(v, an)):
            continue
        limit = line_limit(doc, v.i)
        start = recipient.i + 1 if recipient is not None and recipient.i > v.i else v.i + 1
        if start < limit and doc[start].lower_ == "with":
            start += 1
        span = award_name(doc, start, limit)
        if span is not None:
            yield v, span
    for tok in an.tokens(doc):
        if tok.lower_ in ("recipient", "winner", "laureate") and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].lower_ == "of" and actor(clause_subject(tok.head), an) == SUBJECT:
            span = award_name(doc, tok.i + 2, line_limit(doc, tok.i))
            if span is not None:
                yield tok, span


def _fellowships(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    """'is a Fellow of the Royal Society', 'was elected an IEEE Fellow': an honour, not a job."""
    for tok in an.tokens(doc):
        if tok.lower_ not in _HONOURS or tok.dep_ not in ("attr", "oprd", "appos"):
            continue
        owner = clause_subject(tok.head) if tok.dep_ != "appos" else tok.head
        if actor(owner, an) != SUBJECT:
            continue
        limit = line_limit(doc, tok.i)
        if tok.i + 2 < limit and doc[tok.i + 1].lower_ == "of":
            org = org_span_at(doc, tok.i + 2, limit)
            if org is not None:
                yield tok, doc[tok.i:org.end]
        elif tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper():
            first = tok.left_edge.i
            if any(_YEAR.fullmatch(t.text) for t in doc[max(first, tok.i - 4):tok.i - 1]):
                continue  # 'a 2023 Kestrel Fellow': one year's cohort of a fellowship programme
            yield tok, doc[tok.i - 1:tok.i + 1]


#: 'was named to the X list', 'was included in the X 30 Under 30 list'
_LISTED = frozenset({"named", "included", "listed", "selected", "inducted"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def _recognition_lists(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    """'was named to the Forbes 30 Under 30 Europe list (Retail) in 2019': a recognition list
    the subject was put on; the list's name (without 'list') is the award."""
    for tok in an.tokens(doc):
        if tok.lower_ not in _LISTED or tok.i + 2 >= len(doc) \
                or doc[tok.i + 1].lower_ not in ("to", "on", "in", "onto"):
            continue
        if actor(clause_subject(tok), an) != SUBJECT:
            continue
        limit = tok.i  # the line, not the sentence: the parser may split at the list's name
        while limit < min(len(doc), tok.i + 14) and "\n" not in doc[limit].whitespace_:
            limit += 1
        i = tok.i + 2
        if i < limit and doc[i].lower_ in ("the", "this", "that", "its"):
            i += 1
        k = i
        while k < limit and doc[k].lower_ not in ("list", "ranking") and not doc[k].is_punct:
            k += 1
        if k < limit and doc[k].lower_ in ("list", "ranking") and k > i and doc[i].text[:1].isupper():
            yield tok, doc[i:k]


#: an honour an organization names someone: 'named him an Outstanding Alumnus', 'named her
#: a Distinguished Engineer'
_HONOUR_ADJ = frozenset({"outstanding", "distinguished", "honorary", "exceptional", "eminent"})
_NAME_VERBS = forms("name", "select", "elect")


def _named_honours(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    for v in verbs(doc, an, _NAME_VERBS):
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        recipient = obj if obj is not None else clause_subject(v) if v.tag_ == "VBN" else None
        if actor(recipient, an) != SUBJECT:
            continue
        k = (obj.i if obj is not None else v.i) + 1
        limit = line_limit(doc, v.i)
        while k < limit and doc[k].lower_ in ("a", "an", "the", "as"):
            k += 1
        if k >= limit or doc[k].lower_ not in _HONOUR_ADJ or not doc[k].text[:1].isupper():
            continue
        end = k + 1
        while end < limit and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end - k >= 2:
            yield v, doc[k:end]


def _year_after(doc: Doc, k: int) -> str | None:
    """'... list (Retail) in 2019': 'in YEAR' shortly after the award on its line."""
    for j in range(k, min(len(doc) - 1, k + 8)):
        if "\n" in doc[j].whitespace_ or doc[j].text in (";", "."):
            return None
        if doc[j].lower_ == "in" and _YEAR.fullmatch(doc[j + 1].text):
            return doc[j + 1].text
    return None


def award_facts(ctx: DocContext) -> list[Fact]:
    """received-award facts, one per award and year."""
    an = analysis(ctx)
    doc = ctx.doc
    facts: dict[tuple, Fact] = {}
    for trigger, span in [*_awards(doc, an), *_fellowships(doc, an), *_recognition_lists(doc, an),
                          *_named_honours(doc, an)]:
        if not usable(an, doc, trigger.i, span.end - 1):
            continue
        name = span.text.strip(" \"“”'‘’,.")
        if name.islower():
            name = title_case(name)
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        before = doc[max(0, span.start - 2):span.start]
        year = next((t.text for t in before if re.fullmatch(r"(?:19|20)\d\d", t.text)), None)
        start = clause_times(verb).at or year or _year_after(doc, span.end)
        fact = make_fact(ctx, Predicate.RECEIVED_AWARD, EntityType.AWARD, name,
                         (trigger.idx, span.end_char), EXTRACTOR, 0.75, start=start)
        facts.setdefault((name.lower(), start), fact)
    return list(facts.values())
