"""Two shapes of a bio's header line that `header.split_role_line` does not read alone:

- a header that wraps onto a short second line ('Jane Roe — Principal Engineer, Water Systems,
  Northern Harbour\\nAuthority (NHA)'): the two lines are read as one (same length: the wrap
  newline becomes a space, so offsets hold);
- 'Title, Unit, Organization': a unit or team printed between the title and an organization
  that says it is one (a cue word, a known name, or its acronym in brackets) stays with the title.
"""

from __future__ import annotations

import re

from extract.prose import lookup
from extract.prose.orgs import has_org_cue

__all__ = ["joined_header_line", "unit_in_title", "wrapped_prose_line"]

#: a sentence ending inside the line ('... utilities. He previously ...')
_MID_SENTENCE_END = re.compile(r"[a-z)]{2}[.!?][\"”’)]?\s+[\"“]?[A-Z]")
_SEPARATORS = (",", "|", "·", "•", ";", "—", "–", " - ")


def joined_header_line(line: str, nxt: str | None, gap: int) -> str:
    """`line`, with the next header line appended after a space when it continues a wrapped
    header: `line` is long (a wrap) and ends inside a field, `nxt` follows it directly (`gap`
    is the offset difference minus the line's length: 1 for the very next line) and is a short
    fragment without separators.

    >>> joined_header_line("**Lena Ostrova** — Principal Engineer, Water Systems, Northern Harbour",
    ...                    "Authority (NHA)", 1)
    '**Lena Ostrova** — Principal Engineer, Water Systems, Northern Harbour Authority (NHA)'
    >>> joined_header_line("Lena Ostrova, CTO, Initech", "Berlin", 1)
    'Lena Ostrova, CTO, Initech'
    """
    if nxt is None or gap != 1:
        return line
    s, n = line.rstrip(), nxt.strip()
    if len(s) < 60 or s.endswith(_SEPARATORS) or not n or len(n.split()) > 5 \
            or any(sep in n for sep in _SEPARATORS) or n.endswith((".", "!", "?")):
        return line
    return line + " " + nxt


def _says_org(part: str) -> bool:
    part = part.strip()
    return bool(has_org_cue(part) or lookup.known_org_type(part) is not None
                or (part.endswith(")") and "(" in part and part[part.rfind("(") + 1:-1].isupper()))


def unit_in_title(parts: list[str], i: int) -> bool:
    """Whether parts[i + 1] is a unit belonging to the title parts[i]: it is no known
    organization or place and says nothing of being one, and parts[i + 2] is an organization.

    >>> unit_in_title(["Principal Engineer", "Asset Planning", "Northern Harbour Authority (NHA)"], 0)
    True
    >>> unit_in_title(["Chief Scientist", "Initech", "Berlin"], 0)
    False
    """
    if i + 2 >= len(parts):
        return False
    unit, org = parts[i + 1].strip(), parts[i + 2].strip()
    if _says_org(unit) or lookup.known_place(unit) or lookup.known_place(org):
        return False
    return _says_org(org)


def wrapped_prose_line(line: str, nxt: str) -> bool:
    """Whether a line (stripped) is a piece of hard-wrapped running prose, not a header: a
    sentence ends inside it, it continues a sentence (lower-case start, many words), or a long
    line whose sentence goes on, lower-case, on the next line.

    >>> wrapped_prose_line("growth teams. She previously worked as an analyst at Globex in Leeds", "")
    True
    >>> wrapped_prose_line("Tomas founded Kelpwise in 2020 to help small fisheries track their", "catch and ...")
    True
    >>> wrapped_prose_line("**Tomas Berg** — Founder & CEO, Kelpwise, Bergen", "")
    False
    """
    if _MID_SENTENCE_END.search(line):
        return True
    words = len(line.split())
    if line[:1].islower() and words >= 6:
        return True
    n = nxt.strip()
    return words >= 9 and n[:1].islower()
