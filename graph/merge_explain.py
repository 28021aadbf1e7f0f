"""Explain clusters: pick each cluster's representative and write the merge log.

The representative name is the vocabulary's canonical name when the cluster has one, else the
most frequent surface form, ties broken by length then alphabetically (`pick_name`). For
organizations the canonical name is taken only when some document writes it (up to legal forms,
case, punctuation or as its acronym): gazetteer aliases include former names (Infosys
Technologies, Yahoo Labs), and a document's 'Yahoo Labs' is not renamed 'Yahoo Research'; the
entity is the same and both names are kept as aliases. A cluster mixing
Organization and EducationalOrganization units takes the vocabulary's type, else the type of
most mentions (EducationalOrganization on a tie). The kept id is that of the best unit of that
type; every other unit id is merged away and appears in exactly one `MergeRecord`, under the rule
of the edge that joined it (the accepted edges form a tree per cluster, walked from the kept unit).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from graph.merge_cluster import Edge
from graph.merge_units import Unit, pick_name
from graph.normalize import expansions, name_key, short_forms
from ontology import EntityType, MergeRecord

__all__ = ["Representative", "representative", "merge_log"]


@dataclass(frozen=True, slots=True)
class Representative:
    """The kept unit (its id is the entity id), the entity's name and type."""

    unit: int
    name: str | None
    type: EntityType


def _count(counts: dict[str, int], key: str, n: int) -> None:
    counts[key] = counts.get(key, 0) + n


def written_as(canonical: str, u: Unit) -> bool:
    """Whether a unit writes `canonical` itself, up to normalization or as its acronym.

    >>> from graph.merge_units import MentionRef, build_units
    >>> from ontology import EntityType as T
    >>> us, _ = build_units([MentionRef(T.ORGANIZATION, n, "d") for n in (
    ...     "AWS", "Amazon.com, Inc.", "Yahoo Labs")])
    >>> unit = {u.name: u for u in us}
    >>> [written_as(c, unit[n]) for c, n in [("Amazon Web Services", "AWS"),
    ...     ("Amazon", "Amazon.com, Inc."), ("Yahoo Research", "Yahoo Labs")]]
    [True, True, False]
    """
    key = name_key(canonical, u.family)
    if u.name_key == key:
        return True
    spelled = set(expansions(key, min_whole=2))  # the vocabulary already vouches for the pair
    return any((acr, name_key(rest, u.family) if rest else "", pos) in spelled
               for surface in u.names for acr, rest, pos in short_forms(surface))


def representative(units: Sequence[Unit], members: Sequence[int]) -> Representative:
    """The representative of the cluster made of `members` (see the module docstring).

    >>> from graph.merge_units import MentionRef, build_units
    >>> from ontology import EntityType as T
    >>> us, _ = build_units([MentionRef(T.SKILL, n, "d") for n in ("Tensorflow", "Tensorflow",
    ...                      "TensorFlow", "Tensorflw")])
    >>> representative(us, [u.index for u in us]).name
    'Tensorflow'
    """
    canon: dict[str, int] = {}
    surfaces: dict[str, int] = {}
    types: dict[str, int] = {}
    for i in members:
        u = units[i]
        _count(types, u.type.value, u.count)
        if u.canon is not None:
            _count(canon, u.canon.canonical, u.count)
        for name, n in u.names.items():
            _count(surfaces, name, n)
    fam = units[members[0]].family
    canonical = pick_name(canon, fam)
    named_by = [units[i] for i in members
                if units[i].canon is not None and units[i].canon.canonical == canonical]
    if canonical and (fam != "org" or any(written_as(canonical, u) for u in named_by)):
        name = canonical
    else:
        name = pick_name(surfaces, fam)
    if len(types) == 1:
        etype = units[members[0]].type
    else:
        vocab_types = {u.canon.type.value for u in named_by}
        ranked = sorted(types, key=lambda t: (t not in vocab_types, -types[t],
                                              t != EntityType.EDUCATIONAL_ORGANIZATION.value, t))
        etype = EntityType(ranked[0])

    def rank(i: int) -> tuple:  # the unit written as the name, else one the vocabulary names so
        u = units[i]
        vocab_named = u.canon is not None and u.canon.canonical == name
        return (u.type != etype, name not in u.names, not vocab_named, -u.count, i)

    return Representative(min(members, key=rank), name, etype)


def merge_log(units: Sequence[Unit], clusters: dict[int, list[int]],
              reps: dict[int, Representative], accepted: Sequence[Edge]) -> list[MergeRecord]:
    """One record per (cluster, rule) naming the unit ids that rule merged into the kept id."""
    adjacent: dict[int, list[Edge]] = {}
    for e in accepted:
        adjacent.setdefault(e.a, []).append(e)
        adjacent.setdefault(e.b, []).append(e)
    records: list[MergeRecord] = []
    for root in sorted(clusters, key=lambda r: units[reps[r].unit].id):
        if len(clusters[root]) < 2:
            continue
        rep = reps[root]
        start = rep.unit
        by_rule: dict[str, list[tuple[int, Edge]]] = {}
        seen = {start}
        queue = deque([start])
        while queue:
            x = queue.popleft()
            for e in sorted(adjacent.get(x, ()), key=Edge.order):
                y = e.b if e.a == x else e.a
                if y not in seen:
                    seen.add(y)
                    queue.append(y)
                    by_rule.setdefault(e.rule, []).append((y, e))
        kept = units[start].id
        for rule in sorted(by_rule):
            joined = by_rule[rule]
            records.append(MergeRecord(
                kept=kept, merged=sorted(units[y].id for y, _ in joined), type=rep.type,
                rule=rule, score=min(e.score for _, e in joined),
                evidence=sorted({e.detail for _, e in joined})))
    return records
