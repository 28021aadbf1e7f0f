"""What an extractor sees: the document, its spaCy Doc, its sections and its subject."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ontology import Document, Mention, Provenance
from ontology.checked import checked_provenance

if TYPE_CHECKING:  # spaCy is heavy: imported only where a Doc is made
    from spacy.tokens import Doc

__all__ = ["Section", "DocContext", "Line", "iter_lines"]


@dataclass(frozen=True)
class Section:
    """A section of a document: canonical `name` ('experience', 'education', 'skills', ...,
    'header' for the text before the first heading, 'other' for unknown headings), the heading as
    written, and the [start, end) character span of its body."""

    name: str
    heading: str
    start: int
    end: int
    heading_start: int | None = None


class Line(NamedTuple):
    """One line of text with its absolute [start, end) span (end excludes the newline).

    A named tuple, not a dataclass: extractors walk every line of a document several times, and
    making a tuple costs a third of a frozen dataclass."""

    text: str
    start: int
    end: int

    @property
    def stripped(self) -> str:
        return self.text.strip()


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """Lines of text[start:end] with absolute spans.

    >>> [(l.text, l.start) for l in iter_lines("ab\\ncd", 0)]
    [('ab', 0), ('cd', 3)]
    """
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        yield Line(text[pos:stop], pos, stop)
        pos = stop + 1


@dataclass(frozen=True)
class DocContext:
    """Everything an extractor reads. Extractors are pure functions of a DocContext."""

    document: Document
    doc: Doc
    sections: tuple[Section, ...]
    subject: Mention
    kind: str = "resume"
    extras: dict = field(default_factory=dict)
    #: [start, end) of the one person-profile segment this context is about, in a document that
    #: profiles several people (extract.profiles); the text outside it is noise to extractors
    segment: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        return self.document.text

    def sections_named(self, *names: str) -> list[Section]:
        return [s for s in self.sections if s.name in names]

    def lines(self, section: Section) -> Iterator[Line]:
        """The lines of a section (made once per context: several extractors walk them)."""
        key = ("lines", section.start, section.end)
        found = self.extras.get(key)
        if found is None:
            found = self.extras[key] = tuple(iter_lines(self.text, section.start, section.end))
        return iter(found)

    def provenance(self, start: int, end: int, extractor: str, confidence: float = 0.9) -> Provenance:
        """Provenance for the span [start, end) of this document, quote taken from the text."""
        start, end = max(0, start), min(len(self.text), end)
        return checked_provenance(self.document.id, start, end, self.text[start:end], extractor,
                                  confidence)
