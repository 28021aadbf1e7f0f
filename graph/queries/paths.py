"""How things connect: shortest paths between two entities and the neighbourhood of one.

Facts are walked in either direction (Ada -worked-at-> Initech <-worked-at- Ben is a path of two
hops from Ada to Ben). `via` keeps to some predicates (e.g. only worked-at and studied-at, so
that shared skills do not count as links). Both searches are deterministic: ties go by name and
id.

>>> from graph import build_graph
>>> from ontology import Fact, Mention, Provenance
>>> def fact(s, st, p, o, ot, doc="d"):
...     return Fact(subject=Mention(type=st, name=s), predicate=p, object=Mention(type=ot, name=o),
...                 provenance=Provenance(doc=doc, start=0, end=len(o), quote=o, extractor="t.v1"))
>>> kg = build_graph([fact("Ada", "Person", "worked-at", "Initech", "Organization"),
...                   fact("Ben", "Person", "worked-at", "Initech", "Organization", "b"),
...                   fact("Ben", "Person", "used-skill", "Go", "Skill", "b")])
>>> [n.name for n in path(kg, "Ada", "Go").paths[0].nodes]
['Ada', 'Initech', 'Ben', 'Go']
>>> [(n.entity.name, n.distance) for n in ego(kg, "Ada", hops=1).nodes]
[('Ada', 0), ('Initech', 1)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graph.kg import KnowledgeGraph
from graph.queries.bfs import neighbourhood, shortest_paths
from graph.queries.index import GraphIndex, index_of
from graph.queries.models import Ego, EgoNode, Hop, PathAnswer, Paths, build
from graph.queries.resolve import resolve
from ontology import Predicate
from ontology.collector import paused_gc

__all__ = ["path", "ego"]


def _neighbours(ix: GraphIndex, n: str, via: frozenset[str] | None) -> Iterator[str]:
    for adj in (ix.g._succ[n], ix.g._pred[n]):
        for m, keys in adj.items():
            if m != n and (via is None or any(d["predicate"] in via for d in keys.values())):
                yield m


def _via(via: Iterable[Predicate | str] | None) -> frozenset[str] | None:
    return None if via is None else frozenset(Predicate.parse(str(p)).value for p in via)


@paused_gc()
def path(kg: KnowledgeGraph, a: str, b: str, max_paths: int = 3,
         via: Iterable[Predicate | str] | None = None) -> Paths:
    """Up to `max_paths` shortest paths from `a` to `b` with the facts on each hop (an empty
    list when they are not connected). Bidirectional breadth-first search, expanding the side
    whose frontier has fewer links."""
    ix = index_of(kg)
    src, dst = resolve(kg, a).id, resolve(kg, b).id
    allowed = _via(via)
    if allowed is None:
        paths = shortest_paths(ix, src, dst, max_paths)
    else:
        paths = _paths(ix, src, dst, max_paths, allowed)
    answers = [build(PathAnswer, hops=[_hop(ix, u, v, allowed)
                                       for u, v in zip(p, p[1:], strict=False)])
               for p in paths]
    return build(Paths, source=ix.ref(src), target=ix.ref(dst),
                 length=len(paths[0]) - 1 if paths else None, paths=answers)


def _paths(ix: GraphIndex, src: str, dst: str, max_paths: int,
           allowed: frozenset[str] | None) -> list[list[str]]:
    """Shortest paths by a plain bidirectional search over the facts `allowed` (any if None)."""
    if src == dst:
        return [[src]]
    preds: list[dict[str, set[str]]] = [{src: set()}, {dst: set()}]   # node -> parents, per side
    depth: list[dict[str, int]] = [{src: 0}, {dst: 0}]
    frontiers, level = [[src], [dst]], [0, 0]
    meet: list[str] = []
    while not meet and frontiers[0] and frontiers[1]:
        cost = [sum(len(ix.g._succ[n]) + len(ix.g._pred[n]) for n in f) for f in frontiers]
        side = 0 if cost[0] <= cost[1] else 1
        seen = preds[side]
        nxt: dict[str, set[str]] = {}
        for n in frontiers[side]:
            for m in _neighbours(ix, n, allowed):
                if m not in seen:
                    nxt.setdefault(m, set()).add(n)
        seen.update(nxt)
        level[side] += 1
        depth[side].update(dict.fromkeys(nxt, level[side]))
        frontiers[side] = sorted(nxt)
        other = depth[1 - side]
        hits = [m for m in nxt if m in other]
        if hits:
            best = min(other[m] for m in hits)
            meet = sorted((m for m in hits if other[m] == best), key=ix.sort_key)
    paths: list[list[str]] = []
    for m in meet:
        for left in _walk(ix, preds[0], m):
            for right in _walk(ix, preds[1], m):
                paths.append(left[::-1] + right[1:])
                if len(paths) >= max_paths:
                    return paths
    return paths


def _walk(ix: GraphIndex, preds: dict[str, set[str]], node: str) -> Iterator[list[str]]:
    """Paths node -> ... -> root following parents (in name order), node first."""
    parents = sorted(preds[node], key=ix.sort_key)
    if not parents:
        yield [node]
        return
    for p in parents:
        for rest in _walk(ix, preds, p):
            yield [node, *rest]


def _hop(ix: GraphIndex, u: str, v: str, allowed: frozenset[str] | None) -> Hop:
    facts = [f for f in ix.facts_between(u, v) if allowed is None or f.predicate.value in allowed]
    return build(Hop, source=ix.ref(u), target=ix.ref(v),
                               facts=[ix.fact_ref(f) for f in facts])


@paused_gc()
def ego(kg: KnowledgeGraph, name: str, hops: int = 2, max_nodes: int = 500,
        via: Iterable[Predicate | str] | None = None) -> Ego:
    """Entities within `hops` links of `name` and the facts among them.

    Nodes come by distance; within one distance the ones linked to more nodes already kept come
    first (then by name). At most `max_nodes` are kept (`truncated` says when some were left).
    """
    ix = index_of(kg)
    center = resolve(kg, name).id
    allowed = _via(via)
    if allowed is None:
        kept, dist, truncated = neighbourhood(ix, center, hops, max_nodes)
    else:
        kept, dist, truncated = _neighbourhood(ix, center, hops, max_nodes, allowed)
    keep = set(kept)
    facts = []
    for n in kept:
        for m, keys in ix.g._succ[n].items():
            if m in keep:
                facts += [d["fact"] for d in keys.values()
                          if allowed is None or d["predicate"] in allowed]
    refs = sorted((ix.fact_ref(f) for f in facts),
                  key=lambda f: (dist[f.subject.id] + dist[f.object.id],
                                 ix.sort_key(f.subject.id), f.predicate.value,
                                 ix.sort_key(f.object.id), f.id))
    return build(Ego, center=ix.ref(center), hops=hops,
                 nodes=[build(EgoNode, entity=ix.ref(n), distance=dist[n]) for n in kept],
                 facts=refs, truncated=truncated)


def _neighbourhood(ix: GraphIndex, center: str, hops: int, max_nodes: int,
                   allowed: frozenset[str] | None) -> tuple[list[str], dict[str, int], bool]:
    """The plain search behind `ego` over the facts `allowed` (any if None)."""
    dist = {center: 0}
    kept = [center]
    frontier = [center]
    truncated = False
    for d in range(1, hops + 1):
        links: dict[str, int] = {}
        for n in frontier:
            for m in set(_neighbours(ix, n, allowed)):
                if m not in dist:
                    links[m] = links.get(m, 0) + 1
        ranked = sorted(links, key=lambda m: (-links[m], ix.sort_key(m)))
        room = max_nodes - len(kept)
        if len(ranked) > room:
            ranked, truncated = ranked[:room], True
        for m in ranked:
            dist[m] = d
        kept += ranked
        frontier = ranked
        if truncated or not frontier:
            break
    return kept, dist, truncated
