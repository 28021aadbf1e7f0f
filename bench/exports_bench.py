"""Export bench: CPU seconds of each exporter (and of saving/loading graph.json) on one graph.

    python -m bench.exports_bench                            # generated graph, 20k people
    python -m bench.exports_bench --people 5000 --repeat 3
    python -m bench.exports_bench --graph OUT                # a built OUT/graph.json instead
    python -m bench.exports_bench --only turtle,graph-json

The generated graph is `bench.queries_bench.make_graph` (synthetic facts, no extraction); a
built graph (e.g. of `bench.gen` documents) is closer to a real build: it has quotes, titles and
merged entities. Printed: per exporter the best CPU time over the repeats (the machine is shared,
so CPU time rather than wall time), the file size, and `graph.store.load` of the saved file.
Nothing is asserted (speed targets live in bench/, never in timed tests).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: the default build outputs first, then the other formats
EXPORTERS = ("graph-json", "facts-jsonl", "turtle", "html", "ntriples", "trig", "nquads",
             "jsonld", "cypher", "neo4j-csv", "graphml")


def _cpu(fn, *args) -> tuple[float, object]:
    t = time.process_time()
    result = fn(*args)
    return time.process_time() - t, result


def _graph(args):
    if args.graph:
        from graph.store import load

        secs, kg = _cpu(load, args.graph)
        print(f"loaded {args.graph} in {secs:.2f} s CPU")
        return kg
    from bench.queries_bench import make_graph

    secs, (kg, _stats) = _cpu(make_graph, args.people, args.seed)
    print(f"generated {args.people} people in {secs:.2f} s CPU")
    return kg


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--graph", type=Path, help="an OUT folder or graph.json to load instead")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--only", help="comma-separated exporter names")
    args = ap.parse_args(argv)

    from exports import ExportOptions, exporter_names, run_exporter
    from graph.store import load

    kg = _graph(args)
    print(f"graph: {kg.number_of_entities()} entities, {kg.number_of_facts()} facts")
    names = args.only.split(",") if args.only else [n for n in EXPORTERS if n in exporter_names()]
    total = 0.0
    with tempfile.TemporaryDirectory(prefix="pg-exports-bench-") as tmp:
        for name in names:
            best, paths = None, []
            for _ in range(max(args.repeat, 1)):
                out = Path(tmp) / name
                out.mkdir(exist_ok=True)
                try:
                    secs, paths = _cpu(run_exporter, name, kg, out, ExportOptions())
                except Exception as exc:  # an exporter missing an optional dependency
                    print(f"{name:12s} failed: {exc}")
                    break
                best = secs if best is None else min(best, secs)
            if best is None:
                continue
            total += best
            size = sum(p.stat().st_size for p in paths if p.is_file()) / 1e6
            print(f"{name:12s} {best:7.2f} s CPU  {size:8.1f} MB")
            if name == "graph-json":
                saved = next(p for p in paths if p.name == "graph.json")
                secs = min(_cpu(load, saved)[0] for _ in range(max(args.repeat, 1)))
                print(f"{'(load)':12s} {secs:7.2f} s CPU")
    print(f"{'total':12s} {total:7.2f} s CPU (exporters only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
