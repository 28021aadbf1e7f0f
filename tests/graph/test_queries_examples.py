"""graph.queries on real builds: the bundled examples, and generated documents (bench.gen) whose
ground truth says who appears twice. Answers are checked against the build's own facts and the
SPARQL ready queries on the build's Turtle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.dates import compare_key
from graph.queries import coworkers, ego, path, search, skills_with, timeline, top, who_knows
from graph.rdf import DEFAULT_BASE_IRI
from graph.sparql import ReadyQuery, open_store, run_query
from graph.store import load
from ontology import QueryError

QUERIES = Path(__file__).resolve().parents[2] / "peoplegraph" / "queries"
TODAY = (2024, 6)


def build(paths: list[Path], out: Path) -> Path:
    from peoplegraph.pipeline import BuildConfig, run_build

    run_build(BuildConfig(paths=paths, out=out, outputs=("facts-jsonl", "graph-json", "turtle")))
    return out


@pytest.fixture(scope="module")
def out(examples_dir, tmp_path_factory) -> Path:
    return build([examples_dir], tmp_path_factory.mktemp("examples"))


@pytest.fixture(scope="module")
def kg(out):
    return load(out)


def facts_jsonl(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "facts.jsonl").read_text().splitlines()]


def test_who_knows_matches_the_facts_and_sparql(kg, out):
    ans = who_knows(kg, "python")
    people = [h.person.name for h in ans.people]
    assert "Priya Raman" in people and "Jonas Ekberg" in people
    assert people == sorted(people, key=str.casefold)
    for h in ans.people:         # every row points at text that names the skill
        assert h.provenance and all("Python" in p.quote for p in h.provenance)
    store, q = open_store(out), ReadyQuery.load(QUERIES / "who-has-skill.rq")
    for skill in kg.entities("Skill"):
        res = run_query(store, q.text, {"skill": skill.name}, q.params)
        sparql = {r[0].value.removeprefix(DEFAULT_BASE_IRI) for r in res.rows}
        try:
            ours = {h.person.id for h in who_knows(kg, skill.name).people}
        except QueryError:
            continue
        assert ours == sparql, skill.name


def test_coworkers_agree_with_sparql_and_are_empty_here(kg, out):
    store, q = open_store(out), ReadyQuery.load(QUERIES / "coworkers.rq")
    assert run_query(store, q.text, {}, q.params).rows == []
    for person in kg.entities("Person"):
        assert coworkers(kg, person.id, today=TODAY).coworkers == []


def test_timeline_from_a_resume(kg):
    t = timeline(kg, "Priya Raman")
    roles = [(i.object.name, i.start, i.end) for i in t.items if i.predicate.value == "worked-at"]
    assert ("Microsoft", "2017-08", "2021-02") in roles
    assert roles[-1][2] == "present"
    starts = [i.start for i in t.items if i.start]
    assert starts == sorted(starts, key=compare_key)
    by_email = timeline(kg, "jonas.ekberg@example.com")
    assert by_email.person.name == "Jonas Ekberg" and by_email.items


def test_path_ego_search_top_skills_with(kg):
    p = path(kg, "Priya Raman", "Jonas Ekberg")
    assert p.length == 2 and p.paths and all(h.facts for h in p.paths[0].hops)
    e = ego(kg, "Naledi Khumalo", hops=1)
    assert e.nodes[0].entity.name == "Naledi Khumalo"
    assert any(n.entity.name == "Initech" for n in e.nodes)
    assert search(kg, "khumalo").hits[0].entity.name == "Naledi Khumalo"
    people = top(kg, "people", k=20)
    assert len(people.rows) == len(kg.entities("Person"))
    assert top(kg, "skills", by="pagerank", k=1).rows[0].entity.name == \
        top(kg, "skills", by="degree", k=1).rows[0].entity.name
    sw = skills_with(kg, "Python", k=5)
    assert sw.holders == len(who_knows(kg, "Python").people)
    assert all(c.count <= sw.holders for c in sw.skills)


@pytest.mark.slow
def test_generated_documents_duplicates_merge_and_coworkers_agree(tmp_path):
    from bench.gen import TRUTH_FILE, generate

    docs = tmp_path / "docs"
    generate(14, docs, seed=5)
    truth = json.loads((docs / TRUTH_FILE).read_text())
    out = build([docs], tmp_path / "out")
    kg = load(out)
    for dup in truth["duplicates"]:       # the same email in two documents: one person
        t = timeline(kg, dup["email"])
        assert {p.doc for i in t.items for p in i.provenance} == {
            Path(d).stem for d in dup["documents"]}
    store, q = open_store(out), ReadyQuery.load(QUERIES / "coworkers.rq")
    res = run_query(store, q.text, {}, q.params)
    pairs = {(r[0].value.removeprefix(DEFAULT_BASE_IRI), r[2].value.removeprefix(DEFAULT_BASE_IRI),
              r[6].value, r[7].value) for r in res.rows}
    ours = set()
    for person in kg.entities("Person"):
        for c in coworkers(kg, person.id, today=(2100, 1), include_parts=False).coworkers:
            a, b = sorted([c.person.id, c.coworker.id])
            ours.add((a, b, c.start, c.end))
    assert ours == pairs and ours
