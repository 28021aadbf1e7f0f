r"""The graph as a property graph for Cypher engines, and as a Cypher script (`graph.cypher`).

The property-graph mapping here is shared by every labelled-property-graph output
(`exports.neo4j_csv`, `exports.kuzu`, `exports.graphml`):

- an entity is a node labelled by its type (`Person`, `EducationalOrganization` ...) with
  `id` (the entity id of graph.json, stable), `name`, `aliases`, `docs` (documents that mention
  it), `merged_ids`, one list property per identifier kind (an email as `email_sha1`, a phone
  left out, unless `include_contacts`) and one string property per attribute;
- a fact is a relationship typed by its predicate (`WORKED_AT`, `STUDIED_AT`, `USED_SKILL` ...)
  with `id` (the fact id), the role `title`, `start`, `end`, `location`, and its provenance
  `doc`, `evidence_start`, `evidence_end`, `quote`, `extractor`, `confidence`, plus one string
  property per fact attribute. Absent values (None, empty strings and lists) are left out.

The script MERGEs every node on its label and `id` and every relationship on its type and `id`,
so running it twice changes nothing. String literals are single-quoted with only `\` and `'`
escaped (as `\\` and `\'`); every other character, newlines included, is written as it is,
which Neo4j and Kùzu read alike. Labels, types and property keys are back-quoted.

>>> print(cypher_string("It's a \\ back-slash"))
'It\'s a \\ back-slash'
>>> split_statements("RETURN 'a;b'; // c;\nRETURN 2;\n")
["RETURN 'a;b'", 'RETURN 2']
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.io import atomic_write_text
from exports.options import ExportOptions
from exports.registry import register_exporter
from graph.kg import KnowledgeGraph
from ontology import Entity, EntityType, Fact, Predicate
from ontology.vocab import SIGNATURES

__all__ = ["Column", "Node", "Rel", "PropertyGraph", "property_graph", "label_of", "rel_type_of",
           "cypher_string", "cypher_value", "cypher_script", "split_statements", "write_cypher"]

#: node properties every label has, in column order
NODE_CORE = (("id", "string"), ("name", "string"), ("aliases", "string[]"), ("docs", "string[]"),
             ("merged_ids", "string[]"))
#: relationship properties every type has, in column order
REL_CORE = (("id", "string"), ("title", "string"), ("start", "string"), ("end", "string"),
            ("location", "string"), ("doc", "string"), ("evidence_start", "long"),
            ("evidence_end", "long"), ("quote", "string"), ("extractor", "string"),
            ("confidence", "double"))


@dataclass(frozen=True)
class Column:
    """A typed property: kind is 'string', 'string[]', 'long' or 'double'."""

    name: str
    kind: str


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    props: dict[str, Any]


@dataclass(frozen=True)
class Rel:
    type: str
    start: str
    end: str
    start_label: str
    end_label: str
    props: dict[str, Any]


@dataclass
class PropertyGraph:
    """Nodes sorted by (label, id), relationships by (type, id); columns for every label and
    type of the vocabulary (present or not), `pairs` the (from, to) labels each type allows."""

    node_columns: dict[str, tuple[Column, ...]]
    rel_columns: dict[str, tuple[Column, ...]]
    pairs: dict[str, tuple[tuple[str, str], ...]]
    nodes: list[Node] = field(default_factory=list)
    rels: list[Rel] = field(default_factory=list)


def label_of(etype: EntityType | str) -> str:
    """Node label of an entity type ('EducationalOrganization')."""
    return EntityType(etype).value


def rel_type_of(predicate: Predicate | str) -> str:
    """Relationship type of a predicate: 'worked-at' -> 'WORKED_AT'."""
    return Predicate(predicate).name


def _key(raw: str) -> str:
    key = re.sub(r"[^0-9a-z]+", "_", raw.lower()).strip("_") or "value"
    return f"p_{key}" if key[0].isdigit() else key


class _Keys:
    """Deterministic property keys for free-form names, never clashing with core ones."""

    def __init__(self, core: tuple[tuple[str, str], ...]) -> None:
        self.core = {name for name, _ in core}
        self.by_raw: dict[tuple[str, str], str] = {}

    def get(self, prefix: str, raw: str) -> str:
        if (prefix, raw) not in self.by_raw:
            taken = self.core | set(self.by_raw.values())
            key = _key(raw)
            key = f"{prefix}_{key}" if key in taken else key
            n = 2
            while key in taken:
                key, n = f"{prefix}_{_key(raw)}_{n}", n + 1
            self.by_raw[(prefix, raw)] = key
        return self.by_raw[(prefix, raw)]


def _email_sha1(address: str) -> str:
    return hashlib.sha1(("mailto:" + address.strip().lower()).encode("utf-8")).hexdigest()


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Absent values left out: None, "", empty lists (and "" inside lists)."""
    out = {}
    for key, value in props.items():
        if isinstance(value, list):
            value = [v for v in value if v != ""]
        if value is not None and value != "" and value != []:
            out[key] = value
    return out


