"""graph.ttl written subject by subject (graph.rdf_stream.union_subjects -> exports.rdf_text)
is byte-identical to the Turtle of the whole mapped union graph (exports.rdf.turtle_reference:
union_graph(map_graphs(...)), every triple in memory), and the streamed subjects are exactly the
union graph's, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports import ExportOptions
from exports.rdf import turtle, turtle_reference, write_turtle
from graph import KnowledgeGraph, build_graph
from graph.rdf import check_base_iri
from graph.rdf_map import map_graphs, union_graph
from graph.rdf_stream import union_subjects
from ontology import Entity, EntityType, Fact, Mention, Predicate, Provenance
from tests.exports.graphs import build_kg, hostile_kg
from tests.exports.test_fast_writers import nasty_facts

OPTIONS = [ExportOptions(), ExportOptions(include_contacts=True),
           ExportOptions(base_iri="http://ex.org/a#"),
           ExportOptions(base_iri="https://example.org/people/", include_contacts=True)]


def _assert_same(kg: KnowledgeGraph, o: ExportOptions, tmp_path: Path) -> str:
    expected = turtle_reference(kg, o)
    base = check_base_iri(o.base_iri)
    union = union_graph(map_graphs(kg, base, o.include_contacts))
    streamed = list(union_subjects(kg, base, o.include_contacts))
    assert [s for s, _ in streamed] == sorted(union)
    assert streamed == sorted(union.items())
    assert turtle(kg, o).decode("utf-8") == expected
    [path] = write_turtle(kg, tmp_path, o)
    assert path.read_bytes() == expected.encode("utf-8")
    return expected


def _prov(doc: str, start: int, quote: str, extractor: str = "test.stream.v1") -> Provenance:
    return Provenance(doc=doc, start=start, end=start + len(quote), quote=quote,
                      extractor=extractor, confidence=0.75)


def edge_kg() -> KnowledgeGraph:
    """Authored publications (schema:author on the object), a nameless resume subject known by
    identifiers only, a person merged from two spellings sharing an email (aliases, merged ids),
    contacts, entity and fact attributes, a self-loop-free part-of chain, an isolated entity."""
    facts = []
    ada = Mention(type="Person", name="Ada Lovelace",
                  identifiers={"email": "ada@example.org", "phone": "+44 20 7946 0000"})
    ada2 = Mention(type="Person", name="A. Lovelace", identifiers={"email": "ada@example.org"})
    anon = Mention(type="Person", name=None, key="anon:cv-anon",
                   identifiers={"github": "anon-dev", "email": "anon@example.org"})
    pub = Mention(type="Publication", name="Notes on the Analytical Engine",
                  attrs={"year": "1843", "venue": "Taylor's Scientific Memoirs"})
    facts.append(Fact(subject=ada, predicate="authored", object=pub,
                      provenance=_prov("cv-ada", 10, "Notes on the Analytical Engine")))
    facts.append(Fact(subject=ada2, predicate="authored", provenance=_prov("bio-ada", 3, "Sketch"),
                      object=Mention(type="Publication", name="Sketch")))
    facts.append(Fact(subject=ada2, predicate="worked-at", title="Analyst", start="1842",
                      end="present", location="London",
                      object=Mention(type="Organization", name="Babbage & Co"),
                      provenance=_prov("bio-ada", 40, "Babbage & Co")))
    facts.append(Fact(subject=anon, predicate="used-skill", attrs={"level": "expert"},
                      object=Mention(type="Skill", name="Python"),
                      provenance=_prov("cv-anon", 0, "Python", "test.other.v2")))
    facts.append(Fact(subject=anon, predicate="studied-at", start="2010-09", end="2014",
                      object=Mention(type="EducationalOrganization", name="Uni of Nowhere"),
                      provenance=_prov("cv-anon", 20, "Uni of Nowhere")))
    facts.append(Fact(subject=Mention(type="Organization", name="Babbage & Co"),
                      predicate="part-of", object=Mention(type="Organization", name="Engines Ltd"),
                      provenance=_prov("bio-ada", 60, "Engines Ltd")))
    kg = build_graph(facts, merge=True)
    kg.add_entity(Entity(id="skill/lonely-0000", type=EntityType.SKILL, name="Lonely"))
    return kg


def test_edge_cases_are_in_the_graph():
    kg = edge_kg()
    people = kg.entities("Person")
    assert any(p.name is None for p in people)
    assert any(p.aliases and p.merged_ids for p in people)
    assert kg.facts(Predicate.AUTHORED)


@pytest.mark.parametrize("o", OPTIONS, ids=["default", "contacts", "hash-base", "base+contacts"])
def test_edge_cases_stream_the_same_bytes(o, tmp_path):
    text = _assert_same(edge_kg(), o, tmp_path)
    assert "schema:author" in text and "owl:sameAs" in text and "skos:altLabel" in text
    assert ("foaf:mbox <mailto:" in text) == o.include_contacts


@pytest.mark.parametrize("name", ["hostile", "nasty", "empty"])
@pytest.mark.parametrize("o", OPTIONS[:3], ids=["default", "contacts", "hash-base"])
def test_hand_made_graphs_stream_the_same_bytes(name, o, tmp_path):
    kg = {"hostile": hostile_kg, "nasty": lambda: build_graph(nasty_facts()),
          "empty": KnowledgeGraph}[name]()
    text = _assert_same(kg, o, tmp_path)
    assert text.startswith("@prefix ")


@pytest.fixture(scope="module")
def examples_kg(tmp_path_factory, examples_dir) -> KnowledgeGraph:
    kg = build_kg(examples_dir, tmp_path_factory.mktemp("examples"))
    assert kg.number_of_facts() > 100
    return kg


@pytest.mark.parametrize("o", OPTIONS[:3], ids=["default", "contacts", "hash-base"])
def test_examples_stream_the_same_bytes(examples_kg, o, tmp_path):
    text = _assert_same(examples_kg, o, tmp_path)
    subjects = [line.split(" ", 1)[0] for line in text.splitlines() if line[:1].isalpha()]
    n_facts = len({f.id for f in examples_kg.iter_facts()})
    assert sum(s.startswith("fact:") for s in subjects) == n_facts
    assert sum(s.startswith("evidence:") for s in subjects) == n_facts


@pytest.mark.slow
def test_generated_corpus_streams_the_same_bytes(tmp_path):
    from bench.gen import generate

    generate(200, tmp_path / "docs", seed=5,
             layouts=["markdown", "pdf_export", "dates_after", "academic_cv"])
    kg = build_kg(tmp_path / "docs", tmp_path / "out")
    assert kg.number_of_facts() > 5000
    for o in (ExportOptions(), ExportOptions(base_iri="https://example.org/x/",
                                             include_contacts=True)):
        _assert_same(kg, o, tmp_path / "ttl")


def test_equal_subjects_are_merged_and_disorder_is_refused():
    from graph.rdf_stream import _grouped

    items = iter([("a", {("p", (0, "x", ""))}), ("a", {("q", (0, "y", ""))}),
                  ("b", {("p", (0, "z", ""))})])
    assert list(_grouped(items)) == [("a", {("p", (0, "x", "")), ("q", (0, "y", ""))}),
                                     ("b", {("p", (0, "z", ""))})]
    with pytest.raises(AssertionError):
        list(_grouped(iter([("b", set()), ("a", set())])))

