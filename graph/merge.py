"""Entity resolution: which mentions are the same real-world thing.

Spine version: mentions are keyed by type and normalized name (legal suffixes, '.com', case,
punctuation and accents folded); persons by a strong identifier (email, profile URL, handle) or,
failing that, by name within one document only (never merged across documents on a name alone).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ontology import Entity, EntityType, Fact, Mention, MergeRecord, entity_id, norm_name

__all__ = ["Resolution", "mention_key", "resolve", "STRONG_IDENTIFIERS"]

#: identifier kinds strong enough to say two person mentions are one person
STRONG_IDENTIFIERS = ("email", "github", "linkedin", "orcid", "website", "handle", "scholar")


def mention_key(m: Mention, doc: str) -> str:
    """The merge key of a mention in a document."""
    if m.key:
        return m.key
    if m.type == EntityType.PERSON:
        for kind in STRONG_IDENTIFIERS:
            if m.identifiers.get(kind):
                return f"{kind}:{m.identifiers[kind].strip().lower()}"
        return f"name:{norm_name(m.name)}@{doc}" if m.name else f"anon:{doc}"
    return f"name:{norm_name(m.name)}"


@dataclass
class Resolution:
    """Mentions resolved to entities, and the log of every merge made."""

    entities: dict[str, Entity] = field(default_factory=dict)
    key_to_id: dict[tuple[str, str], str] = field(default_factory=dict)
    log: list[MergeRecord] = field(default_factory=list)

    def id_of(self, m: Mention, doc: str) -> str:
        return self.key_to_id[(m.type.value, mention_key(m, doc))]


def _pick_name(names: Counter[str]) -> str | None:
    if not names:
        return None
    return sorted(names.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]


def resolve(facts: Iterable[Fact]) -> Resolution:
    """Group the subject and object mentions of `facts` into entities (deterministic)."""
    groups: dict[tuple[str, str], list[tuple[Mention, Fact]]] = defaultdict(list)
    for f in facts:
        for m in (f.subject, f.object):
            groups[(m.type.value, mention_key(m, f.doc))].append((m, f))
    res = Resolution()
    for (etype, key), items in sorted(groups.items()):
        names = Counter(m.name for m, _ in items if m.name)
        name = _pick_name(names)
        ident = entity_id(EntityType(etype), key, name)
        identifiers: dict[str, set[str]] = defaultdict(set)
        attrs: dict[str, str] = {}
        for m, _ in items:
            for k, v in m.identifiers.items():
                identifiers[k].add(v)
            for k, v in sorted(m.attrs.items()):
                attrs.setdefault(k, v)
        prov = {(p.doc, p.start, p.end, p.extractor): p for p in (f.provenance for _, f in items)}
        res.entities[ident] = Entity(
            id=ident, type=EntityType(etype), name=name,
            aliases=sorted(n for n in names if n != name),
            identifiers={k: sorted(v) for k, v in sorted(identifiers.items())}, attrs=attrs,
            provenance=[prov[k] for k in sorted(prov)])
        res.key_to_id[(etype, key)] = ident
        surface = sorted({norm_name(n, drop_legal=False) for n in names})
        if len(surface) > 1:
            res.log.append(MergeRecord(kept=ident, merged=[], type=EntityType(etype),
                                       rule="normalized-name", score=1.0,
                                       evidence=[f"same key {key!r} for: " + " | ".join(sorted(names))]))
    return res
