"""`peoplegraph ask OUT ...`: every question from the command line, on a saved hand-built graph
(OUT/graph.json), in table, JSON and CSV form, with and without provenance."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph import build_graph
from graph.store import dumps
from ontology import QueryError
from peoplegraph.cli import COMMANDS, app

runner = CliRunner()


def _hand_facts():
    spec = importlib.util.spec_from_file_location(
        "_hand_queries", Path(__file__).parent / "graph" / "test_queries.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.facts()


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    (out / "graph.json").write_text(dumps(build_graph(_hand_facts())), encoding="utf-8")
    return out


def ask(out: Path, *args: str):
    return runner.invoke(app, ["ask", str(out), *args])


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_registered():
    assert "ask" in COMMANDS
    res = runner.invoke(app, ["ask", "--help"])
    assert res.exit_code == 0 and "who-knows" in res.output and "coworkers" in res.output


def test_who_knows_table_json_csv_why(out):
    res = ask(out, "who-knows", "python")
    assert res.exit_code == 0, res.output
    assert "who knows Python" in res.output and "Dana Ruiz" in res.output and "3 row(s)" in res.output
    data = json.loads(ask(out, "who-knows", "python", "--json").output)
    assert [p["person"]["name"] for p in data["people"]] == ["Ada Park", "Ben Okafor", "Dana Ruiz"]
    assert "provenance" not in data["people"][0]
    why = json.loads(ask(out, "who-knows", "python", "--json", "--why").output)
    assert why["people"][0]["provenance"][0]["doc"] == "ada-cv"
    rows = csv_rows(ask(out, "who-knows", "aws", "--narrower", "--csv", "--why").output)
    assert [(r["person"], r["skill"], r["why"]) for r in rows] == [
        ("Ada Park", "AWS", 'ada-cv: "AWS"'), ("Ben Okafor", "AWS Lambda", 'ben-bio: "AWS Lambda"')]


def test_coworkers_with_today_and_same_org(out):
    rows = csv_rows(ask(out, "coworkers", "Chen Wei", "--today", "2021-05", "--csv").output)
    assert [(r["coworker"], r["org"], r["from"], r["to"], r["months"]) for r in rows] == [
        ("Sam Lee", "Globex", "2016-06", "2016-06", "1"),
        ("Ben Okafor", "Initech", "2021-03", "present", "3"),
        ("Dana Ruiz", "Initech", "2021-03", "present", "3"),
    ]
    same = csv_rows(ask(out, "coworkers", "ada@example.org", "--same-org", "--today", "2024-06",
                        "--csv").output)
    assert [(r["coworker"], r["from"], r["to"]) for r in same] == [("Dana Ruiz", "2020-01", "2020-06")]
    now = ask(out, "coworkers", "Ben Okafor")          # today defaults to the current month
    assert now.exit_code == 0 and "Chen Wei" in now.output


def test_path_ego_skills_with_top_timeline_search(out):
    rows = csv_rows(ask(out, "path", "Ada Park", "Ben Okafor", "--via", "worked-at", "--via",
                        "part-of", "--csv").output)
    assert [(r["from"], r["link"], r["to"]) for r in rows] == [
        ("Ada Park", "worked-at", "Initech"), ("Initech", "part-of", "Initech Research"),
        ("Initech Research", "worked-at", "Ben Okafor")]
    ego = json.loads(ask(out, "ego", "Ada Park", "--hops", "1", "--json").output)
    assert [n["entity"]["name"] for n in ego["nodes"]][:2] == ["Ada Park", "AWS"]
    res = ask(out, "ego", "Ada Park", "--hops", "2", "--limit", "3")
    assert res.exit_code == 0 and "truncated" in res.output
    sw = csv_rows(ask(out, "skills-with", "Python", "-k", "2", "--csv").output)
    assert [r["skill"] for r in sw] == ["AWS", "AWS Lambda"]
    top = csv_rows(ask(out, "top", "skills", "--by", "pagerank", "-k", "1", "--csv").output)
    assert top[0]["name"] == "Python"
    res = ask(out, "top", "people", "--by", "betweenness")
    assert res.exit_code == 0 and "top people by betweenness" in res.output
    tl = csv_rows(ask(out, "timeline", "Ada Park", "--csv", "--why").output)
    assert [(r["start"], r["what"]) for r in tl] == [("2012", "Tech Institute"), ("2018-01", "Initech")]
    assert tl[1]["why"] == 'ada-cv: "Initech"'
    hits = csv_rows(ask(out, "search", "okafr", "--type", "Person", "--csv").output)
    assert hits[0]["name"] == "Ben Okafor"


def test_empty_answers_print_no_answer(out):
    res = ask(out, "coworkers", "Eve Moss", "--today", "2024-06")
    assert res.exit_code == 0 and "no answer" in res.output
    assert ask(out, "coworkers", "Eve Moss", "--today", "2024-06", "--csv").output == ""
    res = ask(out, "path", "Ada Park", "Zed Quist", "--json")
    assert json.loads(res.output)["paths"] == []


@pytest.mark.parametrize("args,message", [
    (["coworkers", "Sam Lee"], "names 2 person entities"),
    (["timeline", "Ada Prk"], "did you mean: Ada Park"),
    (["coworkers", "Ada Park", "--today", "June"], "is not YYYY-MM"),
    (["top", "cats"], "unknown kind"),
    (["who-knows", "python", "--json", "--csv"], "not both"),
    (["search", "x", "--type", "Robot"], "unknown --type"),
])
def test_errors_teach(out, args, message):
    res = ask(out, *args)
    assert res.exit_code != 0
    assert isinstance(res.exception, QueryError) and message in str(res.exception)


def test_missing_build_says_what_to_do(tmp_path):
    res = ask(tmp_path, "who-knows", "python")
    assert res.exit_code != 0 and "peoplegraph build" in str(res.exception)


def test_main_prints_error_and_exits_2(out, monkeypatch, capsys):
    from peoplegraph.cli import main

    monkeypatch.setattr("sys.argv", ["peoplegraph", "ask", str(out), "timeline", "Nobody Here"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2 and "no person named 'Nobody Here'" in capsys.readouterr().err
