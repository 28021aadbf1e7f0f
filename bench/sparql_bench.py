"""SPARQL benchmark: load time and query times on a generated ~1M-triple PeopleGraph.

    python bench/sparql_bench.py                 # ~1M triples (target: 2-hop query <= 3 s)
    python bench/sparql_bench.py --triples 100000 --repeat 5

It generates synthetic facts (people with jobs at organizations that have units, studies,
skills, co-authored publications, patents), builds the KnowledgeGraph, maps it to RDF
(graph.rdf.kg_quads), writes N-Quads, bulk-loads them into an in-memory Oxigraph store
(graph.sparql.open_store) and times a 2-hop query plus every ready query. Prints numbers only;
nothing here is asserted (speed targets live in bench/, never in timed tests).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exports.rdf import nquads  # noqa: E402
from graph import build_graph  # noqa: E402
from graph.rdf import kg_quads  # noqa: E402
from graph.sparql import ReadyQuery, open_store, run_query  # noqa: E402
from ontology import Fact, Mention, Provenance  # noqa: E402

#: about this many triples per generated person (measured; used to size the graph)
TRIPLES_PER_PERSON = 172

TWO_HOP = """
SELECT (COUNT(DISTINCT ?colleague) AS ?n) WHERE {
  ?skill rdfs:label "Skill 7" .
  ?person pg:usedSkill ?skill ;
          pg:workedAt ?org .
  ?colleague pg:workedAt ?org .
}"""
TWO_HOP_SCAN = """
SELECT (COUNT(*) AS ?pairs) WHERE {
  ?a pg:usedSkill ?skill .
  ?b pg:usedSkill ?skill .
}"""
TWO_HOP_FILTER_ORDER = """
SELECT ?name ?orgName WHERE {
  ?person rdfs:label ?name ; pg:workedAt ?org .
  ?org rdfs:label ?orgName ; pg:partOf ?parent .
  FILTER(STRSTARTS(?name, "Person 12"))
} ORDER BY ?name ?orgName LIMIT 20"""
READY_PARAMS = {"who-has-skill": {"skill": "Skill 7"}, "people-at-org": {"org": "Org 3"},
                "coworkers": {"org": "Org 3 Unit 1"}, "publications-coauthors": {"person": "Person 12"},
                "patents-by-employer": {"org": "Org 5"}}


def _month(rng: random.Random, lo: int = 2000, hi: int = 2023) -> tuple[int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12)


def synthetic_facts(n_people: int, seed: int = 7) -> list[Fact]:
    """Deterministic synthetic facts: ~9 facts a person, names like 'Person 12', 'Org 3 Unit 1'."""
    rng = random.Random(seed)
    n_orgs, n_skills = max(5, n_people // 20), max(10, n_people // 10)
    facts: list[Fact] = []

    def prov(doc: str, text: str) -> Provenance:
        return Provenance(doc=doc, start=0, end=len(text), quote=text, extractor="bench.v1",
                          confidence=0.9)

    def org(i: int, unit: int | None = None) -> Mention:
        name = f"Org {i}" if unit is None else f"Org {i} Unit {unit}"
        return Mention(type="Organization", name=name)

    for i in range(n_orgs):
        for u in range(3):
            facts.append(Fact(subject=org(i, u), predicate="part-of", object=org(i),
                              provenance=prov("orgs", f"Org {i} Unit {u}")))
    for p in range(n_people):
        doc = f"cv-{p}"
        me = Mention(type="Person", name=f"Person {p}", identifiers={"email": f"p{p}@example.org"})
        y = rng.randint(2000, 2018)
        for _ in range(2):
            o = org(rng.randrange(n_orgs), rng.choice([None, 0, 1, 2]))
            y0, m0 = y, rng.randint(1, 12)
            y = min(2024, y0 + rng.randint(1, 4))
            end = "present" if y >= 2024 else f"{y}-{rng.randint(1, 12):02d}"
            facts.append(Fact(subject=me, predicate="worked-at", object=o, title="Engineer",
                              start=f"{y0}-{m0:02d}", end=end, provenance=prov(doc, o.name or "")))
        facts.append(Fact(subject=me, predicate="studied-at", provenance=prov(doc, "Uni"),
                          object=Mention(type="EducationalOrganization", name=f"Uni {p % 50}"),
                          start=str(y - 8), end=str(y - 4)))
        for s in rng.sample(range(n_skills), 5):
            facts.append(Fact(subject=me, predicate="used-skill", provenance=prov(doc, f"Skill {s}"),
                              object=Mention(type="Skill", name=f"Skill {s}")))
        if rng.random() < 0.3:
            title = f"Paper {rng.randrange(max(1, n_people // 4))}"
            facts.append(Fact(subject=me, predicate="authored", provenance=prov(doc, title),
                              object=Mention(type="Publication", name=title)))
        if rng.random() < 0.1:
            year, _m = _month(rng, 2005, 2024)
            facts.append(Fact(subject=me, predicate="holds-patent", start=str(year),
                              provenance=prov(doc, f"Patent {p}"),
                              object=Mention(type="Patent", name=f"Patent {p}")))
    return facts


def _timed(fn, repeat: int) -> tuple[float, float, float, object]:
    """(min wall, median wall, min CPU seconds of this process, last result)."""
    times, cpu, out = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return min(times), statistics.median(times), min(cpu), out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="approximate graph size")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query (min and median shown)")
    args = ap.parse_args(argv)

    n_people = max(10, args.triples // TRIPLES_PER_PERSON)
    t0 = time.perf_counter()
    facts = synthetic_facts(n_people)
    t1 = time.perf_counter()
    kg = build_graph(facts)
    t2 = time.perf_counter()
    quads = kg_quads(kg)
    t3 = time.perf_counter()
    print(f"people {n_people:,}  facts {len(facts):,}  entities {kg.number_of_entities():,}  "
          f"quads {len(quads):,}")
    print(f"generate facts      {t1 - t0:7.2f} s")
    print(f"build_graph         {t2 - t1:7.2f} s")
    print(f"kg -> RDF quads     {t3 - t2:7.2f} s")
    del quads
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.nq"
        t4 = time.perf_counter()
        path.write_bytes(nquads(kg))
        t5 = time.perf_counter()
        print(f"write graph.nq      {t5 - t4:7.2f} s  ({path.stat().st_size / 1e6:.0f} MB, sorted)")
        del kg, facts
        t6, c6 = time.perf_counter(), time.process_time()
        store = open_store(path)
        t7, c7 = time.perf_counter(), time.process_time()
    print(f"load into Oxigraph  {t7 - t6:7.2f} s  (cpu {c7 - c6:.2f} s; {len(store):,} quads)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS            {rss:7.0f} MiB")
    print(f"\nqueries: wall min / median of {args.repeat}, CPU min (wall grows on a busy machine)")
    jobs = [("2-hop (skill -> people -> orgs -> colleagues)", TWO_HOP, None, None),
            ("2-hop scan (all pairs sharing a skill)", TWO_HOP_SCAN, None, None),
            ("2-hop + filter + order", TWO_HOP_FILTER_ORDER, None, None)]
    for path in sorted((ROOT / "peoplegraph" / "queries").glob("*.rq")):
        q = ReadyQuery.load(path)
        jobs.append((f"ready: {q.name}", q.text, READY_PARAMS.get(q.name, {}), q.params))
    for label, text, params, declared in jobs:
        best, median, cpu, res = _timed(
            lambda t=text, p=params, d=declared: run_query(store, t, p, d), args.repeat)
        print(f"  {label:44s} {best:7.3f} s / {median:7.3f} s  cpu {cpu:7.3f} s  {len(res.rows):5d} rows")


if __name__ == "__main__":
    main()
