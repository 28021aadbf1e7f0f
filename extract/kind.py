"""Is a document resume-like (headed sections, short lines, bullets) or prose (sentences)?"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.context import Section

__all__ = ["detect_kind"]

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")
_KNOWN = {"experience", "education", "skills", "publications", "patents", "projects", "awards",
          "certifications", "courses"}


def detect_kind(text: str, sections: Sequence[Section]) -> str:
    """'resume' or 'prose'.

    A document with two or more known resume sections is a resume. Otherwise it is prose when
    most of its words sit in long lines that read as sentences.

    >>> detect_kind("Jane Roe is a chemist. She joined Initech in 2012 and led its lab for "
    ...             "many years before moving on to teach at a university in Ohio.", [])
    'prose'
    """
    known = {s.name for s in sections} & _KNOWN
    if len(known) >= 2:
        return "resume"
    words_in_prose = words = 0
    for line in text.splitlines():
        n = len(line.split())
        words += n
        if n >= 14 and _SENTENCE_END.search(line) and not line.lstrip().startswith(("-", "*", "•")):
            words_in_prose += n
    if words and words_in_prose / words >= 0.5:
        return "prose"
    return "resume"
