"""facts.jsonl (the scorer's format, one fact a line) and graph.json (the saved graph)."""

from __future__ import annotations

import json
from pathlib import Path

from exports.io import atomic_write_stream
from exports.options import ExportOptions
from exports.registry import register_exporter
from graph.kg import KnowledgeGraph
from graph.store import dump_to
from ontology.collector import paused_gc

__all__ = ["fact_record", "facts_jsonl", "facts_jsonl_to", "write_facts_jsonl", "write_graph_json"]


def _ref(entity) -> dict:
    return {"type": entity.type.value, "name": entity.name, "id": entity.id}


def fact_record(kg: KnowledgeGraph, fact, refs: dict[str, dict] | None = None) -> dict:
    """One facts.jsonl record: names are the merged entities' canonical names (`refs`: entity id
    -> {type, name, id}, to share between records)."""
    if refs is None:
        subj, obj = _ref(kg.entity(fact.subject_id)), _ref(kg.entity(fact.object_id))
    else:
        subj, obj = refs[fact.subject_id], refs[fact.object_id]
    p = fact.provenance
    rec = {
        "doc": p.doc, "subject": subj, "predicate": fact.predicate.value, "object": obj,
        "title": fact.title, "start": fact.start, "end": fact.end,
        "evidence": {"start": p.start, "end": p.end, "text": p.quote},
        "extractor": p.extractor, "confidence": round(p.confidence, 3), "id": fact.id,
    }
    if fact.location:
        rec["location"] = fact.location
    if fact.attrs:
        rec["attrs"] = dict(sorted(fact.attrs.items()))
    return rec


#: extractor-name prefixes of facts inferred from vocabularies rather than stated in a text
#: (e.g. part-of from the organization gazetteer's parents): kept in the graph, RDF and
#: graph.json, but not in facts.jsonl, which lists what the documents say
INFERRED_PREFIXES = ("gazetteer.",)


def is_inferred(fact) -> bool:
    return fact.provenance.extractor.startswith(INFERRED_PREFIXES)


@paused_gc()
def facts_jsonl(kg: KnowledgeGraph, *, include_inferred: bool = False) -> str:
    """facts.jsonl text: one record a line, in graph order; inferred facts only on request."""
    out: list[str] = []
    facts_jsonl_to(kg, out, include_inferred=include_inferred)
    return "".join(out)


@paused_gc()
def facts_jsonl_to(kg: KnowledgeGraph, out, *, include_inferred: bool = False) -> None:
    """`facts_jsonl(kg)` appended line by line to `out` (a list or an `exports.io.ChunkSink`)."""
    refs = {e.id: _ref(e) for e in kg.entities()}
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    for f in kg.facts():
        if include_inferred or not is_inferred(f):
            out.append(encode(fact_record(kg, f, refs)) + "\n")


@register_exporter("facts-jsonl", "facts.jsonl: one fact a line with provenance")
def write_facts_jsonl(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_stream(out_dir / "facts.jsonl", lambda out: facts_jsonl_to(kg, out))]


@register_exporter("graph-json", "graph.json: the compact saved graph for queries")
def write_graph_json(kg: KnowledgeGraph, out_dir: Path, options: ExportOptions) -> list[Path]:
    return [atomic_write_stream(out_dir / "graph.json", lambda out: dump_to(kg, out))]
