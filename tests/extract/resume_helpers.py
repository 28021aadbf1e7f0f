"""Shared helpers of the resume layout tests: the subject of a text, its employment facts."""

from __future__ import annotations

from extract.pipeline import build_context
from extract.resume.experience import extract_experience
from extract.sections import split_sections
from extract.subject import detect_subject
from ontology import Document

__all__ = ["subject_of", "experience_facts", "jobs", "pairs"]


def subject_of(text: str) -> str | None:
    """The name of the resume subject `text` gives (None when it names nobody)."""
    return detect_subject(Document(id="d", text=text), split_sections(text)).name


def experience_facts(text: str, pred: str = "worked-at") -> list:
    """The experience extractor's facts of predicate `pred` for `text`."""
    ctx = build_context(Document(id="d", text=text))
    return [f for f in extract_experience(ctx) if f.predicate.value == pred]


def jobs(text: str) -> list[tuple]:
    """(employer, title, start, end) of every worked-at fact, in text order."""
    return [(f.object.name, f.title, f.start, f.end) for f in experience_facts(text)]


def pairs(text: str, pred: str) -> set[tuple[str, str]]:
    """(subject name, object name) of every `pred` fact."""
    return {(f.subject.name, f.object.name) for f in experience_facts(text, pred)}