def _node_props(e: Entity, keys: _Keys, contacts: bool) -> tuple[dict[str, Any], dict[str, str]]:
    props: dict[str, Any] = {
        "id": e.id, "name": e.name, "aliases": sorted(set(e.aliases)),
        "docs": sorted({p.doc for p in e.provenance}),
        "merged_ids": sorted(set(e.merged_ids) - {e.id})}
    kinds: dict[str, str] = {}
    for kind, values in sorted(e.identifiers.items()):
        if kind == "email" and not contacts:
            kind, values = "email_sha1", [_email_sha1(v) for v in values]
        elif kind == "phone" and not contacts:
            continue
        key = keys.get("ident", kind)
        props[key], kinds[key] = sorted(set(values)), "string[]"
    for name, value in sorted(e.attrs.items()):
        key = keys.get("attr", name)
        props[key], kinds[key] = value, "string"
    return _clean(props), kinds


def _rel_props(f: Fact, fid: str, keys: _Keys) -> tuple[dict[str, Any], dict[str, str]]:
    p = f.provenance
    props: dict[str, Any] = {
        "id": fid, "title": f.title, "start": f.start, "end": f.end, "location": f.location,
        "doc": p.doc, "evidence_start": p.start, "evidence_end": p.end, "quote": p.quote,
        "extractor": p.extractor, "confidence": p.confidence}
    kinds = {}
    for name, value in sorted(f.attrs.items()):
        key = keys.get("attr", name)
        props[key], kinds[key] = value, "string"
    return _clean(props), kinds


def _columns(core, extra: dict[str, str]) -> tuple[Column, ...]:
    return tuple(Column(n, k) for n, k in core) + tuple(Column(n, extra[n]) for n in sorted(extra))


def property_graph(kg: KnowledgeGraph, options: ExportOptions | None = None) -> PropertyGraph:
    """The graph as labelled nodes and typed relationships (see the module docstring)."""
    contacts = (options or ExportOptions()).include_contacts
    node_keys = {label_of(t): _Keys(NODE_CORE) for t in EntityType}
    rel_keys = {rel_type_of(p): _Keys(REL_CORE) for p in Predicate}
    node_extra: dict[str, dict[str, str]] = {label: {} for label in node_keys}
    rel_extra: dict[str, dict[str, str]] = {rtype: {} for rtype in rel_keys}
    g = kg.nx  # sorted iteration: keys for free-form names are given out in a stable order
    nodes = []
    for ident, e in sorted(g.nodes(data="entity")):
        label = label_of(e.type)
        props, kinds = _node_props(e, node_keys[label], contacts)
        node_extra[label].update(kinds)
        nodes.append(Node(ident, label, props))
    rels = []
    edges = sorted((rel_type_of(f.predicate), fid, s, o, f)
                   for s, o, fid, f in g.edges(keys=True, data="fact"))
    for rtype, fid, s, o, f in edges:  # edge key = fact id
        props, kinds = _rel_props(f, fid, rel_keys[rtype])
        rel_extra[rtype].update(kinds)
        rels.append(Rel(rtype, s, o, g.nodes[s]["type"], g.nodes[o]["type"], props))
    pairs = {rel_type_of(p): tuple(sorted((label_of(s), label_of(o)) for s in subj for o in obj))
             for p, (subj, obj) in SIGNATURES.items()}
    return PropertyGraph(
        node_columns={k: _columns(NODE_CORE, v) for k, v in sorted(node_extra.items())},
        rel_columns={k: _columns(REL_CORE, v) for k, v in sorted(rel_extra.items())},
        pairs=dict(sorted(pairs.items())),
        nodes=sorted(nodes, key=lambda n: (n.label, n.id)), rels=rels)


