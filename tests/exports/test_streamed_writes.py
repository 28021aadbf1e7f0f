"""Exporters that stream their file (exports.io.atomic_write_stream) write the same bytes as
the in-memory functions, in chunks, without ever holding the whole text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from exports import ExportOptions, run_exporter
from exports.io import ChunkSink, atomic_write_stream
from exports.jsonl import facts_jsonl
from exports.rdf import turtle
from graph import build_graph
from graph.store import _BATCH, dump_to, dumps, loads
from ontology import Fact, Mention, Provenance
from tests.exports.graphs import build_kg, hostile_kg

ROOT = Path(__file__).resolve().parents[2]


def _many_people(n: int):
    """More people than one batch of graph.json items, so the batch seams are exercised."""
    facts = []
    for i in range(n):
        prov = Provenance(doc=f"cv{i:04d}", start=0, end=6, quote="Python", extractor="t.v1")
        person = Mention(type="Person", name=f"Person Number{i:04d}",
                         identifiers={"email": f"p{i}@example.org"})
        facts.append(Fact(subject=person, predicate="used-skill", provenance=prov,
                          object=Mention(type="Skill", name="Python")))
    return build_graph(facts)


@pytest.fixture(scope="module", params=["hostile", "many", "examples"])
def kg(request, tmp_path_factory):
    if request.param == "hostile":
        return hostile_kg()
    if request.param == "many":
        return _many_people(_BATCH + 7)
    return build_kg(ROOT / "examples", tmp_path_factory.mktemp("ex"))


def test_graph_json_is_one_sorted_json_document(kg) -> None:
    text = dumps(kg)
    data = json.loads(text)
    # the same bytes json.dumps of the whole document with sorted keys gives
    assert text == json.dumps(data, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":")) + "\n"
    assert len(data["entities"]) == kg.number_of_entities()
    assert len(data["facts"]) == kg.number_of_facts()
    back = loads(text)
    assert back.number_of_facts() == kg.number_of_facts()


def test_streamed_files_equal_the_in_memory_texts(kg, tmp_path: Path) -> None:
    opts = ExportOptions()
    for name in ("graph-json", "facts-jsonl", "turtle"):
        run_exporter(name, kg, tmp_path, opts)
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == dumps(kg)
    assert (tmp_path / "facts.jsonl").read_text(encoding="utf-8") == facts_jsonl(kg)
    assert (tmp_path / "graph.ttl").read_bytes() == turtle(kg, opts)


def test_chunk_sink_writes_in_chunks_and_keeps_order() -> None:
    fh = io.BytesIO()
    sink = ChunkSink(fh, size=10)
    writes = []
    parts = [f"ü{i}," for i in range(100)]
    for p in parts:
        sink.append(p)
        writes.append(fh.tell())
    sink.flush()
    assert fh.getvalue().decode("utf-8") == "".join(parts)
    assert len(set(writes)) > 20  # written as it went, not all at the end
    assert sink.parts == [] and sink.pending == 0


def test_a_failing_writer_leaves_no_file(tmp_path: Path) -> None:
    def write(out) -> None:
        out.append("x" * (2 << 20))  # one chunk already written to the temporary file
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic_write_stream(tmp_path / "graph.json", write)
    assert list(tmp_path.iterdir()) == []


def test_dump_to_a_list_equals_dumps(kg) -> None:
    out: list[str] = []
    dump_to(kg, out)
    assert "".join(out) == dumps(kg) and len(out) > 3
