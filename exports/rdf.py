"""RDF exports of the graph (mapping in `graph.rdf`, vocabulary in ontology/ontology.ttl).

| name     | file         | content                                                  |
|----------|--------------|----------------------------------------------------------|
| turtle   | graph.ttl    | union of all graphs, sorted triples, fixed prefixes      |
| ntriples | graph.nt     | union of all graphs, one sorted line a triple            |
| jsonld   | graph.jsonld | union of all graphs, nodes sorted by @id, context inline |
| trig     | graph.trig   | default graph + one named graph per document             |
| nquads   | graph.nq     | as TriG, one sorted line a quad                          |

Every file is byte-for-byte deterministic. Emails are hashed and phones left out unless
`ExportOptions.include_contacts`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from exports.io import atomic_write_bytes
from exports.options import ExportOptions
from exports.registry import register_exporter
from graph.kg import KnowledgeGraph
from graph.rdf import XSD, kg_quads, kg_triples, prefixes

__all__ = ["turtle", "ntriples", "nquads", "trig", "jsonld", "jsonld_document", "CONTEXT_PATH",
           "write_turtle", "write_ntriples", "write_jsonld", "write_trig", "write_nquads"]

CONTEXT_PATH = Path(__file__).with_name("context.jsonld")


def _with_prefixes(data: bytes, base_iri: str) -> bytes:
    """Replace the serializer's @prefix lines (hash-map order) by all prefixes sorted by name."""
    lines = data.decode("utf-8").split("\n")
    while lines and lines[0].startswith("@prefix "):
        lines.pop(0)
    head = [f"@prefix {name}: <{ns}> ." for name, ns in sorted(prefixes(base_iri).items())]
    return "\n".join(head + [""] + lines).encode("utf-8")


def _sorted_lines(data: bytes) -> bytes:
    # split on "\n" only: str.splitlines() also breaks on U+0085, U+2028 ... inside literals
    lines = sorted(set(data.decode("utf-8").split("\n")))
    return "".join(line + "\n" for line in lines if line).encode("utf-8")


def turtle(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """Turtle of the union graph: prefixes sorted by IRI, subjects and predicates grouped."""
    import pyoxigraph as ox

    o = options or ExportOptions()
    triples = kg_triples(kg, o.base_iri, include_contacts=o.include_contacts)
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes(o.base_iri))
    return _with_prefixes(data, o.base_iri)


def trig(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """TriG: the default graph then each document's named graph, quads sorted."""
    import pyoxigraph as ox

    o = options or ExportOptions()
    quads = kg_quads(kg, o.base_iri, include_contacts=o.include_contacts)
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes(o.base_iri))
    return _with_prefixes(data, o.base_iri)


def ntriples(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """Canonical N-Triples, lines sorted."""
    import pyoxigraph as ox

    o = options or ExportOptions()
    triples = kg_triples(kg, o.base_iri, include_contacts=o.include_contacts)
    return _sorted_lines(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))


def nquads(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """N-Quads, lines sorted."""
    import pyoxigraph as ox

    o = options or ExportOptions()
    quads = kg_quads(kg, o.base_iri, include_contacts=o.include_contacts)
    return _sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))


@cache
def _context() -> dict:
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def _compact(value: str, table: list[tuple[str, str]]) -> str:
    """prefix:local for vocabulary IRIs (longest namespace first), else the IRI itself."""
    for ns, name in table:
        if value.startswith(ns) and value != ns:
            return f"{name}:{value[len(ns):]}"
    return value


def jsonld_document(kg: KnowledgeGraph, options: ExportOptions | None = None) -> dict:
    """JSON-LD: the shipped context (exports/context.jsonld, embedded so the file stands alone)
    and `@graph` of node objects sorted by @id, with sorted keys and values; @id values are
    full IRIs, properties and types compact IRIs of the context's prefixes."""
    o = options or ExportOptions()
    ctx = dict(_context())
    vocab = sorted(((ns, name) for name, ns in ctx.items() if isinstance(ns, str)),
                   key=lambda kv: -len(kv[0]))
    xsd_string = XSD + "string"
    nodes: dict[str, dict[str, list]] = {}
    for t in kg_triples(kg, o.base_iri, include_contacts=o.include_contacts):
        node = nodes.setdefault(t.subject.value, {})
        if t.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            node.setdefault("@type", []).append(_compact(t.object.value, vocab))
            continue
        key = _compact(t.predicate.value, vocab)
        obj = t.object
        if type(obj).__name__ == "NamedNode":
            val: dict = {"@id": obj.value}
        elif obj.datatype.value == xsd_string:
            val = {"@value": obj.value}
        else:
            val = {"@value": obj.value, "@type": _compact(obj.datatype.value, vocab)}
        node.setdefault(key, []).append(val)
    graph = []
    for subject in sorted(nodes):
        body = nodes[subject]
        item: dict = {"@id": subject}
        for key in sorted(body):
            vals = body[key]
            item[key] = sorted(vals) if key == "@type" else sorted(
                vals, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        graph.append(item)
    return {"@context": ctx, "@graph": graph}


def jsonld(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    text = json.dumps(jsonld_document(kg, options), ensure_ascii=False, indent=1, sort_keys=False)
    return (text + "\n").encode("utf-8")


@register_exporter("turtle", "graph.ttl: RDF Turtle on the PeopleGraph ontology")
def write_turtle(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_bytes(out_dir / "graph.ttl", turtle(kg, options))]


@register_exporter("ntriples", "graph.nt: RDF N-Triples, sorted lines")
def write_ntriples(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_bytes(out_dir / "graph.nt", ntriples(kg, options))]


@register_exporter("jsonld", "graph.jsonld: JSON-LD with the PeopleGraph context")
def write_jsonld(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_bytes(out_dir / "graph.jsonld", jsonld(kg, options))]


@register_exporter("trig", "graph.trig: RDF TriG, one named graph per document")
def write_trig(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_bytes(out_dir / "graph.trig", trig(kg, options))]


@register_exporter("nquads", "graph.nq: RDF N-Quads, one named graph per document")
def write_nquads(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_bytes(out_dir / "graph.nq", nquads(kg, options))]

