"""Pre-merge entities ("units"): mentions grouped only where grouping is trivial.

A unit is every mention of one type whose names fold to the same surface key (case, accents,
white space); a person unit is further bounded by its document, and a nameless person is the
document's subject (`anon:<doc>`). A mention's explicit `key` names its unit. Merging then decides
which units are one real-world thing; a unit's `id` is the id it keeps when nothing merges it.

>>> from ontology import EntityType as T
>>> ms = [MentionRef(T.SKILL, "TensorFlow", "a"), MentionRef(T.SKILL, "tensorflow", "b"),
...       MentionRef(T.PERSON, "Ada Park", "a"), MentionRef(T.PERSON, "Ada Park", "b")]
>>> units, of = build_units(ms)
>>> len(units), of[0] == of[1], of[2] == of[3]
(3, True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from graph.merge_vocab import VocabEntry, Vocabulary
from graph.normalize import family, name_key, norm_identifier, surface_key
from ontology import EntityType, Fact, Mention, entity_id

__all__ = ["MentionRef", "Unit", "unit_key", "mention_ref", "build_units", "pick_name",
           "STRONG_IDENTIFIERS"]

#: identifier kinds strong enough to say two person mentions are one person (not phone numbers:
#: offices and switchboards are shared)
STRONG_IDENTIFIERS = frozenset({"email", "github", "linkedin", "website", "handle", "orcid",
                                "scholar"})


@dataclass(frozen=True, slots=True)
class MentionRef:
    """What merging reads of one mention: type, name, document, identifiers, explicit key."""

    type: EntityType
    name: str | None
    doc: str
    identifiers: tuple[tuple[str, str], ...] = ()
    key: str | None = None


def mention_ref(m: Mention, doc: str) -> MentionRef:
    """The `MentionRef` of a kernel `Mention` seen in document `doc`."""
    return MentionRef(m.type, m.name, doc, tuple(sorted(m.identifiers.items())), m.key)


def unit_key(etype: EntityType, name: str | None, doc: str, key: str | None,
             identifiers: tuple[tuple[str, str], ...] = ()) -> str:
    """The key of the unit a mention belongs to (see the module docstring)."""
    if key:
        return f"key:{key}"
    if etype == EntityType.PERSON:
        return f"doc:{doc}|{surface_key(name)}" if name else f"anon:{doc}"
    if not name:
        return "ids:" + "|".join(f"{k}={v}" for k, v in identifiers)
    return surface_key(name)


@dataclass(slots=True)
class Unit:
    """One pre-merge entity: its mentions' names (with counts), documents and identifiers."""

    index: int
    type: EntityType
    key: str
    family: str
    names: dict[str, int] = field(default_factory=dict)
    docs: set[str] = field(default_factory=set)
    count: int = 0
    identifiers: set[str] = field(default_factory=set)  # normalized, strong kinds only
    explicit_key: str | None = None
    name: str | None = None
    name_key: str = ""
    canon: VocabEntry | None = None
    id: str = ""


def pick_name(counts: dict[str, int], fam: str = "") -> str | None:
    """Most frequent name; ties go to the longest name key without spaces (spelled out, not
    truncated), then to the shortest name as written (fewer legal forms), then alphabetically.

    >>> pick_name({"Soflines": 1, "Softlines": 1}), pick_name({"Amazon.com, Inc.": 1, "Amazon": 1}, "org")
    ('Softlines', 'Amazon')
    >>> pick_name({"Tensorflow": 1, "TensorFlow": 1, "Tensor Flow": 1})
    'TensorFlow'
    """
    if not counts:
        return None
    top = max(counts.values())
    tied = [n for n, c in counts.items() if c == top]
    if len(tied) == 1:
        return tied[0]
    return min(tied, key=lambda n: (-len(name_key(n, fam).replace(" ", "")), len(n), n))


def build_units(mentions: Iterable[MentionRef], vocab: Vocabulary | None = None
                ) -> tuple[list[Unit], list[int]]:
    """Units sorted by (type, key) and, for each mention in order, the index of its unit."""
    acc: dict[tuple[EntityType, str], Unit] = {}
    order: list[Unit] = []
    skey: dict[str, str] = {}
    person = EntityType.PERSON
    for m in mentions:
        name = m.name
        if name and not m.key:
            folded = skey.get(name)
            if folded is None:
                folded = skey[name] = surface_key(name)
            ukey = folded if m.type != person else f"doc:{m.doc}|{folded}"
        else:
            ukey = unit_key(m.type, name, m.doc, m.key, m.identifiers)
        unit = acc.get((m.type, ukey))
        if unit is None:
            unit = acc[(m.type, ukey)] = Unit(-1, m.type, ukey, family(m.type), explicit_key=m.key)
        order.append(unit)
        unit.count += 1
        unit.docs.add(m.doc)
        if name:
            unit.names[name] = unit.names.get(name, 0) + 1
        for kind, value in m.identifiers:
            ident = norm_identifier(kind, value) if value and kind in STRONG_IDENTIFIERS else None
            if ident:
                unit.identifiers.add(ident)
    units = [acc[slot] for slot in sorted(acc)]
    for i, unit in enumerate(units):
        unit.index = i
        unit.name = next(iter(unit.names)) if len(unit.names) == 1 else pick_name(unit.names, unit.family)
        unit.name_key = name_key(unit.name, unit.family) if unit.name else ""
        if vocab is not None and unit.family != "person" and unit.names:
            unit.canon = _lookup(vocab, unit)
        unit.id = entity_id(unit.type, unit.key, unit.name)
    return units, [u.index for u in order]


def _lookup(vocab: Vocabulary, unit: Unit):
    """The vocabulary entry of the unit's most frequent name that has one."""
    if len(unit.names) == 1:
        return vocab.lookup(unit.family, unit.name)
    ranked = sorted(unit.names, key=lambda n: (-unit.names[n], n))
    return next((hit for n in ranked if (hit := vocab.lookup(unit.family, n)) is not None), None)


def mention_refs(facts: Sequence[Fact]) -> list[MentionRef]:
    """Subject and object `MentionRef`s of each fact, in order (two per fact)."""
    out: list[MentionRef] = []
    for f in facts:
        out.append(mention_ref(f.subject, f.doc))
        out.append(mention_ref(f.object, f.doc))
    return out
