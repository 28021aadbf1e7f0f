"""CSV files for `neo4j-admin database import` (Neo4j 5), written into OUT/neo4j/.

One file per label present (`nodes_Person.csv`: `id:ID,name,aliases:string[],...,:LABEL`) and
per relationship type present (`relationships_WORKED_AT.csv`: `:START_ID,:END_ID,:TYPE,id,title,
start,end,location,doc,evidence_start:long,...`), with the properties of `exports.cypher`'s
property graph, plus `import.sh`, the exact import command. Arrays are joined with U+001F (a
control character no name keeps: it is replaced by a space inside elements), hence
`--array-delimiter=U+001F`; values with quotes, commas or newlines are quoted the RFC 4180 way
(`--multiline-fields=true`). An empty field is an absent property.

`read_neo4j_csv` reads such a folder back into a `PropertyGraph` (the pair of the writer).

>>> header([Column("id", "string"), Column("aliases", "string[]"), Column("confidence", "double")])
['id', 'aliases:string[]', 'confidence:double']
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from exports.cypher import NODE_CORE, REL_CORE, Column, Node, PropertyGraph, Rel, property_graph
from exports.io import atomic_write_text
from exports.options import ExportOptions
from exports.registry import register_exporter
from graph.kg import KnowledgeGraph

__all__ = ["ARRAY_DELIMITER", "header", "node_csv", "rel_csv", "neo4j_csv_files", "write_neo4j_csv",
           "read_neo4j_csv", "import_command"]

ARRAY_DELIMITER = "\x1f"
_SUFFIX = {"string": "", "string[]": ":string[]", "long": ":long", "double": ":double"}
_KINDS = {v.lstrip(":") or "string": k for k, v in _SUFFIX.items()}


def header(columns: list[Column] | tuple[Column, ...]) -> list[str]:
    """neo4j-admin header fields of property columns (`name:type`, strings bare)."""
    return [c.name + _SUFFIX[c.kind] for c in columns]


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "string[]":
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, " ") for v in value)
    if kind == "double":
        return repr(float(value))
    return str(value)


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def node_csv(label: str, columns: tuple[Column, ...], nodes: list[Node]) -> str:
    """One nodes file: `id:ID`, the property columns, `:LABEL`."""
    head = header(columns)
    head[0] = "id:ID"
    rows = [head + [":LABEL"]]
    rows += [[_cell(n.props.get(c.name), c.kind) for c in columns] + [label] for n in nodes]
    return _csv(rows)


def rel_csv(rtype: str, columns: tuple[Column, ...], rels: list[Rel]) -> str:
    """One relationships file: `:START_ID,:END_ID,:TYPE`, then the property columns."""
    rows = [[":START_ID", ":END_ID", ":TYPE"] + header(columns)]
    rows += [[r.start, r.end, rtype] + [_cell(r.props.get(c.name), c.kind) for c in columns]
             for r in rels]
    return _csv(rows)


def import_command(node_files: list[str], rel_files: list[str], database: str = "neo4j") -> str:
    """The neo4j-admin command that imports the files (run from their folder)."""
    args = ["neo4j-admin database import full --id-type=string --array-delimiter=U+001F",
            "--multiline-fields=true"]
    args += [f"--nodes={name}" for name in node_files]
    args += [f"--relationships={name}" for name in rel_files]
    return " \\\n  ".join(args + [database])


def neo4j_csv_files(kg: KnowledgeGraph, options: ExportOptions | None = None) -> dict[str, str]:
    """File name -> content for every label and type present, plus import.sh."""
    pg = property_graph(kg, options)
    files: dict[str, str] = {}
    for label, columns in pg.node_columns.items():
        nodes = [n for n in pg.nodes if n.label == label]
        if nodes:
            files[f"nodes_{label}.csv"] = node_csv(label, columns, nodes)
    for rtype, columns in pg.rel_columns.items():
        rels = [r for r in pg.rels if r.type == rtype]
        if rels:
            files[f"relationships_{rtype}.csv"] = rel_csv(rtype, columns, rels)
    names = sorted(files)
    files["import.sh"] = ("#!/bin/sh\n# Import into an empty Neo4j 5 database; run in this folder.\n"
                          + import_command([n for n in names if n.startswith("nodes_")],
                                           [n for n in names if n.startswith("relationships_")])
                          + "\n")
    return dict(sorted(files.items()))


@register_exporter("neo4j-csv", "neo4j/: neo4j-admin database import CSV files")
def write_neo4j_csv(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    folder = Path(out_dir) / "neo4j"
    return [atomic_write_text(folder / name, text)
            for name, text in neo4j_csv_files(kg, options).items()]


# -- reading back -------------------------------------------------------------------------------
def _parse_header(fields: list[str]) -> list[tuple[str, str]]:
    """(name, kind) per field; special fields keep their ':NAME' as name and kind 'special'."""
    out = []
    for f in fields:
        name, _, kind = f.partition(":")
        if not name:
            out.append((f, "special"))
        elif kind == "ID":
            out.append((name, "string"))
        else:
            out.append((name, _KINDS[kind or "string"]))
    return out


def _value(text: str, kind: str) -> Any:
    if kind == "string[]":
        return text.split(ARRAY_DELIMITER)
    if kind == "long":
        return int(text)
    if kind == "double":
        return float(text)
    return text


def _read(path: Path) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        fields = _parse_header(next(reader))
        rows = [{name: (text if kind == "special" else _value(text, kind))
                 for (name, kind), text in zip(fields, row, strict=True) if text != ""}
                for row in reader]
    return fields, rows


def read_neo4j_csv(folder: str | Path) -> PropertyGraph:
    """A PropertyGraph from a folder written by `write_neo4j_csv` (labels of absent files get
    the core columns only)."""
    folder = Path(folder)
    pg = property_graph(KnowledgeGraph())
    node_core = tuple(Column(n, k) for n, k in NODE_CORE)
    rel_core = tuple(Column(n, k) for n, k in REL_CORE)
    pg.node_columns = {label: node_core for label in pg.node_columns}
    pg.rel_columns = {rtype: rel_core for rtype in pg.rel_columns}
    labels: dict[str, str] = {}
    for path in sorted(folder.glob("nodes_*.csv")):
        fields, rows = _read(path)
        label = path.stem.removeprefix("nodes_")
        pg.node_columns[label] = tuple(Column(n, k) for n, k in fields if k != "special")
        for row in rows:
            node_label = row.pop(":LABEL")
            pg.nodes.append(Node(row["id"], node_label, row))
            labels[row["id"]] = node_label
    for path in sorted(folder.glob("relationships_*.csv")):
        fields, rows = _read(path)
        rtype = path.stem.removeprefix("relationships_")
        pg.rel_columns[rtype] = tuple(Column(n, k) for n, k in fields if k != "special")
        for row in rows:
            start, end, rel_type = row.pop(":START_ID"), row.pop(":END_ID"), row.pop(":TYPE")
            pg.rels.append(Rel(rel_type, start, end, labels[start], labels[end], row))
    pg.nodes.sort(key=lambda n: (n.label, n.id))
    pg.rels.sort(key=lambda r: (r.type, r.props["id"]))
    return pg
