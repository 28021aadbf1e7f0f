"""graph.queries on a hand-built graph: every query, names (aliases, identifiers, ambiguous,
unknown), overlap arithmetic with open-ended roles, empty answers, provenance."""

from __future__ import annotations

import pytest

from graph import build_graph
from graph.kg import KnowledgeGraph
from graph.queries import (
    coworkers,
    ego,
    path,
    resolve,
    search,
    skills_with,
    timeline,
    top,
    who_knows,
)
from ontology import Entity, Fact, Mention, Provenance, QueryError

TODAY = (2024, 6)


def F(doc: str, subj: Mention, pred: str, obj: Mention, **kw) -> Fact:
    name = obj.name or "x"
    return Fact(subject=subj, predicate=pred, object=obj, provenance=Provenance(
        doc=doc, start=0, end=len(name), quote=name, extractor="test.v1"), **kw)


def P(name: str, email: str | None = None) -> Mention:
    return Mention(type="Person", name=name, identifiers={"email": email} if email else {})


def O(name: str) -> Mention:  # noqa: E743
    return Mention(type="Organization", name=name)


def S(name: str, category: str | None = None) -> Mention:
    return Mention(type="Skill", name=name, attrs={"category": category} if category else {})


def facts() -> list[Fact]:
    ada, ben = P("Ada Park", "ada@example.org"), P("Ben Okafor", "ben@example.org")
    chen, dana = P("Chen Wei", "chen@example.org"), P("Dana Ruiz", "dana@example.org")
    initech, research, globex = O("Initech"), O("Initech Research"), O("Globex")
    return [
        F("ada-cv", ada, "worked-at", initech, title="Engineer", start="2018-01", end="2020-06"),
        F("ada-cv", ada, "studied-at", Mention(type="EducationalOrganization", name="Tech Institute"),
          title="BSc", start="2012", end="2016"),
        F("ada-cv", ada, "used-skill", S("Python", "programming-language")),
        F("ada-cv", ada, "used-skill", S("AWS", "cloud-service")),
        F("ben-bio", ben, "worked-at", research, title="Scientist", start="2019", end="present"),
        F("ben-bio", research, "part-of", initech),
        F("ben-bio", ben, "used-skill", S("python", "programming-language")),
        F("ben-bio", ben, "used-skill", S("AWS Lambda", "cloud-service")),
        F("chen-cv", chen, "worked-at", globex, start="2015", end="2017"),
        F("chen-cv", chen, "worked-at", initech, start="2021-03", end="present"),
        F("chen-cv", chen, "used-skill", S("Rust", "programming-language")),
        F("chen-cv", chen, "contributed-to", Mention(type="Project", name="rustcask")),
        F("dana-cv", dana, "worked-at", initech, title="Analyst", start="2020", end="2020"),
        F("dana-cv", dana, "worked-at", research, start="2020-02", end="2021"),
        F("dana-cv", dana, "used-skill", S("Python", "programming-language")),
        F("dana-cv", dana, "used-skill", S("SQL", "database")),
        F("dana-bio", dana, "worked-at", initech, title="Data Analyst", start="2020", end="2020"),
        F("sam-1", P("Sam Lee"), "worked-at", globex, start="2016-06"),          # no end
        F("sam-2", P("Sam Lee", "sam2@example.org"), "worked-at", O("Acme Inc"), start="2019",
          end="present"),
        F("zed", P("Zed Quist"), "worked-at", O("Acme"), title="Clerk"),          # no dates
        F("zed", P("Zed Quist"), "used-skill", S("COBOL", "programming-language")),
        F("eve", P("Eve Moss", "eve@example.org"), "worked-at", globex),          # no dates
    ]


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return build_graph(facts())


def names(rows, attr: str) -> list[str]:
    return [getattr(r, attr).name for r in rows]


# -- names --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Ada Park", "Ada Park"), ("  ada   PARK ", "Ada Park"), ("ada@example.org", "Ada Park"),
    ("mailto:ADA@example.org", "Ada Park"), ("acme inc.", "Acme"), ("Acme", "Acme"),
    ("initech research", "Initech Research"), ("sam2@example.org", "Sam Lee"),
])
def test_resolve_by_name_alias_and_identifier(kg, text, expected):
    assert resolve(kg, text).name == expected


