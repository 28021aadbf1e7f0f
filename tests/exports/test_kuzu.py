"""Kùzu (embedded, real): the examples' and seeds' graphs load with the counts and query answers
the in-memory KnowledgeGraph gives; hostile names come back unchanged; the schema follows
SIGNATURES; the CLI `peoplegraph load kuzu`.

Also the graph helpers the other graph-database export tests load (`hostile_kg`, `build_kg`).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from exports import ExportOptions, run_exporter
from exports.cypher import label_of, property_graph, rel_type_of
from exports.kuzu import KuzuEngine, load_kuzu, open_engine, read_back
from graph import KnowledgeGraph
from ontology import EntityType, ExportError, Predicate
from ontology.vocab import SIGNATURES
from tests.exports.graphs import HOSTILE, build_kg, hostile_kg

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEEDS = ROOT.parent / "shared" / "seeds"

@pytest.fixture(scope="module", params=["examples", "seeds"])
def real_kg(request, tmp_path_factory) -> KnowledgeGraph:
    folder = EXAMPLES if request.param == "examples" else SEEDS
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    return build_kg(folder, tmp_path_factory.mktemp(request.param))


@pytest.fixture(scope="module")
def real_db(real_kg, tmp_path_factory):
    path = tmp_path_factory.mktemp("kuzu") / "graph.kuzu"
    counts = load_kuzu(real_kg, path)
    engine = KuzuEngine(path)  # reopened from disk: what was stored, not what was cached
    yield real_kg, engine, counts
    engine.close()


# -- counts and query answers against the in-memory graph ------------------------------------
def test_counts_per_label_and_type_equal_the_graph(real_db):
    kg, engine, counts = real_db
    want = {label_of(t): 0 for t in EntityType} | {rel_type_of(p): 0 for p in Predicate}
    want |= Counter(label_of(e.type) for e in kg.entities())
    want |= Counter(rel_type_of(f.predicate) for f in kg.facts())
    assert counts == want == engine.counts(property_graph(kg))
    assert sum(counts[label_of(t)] for t in EntityType) == kg.number_of_entities() > 50
    assert sum(counts[rel_type_of(p)] for p in Predicate) == kg.number_of_facts() > 100


def test_who_used_each_skill(real_db):
    kg, engine, _ = real_db
    got = {(r["s"], r["p"]) for r in engine.rows(
        "MATCH (p:Person)-[:USED_SKILL]->(s:Skill) RETURN s.id AS s, p.id AS p")}
    want = {(f.object_id, f.subject_id) for f in kg.facts(Predicate.USED_SKILL)
            if kg.entity(f.object_id).type == EntityType.SKILL}
    assert got == want and len(want) > 50
    # one skill by name, as a user would ask: the most used one
    skill = Counter(kg.entity(s).name for s, _ in want).most_common(1)[0][0]
    people = [r["id"] for r in engine.rows(
        "MATCH (p:Person)-[:USED_SKILL]->(s:Skill {name: $skill}) RETURN DISTINCT p.id AS id "
        "ORDER BY id", {"skill": skill})]
    assert people == sorted({p for s, p in want if kg.entity(s).name == skill})
    assert len(people) >= 2


def test_employers_with_titles_and_dates(real_db):
    kg, engine, _ = real_db
    rows = engine.rows("MATCH (p:Person)-[r:WORKED_AT]->(o) RETURN p.id AS p, o.id AS o, "
                       "label(o) AS kind, o.name AS org, r.title AS title, r.start AS start, "
                       "r.`end` AS `end`, r.location AS location, r.id AS fact")
    got = sorted(tuple(r.values()) for r in rows)
    want = sorted((f.subject_id, f.object_id, kg.entity(f.object_id).type.value,
                   kg.entity(f.object_id).name, f.title, f.start, f.end, f.location, f.id)
                  for f in kg.facts(Predicate.WORKED_AT))
    assert got == want and len(want) > 10
    assert any(r[4] and r[5] for r in got)  # titles and dates really are there


def test_organizations_and_their_parts(real_db):
    kg, engine, _ = real_db
    part_of = nx.DiGraph((f.subject_id, f.object_id) for f in kg.facts(Predicate.PART_OF))
    direct = {(r["org"], r["part"]) for r in engine.rows(
        "MATCH (part)-[:PART_OF]->(org) RETURN org.id AS org, part.id AS part")}
    assert direct == {(o, p) for p, o in part_of.edges} and direct
    deep = {(r["org"], r["part"]) for r in engine.rows(
        "MATCH (part)-[:PART_OF*1..10]->(org) RETURN DISTINCT org.id AS org, part.id AS part")}
    assert deep == {(o, p) for p in part_of for o in nx.descendants(part_of, p)}


def test_provenance_and_properties_are_stored_exactly(real_db):
    kg, engine, _ = real_db
    pg = property_graph(kg)
    assert read_back(engine, pg) == (pg.nodes, pg.rels)
    stored = {r["id"]: r for r in engine.rows(
        "MATCH ()-[r]->() RETURN r.id AS id, r.doc AS doc, r.evidence_start AS s, "
        "r.evidence_end AS e, r.quote AS q, r.extractor AS x, r.confidence AS c")}
    for f in kg.facts():
        p = f.provenance
        assert stored[f.id] == {"id": f.id, "doc": p.doc, "s": p.start, "e": p.end,
                                "q": p.quote, "x": p.extractor, "c": p.confidence}


# -- hostile data, schema, interface ----------------------------------------------------------
def test_hostile_names_survive_unchanged(tmp_path):
    kg = hostile_kg()
    pg = property_graph(kg)
    load_kuzu(kg, tmp_path / "h.kuzu")
    engine = open_engine(tmp_path / "h.kuzu")
    try:
        assert read_back(engine, pg) == (pg.nodes, pg.rels)
        names = {r["id"]: r["name"] for r in engine.rows("MATCH (n) RETURN n.id AS id, n.name AS name")}
        assert names == {e.id: e.name for e in kg.entities()}
        assert {n for n in HOSTILE if "\n" not in n} <= set(names.values())
        facts = {r["id"]: (r["t"], r["q"], r["d"]) for r in engine.rows(
            "MATCH ()-[r:WORKED_AT]->() RETURN r.id AS id, r.title AS t, r.quote AS q, r.doc AS d")}
        assert facts == {f.id: (f.title, f.provenance.quote, f.doc)
                         for f in kg.facts(Predicate.WORKED_AT)}
        assert all("\r\n" in t for t, _, _ in facts.values())
        hit = engine.rows("MATCH (p:Person {name: $n})-[r:WORKED_AT]->(o) RETURN o.name AS o",
                          {"n": "} RETURN 1 //"})
        assert hit == [{"o": "} RETURN 1 // Corp"}]
    finally:
        engine.close()


def test_contacts_are_private_unless_asked(tmp_path):
    kg = hostile_kg()
    for contacts in (False, True):
        path = tmp_path / f"c{contacts}.kuzu"
        load_kuzu(kg, path, ExportOptions(include_contacts=contacts))
        engine = KuzuEngine(path)
        cols = {r["name"] for r in engine.rows("CALL table_info('Person') RETURN name")}
        rows = engine.rows("MATCH (p:Person) RETURN p.*")
        engine.close()
        text = repr(rows)
        assert ("p0@example.org" in text) is contacts and ("555 0100" in text) is contacts
        assert {"github", "note", "weird_key", "attr_name"} <= cols  # 'name' attr kept apart
        assert ("email" in cols) is contacts and ("phone" in cols) is contacts
        assert ("email_sha1" in cols) is not contacts


def test_schema_has_a_table_per_type_and_the_allowed_pairs(tmp_path):
    load_kuzu(KnowledgeGraph(), tmp_path / "empty.kuzu")
    engine = KuzuEngine(tmp_path / "empty.kuzu")
    try:
        tables = {r["name"]: r["type"] for r in engine.rows("CALL show_tables() RETURN name, type")}
        assert tables == {label_of(t): "NODE" for t in EntityType} | {
            rel_type_of(p): "REL" for p in Predicate}
        for p, (subj, obj) in SIGNATURES.items():
            pairs = {(r["a"], r["b"]) for r in engine.rows(
                f"CALL show_connection('{rel_type_of(p)}') RETURN "
                "`source table name` AS a, `destination table name` AS b")}
            assert pairs == {(s.value, o.value) for s in subj for o in obj}
        cols = {r["name"]: r["type"] for r in engine.rows("CALL table_info('WORKED_AT') RETURN *")}
        assert {"title": "STRING", "start": "STRING", "end": "STRING", "location": "STRING",
                "doc": "STRING", "quote": "STRING", "evidence_start": "INT64",
                "confidence": "DOUBLE", "id": "STRING"}.items() <= cols.items()
    finally:
        engine.close()


def test_loading_refuses_an_existing_database_and_other_engines(tmp_path):
    load_kuzu(KnowledgeGraph(), tmp_path / "x.kuzu")
    with pytest.raises(ExportError, match="already exists"):
        load_kuzu(KnowledgeGraph(), tmp_path / "x.kuzu")
    with pytest.raises(ExportError, match="no graph engine"):
        open_engine(None, engine="neo4j")


def test_missing_kuzu_gives_the_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "kuzu", None)
    with pytest.raises(ExportError, match=r"pip install 'peoplegraph\[kuzu\]'"):
        KuzuEngine(None)


def test_cli_load_kuzu(tmp_path):
    from typer.testing import CliRunner

    from peoplegraph.cli import app

    kg = hostile_kg()
    run_exporter("graph-json", kg, tmp_path / "out")
    runner = CliRunner()
    res = runner.invoke(app, ["load", "kuzu", str(tmp_path / "out"), str(tmp_path / "db")])
    assert res.exit_code == 0, res.output
    assert f"Person                   {len(kg.entities('Person'))}" in res.stdout
    again = runner.invoke(app, ["load", "kuzu", str(tmp_path / "out"), str(tmp_path / "db")])
    assert again.exit_code != 0 and "--replace" in str(again.exception)
    res = runner.invoke(app, ["load", "kuzu", str(tmp_path / "out"), str(tmp_path / "db"),
                              "--replace"])
    assert res.exit_code == 0, res.output
    engine = KuzuEngine(tmp_path / "db" / "graph.kuzu")
    try:
        assert engine.rows("MATCH (n) RETURN count(n) AS c")[0]["c"] == kg.number_of_entities()
    finally:
        engine.close()
