"""The compact saved form of a graph (OUT/graph.json): load it back without re-extracting.

The whole file is validated in one pydantic pass (JSON parsed in Rust, every model's fields and
validators checked as before) with the cyclic collector paused: per-item `model_validate` calls
and collector passes over the growing graph were most of the time of loading a big graph.

>>> from graph.kg import KnowledgeGraph
>>> loads(dumps(KnowledgeGraph())).number_of_entities()
0
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from graph.kg import KnowledgeGraph
from ontology import Entity, Fact, GraphError, MergeRecord
from ontology.collector import paused_gc

__all__ = ["dumps", "dump_to", "loads", "load", "FORMAT_VERSION"]

FORMAT_VERSION = 1
_HINT = "rebuild with `peoplegraph build DOCS -o OUT` (or undo the hand edit)"


class _GraphFile(BaseModel):
    """graph.json as a whole (unknown top-level keys are ignored, as before)."""

    model_config = ConfigDict(extra="ignore")

    format: str
    version: int
    entities: list[Entity]
    facts: list[Fact]
    merge_log: list[MergeRecord] = []


@cache
def _adapters() -> tuple[TypeAdapter, TypeAdapter, TypeAdapter]:
    return TypeAdapter(list[Entity]), TypeAdapter(list[Fact]), TypeAdapter(list[MergeRecord])


@paused_gc()
def dumps(kg: KnowledgeGraph) -> str:
    """Deterministic JSON: entities by id, facts in graph order, the merge log."""
    out: list[str] = []
    dump_to(kg, out)
    return "".join(out)


_BATCH = 2000


@paused_gc()
def dump_to(kg: KnowledgeGraph, out) -> None:
    """`dumps(kg)` appended to `out` (a list, or an `exports.io.ChunkSink` that writes as it
    goes) a batch of items at a time: the same bytes as one `json.dumps` of the whole document
    with sorted keys, without ever holding the whole graph as Python dicts or one string."""
    ents, facts, merges = _adapters()
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode

    def items(adapter: TypeAdapter, seq: list, **kw: bool) -> None:
        for i in range(0, len(seq), _BATCH):
            if i:
                out.append(",")
            rows = adapter.dump_python(seq[i:i + _BATCH], mode="json", **kw)
            out.append(",".join(map(encode, rows)))

    # the top-level keys in sorted order, as json.dumps(sort_keys=True) writes them
    out.append('{"entities":[')
    items(ents, list(kg.entities()), exclude_none=True)
    out.append('],"facts":[')
    items(facts, list(kg.facts()), exclude_none=True)
    out.append('],"format":' + encode("peoplegraph-graph") + ',"merge_log":[')
    items(merges, list(kg.merge_log))
    out.append('],"version":' + encode(FORMAT_VERSION) + "}\n")


def _check_header(text: str | bytes, source: str) -> None:
    """The clear errors for a file that is not a graph.json of this version."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise GraphError(f"{source} is not valid JSON: {exc}", hint=_HINT) from None
    if not isinstance(data, dict) or data.get("format") != "peoplegraph-graph":
        raise GraphError(f"{source} is not a PeopleGraph graph.json",
                         hint="run `peoplegraph build` first")
    if data.get("version") != FORMAT_VERSION:
        raise GraphError(f"{source}: graph.json version {data.get('version')} is not {FORMAT_VERSION}",
                         hint="rebuild with this version of peoplegraph")


def _describe(exc: ValidationError, limit: int = 3) -> str:
    errors = exc.errors(include_url=False)
    shown = "; ".join(f"{'.'.join(map(str, e['loc'])) or '(top)'}: {e['msg']}"
                      for e in errors[:limit])
    more = f" (and {len(errors) - limit} more)" if len(errors) > limit else ""
    return f"{len(errors)} invalid value(s): {shown}{more}"


@paused_gc()
def loads(text: str | bytes, source: str = "graph.json") -> KnowledgeGraph:
    """A graph from graph.json text; any problem is a GraphError naming `source`."""
    try:
        data = _GraphFile.model_validate_json(text)
    except ValidationError as exc:
        _check_header(text, source)
        raise GraphError(f"{source} is corrupt: {_describe(exc)}", hint=_HINT) from None
    if data.format != "peoplegraph-graph" or data.version != FORMAT_VERSION:
        _check_header(text, source)
    kg = KnowledgeGraph()
    try:
        for e in data.entities:
            kg.add_entity(e)
        for f in data.facts:
            kg.add_fact(f)
    except GraphError as exc:
        raise GraphError(f"{source} is inconsistent: {exc.message}", hint=_HINT) from None
    kg.merge_log = data.merge_log
    return kg


def load(out_dir: str | Path) -> KnowledgeGraph:
    """Load OUT/graph.json (or a graph.json path)."""
    path = Path(out_dir)
    if path.is_dir():
        path = path / "graph.json"
    if not path.exists():
        raise GraphError(f"{path} does not exist", hint="run `peoplegraph build DOCS -o OUT` first")
    return loads(path.read_bytes(), source=str(path))
