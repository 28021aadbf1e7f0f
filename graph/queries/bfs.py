"""Breadth-first search over the graph's undirected adjacency arrays (numpy), for `path` and
`ego` when every predicate counts as a link: a level of a big graph is expanded in a few array
operations instead of a Python loop per edge. Same answers as the plain searches in
`graph.queries.paths` (tests compare them); ties go by name, then id.

>>> from graph.kg import KnowledgeGraph
>>> from graph.queries.index import index_of
>>> shortest_paths(index_of(KnowledgeGraph()), "a", "a", 1)
[['a']]
"""

from __future__ import annotations

from collections.abc import Iterator

from graph.queries.index import GraphIndex

__all__ = ["shortest_paths", "neighbourhood", "positions"]


def positions(ix: GraphIndex) -> dict[str, int]:
    """node id -> its row in `ix.arrays` (cached)."""
    if "pos" not in ix.cache:
        ix.cache["pos"] = {n: i for i, n in enumerate(ix.arrays[0])}
    return ix.cache["pos"]


def _gather(indptr, indices, front):
    """(parent, neighbour) arrays for every link leaving the nodes of `front`."""
    import numpy as np

    counts = indptr[front + 1] - indptr[front]
    total = int(counts.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    starts = np.repeat(indptr[front] - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
    return np.repeat(front, counts), indices[starts + np.arange(total)]


def shortest_paths(ix: GraphIndex, src: str, dst: str, max_paths: int) -> list[list[str]]:
    """Up to `max_paths` shortest paths src -> dst as lists of ids (bidirectional search)."""
    import numpy as np

    if src == dst:
        return [[src]]
    nodes, indptr, indices = ix.arrays
    pos = positions(ix)
    n = len(nodes)
    dist = [np.full(n, -1, dtype=np.int64), np.full(n, -1, dtype=np.int64)]
    ends = (pos[src], pos[dst])
    front = [np.array([ends[0]]), np.array([ends[1]])]
    dist[0][ends[0]], dist[1][ends[1]] = 0, 0
    level = [0, 0]
    meet = None
    while meet is None and front[0].size and front[1].size:
        cost = [int((indptr[f + 1] - indptr[f]).sum()) for f in front]
        side = 0 if cost[0] <= cost[1] else 1
        _, nbr = _gather(indptr, indices, front[side])
        new = np.unique(nbr[dist[side][nbr] == -1])
        level[side] += 1
        dist[side][new] = level[side]
        front[side] = new
        hit = new[dist[1 - side][new] >= 0]
        if hit.size:
            best = dist[1 - side][hit].min()
            meet = hit[dist[1 - side][hit] == best]
    if meet is None:
        return []
    out: list[list[str]] = []
    for m in _by_name(ix, nodes, meet):
        for left in _walk(ix, nodes, indptr, indices, dist[0], m):
            for right in _walk(ix, nodes, indptr, indices, dist[1], m):
                out.append([nodes[i] for i in left[::-1] + right[1:]])
                if len(out) >= max_paths:
                    return out
    return out


def _by_name(ix: GraphIndex, nodes, rows) -> list[int]:
    return sorted((int(r) for r in rows), key=lambda r: ix.sort_key(nodes[r]))


def _walk(ix: GraphIndex, nodes, indptr, indices, dist, node: int) -> Iterator[list[int]]:
    """Paths node -> ... -> the side's start, one level down at each step, in name order."""
    d = dist[node]
    if d == 0:
        yield [node]
        return
    nbrs = indices[indptr[node]:indptr[node + 1]]
    for p in _by_name(ix, nodes, nbrs[dist[nbrs] == d - 1]):
        for rest in _walk(ix, nodes, indptr, indices, dist, p):
            yield [node, *rest]


def neighbourhood(ix: GraphIndex, center: str, hops: int,
                  max_nodes: int) -> tuple[list[str], dict[str, int], bool]:
    """(kept ids in order, id -> distance, truncated) as `graph.queries.ego` defines them."""
    import numpy as np

    nodes, indptr, indices = ix.arrays
    pos = positions(ix)
    n = len(nodes)
    dist = np.full(n, -1, dtype=np.int64)
    c = pos[center]
    dist[c] = 0
    kept, front, truncated = [c], np.array([c]), False
    for d in range(1, hops + 1):
        _, nbr = _gather(indptr, indices, front)
        nbr = nbr[dist[nbr] == -1]
        if not nbr.size:
            break
        links = np.bincount(nbr, minlength=n)
        cand = np.flatnonzero(links)
        room = max_nodes - len(kept)
        if cand.size > room:
            truncated = True
            if room <= 0:
                break
            cut = np.partition(links[cand], cand.size - room)[cand.size - room]
            sure = cand[links[cand] > cut]
            tied = cand[links[cand] == cut]
            cand = np.concatenate([sure, np.array(_by_name(ix, nodes, tied)[:room - sure.size],
                                                  dtype=np.int64)])
        chosen = sorted((int(r) for r in cand), key=lambda r: (-links[r], ix.sort_key(nodes[r])))
        dist[chosen] = d
        kept += chosen
        front = np.array(chosen, dtype=np.int64)
        if truncated:
            break
    return [nodes[i] for i in kept], {nodes[i]: int(dist[i]) for i in kept}, truncated
