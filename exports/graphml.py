"""GraphML (`graph.graphml`) and GEXF (`graph.gexf`) for Gephi, yEd, Cytoscape and networkx.

Both are written by networkx from one `networkx.MultiDiGraph` (`to_networkx`) made from
`exports.cypher.property_graph`: nodes keyed by entity id with `type` (the label), `label`
(name, else id) and the node properties; edges keyed by fact id with `predicate`
('worked-at'), `label` (the relationship type) and the relationship properties. Attribute values
are strings, ints (evidence offsets) or floats (confidence); lists (aliases, docs, identifiers)
are JSON arrays in a string. XML cannot hold every character: characters XML 1.0 forbids are
dropped and CR/CRLF become LF, so reading the file back gives exactly the graph `to_networkx`
returns. Empty strings are left out (GraphML reads an empty value as absent).

GEXF reserves `start`/`end` (time spells), so there the role dates are `start_date`/`end_date`;
its file carries no modification date (deterministic output).

>>> from graph import KnowledgeGraph
>>> to_networkx(KnowledgeGraph()).number_of_nodes()
0
>>> xml_text("a\\r\\nb\\x00c")
'a\\nbc'
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exports.cypher import property_graph
from exports.io import atomic_write_bytes
from exports.options import ExportOptions
from exports.registry import register_exporter
from graph.kg import KnowledgeGraph

if TYPE_CHECKING:
    import networkx

__all__ = ["to_networkx", "xml_text", "graphml_bytes", "gexf_bytes", "read_graphml",
           "write_graphml", "write_gexf"]

_NOT_XML = re.compile("[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_GEXF_RENAME = {"start": "start_date", "end": "end_date"}


def xml_text(text: str) -> str:
    """`text` as XML 1.0 keeps it: forbidden characters dropped, CR and CRLF as LF."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _attr(value: Any) -> Any:
    if isinstance(value, list):
        return xml_text(json.dumps(value, ensure_ascii=False))
    if isinstance(value, str):
        return xml_text(value)
    return value


def _attrs(props: dict[str, Any], rename: dict[str, str]) -> dict[str, Any]:
    out = {}
    for key, value in props.items():
        value = _attr(value)
        if key != "id" and value != "":
            out[rename.get(key, key)] = value
    return out


def to_networkx(kg: KnowledgeGraph, options: ExportOptions | None = None, *,
                gexf: bool = False) -> networkx.MultiDiGraph:
    """The graph with scalar attributes only, as GraphML (or, with `gexf`, GEXF) stores it."""
    import networkx as nx

    rename = _GEXF_RENAME if gexf else {}
    pg = property_graph(kg, options)
    g = nx.MultiDiGraph()
    for n in sorted(pg.nodes, key=lambda n: n.id):
        label = _attr(n.props.get("name") or n.id)
        g.add_node(n.id, type=n.label, label=label or n.id, **_attrs(n.props, rename))
    for r in sorted(pg.rels, key=lambda r: r.props["id"]):
        pred = r.type.lower().replace("_", "-")
        g.add_edge(r.start, r.end, key=r.props["id"], predicate=pred, label=r.type,
                   **_attrs(r.props, rename))
    return g


def graphml_bytes(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """GraphML (UTF-8), edges identified by fact id."""
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(to_networkx(kg, options), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def gexf_bytes(kg: KnowledgeGraph, options: ExportOptions | None = None) -> bytes:
    """GEXF 1.2 (UTF-8) without the writer's modification date."""
    import networkx as nx

    g = to_networkx(kg, options, gexf=True)
    for _, _, key, data in g.edges(keys=True, data=True):
        data["id"] = key  # GEXF edge id = fact id
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue(), count=1)


def read_graphml(path: str | Path) -> networkx.MultiDiGraph:
    """Read a file written by `write_graphml` back (string node ids and edge keys)."""
    import networkx as nx

    g = nx.read_graphml(path, node_type=str, edge_key_type=str, force_multigraph=True)
    for extra in ("node_default", "edge_default"):  # reader artefacts, empty for our files
        if g.graph.get(extra) == {}:
            del g.graph[extra]
    return g


@register_exporter("graphml", "graph.graphml: GraphML for yEd, Gephi, Cytoscape and networkx")
def write_graphml(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_bytes(Path(out_dir) / "graph.graphml", graphml_bytes(kg, options))]


@register_exporter("gexf", "graph.gexf: GEXF 1.2 for Gephi")
def write_gexf(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_bytes(Path(out_dir) / "graph.gexf", gexf_bytes(kg, options))]
