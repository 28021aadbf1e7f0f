"""Who or what is central: `top(kg, kind, by, k)`.

Scores are computed on the undirected simple graph of all entities (a fact in either direction
links its two ends once), then the entities of `kind` are ranked:

- `degree`: how many distinct entities an entity is linked to;
- `pagerank`: PageRank (damping 0.85, the networkx defaults) by power iteration in numpy;
- `betweenness`: normalized shortest-path betweenness (Brandes, as networkx's
  `betweenness_centrality(normalized=True)`), exact on graphs up to `EXACT_LIMIT` nodes and
  estimated from `samples` deterministic source nodes above (the answer says `approximate` and
  how many samples).

>>> from graph import build_graph
>>> from ontology import Fact, Mention, Provenance
>>> def used(person, skill):
...     return Fact(subject=Mention(type="Person", name=person), predicate="used-skill",
...                 object=Mention(type="Skill", name=skill), provenance=Provenance(
...                 doc=person, start=0, end=len(skill), quote=skill, extractor="t.v1"))
>>> kg = build_graph([used("Ada", "SQL"), used("Ben", "SQL"), used("Ben", "Go")])
>>> [(r.entity.name, r.score) for r in top(kg, "people", k=2).rows]
[('Ben', 2.0), ('Ada', 1.0)]
>>> [r.entity.name for r in top(kg, "skills", by="betweenness").rows]
['SQL', 'Go']
"""

from __future__ import annotations

import heapq
import random

from graph.kg import KnowledgeGraph
from graph.queries.index import GraphIndex, index_of
from graph.queries.models import Ranked, Top, build
from ontology import EntityType, QueryError
from ontology.collector import paused_gc

__all__ = ["top", "KINDS", "MEASURES", "EXACT_LIMIT", "pagerank_scores", "betweenness_scores",
           "default_samples"]

KINDS = {"people": frozenset({EntityType.PERSON}),
         "orgs": frozenset({EntityType.ORGANIZATION, EntityType.EDUCATIONAL_ORGANIZATION}),
         "skills": frozenset({EntityType.SKILL})}
MEASURES = ("degree", "pagerank", "betweenness")
EXACT_LIMIT = 2000


@paused_gc()
def top(kg: KnowledgeGraph, kind: str = "people", by: str = "degree", k: int = 10,
        samples: int | None = None) -> Top:
    """The `k` entities of `kind` ('people', 'orgs', 'skills') with the highest `by` score;
    ties by name, then id. `samples`: source nodes for estimated betweenness (default: as many
    as keep it near a second, `default_samples`)."""
    if kind not in KINDS:
        raise QueryError(f"unknown kind {kind!r}", hint=f"choose one of: {', '.join(KINDS)}")
    if by not in MEASURES:
        raise QueryError(f"unknown measure {by!r}", hint=f"choose one of: {', '.join(MEASURES)}")
    ix = index_of(kg)
    ids = ix.of_type(KINDS[kind])
    approximate = False
    if by == "degree":
        scores = {n: float(_degree(ix, n)) for n in ids}
    else:
        nodes = ix.arrays[0]
        if by == "pagerank":
            vec = pagerank_scores(ix)
        else:
            samples = samples or default_samples(ix)
            vec = betweenness_scores(ix, samples)
            approximate = len(nodes) > EXACT_LIMIT
        pos = _positions(ix)
        scores = {n: float(vec[pos[n]]) for n in ids}
    ranked = _best(ix, ids, scores, k)
    return build(Top, kind=kind, by=by, approximate=approximate,
                 samples=samples if approximate else None,
                               rows=[build(Ranked, rank=i, entity=ix.ref(n),
                                                            score=round(scores[n], 10))
                                     for i, n in enumerate(ranked, 1)])


