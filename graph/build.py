"""Build a KnowledgeGraph from extracted facts: resolve mentions, add facts, add the hierarchy."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from graph.hierarchy import EXTRACTOR as HIERARCHY_EXTRACTOR
from graph.hierarchy import hierarchy_facts
from graph.kg import KnowledgeGraph
from graph.merge import resolve, union_provenance, unique_facts
from graph.merge_vocab import Vocabulary, default_vocabulary
from graph.overrides import Overrides, load_overrides
from ontology import Fact, Predicate
from ontology.collector import paused_gc

__all__ = ["build_graph", "unique_facts"]


@paused_gc()  # millions of acyclic objects: the collector's full passes cost more than the build
def build_graph(facts: Iterable[Fact], *, merge: bool = True,
                overrides: Overrides | str | Path | None = None,
                vocab: Vocabulary | None = None, reuse_facts: bool = False) -> KnowledgeGraph:
    """Resolve mentions to entities and add every fact as an edge (provenance kept).

    `merge=False` keeps every pre-merge entity apart (only always-merge overrides join);
    `overrides` is an `Overrides` or the path of an overrides file (`graph.overrides`);
    `vocab` defaults to the curated gazetteers. Organizations the vocabulary places under a
    parent get a `part-of` fact to it (`graph.hierarchy`). The merge log is `kg.merge_log`.
    The same facts in any order give the same graph; a fact given twice counts once, and
    part-of facts this function derives (extractor `gazetteer.parent.v1`) are derived again
    rather than read, so building from a graph's own facts gives the same graph.

    The graph holds copies of the facts with their entity ids filled in. `reuse_facts=True`
    fills them in on the given facts instead and keeps those (half the memory of a big build):
    for a caller that hands its facts over and no longer uses them (the build pipeline).
    """
    facts = [f for f in facts if f.provenance.extractor != HIERARCHY_EXTRACTOR]
    if isinstance(overrides, str | Path):
        overrides = load_overrides(overrides)
    vocab = default_vocabulary() if vocab is None else vocab
    res = resolve(facts, merge=merge, overrides=overrides, vocab=vocab)
    if reuse_facts:
        resolved = res.facts
        for f, (s, o) in zip(resolved, res.ends, strict=True):
            f.set_ends(s, o)
    else:
        resolved = [f.model_copy(update={"subject_id": s, "object_id": o})
                    for f, (s, o) in zip(res.facts, res.ends, strict=True)]
    part_of = {(f.subject_id, f.object_id) for f in resolved if f.predicate == Predicate.PART_OF}
    parts = hierarchy_facts(res.entities.values(), vocab, part_of, res.written)
    for f in parts:  # an entity's provenance covers every fact that touches it
        for ident in (f.subject_id, f.object_id):
            ent = res.entities[ident]
            ent.provenance = union_provenance([*ent.provenance, f.provenance])
    kg = KnowledgeGraph()
    for ent in res.entities.values():
        kg.add_entity(ent)
    for f in resolved + parts:  # unique ids: resolve() keeps one fact per id; parts are new
        kg.add_fact(f)
    kg.merge_log = res.log
    return kg

