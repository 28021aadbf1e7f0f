"""Names of works, systems and awards in prose: quoted titles, capitalized runs, "called X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["quoted_at", "name_at", "called_name"]

_OPEN = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_SKIP = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "this", "that",
                   "new", "first", "popular", "open-source", "widely", "used", "so-called"})
_JOIN = frozenset({"of", "and", "&", "for", "the", "in", "on", "to", "a", "-", ":", "with"})
_CALLED = frozenset({"called", "named", "dubbed", "titled", "entitled"})


def quoted_at(doc: Doc, i: int, limit: int) -> Span | None:
    """The quoted text starting at token i ('"Machines That See"' -> Machines That See)."""
    if i >= limit or doc[i].text not in _OPEN:
        return None
    close = _OPEN[doc[i].text]
    for k in range(i + 1, min(limit, i + 30)):
        if doc[k].text == close or (close == "”" and doc[k].text == '"'):
            return doc[i + 1:k] if k > i + 1 else None
        if doc[k].text.endswith(close) and k > i + 1 and doc[k].text[:-1]:
            return doc[i + 1:k + 1]
    return None


def _cap(tok) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and tok.pos_ == "PROPN")) \
        and tok.pos_ not in ("PRON", "DET", "PUNCT")


def name_at(doc: Doc, i: int, limit: int, *, skip_lower: bool = False,
            joiners: frozenset[str] = _JOIN) -> Span | None:
    """A quoted title or a run of capitalized words at token i (after determiners and, with
    `skip_lower`, after lower-case descriptors: 'the book Deep Systems' -> Deep Systems)."""
    while i < limit and doc[i].lower_ in _SKIP:
        i += 1
    if skip_lower:
        k = i
        while k < limit and k - i < 4 and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].text.islower():
            k += 1
        if k < limit and (_cap(doc[k]) or doc[k].text in _OPEN):
            i = k
    q = quoted_at(doc, i, limit)
    if q is not None:
        return q
    if i >= limit or not _cap(doc[i]):
        return None
    j = i + 1
    while j < limit:
        tok = doc[j]
        if "\n" in doc[j - 1].whitespace_ or tok.tag_ == "POS":
            break
        if _cap(tok) or (tok.text == "-" and doc[j - 1].whitespace_ == "" and tok.whitespace_ == ""):
            j += 1
        elif tok.lower_ in joiners and j + 1 < limit and _cap(doc[j + 1]) and tok.lower_ != "the":
            j += 2
        else:
            break
    while j > i + 1 and doc[j - 1].text in ("-", ":"):
        j -= 1
    return doc[i:j]


def called_name(doc: Doc, i: int, limit: int, joiners: frozenset[str] = _JOIN) -> Span | None:
    """'... called X' / 'named X' / 'known as X' anywhere in tokens [i, limit)."""
    for k in range(i, limit):
        low = doc[k].lower_
        if low in _CALLED or (low == "as" and k > i and doc[k - 1].lower_ == "known"):
            return name_at(doc, k + 1, limit, joiners=joiners)
    return None
