"""SPARQL over the RDF of a hand-built graph: the ready queries, parameters, loading, formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports import ExportOptions, run_exporter
from graph import build_graph
from graph.sparql import ReadyQuery, bind_params, from_json, open_store, run_query, to_csv, to_json
from ontology import Fact, Mention, Provenance, QueryError

QUERIES = Path(__file__).resolve().parents[2] / "peoplegraph" / "queries"


def _fact(doc: str, subj: Mention, pred: str, obj: Mention, **kw) -> Fact:
    name = obj.name or "x"
    return Fact(subject=subj, predicate=pred, object=obj, provenance=Provenance(
        doc=doc, start=0, end=len(name), quote=name, extractor="test.v1"), **kw)


def sample_facts() -> list[Fact]:
    """Four people, an organization with a unit, publications, patents; several documents."""
    def person(name: str, email: str) -> Mention:
        return Mention(type="Person", name=name, identifiers={"email": email})

    ada, ben = person("Ada Park", "ada@example.org"), person("Ben Okafor", "ben@example.org")
    chen, dana = person("Chen Wei", "chen@example.org"), person("Dana Ruiz", "dana@example.org")
    initech, research = (Mention(type="Organization", name=n) for n in ("Initech", "Initech Research"))
    globex = Mention(type="Organization", name="Globex")
    mit = Mention(type="EducationalOrganization", name="Tech Institute")
    skill = lambda n: Mention(type="Skill", name=n)  # noqa: E731
    pub = lambda n: Mention(type="Publication", name=n)  # noqa: E731
    return [
        _fact("ada-cv", ada, "worked-at", initech, title="Engineer", start="2018-01", end="2020-06"),
        _fact("ada-cv", ada, "studied-at", mit, title="BSc", start="2012", end="2016"),
        _fact("ada-cv", ada, "used-skill", skill("Python")),
        _fact("ada-cv", ada, "authored", pub("Graph Things")),
        _fact("ada-cv", ada, "holds-patent", Mention(type="Patent", name="Widget Sorter"), start="2019"),
        _fact("ben-bio", ben, "worked-at", research, title="Scientist", start="2019", end="present"),
        _fact("ben-bio", ben, "used-skill", skill("python")),
        _fact("ben-bio", ben, "authored", pub("Graph Things")),
        _fact("ben-bio", ben, "holds-patent", Mention(type="Patent", name="Undated Thing")),
        _fact("ben-bio", research, "part-of", initech),
        _fact("ben-bio", pub("Graph Things"), "published-in", Mention(type="Venue", name="KDD")),
        _fact("chen-cv", chen, "worked-at", globex, start="2015", end="2017"),
        _fact("chen-cv", chen, "worked-at", initech, start="2021-03", end="present"),
        _fact("chen-cv", chen, "used-skill", skill("Rust")),
        _fact("chen-cv", chen, "authored", pub("Solo Paper")),
        _fact("chen-cv", chen, "holds-patent",
              Mention(type="Patent", name="Old Gadget", attrs={"date": "2016"})),
        _fact("dana-cv", dana, "worked-at", initech, title="Analyst", start="2020", end="2020"),
        _fact("dana-cv", dana, "worked-at", research, start="2020-02", end="2021"),
    ]


def sample_kg():
    return build_graph(sample_facts())


def ready(name: str) -> ReadyQuery:
    return ReadyQuery.load(QUERIES / f"{name}.rq")


def values(result, *cols: str) -> list[tuple[str, ...]]:
    idx = [result.variables.index(c) for c in cols]
    return [tuple("" if row[i] is None else row[i].value for i in idx) for row in result.rows]


#: (ready query, params, columns, expected rows): the answers the sample graph must give
EXPECTED = [
    ("who-has-skill", {"skill": "PYTHON"}, ("name",), [("Ada Park",), ("Ben Okafor",)]),
    ("who-has-skill", {"skill": "rust"}, ("name", "skillName"), [("Chen Wei", "Rust")]),
    ("who-has-skill", {"skill": 'Py" } #'}, ("name",), []),
    ("coworkers", {}, ("aName", "bName", "orgName", "from", "to"), [
        ("Ada Park", "Dana Ruiz", "Initech", "2020-01", "2020-06"),
        ("Ben Okafor", "Dana Ruiz", "Initech Research", "2020-02", "2021-12"),
    ]),
    ("coworkers", {"org": "initech research"}, ("aName", "bName"), [("Ben Okafor", "Dana Ruiz")]),
    ("coworkers", {"person": "Chen Wei"}, ("aName",), []),
    ("people-at-org", {"org": "Initech"}, ("name", "unitName", "title", "start", "end"), [
        ("Ada Park", "Initech", "Engineer", "2018-01", "2020-06"),
        ("Ben Okafor", "Initech Research", "Scientist", "2019", "present"),
        ("Chen Wei", "Initech", "", "2021-03", "present"),
        ("Dana Ruiz", "Initech", "Analyst", "2020", "2020"),
        ("Dana Ruiz", "Initech Research", "", "2020-02", "2021"),
    ]),
    ("people-at-org", {"org": "Initech Research"}, ("name",), [("Ben Okafor",), ("Dana Ruiz",)]),
    ("publications-coauthors", {}, ("authorName", "title", "venueName", "coauthorName"), [
        ("Ada Park", "Graph Things", "KDD", "Ben Okafor"),
        ("Ben Okafor", "Graph Things", "KDD", "Ada Park"),
        ("Chen Wei", "Solo Paper", "", ""),
    ]),
    ("publications-coauthors", {"person": "chen wei"}, ("title",), [("Solo Paper",)]),
    ("patents-by-employer", {}, ("patentName", "date", "inventorName", "employerName"), [
        ("Old Gadget", "2016", "Chen Wei", "Globex"),
        ("Undated Thing", "", "Ben Okafor", ""),
        ("Widget Sorter", "2019", "Ada Park", "Initech"),
    ]),
    ("patents-by-employer", {"org": "Globex"}, ("patentName",), [("Old Gadget",)]),
]


@pytest.fixture(scope="module")
def store():
    return open_store(sample_kg())


@pytest.mark.parametrize("name,params,cols,expected", EXPECTED,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(EXPECTED)])
def test_ready_queries_answer(store, name, params, cols, expected):
    q = ready(name)
    assert values(run_query(store, q.text, params, q.params), *cols) == expected


def test_every_ready_query_is_covered_and_documented():
    names = {p.stem for p in QUERIES.glob("*.rq")}
    assert names == {e[0] for e in EXPECTED}
    for name in names:
        q = ready(name)
        assert q.title != name and len(q.about) > 30
        assert all(p.help for p in q.params.values())


def test_required_and_unknown_parameters_are_refused(store):
    q = ready("who-has-skill")
    with pytest.raises(QueryError, match="required"):
        run_query(store, q.text, {}, q.params)
    with pytest.raises(QueryError, match="unknown parameter"):
        run_query(store, q.text, {"skill": "Python", "sklil": "x"}, q.params)


@pytest.mark.parametrize("value", ['x" } DELETE WHERE { ?s ?p ?o } #', "a\\", "line\nbreak",
                                   "\u202eevil\u200b", "<script>", "$skill"])
def test_parameter_values_cannot_change_the_query(store, value):
    text = bind_params("SELECT ?v WHERE { BIND($v AS ?v) }", {"v": value})
    res = run_query(store, text)
    assert values(res, "v") == [(value,)]


def test_hostile_params_do_not_touch_the_store(store):
    before = len(store)
    q = ready("who-has-skill")
    run_query(store, q.text, {"skill": '" . } ; DROP ALL ; SELECT * { "'}, q.params)
    assert len(store) == before


def test_union_default_graph_and_named_graphs(store):
    res = run_query(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert values(res, "n") == [("4",)]  # one named graph per document
    assert run_query(store, "ASK { ?p pg:workedAt ?o }").boolean is True


def test_syntax_errors_are_query_errors(store):
    with pytest.raises(QueryError, match="syntax"):
        run_query(store, "SELEC nothing")


@pytest.mark.parametrize("exporter", ["turtle", "nquads", "trig", "ntriples"])
def test_open_store_loads_a_build_folder_and_answers_the_same(tmp_path, store, exporter):
    kg = sample_kg()
    run_exporter(exporter, kg, tmp_path, ExportOptions())
    q = ready("people-at-org")
    want = values(run_query(store, q.text, {"org": "Initech"}, q.params), "person", "title", "start")
    loaded = open_store(tmp_path)
    assert values(run_query(loaded, q.text, {"org": "Initech"}, q.params), "person", "title", "start") == want


def test_open_store_falls_back_to_graph_json(tmp_path):
    run_exporter("graph-json", sample_kg(), tmp_path, ExportOptions())
    q = ready("who-has-skill")
    res = run_query(open_store(tmp_path), q.text, {"skill": "rust"}, q.params)
    assert values(res, "name") == [("Chen Wei",)]


def test_open_store_refuses_what_it_cannot_read(tmp_path):
    (tmp_path / "x.txt").write_text("hello")
    with pytest.raises(QueryError):
        open_store(tmp_path / "x.txt")
    (tmp_path / "bad.ttl").write_text("<not an iri> <p> <o> .")
    with pytest.raises(QueryError, match="not valid RDF"):
        open_store(tmp_path / "bad.ttl")


def test_json_and_csv_results_round_trip(store):
    q = ready("people-at-org")
    res = run_query(store, q.text, {"org": "Initech"}, q.params)
    doc = json.loads(to_json(res))
    assert doc["head"]["vars"] == res.variables
    back = from_json(doc)
    assert back.variables == res.variables and back.rows == res.rows
    lines = to_csv(res).splitlines()
    assert lines[0].split(",") == res.variables and len(lines) == len(res.rows) + 1
    assert json.loads(to_json(run_query(store, "ASK { ?s ?p ?o }"))) == {"head": {}, "boolean": True}


def test_query_command(tmp_path):
    from typer.testing import CliRunner

    from peoplegraph.cli import app

    run_exporter("turtle", sample_kg(), tmp_path, ExportOptions())
    runner = CliRunner()
    res = runner.invoke(app, ["query", str(tmp_path), "--ready", "who-has-skill",
                              "--param", "skill=python", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert [line.split(",")[1] for line in res.output.splitlines()[1:]] == ["Ada Park", "Ben Okafor"]
    res = runner.invoke(app, ["query", str(tmp_path),
                              "SELECT ?n WHERE { ?p a pg:Person ; rdfs:label ?n } ORDER BY ?n"])
    assert res.exit_code == 0 and "Chen Wei" in res.output and "4 row(s)" in res.output
    res = runner.invoke(app, ["query", str(tmp_path), "--list"])
    assert res.exit_code == 0 and "patents-by-employer" in res.output
    qfile = tmp_path / "q.rq"
    qfile.write_text("# param: who -- a name\nSELECT ?p WHERE { ?p rdfs:label $who }\n")
    res = runner.invoke(app, ["query", str(tmp_path), "--file", str(qfile), "-p", "who=Dana Ruiz",
                              "--format", "json"])
    assert res.exit_code == 0 and len(json.loads(res.output)["results"]["bindings"]) == 1
    res = runner.invoke(app, ["query", str(tmp_path), "--ready", "nope"])
    assert res.exit_code != 0
