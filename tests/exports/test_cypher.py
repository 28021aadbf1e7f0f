"""Cypher script: literal escaping proven in Kùzu (RETURN of each literal, then the whole script
executed statement by statement and read back equal to the graph), MERGE idempotence, shape,
determinism, privacy, the exporter and `peoplegraph export`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tests.exports.graphs as H
from exports import ExportOptions, run_exporter
from exports.cypher import cypher_script, cypher_string, cypher_value, property_graph, split_statements
from exports.kuzu import KuzuEngine, read_back
from graph import build_graph

ROOT = Path(__file__).resolve().parents[2]



STRINGS = H.HOSTILE + ["", "line\nbreak", "cr\r\nlf", "tab\tx", "ctrl \x01\x07\x7f", "\u2028 \ufeff",
                       "trailing \\", "'", "\\'", "// not a comment", "/* nor this */", "a;b"]


@pytest.fixture(scope="module")
def hostile_kg():
    return H.hostile_kg()


@pytest.fixture(scope="module", params=["hostile", "examples"])
def any_kg(request, hostile_kg, tmp_path_factory):
    if request.param == "hostile":
        return hostile_kg
    return H.build_kg(ROOT / "examples", tmp_path_factory.mktemp("examples"))


@pytest.fixture()
def kuzu_mem():
    engine = KuzuEngine(None)
    yield engine
    engine.close()


@pytest.mark.parametrize("text", STRINGS)
def test_string_literals_read_back_unchanged_in_kuzu(kuzu_mem, text):
    assert kuzu_mem.rows(f"RETURN {cypher_string(text)} AS v") == [{"v": text}]


def test_other_literals_read_back_unchanged_in_kuzu(kuzu_mem):
    for value in ([], ["a'b", "c\\d", "e\nf"], 0, -7, 2**40, 0.85, 1e-05, True, False):
        got = kuzu_mem.rows(f"RETURN {cypher_value(value)} AS v")[0]["v"]
        assert got == value and type(got) is type(value) or (value == [] and got == [])


def test_literal_escaping_is_minimal():
    assert cypher_string("It's \\ \"ok\"\n") == "'It\\'s \\\\ \"ok\"\n'"
    assert cypher_value(["a", 1, 0.5]) == "['a', 1, 0.5]"


def _run_script(engine: KuzuEngine, script: str) -> list[str]:
    """Execute every statement Kùzu accepts; return the Neo4j-only ones (constraints)."""
    skipped = []
    for stmt in split_statements(script):
        if stmt.startswith("CREATE CONSTRAINT"):
            skipped.append(stmt)
        else:
            engine.execute(stmt)
    return skipped


def test_the_script_executed_in_kuzu_gives_back_the_graph(kuzu_mem, any_kg):
    pg = property_graph(any_kg)
    kuzu_mem.create_schema(pg)
    script = cypher_script(any_kg)
    skipped = _run_script(kuzu_mem, script)
    assert read_back(kuzu_mem, pg) == (pg.nodes, pg.rels)
    assert len(skipped) == len({n.label for n in pg.nodes})
    names = {r["id"]: r["name"] for r in kuzu_mem.rows("MATCH (n) RETURN n.id AS id, n.name AS name")}
    assert names == {e.id: e.name for e in any_kg.entities()}
    _run_script(kuzu_mem, script)  # MERGE on ids: a second run adds nothing
    assert read_back(kuzu_mem, pg) == (pg.nodes, pg.rels)


def test_script_shape(hostile_kg):
    pg = property_graph(hostile_kg)
    stmts = split_statements(cypher_script(hostile_kg))
    labels = sorted({n.label for n in pg.nodes})
    assert len(stmts) == len(labels) + len(pg.nodes) + len(pg.rels)  # no literal leaks out
    assert [s.split("`")[1] for s in stmts[:len(labels)]] == [f"{x}_id" for x in labels]
    assert "IS UNIQUE" in stmts[0] and not stmts[len(labels)].startswith("CREATE CONSTRAINT")
    node_stmts = stmts[len(labels):len(labels) + len(pg.nodes)]
    assert all(s.startswith(f"MERGE (n:`{n.label}` {{`id`: {cypher_string(n.id)}}})")
               for s, n in zip(node_stmts, pg.nodes, strict=True))
    rel_stmts = stmts[len(labels) + len(pg.nodes):]
    for s, r in zip(rel_stmts, pg.rels, strict=True):
        assert s.startswith(f"MATCH (a:`{r.start_label}` {{`id`: {cypher_string(r.start)}}})")
        assert f"MERGE (a)-[r:`{r.type}` {{`id`: {cypher_string(r.props['id'])}}}]->(b)" in s
        assert all(f"r.`{key}` = {cypher_value(v)}" in s for key, v in r.props.items() if key != "id")
        assert {"doc", "evidence_start", "evidence_end", "quote", "extractor", "confidence"} <= set(r.props)
    worked = [r for r in pg.rels if r.type == "WORKED_AT"]
    assert worked and all({"title", "start", "end", "location"} <= set(r.props) for r in worked)
    assert {r.type for r in pg.rels} == {"WORKED_AT", "USED_SKILL", "PART_OF"}


def test_script_is_deterministic(hostile_kg):
    facts = H.hostile_facts()
    script = cypher_script(hostile_kg)
    assert cypher_script(build_graph(list(reversed(facts)))) == script
    assert not re.search(r"\d{4}-\d\d-\d\dT|\d\d:\d\d:\d\d", script)


def test_contacts_stay_out_unless_asked(hostile_kg):
    plain = cypher_script(hostile_kg)
    assert "p0@example.org" not in plain and "555 0100" not in plain and "`email_sha1`" in plain
    full = cypher_script(hostile_kg, ExportOptions(include_contacts=True))
    assert "'p0@example.org'" in full and "'+1 555 0100'" in full


@pytest.mark.parametrize("script,want", [
    ("RETURN 1;RETURN 2", ["RETURN 1", "RETURN 2"]),
    ("RETURN 'a;b\\';c';", ["RETURN 'a;b\\';c'"]),
    ('RETURN "x;\\"y";', ['RETURN "x;\\"y"']),
    ("// a; comment\nRETURN `we;ird`; // tail;\n", ["RETURN `we;ird`"]),
    ("RETURN 'a // b';\n;\n", ["RETURN 'a // b'"]),
    ("RETURN 'line\nbreak;';", ["RETURN 'line\nbreak;'"]),
])
def test_split_statements(script, want):
    assert split_statements(script) == want


def test_exporter_and_cli(tmp_path, hostile_kg):
    from typer.testing import CliRunner

    from peoplegraph.cli import app

    [path] = run_exporter("cypher", hostile_kg, tmp_path / "out")
    assert path == tmp_path / "out" / "graph.cypher"
    assert path.read_bytes().decode("utf-8") == cypher_script(hostile_kg)  # CR kept as written
    run_exporter("graph-json", hostile_kg, tmp_path / "out")
    runner = CliRunner()
    res = runner.invoke(app, ["export", str(tmp_path / "out"), "--to", "cypher",
                              "--dest", str(tmp_path / "d"), "--include-contacts"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "d" / "graph.cypher").read_bytes().decode("utf-8") == cypher_script(
        hostile_kg, ExportOptions(include_contacts=True))
    bad = runner.invoke(app, ["export", str(tmp_path / "out"), "--to", "neo5j"])
    assert bad.exit_code != 0 and "neo4j-csv" in str(bad.exception)
    listed = runner.invoke(app, ["export", "--list"])
    assert listed.exit_code == 0 and {"cypher", "neo4j-csv", "graphml", "gexf"} <= {
        line.split()[0] for line in listed.stdout.splitlines() if line.strip()}


def test_export_passes_every_option_to_the_exporter(tmp_path, hostile_kg, monkeypatch):
    from typer.testing import CliRunner

    from exports import registry
    from peoplegraph.cli import app

    seen = []

    def capture(kg, out_dir, options):
        seen.append((kg.number_of_entities(), out_dir, options))
        return []

    monkeypatch.setitem(registry._EXPORTERS, "capture-test",
                        registry.ExporterSpec("capture-test", capture, "test"))
    run_exporter("graph-json", hostile_kg, tmp_path / "out")
    res = CliRunner().invoke(app, ["export", str(tmp_path / "out"), "--to", "capture-test",
                                   "--focus", "Zoë", "--hops", "1", "--include-contacts",
                                   "--base-iri", "https://example.org/pg/"])
    assert res.exit_code == 0, res.output
    assert seen == [(hostile_kg.number_of_entities(), tmp_path / "out", ExportOptions(
        focus="Zoë", hops=1, include_contacts=True, base_iri="https://example.org/pg/"))]
