"""contributed-to from prose: named systems the subject himself built.

- "developed/built/created/designed/launched X, a ..."    (X a capitalized name)
- "developed a model called X", "led the development of X"
- "is the creator/co-creator/architect/maintainer of X"
Only when the subject is the doer ("I teamed up with two colleagues to build X" counts; what
"we", "my team" or "our scientists" built does not).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.prose import lookup
from extract.prose.agents import SUBJECT, Analysis, actor, analysis, clause_subject
from extract.prose.common import line_limit, make_fact, usable, verbs
from extract.prose.lex import forms
from extract.prose.named import called_name, name_at
from extract.prose.orgs import has_org_cue
from ontology import EntityType, Fact, Predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.context import DocContext

__all__ = ["project_facts", "EXTRACTOR", "named_object"]

EXTRACTOR = "prose.projects.v1"
_BUILD = forms("develop", "build", "create", "design", "invent", "launch", "architect", "release",
               "implement", "pioneer", "co-create", "co-develop", "prototype", "open-source",
               "maintain", "introduce", "devise", "write", "co-write")
_LEAD = forms("lead", "spearhead", "drive", "oversee")
_MAKER = frozenset({"creator", "co-creator", "cocreator", "inventor", "architect", "maintainer",
                    "designer", "developer"})
_PROCESS = frozenset({"development", "design", "creation", "launch", "implementation", "build",
                      "rollout", "release"})
_NAME_JOINERS = frozenset({"&", "-"})
_SYSTEM_NOUNS = frozenset({"platform", "system", "engine", "toolkit", "library", "framework", "tool",
                           "product", "service", "app", "application", "database", "compiler",
                           "language", "pipeline", "api", "sdk", "dataset", "model", "project",
                           "package", "software", "suite", "protocol", "runtime", "server", "store",
                           "assistant", "chatbot", "robot", "device", "game", "website", "portal"})
_TOOL_NOUNS = frozenset({"library", "toolkit", "framework", "package", "sdk", "compiler"})
_WORKS = frozenset({"paper", "book", "article", "essay", "novel", "report", "thesis", "chapter",
                    "column", "study", "textbook", "memoir", "post", "blog"})
_NEXT_OK = frozenset({",", ".", ";", "(", "for", "which", "that", "to", "in", "at", "with", "and",
                      "from", "on", "—", "–", ":"})


def _acceptable(span: Span, an: Analysis) -> bool:
    name = span.text.strip()
    if len(name) < 2 or not any(ch.isalpha() for ch in name):
        return False
    labels = {t.ent_type_ for t in span if t.ent_type_}
    if labels & {"DATE", "TIME", "NORP", "MONEY", "PERCENT", "CARDINAL", "PERSON"}:
        return False
    if labels & {"GPE", "LOC"} and not _described(span):
        return False
    if has_org_cue(name) or lookup.known_org_type(name) is not None:
        return False
    if an.subject_name and (name in an.subject_name or an.subject_name in name):
        return False
    return True


def named_object(doc: Doc, start: int, limit: int) -> Span | None:
    """The named thing a verb's object gives: 'a model called X', 'the development of X',
    'X, a ...', or a capitalized name heading the object ('the Quill editor' -> Quill)."""
    called = called_name(doc, start, limit, joiners=_NAME_JOINERS)
    if called is not None:
        return called
    k = start
    while k < limit and doc[k].lower_ in ("the", "a", "an", "his", "her", "its", "their"):
        k += 1
    if k + 1 < limit and doc[k].lower_ in _PROCESS and doc[k + 1].lower_ == "of":
        k += 2
    span = name_at(doc, k, limit, joiners=_NAME_JOINERS)
    if span is None and k == start and k < limit and doc[k].pos_ in ("NOUN", "PROPN", "X") \
            and _open_source(doc[k:k + 1]):
        return doc[k:k + 1]  # 'I maintain pyfeatures, an open-source library'
    if span is None:
        return _described_name(doc, k, limit)
    nxt = doc[span.end] if span.end < limit else None
    if nxt is None or nxt.lower_ in _NEXT_OK or nxt.is_punct:
        return span
    if nxt.pos_ == "NOUN" and nxt.text.islower() and not lookup.is_skill(span.text):
        return span  # 'the Quill text editor'
    return None


def _open_source(span: Span) -> bool:
    """Is the name followed by an apposition calling it open source?"""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    tail = doc[span.end + 1:min(len(doc), span.end + 6)].text.lower()
    return "open-source" in tail or "open source" in tail


def _described(span: Span) -> bool:
    """Is the name followed by an apposition that calls it a system ('X, our billing platform')?"""
    doc = span.doc
    for t in doc[span.end:min(len(doc), span.end + 3)]:  # 'the Tallow grocery robot'
        if t.lower_ in _SYSTEM_NOUNS and t.text.islower():
            return True
        if not (t.is_alpha and t.text.islower() and t.dep_ in ("compound", "amod", "nmod")):
            break
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    tail = doc[span.end + 1:min(len(doc), span.end + 8)]
    return any(t.lower_ in _SYSTEM_NOUNS for t in tail) or _open_source(span)


def _described_name(doc: Doc, start: int, limit: int) -> Span | None:
    """'the first version of the billing engine for Ledgerline, Initech's billing platform':
    a name inside the object that an apposition describes as a system; 'the control software
    for the Kite drone': a name heading a system noun."""
    for k in range(start, min(limit, start + 12)):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ not in (
                "amod", "compound", "nmod"):  # 'the forecasting software' goes on
            return None
        if doc[k].lower_ in ("for", "of", "behind", "on", "in") and k + 1 < limit:
            span = name_at(doc, k + 1, limit, joiners=_NAME_JOINERS)
            if span is not None and _described(span):
                return span
            noun = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
            named = _named_system(noun) if noun is not None and noun.i < limit else None
            if named is not None:
                return named
    return None


