"""Hard-wrapped prose: e-mail newsletters and plain-text articles broken at ~70-80 columns.

`unwrapped(text)` returns the text with every wrap newline (a line break inside a paragraph that
only keeps lines short) replaced by a space: the same length, so every character offset (and
every provenance span) stays valid in the original text. The model then parses sentences, not
line fragments, and the line-bounded prose patterns no longer stop at a wrap. Headings, list
items, short header lines and blank-line paragraph breaks are kept.
"""

from __future__ import annotations

import re

__all__ = ["unwrapped"]

_ITEM = re.compile(r"\s*(?:[-*•▪◦·►#|>]|\d{1,2}[.)]\s)")
_FIELD = re.compile(r"[A-Za-z][\w -]{0,20}:\s")  # 'Subject: ...', 'Date: ...' header fields
_LETTER = re.compile(r"[^\W\d_]")
_MIN_WIDTH = 50  # a wrap column narrower than this is a list, a table or a poem
_MIN_WRAPS = 4


def _width(lengths: list[int]) -> int:
    """The wrap column: the 90th percentile of the non-empty line lengths."""
    ordered = sorted(lengths)
    return ordered[int(0.9 * (len(ordered) - 1))]


#: a line that stops mid-sentence: its last word is a lower-case word or it ends with a comma
_RUNS_ON = re.compile(r"(?:\b[a-z][a-z'’-]*|,)\s*$")
_ENDS_WITH_YEAR = re.compile(r"(?:\d{4}|present|current|now)\W*$", re.IGNORECASE)


def _ragged(line: str, width: int) -> bool:
    """A line of a hand-wrapped paragraph: four words or more that stop mid-sentence or fill
    most of the column, not a role or date line ending with a year."""
    s = line.rstrip()
    if len(s.split()) < 4 or _ENDS_WITH_YEAR.search(s):
        return False
    return bool(_RUNS_ON.search(s)) or len(s) >= 0.6 * width


def unwrapped(text: str) -> str:
    """The text with wrap newlines replaced by spaces (the text itself when it is not wrapped).

    >>> t = ("Jane Roe has joined Initech as Chief Data Officer. She was previously a\\n"
    ...      "director at Globex and before that spent four years at Acme Corp in Leeds\\n"
    ...      "building the risk models that the whole group still uses in production\\n"
    ...      "today, and she led the company's move into consumer credit products too.\\n"
    ...      "Initech says she will report to the chief executive officer from March.\\n"
    ...      "\\n"
    ...      "- Short item\\n")
    >>> unwrapped(t).count("\\n"), len(unwrapped(t)) == len(t)  # the 4 wraps go, breaks stay
    (3, True)
    """
    if text.count("\n") < _MIN_WRAPS:
        return text
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < _MIN_WRAPS:
        return text
    width = _width(lengths)
    if width < _MIN_WIDTH or width > 120:
        return text
    breaks: list[int] = []
    ragged: list[tuple[int, int]] = []  # (paragraph number, offset) of breaks a ragged wrap may be
    para = 0
    wrapped_paras: set[int] = set()
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[k + 1]
        if not line.strip():
            para += 1
        elif nxt.strip() and not nxt[:1].isspace() and not _ITEM.match(nxt) \
                and _LETTER.search(line) and _LETTER.search(nxt) and not _FIELD.match(nxt):
            if len(line.rstrip()) >= 0.75 * width and len(line) <= width + 10:
                breaks.append(pos)
                wrapped_paras.add(para)
            elif _ragged(line, width):
                ragged.append((para, pos))
        pos += 1
    if len(breaks) < _MIN_WRAPS:
        return text
    # a paragraph wrapped at the column may also be broken short of it (ragged, hand-wrapped
    # copy): inside it, a line that runs on into the next is a wrap too
    breaks += [b for n, b in ragged if n in wrapped_paras]
    chars = list(text)
    for b in breaks:
        chars[b] = " "
    return "".join(chars)
