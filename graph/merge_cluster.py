"""Cluster: a union-find over units that refuses unions which would break a constraint.

Edges (candidate merges that passed comparison) are applied strongest rule first. A union is
refused when the two clusters would then hold two different vocabulary entries, two different
explicit keys, the two sides of a never-merge override, or person names that share no word;
an edge may also ask that one side dominate the other in mentions (see `Edge`).
Forced (always-merge) edges skip every check but never-merge. Accepted edges form a spanning
forest, which is what the merge log explains.

>>> uf = UnionFind(3, {0: Signature(canon=frozenset({"Amazon"})),
...                    2: Signature(canon=frozenset({"Amazon India"}))})
>>> uf.union(Edge(3, 0, 1, "normalized-name", 1.0, "")), uf.union(Edge(3, 1, 2, "x", 1.0, ""))
(True, False)
>>> uf.find(1) == uf.find(0) != uf.find(2)
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Edge", "Signature", "UnionFind", "RULE_PRIORITY", "FORCED_RULE"]

#: rule -> priority (lower first); ties by score (higher first), then unit indices
RULE_PRIORITY = {
    "override.always-merge": 0, "same-identifier": 1, "vocabulary-alias": 2,
    "normalized-name": 3, "same-name-same-document": 3, "compact-name": 4, "acronym": 5,
    "near-duplicate": 6, "same-name-shared-employer": 7, "same-name-shared-school": 7,
}
FORCED_RULE = "override.always-merge"


class Edge(NamedTuple):
    """A proposed merge of units `a` and `b` by `rule` with `score` and a readable `detail`.

    With `dominance` k > 0 the union also needs one cluster to hold at least k times the
    mentions of the other; with `minor` m > 0 the smaller cluster may hold at most m mentions
    (a rare spelling joins a common one; two established names stay apart).
    """

    priority: int
    a: int
    b: int
    rule: str
    score: float
    detail: str
    dominance: int = 0
    minor: int = 0

    @classmethod
    def make(cls, a: int, b: int, rule: str, score: float, detail: str, *,
             dominance: int = 0, minor: int = 0) -> Edge:
        lo, hi = (a, b) if a <= b else (b, a)
        return cls(RULE_PRIORITY[rule], lo, hi, rule, round(score, 4), detail, dominance, minor)

    def order(self) -> tuple:
        return (self.priority, -self.score, self.a, self.b, self.rule, self.detail,
                self.dominance, self.minor)


@dataclass(frozen=True, slots=True)
class Signature:
    """What a cluster may not be merged against (see the module docstring)."""

    canon: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()
    never: frozenset[tuple[int, int]] = frozenset()
    person_names: frozenset[str] = frozenset()

    def __or__(self, other: Signature) -> Signature:
        return Signature(self.canon | other.canon, self.keys | other.keys,
                         self.never | other.never, self.person_names | other.person_names)

    def conflict(self, other: Signature, *, forced: bool = False) -> str | None:
        """Why these two clusters must stay apart, or None."""
        if any((i, 1 - side) in other.never for i, side in self.never):
            return "never-merge override"
        if forced:
            return None
        if self.canon and other.canon and self.canon != other.canon:
            return "different vocabulary entries"
        if self.keys and other.keys and self.keys != other.keys:
            return "different explicit keys"
        for x in self.person_names:
            words = set(x.split())
            if any(not words & set(y.split()) for y in other.person_names):
                return "person names share no word"
        return None


_EMPTY = Signature()


class UnionFind:
    """Disjoint sets over 0..n-1 with per-cluster signatures; the smaller index is the root."""

    def __init__(self, n: int, signatures: dict[int, Signature] | None = None,
                 weights: list[int] | None = None) -> None:
        self.parent = list(range(n))
        self.weight = list(weights) if weights is not None else [1] * n
        self.sig: dict[int, Signature] = dict(signatures or {})
        self.accepted: list[Edge] = []
        self.refused: list[tuple[Edge, str]] = []

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, edge: Edge) -> bool:
        """Join the clusters of the edge's units unless a constraint forbids it."""
        ra, rb = self.find(edge.a), self.find(edge.b)
        if ra == rb:
            return False
        if edge.dominance or edge.minor:
            small, big = sorted((self.weight[ra], self.weight[rb]))
            if big < edge.dominance * small or (edge.minor and small > edge.minor):
                self.refused.append((edge, "both spellings are established"))
                return False
        sa, sb = self.sig.get(ra, _EMPTY), self.sig.get(rb, _EMPTY)
        if sa is not _EMPTY and sb is not _EMPTY:
            why = sa.conflict(sb, forced=edge.rule == FORCED_RULE)
            if why:
                self.refused.append((edge, why))
                return False
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        self.weight[root] += self.weight[child]
        if child in self.sig:
            merged = self.sig.pop(child)
            self.sig[root] = self.sig[root] | merged if root in self.sig else merged
        self.accepted.append(edge)
        return True

    def apply(self, edges: list[Edge]) -> None:
        """Apply edges strongest first (deterministic order)."""
        for edge in sorted(edges, key=Edge.order):
            self.union(edge)

    def clusters(self) -> dict[int, list[int]]:
        """Root -> sorted member indices, for every cluster (singletons included)."""
        out: dict[int, list[int]] = {}
        for x in range(len(self.parent)):
            out.setdefault(self.find(x), []).append(x)
        return out
