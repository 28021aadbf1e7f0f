"""A patent named by its quoted title in an inventor sentence: 'She is a named inventor on US
patent 10,000,001, "Tidal valve with two seats"', 'co-inventor on patent application
AU 2023-1234, "Kelp drying rack"'. The title names the patent (the number is only an
identifier); a pending application counts as the granted one does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.prose.named import quoted_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["titled_patents"]

_PATENT_WORDS = frozenset({"patent", "patents", "application", "applications"})
_STOP = frozenset({";", "."})


def titled_patents(doc: Doc, i: int, limit: int) -> list[Span]:
    """The quoted titles after a patent word within tokens (i, limit) of one sentence."""
    limit = min(limit, doc[i].sent.end)
    out: list[Span] = []
    seen_patent = False
    k = i + 1
    while k < limit:
        tok = doc[k]
        if tok.text in _STOP and not (k + 1 < limit and doc[k + 1].is_digit):
            break
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
            break  # '..., "Title", and co-wrote "A Paper"': another clause
        if tok.lower_ in _PATENT_WORDS:
            seen_patent = True
        elif seen_patent:
            q = quoted_at(doc, k, limit)
            if q is not None and len(q) >= 2:
                out.append(q)
                k = q.end + 1
                continue
        k += 1
    return out
