"""Merge bench: pairwise precision/recall against known clusters, and time per size.

    python -m bench.merge_bench                      # 100k and 1M mentions
    python -m bench.merge_bench --sizes 10000 100000 --seed 3
    python -m bench.merge_bench --sizes 100000 --graph 100000   # also the whole build_graph

Times `graph.merge.cluster_mentions` (block -> compare -> cluster, merge log included) on one
core (process CPU time, and wall time); generating the data is not timed. Pairwise scores are computed over mentions (every
mention pair) and over distinct written names (pre-merge units, each labelled with the true
entity of most of its mentions), from cluster contingency counts (no pair enumeration).
Targets: precision >= 0.97, recall >= 0.90, 1M mentions <= 60 s. Results are printed only.
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
from collections import Counter
from collections.abc import Sequence

from bench.gen_names import generate
from graph.merge import cluster_mentions
from graph.merge_vocab import Vocabulary


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(pred: Sequence[int], true: Sequence[int], weight: Sequence[int] | None = None
             ) -> tuple[float, float]:
    """Pairwise precision and recall of a predicted clustering against the true one."""
    weight = weight or [1] * len(pred)
    cells: Counter = Counter()
    p_size: Counter = Counter()
    t_size: Counter = Counter()
    for p, t, w in zip(pred, true, weight, strict=True):
        cells[(p, t)] += w
        p_size[p] += w
        t_size[t] += w
    tp = sum(_pairs(n) for n in cells.values())
    pp = sum(_pairs(n) for n in p_size.values())
    tt = sum(_pairs(n) for n in t_size.values())
    return (tp / pp if pp else 1.0), (tp / tt if tt else 1.0)


def run(size: int, seed: int) -> None:
    ds = generate(size, seed=seed)
    vocab = Vocabulary.from_rows(orgs=ds.org_rows, skills=ds.skill_rows)
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    cl = cluster_mentions(ds.mentions, ds.links, vocab=vocab)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    pred = [cl.root_of[u] for u in cl.unit_of]
    prec, rec = pairwise(pred, ds.truth)
    unit_truth: dict[int, Counter] = {}
    for u, t in zip(cl.unit_of, ds.truth, strict=True):
        unit_truth.setdefault(u, Counter())[t] += 1
    labels = [min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for _, c in sorted(unit_truth.items())]
    impure = sum(len(c) > 1 for c in unit_truth.values())
    uprec, urec = pairwise([cl.root_of[u] for u in sorted(unit_truth)], labels)
    n = len(ds.mentions)
    print(f"\n== {n:,} mentions, {len(cl.units):,} distinct names (units), "
          f"{len(set(ds.truth)):,} true entities, {len(cl.clusters):,} clusters")
    print(f"time            {cpu:8.2f} s CPU ({1e6 * cpu / n:.1f} us/mention), {secs:.2f} s wall "
          f"(wall > CPU when the machine is shared)")
    print(f"mention pairs   precision {prec:.4f}  recall {rec:.4f}")
    print(f"distinct names  precision {uprec:.4f}  recall {urec:.4f}  (impure units: {impure})")
    fams: dict[str, tuple[list[int], list[int]]] = {}
    for u, p, t in zip(cl.unit_of, pred, ds.truth, strict=True):
        f = fams.setdefault(cl.units[u].family, ([], []))
        f[0].append(p)
        f[1].append(t)
    for fam, (p, t) in sorted(fams.items()):
        fp, fr = pairwise(p, t)
        print(f"  {fam:8s} mentions {len(p):>9,}  precision {fp:.4f}  recall {fr:.4f}")
    rules = Counter()
    for r in cl.log:
        rules[r.rule] += len(r.merged)
    print("merged ids by rule: " + ", ".join(f"{k} {v:,}" for k, v in sorted(rules.items())))
    print(f"refused unions: {len(cl.refused):,}   peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


def as_facts(ds) -> list:
    """One Fact per non-person mention: its document's subject -> it (worked-at for employers,
    studied-at for schools, used-skill for skills)."""
    from ontology import EntityType, Fact, Mention, Predicate, Provenance

    kind = {o: k for _, k, o in ds.links}
    pred = {"employer": Predicate.WORKED_AT, "school": Predicate.STUDIED_AT}
    out, subject = [], None
    for i, m in enumerate(ds.mentions):
        if m.type == EntityType.PERSON:
            subject = Mention(type=m.type, name=m.name, identifiers=dict(m.identifiers), key=m.key)
            continue
        out.append(Fact(subject=subject, predicate=pred.get(kind.get(i), Predicate.USED_SKILL),
                        object=Mention(type=m.type, name=m.name),
                        provenance=Provenance(doc=m.doc, start=i, end=i + len(m.name),
                                              quote=m.name, extractor="bench.v1")))
    return out


def run_graph(size: int, seed: int) -> None:
    """Time the whole `graph.build_graph` (pydantic entities and facts, networkx graph)."""
    from graph import build_graph

    ds = generate(size, seed=seed)
    facts = as_facts(ds)
    vocab = Vocabulary.from_rows(orgs=ds.org_rows, skills=ds.skill_rows)
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    kg = build_graph(facts, vocab=vocab)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"\n== build_graph on {len(facts):,} facts ({2 * len(facts):,} mentions): {cpu:.2f} s CPU, "
          f"{secs:.2f} s wall; {kg.number_of_entities():,} entities, {len(kg.merge_log):,} log records")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--graph", type=int, default=0, metavar="N",
                    help="also time the whole build_graph on about N mentions' facts")
    args = ap.parse_args(argv)
    for size in args.sizes:
        run(size, args.seed)
    if args.graph:
        run_graph(args.graph, args.seed)


if __name__ == "__main__":
    main()
