"""Roles and dates that a bio's 'is/was TITLE at ORG' clause leaves to its neighbours.

- A second role coordinated with the first ('she was a scientist at X from 2018 to 2021, and a
  postdoctoral researcher at Y'): a role of its own, undated (the range belongs to the first).
- The start of a current role given in the relative clause on its organization or place
  ('is a Staff Scientist at X in London, where she has led ... since 2021').
- The employer a new hire comes from ('joins us from X', 'comes to Y from X, where she spent
  five years, most recently as TITLE'): a past role, undated, titled only by 'most recently as'.
- A role mentioned only by a subordinate 'before/after joining X' repeats one the text states:
  an untitled, undated role at an employer that has another role adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.prose.agents import SUBJECT, actor, clause_subject
from extract.prose.common import line_limit, usable, verbs
from extract.prose.lex import forms
from extract.prose.orgs import accept_org, org_span_at
from extract.prose.role_clauses import _LATEST, Hit
from extract.prose.roles import role_phrase
from extract.prose.when import clause_times

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.prose.agents import Analysis
    from ontology import Fact

__all__ = ["coordinated_roles", "where_since", "drop_repeats", "came_from_hits"]

_NOMINAL = frozenset({"NOUN", "PROPN"})


def coordinated_roles(doc: Doc, verb: Token, attr: Token | None, an: Analysis) -> list:
    """Roles coordinated with the copula's attribute: ', and a TITLE at ORG'."""
    heads = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in _NOMINAL
             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if attr is not None:
        heads += [c for c in attr.conjuncts if c.i > attr.i and c.pos_ in _NOMINAL]
    out = []
    limit = line_limit(doc, verb.i)
    for head in sorted(set(heads), key=lambda t: t.i):
        r = role_phrase(doc, head.left_edge.i, min(limit, head.sent.end), an=an)
        if r is not None and r.org is not None and r.title:
            out.append(r)
    return out


def where_since(doc: Doc, org: Span) -> str | None:
    """'since YEAR' of a 'where' clause right after the organization (or its place)."""
    stop = min(org.end + 6, org.sent.end)
    for k in range(org.end, stop):
        tok = doc[k]
        if tok.lower_ == "where" and tok.head.dep_ == "relcl":
            return clause_times(tok.head).since
        if tok.lower_ in (".", ";", "and"):
            return None
    return None


def drop_repeats(facts: list[Fact], text: str) -> list[Fact]:
    """Without the bare 'before/after joining X' roles at employers with another role."""
    def bare(f: Fact) -> bool:
        start = f.provenance.start
        return not (f.title or f.start or f.end) and text[start:start + 4].lower() == "join" \
            and text[max(0, start - 12):start].lower().rstrip().endswith(_SUBORDINATE)

    named = [f" {(f.object.name or '').lower()} " for f in facts if not bare(f)]
    # the same employer, or its short form ('DeepWave' for 'Acme DeepWave')
    return [f for f in facts if not (bare(f) and any(
        f" {(f.object.name or '').lower()} " in n for n in named))]


_SUBORDINATE = ("before", "after", "since", "upon", "on")


_ARRIVE = forms("come", "join", "arrive", "move")


def came_from_hits(doc: Doc, an: Analysis):
    """Past employers a hire arrives from: 'comes to us from X', 'joins the team from X'."""
    for v in verbs(doc, an, _ARRIVE):
        if actor(clause_subject(v), an) != SUBJECT:
            continue
        # 'from' on the verb, or on its 'to' object ('comes to Y from X')
        prep = next((t for t in doc[v.i + 1:min(v.sent.end, v.i + 8)] if t.lower_ == "from"
                     and v.i in (t.head.i, t.head.head.head.i)), None)
        if prep is None:
            continue
        limit = line_limit(doc, prep.i)
        org = org_span_at(doc, prep.i + 1, limit)
        if org is None or not accept_org(org, level="strong", an=an) \
                or not usable(an, doc, v.i, org.end - 1):
            continue
        title = None
        for k in range(org.end, min(v.sent.end, org.end + 25)):
            if doc[k].lower_ == "as" and doc[k - 1].lower_ in _LATEST:
                r = role_phrase(doc, k + 1, line_limit(doc, k), an=an)
                title = r.title if r is not None and r.org is None else None
                break
        yield Hit(org, title, None, None, min(v.i, org.start), 0.7, v.sent.start, org.end - 1)
