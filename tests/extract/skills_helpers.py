"""Shared helpers of the skills layout tests: the skills a resume text gives, and list items."""

from __future__ import annotations

from extract.pipeline import build_context
from extract.resume.skilllists import split_items
from extract.resume.skills import extract_skills
from ontology import Predicate
from tests.conftest import make_document

__all__ = ["skills_of", "items_of"]


def skills_of(text: str, fmt: str = "txt") -> list[str]:
    """Names of the used-skill objects the skills extractor finds in `text`, in text order."""
    facts = extract_skills(build_context(make_document(text, "cv", fmt)))
    return [f.object.name for f in facts if f.predicate is Predicate.USED_SKILL]


def items_of(text: str) -> list[str]:
    """The items a skills list line splits into."""
    return [i.text for i in split_items(text, 0, len(text))]
