"""Is a document resume-like (headed sections, short lines, bullets, date ranges) or prose
(sentences: a bio, a profile, an interview)? And, within a resume, which sections are prose?"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.context import Section

__all__ = ["detect_kind", "prose_ratio", "section_kinds", "date_range_lines"]

#: a sentence end, possibly inside closing quotes or Markdown emphasis ('.*', '."**'), possibly
#: followed by citation markers ('.[1]', '.[12][a]', '.[citation needed]')
_SENTENCE_END = re.compile(r"[.!?][\"'”’)*_]{0,3}(?:\s?\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])*\s*$")
_BULLET = re.compile(r"^(?:\s{2,}|\s*(?:[-*•❖▪◦·►>✓]|\d{1,2}[.)]|[a-z][.)])\s)")
_KNOWN = {"experience", "education", "skills", "publications", "patents", "projects", "awards",
          "certifications", "courses"}
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_WHEN = rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}[-/]\d{{2}}|\d{{4}})"
#: "Jan 2021 - Jul 2022", "03/2021 - Present", "2010 – 2012", "June 2016 to Aug 2019"
_RANGE = re.compile(rf"\b{_WHEN}\s*(?:-|–|—|to|until)\s*(?:{_WHEN}|present|current|now|date)\b",
                    re.IGNORECASE)


def date_range_lines(text: str) -> int:
    """How many short lines carry a date range, as resume role lines do.

    >>> date_range_lines("Engineer\\nJan 2021 - Present\\nShe joined in 2010 and left in 2014.")
    1
    """
    return sum(1 for line in text.splitlines()
               if len(line.split()) <= 14 and _RANGE.search(line))


def prose_ratio(text: str) -> float:
    """Share of words in lines that read as running sentences (long, ending like a sentence,
    not bullets, not numbered, not indented items). Markdown table rows (a profile page's
    infobox, a jobs table) are neither and do not count either way.
    """
    words_in_prose = words = 0
    for line in text.splitlines():
        if line.lstrip().startswith("|"):
            continue
        n = len(line.split())
        words += n
        if n >= 14 and _SENTENCE_END.search(line) and not _BULLET.match(line):
            words_in_prose += n
    return words_in_prose / words if words else 0.0


def detect_kind(text: str, sections: Sequence[Section]) -> str:
    """'resume' or 'prose'.

    A document with two or more date-range lines is a resume, and so is one with two or more
    known resume sections unless it is overwhelmingly running text (a biography with 'Education'
    and 'Awards' headings). Otherwise it is prose when most of its words sit in lines of running
    sentences.

    >>> detect_kind("Jane Roe is a chemist. She joined Initech in 2012 and led its lab for "
    ...             "many years before moving on to teach at a university in Ohio.", [])
    'prose'
    >>> detect_kind("Engineer, Initech\\nJan 2019 - Present\\n  1. Built the data platform that "
    ...             "serves forty teams across the company every day.\\nAnalyst, Globex\\n"
    ...             "2016 - 2018\\n", [])
    'resume'
    """
    if date_range_lines(text) >= 2:
        return "resume"
    ratio = prose_ratio(text)
    known = {s.name for s in sections} & _KNOWN
    if len(known) >= 2 and ratio < 0.75:
        return "resume"
    return "prose" if ratio >= 0.5 else "resume"


def section_kinds(text: str, sections: Sequence[Section]) -> dict[int, str]:
    """Per section (by index): 'prose' for a section of running sentences (a summary or bio
    paragraph inside a resume), else 'resume'.

    >>> text = ("Summary\\nJane is a data engineer who has spent ten years building pipelines "
    ...         "for payments and health care clients in three countries.")
    >>> section_kinds(text, [Section("summary", "Summary", 8, len(text))])
    {0: 'prose'}
    """
    out: dict[int, str] = {}
    for i, sec in enumerate(sections):
        body = text[sec.start:sec.end]
        out[i] = "prose" if prose_ratio(body) >= 0.6 and date_range_lines(body) == 0 else "resume"
    return out