# -- Cypher text --------------------------------------------------------------------------------
def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal that Neo4j and Kùzu read back as `text`."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def cypher_value(value: Any) -> str:
    """A Cypher literal for a string, int, float, bool or list of those."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    return cypher_string(str(value))


def _name(ident: str) -> str:
    return "`" + ident.replace("`", "``") + "`"


def _set(var: str, props: dict[str, Any]) -> str:
    rest = [f"{var}.{_name(k)} = {cypher_value(v)}" for k, v in props.items() if k != "id"]
    return f" SET {', '.join(rest)}" if rest else ""


def node_statement(n: Node) -> str:
    return f"MERGE (n:{_name(n.label)} {{`id`: {cypher_string(n.id)}}}){_set('n', n.props)};"


def rel_statement(r: Rel) -> str:
    return (f"MATCH (a:{_name(r.start_label)} {{`id`: {cypher_string(r.start)}}}), "
            f"(b:{_name(r.end_label)} {{`id`: {cypher_string(r.end)}}}) "
            f"MERGE (a)-[r:{_name(r.type)} {{`id`: {cypher_string(r.props['id'])}}}]->(b)"
            f"{_set('r', r.props)};")


def constraint_statement(label: str) -> str:
    """Neo4j 5 uniqueness constraint on a label's `id` (Neo4j only: Kùzu has primary keys)."""
    return (f"CREATE CONSTRAINT {_name(label + '_id')} IF NOT EXISTS "
            f"FOR (n:{_name(label)}) REQUIRE n.`id` IS UNIQUE;")


def cypher_script(kg: KnowledgeGraph, options: ExportOptions | None = None) -> str:
    """The whole script: constraints for the labels present, nodes, then relationships."""
    pg = property_graph(kg, options)
    labels = sorted({n.label for n in pg.nodes})
    head = ["// PeopleGraph graph for Neo4j 5: cypher-shell -f graph.cypher",
            f"// {len(pg.nodes)} nodes, {len(pg.rels)} relationships; MERGE on `id` (re-runnable)."]
    lines = head + [constraint_statement(label) for label in labels]
    lines += [node_statement(n) for n in pg.nodes] + [rel_statement(r) for r in pg.rels]
    return "\n".join(lines) + "\n"


def split_statements(script: str) -> list[str]:
    """The statements of a script: split at `;` outside quotes, back-quotes and `//` comments."""
    out, cur, i, quote = [], [], 0, ""
    while i < len(script):
        ch = script[i]
        if quote:
            cur.append(ch)
            if ch == "\\" and quote != "`":
                cur.append(script[i + 1: i + 2])
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
            cur.append(ch)
        elif script.startswith("//", i):
            nl = script.find("\n", i)
            i = len(script) if nl < 0 else nl
            continue
        elif ch == ";":
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur).strip())
    return [s for s in out if s]


@register_exporter("cypher", "graph.cypher: Neo4j Cypher script (MERGE on stable ids)")
def write_cypher(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_text(out_dir / "graph.cypher", cypher_script(kg, options))]
