"""neo4j-admin CSV: header grammar, strict CSV, read back equal to the property graph (hostile
names, newlines, CR, commas, quotes), loaded into Kùzu with the same answers as the graph, the
import command, privacy, the exporter folder and `peoplegraph export --to neo4j-csv`."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import tests.exports.graphs as H
from exports import ExportOptions, run_exporter
from exports.cypher import property_graph
from exports.kuzu import KuzuEngine, read_back
from exports.neo4j_csv import ARRAY_DELIMITER, neo4j_csv_files, read_neo4j_csv
from graph import KnowledgeGraph, build_graph
from ontology import Entity, EntityType, Provenance

ROOT = Path(__file__).resolve().parents[2]
#: a property field of the neo4j-admin header: name, optional type (strings are bare)
PROPERTY = re.compile(r"^[a-z][a-z0-9_]*(:(string\[\]|long|double))?$")




@pytest.fixture(scope="module", params=["hostile", "examples"])
def any_kg(request, tmp_path_factory):
    if request.param == "hostile":
        return H.hostile_kg()
    return H.build_kg(ROOT / "examples", tmp_path_factory.mktemp("examples"))


@pytest.fixture(scope="module")
def written(any_kg, tmp_path_factory) -> tuple[KnowledgeGraph, Path, list[Path]]:
    out = tmp_path_factory.mktemp("out")
    return any_kg, out / "neo4j", run_exporter("neo4j-csv", any_kg, out)


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, strict=True))


def test_files_and_headers_follow_neo4j_admin(written):
    kg, folder, paths = written
    pg = property_graph(kg)
    labels, types = {n.label for n in pg.nodes}, {r.type for r in pg.rels}
    assert sorted(p.name for p in paths) == sorted(
        [f"nodes_{x}.csv" for x in labels] + [f"relationships_{t}.csv" for t in types] + ["import.sh"])
    assert all(p.parent == folder for p in paths)
    for label in labels:
        head, *rows = _rows(folder / f"nodes_{label}.csv")
        assert head[0] == "id:ID" and head[-1] == ":LABEL"
        assert head[1:3] == ["name", "aliases:string[]"]
        assert all(PROPERTY.match(f) for f in head[1:-1]), head
        assert len(rows) == sum(n.label == label for n in pg.nodes)
        assert all(len(r) == len(head) and r[-1] == label for r in rows)
    for rtype in types:
        head, *rows = _rows(folder / f"relationships_{rtype}.csv")
        assert head[:3] == [":START_ID", ":END_ID", ":TYPE"]
        assert head[3:14] == ["id", "title", "start", "end", "location", "doc", "evidence_start:long",
                              "evidence_end:long", "quote", "extractor", "confidence:double"]
        assert all(PROPERTY.match(f) for f in head[3:]), head
        assert len(rows) == sum(r.type == rtype for r in pg.rels)
        assert all(len(r) == len(head) and r[2] == rtype for r in rows)


def test_csv_reads_back_equal_to_the_property_graph(written):
    kg, folder, _ = written
    pg, back = property_graph(kg), read_neo4j_csv(folder)
    assert back.nodes == pg.nodes and back.rels == pg.rels
    present = {n.label for n in pg.nodes} | {r.type for r in pg.rels}
    assert {k: v for k, v in back.node_columns.items() if k in present} == {
        k: v for k, v in pg.node_columns.items() if k in present}
    assert {k: v for k, v in back.rel_columns.items() if k in present} == {
        k: v for k, v in pg.rel_columns.items() if k in present}


def test_csv_loaded_into_kuzu_answers_like_the_graph(written):
    kg, folder, _ = written
    pg, back = property_graph(kg), read_neo4j_csv(folder)
    engine = KuzuEngine(None)
    try:
        engine.create_schema(back)
        counts = engine.load(back)
        assert read_back(engine, back) == (pg.nodes, pg.rels)
        assert sum(counts.values()) == kg.number_of_entities() + kg.number_of_facts()
        rows = engine.rows("MATCH (p:Person)-[r:WORKED_AT]->(o) RETURN r.id AS id, p.name AS p, "
                           "o.name AS o, r.title AS t, r.start AS s, r.`end` AS e")
        assert sorted(tuple(r.values()) for r in rows) == sorted(
            (f.id, kg.entity(f.subject_id).name, kg.entity(f.object_id).name, f.title, f.start, f.end)
            for f in kg.facts("worked-at"))
    finally:
        engine.close()


def test_hostile_values_are_quoted_not_mangled(tmp_path):
    kg = H.hostile_kg()
    run_exporter("neo4j-csv", kg, tmp_path)
    text = (tmp_path / "neo4j" / "relationships_WORKED_AT.csv").read_bytes().decode("utf-8")
    assert "\r\n'Lead'" in text  # CR LF inside a quoted field, as written
    titles = {r[4] for r in _rows(tmp_path / "neo4j" / "relationships_WORKED_AT.csv")[1:]}
    assert titles == {f.title for f in kg.facts("worked-at")}


def test_array_delimiter_never_splits_an_element(tmp_path):
    kg = KnowledgeGraph()
    prov = Provenance(doc="d", start=0, end=1, quote="x", extractor="t.v1")
    kg.add_entity(Entity(id="skill/x", type=EntityType.SKILL, name="X", provenance=[prov],
                         aliases=["a;b", "c,d", f"e{ARRAY_DELIMITER}f", '"g"']))
    run_exporter("neo4j-csv", kg, tmp_path)
    [node] = read_neo4j_csv(tmp_path / "neo4j").nodes
    assert node.props["aliases"] == sorted(['"g"', "a;b", "c,d", "e f"])


def test_import_command_names_every_file(written):
    _, folder, paths = written
    script = (folder / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script
    assert "--array-delimiter=U+001F" in script and "--multiline-fields=true" in script
    for p in paths:
        if p.suffix == ".csv":
            kind = "nodes" if p.name.startswith("nodes_") else "relationships"
            assert f"--{kind}={p.name}" in script


def test_contacts_and_determinism():
    kg = H.hostile_kg()
    plain = "".join(neo4j_csv_files(kg).values())
    assert "p0@example.org" not in plain and "555 0100" not in plain and "email_sha1" in plain
    full = "".join(neo4j_csv_files(kg, ExportOptions(include_contacts=True)).values())
    assert "p0@example.org" in full and "555 0100" in full
    again = build_graph(list(reversed(H.hostile_facts())))
    assert neo4j_csv_files(again) == neo4j_csv_files(kg)


def test_cli_dest_folder(tmp_path):
    from typer.testing import CliRunner

    from peoplegraph.cli import app

    kg = H.hostile_kg()
    run_exporter("graph-json", kg, tmp_path / "out")
    res = CliRunner().invoke(app, ["export", str(tmp_path / "out"), "--to", "neo4j-csv",
                                   "--dest", str(tmp_path / "import")])
    assert res.exit_code == 0, res.output
    assert read_neo4j_csv(tmp_path / "import" / "neo4j").nodes == property_graph(kg).nodes
    assert not (tmp_path / "out" / "neo4j").exists()
