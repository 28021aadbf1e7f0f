"""The guest an interview or podcast page introduces: "my guest today is Jane Roe", "this week
Sam sits down with **Jane Roe**", "Guest: Jane Roe", "Jane Roe joins us to talk about ...".
Such a page names its hosts, its show and its episode too; the introduced guest is the subject.
"""

from __future__ import annotations

import re

__all__ = ["guest_name"]

_WORD = r"[A-Z](?:[^\W_]|['’\-])*[a-z](?:[^\W_]|['’\-])*"
_NAME = rf"(?:{_WORD}|[A-Z]\.)(?:[ \t]+(?:{_WORD}|[A-Z]\.)){{1,3}}"
_HON = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?"
_MARK = r"[*_]{0,2}"
#: the cue before the name ('sits down with', 'my guest is', 'Guest:'), the name after it
_BEFORE = re.compile(
    r"(?i:\b(?:sits?|sat|sitting)\s+down\s+with|\b(?:talks?|talked|talking|speaks?|spoke|speaking|"
    r"chats?|chatted|chatting)\s+(?:to|with)|\bin\s+conversation\s+with|\b(?:is|are)\s+joined\s+by|"
    r"\b(?:my|our|this\s+week'?s|today'?s)\s+guests?(?:\s+(?:today|this\s+week))?(?:\s+is|:|,)?|"
    r"\bwelcomes?|^\s*[*_#>\s]*guests?\s*[*_]{0,2}\s*[:–—-]\s*[*_]{0,2})"
    rf"\s+{_MARK}{_HON}({_NAME}){_MARK}", re.MULTILINE)
#: the name before the cue: 'Jane Roe joins us', 'Jane Roe joins me'
_AFTER = re.compile(rf"{_MARK}({_NAME}){_MARK}\s+(?:joins|joined)\s+(?i:us|me|the\s+(?:show|podcast))\b")


def guest_name(text: str) -> tuple[str, int] | None:
    """The first guest the text introduces, with its offset; None when there is no such cue.

    >>> guest_name("Hosted by Lee Park.\\n\\nThis week Lee talks to **Rosa Ibarra-Quinn**, head of ...")
    ('Rosa Ibarra-Quinn', 46)
    >>> guest_name("Guest: Dr. Omar Feld\\nHost: Ana Li") [0]
    'Omar Feld'
    """
    found: list[tuple[int, str]] = []
    for pat in (_BEFORE, _AFTER):
        m = pat.search(text)
        if m:
            found.append((m.start(1), m.group(1)))
    if not found:
        return None
    pos, name = min(found)
    return name, pos

