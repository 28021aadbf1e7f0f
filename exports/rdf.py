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
from json.encoder import encode_basestring
from pathlib import Path

from exports.io import atomic_write_bytes, atomic_write_stream
from exports.options import ExportOptions
from exports.rdf_text import nquads_text, ntriples_text, trig_text, turtle_text, turtle_to
from exports.registry import register_exporter
from graph.kg import KnowledgeGraph
from graph.rdf import XSD, check_base_iri, kg_graphs, prefixes
from graph.rdf_map import Graphs, union_graph
from graph.rdf_stream import union_subjects
from ontology.collector import paused_gc

__all__ = ["turtle", "ntriples", "nquads", "trig", "jsonld", "jsonld_document", "CONTEXT_PATH",
           "turtle_reference", "write_turtle", "write_ntriples", "write_jsonld", "write_trig",
           "write_nquads"]

CONTEXT_PATH = Path(__file__).with_name("context.jsonld")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = XSD + "string"


def _graphs(kg: KnowledgeGraph, o: ExportOptions) -> Graphs:
    return kg_graphs(kg, o.base_iri, include_contacts=o.include_contacts)


# the writers allocate millions of acyclic tuples and strings: the cyclic collector's passes
# over a process holding a big graph cost more than the writing (ontology.collector)


@paused_gc()
def turtle(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """Turtle of the union graph: prefixes sorted by name, subjects and predicates grouped."""
    out: list[str] = []
    _write_turtle_to(kg, options or ExportOptions(), out)
    return "".join(out).encode("utf-8")


@paused_gc()
def trig(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """TriG: the default graph then each document's named graph, quads sorted."""
    o = options or ExportOptions()
    return trig_text(_graphs(kg, o), prefixes(o.base_iri)).encode("utf-8")


@paused_gc()
def ntriples(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """Canonical N-Triples, lines sorted."""
    o = options or ExportOptions()
    return ntriples_text(union_graph(_graphs(kg, o))).encode("utf-8")


@paused_gc()
def nquads(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """N-Quads, lines sorted."""
    o = options or ExportOptions()
    return nquads_text(_graphs(kg, o)).encode("utf-8")


@cache
def _context() -> dict:
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def _compact(value: str, table: list[tuple[str, str]]) -> str:
    """prefix:local for vocabulary IRIs (longest namespace first), else the IRI itself."""
    for ns, name in table:
        if value.startswith(ns) and value != ns:
            return f"{name}:{value[len(ns):]}"
    return value


def _jsonld_nodes(kg: KnowledgeGraph, o: ExportOptions, ctx: dict) -> list[dict]:
    vocab = sorted(((ns, name) for name, ns in ctx.items() if isinstance(ns, str)),
                   key=lambda kv: -len(kv[0]))
    compact: dict[str, str] = {}

    def short(value: str) -> str:
        found = compact.get(value)
        if found is None:
            found = compact[value] = _compact(value, vocab)
        return found

    union = union_graph(_graphs(kg, o))
    graph = []
    for subject in sorted(union):
        body: dict[str, list] = {}
        for p, (kind, value, datatype) in union[subject]:
            if p == _RDF_TYPE:
                body.setdefault("@type", []).append(short(value))
                continue
            if kind == 0:
                val: dict = {"@id": value}
            elif not datatype or datatype == _XSD_STRING:
                val = {"@value": value}
            else:
                val = {"@value": value, "@type": short(datatype)}
            body.setdefault(short(p), []).append(val)
        item: dict = {"@id": subject}
        for key in sorted(body):
            vals = body[key]
            if len(vals) > 1:
                vals.sort() if key == "@type" else vals.sort(key=_value_key)
            item[key] = vals
        graph.append(item)
    return graph


def _value_key(v: dict) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False)


def jsonld_document(kg: KnowledgeGraph, options: ExportOptions | None = None) -> dict:
    """JSON-LD: the shipped context (exports/context.jsonld, embedded so the file stands alone)
    and `@graph` of node objects sorted by @id, with sorted keys and values; @id values are
    full IRIs, properties and types compact IRIs of the context's prefixes."""
    o = options or ExportOptions()
    ctx = dict(_context())
    return {"@context": ctx, "@graph": _jsonld_nodes(kg, o, ctx)}


def _node_text(item: dict) -> str:
    """One @graph node exactly as json.dumps(..., indent=1) writes it three levels deep."""
    q = encode_basestring
    parts = []
    for key, vals in item.items():
        if key == "@id":
            parts.append(f'   "@id": {q(vals)}')
            continue
        if not vals:
            parts.append(f"   {q(key)}: []")
            continue
        items = []
        for v in vals:
            if isinstance(v, str):
                items.append("    " + q(v))
            else:
                inner = ",\n".join(f"     {q(k)}: {q(x)}" for k, x in v.items())
                items.append("    {\n" + inner + "\n    }")
        parts.append(f"   {q(key)}: [\n" + ",\n".join(items) + "\n   ]")
    return "  {\n" + ",\n".join(parts) + "\n  }"


@paused_gc()
def jsonld(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """The JSON-LD document with indent 1; nodes are formatted directly (the indenting
    json encoder is pure Python and was most of the time on big graphs)."""
    o = options or ExportOptions()
    ctx = dict(_context())
    nodes = _jsonld_nodes(kg, o, ctx)
    head = json.dumps({"@context": ctx}, ensure_ascii=False, indent=1)[:-2]
    graph = "[]" if not nodes else "[\n" + ",\n".join(map(_node_text, nodes)) + "\n ]"
    return (head + ',\n "@graph": ' + graph + "\n}\n").encode("utf-8")


def turtle_reference(kg: KnowledgeGraph, options: ExportOptions | None = None) -> str:
    """Turtle made from the whole mapped union graph at once (every triple in memory): the
    reference the streaming writer is tested against (tests/exports/test_turtle_stream.py)."""
    o = options or ExportOptions()
    return turtle_text(union_graph(_graphs(kg, o)), prefixes(o.base_iri))


@paused_gc()
def _write_turtle_to(kg: KnowledgeGraph, options: ExportOptions, out) -> None:
    """The union graph subject by subject (graph.rdf_stream): the mapped triples of one subject
    are in memory at a time, never the whole graph's."""
    base = check_base_iri(options.base_iri)
    turtle_to(union_subjects(kg, base, options.include_contacts), prefixes(base), out)


@register_exporter("turtle", "graph.ttl: RDF Turtle on the PeopleGraph ontology")
def write_turtle(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    """`turtle(kg)` written as it is made (never the whole text and its bytes in memory)."""
    return [atomic_write_stream(out_dir / "graph.ttl",
                                lambda out: _write_turtle_to(kg, options, out))]


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

