"""Build benchmark: `peoplegraph build --jobs N` over generated documents, timed end to end.

    python bench/run.py                                  # 1k and 10k documents, --jobs 2
    python bench/run.py --sizes 1000,10000,50000 --jobs 2 --rerun
    python bench/run.py --sizes 200 --outputs facts-jsonl,graph-json

For each size: a corpus from `bench.gen.generate(n, dir, seed)` (made once, kept under
--workdir), then the real command line in a subprocess (`python -m peoplegraph build DIR -o OUT
--jobs N`) into a fresh OUT, while a sampler thread sums the resident memory of the command and
all its worker processes every 0.2 s. Printed per size: documents and words per second, the
stages from OUT/timings.json, CPU seconds of the whole process tree, peak RSS (tree and main
process), and the ratio of the build time to a bare spaCy tokenizer pass
(`extract.nlp.blank_nlp()` over the same texts, one process): the floor for any spaCy-based
extractor. `--rerun` builds again into the same OUT (every document reused from OUT/cache).

The load average is printed before and after each run: on a shared machine, compare CPU seconds
and ratios rather than wall-clock times. Nothing here is a test; numbers are printed only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/run.py` from anywhere
    sys.path.insert(0, str(ROOT))


@dataclass
class Run:
    """One timed build: wall seconds, CPU seconds of the tree, peaks, stages, exit code."""

    wall: float
    cpu: float
    peak_tree_mb: float
    peak_main_mb: float
    stages: dict
    code: int
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]


class TreeSampler(threading.Thread):
    """Peak summed RSS of a process and its descendants, and their CPU seconds."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        import psutil

        self.root = psutil.Process(pid)
        self.every = every
        self.peak_tree = self.peak_main = 0
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            total = 0
            for p in procs:
                try:
                    rss = p.memory_info().rss
                    t = p.cpu_times()
                    self.cpu[p.pid] = t.user + t.system
                except psutil.NoSuchProcess:
                    continue
                total += rss
                if p.pid == self.root.pid:
                    self.peak_main = max(self.peak_main, rss)
            self.peak_tree = max(self.peak_tree, total)
            time.sleep(self.every)


def corpus(n: int, seed: int, workdir: Path, layouts: list[str] | None = None) -> Path:
    """The generated corpus of n documents (made once and kept)."""
    folder = workdir / (f"docs-{n}-s{seed}" + ("-" + "+".join(sorted(layouts)) if layouts else ""))
    done = folder / ".complete"
    if not done.exists():
        from bench.gen import generate

        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        generate(n, folder, seed, layouts)
        done.write_text("ok\n")
        print(f"  generated {n} documents in {time.perf_counter() - t:.1f} s -> {folder}")
    return folder


def texts(folder: Path):
    """The documents' texts, one at a time (never all in memory)."""
    for p in sorted(folder.iterdir()):
        if p.is_file() and not p.name.startswith("."):
            yield p.read_text(encoding="utf-8")


def tokenizer_floor(folder: Path, stock: bool = True) -> tuple[float, float, int]:
    """(wall s, CPU s, words) of a bare spaCy English tokenizer over every text, one process:
    spaCy's own (`stock`), or the build's (`extract.nlp.blank_nlp()`: no special cases, a large
    chunk cache, after the skills vocabulary was tokenized, as in a worker)."""
    if stock:
        import spacy

        nlp = spacy.blank("en")
    else:
        from extract.nlp import blank_nlp
        from extract.skillmatch import default_matcher

        nlp = blank_nlp()
        default_matcher()
    nlp("warm up")
    words = 0
    w0, c0 = time.perf_counter(), time.process_time()
    for doc in nlp.pipe(texts(folder), batch_size=256):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
    return time.perf_counter() - w0, time.process_time() - c0, words


