"""Build a KnowledgeGraph from extracted facts."""

from __future__ import annotations

from collections.abc import Iterable

from ontology import Fact

from graph.kg import KnowledgeGraph
from graph.merge import resolve

__all__ = ["build_graph"]


def build_graph(facts: Iterable[Fact]) -> KnowledgeGraph:
    """Resolve mentions to entities and add every fact as an edge (provenance kept).

    The same facts in any order give the same graph.
    """
    facts = sorted(facts, key=lambda f: f.id)
    res = resolve(facts)
    kg = KnowledgeGraph()
    for ent in res.entities.values():
        kg.add_entity(ent)
    seen: set[str] = set()
    for f in facts:
        resolved = f.model_copy(update={"subject_id": res.id_of(f.subject, f.doc),
                                        "object_id": res.id_of(f.object, f.doc)})
        if resolved.id not in seen:
            seen.add(resolved.id)
            kg.add_fact(resolved)
    kg.merge_log = res.log
    return kg
