"""The direct text writers (exports.rdf_text, the JSON-LD formatter, graph.json/facts.jsonl)
against the earlier reference paths: pyoxigraph's serializers over sorted pyoxigraph terms and
json.dumps over pydantic dumps. Same bytes, and the same graphs when parsed by rdflib."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from exports import ExportOptions
from exports.rdf import jsonld, jsonld_document, nquads, ntriples, trig, turtle
from exports.rdf_text import escape_string, local_name
from graph import KnowledgeGraph, build_graph
from graph.rdf import kg_quads, kg_triples, prefixes
from ontology import Fact, Mention, Provenance

NASTY = ['Ada "Quote" O\'Neil', "<script>alert(1)</script>", "Back\\slash\\", "a > <b> < c",
         "tab\there\r\nCRLF", "ctl \x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f end", "\ufffe\uffff\ufffd",
         "line\u2028sep\u0085nel\u2029", "Ünïcødé 名前 \U0001f600", "x\"> <http://evil/> \"y",
         "}{ @prefix : <x> .", "trailing dot.", "'''\"\"\"", "é" * 3]
BASES = ("https://w3id.org/peoplegraph/id/", "http://ex.org/a#")


def nasty_facts() -> list[Fact]:
    facts = []
    for i, name in enumerate(NASTY):
        quote = f"{name}\n\tq \\ \"{i}\""
        prov = Provenance(doc=f"d{i} {name[:5]}", start=i, end=i + len(quote), quote=quote,
                          extractor="test.v1", confidence=0.5 + i / 100)
        person = Mention(type="Person", name=name, identifiers={
            "email": f"p{i}@example.org", "phone": "+1 555 0100", "odd": name})
        org = Mention(type="Organization", name=f"{name} Corp", attrs={"url": name})
        facts.append(Fact(subject=person, predicate="worked-at", object=org, provenance=prov,
                          title=name, location=name, start="2019-03",
                          end="present" if i % 2 else "2021", attrs={"team": name, "year": "2020"}))
        facts.append(Fact(subject=person, predicate="used-skill", provenance=prov,
                          object=Mention(type="Skill", name=name or "x", attrs={"category": name})))
    return facts


def _reference_prefixed(data: bytes, base: str) -> bytes:
    lines = data.decode("utf-8").split("\n")
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    head = [f"@prefix {n}: <{ns}> ." for n, ns in sorted(prefixes(base).items())]
    return "\n".join(head + [""] + lines).encode("utf-8")


def _reference_sorted(data: bytes) -> bytes:
    lines = sorted(set(data.decode("utf-8").split("\n")))
    return "".join(line + "\n" for line in lines if line).encode("utf-8")


def reference(name: str, kg: KnowledgeGraph, o: ExportOptions) -> bytes:
    """What the exporters wrote before the direct writers (pyoxigraph serializers)."""
    args = (kg, o.base_iri)
    if name == "turtle":
        data = ox.serialize(kg_triples(*args, include_contacts=o.include_contacts),
                            format=ox.RdfFormat.TURTLE, prefixes=prefixes(o.base_iri))
        return _reference_prefixed(data, o.base_iri)
    if name == "trig":
        data = ox.serialize(kg_quads(*args, include_contacts=o.include_contacts),
                            format=ox.RdfFormat.TRIG, prefixes=prefixes(o.base_iri))
        return _reference_prefixed(data, o.base_iri)
    if name == "ntriples":
        return _reference_sorted(ox.serialize(kg_triples(*args, include_contacts=o.include_contacts),
                                              format=ox.RdfFormat.N_TRIPLES))
    if name == "nquads":
        return _reference_sorted(ox.serialize(kg_quads(*args, include_contacts=o.include_contacts),
                                              format=ox.RdfFormat.N_QUADS))
    text = json.dumps(jsonld_document(kg, o), ensure_ascii=False, indent=1, sort_keys=False)
    return (text + "\n").encode("utf-8")


WRITERS = {"turtle": turtle, "trig": trig, "ntriples": ntriples, "nquads": nquads,
           "jsonld": jsonld}
RDFLIB = {"turtle": ("turtle", False), "ntriples": ("nt", False), "trig": ("trig", True),
          "nquads": ("nquads", True), "jsonld": ("json-ld", False)}


def _sample_kg() -> KnowledgeGraph:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "graph" / "test_sparql.py"
    spec = importlib.util.spec_from_file_location("_pg_sample_fast", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.sample_kg()


@pytest.fixture(scope="module")
def examples_kg(tmp_path_factory, examples_dir) -> KnowledgeGraph:
    from graph.store import load
    from peoplegraph.pipeline import BuildConfig, run_build

    out = tmp_path_factory.mktemp("examples")
    run_build(BuildConfig(paths=[examples_dir], out=out, outputs=("graph-json",), cache=False))
    kg = load(out)
    if not kg.number_of_facts():
        pytest.skip("no facts extracted from the examples")
    return kg


@pytest.fixture(scope="module", params=["nasty", "sample", "empty", "examples"])
def kg(request) -> KnowledgeGraph:
    if request.param == "examples":
        return request.getfixturevalue("examples_kg")
    return {"nasty": lambda: build_graph(nasty_facts()), "sample": _sample_kg,
            "empty": KnowledgeGraph}[request.param]()


def _rdflib_graphs(data: bytes, name: str) -> dict[str, rdflib.Graph]:
    fmt, dataset = RDFLIB[name]
    if not dataset:
        return {"": rdflib.Graph().parse(data=data.decode("utf-8"), format=fmt)}
    ds = rdflib.Dataset()
    ds.parse(data=data.decode("utf-8"), format=fmt)
    return {str(c.identifier) if c.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID else "": c
            for c in ds.graphs() if len(c)}


@pytest.mark.parametrize("name", sorted(WRITERS))
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("contacts", [False, True])
def test_same_bytes_and_isomorphic_graphs_as_the_reference(kg, name, base, contacts):
    o = ExportOptions(include_contacts=contacts, base_iri=base)
    got, want = WRITERS[name](kg, o), reference(name, kg, o)
    assert got == want
    if kg.number_of_facts():
        mine, theirs = _rdflib_graphs(got, name), _rdflib_graphs(want, name)
        assert sorted(mine) == sorted(theirs)
        assert all(isomorphic(mine[g], theirs[g]) for g in mine)


@pytest.mark.parametrize("name", ["turtle", "trig", "ntriples", "nquads"])
def test_pyoxigraph_reads_back_every_quad(name):
    kg = build_graph(nasty_facts())
    fmt = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
           "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS}[name]
    parsed = list(ox.parse(WRITERS[name](kg), format=fmt))
    want = kg_quads(kg) if name in ("trig", "nquads") else kg_triples(kg)
    assert sorted(map(str, parsed)) == sorted(map(str, want))


def test_string_escaping_matches_pyoxigraph_for_every_code_point():
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    triple = ox.Triple(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal(text))
    line = ox.serialize([triple], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    assert line == f"<http://a/s> <http://a/p> {escape_string(text)} .\n"


@pytest.mark.parametrize("local", ["abc", "a.b", "a.", ".a", "-a", "_a", "1a", ":a", "a:b",
                                   "a-b_c", "a/b", "a~b", "a%20b", "a(b)", "é·\u0301", "\u00b7a",
                                   "a!$&'*+,;=?#@", "a b", "a\u2040", "\u203fa", "\U00010000"])
def test_local_names_match_pyoxigraph(local):
    ns = "http://ex.org/ns/"
    try:
        node = ox.NamedNode(ns + local)
    except ValueError:
        pytest.skip("not an IRI")
    data = ox.serialize([ox.Triple(node, node, node)], format=ox.RdfFormat.TURTLE,
                        prefixes={"ex": ns}).decode("utf-8")
    escaped = local_name(local)
    token = f"<{ns}{local}>" if escaped is None else f"ex:{escaped}"
    assert data.splitlines()[-1] == f"{token} {token} {token} ."


# -- graph.json and facts.jsonl ---------------------------------------------------------------

def _reference_dumps(kg: KnowledgeGraph) -> str:
    data = {"format": "peoplegraph-graph", "version": 1,
            "entities": [e.model_dump(mode="json", exclude_none=True) for e in kg.entities()],
            "facts": [f.model_dump(mode="json", exclude_none=True) for f in kg.facts()],
            "merge_log": [r.model_dump(mode="json") for r in kg.merge_log]}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _reference_jsonl(kg: KnowledgeGraph) -> str:
    from exports.jsonl import fact_record, is_inferred

    return "".join(json.dumps(fact_record(kg, f), ensure_ascii=False, sort_keys=True) + "\n"
                   for f in kg.facts() if not is_inferred(f))


def test_graph_json_and_facts_jsonl_match_the_per_model_dumps_and_round_trip(kg):
    from exports.jsonl import facts_jsonl
    from graph.store import dumps, loads

    text = dumps(kg)
    assert text == _reference_dumps(kg)
    assert facts_jsonl(kg) == _reference_jsonl(kg)
    again = loads(text)
    assert dumps(again) == text and facts_jsonl(again) == facts_jsonl(kg)
    assert [f.id for f in again.facts()] == [f.id for f in kg.facts()]


@pytest.mark.parametrize("edit,says", [
    (lambda d: d["facts"][0]["provenance"].update(start=-1), "facts.0.provenance.start"),
    (lambda d: d["facts"][0].update(start="March"), "facts.0.start"),
    (lambda d: d["entities"][0].update(surprise=1), "entities.0.surprise"),
    (lambda d: d["facts"][0].update(subject_id="person/nobody-1"), "unknown entity"),
    (lambda d: d.update(version=99), "version 99"),
    (lambda d: d.update(format="other"), "not a PeopleGraph graph.json"),
    (lambda d: d.pop("facts"), "facts"),
])
def test_a_hand_edited_graph_json_is_a_clear_error_naming_the_file(tmp_path, edit, says):
    from graph.store import dumps, load
    from ontology import GraphError

    data = json.loads(dumps(build_graph(nasty_facts())))
    edit(data)
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphError) as err:
        load(tmp_path)
    assert str(path) in str(err.value) and says in str(err.value)


def test_a_truncated_graph_json_is_a_clear_error_naming_the_file(tmp_path):
    from graph.store import dumps, load
    from ontology import GraphError

    path = tmp_path / "graph.json"
    path.write_text(dumps(build_graph(nasty_facts()))[:500], encoding="utf-8")
    with pytest.raises(GraphError, match="not valid JSON") as err:
        load(path)
    assert str(path) in str(err.value)
