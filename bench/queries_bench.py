"""Query bench: every graph query on a generated graph of 100k people, timed after loading.

    python -m bench.queries_bench                   # 100k people
    python -m bench.queries_bench --people 20000 --seed 3 --roundtrip

The graph is built directly from synthetic Facts (no documents, no extraction, no merging):
people with an email, 1-4 dated roles at organizations from `organizations.csv` drawn with a
Zipf-like skew (their vocabulary parents become part-of facts), a school, and 5-12 skills from
`skills.csv` drawn mostly from one of a few stacks. Printed: time to make the facts, to build the
KnowledgeGraph, to build the query indexes (display names, names, tokens, person->skills,
adjacency arrays: built once per graph on first use), then each query's time on that loaded,
indexed graph (the target: under 1 s each; wall and CPU time, since the machine is shared) and
the answer size. `--roundtrip` also times graph.json dumps/loads.
Nothing here is asserted in tests; numbers are printed only.
"""

from __future__ import annotations

import argparse
import functools
import gc
import random
import resource
import time
from collections.abc import Callable
from typing import Any

from ontology import Entity, EntityType, Fact, Mention, Predicate, Provenance, entity_id

TODAY = (2024, 6)
TARGET_S = 1.0


def _zipf(items: list, rng: random.Random, s: float = 1.0) -> Callable[[], Any]:
    cum, acc = [], 0.0
    for i in range(len(items)):
        acc += 1.0 / (i + 1) ** s
        cum.append(acc)
    return lambda: rng.choices(items, cum_weights=cum)[0]


