"""The compact saved form of a graph (OUT/graph.json): load it back without re-extracting.

>>> from graph.kg import KnowledgeGraph
>>> loads(dumps(KnowledgeGraph())).number_of_entities()
0
"""

from __future__ import annotations

import json
from pathlib import Path

from ontology import Entity, Fact, GraphError, MergeRecord

from graph.kg import KnowledgeGraph

__all__ = ["dumps", "loads", "load", "FORMAT_VERSION"]

FORMAT_VERSION = 1


def dumps(kg: KnowledgeGraph) -> str:
    """Deterministic JSON: entities by id, facts in graph order, the merge log."""
    data = {
        "format": "peoplegraph-graph", "version": FORMAT_VERSION,
        "entities": [e.model_dump(mode="json", exclude_none=True) for e in kg.entities()],
        "facts": [f.model_dump(mode="json", exclude_none=True) for f in kg.facts()],
        "merge_log": [r.model_dump(mode="json") for r in kg.merge_log],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def loads(text: str) -> KnowledgeGraph:
    data = json.loads(text)
    if data.get("format") != "peoplegraph-graph":
        raise GraphError("not a PeopleGraph graph.json", hint="run `peoplegraph build` first")
    if data.get("version") != FORMAT_VERSION:
        raise GraphError(f"graph.json version {data.get('version')} is not {FORMAT_VERSION}",
                         hint="rebuild with this version of peoplegraph")
    kg = KnowledgeGraph()
    for e in data["entities"]:
        kg.add_entity(Entity.model_validate(e))
    for f in data["facts"]:
        kg.add_fact(Fact.model_validate(f))
    kg.merge_log = [MergeRecord.model_validate(r) for r in data.get("merge_log", [])]
    return kg


def load(out_dir: str | Path) -> KnowledgeGraph:
    """Load OUT/graph.json (or a graph.json path)."""
    path = Path(out_dir)
    if path.is_dir():
        path = path / "graph.json"
    if not path.exists():
        raise GraphError(f"{path} does not exist", hint="run `peoplegraph build DOCS -o OUT` first")
    return loads(path.read_text(encoding="utf-8"))
