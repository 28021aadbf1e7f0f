"""The DocContext of a document already known to be prose (bios, articles): its sections, the
model's Doc and the subject. Tools and tests use it to skip kind detection; the pipeline's
`build_context` does the same for documents it detects as prose."""

from __future__ import annotations

from extract.context import DocContext
from ontology import Document

__all__ = ["prose_context"]


def prose_context(document: Document) -> DocContext:
    """Sections, the full model's Doc and the prose subject of `document`, kind 'prose'."""
    from extract.nlp import full_nlp
    from extract.prose.subject import detect_prose_subject
    from extract.sections import split_sections

    sections = tuple(split_sections(document.text, document.format))
    doc = full_nlp()(document.text)
    subject = detect_prose_subject(document, doc, sections)
    return DocContext(document=document, doc=doc, sections=sections, subject=subject, kind="prose")
