"""Roles stated around the subject rather than by a verb of the subject's own.

- "As TITLE at ORG, NAME is ..."                (a current role)
- "NAME, TITLE of ORG, ..."                     (an apposition: a current role)
- "Initech appoints NAME as CFO" / "hired her in 2019"  (the organization does the hiring)
and the pieces the verb patterns share: the organization of a noun phrase, of a 'where' clause,
of an announcement; a role after 'as'; a clause's dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.prose.agents import SUBJECT, Analysis, actor, clause_subject
from extract.prose.common import line_limit, line_start, usable, verbs
from extract.prose.lex import forms, present_tense
from extract.prose.orgs import accept_org, org_span_at
from extract.prose.roles import Role, role_phrase
from extract.prose.when import clause_times

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Hit", "name_org", "where_org", "announcer_org", "as_role", "clause_dates",
           "hired_hits", "as_clause_hits", "apposition_hits", "HIRE"]

_EARLIER = frozenset({"previously", "formerly", "earlier", "before", "prior"})
HIRE = forms("name", "appoint", "promote", "elect", "hire", "recruit")


@dataclass(frozen=True)
class Hit:
    org: Span
    title: str | None
    start: str | None
    end: str | None
    first: int  # first token of the evidence
    confidence: float
    sent_start: int = -1
    last: int = -1  # last token of the evidence (default: the organization's)


def as_role(doc: Doc, verb: Token, an: Analysis) -> Role | None:
    """The role after the verb's 'as': 'joined X as director of Y'."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return role_phrase(doc, child.i + 1, line_limit(doc, child.i), an=an)
    return None


def clause_dates(verb: Token, kind: str) -> tuple[str | None, str | None]:
    """(start, end) of a role from its clause: `kind` 'start' reads 'in YEAR' as the start
    ('joined'), 'end' as the end ('left'), 'state' takes the present tense as ongoing."""
    t = clause_times(verb)
    start, end = t.since, t.until
    if t.at:
        if kind == "start":
            start = start or t.at
        elif kind == "end":
            end = end or t.at
    if end is None and (t.now or (kind == "state" and present_tense(verb))):
        end = "present"
    if t.since and end is None and kind == "state":
        end = "present"
    return start, end


def name_org(doc: Doc, head: Token, an: Analysis) -> Span | None:
    """The organization a noun-phrase head names ('Initech Labs' for Labs), if any."""
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start:
        start -= 1
    org = org_span_at(doc, start, head.i + 1)
    return org if org is not None and accept_org(org, level="strong", an=an) else None


def where_org(doc: Doc, verb: Token, an: Analysis) -> Span | None:
    """The organization a 'where' clause hangs on: 'six years at Initech, where she was ...'."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    return name_org(doc, verb.head, an)


def announcer_org(doc: Doc, verb: Token, an: Analysis) -> Span | None:
    """'Initech announced that Jane Roe has been appointed CFO': the announcing organization."""
    if verb.dep_ != "ccomp":
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return name_org(doc, subj, an) if subj is not None and subj.pos_ == "PROPN" else None


def hired_hits(doc: Doc, an: Analysis) -> Iterator[Hit]:
    """'Initech appoints Jane Roe as CFO', 'Globex hired her in 2019': the organization hires."""
    for v in verbs(doc, an, HIRE):
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or actor(obj, an) != SUBJECT or subj.pos_ != "PROPN":
            continue
        org = name_org(doc, subj, an)
        if org is None or not usable(an, doc, org.start, v.i):
            continue
        role = as_role(doc, v, an)
        oprd = next((c for c in v.children if c.dep_ == "oprd"), None)
        if role is None and oprd is not None:
            role = role_phrase(doc, oprd.left_edge.i, line_limit(doc, v.i), an=an)
        yield Hit(org, role.title if role else None, clause_dates(v, "start")[0], None, org.start, 0.8,
                   v.sent.start)


def as_clause_hits(doc: Doc, an: Analysis) -> Iterator[Hit]:
    """'As TITLE at ORG, NAME is ...' and 'Previously at ORG, she ...' (clause-initial)."""
    for tok in an.tokens(doc):
        if tok.lower_ in _EARLIER and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("at", "with") \
                and tok.i in (line_start(doc, tok.i), tok.sent.start):
            org = org_span_at(doc, tok.i + 2, line_limit(doc, tok.i))
            if org is not None and accept_org(org, level="strong", an=an) \
                    and actor(clause_subject(tok.head), an) == SUBJECT and usable(an, doc, tok.i, org.end - 1):
                yield Hit(org, None, None, None, tok.i, 0.75)
                continue
        if tok.lower_ != "as" or tok.i != line_start(doc, tok.i) or tok.dep_ != "prep":
            continue
        role = role_phrase(doc, tok.i + 1, line_limit(doc, tok.i), an=an,
                           need_org=True)
        head = tok.head
        if role is None or not actor(clause_subject(head), an) == SUBJECT or not usable(an, doc, tok.i, role.end - 1):
            continue
        end = "present" if present_tense(head) else None
        yield Hit(role.org, role.title, None, end, tok.i, 0.85)


def apposition_hits(doc: Doc, an: Analysis) -> Iterator[Hit]:
    """'NAME, TITLE of ORG, ...' where NAME is the subject (an apposition: a current role)."""
    for ent in an.ents:
        if ent.label_ != "PERSON" or not an.names_subject(ent.text) or ent.end >= len(doc):
            continue
        if doc[ent.end].text not in (",", "(", "–", "—"):
            continue
        role = role_phrase(doc, ent.end + 1, line_limit(doc, ent.end), an=an,
                           need_org=True)
        if role is None or not usable(an, doc, ent.start, role.end - 1):
            continue
        former = any(t.lower_ in ("former", "erstwhile", "then") for t in doc[ent.end + 1:role.start])
        yield Hit(role.org, role.title, None, None if former else "present", ent.start, 0.8)


