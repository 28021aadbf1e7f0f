"""Short-line (sidebar) wraps of education entries in PDF-to-text exports.

A two-column CV exported column after column prints its sidebar one short line at a time, so a
degree or a school name wraps over several lines:

    Master of Science          Bachelor of Arts
    in Marine                  with Honours (History)
    Biology                    University of
                               Tasmania

`sidebar_joins(prev, nxt)` says whether `nxt` continues `prev` (both short lines, no column gap):
`prev` ends with a connecting word ("University of"), `nxt` starts with one ("in Marine", "with
Honours"), or `prev` is a degree "... in X" and `nxt` only carries field words ("Biology").
`hyphen_joins(prev, nxt)`: a word broken at the line end ("Tech-" / "nology, City ...").
"""

from __future__ import annotations

import re

_SHORT = 34  # a sidebar line: at most this many characters
_ENDS_JOIN = re.compile(r"(?i)(?:\b(?:of|and|for|in|de|del|du|des|et|the|la|le|di|da|do|der|für)|&)\s*$")
_STARTS_JOIN = re.compile(r"^(?:in|with|and|of|for|&|major\s+in)\s+\S")
_FIELD_TAIL = re.compile(r"(?i)\b(?:in|of)\s+(?:[A-Z][\w'’-]*\s*){1,2}$")
_FIELD_ONLY = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,2}(?:Engineering|Science|Sciences|Studies|"
                         r"Technology|Management|Design|Biology|Chemistry|Physics|Mathematics|"
                         r"Economics|History|Arts|Medicine|Law|Administration|Planning|"
                         r"Architecture|Education|Psychology|Linguistics|Nursing)$")
_DATE = re.compile(r"\d{4}")
_GAP = re.compile(r"\S\s{3,}\S")


def _short(text: str) -> bool:
    s = text.strip()
    return bool(s) and len(s) <= _SHORT and not _GAP.search(s) and not _DATE.search(s)


def sidebar_joins(prev: str, nxt: str, degree: bool) -> bool:
    """Whether the short line `nxt` continues the short line `prev` (`degree`: `prev` names a
    degree)."""
    if not (_short(prev) and _short(nxt)) or prev.lstrip()[:1] in "-•*·▪■" or \
            nxt.lstrip()[:1] in "-•*·▪■":
        return False
    p, n = prev.strip(), nxt.strip()
    if _ENDS_JOIN.search(p) and n[:1].isupper():
        return True
    if _STARTS_JOIN.match(n):
        return degree
    return degree and bool(_FIELD_TAIL.search(p)) and bool(_FIELD_ONLY.match(n))


_HYPHEN_END = re.compile(r"[A-Za-z]{2}-$")


def hyphen_joins(prev: str, nxt: str) -> bool:
    """Whether `prev` ends with a word broken by a hyphen that `nxt` finishes ("Institute of
    Tech-" / "nology, Edmonton   Diploma ...")."""
    n = nxt.lstrip()
    return bool(_HYPHEN_END.search(prev.rstrip())) and n[:1].islower() and n.split()[0].rstrip(",.;")[:1].isalpha()


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def acronym_of(chunk: str, text: str) -> bool:
    """Whether `chunk` is an acronym of capitalized words in `text` ("PIT" before "Prairie
    Institute of Technology"): a name's short form, not a degree."""
    if not _ACRONYM.fullmatch(chunk):
        return False
    initials = "".join(w[0] for w in text.split() if w[:1].isupper())
    return len(chunk) >= 2 and chunk in initials
