"""build_graph(reuse_facts=True) fills entity ids into the given facts (Fact.set_ends)."""

from __future__ import annotations

from graph import build_graph
from ontology import Fact, Mention, Provenance


def _facts() -> list[Fact]:
    prov = Provenance(doc="cv", start=0, end=4, quote="Rust", extractor="x.v1")
    person = Mention(type="Person", name="Ada Park", identifiers={"email": "ada@example.org"})
    return [Fact(subject=person, predicate="used-skill", provenance=prov,
                 object=Mention(type="Skill", name=name)) for name in ("Rust", "Go")]


def test_set_ends_fills_entity_ids_and_keeps_the_id() -> None:
    f = _facts()[0]
    before = f.id
    f.set_ends("person/ada-1", "skill/rust-2")
    g = _facts()[0].model_copy(update={"subject_id": "person/ada-1", "object_id": "skill/rust-2"})
    assert f.id == before == g.id
    assert (f.subject_id, f.object_id) == ("person/ada-1", "skill/rust-2")
    assert f.model_dump(exclude_unset=True) == g.model_dump(exclude_unset=True)
    assert f == g


def test_reused_facts_build_the_same_graph_as_copies() -> None:
    copied = build_graph(_facts())
    given = _facts()
    reused = build_graph(given, reuse_facts=True)
    assert [f.model_dump() for f in reused.facts()] == [f.model_dump() for f in copied.facts()]
    assert all(f.subject_id and f.object_id for f in given)
    assert {e.id for e in reused.entities()} == {e.id for e in copied.entities()}
