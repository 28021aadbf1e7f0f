"""Undo and force merges: never-merge / always-merge overrides, their files, the CLI options."""

from __future__ import annotations

import itertools
import json

import pytest
from typer.testing import CliRunner

from graph import build_graph
from graph.merge_vocab import Vocabulary
from graph.overrides import OverridePair, Overrides, load_overrides, parse_overrides
from ontology import ConfigError, Fact, Mention, Provenance
from ontology import EntityType as T
from ontology import Predicate as P

_pos = itertools.count()
EMPTY = Vocabulary()


def fact(doc: str, obj: str, otype: T = T.ORGANIZATION) -> Fact:
    start = next(_pos) * 100
    return Fact(subject=Mention(type=T.PERSON, key=f"anon:{doc}"), predicate=P.WORKED_AT,
                object=Mention(type=otype, name=obj),
                provenance=Provenance(doc=doc, start=start, end=start + len(obj), quote=obj,
                                      extractor="test.v1"))


FACTS = [fact("d1", "Amazon.com, Inc."), fact("d2", "Amazon"), fact("d3", "AMAZON LLC"),
         fact("d4", "Initech"), fact("d5", "Initrode Global")]


def orgs(kg) -> list[list[str]]:
    return sorted(sorted({e.name, *e.aliases}) for e in kg.entities(T.ORGANIZATION))


def test_never_merge_by_names_undoes_a_merge():
    ov = parse_overrides({"never_merge": [["Amazon.com, Inc.", "amazon"]]})
    kg = build_graph(FACTS, overrides=ov, vocab=EMPTY)
    assert orgs(kg) == [["AMAZON LLC", "Amazon"], ["Amazon.com, Inc."], ["Initech"],
                        ["Initrode Global"]]


def test_never_merge_by_ids_taken_from_a_previous_merge_log():
    before = build_graph(FACTS, vocab=EMPTY)
    [rec] = before.merge_log
    ov = Overrides(never=tuple(OverridePair(rec.kept, m) for m in rec.merged))
    after = build_graph(FACTS, overrides=ov, vocab=EMPTY)
    assert after.merge_log == [] and len(after.entities(T.ORGANIZATION)) == 5
    assert {rec.kept, *rec.merged} <= {e.id for e in after.entities()}


def test_never_merge_also_blocks_a_transitive_join():
    ov = parse_overrides({"never_merge": [["Amazon.com, Inc.", "AMAZON LLC"]]})
    kg = build_graph(FACTS, overrides=ov, vocab=EMPTY)
    clusters = [x for x in orgs(kg) if any("mazon" in n.lower() for n in x)]
    assert not any({"Amazon.com, Inc.", "AMAZON LLC"} <= set(x) for x in clusters)


def test_always_merge_forces_a_merge_and_logs_it():
    ov = parse_overrides({"always_merge": [{"a": "Initech", "b": "initrode global",
                                            "type": "Organization"}]})
    kg = build_graph(FACTS, overrides=ov, vocab=EMPTY)
    assert ["Initech", "Initrode Global"] in orgs(kg)
    assert "override.always-merge" in {r.rule for r in kg.merge_log}


def test_always_merge_needs_both_sides_and_works_with_no_merge():
    missing = parse_overrides({"always_merge": [["Initech", "Nowhere Inc"]]})
    assert ["Initech"] in orgs(build_graph(FACTS, overrides=missing, vocab=EMPTY))
    forced = parse_overrides({"always_merge": [["Initech", "Initrode Global"]]})
    kg = build_graph(FACTS, merge=False, overrides=forced, vocab=EMPTY)
    assert ["Initech", "Initrode Global"] in orgs(kg) and ["Amazon"] in orgs(kg)


def test_override_files_json_and_csv(tmp_path):
    j = tmp_path / "o.json"
    j.write_text(json.dumps({"never_merge": [["A", "B"]], "always_merge": [["C", "D", "Skill"]]}))
    c = tmp_path / "o.csv"
    c.write_text("action,a,b,type\nnever,A,B,\nalways-merge,C,D,Skill\n")
    assert load_overrides(j) == load_overrides(c) == Overrides(
        never=(OverridePair("A", "B"),), always=(OverridePair("C", "D", T.SKILL),))
    kg = build_graph(FACTS, overrides=str(j), vocab=EMPTY)
    assert kg.number_of_entities() > 0


@pytest.mark.parametrize("name, text, says", [
    ("x.json", "{not json", "not JSON"),
    ("x.json", '{"nevermerge": []}', "unknown keys"),
    ("x.json", '{"never_merge": [["A"]]}', "override pair"),
    ("x.json", '{"never_merge": [["A", "B"]], "always_merge": [["B", "A"]]}', "both never- and always"),
    ("x.json", '{"never_merge": [["A", "B", "Company"]]}', "unknown entity type"),
    ("x.csv", "action,a,b\nsometimes,A,B\n", "is not never or always"),
    ("x.csv", "kind,left,right\nnever,A,B\n", "columns action,a,b"),
])
def test_bad_override_files_raise_config_errors_that_say_why(tmp_path, name, text, says):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(ConfigError, match=says):
        load_overrides(path)


def test_missing_override_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_overrides(tmp_path / "absent.json")


def test_cli_build_offers_no_merge_and_overrides_and_checks_the_file_first(tmp_path):
    from peoplegraph.cli import app

    runner = CliRunner()
    assert {"--no-merge", "--overrides"} <= set(runner.invoke(app, ["build", "--help"]).output.split())
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "out"),
                                 "--overrides", str(bad)])
    assert result.exit_code == 2 and not (tmp_path / "out").exists()


def test_pipeline_passes_merge_and_overrides_to_the_graph(monkeypatch, tmp_path):
    import graph
    from peoplegraph import pipeline

    seen = {}

    def fake_build_graph(facts, *, merge=True, overrides=None, reuse_facts=False):
        seen.update(merge=merge, overrides=overrides, reuse_facts=reuse_facts)
        return build_graph([], vocab=EMPTY)

    monkeypatch.setattr(graph, "build_graph", fake_build_graph)
    cfg = pipeline.BuildConfig(paths=[], out=tmp_path, outputs=(), merge=False,
                               overrides=tmp_path / "o.json")
    pipeline.run_build(cfg)
    assert seen == {"merge": False, "overrides": tmp_path / "o.json", "reuse_facts": True}
