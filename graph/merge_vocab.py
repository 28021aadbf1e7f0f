"""The curated vocabularies as merging needs them: canonical names, aliases, types and parents.

Built from the gazetteer rows (`extract.gazetteers.load.load_organizations()` and
`load_skills()`); while the gazetteer is not installed the vocabulary is empty and merging
relies on its rules alone. A name that two entries claim is ambiguous and maps to neither.

>>> from types import SimpleNamespace as Row
>>> v = Vocabulary.from_rows(
...     orgs=[Row(canonical="Amazon", type="Organization", aliases=["Amazon.com"], parent=None),
...           Row(canonical="Amazon India", type="Organization", aliases=[], parent="Amazon")],
...     skills=[Row(canonical="Python", aliases=["Python3"], case_sensitive=False),
...             Row(canonical="Go", aliases=["Golang"], case_sensitive=True)])
>>> v.lookup("org", "Amazon.com, Inc.").canonical
'Amazon'
>>> v.parent(v.lookup("org", "Amazon India")).canonical
'Amazon'
>>> v.lookup("skill", "python3").canonical, v.lookup("skill", "go")
('Python', None)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from graph.normalize import name_key
from ontology import EntityType, fold

__all__ = ["VocabEntry", "Vocabulary", "default_vocabulary"]

#: merge families whose names the skills vocabulary normalizes (a used-skill object may be a Project)
_SKILL_FAMILIES = ("skill", "project")


@dataclass(frozen=True, slots=True)
class VocabEntry:
    """One curated thing: its canonical name, family, type and (organizations) parent name."""

    canonical: str
    family: str
    type: EntityType
    parent: str | None = None


def _org_type(value: Any) -> EntityType:
    text = str(getattr(value, "value", value) or "").lower()
    if "educational" in text or text in {"university", "college", "school", "edu", "education"}:
        return EntityType.EDUCATIONAL_ORGANIZATION
    return EntityType.ORGANIZATION


class Vocabulary:
    """Name -> `VocabEntry` lookups per merge family (see the module example)."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], VocabEntry | None] = {}
        self._exact: dict[tuple[str, str], VocabEntry | None] = {}
        self._canonical: dict[tuple[str, str], VocabEntry] = {}

    @classmethod
    def from_rows(cls, orgs: Iterable[Any] = (), skills: Iterable[Any] = ()) -> Vocabulary:
        """Index gazetteer rows (any objects with the OrgEntry / SkillEntry attributes)."""
        vocab = cls()
        for row in orgs:
            entry = VocabEntry(row.canonical, "org", _org_type(getattr(row, "type", None)),
                               getattr(row, "parent", None) or None)
            vocab._add(entry, "org", _names(row), case_sensitive=False)
        for row in skills:
            sensitive = bool(getattr(row, "case_sensitive", False))
            for fam in _SKILL_FAMILIES:
                entry = VocabEntry(row.canonical, fam, EntityType(fam.capitalize()))
                vocab._add(entry, fam, _names(row), case_sensitive=sensitive)
        return vocab

    def _add(self, entry: VocabEntry, fam: str, names: list[str], *, case_sensitive: bool) -> None:
        self._canonical.setdefault((fam, fold(entry.canonical)), entry)
        index = self._exact if case_sensitive else self._by_key
        for name in names:
            key = (fam, name.strip()) if case_sensitive else (fam, name_key(name, fam))
            if not key[1]:
                continue
            if key in index and index[key] is not None and index[key].canonical != entry.canonical:
                index[key] = None  # two entries claim this name: it maps to neither
            elif key not in index:
                index[key] = entry

    def __len__(self) -> int:
        return len(self._canonical)

    def lookup(self, fam: str, name: str | None) -> VocabEntry | None:
        """The entry a name of family `fam` stands for, or None (unknown or ambiguous)."""
        if not name:
            return None
        hit = self._exact.get((fam, name.strip()))
        if hit is not None:
            return hit
        return self._by_key.get((fam, name_key(name, fam)))

    def parent(self, entry: VocabEntry) -> VocabEntry | None:
        """The entry of an organization's parent, when the vocabulary knows it."""
        if not entry.parent:
            return None
        return self._canonical.get((entry.family, fold(entry.parent))) or self.lookup(
            entry.family, entry.parent)


def _names(row: Any) -> list[str]:
    aliases = getattr(row, "aliases", ()) or ()
    if isinstance(aliases, str):
        aliases = [a for a in aliases.split("|") if a.strip()]
    return [row.canonical, *aliases]


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The project's curated vocabularies (empty while `extract.gazetteers.load` is missing)."""
    try:
        from extract.gazetteers.load import load_organizations, load_skills
    except ImportError:
        return Vocabulary()
    try:
        return Vocabulary.from_rows(orgs=load_organizations(), skills=load_skills())
    except (FileNotFoundError, OSError):
        return Vocabulary()