def test_resolve_by_id_and_merged_id(kg):
    acme = resolve(kg, "Acme")
    assert acme.aliases == ["Acme Inc"] and acme.merged_ids
    assert resolve(kg, acme.id) is acme
    assert resolve(kg, acme.merged_ids[0]) is acme


def test_ambiguous_name_lists_candidates(kg):
    with pytest.raises(QueryError) as err:
        coworkers(kg, "Sam Lee", today=TODAY)
    msg = str(err.value)
    sams = [e for e in kg.entities("Person") if e.name == "Sam Lee"]
    assert len(sams) == 2 and all(s.id in msg for s in sams)
    assert "sam-1" in msg and "sam-2" in msg and "pass one of these ids" in msg
    assert coworkers(kg, sams[0].id, today=TODAY).person.id == sams[0].id


def test_unknown_name_suggests_closest(kg):
    with pytest.raises(QueryError, match=r"no person named 'Ada Prk' \(did you mean: Ada Park"):
        timeline(kg, "Ada Prk")
    with pytest.raises(QueryError, match="no skill named 'Pyhton'.*Python"):
        who_knows(kg, "Pyhton")
    with pytest.raises(QueryError, match="search TEXT"):
        who_knows(kg, "Xqzv")


def test_type_restricts_resolution(kg):
    with pytest.raises(QueryError, match="no skill named 'Initech'"):
        who_knows(kg, "Initech")


# -- who knows --------------------------------------------------------------------------------
def test_who_knows_canonical_or_alias_with_provenance(kg):
    ans = who_knows(kg, "PYTHON")
    assert names(ans.people, "person") == ["Ada Park", "Ben Okafor", "Dana Ruiz"]
    assert {h.skill.name for h in ans.people} == {"Python"}
    assert [p.doc for h in ans.people for p in h.provenance] == ["ada-cv", "ben-bio", "dana-cv"]
    assert who_knows(kg, "python").people == ans.people      # 'python' is a merged alias too


def test_who_knows_narrower_by_name_family_and_category(kg):
    assert names(who_knows(kg, "AWS").people, "person") == ["Ada Park"]
    wide = who_knows(kg, "aws", include_narrower=True)
    assert [(h.person.name, h.skill.name) for h in wide.people] == [
        ("Ada Park", "AWS"), ("Ben Okafor", "AWS Lambda")]
    assert [s.name for s in wide.skills] == ["AWS", "AWS Lambda"]
    cat = who_knows(kg, "Databases", include_narrower=True)
    assert [(h.person.name, h.skill.name) for h in cat.people] == [("Dana Ruiz", "SQL")]
    langs = who_knows(kg, "programming languages", include_narrower=True)
    assert {h.skill.name for h in langs.people} == {"COBOL", "Python", "Rust"}
    with pytest.raises(QueryError, match="is a skill category"):
        who_knows(kg, "databases")


def test_who_knows_empty_answer():
    g = KnowledgeGraph()
    g.add_entity(Entity(id="skill/lisp-1", type="Skill", name="Lisp"))
    ans = who_knows(g, "Lisp")
    assert ans.people == [] and ans.skill.name == "Lisp" and ans.records() == []


# -- coworkers ----------------------------------------------------------------------------------
def rows(ans) -> list[tuple]:
    return [(c.coworker.name, c.org.name, c.coworker_unit.name, c.start, c.end, c.months)
            for c in ans.coworkers]


