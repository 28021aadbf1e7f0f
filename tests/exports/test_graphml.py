"""GraphML reads back into networkx equal to what was written (nodes, edges keyed by fact id,
attributes and their types), and agrees with the KnowledgeGraph; GEXF parses with networkx;
both are deterministic and survive characters XML cannot hold."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

import tests.exports.graphs as H
from exports import ExportOptions, run_exporter
from exports.graphml import gexf_bytes, graphml_bytes, read_graphml, to_networkx, xml_text
from graph import build_graph
from ontology import Fact, Mention, Provenance

ROOT = Path(__file__).resolve().parents[2]




def _control_kg():
    """Characters XML 1.0 forbids (and CR) in a title and a quote."""
    quote = "Ada\x00 at\x0b Initech\r\nnext\rline \ufffe"
    prov = Provenance(doc="d", start=0, end=len(quote), quote=quote, extractor="t.v1")
    return build_graph([Fact(subject=Mention(type="Person", name="Ada"), predicate="worked-at",
                             object=Mention(type="Organization", name="Initech"), provenance=prov,
                             title="Lead\x01\r\nEngineer", start="2020")])


@pytest.fixture(scope="module", params=["hostile", "examples", "control"])
def any_kg(request, tmp_path_factory):
    if request.param == "hostile":
        return H.hostile_kg()
    if request.param == "control":
        return _control_kg()
    return H.build_kg(ROOT / "examples", tmp_path_factory.mktemp("examples"))


def _edges(g):
    return sorted((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True))


def test_graphml_reads_back_equal(tmp_path, any_kg):
    [path] = run_exporter("graphml", any_kg, tmp_path)
    assert path == tmp_path / "graph.graphml"
    wrote, back = to_networkx(any_kg), read_graphml(path)
    assert isinstance(back, nx.MultiDiGraph)
    assert nx.utils.graphs_equal(wrote, back)
    assert dict(back.nodes(data=True)) == dict(wrote.nodes(data=True))
    assert _edges(back) == _edges(wrote)
    types = {type(v) for _, _, d in back.edges(data=True) for v in d.values()}
    assert types == {str, int, float}  # offsets stay numbers, confidence a float


def test_the_networkx_graph_agrees_with_the_knowledge_graph(any_kg):
    g = to_networkx(any_kg)
    assert sorted(g.nodes) == [e.id for e in any_kg.entities()]
    for e in any_kg.entities():
        d = g.nodes[e.id]
        assert d["type"] == e.type.value and d.get("name") == (xml_text(e.name) if e.name else None)
        assert d["label"] == (xml_text(e.name) if e.name else e.id)
        assert json.loads(d["docs"]) == sorted({p.doc for p in e.provenance})
    want = {f.id: f for f in any_kg.facts()}
    assert {k for _, _, k in g.edges(keys=True)} == set(want)
    for u, v, k, d in g.edges(keys=True, data=True):
        f = want[k]
        assert (u, v, d["predicate"]) == (f.subject_id, f.object_id, f.predicate.value)
        assert d["label"] == f.predicate.name
        assert d.get("title") == (xml_text(f.title) if f.title else None)
        assert (d.get("start"), d.get("end")) == (f.start, f.end)
        assert (d["doc"], d["evidence_start"], d["evidence_end"], d["confidence"]) == (
            xml_text(f.doc), f.provenance.start, f.provenance.end, f.provenance.confidence)
        assert d["quote"] == xml_text(f.provenance.quote)


def test_hostile_names_are_kept_exactly(tmp_path):
    kg = H.hostile_kg()
    back = read_graphml(run_exporter("graphml", kg, tmp_path)[0])
    assert {d.get("name") for _, d in back.nodes(data=True)} >= set(H.HOSTILE)
    assert {d["title"] for _, _, d in back.edges(data=True) if "title" in d} == {
        f.title.replace("\r\n", "\n") for f in kg.facts("worked-at")}


def test_gexf_parses_with_networkx(tmp_path, any_kg):
    [path] = run_exporter("gexf", any_kg, tmp_path)
    assert path == tmp_path / "graph.gexf"
    g = nx.read_gexf(path)
    wrote = to_networkx(any_kg, gexf=True)
    assert sorted(g.nodes) == sorted(wrote.nodes)
    assert g.number_of_edges() == any_kg.number_of_facts()
    assert {d["label"] for _, d in g.nodes(data=True)} == {d["label"] for _, d in wrote.nodes(data=True)}
    assert sorted(d["id"] for _, _, d in g.edges(data=True)) == sorted(f.id for f in any_kg.facts())
    for _, _, d in g.edges(data=True):  # role dates are plain attributes, not GEXF time spells
        assert "start" not in d and "end" not in d
    dated = {f.id: (f.start, f.end) for f in any_kg.facts() if f.start}
    got = {d["id"]: (d.get("start_date"), d.get("end_date")) for _, _, d in g.edges(data=True)
           if d["id"] in dated}
    assert got == dated and got


def test_outputs_are_deterministic_and_well_formed():
    kg = H.hostile_kg()
    again = build_graph(list(reversed(H.hostile_facts())))
    assert graphml_bytes(kg) == graphml_bytes(again)
    assert gexf_bytes(kg) == gexf_bytes(again)
    assert b"lastmodifieddate" not in gexf_bytes(kg)
    for data in (graphml_bytes(kg), gexf_bytes(kg)):
        ET.fromstring(data)  # strict XML parser


def test_contacts_private_unless_asked():
    kg = H.hostile_kg()
    assert b"p0@example.org" not in graphml_bytes(kg) + gexf_bytes(kg)
    opts = ExportOptions(include_contacts=True)
    assert b"p0@example.org" in graphml_bytes(kg, opts) and b"p0@example.org" in gexf_bytes(kg, opts)


def test_xml_text():
    assert xml_text("a\x00b\x1fc\r\nd\re\ufffef\U0001f600") == "abc\nd\nef\U0001f600"
