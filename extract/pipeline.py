"""One document in, its facts out: sections -> kind -> spaCy Doc -> subject -> extractors.

The extractor modules listed in `EXTRACTOR_MODULES` register themselves on import; they are
imported on the first call, never at package import.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from extract.context import DocContext
from extract.registry import registered
from ontology import Document, ExtractionError, Fact, Mention
from ontology.collector import paused_gc

__all__ = ["EXTRACTOR_MODULES", "extract_document", "build_context"]

#: modules whose import registers extractors (versioned names live in the modules)
EXTRACTOR_MODULES: tuple[str, ...] = (
    # each owner adds its module here, one line each
    "extract.prose.facts",
    "extract.resume.experience",
    "extract.resume.education",
    "extract.resume.skills",
    "extract.resume.projects",
    "extract.resume.bibliography",
    "extract.resume.patents",
    "extract.resume.awards",
    "extract.jsonresume_facts",
)


@lru_cache(maxsize=1)
def _load_extractors() -> tuple[str, ...]:
    for mod in EXTRACTOR_MODULES:
        importlib.import_module(mod)
    return EXTRACTOR_MODULES


def build_context(document: Document) -> DocContext:
    """Sections, kind, spaCy Doc and subject of a document."""
    from extract.kind import detect_kind
    from extract.sections import split_sections

    sections = tuple(split_sections(document.text, document.format))
    if document.format == "jsonresume":  # structured fields, mapped straight to facts
        from extract.jsonresume_facts import jsonresume_subject
        from extract.nlp import blank_nlp

        return DocContext(document=document, doc=blank_nlp()(document.text), sections=sections,
                          subject=jsonresume_subject(document), kind="jsonresume")
    kind = detect_kind(document.text, sections)
    if kind == "prose":
        from extract.nlp import full_nlp
        from extract.prose.subject import detect_prose_subject

        doc = full_nlp()(document.text)
        subject: Mention = detect_prose_subject(document, doc, sections)
    else:
        from extract.nlp import blank_nlp
        from extract.subject import detect_subject

        doc = blank_nlp()(document.text)
        subject = detect_subject(document, sections)
    return DocContext(document=document, doc=doc, sections=sections, subject=subject, kind=kind)


def extract_document(document: Document) -> list[Fact]:
    """All facts of one document, de-duplicated by fact id, in text order.

    Raises `ExtractionError` naming the document and the extractor that failed. The cyclic
    garbage collector is paused for the document (its objects are freed by reference counting;
    the collector's passes over a process holding the vocabulary cost a few percent).
    """
    with paused_gc():
        return _extract_document(document)


def _extract_document(document: Document) -> list[Fact]:
    """`extract_document` with the collector as the caller left it.
    """
    _load_extractors()
    ctx = build_context(document)
    facts: dict[str, Fact] = {}
    for spec in registered(ctx.kind):
        try:
            found = spec.func(ctx)
        except Exception as exc:  # an extractor bug must name itself and the document
            raise ExtractionError(f"extractor {spec.name} failed: {type(exc).__name__}: {exc}",
                                  doc=document.id, hint="report it with the document if you can "
                                  "share it; other documents are unaffected") from exc
        for f in found:
            facts.setdefault(f.id, f)
    return sorted(facts.values(), key=lambda f: (f.provenance.start, f.provenance.end,
                                                 f.predicate.value, f.id))