def test_coworkers_overlap_with_parts_and_open_ended_roles(kg):
    assert rows(coworkers(kg, "Ada Park", today=TODAY)) == [
        ("Ben Okafor", "Initech", "Initech Research", "2019-01", "2020-06", 18),
        ("Dana Ruiz", "Initech", "Initech", "2020-01", "2020-06", 6),
        ("Dana Ruiz", "Initech", "Initech Research", "2020-02", "2020-06", 5),
    ]
    assert rows(coworkers(kg, "Chen Wei", today=TODAY)) == [
        ("Sam Lee", "Globex", "Globex", "2016-06", "2016-06", 1),      # start-only role
        ("Ben Okafor", "Initech", "Initech Research", "2021-03", "present", 40),
        ("Dana Ruiz", "Initech", "Initech Research", "2021-03", "2021-12", 10),
    ]


def test_present_means_today(kg):
    early = rows(coworkers(kg, "Ben Okafor", today=(2021, 5)))
    assert early == [
        ("Ada Park", "Initech", "Initech", "2019-01", "2020-06", 18),
        ("Chen Wei", "Initech", "Initech", "2021-03", "present", 3),
        ("Dana Ruiz", "Initech", "Initech", "2020-01", "2020-12", 12),
        ("Dana Ruiz", "Initech Research", "Initech Research", "2020-02", "present", 16),
    ]
    later = rows(coworkers(kg, "Ben Okafor", today=(2024, 6)))
    assert ("Chen Wei", "Initech", "Initech", "2021-03", "present", 40) in later
    assert ("Dana Ruiz", "Initech Research", "Initech Research", "2020-02", "2021-12", 23) in later


def test_same_org_only_and_duplicate_documents_merge(kg):
    ans = coworkers(kg, "Ada Park", today=TODAY, include_parts=False)
    assert rows(ans) == [("Dana Ruiz", "Initech", "Initech", "2020-01", "2020-06", 6)]
    row = ans.coworkers[0]
    assert [p.doc for p in row.provenance] == ["ada-cv", "dana-bio", "dana-cv"]
    assert (row.person_title, row.coworker_title) == ("Engineer", "Data Analyst")


def test_coworkers_empty_answers(kg):
    assert coworkers(kg, "Eve Moss", today=TODAY).coworkers == []     # no dates: no claim
    assert coworkers(kg, "Zed Quist", today=TODAY).coworkers == []
    assert coworkers(kg, "sam2@example.org", today=TODAY).coworkers == []


# -- timeline ------------------------------------------------------------------------------------
def test_timeline_in_date_order_with_duplicates_merged(kg):
    t = timeline(kg, "dana@example.org")
    assert [(i.object.name, i.start, i.end, i.title) for i in t.items] == [
        ("Initech", "2020", "2020", "Data Analyst"),
        ("Initech Research", "2020-02", "2021", None)]
    assert [p.doc for p in t.items[0].provenance] == ["dana-bio", "dana-cv"]
    a = timeline(kg, "Ada Park")
    assert [(i.predicate.value, i.start) for i in a.items] == [("studied-at", "2012"),
                                                               ("worked-at", "2018-01")]
    c = timeline(kg, "Chen Wei")
    assert [i.object.name for i in c.items] == ["Globex", "Initech", "rustcask"]  # undated last
    assert timeline(kg, "Ben Okafor").records()[0]["end"] == "present"


# -- path, ego --------------------------------------------------------------------------------
def test_path_shortest_with_facts_per_hop(kg):
    ans = path(kg, "Ada Park", "Ben Okafor")
    assert ans.length == 2
    assert [[n.name for n in p.nodes] for p in ans.paths] == [["Ada Park", "Python", "Ben Okafor"]]
    hop = ans.paths[0].hops[1]
    assert [(f.subject.name, f.predicate.value, f.object.name) for f in hop.facts] == [
        ("Ben Okafor", "used-skill", "Python")]
    assert hop.facts[0].provenance[0].doc == "ben-bio"
    work = path(kg, "Ada Park", "Ben Okafor", via=["worked-at", "part-of"])
    assert [n.name for n in work.paths[0].nodes] == ["Ada Park", "Initech", "Initech Research",
                                                     "Ben Okafor"]


