"""Whose "I" is it? In a profile or interview, first person is the subject, except in the
interviewer's questions and in quotations another person is said to have spoken.

>>> interviewer_lines("Q. What did you build first?\\nI built a notebook.")
[(0, 28)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from extract.context import iter_lines
from extract.nlp import text_of
from extract.prose.lex import forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["interviewer_lines", "foreign_quotes", "foreign_first_person"]

_QUESTION = re.compile(r"^\s*(?:Q\s*[.:)\-–]|Q\d+[.:]|Question\s*\d*\s*:|Interviewer\s*:)", re.IGNORECASE)
_QUOTE = re.compile(r"[“\"]([^”\"\n]{3,800})[”\"]")
_SAY = forms("say", "add", "explain", "recall", "note", "tell", "joke", "laugh", "recount",
             "remember", "insist", "admit", "observe", "remark", "quip", "reflect", "continue")


def interviewer_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the interviewer's lines ('Q. ...', 'Q: ...', 'Interviewer: ...')."""
    return [(ln.start, ln.end) for ln in iter_lines(text) if _QUESTION.match(ln.text)]


def _speaker(doc: Doc, start: int, end: int) -> Token | None:
    """The subject of the 'said' verb next to the quotation [start, end), if any."""
    window = doc.char_span(max(0, start - 80), min(len(text_of(doc)), end + 80), alignment_mode="expand")
    for tok in window if window is not None else ():
        if tok.lower_ in _SAY and tok.pos_ == "VERB" and not (start <= tok.idx < end):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and not (start <= subj.idx < end):
                return subj
    return None


def foreign_quotes(doc: Doc, is_subject: Callable[[Token], bool]) -> list[tuple[int, int]]:
    """Spans of quotations said by someone other than the subject."""
    out = []
    for m in _QUOTE.finditer(text_of(doc)):
        speaker = _speaker(doc, m.start(), m.end())
        if speaker is not None and not is_subject(speaker):
            out.append((m.start(), m.end()))
    return out


def foreign_first_person(doc: Doc, is_subject: Callable[[Token], bool]) -> tuple[tuple[int, int], ...]:
    """Sorted spans where 'I', 'me', 'my' do not stand for the subject."""
    return tuple(sorted(interviewer_lines(text_of(doc)) + foreign_quotes(doc, is_subject)))
