"""The union graph of `graph.rdf_map` one subject at a time, in sorted subject order.

`union_graph(map_graphs(kg, ...))` holds every triple of the graph at once (about 25 a fact);
`union_subjects` yields the same `(subject IRI, pairs)` items sorted by subject, computing each
subject's pairs only when it is reached, so a writer of the union (the Turtle exporter) holds one
subject's pairs at a time plus sorted lists of references (entities, facts, documents).

The subjects of the union come in families whose IRIs are minted apart:

- entities `<base><entity id>`: the entity's own pairs, the direct pairs of the facts leaving it
  (found through the graph's adjacency) and `schema:author` of AUTHORED facts it is the object of;
- assertion nodes `<base>fact/<hex>` and evidence nodes `<base>evidence/<hex>` (facts by id);
- documents `<base>document/...` and their named graphs `<base>graph/...`.

Each family is produced in its own sorted order and `heapq.merge` interleaves them; equal IRIs
(in one family or, should it ever happen, across families) are merged into one item, so the
items are exactly `sorted(union_graph(map_graphs(...)).items())`.

>>> from ontology import Fact, Mention, Provenance
>>> from graph import build_graph
>>> p = Provenance(doc="cv", start=0, end=6, quote="Python", extractor="x.v1")
>>> kg = build_graph([Fact(subject=Mention(type="Person", name="Ada"), predicate="used-skill",
...                        object=Mention(type="Skill", name="Python"), provenance=p)])
>>> from graph.rdf_map import map_graphs, union_graph
>>> base = "https://example.org/"
>>> union = union_graph(map_graphs(kg, base, False))
>>> list(union_subjects(kg, base, False)) == sorted(union.items())
True
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from operator import itemgetter
from typing import TYPE_CHECKING

from graph.rdf_map import Pairs, _Mapper
from ontology import Entity, Fact, Predicate

if TYPE_CHECKING:  # pragma: no cover
    from graph.kg import KnowledgeGraph

__all__ = ["union_subjects"]

Item = tuple[str, Pairs]


def union_subjects(kg: KnowledgeGraph, base: str, include_contacts: bool) -> Iterator[Item]:
    """`(subject, pairs)` of the union of all graphs, sorted by subject, made lazily (one subject
    at a time). `base` must be checked (graph.rdf.check_base_iri)."""
    m = _Mapper(base, include_contacts)
    facts = sorted(kg.iter_facts(), key=_fact_id)
    docs: set[str] = set()
    authored: dict[str, list[Fact]] = {}  # object entity id -> AUTHORED facts
    for f in facts:
        docs.add(f.provenance.doc)
        if f.predicate is Predicate.AUTHORED:
            authored.setdefault(f.object_id, []).append(f)
    families = [_entities(m, kg, authored), _assertions(m, facts), _evidence(m, facts),
                _documents(m, docs)]
    return _grouped(heapq.merge(*families, key=itemgetter(0)))


def _fact_id(f: Fact) -> str:
    return f.id


def _grouped(items: Iterator[Item]) -> Iterator[Item]:
    """Consecutive items with one subject merged into one (their pairs unioned)."""
    s = pairs = None
    for s2, pairs2 in items:
        if s2 == s:
            pairs |= pairs2
            continue
        if s is not None:
            if s2 < s:  # a family out of order would silently break the global order
                raise AssertionError(f"RDF subjects out of order: {s2!r} after {s!r}")
            yield s, pairs
        s, pairs = s2, pairs2
    if s is not None:
        yield s, pairs


def _out_facts(kg: KnowledgeGraph, entity_id: str) -> Iterator[Fact]:
    """Facts whose subject is the entity (the graph's out-edges; any order)."""
    for keyed in kg.nx.succ[entity_id].values():
        for data in keyed.values():
            yield data["fact"]


def _entities(m: _Mapper, kg: KnowledgeGraph,
              authored: dict[str, list[Fact]]) -> Iterator[Item]:
    # entity IRIs are <base><id>: sorted by IRI is sorted by id; sorting the (IRI, id) pairs
    # keeps that true whatever `iri` does
    order = sorted((m.id_iri(e.id), e.id) for e in kg.entities())
    for s, ident in order:
        e: Entity = kg.entity(ident)
        s, pairs = m.entity_pairs(e)
        for f in _out_facts(kg, ident):
            s2, direct = m.direct_pairs(f)
            if s2 != s:  # pragma: no cover - KnowledgeGraph.add_fact makes edges so
                raise AssertionError(f"fact {f.id} is an edge of {ident}, not of its subject")
            pairs |= direct
        for f in authored.get(ident, ()):
            pairs.add(m.author_pair(f)[1])
        yield s, pairs


def _assertions(m: _Mapper, facts: list[Fact]) -> Iterator[Item]:
    # <base>fact/<hex> for facts sorted by id "fact/<hex>": sorted
    for f in facts:
        yield m.assertion_pairs(f)


def _evidence(m: _Mapper, facts: list[Fact]) -> Iterator[Item]:
    # <base>evidence/<hex> for facts sorted by id "fact/<hex>": sorted
    for f in facts:
        yield m.evidence_pairs(f)


def _documents(m: _Mapper, docs: set[str]) -> Iterator[Item]:
    order = sorted((iri, doc, i) for doc in docs for i, iri in enumerate(m.doc_iris(doc)))
    for _iri, doc, i in order:
        yield m.document_pairs(doc)[i]
