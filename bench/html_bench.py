"""HTML explorer benchmark: a generated ~5,000-entity graph opens and settles in headless Chromium.

    python bench/html_bench.py                    # 5,000 entities (target: settled within 10 s)
    python bench/html_bench.py --entities 2000 --repeat 3

It generates synthetic facts (people working at organizations in places, studying, using skills
with a skewed popularity, authoring publications), builds the KnowledgeGraph, exports graph.html
with `max_nodes` raised so the whole graph is drawn, and opens it in Debian's headless Chromium
in real time (no virtual time), driven over the DevTools pipe (`exports.html_browser.measure_settle`,
with the flags of a foreground tab). The page writes, into `#pg-status`, the time from navigation
start to vis-network's `stabilizationIterationsDone` (after which physics is off): that is the
"opens and settles" time. Also printed: graph and export time, file size, the wall time from
navigate to seeing the flag, the CPU seconds Chromium used meanwhile (all its processes, from
/proc: stable under load) and the load average (the machine is shared: wall times move with it).
Prints numbers only; nothing is asserted (speed targets live in bench/, never in timed tests).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exports import ExportOptions, run_exporter  # noqa: E402
from exports.html_browser import find_chromium  # noqa: E402
from exports.html_devtools import measure_settle  # noqa: E402
from graph import build_graph  # noqa: E402
from ontology import Fact, Mention, Provenance  # noqa: E402

TARGET_S = 10.0
#: share of entities per type (people, organizations, schools, places, skills, publications)
MIX = {"Person": 0.22, "Organization": 0.12, "EducationalOrganization": 0.04, "Place": 0.04,
       "Skill": 0.38, "Publication": 0.20}


def _prov(doc: str, quote: str, n: int) -> Provenance:
    return Provenance(doc=doc, start=n, end=n + len(quote), quote=quote, extractor="bench.v1")


def synthetic_facts(entities: int, seed: int = 5) -> list[Fact]:
    """Facts over about `entities` entities (every generated entity is used at least once)."""
    rnd = random.Random(seed)
    count = {t: max(1, round(entities * share)) for t, share in MIX.items()}
    names = {t: [f"{t} {i}" for i in range(n)] for t, n in count.items()}

    def pick(t: str, skew: float = 1.2) -> str:
        pool = names[t]
        return pool[min(int(rnd.paretovariate(skew)) - 1, len(pool) - 1)] if rnd.random() < 0.5 \
            else rnd.choice(pool)

    facts: list[Fact] = []

    def add(s_t, s, pred, o_t, o, doc, **kw):
        facts.append(Fact(subject=Mention(type=s_t, name=s), predicate=pred,
                          object=Mention(type=o_t, name=o), provenance=_prov(doc, o, len(facts)), **kw))

    for i, org in enumerate(names["Organization"]):
        add("Organization", org, "located-in", "Place", names["Place"][i % count["Place"]], "orgs")
    people = names["Person"]
    for i, person in enumerate(people):
        doc = f"cv{i}"
        for k in range(2):
            add("Person", person, "worked-at", "Organization", pick("Organization"), doc,
                title=f"Engineer {k}", start=f"{2010 + k * 5}", end=f"{2014 + k * 5}")
        add("Person", person, "studied-at", "EducationalOrganization",
            names["EducationalOrganization"][i % count["EducationalOrganization"]], doc)
        for _ in range(3):
            add("Person", person, "used-skill", "Skill", pick("Skill"), doc)
    for j, skill in enumerate(names["Skill"]):              # every skill used at least once
        add("Person", people[j % len(people)], "used-skill", "Skill", skill, f"cv{j % len(people)}")
    for j, pub in enumerate(names["Publication"]):
        k = (j * 7) % len(people)
        add("Person", people[k], "authored", "Publication", pub, f"cv{k}")
    return facts


def cpu_text(cpu: float | None) -> str:
    return "CPU n/a" if cpu is None else f"{cpu:.2f} s CPU"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--timeout-s", type=float, default=60.0, help="give up on a run after this")
    ap.add_argument("--keep", type=Path, help="also copy graph.html here")
    args = ap.parse_args(argv)
    if find_chromium() is None:
        print("chromium is not installed: run `make browser` (apt-get install -y chromium)")
        return 2

    t0 = time.perf_counter()
    kg = build_graph(synthetic_facts(args.entities))
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pg-html-bench-") as tmp:
        out = Path(tmp)
        opts = ExportOptions(max_nodes=max(kg.number_of_entities(), 1))
        page = run_exporter("html", kg, out, opts)[0]
        t2 = time.perf_counter()
        print(f"graph: {kg.number_of_entities()} entities, {kg.number_of_facts()} facts "
              f"(built in {t1 - t0:.1f} s)")
        print(f"export: graph.html {page.stat().st_size / 1e6:.2f} MB in {t2 - t1:.2f} s")
        if args.keep:
            args.keep.write_bytes(page.read_bytes())
        settles, walls, cpus = [], [], []
        for r in range(args.repeat):
            res = measure_settle(page.as_uri(), timeout_s=args.timeout_s)
            st = res["status"]
            if not st.get("ready"):
                print(f"run {r + 1}: the page script did not run within {args.timeout_s:.0f} s")
                continue
            if not res["settled"]:
                print(f"run {r + 1}: drew {st.get('nodes')} nodes / {st.get('edges')} edges but did "
                      f"not settle within {args.timeout_s:.0f} s")
                continue
            settle = int(st["settleMs"]) / 1000
            settles.append(settle)
            walls.append(res["wall_s"])
            print(f"run {r + 1}: drew {st['nodes']} nodes / {st['edges']} edges; page script "
                  f"built the network in {int(st['buildMs']) / 1000:.2f} s; settled (physics off) "
                  f"{settle:.2f} s after navigation start ({res['wall_s']:.2f} s wall from navigate, "
                  f"{cpu_text(res.get('cpu_s'))})")
            if res.get("cpu_s") is not None:
                cpus.append(res["cpu_s"])
        if settles:
            med = statistics.median(settles)
            verdict = "within" if med <= TARGET_S else "OVER"
            print(f"settle time median {med:.2f} s over {len(settles)} run(s) (wall median "
                  f"{statistics.median(walls):.2f} s): {verdict} the {TARGET_S:.0f} s target; "
                  f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        if cpus:
            print(f"chromium CPU median {statistics.median(cpus):.2f} s (all its processes, "
                  f"navigate to settled): what the page costs whatever the machine's load")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
