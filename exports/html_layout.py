"""A deterministic starting layout for graph.html (numpy force-directed, grid-approximated).

vis-network's own physics costs O(n log n) per iteration in the browser and needs hundreds of
iterations from a random start; at 5,000 nodes that is minutes. So the page gets positions
computed here at export time (Fruchterman-Reingold: springs along edges, repulsion from the
a density grid convolved by FFT instead of every pair, a little gravity per component, cooling)
and the browser only relaxes them for a few iterations before turning physics off.

Deterministic: no randomness (a golden-angle spiral in a fixed order is the start), fixed
iteration counts, positions rounded to whole pixels.

>>> pos = layout(4, [(0, 1), (1, 2), (2, 3)])
>>> len(pos), all(isinstance(x, int) and isinstance(y, int) for x, y in pos)
(4, True)
>>> layout(4, [(0, 1), (1, 2), (2, 3)]) == pos
True
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["layout", "EDGE_LENGTH"]

#: the ideal edge length in page pixels (vis-network's springLength is set to match)
EDGE_LENGTH = 90.0


def _order(n: int, edges: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Breadth-first order from the highest-degree node of each component, and component ids."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    by_degree = sorted(range(n), key=lambda i: (-len(adj[i]), i))
    comp = [-1] * n
    order: list[int] = []
    cid = -1
    for root in by_degree:
        if comp[root] >= 0:
            continue
        cid += 1
        comp[root] = cid
        queue, head = [root], 0
        while head < len(queue):
            v = queue[head]
            head += 1
            for w in sorted(adj[v], key=lambda i: (-len(adj[i]), i)):
                if comp[w] < 0:
                    comp[w] = cid
                    queue.append(w)
        order.extend(queue)
    return order, comp


def layout(n: int, edges: Sequence[tuple[int, int]], iterations: int | None = None,
           k: float = EDGE_LENGTH) -> list[tuple[int, int]]:
    """Positions (x, y) in pixels for nodes 0..n-1 joined by `edges` (index pairs)."""
    if n == 0:
        return []
    import numpy as np

    order, comp_list = _order(n, edges)
    rank = np.empty(n, dtype=np.int64)
    rank[np.asarray(order, dtype=np.int64)] = np.arange(n)
    golden = math.pi * (3.0 - math.sqrt(5.0))
    radius = 0.6 * k * np.sqrt(rank + 0.5)
    pos = np.stack([radius * np.cos(rank * golden), radius * np.sin(rank * golden)], axis=1)
    if not edges or n == 1:
        return [(int(round(x)), int(round(y))) for x, y in pos]

    e = np.asarray(edges, dtype=np.int64)
    e = e[e[:, 0] != e[:, 1]]
    src, dst = e[:, 0], e[:, 1]
    comp = np.asarray(comp_list, dtype=np.int64)
    ncomp = int(comp.max()) + 1
    comp_size = np.bincount(comp, minlength=ncomp).astype(float)
    iterations = iterations or 100
    grid = int(min(128, max(16, 2 * math.sqrt(n))))
    size = 2 * grid                                   # zero-padded: no wrap-around
    off = np.arange(size)
    off = np.where(off < grid, off, off - size).astype(float)
    dxc, dyc = np.meshgrid(off, off, indexing="ij")   # cell offsets
    r2c = dxc * dxc + dyc * dyc
    r2c[0, 0] = np.inf                                # a cell exerts no force on itself
    kx_hat = np.fft.rfft2(dxc / r2c)
    ky_hat = np.fft.rfft2(dyc / r2c)
    temp0 = k * max(2.0, math.sqrt(n) / 4.0)
    k2 = k * k
    for it in range(iterations):
        # repulsion k^2/r from every other cell's nodes: density (*) kernel by FFT ...
        lo = pos.min(axis=0)
        h = max(float((pos.max(axis=0) - lo).max()), k) * 1.0001 / grid
        ij = np.minimum(((pos - lo) / h).astype(np.int64), grid - 1)
        cell = ij[:, 0] * grid + ij[:, 1]
        count = np.bincount(cell, minlength=grid * grid).astype(float)
        rho_hat = np.fft.rfft2(count.reshape(grid, grid), s=(size, size))
        fx = np.fft.irfft2(rho_hat * kx_hat, s=(size, size))[:grid, :grid] * (k2 / h)
        fy = np.fft.irfft2(rho_hat * ky_hat, s=(size, size))[:grid, :grid] * (k2 / h)
        disp = np.stack([fx[ij[:, 0], ij[:, 1]], fy[ij[:, 0], ij[:, 1]]], axis=1)
        # ... and from the other nodes of its own cell (their centroid)
        sx = np.bincount(cell, weights=pos[:, 0], minlength=grid * grid)
        sy = np.bincount(cell, weights=pos[:, 1], minlength=grid * grid)
        others = count[cell] - 1.0
        oc = np.stack([sx[cell] - pos[:, 0], sy[cell] - pos[:, 1]], axis=1) / np.maximum(others, 1)[:, None]
        d = pos - oc
        d2 = np.maximum((d * d).sum(axis=1), 0.01 * k2)
        disp += np.where(others[:, None] > 0, d * (k2 * others / d2)[:, None], 0.0)
        # springs along edges
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta * delta).sum(axis=1)) + 1e-9
        f = delta * (dist / k)[:, None]
        for axis in (0, 1):
            disp[:, axis] += (np.bincount(dst, weights=f[:, axis], minlength=n)
                              - np.bincount(src, weights=f[:, axis], minlength=n))
        # gravity towards each component's centroid and, weakly, the origin
        cx = np.bincount(comp, weights=pos[:, 0], minlength=ncomp) / comp_size
        cy = np.bincount(comp, weights=pos[:, 1], minlength=ncomp) / comp_size
        disp -= 0.05 * (pos - np.stack([cx[comp], cy[comp]], axis=1))
        disp -= 0.02 * pos * (np.sqrt(comp_size[comp]) / math.sqrt(n))[:, None]
        # move, limited by a cooling temperature
        temp = temp0 * (1.0 - it / iterations) + 1.0
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temp) / length)[:, None]
    pos -= pos.mean(axis=0)
    return [(int(round(x)), int(round(y))) for x, y in pos]
