"""Works a bio cites in passing, in the shapes a reference takes inside running text:

- a title run that the capitalised-run reader cut at a small word, completed up to the
  '(Publisher, YEAR)' that follows it: 'author of Saving the Estuary (Kelp & Co, 2017)';
- a quoted title with its venue and year in brackets after the subject's own work or research:
  'her work on dune grasses ("Root mats that hold sand", Coastal Ecology 2021)'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["complete_title", "PAREN_CITATION", "owned_by_subject", "cited_venue", "cited_spans"]

_SMALL = frozenset({"the", "a", "an", "of", "and", "&", "for", "in", "on", "to", "with", "from"})
#: '(Kelp & Co, 2017)' / '(Kelp & Co., 2017)'
_PUBLISHER_YEAR = re.compile(r"\s*\([A-Z][^(),;]{1,60}?,\s*(?:19|20)\d{2}\)")
#: '("Quoted title", Venue 2021)' / '(“Quoted title,” Venue, 2021)'
PAREN_CITATION = re.compile(r"\(\s*[\"“](?P<t>[^\"“”()]{8,200}?)[,.]?[\"”],?\s+(?P<v>[A-Z][^()\"“”;,]{1,60}?)"
                            r",?\s+(?:19|20)\d{2}\s*\)")
#: the subject's own work just before the bracket: 'her work on ...', 'his research into ...'
_OWNED = re.compile(r"\b(?:her|his|their)\s+(?:own\s+)?(?:work|research|study|studies|paper|"
                    r"results|findings)\b[^.;()]{0,120}$", re.IGNORECASE)


def complete_title(span: Span, limit: int) -> Span:
    """`span` extended over small words and capitalised words up to a '(Publisher, YEAR)'
    printed right after them; `span` itself when no such bracket follows."""
    doc = span.doc
    k = span.end
    while k < min(limit, span.end + 8):
        tok = doc[k]
        if "\n" in doc[k - 1].whitespace_:
            break
        if tok.text == "(":
            break
        if not (tok.lower_ in _SMALL or tok.text[:1].isupper()):
            return span
        k += 1
    if k == span.end or k >= len(doc) or doc[k].text != "(" or not doc[k - 1].text[:1].isupper():
        return span
    if not _PUBLISHER_YEAR.match(doc.text, doc[k - 1].idx + len(doc[k - 1])):
        return span
    return doc[span.start:k]


def owned_by_subject(text: str, paren_start: int, sent_start: int) -> bool:
    """Whether the words before a bracketed citation say it is the subject's own work."""
    return bool(_OWNED.search(text, sent_start, paren_start))


#: what follows a quoted title inside such a bracket: '", Coastal Ecology 2021)'
_VENUE_AFTER = re.compile(r"[,.]?[\"”],?\s+(?P<v>[A-Z][^()\"“”;,]{1,60}?),?\s+(?:19|20)\d{2}\s*\)")


def cited_venue(text: str, title_end: int) -> tuple[str, int, int] | None:
    """(venue, start, end) of a bracketed citation whose quoted title ends at `title_end`."""
    m = _VENUE_AFTER.match(text, title_end)
    return (m.group("v"), m.start("v"), m.end("v")) if m else None


def cited_spans(doc, is_noise) -> list[tuple[int, Span]]:
    """(token index of the bracket, title span) of the subject's bracketed citations."""
    text = doc.text
    out = []
    if "(" not in text:
        return out
    for m in PAREN_CITATION.finditer(text):
        if is_noise(m.start(), m.end()):
            continue
        span = doc.char_span(m.start("t"), m.end("t"), alignment_mode="expand")
        if span is None or not owned_by_subject(text, m.start(), span.sent.start_char):
            continue
        out.append((span.start - 1 if span.start > 0 else span.start, span))
    return out
