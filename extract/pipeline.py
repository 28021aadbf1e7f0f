"""One document in, its facts out: sections -> kind -> spaCy Doc -> subject -> extractors.

The extractor modules listed in `EXTRACTOR_MODULES` register themselves on import; they are
imported on the first call, never at package import.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from extract.context import DocContext
from extract.prose.wrap import unwrapped
from extract.registry import registered
from ontology import Document, EntityType, ExtractionError, Fact, Mention
from ontology.collector import paused_gc

__all__ = ["EXTRACTOR_MODULES", "extract_document", "build_context", "parse_prose"]

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


def _profiles(document: Document) -> list:
    """The person-profile segments of a document that profiles several people ([] otherwise)."""
    if document.format == "jsonresume":
        return []
    return list(_profile_segments(document.text))


@lru_cache(maxsize=64)
def _kind_of(text: str, sections: tuple) -> str:
    """`detect_kind` of the unwrapped text, memoized like `_profile_segments`."""
    from extract.kind import detect_kind

    return detect_kind(unwrapped(text), sections)


@lru_cache(maxsize=64)
def _profile_segments(text: str) -> tuple:
    """Memoized for the last few texts: a worker asks once to decide whether the model must
    parse a chunk's documents and again to extract each one."""
    from extract.profiles import profile_segments

    return tuple(profile_segments(text))


def build_context(document: Document, parsed: Any = None, *, profiles: Sequence[Any] = ()
                  ) -> DocContext:
    """Sections, kind, spaCy Doc and subject of a document. `parsed`: the statistical model's
    Doc of a prose document's text, when it was parsed already (`parse_prose`). With `profiles`
    (a document profiling several people) the document is read as prose and its subject is the
    first profile's person (`extract_document` gives each profile its own context)."""
    from extract.sections import split_sections

    sections = tuple(split_sections(document.text, document.format))
    if profiles:
        from extract.nlp import full_nlp

        doc = parsed if parsed is not None else full_nlp()(unwrapped(document.text))
        first = profiles[0]
        return DocContext(document=document, doc=doc, sections=sections, kind="prose",
                          subject=Mention(type=EntityType.PERSON, name=first.name),
                          segment=(first.start, first.end))
    if document.format == "jsonresume":  # structured fields, mapped straight to facts
        from extract.jsonresume_facts import jsonresume_subject
        from extract.nlp import blank_nlp

        return DocContext(document=document, doc=blank_nlp()(document.text), sections=sections,
                          subject=jsonresume_subject(document), kind="jsonresume")
    kind = _kind_of(document.text, sections)
    if kind == "prose":
        from extract.nlp import full_nlp
        from extract.prose.subject import detect_prose_subject

        doc = parsed if parsed is not None else full_nlp()(unwrapped(document.text))
        subject: Mention = detect_prose_subject(document, doc, sections)
    else:
        from extract.nlp import blank_nlp
        from extract.subject import detect_subject

        doc = blank_nlp()(document.text)
        subject = detect_subject(document, sections)
    return DocContext(document=document, doc=doc, sections=sections, subject=subject, kind=kind)


def parse_prose(documents: Sequence[Document], batch_size: int = 8) -> dict[str, Any]:
    """The statistical model's Docs of the prose documents among `documents` (by document id),
    parsed in batches: about a third less CPU per document than one at a time, with the same
    annotations (tests/extract/test_pipeline_batch.py checks it). Pass each to
    `extract_document(document, parsed=...)`."""
    from extract.sections import split_sections

    prose = [d for d in documents if d.format != "jsonresume"
             and (_kind_of(d.text, tuple(split_sections(d.text, d.format)))
                  == "prose" or _profiles(d))]
    if not prose:
        return {}
    from extract.nlp import full_nlp

    docs = full_nlp().pipe((unwrapped(d.text) for d in prose), batch_size=batch_size)
    return {d.id: doc for d, doc in zip(prose, docs, strict=True)}


def extract_document(document: Document, *, parsed: Any = None) -> list[Fact]:
    """All facts of one document, de-duplicated by fact id, in text order.

    Raises `ExtractionError` naming the document and the extractor that failed. The cyclic
    garbage collector is paused for the document (its objects are freed by reference counting;
    the collector's passes over a process holding the vocabulary cost a few percent).
    """
    with paused_gc():
        return _extract_document(document, parsed)


def _extract_document(document: Document, parsed: Any = None) -> list[Fact]:
    """`extract_document` with the collector as the caller left it.
    """
    _load_extractors()
    profiles = _profiles(document)
    ctx = build_context(document, parsed, profiles=profiles)
    contexts = [ctx] if not profiles else [
        ctx, *(replace(ctx, subject=Mention(type=EntityType.PERSON, name=p.name),
                       segment=(p.start, p.end), extras={}) for p in profiles[1:])]
    facts: dict[str, Fact] = {}
    for one in contexts:
        for spec in registered(one.kind):
            try:
                found = spec.func(one)
            except Exception as exc:  # an extractor bug must name itself and the document
                raise ExtractionError(f"extractor {spec.name} failed: {type(exc).__name__}: "
                                      f"{exc}", doc=document.id, hint="report it with the "
                                      "document if you can share it; other documents are "
                                      "unaffected") from exc
            for f in found:
                if one.segment is None or _in_segment(f, one):
                    facts.setdefault(f.id, f)
    return sorted(facts.values(), key=lambda f: (f.provenance.start, f.provenance.end,
                                                 f.predicate.value, f.id))


def _in_segment(fact: Fact, ctx: DocContext) -> bool:
    """A fact about a profile's person must come from inside the profile's segment; facts
    about organizations and works (located-in, part-of, published-in) may come from anywhere."""
    if fact.subject != ctx.subject:
        return True
    start, end = ctx.segment or (0, len(ctx.text))
    return start <= fact.provenance.start and fact.provenance.end <= end
