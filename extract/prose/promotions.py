"""Roles named without an organization: "became CTO in 2021", "was named Vice President of
Engineering in 2021", "was promoted to senior director".

Such a role is the same role as one the document states with its organization when the titles
agree (CTO = Chief Technology Officer); otherwise it belongs to the organization another role
pattern of the same sentence names ("joined Initech in 2015 ... and was promoted to director").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ontology import Fact, norm_name

if TYPE_CHECKING:

    pass

__all__ = ["Promotion", "same_title", "attach"]

_ACRONYMS = {"ceo": "chief executive officer", "cto": "chief technology officer",
             "cfo": "chief financial officer", "coo": "chief operating officer",
             "cio": "chief information officer", "cmo": "chief marketing officer",
             "vp": "vice president", "svp": "senior vice president",
             "evp": "executive vice president", "gm": "general manager"}


@dataclass(frozen=True)
class Promotion:
    """A title-only role: its title, start, the sentence it sits in and its evidence span."""

    title: str
    start: str | None
    sent_start: int
    span: tuple[int, int]
    prev_sent: int = -1  # the sentence before: 'X hired him in 1978. He rose to Y.'
    earlier: str | None = None  # the title risen from: 'rose from A to B'


def _norm_title(title: str | None) -> str:
    words = re.findall(r"[a-z0-9]+", (title or "").lower().replace("&", " and "))
    return " ".join(_ACRONYMS.get(w, w) for w in words)


def same_title(a: str | None, b: str | None) -> bool:
    """Do two job titles name the same role?

    >>> same_title("CTO", "Chief Technology Officer"), same_title("VP, Sales", "Vice President Sales")
    (True, True)
    """
    return bool(a and b) and _norm_title(a) == _norm_title(b)


def attach(facts: list[Fact], promotions: list[Promotion], sentence_orgs: dict[int, Fact],
           make) -> list[Fact]:
    """Give each promotion's start to the fact with the same title, or make a fact for the
    organization of the same sentence (`make(promotion, org_fact)` builds it)."""
    out = list(facts)
    for p in promotions:
        idx = next((i for i, f in enumerate(out) if same_title(f.title, p.title)), None)
        if idx is not None:
            f = out[idx]
            if f.start is None and p.start:
                out[idx] = f.model_copy(update={"start": p.start})
        elif p.sent_start in sentence_orgs or p.prev_sent in sentence_orgs:
            org_fact = sentence_orgs.get(p.sent_start) or sentence_orgs[p.prev_sent]
            if p.earlier and org_fact.title is None and org_fact in out:
                # 'X recruited him in 1978 ... he rose from A to B': the untitled stint began as A
                k = out.index(org_fact)
                out[k] = org_fact = org_fact.model_copy(update={"title": p.earlier})
            if not any(norm_name(f.object.name) == norm_name(org_fact.object.name)
                       and same_title(f.title, p.title) for f in out):
                out.append(make(p, org_fact))
    return out
