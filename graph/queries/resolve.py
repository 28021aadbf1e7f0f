"""Names to entities: `resolve` (exact, through merge aliases and identifiers) and `search`
(fuzzy, over names and aliases, with a token index and difflib).

An entity is found by its id (or an id merged into it), its name, one of its identifiers
(email, GitHub, LinkedIn, website...) or one of its aliases (names merged into it), compared
case-, accent- and legal-form-insensitively ("ACME inc." finds "Acme"). The best kind of match
wins (id, then name, then identifier, then alias); two entities found the same best way is an
ambiguous name: QueryError lists the candidates with their ids (pass an id to choose). A name
nothing matches raises QueryError with the closest names.

>>> from graph.kg import KnowledgeGraph
>>> from ontology import Entity, QueryError
>>> kg = KnowledgeGraph()
>>> for i, n in enumerate(["Ada Park", "Ada Parks", "Ben Okafor"]):
...     kg.add_entity(Entity(id=f"person/p-{i}", type="Person", name=n, aliases=[n.upper()]))
>>> resolve(kg, "ada park").id
'person/p-0'
>>> try:
...     resolve(kg, "Ada Prak")
... except QueryError as e:
...     print(e)
no entity named 'Ada Prak' (did you mean: Ada Park, Ada Parks?)
>>> [h.entity.name for h in search(kg, "okafr").hits]
['Ben Okafor']
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable

from graph.kg import KnowledgeGraph
from graph.queries.index import index_of
from graph.queries.models import Search, SearchHit, build
from ontology import Entity, EntityType, QueryError, fold, norm_name
from ontology.collector import paused_gc

__all__ = ["resolve", "search", "candidates"]


def _types(types: Iterable[EntityType | str] | None) -> frozenset[EntityType] | None:
    return None if types is None else frozenset(EntityType(t) for t in types)


def candidates(kg: KnowledgeGraph, text: str,
               types: Iterable[EntityType | str] | None = None) -> list[Entity]:
    """Entities `text` names equally well (the best level only), sorted by id."""
    ix = index_of(kg)
    want = _types(types)
    text = " ".join(text.split())
    keys = [text, norm_name(text)] + [norm_identifier_key(kind, text)
                                      for kind in ix.identifier_kinds]
    found: dict[str, int] = {}
    for key in keys:
        for level, ident in ix.names.get(key, ()) if key else ():
            if want is None or ix.entity(ident).type in want:
                found[ident] = min(level, found.get(ident, 9))
    if not found:
        return []
    best = min(found.values())
    return [ix.entity(i) for i in sorted(i for i, lv in found.items() if lv == best)]


def norm_identifier_key(kind: str, text: str) -> str | None:
    from graph.normalize import norm_identifier

    return norm_identifier(kind, text)


def _what(want: frozenset[EntityType] | None) -> str:
    if not want:
        return "entity"
    names = sorted("organization" if t in (EntityType.ORGANIZATION,
                                           EntityType.EDUCATIONAL_ORGANIZATION)
                   else t.value.lower() for t in want)
    return " or ".join(dict.fromkeys(names))


def resolve(kg: KnowledgeGraph, text: str,
            types: Iterable[EntityType | str] | None = None) -> Entity:
    """The one entity `text` names (see the module doc); QueryError if none or several."""
    want = _types(types)
    found = candidates(kg, text, want)
    if len(found) == 1:
        return found[0]
    ix = index_of(kg)
    if found:
        listed = "; ".join(f"{ix.ref(e.id).name} [{e.type.value}] {e.id}"
                           + (f" (in {', '.join(_docs(e))})" if _docs(e) else "")
                           for e in found[:10])
        more = f"; and {len(found) - 10} more" if len(found) > 10 else ""
        raise QueryError(f"{text!r} names {len(found)} {_what(want)} entities: {listed}{more}",
                         hint="pass one of these ids instead of the name")
    near = [h.entity.name for h in search(kg, text, k=5, types=want).hits]
    hint = f"did you mean: {', '.join(dict.fromkeys(near))}?" if near else \
        "try `peoplegraph ask OUT search TEXT`"
    raise QueryError(f"no {_what(want)} named {text!r}", hint=hint)


def _docs(e: Entity, limit: int = 3) -> list[str]:
    return sorted({p.doc for p in e.provenance})[:limit]


@paused_gc()
def search(kg: KnowledgeGraph, text: str, k: int = 10,
           types: Iterable[EntityType | str] | None = None) -> Search:
    """Entities whose name, alias or identifier is close to `text`, best first.

    Score: an exact identifier or normalized name scores 1; otherwise half the difflib ratio of
    the folded strings plus half the share of query words found in the name (exactly, as a
    prefix, or as a close spelling). Ties go by name, then id.
    """
    ix = index_of(kg)
    want = _types(types)
    hits: dict[str, SearchHit] = {}

    def add(ident: str, matched: str, score: float) -> None:
        e = ix.entity(ident)
        if want is not None and e.type not in want:
            return
        old = hits.get(ident)
        if old is None or score > old.score:
            hits[ident] = build(SearchHit, entity=ix.ref(ident), matched=matched,
                                                    score=round(score, 4))

    for e in candidates(kg, text, want):
        add(e.id, text, 1.0)
    by_token, vocab, surfaces = ix.tokens
    qtoks = norm_name(text, drop_legal=False).split()
    if qtoks:
        votes: Counter[int] = Counter()
        for tok in dict.fromkeys(qtoks):
            near = {tok} | set(ix.tokens_with_prefix(tok)) if len(tok) >= 2 else {tok}
            if len(tok) >= 3:
                near |= set(difflib.get_close_matches(tok, vocab, n=8, cutoff=0.75))
            matched: set[int] = set()
            for t in near:
                matched |= by_token.get(t, set())
            votes.update(matched)
        qfold = fold(text)
        for n, v in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:3000]:
            ident, surface = surfaces[n]
            ratio = difflib.SequenceMatcher(None, qfold, fold(surface)).ratio()
            add(ident, surface, 0.5 * ratio + 0.5 * v / len(set(qtoks)))
    ranked = sorted(hits.values(), key=lambda h: (-h.score, h.entity.name, h.entity.id))
    return build(Search, text=text, hits=ranked[:k])