def build(folder: Path, out: Path, jobs: int, outputs: str | None, fresh: bool) -> Run:
    """Run the command line once under the sampler."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "peoplegraph", "build", str(folder), "-o", str(out),
           "--jobs", str(jobs)] + (["--outputs", outputs] if outputs else [])
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stop.set()
    sampler.join()
    if proc.returncode not in (0, 1):  # 1: some documents failed, still a build
        print(err[-2000:], file=sys.stderr)
    timings = out / "timings.json"
    data = json.loads(timings.read_text()) if timings.exists() else {}
    stages = {"wall": data.get("stages", {}), "cpu": data.get("cpu", {}),
              "peak_rss_mb": data.get("peak_rss_mb", {})}
    return Run(wall, sum(sampler.cpu.values()), sampler.peak_tree / 2**20,
               sampler.peak_main / 2**20, stages, proc.returncode, load_before, os.getloadavg())


def report(n: int, words: int, r: Run, floor_wall: float, label: str) -> dict:
    """Print one run and return its numbers."""
    st = r.stages
    row = {"documents": n, "words": words, "run": label, "wall_s": round(r.wall, 1),
           "docs_per_s": round(n / r.wall, 1), "words_per_s": round(words / r.wall),
           "cpu_s": round(r.cpu, 1), "peak_rss_tree_mb": round(r.peak_tree_mb),
           "peak_rss_main_mb": round(r.peak_main_mb), "stages": st,
           "ratio_to_tokenizer": round(r.wall / floor_wall, 1) if floor_wall else None,
           "exit": r.code, "load_before": r.load_before, "load_after": r.load_after}
    print(f"  {label}: {r.wall:7.1f} s wall, {n / r.wall:6.1f} docs/s, {words / r.wall:8,.0f} "
          f"words/s, CPU {r.cpu:7.1f} s (tree), peak RSS {r.peak_tree_mb:6.0f} MB (tree) / "
          f"{r.peak_main_mb:6.0f} MB (main), exit {r.code}")
    for kind in ("wall", "cpu"):
        if st.get(kind):
            print(f"    stages ({kind}): " + ", ".join(f"{k} {st[kind][k + '_s']:.1f} s" for k in
                                               ("extract", "graph", "export", "total")))
    if st.get("peak_rss_mb"):
        print("    main process peak RSS at the end of: " + ", ".join(
            f"{k} {v:,} MB" for k, v in st["peak_rss_mb"].items()))
    if floor_wall:
        print(f"    ratio to the tokenizer floor: {r.wall / floor_wall:.1f}x "
              f"({1000 * r.wall / n:.1f} ms/doc vs {1000 * floor_wall / n:.2f} ms/doc)")
    print(f"    load average before {r.load_before[0]:.2f}, after {r.load_after[0]:.2f} "
          f"({os.cpu_count()} CPUs)")
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated document counts")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--outputs", default=None, help="passed to --outputs (default: the build's)")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/peoplegraph-bench"))
    ap.add_argument("--rerun", action="store_true", help="build again, every document cached")
    ap.add_argument("--json", type=Path, help="also write the numbers to this file")
    ap.add_argument("--layouts", help="generate only these layouts (comma-separated, e.g. "
                    "markdown,pdf_export,dates_after,academic_cv for resumes and CVs only)")
    a = ap.parse_args(argv)
    layouts = a.layouts.split(",") if a.layouts else None

    rows = []
    for n in (int(s) for s in a.sizes.split(",") if s.strip()):
        print(f"== {n} documents, --jobs {a.jobs}")
        folder = corpus(n, a.seed, a.workdir, layouts)
        out = a.workdir / ("out-" + folder.name[len("docs-"):])
        run = build(folder, out, a.jobs, a.outputs, fresh=True)
        fw, fc, words = tokenizer_floor(folder)
        ow, oc, _ = tokenizer_floor(folder, stock=False)
        print(f"  corpus: {words:,} words; spaCy tokenizer floor {fw:.1f} s wall, {fc:.1f} s CPU "
              f"({words / fw:,.0f} words/s, one process); the build's tuned tokenizer {ow:.1f} s "
              f"({words / ow:,.0f} words/s)")
        rows.append(report(n, words, run, fw, "build"))
        if a.rerun:
            rows.append(report(n, words, build(folder, out, a.jobs, a.outputs, fresh=False), fw,
                               "rebuild (all cached)"))
    if len(rows) > 1:
        print("== growth (fresh builds): seconds per 1,000 documents")
        for r in rows:
            if r["run"] == "build":
                print(f"  {r['documents']:>7,}: {1000 * r['wall_s'] / r['documents']:6.1f} s wall, "
                      f"{1000 * r['cpu_s'] / r['documents']:6.1f} s CPU")
    if a.json:
        a.json.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
