"""Hostile strings everywhere: arbitrary names, titles, quotes and document ids go through id and
IRI minting and every registered exporter without a crash, and the RDF parses strictly."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports import exporter_names, get_exporter, run_exporter
from graph import build_graph
from ontology import EntityType, Fact, Mention, Predicate, Provenance, entity_id, iri, norm_name

ox = pytest.importorskip("pyoxigraph")

BASE = "https://example.org/pg/"
RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
               ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG,
               ".jsonld": ox.RdfFormat.JSON_LD}
HOSTILE = ["", " ", "\u200b", "\u202eevil\u202c", "<script>alert(1)</script>", "a\"b'c\\d",
           "\x00\x07", "line\nbreak", "} ] ) > ;", "`rm -rf`", "$(x)", "${x}", "%00%0a",
           "\ud7ff\ue000\uffff", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "שלום עולם", "مرحبا", "_:b0", "<http://x>",
           "MATCH (n) DETACH DELETE n", "--", "#", "@context", "a" * 300]
names = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))
SETTINGS = settings(max_examples=30, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def available_exporters() -> list[str]:
    """Every registered exporter that imports here (ones still being written are left out)."""
    found = []
    for name in exporter_names():
        try:
            get_exporter(name)
        except ImportError:
            continue
        found.append(name)
    return found


def mention(etype: EntityType, name: str, doc: str) -> Mention:
    """A mention of `name`; a name of only white space gets a key instead (as extractors do)."""
    if not name.split():
        return Mention(type=etype, key=f"anon:{etype.value}:{doc}")
    return Mention(type=etype, name=name)


def facts_for(person: str, org: str, skill: str, title: str | None, quote: str, doc: str,
              location: str | None) -> list[Fact]:
    def prov(extractor: str) -> Provenance:
        return Provenance(doc=doc, start=0, end=len(quote), quote=quote, extractor=extractor)

    p = mention(EntityType.PERSON, person, doc)
    return [
        Fact(subject=p, predicate=Predicate.WORKED_AT,
             object=mention(EntityType.ORGANIZATION, org, doc), title=title or None,
             start="2019-03", end="present", location=location or None,
             provenance=prov("test.worked.v1")),
        Fact(subject=p, predicate=Predicate.USED_SKILL, object=mention(EntityType.SKILL, skill, doc),
             attrs={"section": title or "x"}, provenance=prov("test.skill.v1")),
    ]


def check_output(path: Path) -> None:
    """Parse one output strictly by its kind; raise on anything malformed."""
    data = path.read_bytes()
    data.decode("utf-8")  # strict: no lone surrogates, no invalid bytes
    if path.suffix in RDF_FORMATS:
        list(ox.parse(data, format=RDF_FORMATS[path.suffix], base_iri=BASE))
    elif path.suffix in {".graphml", ".gexf"}:
        ET.fromstring(data)
    elif path.suffix == ".json":
        json.loads(data)
    elif path.suffix == ".jsonl":  # JSON Lines: records split on \n only (U+2028 is text)
        [json.loads(line) for line in data.decode("utf-8").split("\n") if line]
    elif path.suffix == ".csv":
        list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


@SETTINGS
@given(person=names, org=names, skill=names, title=st.none() | names, quote=names,
       doc=st.text(min_size=1, max_size=30), location=st.none() | names)
def test_every_exporter_takes_hostile_strings(person, org, skill, title, quote, doc, location):
    kg = build_graph(facts_for(person, org, skill, title, quote, doc, location))
    with tempfile.TemporaryDirectory() as d:
        for name in available_exporters():
            out = Path(d) / name
            paths = run_exporter(name, kg, out)
            assert paths, name
            for p in paths:
                assert Path(p).resolve().is_relative_to(out.resolve()), (name, p)
                check_output(Path(p))


@SETTINGS
@given(etype=st.sampled_from(list(EntityType)), name=names)
def test_minted_ids_and_iris_are_safe(etype, name):
    ident = entity_id(etype, norm_name(name) or name, name)
    assert re.fullmatch(r"[a-z0-9/-]+", ident)
    assert ident == entity_id(etype, norm_name(name) or name, name)  # stable
    ox.NamedNode(iri(BASE, ident))  # a valid IRI


@SETTINGS
@given(doc=st.text(min_size=1, max_size=60))
def test_document_iris_are_safe_and_distinct(doc):
    from graph.rdf import document_iri, graph_iri

    for make in (document_iri, graph_iri):
        ox.NamedNode(make(BASE, doc))
    assert document_iri(BASE, doc) != document_iri(BASE, doc + "x")
