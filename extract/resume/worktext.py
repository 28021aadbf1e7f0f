"""Text repairs for titled works and venues in PDF-to-text exports.

- `dehyphenate`: a word broken at a line end ("earth-" / "quake") joined again; a compound whose
  first part is a common prefix word ("high-" / "boron", "self-" / "hosted") keeps its hyphen,
  and "pre- and post-" is left alone.
- `venue_place`: a venue without the dash before it and the city after it ("— RailConf 2022,
  Leipzig" -> "RailConf 2022"): a trailing ", City" goes when it is a known place or follows the
  year.
"""

from __future__ import annotations

import re

from extract.resume.common import is_place

_BROKEN = re.compile(r"\b(\w+)-[ \t]*(?:\n[ \t]*|[ \t]+)(?!(?:and|or|to|nor)\b)([a-z]\w*)")
_KEEP = frozenset({"self", "non", "well", "high", "low", "co", "multi", "long", "short", "full",
                   "part", "real", "cross", "open", "semi", "anti", "pre", "post", "sub", "inter",
                   "mid", "large", "small", "data", "time", "cost", "user", "end", "state",
                   "machine", "deep", "single", "two", "three", "half", "all", "so", "re"})
_YEAR_PLACE = re.compile(r"(?:19|20)\d{2}\s*,\s*(?P<p>[A-Z][\w.' -]{1,30})\s*\.?\s*$")
_TAIL = re.compile(r",\s*(?P<p>[A-Z][\w.' -]{1,30})\s*\.?\s*$")


def dehyphenate(title: str) -> str:
    """`title` with words broken at a line end joined."""
    if "-" not in title:
        return title

    def join(m: re.Match) -> str:
        return m.group(1) + ("-" if m.group(1).lower() in _KEEP else "") + m.group(2)

    return _BROKEN.sub(join, title)


def venue_place(text: str) -> str:
    """Venue text without a leading dash and a trailing city."""
    t = text.strip().lstrip("—–-·|: ").strip()
    m = _YEAR_PLACE.search(t)
    if m is None:
        m = _TAIL.search(t)
        if m is not None and not is_place(m["p"].strip(" .")):
            m = None
    return t[:m.start("p")].rstrip(" ,") if m else t
