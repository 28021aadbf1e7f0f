"""Lookup structures over a KnowledgeGraph, built on first use and cached per graph.

`index_of(kg)` returns the graph's `GraphIndex`; each part is built the first time a query needs
it (names for resolution, a token index for search, person/skill lists for co-occurrence, an
undirected adjacency in arrays for rankings) and kept while the graph keeps the same numbers of
entities and merge records. `clear_cache(kg)` forgets it (after adding facts to a graph in place).

>>> from graph.kg import KnowledgeGraph
>>> from ontology import Entity
>>> kg = KnowledgeGraph()
>>> kg.add_entity(Entity(id="person/a-1", type="Person", identifiers={"email": ["a@x.org"]}))
>>> ix = index_of(kg)
>>> ix.ref("person/a-1").name, ix.names["email:a@x.org"]
('Person a-1', [(2, 'person/a-1')])
>>> index_of(kg) is ix
True
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from collections import defaultdict
from functools import cached_property
from typing import cast

from graph.kg import KnowledgeGraph
from graph.normalize import norm_identifier
from graph.queries.models import EntityRef, FactRef, build
from ontology import Entity, EntityType, Fact, Predicate, fold, norm_name

__all__ = ["GraphIndex", "index_of", "clear_cache", "safe_label", "ends", "ORG_TYPES",
           "LEVELS"]

ORG_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.EDUCATIONAL_ORGANIZATION})
#: how a name matched, best first (resolution keeps the best level only)
LEVELS = ("id", "name", "identifier", "alias")
_PUBLIC_IDS = ("github", "linkedin", "orcid", "website", "handle", "scholar")

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def safe_label(e: Entity) -> str:
    """The name, else a public profile identifier, else 'Type <id tail>' (never email/phone)."""
    if e.name:
        return e.name
    for kind in _PUBLIC_IDS:
        if e.identifiers.get(kind):
            return e.identifiers[kind][0]
    return f"{e.type.value} {e.id.rsplit('/', 1)[-1]}"


def ends(f: Fact) -> tuple[str, str]:
    """(subject id, object id) of a fact of a graph (always filled: `KnowledgeGraph.add_fact`)."""
    return cast(str, f.subject_id), cast(str, f.object_id)


def _fold(name: str) -> str:
    """`ontology.fold`, with a fast path for printable ASCII (the same result)."""
    if name.isascii() and name.isprintable():
        return " ".join(name.split()).casefold()
    return fold(name)


def index_of(kg: KnowledgeGraph) -> GraphIndex:
    """The cached index of `kg`, rebuilt when its number of entities or merge records changed.

    (Counting facts would cost a pass over every edge in networkx, so facts added to a graph
    already queried, without new entities, need `clear_cache(kg)`.)
    """
    stamp = (kg.number_of_entities(), len(kg.merge_log))
    hit = _CACHE.get(kg)
    if hit is None or hit.stamp != stamp:
        hit = GraphIndex(kg, stamp)
        _CACHE[kg] = hit
    return hit


def clear_cache(kg: KnowledgeGraph) -> None:
    """Forget the cached index of `kg`."""
    _CACHE.pop(kg, None)


class GraphIndex:
    """Lazily built lookups over one graph (see the module doc)."""

    def __init__(self, kg: KnowledgeGraph, stamp: tuple[int, int]) -> None:
        self.kg = kg
        self.g = kg.nx
        self.stamp = stamp
        self.cache: dict = {}            # other modules' derived data (rank scores ...)

    # -- entities ------------------------------------------------------------------------------
    def entity(self, ident: str) -> Entity:
        return self.g._node[ident]["entity"]

    @cached_property
    def display(self) -> tuple[dict[str, EntityRef], dict[str, tuple[str, str]]]:
        """(id -> EntityRef, id -> sort key) for every entity, made in one pass."""
        refs: dict[str, EntityRef] = {}
        keys: dict[str, tuple[str, str]] = {}
        for ident, d in self.g._node.items():
            e = d["entity"]
            name = safe_label(e)
            refs[ident] = build(EntityRef, id=ident, type=e.type, name=name)
            keys[ident] = (_fold(name), ident)
        return refs, keys

    def ref(self, ident: str) -> EntityRef:
        """The entity as answers name it."""
        return self.display[0][ident]

    def sort_key(self, ident: str) -> tuple[str, str]:
        """(folded display name, id): the order answers list entities in."""
        return self.display[1][ident]

    def fact_ref(self, f: Fact) -> FactRef:
        refs = self.display[0]
        return build(FactRef, id=f.id, predicate=f.predicate, subject=refs[ends(f)[0]],
                     object=refs[ends(f)[1]], title=f.title, start=f.start, end=f.end,
                     provenance=[f.provenance])

    def facts_between(self, a: str, b: str) -> list[Fact]:
        """Facts a -> b and b -> a, in fact order."""
        out = [d["fact"] for d in self.g._succ[a].get(b, {}).values()]
        if a != b:
            out += [d["fact"] for d in self.g._succ[b].get(a, {}).values()]
        return sorted(out, key=lambda f: (f.provenance.doc, f.provenance.start, f.id))

    def out_facts(self, ident: str, predicate: Predicate) -> list[Fact]:
        p = predicate.value
        return [d["fact"] for nbrs in self.g._succ[ident].values() for d in nbrs.values()
                if d["predicate"] == p]

    def in_facts(self, ident: str, predicate: Predicate) -> list[Fact]:
        p = predicate.value
        return [d["fact"] for nbrs in self.g._pred[ident].values() for d in nbrs.values()
                if d["predicate"] == p]

    def in_edges(self, ident: str, predicate: Predicate) -> list[tuple[str, Fact]]:
        """(fact id, fact) of the facts of `predicate` entering `ident`."""
        p = predicate.value
        return [(k, d["fact"]) for nbrs in self.g._pred[ident].values() for k, d in nbrs.items()
                if d["predicate"] == p]

    def out_edges(self, ident: str, predicate: Predicate) -> list[tuple[str, Fact]]:
        """(fact id, fact) of the facts of `predicate` leaving `ident`."""
        p = predicate.value
        return [(k, d["fact"]) for nbrs in self.g._succ[ident].values() for k, d in nbrs.items()
                if d["predicate"] == p]

    def of_type(self, types: frozenset[EntityType]) -> list[str]:
        want = {t.value for t in types}
        return sorted(n for n, d in self.g._node.items() if d["type"] in want)

    # -- names ---------------------------------------------------------------------------------
    @cached_property
    def names(self) -> dict[str, list[tuple[int, str]]]:
        """key -> [(level, entity id)]: norm_name of names and aliases, 'kind:value' of
        identifiers, ids and merged ids as written."""
        out: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for ident, e in self.g.nodes(data="entity"):
            out[ident].append((0, ident))
            for old in e.merged_ids:
                out[old].append((0, ident))
            if e.name:
                out[norm_name(e.name)].append((1, ident))
            for kind, values in e.identifiers.items():
                for v in values:
                    key = norm_identifier(kind, v)
                    if key:
                        out[key].append((2, ident))
            for alias in e.aliases:
                out[norm_name(alias)].append((3, ident))
        return dict(out)

    @cached_property
    def identifier_kinds(self) -> tuple[str, ...]:
        return tuple(sorted({k for _, e in self.g.nodes(data="entity") for k in e.identifiers}))

    # -- search --------------------------------------------------------------------------------
    @cached_property
    def tokens(self) -> tuple[dict[str, set[int]], list[str], list[tuple[str, str]]]:
        """(token -> surface numbers, sorted tokens, surfaces as (entity id, text))."""
        surfaces: list[tuple[str, str]] = []
        by_token: dict[str, set[int]] = defaultdict(set)
        for ident, e in sorted(self.g.nodes(data="entity")):
            for text in dict.fromkeys([e.name, *e.aliases]):
                if not text:
                    continue
                n = len(surfaces)
                surfaces.append((ident, text))
                for tok in norm_name(text, drop_legal=False).split():
                    by_token[tok].add(n)
        return dict(by_token), sorted(by_token), surfaces

    def tokens_with_prefix(self, prefix: str, limit: int = 50) -> list[str]:
        vocab = self.tokens[1]
        i = bisect_left(vocab, prefix)
        out: list[str] = []
        while i < len(vocab) and vocab[i].startswith(prefix) and len(out) < limit:
            out.append(vocab[i])
            i += 1
        return out

    # -- skills --------------------------------------------------------------------------------
    @cached_property
    def person_skills(self) -> dict[str, list[str]]:
        """person id -> ids of the skills they used (each once)."""
        out: dict[str, list[str]] = {}
        node, succ = self.g._node, self.g._succ
        skill, person = EntityType.SKILL.value, EntityType.PERSON.value
        for p, d in node.items():
            if d["type"] != person:
                continue
            ss = [n for n, keys in succ[p].items() if node[n]["type"] == skill
                  and any(k["predicate"] == "used-skill" for k in keys.values())]
            if ss:
                out[p] = ss
        return out

    @cached_property
    def skill_counts(self) -> dict[str, int]:
        """skill id -> number of people who used it."""
        out: dict[str, int] = defaultdict(int)
        for ss in self.person_skills.values():
            for s in ss:
                out[s] += 1
        return dict(out)

    # -- organizations -------------------------------------------------------------------------
    def _part_of(self, adj: dict, org: str) -> list[str]:
        return sorted(n for n, keys in adj[org].items()
                      if any(d["predicate"] == "part-of" for d in keys.values()))

    def parents(self, org: str) -> list[str]:
        """Organizations `org` is directly part of."""
        memo = self.cache.setdefault("parents", {})
        if org not in memo:
            memo[org] = self._part_of(self.g._succ, org)
        return memo[org]

    def children(self, org: str) -> list[str]:
        """Organizations directly part of `org`."""
        memo = self.cache.setdefault("children", {})
        if org not in memo:
            memo[org] = self._part_of(self.g._pred, org)
        return memo[org]

    def ancestors(self, org: str) -> list[str]:
        """`org` then its ancestors, nearest first (breadth-first over part-of)."""
        memo = self.cache.setdefault("ancestors", {})
        if org in memo:
            return memo[org]
        out, frontier, seen = [org], [org], {org}
        while frontier:
            nxt = []
            for o in frontier:
                for p in self.parents(o):
                    if p not in seen:
                        seen.add(p)
                        nxt.append(p)
            out += nxt
            frontier = nxt
        memo[org] = out
        return out

    def family(self, org: str) -> list[str]:
        """Every organization in the part-of tree(s) of `org`: its tops and all their parts."""
        tops = [a for a in self.ancestors(org) if not self.parents(a)] or [org]
        out, frontier = set(tops), list(tops)
        while frontier:
            nxt = [c for o in frontier for c in self.children(o) if c not in out]
            out.update(nxt)
            frontier = nxt
        return sorted(out)

    # -- arrays for rankings -------------------------------------------------------------------
    @cached_property
    def arrays(self):
        """(node ids sorted, CSR indptr, CSR indices) of the undirected simple graph (numpy)."""
        import numpy as np

        nodes = sorted(self.g.nodes)
        pos = {n: i for i, n in enumerate(nodes)}
        adj = self.g._succ                               # plain dicts: fastest to walk
        src: list[int] = []
        dst: list[int] = []
        get = pos.__getitem__
        for u, nbrs in adj.items():
            src.extend([pos[u]] * len(nbrs))
            dst.extend(map(get, nbrs))
        s = np.array(src + dst, dtype=np.int64)
        d = np.array(dst + src, dtype=np.int64)
        s, d = s[s != d], d[s != d]                      # no self-loops
        key = np.unique(s * len(nodes) + d)            # undirected, one entry per neighbour
        s, d = key // max(len(nodes), 1), key % max(len(nodes), 1)
        indptr = np.zeros(len(nodes) + 1, dtype=np.int64)
        np.cumsum(np.bincount(s, minlength=len(nodes)), out=indptr[1:])
        return nodes, indptr, d