def test_path_several_and_none(kg):
    ans = path(kg, "Ada Park", "Dana Ruiz", max_paths=5)
    assert ans.length == 2
    assert sorted(p.nodes[1].name for p in ans.paths) == ["Initech", "Python"]
    assert len(path(kg, "Ada Park", "Dana Ruiz", max_paths=1).paths) == 1
    none = path(kg, "Ada Park", "Zed Quist")
    assert none.paths == [] and none.length is None and none.records() == []
    assert path(kg, "Ada Park", "ada@example.org").length == 0


def test_ego_by_distance_with_limit(kg):
    one = ego(kg, "Ada Park", hops=1)
    assert [(n.entity.name, n.distance) for n in one.nodes] == [
        ("Ada Park", 0), ("AWS", 1), ("Initech", 1), ("Python", 1), ("Tech Institute", 1)]
    assert len(one.facts) == 4 and not one.truncated
    two = ego(kg, "Ada Park", hops=2)
    assert {n.entity.name for n in two.nodes if n.distance == 2} == {
        "Ben Okafor", "Chen Wei", "Dana Ruiz", "Initech Research"}
    # Dana is linked to two of Ada's neighbours (Initech, Python): she comes first at distance 2
    assert [n.entity.name for n in two.nodes if n.distance == 2][0] == "Dana Ruiz"
    cut = ego(kg, "Ada Park", hops=2, max_nodes=6)
    assert len(cut.nodes) == 6 and cut.truncated


# -- skills with, top, search -----------------------------------------------------------------
def test_skills_with_ranked(kg):
    ans = skills_with(kg, "Python")
    assert ans.holders == 3
    assert [(c.skill.name, c.count, round(c.share, 3), round(c.jaccard, 3)) for c in ans.skills] == [
        ("AWS", 1, 0.333, 0.333), ("AWS Lambda", 1, 0.333, 0.333), ("SQL", 1, 0.333, 0.333)]
    assert skills_with(kg, "COBOL").skills == []


def test_top_degree(kg):
    ans = top(kg, "people", k=3)
    assert [(r.rank, r.entity.name, r.score) for r in ans.rows] == [
        (1, "Ada Park", 4.0), (2, "Chen Wei", 4.0), (3, "Dana Ruiz", 4.0)]   # ties by name
    deg = {r.entity.name: r.score for r in top(kg, "people", k=100).rows}
    assert deg["Ada Park"] == 4 and deg["Dana Ruiz"] == 4 and deg["Eve Moss"] == 1
    assert [r.entity.name for r in top(kg, "orgs", k=2).rows] == ["Initech", "Globex"]
    assert [r.entity.name for r in top(kg, "skills", k=1).rows] == ["Python"]
    with pytest.raises(QueryError, match="unknown kind"):
        top(kg, "cats")
    with pytest.raises(QueryError, match="unknown measure"):
        top(kg, "people", by="fame")


def test_search_fuzzy_over_names_aliases_identifiers(kg):
    assert search(kg, "okafr").hits[0].entity.name == "Ben Okafor"
    hits = search(kg, "initech")
    assert [h.entity.name for h in hits.hits[:2]] == ["Initech", "Initech Research"]
    assert hits.hits[0].score == 1.0
    assert search(kg, "acme inc").hits[0].entity.name == "Acme"
    assert search(kg, "eve@example.org").hits[0].entity.name == "Eve Moss"
    assert [h.entity.type.value for h in search(kg, "initech", types=["Person"]).hits] == []
    assert search(kg, "zzzz").hits == []


def test_records_and_json_carry_provenance_only_when_asked(kg):
    ans = who_knows(kg, "Python")
    assert "why" not in ans.records()[0]
    assert ans.records(why=True)[0]["why"] == 'ada-cv: "Python"'
    assert "provenance" in ans.model_dump(mode="json")["people"][0]
    assert "provenance" not in ans.without_provenance()["people"][0]


def test_queries_pause_the_collector_and_restore_it(kg):
    import gc

    from ontology.collector import paused_gc

    seen = []
    probe = paused_gc()(lambda: seen.append(gc.isenabled()))
    assert gc.isenabled()
    probe()
    who_knows(kg, "Python")
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        probe()
        assert not gc.isenabled()          # a caller's own setting is left alone
    finally:
        gc.enable()
