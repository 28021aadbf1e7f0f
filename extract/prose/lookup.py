"""The curated vocabularies as prose extractors need them: organizations and skills.

A thin adapter over `extract.gazetteers` (organizations) and `extract.skillmatch` (skills), so
the prose patterns ask three questions only: "is this a known organization (of which type)?",
"is this a skill?" and "which skills does this text mention?". While a vocabulary is not
installed the answers are "no" and "none" (the patterns then rely on cue words and syntax).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ontology import EntityType, norm_name

__all__ = ["known_org_type", "known_place", "is_skill", "skill_spans"]


@lru_cache(maxsize=1)
def _orgs() -> dict[str, EntityType]:
    """norm_name -> type of every gazetteer organization (empty without the gazetteer)."""
    try:
        from extract.gazetteers.load import load_organizations
    except ImportError:
        return {}
    out: dict[str, EntityType] = {}
    for row in load_organizations():
        etype = EntityType.EDUCATIONAL_ORGANIZATION if "educational" in str(
            getattr(row, "type", "")).lower() else EntityType.ORGANIZATION
        for name in (row.canonical, *getattr(row, "aliases", ())):
            out.setdefault(norm_name(name), etype)
    return out


@lru_cache(maxsize=1)
def _matcher() -> Any | None:
    try:
        from extract.skillmatch import default_matcher

        return default_matcher()
    except (ImportError, FileNotFoundError, OSError):
        return None


def known_org_type(name: str) -> EntityType | None:
    """The type of a gazetteer organization, or None when the name is not in the gazetteer."""
    key = norm_name(name)
    return _orgs().get(key) if key else None


@lru_cache(maxsize=4096)
def is_skill(name: str) -> bool:
    """True when the whole name is one skill or technology of the skills vocabulary."""
    matcher = _matcher()
    if matcher is None or not name.strip():
        return False
    from extract.skillmatch import lookup_skill

    return lookup_skill(name, matcher=matcher) is not None


#: vocabulary categories that are skills only when a skills list names them (a task solved,
#: a generic engineering practice), never from running prose
_LIST_ONLY = frozenset({"task", "practice"})


def skill_spans(text: str, *, prose: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every vocabulary skill in `text`, in text order.

    With `prose`, drop what running text cannot claim as a skill: tasks and practices, and a
    lone lower-case word standing for a longer name ('reconciliation' for Account Reconciliation).
    """
    matcher = _matcher()
    if matcher is None or not text.strip():
        return []
    out = []
    for m in matcher.find(text):
        if prose and ((m.category or "").lower() in _LIST_ONLY or (
                " " not in m.text and m.text.islower() and len(m.canonical.split()) > 1)):
            continue
        out.append((m.start, m.end, m.canonical))
    return out


@lru_cache(maxsize=4096)
def known_place(name: str) -> bool:
    """True when the name is a place of the places gazetteer (a country, state or city)."""
    try:
        from extract.gazetteers.load import find_places
    except ImportError:
        return False
    return bool(name.strip()) and bool(find_places(name))
