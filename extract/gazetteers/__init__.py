"""Curated vocabularies (data files) and their loaders; see `extract.gazetteers.load`.

Importing the package reads nothing: each loader reads its file on first call and caches it.
"""

from extract.gazetteers.load import (
    ORG_TYPES,
    PLACE_KINDS,
    SECTIONS,
    SKILL_CATEGORIES,
    GazetteerError,
    OrgEntry,
    PlaceEntry,
    SkillEntry,
    find_organization,
    find_places,
    find_skill,
    load_job_titles,
    load_organizations,
    load_places,
    load_section_headers,
    load_skill_stoplist,
    load_skills,
    load_title_modifiers,
)

__all__ = [
    "SkillEntry", "OrgEntry", "PlaceEntry", "GazetteerError",
    "SKILL_CATEGORIES", "ORG_TYPES", "PLACE_KINDS", "SECTIONS",
    "load_skills", "load_skill_stoplist", "load_organizations", "load_places",
    "load_job_titles", "load_title_modifiers", "load_section_headers",
    "find_skill", "find_organization", "find_places",
]
