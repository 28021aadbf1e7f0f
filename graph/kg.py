"""KnowledgeGraph: entities as nodes, facts as keyed edges of a networkx MultiDiGraph.

Deliberately thin: it holds entities, facts, the merge log and per-document records. Questions
are free functions in `graph.queries`; formats live in `exports`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import networkx as nx

from ontology import Entity, EntityType, Fact, GraphError, MergeRecord, Predicate

__all__ = ["KnowledgeGraph"]


class KnowledgeGraph:
    """A graph of `Entity` nodes and `Fact` edges (edge key = fact id).

    >>> from ontology import Mention, Provenance
    >>> kg = KnowledgeGraph()
    >>> kg.add_entity(Entity(id="person/a-1", type=EntityType.PERSON, name="A"))
    >>> kg.add_entity(Entity(id="skill/b-2", type=EntityType.SKILL, name="B"))
    >>> p = Provenance(doc="d", start=0, end=1, quote="B", extractor="x.v1")
    >>> kg.add_fact(Fact(subject=Mention(type="Person", name="A"), predicate="used-skill",
    ...     object=Mention(type="Skill", name="B"), provenance=p,
    ...     subject_id="person/a-1", object_id="skill/b-2"))
    >>> kg.number_of_entities(), kg.number_of_facts()
    (2, 1)
    """

    def __init__(self) -> None:
        self._g = nx.MultiDiGraph()
        self.merge_log: list[MergeRecord] = []

    # -- building ---------------------------------------------------------------------------
    def add_entity(self, entity: Entity) -> None:
        self._g.add_node(entity.id, entity=entity, type=entity.type.value)

    def add_fact(self, fact: Fact) -> None:
        if not fact.subject_id or not fact.object_id:
            raise GraphError(f"fact {fact.id} is not resolved to entity ids", doc=fact.doc,
                             hint="build graphs with graph.build_graph()")
        for ident in (fact.subject_id, fact.object_id):
            if ident not in self._g:
                raise GraphError(f"fact {fact.id} names unknown entity {ident}", doc=fact.doc)
        self._g.add_edge(fact.subject_id, fact.object_id, key=fact.id, fact=fact,
                         predicate=fact.predicate.value)

    # -- reading ----------------------------------------------------------------------------
    @property
    def nx(self) -> nx.MultiDiGraph:
        """The underlying networkx graph (node attr 'entity', edge attr 'fact'); do not mutate."""
        return self._g

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._g

    def entity(self, entity_id: str) -> Entity:
        try:
            return self._g.nodes[entity_id]["entity"]
        except KeyError:
            raise GraphError(f"no entity with id {entity_id!r}") from None

    def entities(self, etype: EntityType | str | None = None) -> list[Entity]:
        """Entities sorted by id, optionally of one type."""
        want = EntityType(etype) if etype else None
        return [d["entity"] for _, d in sorted(self._g.nodes(data=True))
                if want is None or d["entity"].type == want]

    def facts(self, predicate: Predicate | str | None = None) -> list[Fact]:
        """Facts sorted by (document, span, predicate, id), optionally of one predicate."""
        want = Predicate(predicate) if predicate else None
        found = [d["fact"] for _, _, d in self._g.edges(data=True)
                 if want is None or d["fact"].predicate == want]
        return sorted(found, key=_fact_order)

    def facts_of(self, entity_id: str, *, direction: str = "out") -> list[Fact]:
        """Facts leaving ('out'), entering ('in') or touching ('both') an entity."""
        edges: Iterable = ()
        if direction in ("out", "both"):
            edges = self._g.out_edges(entity_id, data=True)
        if direction in ("in", "both"):
            edges = list(edges) + list(self._g.in_edges(entity_id, data=True))
        return sorted((d["fact"] for *_, d in edges), key=_fact_order)

    def documents(self) -> list[str]:
        return sorted({f.doc for f in self.iter_facts()})

    def iter_facts(self) -> Iterator[Fact]:
        for _, _, d in self._g.edges(data=True):
            yield d["fact"]

    def number_of_entities(self) -> int:
        return self._g.number_of_nodes()

    def number_of_facts(self) -> int:
        return self._g.number_of_edges()


def _fact_order(f: Fact) -> tuple:
    p = f.provenance
    # Predicate is a StrEnum: the member sorts as its value, without the slow `.value` lookup
    return (p.doc, p.start, p.end, f.predicate, f.id)
