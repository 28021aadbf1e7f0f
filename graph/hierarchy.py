"""Organization hierarchy from the gazetteer: part-of facts, kept as edges, never merged.

For every organization in the graph whose vocabulary entry has a parent, one `part-of` fact
links it to its nearest ancestor that is also in the graph (Amazon India -> Amazon, AWS ->
Amazon, IBM Research -> IBM); organizations absent from the graph are not added. The fact's
provenance is the organization's own evidence span, with extractor `gazetteer.parent.v1`, so
a query for an organization can include its parts and every edge still points at text.

>>> from types import SimpleNamespace as Row
>>> from ontology import Entity, EntityType as T, Provenance
>>> from graph.merge_vocab import Vocabulary
>>> v = Vocabulary.from_rows(orgs=[Row(canonical="Amazon", type="Organization", parent=None),
...     Row(canonical="Amazon Web Services", aliases=["AWS"], type="Organization",
...         parent="Amazon")])
>>> p = Provenance(doc="d", start=0, end=10, quote="AWS Amazon", extractor="x.v1")
>>> ents = [Entity(id="organization/aws-1", type=T.ORGANIZATION, name="AWS", provenance=[p]),
...         Entity(id="organization/amazon-2", type=T.ORGANIZATION, name="Amazon", provenance=[p])]
>>> [(f.subject_id, f.predicate.value, f.object_id) for f in hierarchy_facts(ents, v)]
[('organization/aws-1', 'part-of', 'organization/amazon-2')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from graph.kg import KnowledgeGraph
from graph.merge_vocab import VocabEntry, Vocabulary
from graph.normalize import family
from ontology import Entity, Fact, Mention, Predicate, Provenance, fold

__all__ = ["hierarchy_facts", "with_parts", "EXTRACTOR", "CONFIDENCE"]

EXTRACTOR = "gazetteer.parent.v1"
CONFIDENCE = 0.9


def _entry(vocab: Vocabulary, e: Entity) -> VocabEntry | None:
    for name in (e.name, *e.aliases):
        hit = vocab.lookup("org", name)
        if hit is not None:
            return hit
    return None


def _evidence(e: Entity) -> Provenance:
    """The first provenance whose quote shows one of the entity's names (else the first)."""
    names = [fold(n) for n in (e.name, *e.aliases) if n]
    for p in e.provenance:
        quote = fold(p.quote)
        if any(n in quote for n in names):
            return p
    return e.provenance[0]


def _mention(e: Entity, written: Mapping[str, str | None]) -> Mention:
    name = written.get(e.id) or e.name
    return Mention(type=e.type, name=name, key=None if name else e.id)


def hierarchy_facts(entities: Iterable[Entity], vocab: Vocabulary,
                    existing: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
                    written: Mapping[str, str | None] | None = None) -> list[Fact]:
    """part-of facts child -> nearest present ancestor, skipping pairs in `existing`.

    The facts' mentions use `written[entity id]` (the name as a document wrote it, so that
    building again from the graph's facts gives the same entities), else the entity's name.
    """
    written = written or {}
    orgs = sorted((e for e in entities if family(e.type) == "org" and e.provenance),
                  key=lambda e: e.id)
    entries = {e.id: _entry(vocab, e) for e in orgs}
    present: dict[str, Entity] = {}
    for e in orgs:
        entry = entries[e.id]
        if entry is not None:
            present.setdefault(entry.canonical, e)
    facts: list[Fact] = []
    for e in orgs:
        entry = entries[e.id]
        seen = {entry.canonical} if entry else set()
        parent = vocab.parent(entry) if entry else None
        while parent is not None and parent.canonical not in seen:
            target = present.get(parent.canonical)
            if target is not None and target.id != e.id:
                if (e.id, target.id) not in existing:
                    p = _evidence(e)
                    prov = p.model_copy(update={"extractor": EXTRACTOR, "confidence": CONFIDENCE})
                    facts.append(Fact(subject=_mention(e, written), predicate=Predicate.PART_OF,
                                      object=_mention(target, written), provenance=prov,
                                      subject_id=e.id, object_id=target.id))
                break
            seen.add(parent.canonical)
            parent = vocab.parent(parent)
    return facts


def with_parts(kg: KnowledgeGraph, org_id: str) -> list[str]:
    """The organization and every organization part-of it, transitively (sorted ids): what a
    query for an organization should cover to include its divisions and teams."""
    found = {org_id}
    todo = [org_id]
    while todo:
        for f in kg.facts_of(todo.pop(), direction="in"):
            if f.predicate == Predicate.PART_OF and f.subject_id not in found:
                found.add(f.subject_id)
                todo.append(f.subject_id)
    return sorted(found)
