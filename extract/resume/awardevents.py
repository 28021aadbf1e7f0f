"""A named event the person won, read as an award: "Won the internal Brightfield Hack Week 2021
with a prototype ...", "won the Northern Robotics Challenge". The event name is capitalized and
ends with an event word (Hackathon, Hack Week, Challenge, Competition, Cup, Championship); an
"internal"/"annual"/"company" note before it and the year after it are not part of the name."""

from __future__ import annotations

import re

_EVENT_WON = re.compile(
    r"\b(?i:won|winner\s+of|winning)\s+(?:the\s+)?(?:(?i:internal|annual|company-wide|company|"
    r"global|regional|national|inaugural)\s+)*(?:(?:19|20)\d{2}\s+)?"
    r"(?P<name>(?:[A-Z][\w'’&.-]*\s+){1,5}(?:Hackathon|Hack\s?Week|Hack\s?Day|Hackfest|Challenge|"
    r"Competition|Cup|Championship|Ideathon|Datathon|Game\s+Jam))\b")


def event_win(text: str) -> re.Match | None:
    """The named event won on `text` (its `name` group), or None."""
    if "on" not in text and "inn" not in text:
        return None
    return _EVENT_WON.search(text)