def make_graph(people: int, seed: int = 0):
    """(KnowledgeGraph, stats) for `people` synthetic people (see the module doc)."""
    from bench.gen import FIRST_HE, FIRST_SHE, LAST, SYL
    from extract.gazetteers.load import load_organizations, load_skills
    from graph.kg import KnowledgeGraph

    rng = random.Random(seed)
    t0 = time.process_time()
    orgs = [o for o in load_organizations() if o.type == "Organization"]
    schools = [o for o in load_organizations() if o.type == "EducationalOrganization"]
    rng.shuffle(orgs)
    rng.shuffle(schools)
    skills = list(load_skills())
    rng.shuffle(skills)
    stacks = [_zipf(skills[i::10], rng, 0.9) for i in range(10)]
    any_skill = _zipf(skills, rng, 1.0)
    org_draw, school_draw = _zipf(orgs, rng), _zipf(schools, rng, 0.8)
    ents: dict[str, Entity] = {}
    mentions: dict[str, Mention] = {}

    ids: dict[tuple[EntityType, str], str] = {}

    def node(etype: EntityType, name: str, attrs: dict | None = None) -> str:
        ident = ids.get((etype, name))
        if ident is None:
            ident = ids[(etype, name)] = entity_id(etype, name.casefold(), name)
            ents[ident] = Entity.model_construct(id=ident, type=etype, name=name, aliases=[],
                                                 identifiers={}, attrs=attrs or {},
                                                 provenance=[], merged_ids=[])
            mentions[ident] = Mention.model_construct(type=etype, name=name, identifiers={},
                                                      attrs={}, key=None)
        return ident

    facts: list[Fact] = []

    def fact(doc: str, at: int, s: str, pred: Predicate, o: str, **kw) -> None:
        q = ents[o].name or o
        prov = Provenance.model_construct(doc=doc, start=at, end=at + len(q), quote=q,
                                          extractor="bench.v1", confidence=0.9)
        facts.append(Fact.model_construct(subject=mentions[s], predicate=pred, object=mentions[o],
                                          title=kw.get("title"), start=kw.get("start"),
                                          end=kw.get("end"), location=None, attrs={},
                                          provenance=prov, subject_id=s, object_id=o))

    for i in range(people):
        first = rng.choice(FIRST_SHE + FIRST_HE)
        last = rng.choice(LAST) if rng.random() < 0.5 else "".join(
            rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()
        name, doc = f"{first} {last}", f"cv-{i:06d}"
        pid = f"person/p{i:06d}"
        ents[pid] = Entity.model_construct(id=pid, type=EntityType.PERSON, name=name, aliases=[],
                                           identifiers={"email": [f"p{i}@example.org"]},
                                           attrs={}, provenance=[], merged_ids=[])
        mentions[pid] = Mention.model_construct(type=EntityType.PERSON, name=name,
                                                identifiers={}, attrs={}, key=f"p{i}")
        y, m = TODAY
        end: str | None = "present" if rng.random() < 0.75 else f"{y - 1}-{rng.randint(1, 12):02d}"
        at = 0
        for _ in range(rng.randint(1, 4)):
            k = y * 12 + m - 1 - rng.randint(6, 60)
            sy, sm = k // 12, k % 12 + 1
            start = f"{sy}-{sm:02d}" if rng.random() < 0.8 else str(sy)
            o = org_draw()
            fact(doc, at, pid, Predicate.WORKED_AT, node(EntityType.ORGANIZATION, o.canonical),
                 title="Engineer", start=start, end=end)
            at += 100
            y, m = (sy, sm - 1) if sm > 1 else (sy - 1, 12)
            end = f"{y}-{m:02d}"
        sc = school_draw()
        fact(doc, at, pid, Predicate.STUDIED_AT,
             node(EntityType.EDUCATIONAL_ORGANIZATION, sc.canonical), start=str(y - 4), end=str(y))
        stack = rng.choice(stacks)
        picked = {(stack() if rng.random() < 0.7 else any_skill()).canonical: None
                  for _ in range(rng.randint(5, 12))}
        for j, sk in enumerate(sorted(picked)):
            fact(doc, at + 10 + j, pid, Predicate.USED_SKILL,
                 node(EntityType.SKILL, sk, {"category": _category(sk)}))
    by_name = {e.name: e.id for e in ents.values() if e.type == EntityType.ORGANIZATION}
    parents = {o.canonical: o.parent for o in orgs if o.parent}
    for child, parent in sorted(parents.items()):
        if child in by_name and parent in by_name:
            fact("orgs", 0, by_name[child], Predicate.PART_OF, by_name[parent])
    t1 = time.process_time()
    kg = KnowledgeGraph()
    for e in ents.values():
        kg.add_entity(e)
    for f in facts:
        kg.add_fact(f)
    t2 = time.process_time()
    return kg, {"facts_s": t1 - t0, "build_s": t2 - t1}


_CATEGORIES: dict[str, str] = {}


def _category(skill: str) -> str:
    if not _CATEGORIES:
        from extract.gazetteers.load import load_skills

        _CATEGORIES.update({e.canonical: e.category for e in load_skills()})
    return _CATEGORIES.get(skill, "tool")


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, result)."""
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t, time.process_time() - c, out


def _size(ans) -> str:
    for field in ("people", "coworkers", "paths", "nodes", "skills", "rows", "items", "hits"):
        if hasattr(ans, field):
            return f"{len(getattr(ans, field))} {field}"
    return ""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.queries_bench",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--roundtrip", action="store_true", help="also time graph.json dumps/loads")
    a = ap.parse_args(argv)

    from graph import queries as q
    from graph.queries.index import ends, index_of

    kg, stats = make_graph(a.people, a.seed)
    gc.collect()
    gc.freeze()     # a loaded graph is long-lived: keep its millions of objects out of GC passes
    print(f"graph: {kg.number_of_entities()} entities, {kg.number_of_facts()} facts "
          f"({a.people} people)")
    print(f"make facts {stats['facts_s']:.1f} s CPU, build KnowledgeGraph {stats['build_s']:.1f} s CPU")
    if a.roundtrip:
        from graph.store import dumps, loads

        t, _, text = _timed(lambda: dumps(kg))
        t2, _, _ = _timed(lambda: loads(text))
        print(f"graph.json: dumps {t:.1f} s, loads {t2:.1f} s ({len(text) / 1e6:.0f} MB)")
    ix = index_of(kg)
    for part in ("display", "names", "identifier_kinds", "tokens", "person_skills", "skill_counts",
                 "arrays"):
        t, c, _ = _timed(functools.partial(getattr, ix, part))
        print(f"index {part:<16} {t:6.2f} s wall {c:6.2f} s CPU")
    gc.collect()
    gc.freeze()     # the indexes live as long as the graph

    rng = random.Random(a.seed)
    counts = sorted(ix.skill_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top_skill, mid_skill = counts[0][0], counts[len(counts) // 2][0]
    people = [e.id for e in kg.entities(EntityType.PERSON)]
    p1, p2, p3 = rng.sample(people, 3)
    top_org = max(ix.of_type(frozenset({EntityType.ORGANIZATION})), key=lambda o: len(ix.g.pred[o]))
    at_top = ends(ix.in_facts(top_org, Predicate.WORKED_AT)[0])[0]
    name = ix.ref(p1).name
    mid_name, top_name = ix.ref(mid_skill).name, ix.ref(top_skill).name
    typo = name[:-2] + name[-1] + name[-2]
    cases = [
        (f"who_knows top skill ({top_name})", lambda: q.who_knows(kg, top_skill)),
        ("who_knows median skill", lambda: q.who_knows(kg, mid_name)),
        ("who_knows category, narrower", lambda: q.who_knows(kg, "databases", True)),
        ("who_knows top skill by name, narrower",
         lambda: q.who_knows(kg, top_name, True)),
        (f"coworkers at top org ({ix.ref(top_org).name})",
         lambda: q.coworkers(kg, at_top, today=TODAY)),
        ("coworkers random person", lambda: q.coworkers(kg, p2, today=TODAY)),
        ("path two people", lambda: q.path(kg, p1, p2)),
        ("path two people via worked-at", lambda: q.path(kg, p1, p3, via=["worked-at"])),
        ("ego person hops=2", lambda: q.ego(kg, p1, hops=2)),
        ("skills_with top skill", lambda: q.skills_with(kg, top_skill)),
        ("skills_with median skill", lambda: q.skills_with(kg, mid_skill)),
        ("top people by degree", lambda: q.top(kg, "people")),
        ("top orgs by pagerank (first)", lambda: q.top(kg, "orgs", by="pagerank")),
        ("top skills by pagerank (cached)", lambda: q.top(kg, "skills", by="pagerank")),
        ("top people by betweenness (estimated)", lambda: q.top(kg, "people", by="betweenness")),
        ("timeline", lambda: q.timeline(kg, p3)),
        (f"search {typo!r}", lambda: q.search(kg, typo)),
        ("resolve by email", lambda: q.resolve(kg, "p7@example.org")),
    ]
    worst = worst_cpu = 0.0
    print(f"{'query':<48} {'wall ms':>8} {'CPU ms':>8} {'again ms':>9}")
    for label, fn in cases:
        t, c, ans = _timed(fn)
        again, _, _ = _timed(fn)
        worst, worst_cpu = max(worst, t), max(worst_cpu, c)
        flag = "ok" if t < TARGET_S else "SLOW"
        print(f"{label:<48} {t * 1000:8.1f} {c * 1000:8.1f} {again * 1000:9.1f}  {flag:4}  "
              f"{_size(ans)}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"slowest query {worst * 1000:.0f} ms wall, {worst_cpu * 1000:.0f} ms CPU "
          f"(target < {TARGET_S * 1000:.0f} ms); peak RSS {rss:.0f} MiB")
    gc.unfreeze()


if __name__ == "__main__":
    main()
