"""Block: which units are worth comparing, without comparing all pairs.

Every function makes one pass over the units and files each under a few keys (normalized name,
vocabulary entry, name without spaces, acronym readings, one-deletion variants of the name,
identifiers, person name + document or + organization); only units sharing a key are compared.
Blocks for fuzzy and acronym matching are capped: a key shared by very many names says little.

>>> from graph.merge_units import MentionRef, build_units
>>> from ontology import EntityType as T
>>> units, _ = build_units([MentionRef(T.ORGANIZATION, n, "d") for n in
...     ("Amazon", "Amazon.com, Inc.", "IIT Delhi", "Indian Institute of Technology Delhi")])
>>> sorted(k for k, v in name_groups(units).items() if len(v) > 1)
[('org', 'amazon')]
>>> blocks = acronym_blocks(units)
>>> [(k, [units[i].name for i in s], [units[i].name for i in lg]) for k, (s, lg) in blocks.items()]
[(('org', 'iit', 'delhi', 'lead'), ['IIT Delhi'], ['Indian Institute of Technology Delhi'])]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graph.merge_units import Unit
from graph.normalize import compact_key, expansions, name_key, short_forms

__all__ = ["name_groups", "vocabulary_blocks", "compact_blocks", "acronym_blocks",
           "fuzzy_pairs", "identifier_blocks", "person_doc_blocks", "person_org_blocks",
           "MIN_COMPACT", "MIN_FUZZY_WORD", "MAX_FUZZY_BLOCK", "MAX_ACRONYM_BLOCK"]

#: shortest name (without spaces) the compact-name rule may join
MIN_COMPACT = 4
#: shortest word a near-duplicate may differ in (one edit in 7 letters scores 0.857)
MIN_FUZZY_WORD = 7
#: a one-deletion variant shared by more names than this is skipped
MAX_FUZZY_BLOCK = 12
#: an acronym reading shared by more units than this is skipped
MAX_ACRONYM_BLOCK = 48

GroupKey = tuple[str, str]  # (family, name key)


def name_groups(units: Sequence[Unit]) -> dict[GroupKey, list[int]]:
    """(family, name key) -> indices of the named non-person units with that key."""
    groups: dict[GroupKey, list[int]] = {}
    for u in units:
        if u.family != "person" and u.name_key:
            groups.setdefault((u.family, u.name_key), []).append(u.index)
    return groups


def vocabulary_blocks(units: Sequence[Unit]) -> dict[GroupKey, list[int]]:
    """(family, canonical name) -> units the vocabulary maps to that entry (two or more)."""
    blocks: dict[GroupKey, list[int]] = {}
    for u in units:
        if u.canon is not None:
            blocks.setdefault((u.family, u.canon.canonical), []).append(u.index)
    return {k: v for k, v in blocks.items() if len(v) > 1}


def compact_blocks(groups: Iterable[GroupKey]) -> dict[GroupKey, list[GroupKey]]:
    """(family, name without spaces) -> two or more name groups that differ only in spaces."""
    blocks: dict[GroupKey, list[GroupKey]] = {}
    for fam, key in groups:
        compact = compact_key(key)
        if len(compact) >= MIN_COMPACT and " " in key:
            blocks.setdefault((fam, compact), [])
    for fam, key in groups:
        hit = blocks.get((fam, compact_key(key)))
        if hit is not None:
            hit.append((fam, key))
    return {k: sorted(v) for k, v in blocks.items() if len(v) > 1}


def acronym_blocks(units: Sequence[Unit]) -> dict[tuple[str, str, str, str], tuple[list[int], list[int]]]:
    """(family, acronym, rest, position) -> (units written as the acronym, units spelling it out).

    Only keys with both sides are kept, and only if the block is not over-full.
    """
    shorts: dict[tuple[str, str, str, str], list[int]] = {}
    for u in units:
        if u.family == "person":
            continue
        for surface in u.names:
            for acr, rest, pos in short_forms(surface):
                rest_key = name_key(rest, u.family) if rest else ""
                members = shorts.setdefault((u.family, acr, rest_key, pos), [])
                if not members or members[-1] != u.index:
                    members.append(u.index)
    longs: dict[tuple[str, str, str, str], list[int]] = {}
    for u in units:
        if u.family == "person" or " " not in u.name_key:
            continue
        for acr, rest, pos in expansions(u.name_key):
            key = (u.family, acr, rest, pos)
            if key in shorts:
                longs.setdefault(key, []).append(u.index)
    return {k: (shorts[k], longs[k]) for k in sorted(longs)
            if len(shorts[k]) + len(longs[k]) <= MAX_ACRONYM_BLOCK}


def _deletions(key: str) -> list[str]:
    """The key and its one-deletion variants inside words of MIN_FUZZY_WORD - 1 letters or more,
    never deleting a word's first letter (near-duplicates keep it)."""
    out = [key]
    start = 0
    for word in key.split(" "):
        if len(word) >= MIN_FUZZY_WORD - 1:
            out.extend(key[:i] + key[i + 1:] for i in range(start + 1, start + len(word)))
        start += len(word) + 1
    return out


def fuzzy_pairs(groups: Iterable[GroupKey]) -> list[tuple[GroupKey, GroupKey]]:
    """Pairs of name groups of one family whose keys may be one edit apart inside one word:
    they share a one-deletion variant (a symmetric-delete index, linear in total name length)."""
    index: dict[tuple[str, str], list[GroupKey]] = {}
    for g in groups:
        if len(g[1]) < MIN_FUZZY_WORD - 1:
            continue
        for variant in _deletions(g[1]):
            index.setdefault((g[0], variant), []).append(g)
    pairs: set[tuple[GroupKey, GroupKey]] = set()
    for members in index.values():
        if 1 < len(members) <= MAX_FUZZY_BLOCK:
            members = sorted(set(members))
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    return sorted(pairs)


def identifier_blocks(units: Sequence[Unit]) -> dict[str, list[int]]:
    """Normalized identifier -> person units carrying it (two or more)."""
    blocks: dict[str, list[int]] = {}
    for u in units:
        if u.family == "person":
            for ident in u.identifiers:
                blocks.setdefault(ident, []).append(u.index)
    return {k: v for k, v in sorted(blocks.items()) if len(v) > 1}


def person_doc_blocks(units: Sequence[Unit]) -> dict[tuple[str, str], list[int]]:
    """(document, person name key) -> named person units of that document (two or more)."""
    blocks: dict[tuple[str, str], list[int]] = {}
    for u in units:
        if u.family == "person" and u.name_key:
            for doc in u.docs:
                blocks.setdefault((doc, u.name_key), []).append(u.index)
    return {k: v for k, v in sorted(blocks.items()) if len(v) > 1}


def person_org_blocks(units: Sequence[Unit], affiliations: dict[int, set[tuple[str, int]]]
                      ) -> dict[tuple[str, str, int], list[int]]:
    """(person name key, 'employer' | 'school', organization cluster) -> person units.

    Only full names (two words or more) are blocked: a lone first name is too weak.
    """
    blocks: dict[tuple[str, str, int], list[int]] = {}
    for p, affs in affiliations.items():
        key = units[p].name_key
        if key.count(" ") < 1:
            continue
        for kind, org in affs:
            blocks.setdefault((key, kind, org), []).append(p)
    return {k: sorted(set(v)) for k, v in sorted(blocks.items()) if len(set(v)) > 1}
