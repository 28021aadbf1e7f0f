"""Entity types and predicates: the closed vocabulary every layer speaks.

>>> Predicate.WORKED_AT.value
'worked-at'
>>> Predicate.parse("has_skill") is Predicate.USED_SKILL
True
>>> EntityType.SKILL in SIGNATURES[Predicate.USED_SKILL][1]
True
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["EntityType", "Predicate", "SIGNATURES", "DATED_PREDICATES"]


class EntityType(StrEnum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    EDUCATIONAL_ORGANIZATION = "EducationalOrganization"
    SKILL = "Skill"
    PUBLICATION = "Publication"
    PATENT = "Patent"
    AWARD = "Award"
    PROJECT = "Project"
    PLACE = "Place"
    VENUE = "Venue"

    @property
    def slug(self) -> str:
        """Lower-case path segment used in ids and IRIs ('educational-organization')."""
        return re.sub(r"(?<!^)(?=[A-Z])", "-", self.value).lower()


class Predicate(StrEnum):
    WORKED_AT = "worked-at"
    STUDIED_AT = "studied-at"
    USED_SKILL = "used-skill"
    AUTHORED = "authored"
    HOLDS_PATENT = "holds-patent"
    RECEIVED_AWARD = "received-award"
    CONTRIBUTED_TO = "contributed-to"
    PUBLISHED_IN = "published-in"
    LOCATED_IN = "located-in"
    PART_OF = "part-of"

    @property
    def slug(self) -> str:
        """camelCase local name used in RDF ('workedAt')."""
        head, *rest = self.value.split("-")
        return head + "".join(w.capitalize() for w in rest)

    @classmethod
    def parse(cls, text: str) -> Predicate:
        """Accept 'worked-at', 'worked_at', 'WorkedAt' and the scorer's aliases."""
        key = re.sub(r"(?<!^)(?=[A-Z])", "_", text.strip()).lower()
        key = re.sub(r"[^a-z]+", "-", key).strip("-")
        key = _ALIASES.get(key, key)
        return cls(key)


_ALIASES = {"has-skill": "used-skill", "uses-skill": "used-skill", "knows": "used-skill",
            "works-at": "worked-at", "works-for": "worked-at", "employed-by": "worked-at",
            "educated-at": "studied-at", "alumni-of": "studied-at"}

_ORGS = frozenset({EntityType.ORGANIZATION, EntityType.EDUCATIONAL_ORGANIZATION})

#: predicate -> (allowed subject types, allowed object types)
SIGNATURES: dict[Predicate, tuple[frozenset[EntityType], frozenset[EntityType]]] = {
    Predicate.WORKED_AT: (frozenset({EntityType.PERSON}), _ORGS),
    Predicate.STUDIED_AT: (frozenset({EntityType.PERSON}), _ORGS),
    Predicate.USED_SKILL: (frozenset({EntityType.PERSON}),
                           frozenset({EntityType.SKILL, EntityType.PROJECT})),
    Predicate.AUTHORED: (frozenset({EntityType.PERSON}), frozenset({EntityType.PUBLICATION})),
    Predicate.HOLDS_PATENT: (frozenset({EntityType.PERSON}), frozenset({EntityType.PATENT})),
    Predicate.RECEIVED_AWARD: (frozenset({EntityType.PERSON}), frozenset({EntityType.AWARD})),
    Predicate.CONTRIBUTED_TO: (frozenset({EntityType.PERSON}), frozenset({EntityType.PROJECT})),
    Predicate.PUBLISHED_IN: (frozenset({EntityType.PUBLICATION}), frozenset({EntityType.VENUE})),
    Predicate.LOCATED_IN: (_ORGS, frozenset({EntityType.PLACE})),
    Predicate.PART_OF: (_ORGS, _ORGS),
}

#: predicates whose facts may carry title/start/end qualifiers
DATED_PREDICATES = frozenset({Predicate.WORKED_AT, Predicate.STUDIED_AT,
                              Predicate.RECEIVED_AWARD, Predicate.CONTRIBUTED_TO})
