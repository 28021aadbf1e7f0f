"""Entity resolution you can audit, explain and undo: block -> compare -> cluster.

Mentions are first grouped into pre-merge units (`graph.merge_units`: same type and same name
up to case and accents; persons also per document). Blocking (`graph.blocking`) files units
under shared keys so that only units sharing a key are compared; comparison
(`graph.merge_compare`) and clustering (`graph.merge_cluster`) then apply the rules below in
stages, in this order (later stages see the clusters of earlier ones):

=============================  ============================================================
rule                           merges
=============================  ============================================================
override.always-merge          what the user forces (`graph.overrides`)
vocabulary-alias               names the curated vocabularies give one canonical name
normalized-name                names equal after normalization (legal forms, '.com', ...)
compact-name                   names equal without spaces ('Tensor Flow' / 'TensorFlow')
near-duplicate                 one-edit typos, only when safe (`graph.merge_compare`)
acronym                        'IIT Delhi' / 'Indian Institute of Technology Delhi' (one
                               expansion only: an acronym two clusters spell out merges neither)
same-identifier                persons sharing an email, handle or profile URL
same-name-same-document        one person named alike in one document ('Dr. Ada Park')
same-name-shared-employer      one full person name, one employer (across documents)
same-name-shared-school        one full person name, one school (across documents)
=============================  ============================================================

A person is never merged across documents on a name alone; a nameless subject only on an
identifier. Unions that would join two vocabulary entries (Amazon / Amazon India), two explicit
keys, persons whose names share no word, or a never-merge pair are refused. Every merge is
logged (`MergeRecord`), and the result does not depend on the input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from graph import blocking
from graph.merge_cluster import Edge, Signature, UnionFind
from graph.merge_compare import DOMINANCE, RARE, near_duplicate
from graph.merge_explain import Representative, merge_log, representative
from graph.merge_units import MentionRef, Unit, build_units, mention_refs, unit_key
from graph.merge_vocab import Vocabulary, default_vocabulary
from graph.overrides import Overrides, forced_edges, never_signatures
from ontology import Entity, EntityType, Fact, Mention, MergeRecord, Predicate, Provenance
from ontology.collector import paused_gc

__all__ = ["Clustering", "Resolution", "cluster_mentions", "resolve", "union_provenance",
           "unique_facts"]

_AFFILIATION = {Predicate.WORKED_AT: "employer", Predicate.STUDIED_AT: "school"}


@dataclass
class Clustering:
    """Units, the unit of each mention, the cluster of each unit, representatives, the log."""

    units: list[Unit]
    unit_of: list[int]
    root_of: list[int]
    clusters: dict[int, list[int]]
    reps: dict[int, Representative]
    log: list[MergeRecord]
    refused: list[tuple[Edge, str]] = field(default_factory=list)


def _star(members: Sequence[int], rule: str, score: float, detail) -> list[Edge]:
    lead = min(members)
    return [Edge.make(lead, m, rule, score, detail(lead, m)) for m in sorted(set(members)) if m != lead]


def _name_edges(units: list[Unit]) -> tuple[list[Edge], dict]:
    """vocabulary-alias, normalized-name and compact-name edges (exact keys: no comparison)."""
    edges: list[Edge] = []
    for (_, canonical), members in blocking.vocabulary_blocks(units).items():
        edges += _star(members, "vocabulary-alias", 1.0, lambda a, b, c=canonical:
                       f"{units[b].name!r} and {units[a].name!r} are names of {c!r}")
    groups = blocking.name_groups(units)
    for (_, key), members in groups.items():
        if len(members) > 1:
            edges += _star(members, "normalized-name", 1.0, lambda a, b, k=key:
                           f"{units[b].name!r} and {units[a].name!r} both normalize to {k!r}")
    for _, gkeys in blocking.compact_blocks(groups).items():
        leads = [groups[g][0] for g in gkeys]
        edges += _star(leads, "compact-name", 1.0, lambda a, b:
                       f"{units[b].name!r} and {units[a].name!r} differ only in spaces")
    return edges, groups


def _acronym_edges(units: list[Unit], uf: UnionFind) -> list[Edge]:
    """Short forms joined to the one cluster that spells them out (none when ambiguous)."""
    edges: list[Edge] = []
    for (_, acr, _, _), (shorts, longs) in blocking.acronym_blocks(units).items():
        roots = {uf.find(i) for i in longs}
        if len(roots) != 1:
            continue
        root = roots.pop()
        target = min(longs)
        for s in shorts:
            if uf.find(s) != root:
                edges.append(Edge.make(s, target, "acronym", 0.95,
                                       f"{units[s].name!r} abbreviates {units[target].name!r} "
                                       f"({acr.upper()})"))
    return edges


def _fuzzy_edges(units: list[Unit], groups: dict, uf: UnionFind) -> list[Edge]:
    edges: list[Edge] = []
    for ga, gb in blocking.fuzzy_pairs(groups):
        a, b = groups[ga][0], groups[gb][0]
        if uf.find(a) == uf.find(b):
            continue
        docs_a = set().union(*(units[i].docs for i in groups[ga]))
        same_doc = any(d in docs_a for i in groups[gb] for d in units[i].docs)
        score = near_duplicate(ga[1], gb[1])
        if score is not None:
            where = "in one document" if same_doc else "across documents, one spelling dominant"
            edges.append(Edge.make(a, b, "near-duplicate", score,
                                   f"{units[a].name!r} ~ {units[b].name!r} ({score:.2f}, {where})",
                                   dominance=0 if same_doc else DOMINANCE, minor=RARE))
    return edges


def _person_edges(units: list[Unit], uf: UnionFind,
                  links: Sequence[tuple[int, str, int]]) -> list[Edge]:
    edges: list[Edge] = []
    for ident, members in blocking.identifier_blocks(units).items():
        edges += _star(members, "same-identifier", 1.0, lambda a, b, i=ident: f"both have {i}")
    for (doc, key), members in blocking.person_doc_blocks(units).items():
        edges += _star(members, "same-name-same-document", 1.0,
                       lambda a, b, k=key, d=doc: f"both named {k!r} in {d}")
    affiliations: dict[int, set[tuple[str, int]]] = {}
    for p, kind, o in links:
        affiliations.setdefault(p, set()).add((kind, uf.find(o)))
    for (key, kind, org), members in blocking.person_org_blocks(units, affiliations).items():
        rule = f"same-name-shared-{kind}"
        edges += _star(members, rule, 0.9, lambda a, b, k=key, kd=kind, o=org:
                       f"both named {k!r}, both with {kd} {units[o].name!r}")
    return edges


def _signatures(units: list[Unit], overrides: Overrides | None) -> dict[int, Signature]:
    sigs: dict[int, Signature] = {}
    for u in units:
        if u.family == "person":
            if u.name_key:
                sigs[u.index] = Signature(person_names=frozenset({u.name_key}))
        elif u.canon is not None or u.explicit_key:
            sigs[u.index] = Signature(
                canon=frozenset({u.canon.canonical}) if u.canon else frozenset(),
                keys=frozenset({u.explicit_key}) if u.explicit_key else frozenset())
    if overrides is not None:
        for i, sig in never_signatures(overrides, units).items():
            sigs[i] = sigs[i] | sig if i in sigs else sig
    return sigs


def cluster_mentions(mentions: Sequence[MentionRef], links: Sequence[tuple[int, str, int]] = (),
                     *, merge: bool = True, overrides: Overrides | None = None,
                     vocab: Vocabulary | None = None) -> Clustering:
    """Block, compare and cluster mentions.

    `links` are (person mention index, 'employer' | 'school', organization mention index)
    affiliations for the same-name-shared-* rules. With `merge=False` only always-merge
    overrides join units.
    """
    vocab = default_vocabulary() if vocab is None else vocab
    with paused_gc():
        return _cluster(mentions, links, merge, overrides, vocab)


def _cluster(mentions: Sequence[MentionRef], links: Sequence[tuple[int, str, int]], merge: bool,
             overrides: Overrides | None, vocab: Vocabulary) -> Clustering:
    units, unit_of = build_units(mentions, vocab if merge else None)  # no-merge: names as written
    uf = UnionFind(len(units), _signatures(units, overrides), [u.count for u in units])
    uf.apply(forced_edges(overrides, units) if overrides is not None else [])
    if merge:
        edges, groups = _name_edges(units)
        uf.apply(edges)
        uf.apply(_fuzzy_edges(units, groups, uf))  # typos first: spelled-out forms then agree
        uf.apply(_acronym_edges(units, uf))
        unit_links = sorted({(unit_of[p], kind, unit_of[o]) for p, kind, o in links})
        uf.apply(_person_edges(units, uf, unit_links))
    clusters = uf.clusters()
    reps = {root: representative(units, members) for root, members in clusters.items()}
    root_of = [uf.find(i) for i in range(len(units))]
    return Clustering(units, unit_of, root_of, clusters, reps,
                      merge_log(units, clusters, reps, uf.accepted), uf.refused)


@dataclass
class Resolution:
    """Mentions resolved to entities, and the log of every merge made."""

    entities: dict[str, Entity] = field(default_factory=dict)
    key_to_id: dict[tuple[str, str], str] = field(default_factory=dict)
    log: list[MergeRecord] = field(default_factory=list)
    #: entity id -> the name as written of its kept unit (what new facts about it should say)
    written: dict[str, str | None] = field(default_factory=dict)
    #: the facts resolved (`unique_facts`) and, for each, its (subject id, object id)
    facts: list[Fact] = field(default_factory=list)
    ends: list[tuple[str, str]] = field(default_factory=list)

    def id_of(self, m: Mention, doc: str) -> str:
        """The entity id of mention `m` seen in document `doc`."""
        key = unit_key(m.type, m.name, doc, m.key, tuple(sorted(m.identifiers.items())))
        return self.key_to_id[(m.type.value, key)]


def resolve(facts: Iterable[Fact], *, merge: bool = True, overrides: Overrides | None = None,
            vocab: Vocabulary | None = None) -> Resolution:
    """Group the subject and object mentions of `facts` into entities (deterministic)."""
    facts = unique_facts(facts)
    links = [(2 * i, _AFFILIATION[f.predicate], 2 * i + 1) for i, f in enumerate(facts)
             if f.predicate in _AFFILIATION and f.subject.type == EntityType.PERSON]
    cl = cluster_mentions(mention_refs(facts), links, merge=merge, overrides=overrides, vocab=vocab)
    members: dict[int, list[tuple[Mention, Fact]]] = {}
    for n, f in enumerate(facts):
        for j, m in enumerate((f.subject, f.object)):
            members.setdefault(cl.root_of[cl.unit_of[2 * n + j]], []).append((m, f))
    res = Resolution(log=cl.log, facts=facts)
    kept: dict[int, str] = {}
    for root, items in members.items():
        ent = _entity(cl, root, items)
        res.entities[ent.id] = ent
        res.written[ent.id] = cl.units[cl.reps[root].unit].name
        kept[root] = ent.id
        for i in cl.clusters[root]:
            u = cl.units[i]
            res.key_to_id[(u.type.value, u.key)] = ent.id
    res.entities = dict(sorted(res.entities.items()))
    ids = [kept[cl.root_of[u]] for u in cl.unit_of]
    res.ends = list(zip(ids[0::2], ids[1::2], strict=True))
    return res


def unique_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts sorted by id, one per id: of facts sharing an id (one statement from one span by
    one extractor) the most confident, then the least by JSON, whatever the input order."""
    by_id: dict[str, list[Fact]] = {}
    for f in facts:
        by_id.setdefault(f.id, []).append(f)
    return [group[0] if len(group) == 1 else
            min(group, key=lambda f: (-f.provenance.confidence, f.model_dump_json()))
            for _, group in sorted(by_id.items())]


def union_provenance(provs: Iterable[Provenance]) -> list[Provenance]:
    """Provenance records without repeats, sorted by document, span, extractor and quote."""
    unique = {(p.doc, p.start, p.end, p.extractor, p.quote): p for p in provs}
    return [unique[k] for k in sorted(unique)]


def _entity(cl: Clustering, root: int, items: list[tuple[Mention, Fact]]) -> Entity:
    rep = cl.reps[root]
    kept = cl.units[rep.unit].id
    names = {name for i in cl.clusters[root] for name in cl.units[i].names}
    identifiers: dict[str, set[str]] = {}
    attrs: dict[str, str] = {}
    for m, _ in items:
        for k, v in m.identifiers.items():
            identifiers.setdefault(k, set()).add(v)
        for k, v in sorted(m.attrs.items()):
            attrs.setdefault(k, v)
    return Entity(id=kept, type=rep.type, name=rep.name, aliases=sorted(names - {rep.name}),
                  identifiers={k: sorted(v) for k, v in sorted(identifiers.items())},
                  attrs=attrs, provenance=union_provenance(f.provenance for _, f in items),
                  merged_ids=sorted(cl.units[i].id for i in cl.clusters[root] if i != rep.unit))