def default_samples(ix: GraphIndex, budget: int = 4_000_000) -> int:
    """Sources for estimated betweenness: about `budget` link visits in all, 3 to 64.

    One source costs a breadth-first pass over every link (about 0.1 s per million links)."""
    return max(3, min(64, budget // max(1, len(ix.arrays[2]))))


def _degree(ix: GraphIndex, n: str) -> int:
    out, inc = ix.g._succ[n], ix.g._pred[n]
    if not inc or not out:
        return len(out) + len(inc) - (n in out) - (n in inc)
    return len((out.keys() | inc.keys()) - {n})


def _best(ix: GraphIndex, ids: list[str], scores: dict[str, float], k: int) -> list[str]:
    """The k best ids by score, ties by name then id (names folded only near the cut)."""
    if k <= 0 or not ids:
        return []
    cut = heapq.nlargest(k, scores.values())[-1] if len(ids) > k else min(scores.values())
    near = [n for n in ids if scores[n] >= cut]
    return sorted(near, key=lambda n: (-scores[n], ix.sort_key(n)))[:k]


def _positions(ix: GraphIndex) -> dict[str, int]:
    cache = ix.cache
    if "pos" not in cache:
        cache["pos"] = {n: i for i, n in enumerate(ix.arrays[0])}
    return cache["pos"]


def pagerank_scores(ix: GraphIndex, alpha: float = 0.85, tol: float = 1.0e-6,
                    max_iter: int = 100):
    """PageRank of every node (numpy array in `ix.arrays` node order), cached per index."""
    import numpy as np

    cache = ix.cache
    if "pagerank" in cache:
        return cache["pagerank"]
    nodes, indptr, indices = ix.arrays
    n = len(nodes)
    if n == 0:
        return np.zeros(0)
    deg = np.diff(indptr).astype(float)
    src = np.repeat(np.arange(n), np.diff(indptr))
    dangling = deg == 0
    inv = np.divide(1.0, deg, out=np.zeros(n), where=~dangling)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = alpha * np.bincount(indices, weights=(last * inv)[src], minlength=n)
        x += (alpha * last[dangling].sum() + (1.0 - alpha)) / n
        if np.abs(x - last).sum() < n * tol:
            break
    cache["pagerank"] = x
    return x


def betweenness_scores(ix: GraphIndex, samples: int = 16):
    """Normalized betweenness of every node (numpy array in `ix.arrays` order): exact up to
    EXACT_LIMIT nodes, else estimated from `samples` source nodes (seeded: deterministic)."""
    import numpy as np

    cache = ix.cache
    key = ("betweenness", samples)
    if key in cache:
        return cache[key]
    nodes, indptr, indices = ix.arrays
    n = len(nodes)
    bc = np.zeros(n)
    sources = list(range(n))
    if n > EXACT_LIMIT:
        sources = sorted(random.Random(0).sample(sources, min(samples, n)))
    deg = np.diff(indptr)
    for s in sources:
        bc += _dependencies(s, n, indptr, indices, deg)
    if n > 2:
        bc *= 1.0 / ((n - 1) * (n - 2)) * (n / len(sources))
    cache[key] = bc
    return bc


def _dependencies(s: int, n: int, indptr, indices, deg):
    """Brandes' dependency of source `s` on every node, level by level in numpy."""
    import numpy as np

    dist = np.full(n, -1, dtype=np.int64)
    sigma = np.zeros(n)
    dist[s], sigma[s] = 0, 1.0
    frontier = np.array([s], dtype=np.int64)
    levels = []
    d = 0
    while frontier.size:
        counts = deg[frontier]
        total = int(counts.sum())
        if total == 0:
            break
        offsets = np.repeat(indptr[frontier] - np.concatenate(([0], np.cumsum(counts)[:-1])),
                            counts)
        nbr = indices[offsets + np.arange(total)]
        par = np.repeat(frontier, counts)
        dist[nbr[dist[nbr] == -1]] = d + 1
        down = dist[nbr] == d + 1
        par, nbr = par[down], nbr[down]
        sigma += np.bincount(nbr, weights=sigma[par], minlength=n)
        levels.append((par, nbr))
        d += 1
        frontier = np.flatnonzero(dist == d)
    delta = np.zeros(n)
    for par, child in reversed(levels):
        delta += np.bincount(par, weights=sigma[par] / sigma[child] * (1.0 + delta[child]),
                             minlength=n)
    delta[s] = 0.0
    return delta
