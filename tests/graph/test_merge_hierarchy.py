"""The organization hierarchy is kept as part-of edges from the gazetteer, never flattened."""

from __future__ import annotations

import itertools
from types import SimpleNamespace as Row

import pytest

from graph import build_graph
from graph.hierarchy import EXTRACTOR, with_parts
from graph.merge_vocab import Vocabulary, default_vocabulary
from ontology import EntityType as T
from ontology import Fact, Mention, Provenance
from ontology import Predicate as P

_pos = itertools.count()

VOCAB = Vocabulary.from_rows(orgs=[
    Row(canonical="Hooli", type="Organization", aliases=["Hooli Inc"], parent=None),
    Row(canonical="Hooli Cloud", type="Organization", aliases=["HC"], parent="Hooli"),
    Row(canonical="Hooli Europe", type="Organization", aliases=[], parent="Hooli"),
    Row(canonical="Hooli Dublin Lab", type="Organization", aliases=[], parent="Hooli Europe"),
])


def fact(doc: str, obj: str, pred: P = P.WORKED_AT, subj: Mention | None = None) -> Fact:
    start = next(_pos) * 100
    return Fact(subject=subj or Mention(type=T.PERSON, key=f"anon:{doc}"), predicate=pred,
                object=Mention(type=T.ORGANIZATION, name=obj),
                provenance=Provenance(doc=doc, start=start, end=start + len(obj) + 10,
                                      quote=f"worked at {obj}", extractor="test.v1"))


def part_of(kg) -> list[tuple[str, str]]:
    return sorted((kg.entity(f.subject_id).name, kg.entity(f.object_id).name)
                  for f in kg.facts(P.PART_OF))


def test_parts_link_to_their_parent_with_gazetteer_provenance_on_their_own_evidence():
    kg = build_graph([fact("d1", "Hooli Inc"), fact("d2", "HC"), fact("d3", "Hooli Europe")],
                     vocab=VOCAB)
    assert part_of(kg) == [("Hooli Cloud", "Hooli"), ("Hooli Europe", "Hooli")]
    assert len(kg.entities(T.ORGANIZATION)) == 3  # kept apart, not merged into the parent
    [cloud] = [f for f in kg.facts(P.PART_OF) if kg.entity(f.subject_id).name == "Hooli Cloud"]
    p = cloud.provenance
    assert (p.doc, p.quote, p.extractor) == ("d2", "worked at HC", EXTRACTOR)
    assert p in kg.entity(cloud.subject_id).provenance and p in kg.entity(cloud.object_id).provenance


def test_no_part_of_when_no_ancestor_is_in_the_graph():
    kg = build_graph([fact("d1", "HC"), fact("d2", "Initech")], vocab=VOCAB)
    assert part_of(kg) == [] and kg.number_of_entities() == 4


def test_a_missing_parent_is_skipped_to_the_nearest_present_ancestor():
    kg = build_graph([fact("d1", "Hooli Dublin Lab"), fact("d2", "Hooli")], vocab=VOCAB)
    assert part_of(kg) == [("Hooli Dublin Lab", "Hooli")]
    kg = build_graph([fact("d1", "Hooli Dublin Lab"), fact("d2", "Hooli"), fact("d3", "Hooli Europe")],
                     vocab=VOCAB)
    assert part_of(kg) == [("Hooli Dublin Lab", "Hooli Europe"), ("Hooli Europe", "Hooli")]


def test_a_query_for_an_organization_can_include_its_parts_transitively():
    kg = build_graph([fact("d1", "Hooli Dublin Lab"), fact("d2", "Hooli"), fact("d3", "Hooli Europe"),
                      fact("d4", "HC"), fact("d5", "Initech")], vocab=VOCAB)
    ids = {e.name: e.id for e in kg.entities(T.ORGANIZATION)}
    assert with_parts(kg, ids["Hooli"]) == sorted(
        ids[n] for n in ("Hooli", "Hooli Europe", "Hooli Dublin Lab", "Hooli Cloud"))
    assert with_parts(kg, ids["Hooli Europe"]) == sorted([ids["Hooli Europe"], ids["Hooli Dublin Lab"]])


def test_an_extracted_part_of_is_not_repeated():
    cloud = Mention(type=T.ORGANIZATION, name="Hooli Cloud")
    extracted = Fact(subject=cloud, predicate=P.PART_OF, object=Mention(type=T.ORGANIZATION, name="Hooli"),
                     provenance=Provenance(doc="d1", start=0, end=17, quote="Hooli Cloud, Hooli",
                                           extractor="test.v1"))
    kg = build_graph([extracted, fact("d2", "Hooli")], vocab=VOCAB)
    assert [f.provenance.extractor for f in kg.facts(P.PART_OF)] == ["test.v1"]


def test_the_real_gazetteer_keeps_amazon_its_parts_and_ibm_research_apart():
    if not len(default_vocabulary()):
        pytest.skip("extract.gazetteers is not installed")
    kg = build_graph([fact("d1", "Amazon.com, Inc."), fact("d2", "Amazon India"), fact("d3", "AWS"),
                      fact("d4", "IBM Research"), fact("d4", "IBM")])
    assert sorted(e.name for e in kg.entities(T.ORGANIZATION)) == [
        "Amazon", "Amazon India", "Amazon Web Services", "IBM", "IBM Research"]
    assert part_of(kg) == [("Amazon India", "Amazon"), ("Amazon Web Services", "Amazon"),
                           ("IBM Research", "IBM")]