#: 'later folded into / merged into the X toolkit': the subject's work went into a named system
_INTO = forms("fold", "merge", "integrate", "incorporate", "upstream", "absorb")


def _named_system(noun: Token) -> Span | None:
    """The proper name right before a system noun: 'the open-source Kite 2 toolkit' -> Kite 2."""
    if noun.lower_ not in _SYSTEM_NOUNS or not noun.text.islower():
        return None
    doc = noun.doc
    end = noun.i  # 'the Tallow grocery robot': lower-case modifiers between name and noun
    while end > 0 and noun.i - end < 2 and doc[end - 1].text.isalpha() and doc[end - 1].text.islower() \
            and doc[end - 1].dep_ in ("compound", "amod", "nmod"):
        end -= 1
    k = end
    while k > 0 and (doc[k - 1].pos_ in ("PROPN", "NOUN", "X") and doc[k - 1].text[:1].isupper()
                     or doc[k - 1].like_num and k - 1 > 0 and doc[k - 2].text[:1].isupper()):
        k -= 1
    if k == end or not doc[k].text[:1].isupper() or k == doc[k].sent.start:
        return None
    return doc[k:end]


def _folded_into(verb: Token, limit: int) -> Span | None:
    """'built tooling that was later folded into the open-source X toolkit' -> X."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for rel in (obj.children if obj is not None else ()):
        if rel.dep_ != "relcl" or rel.lower_ not in _INTO:
            continue
        for prep in rel.children:
            if prep.dep_ == "prep" and prep.lower_ == "into":
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.i < limit:
                    return _named_system(noun)
    return None


def _verb_projects(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    for v in verbs(doc, an, _BUILD | _LEAD):
        if v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.children):
            continue  # 'was developed by ...'
        if v.dep_ in ("acl", "amod"):
            continue  # 'models developed by ...'
        if actor(clause_subject(v), an) != SUBJECT:
            continue
        limit = line_limit(doc, v.i)
        if any(t.lower_ in _WORKS for t in doc[v.i + 1:min(limit, v.i + 4)]):
            continue  # 'wrote the paper X' is authorship
        span = named_object(doc, v.i + 1, limit)
        if span is not None and _acceptable(span, an) and not lookup.is_skill(span.text):
            yield v, span
        elif span is None:  # a known toolkit the work went into is still a project of hers
            span = _folded_into(v, limit)
            if span is not None and _acceptable(span, an):
                yield v, span


def _maker_projects(doc: Doc, an: Analysis) -> Iterator[tuple[Token, Span]]:
    for tok in an.tokens(doc):
        if tok.lower_ not in _MAKER or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].lower_ != "of" or an.in_noise(tok.idx, tok.idx + 1):
            continue
        head = tok.head
        owner = clause_subject(head) if tok.dep_ == "attr" else head if tok.dep_ == "appos" else None
        if actor(owner, an) != SUBJECT:
            continue
        span = named_object(doc, tok.i + 2, line_limit(doc, tok.i))
        if span is not None and _acceptable(span, an):
            yield tok, span


def project_facts(ctx: DocContext) -> list[Fact]:
    """contributed-to facts for named systems the subject built."""
    an = analysis(ctx)
    doc = ctx.doc
    facts: dict[str, Fact] = {}
    for trigger, span in [*_verb_projects(doc, an), *_maker_projects(doc, an)]:
        if not usable(an, doc, trigger.i, span.end - 1):
            continue
        name = span.text.strip()
        ev = (trigger.idx, span.end_char)
        facts.setdefault(name.lower(), make_fact(ctx, Predicate.CONTRIBUTED_TO, EntityType.PROJECT,
                                                 name, ev, EXTRACTOR, 0.75))
        if _is_tool(span):  # an open-source toolkit he built is also a technology he uses
            facts.setdefault("skill:" + name.lower(), make_fact(
                ctx, Predicate.USED_SKILL, EntityType.PROJECT, name, ev, EXTRACTOR, 0.7))
    return list(facts.values())


def _is_tool(span: Span) -> bool:
    """Does the apposition after the name call it open source or a library/toolkit/framework?"""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    tail = doc[span.end + 1:min(len(doc), span.end + 8)]
    text = tail.text.lower()
    return "open-source" in text or "open source" in text or any(t.lower_ in _TOOL_NOUNS for t in tail)
