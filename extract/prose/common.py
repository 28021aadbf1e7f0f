"""Shared helpers of the prose extractors: line limits, evidence spans, facts, merging."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ontology import EntityType, Fact, Mention, Predicate, norm_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.context import DocContext
    from extract.prose.agents import Analysis

__all__ = ["line_limit", "line_start", "usable", "make_fact", "merge_roles", "verbs"]


def line_limit(doc: Doc, i: int) -> int:
    """Index of the first token after token i that lies past the end of i's line or sentence."""
    end = doc[i].sent.end
    for k in range(i, end):
        if "\n" in doc[k].whitespace_ or (k > i and "\n" in doc[k].text):
            return k + 1 if "\n" in doc[k].whitespace_ else k
    return end


def line_start(doc: Doc, i: int) -> int:
    """Index of the first token of token i's line (within its sentence)."""
    start = doc[i].sent.start
    for k in range(i - 1, start - 1, -1):
        if "\n" in doc[k].whitespace_ or "\n" in doc[k].text:
            return k + 1
    return start


def usable(an: Analysis, doc: Doc, first: int, last: int) -> bool:
    """Tokens [first, last] are on one line and outside boilerplate."""
    if first > last:
        first, last = last, first
    span = doc[first:last + 1]
    return "\n" not in span.text.strip() and not an.in_noise(span.start_char, span.end_char)


def verbs(doc: Doc, an: Analysis, words: frozenset[str]) -> Iterable[Token]:
    """Verb (or auxiliary) tokens whose lower-case form is in `words`, outside boilerplate and
    not negated ('never worked at X')."""
    found = sorted(i for w in words & an.verb_index.keys() for i in an.verb_index[w])
    for i in found:
        tok = doc[i]
        if not any(c.dep_ == "neg" for c in tok.children):
            yield tok


def make_fact(ctx: DocContext, pred: Predicate, obj_type: EntityType, name: str,
              span: tuple[int, int], extractor: str, confidence: float = 0.8, *,
              title: str | None = None, start: str | None = None, end: str | None = None,
              attrs: dict[str, str] | None = None) -> Fact:
    """A fact about the document's subject with evidence [span) (which holds the object's text)."""
    if start and end and end != "present" and end < start:
        start, end = end, start
    return Fact(subject=ctx.subject, predicate=pred, object=Mention(type=obj_type, name=name),
                title=title, start=start, end=end, attrs=attrs or {},
                provenance=ctx.provenance(span[0], span[1], extractor, confidence))


def _title_words(title: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", title.lower().replace("co-founder", "cofounder")
                          .replace("co founder", "cofounder"))) - {"of", "and", "the", "for", "in"}


def _titles_fit(a: str | None, b: str | None) -> bool:
    """Same role titles: equal, one missing, or one's words inside the other's
    ('Founder' and 'Co-Founder and Chief Executive')."""
    if a is None or b is None or a == b:
        return True
    wa, wb = _title_words(a), _title_words(b)
    wa |= {"founder"} if "cofounder" in wa else set()
    wb |= {"founder"} if "cofounder" in wb else set()
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _compatible(a: Fact, b: Fact) -> bool:
    return _titles_fit(a.title, b.title) and all(
        x is None or y is None or x == y for x, y in ((a.start, b.start), (a.end, b.end)))


def merge_roles(facts: list[Fact]) -> list[Fact]:
    """One fact per role: facts to the same object whose title and dates do not conflict are
    merged (the first in text order keeps its evidence; missing qualifiers are filled in)."""
    out: list[Fact] = []
    for f in sorted(facts, key=lambda f: (f.provenance.start, f.provenance.end)):
        key = (f.predicate, norm_name(f.object.name))
        for i, g in enumerate(out):
            if (g.predicate, norm_name(g.object.name)) == key and _compatible(g, f):
                title = max((t for t in (g.title, f.title) if t), key=len, default=None)
                out[i] = g.model_copy(update={
                    "title": title, "start": g.start or f.start,
                    "end": g.end or f.end, "object": g.object if g.object.type == f.object.type
                    else g.object})
                break
        else:
            out.append(f)
    return out
