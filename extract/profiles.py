"""Documents that profile several people: a team page, a "people moves" column, a programme
with several speaker bios.

`profile_segments(text)` finds the person-profile segments of such a document: a heading that is
a person's full name (the profile runs to the next heading or profile), or a paragraph / list item
that opens with, or introduces, a person's full name in a role or career-move statement ("Jane
Roe has joined Initech as CFO.", "Initech has hired Jane Roe as ...", "Jane Roe, formerly of
Globex, joins ..."). A sentence inside an item that opens with another full name in such a
statement starts that person's own segment.

The split happens only when the document clearly holds several profiles: two or more distinct
names, each leading its own segment, none of them talked about across the other segments (an
article about one person that quotes another is no team page). Otherwise the list is empty
and the document keeps its single subject. Pure text rules, no parse: the answer also decides
whether the statistical model must parse the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Profile", "profile_segments"]

_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
_WORD = rf"[{_UP}](?:['’][{_UP}])?[{_LO}]+(?:-[{_UP}][{_LO}]+)?"
#: two to three capitalised words (hyphenated surnames included), an optional middle initial
_NAME = rf"{_WORD}(?:[ \t]+[{_UP}]\.)?(?:[ \t]+{_WORD}){{1,2}}"
_NAME_RE = re.compile(rf"(?<![\w'’-])({_NAME})(?![\w'’-]|\.\w)")
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+)", re.IGNORECASE)
#: a heading line that is a name, optionally followed by ", Title" / "— Title"
_HEADING_NAME = re.compile(rf"^\s*(?:#{{1,6}}\s+)?[*_]*\s*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?({_NAME})"
                           r"\s*[*_]*\s*(?:[,|–—:]\s*[^.!?]{0,80}|-\s+[^.!?]{0,80})?\s*$")
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+\S")
_SEPARATOR = re.compile(r"^\s*(?:[-=_*~#]\s*){3,}$")
#: a line that only shows an image (a speaker's photo): no text, it ends a block like a blank line
_IMAGE_LINE = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+$")
_ITEM = re.compile(r"^\s*(?:>>?|[-*•▪◦·►]|\d{1,2}[.)])\s+")
_ITEM_AT = re.compile(r"\s*(?:>>?|[-*•▪◦·►]|\d{1,2}[.)])\s+")  # matched at a position
#: a short "Label:" before an item's first name ("Moves in brief: Jane Roe has left ...")
_LABEL = re.compile(r"[^:.!?\n]{1,30}:\s+")
#: a role or career-move statement
_CUE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:been\s+)?(?:joined|appointed|named|promoted|hired|left|moved|"
    r"stepped|retired|returned|taken)|join(?:s|ed)|rejoin(?:s|ed)|moves?\s+to|moved\s+to|"
    r"appoint(?:s|ed)|names|named|promot(?:es|ed)|hir(?:es|ed)|leads|led|heads|headed|"
    r"(?:co-?)?found(?:s|ed)|started|spent|worked|works|serves|served|previously|formerly|"
    r"retir(?:es|ed|ing)|left|(?:is|was)\s+(?:a|an|the|our|its|now|currently|most\s+recently))\b",
    re.IGNORECASE)
#: a career move or role statement about a person, as a paragraph-led profile opens with
_MOVE_CUE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:been\s+)?(?:joined|appointed|named|promoted|hired|left|moved|"
    r"stepped|retired|returned)|join(?:s|ed)|rejoin(?:s|ed)|moves?\s+to|moved\s+to|"
    r"(?:was|been)\s+(?:appointed|named|promoted|hired)|previously|formerly|most\s+recently|"
    r"retir(?:es|ed|ing)|left|spent|worked)\b", re.IGNORECASE)
#: the verbs that put a named person after the organization: "X has hired / promoted NAME"
_INTRO = re.compile(r"\b(?:hired|hires|promoted|promotes|appointed|appoints|named|names|"
                    r"welcomes|welcomed|recruited|poached|tapped)\s+$", re.IGNORECASE)
#: after an opening name: it is the organization that hires or promotes the person after it
_HIRER = re.compile(r",?\s+(?:has\s+|have\s+)?(?:also\s+)?(?:hired|hires|promoted|promotes|"
                    r"appointed|appoints|named|names|welcomes|welcomed|recruited|tapped)\s",
                    re.IGNORECASE)
#: last words that make a capitalised run an organization, a place or a title, not a person
_NOT_NAME_WORDS = frozenset("""
inc corp corporation ltd llc plc gmbh ag co company group labs lab bank university college
school institute foundation association society council committee board agency bureau
authority department ministry office center centre hospital capital partners ventures fund
systems technologies solutions services analytics health media news weekly journal times
review magazine street avenue road city county state kingdom states republic north south east
west new san los las fort port saint st officer president director manager chief head vice
engineer scientist analyst counsel founder partner lead principal senior junior editor
product risk credit success customer engineering sales marketing finance operations people
research data platform team leadership advisors advisor board moves brief issue subject
assistant associate intern coordinator specialist architect developer designer consultant
teaching professor lecturer fellow architecture transit maintenance management system
about robotics industries holdings networks software pharmaceuticals airlines motors
model models work works project projects pipeline pipelines dashboard dashboards backend
framework frameworks engine engines tool tools app apps service
before after earlier later during since prior following when while outside today then
currently previously formerly born raised until upon under within without between among
the this that these those his her their our its my
at in on of for from with by to as into onto over like
researcher researchers technician postdoc student candidate nurse pharmacist accountant
auditor clerk programmer curator librarian journalist supervisor administrator mechanic
physician surgeon lawyer attorney economist statistician scientists engineers
""".split())
_SENTENCE_END_AT = re.compile(r"[.!?][\"”’)*_]*\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“]?[" + _UP + r"])")


@dataclass(frozen=True)
class Profile:
    """One person's segment [start, end) of the document and the person's full name."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class _Block:
    start: int
    end: int
    kind: str  # 'heading' (a markdown heading or a name line), 'item', 'para', 'sep'
    level: int = 0


def _blocks(text: str) -> list[_Block]:
    """Paragraphs, list items, headings and separators, with absolute spans."""
    out: list[_Block] = []
    start = None
    kind = "para"
    pos = last_end = 0
    for line in text.split("\n"):
        end = pos + len(line)
        s = "" if _IMAGE_LINE.match(line) else line.strip()
        heading = _MD_HEADING.match(line)
        if not s or heading or _SEPARATOR.match(line) or _ITEM.match(line):
            if start is not None:
                out.append(_Block(start, last_end, kind))
                start = None
            if heading:
                out.append(_Block(pos, end, "heading", len(heading.group(1))))
            elif s and _SEPARATOR.match(line):
                out.append(_Block(pos, end, "sep"))
            elif s:
                start, kind, last_end = pos, "item", end
        elif start is None:
            start, kind, last_end = pos, "para", end
        else:
            last_end = end
        pos = end + 1
    if start is not None:
        out.append(_Block(start, last_end, kind))
    return out


@lru_cache(maxsize=4096)
def _is_person_name(name: str) -> bool:
    words = name.replace("-", " ").split()
    if any(w.lower().strip(".") in _NOT_NAME_WORDS for w in words):
        return False
    from extract.prose import lookup

    return not (lookup.known_org_type(name) or lookup.known_place(name) or lookup.is_skill(name))


def _clean(name: str) -> str:
    return " ".join(_HONORIFIC.sub("", name).split())


def _first_sentence_end(text: str, start: int, end: int) -> int:
    m = _SENTENCE_END.search(text, start, end)
    return m.start() + 1 if m else end


def _lead_name(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The person a paragraph or item (or one of its sentences) is about: a full name opening it,
    or, in its first sentence, one introduced by 'hired / promoted / appointed', in a role or
    career-move statement."""
    skip = _ITEM_AT.match(text, start, end)
    off = skip.end() if skip else start
    label = _LABEL.match(text, off, end)
    if label and not _NAME_RE.match(text, off):
        off = label.end()
    stop = _first_sentence_end(text, off, end)
    if _MOVE_CUE.search(text, off, stop) is None:
        return None  # every answer below needs a move cue after `off` (cheap test first)
    for m in _NAME_RE.finditer(text, off, stop):
        name = _clean(m.group(1))
        if not _is_person_name(name):
            continue
        opening = m.start() == off
        if opening and _HIRER.match(text, m.end()):
            continue  # 'Initech has hired Jane Roe': the opening name is the employer
        if not (opening or _INTRO.search(text, max(off, m.start() - 40), m.start())):
            continue
        if _MOVE_CUE.search(text, m.end() if opening else off, stop):
            return name, m.start()
        return None
    return None


def _wrapped_header(line: str) -> bool:
    """A 'Name — Title, Organization' line that wraps onto a short second line (no sentence).

    >>> _wrapped_header("**Lena Ostrova** — Principal Engineer, Water Systems, Northern Harbour\\nAuthority (NHA)")
    True
    >>> _wrapped_header("Lena Ostrova leads the team.\\nShe joined in 2019.")
    False
    """
    first, _, second = line.partition("\n")
    return ("\n" not in second and len(second.split()) <= 6 and not _SENTENCE_END_AT.search(line)
            and not _SENTENCE_END_AT.search(first))


def _heading_name(text: str, block: _Block) -> str | None:
    line = text[block.start:block.end].replace("\n", " ")
    m = _HEADING_NAME.match(line)
    if not m or len(line.split()) > 14:
        return None
    name = _clean(m.group(1))
    return name if _is_person_name(name) else None


def _surname(name: str) -> str:
    return name.split()[-1]


def profile_segments(text: str) -> list[Profile]:
    """The person-profile segments of a multi-person document, in text order; [] when the
    document does not clearly profile two or more people.

    >>> text = ("## Team\\n\\n### Ana Lindqvist\\nChief Executive\\n\\nAna founded Orbweave in 2018 "
    ...         "after ten years at Ericsson.\\n\\n### Tomas Brandt\\nChief Technology Officer\\n\\n"
    ...         "Tomas previously worked at Spotify as a staff engineer.\\n")
    >>> [(p.name, text[p.start:p.end].split()[1]) for p in profile_segments(text)]
    [('Ana Lindqvist', 'Ana'), ('Tomas Brandt', 'Tomas')]
    >>> profile_segments("Ana Lindqvist is a chemist. She joined Initech in 2012.")
    []
    """
    if len(text) < 80:
        return []
    blocks = _blocks(text)
    #: (start, name or '' for a heading that is no name, heading level: 0 for a paragraph-led
    #: profile, 7 for a name on a line of its own, end of its block)
    starts: list[tuple[int, str, int, int]] = []
    seps: list[int] = []
    for i, b in enumerate(blocks):
        line = text[b.start:b.end]
        if b.kind == "sep":
            seps.append(b.start)
            continue
        # a name on a line of its own heads a profile; one over a numbered or bulleted list
        # is a resume's project or role heading
        name_line = (b.kind == "para" and ("\n" not in line or _wrapped_header(line))
                     and i + 1 < len(blocks)
                     and blocks[i + 1].kind != "item"
                     and _HEADING_NAME.match(line) and not _CUE.search(line))
        if b.kind == "heading" or name_line:
            name = _heading_name(text, b)
            if name or b.kind == "heading":
                starts.append((b.start, name or "", b.level or 7, b.end))
                continue
        current = next((s[1] for s in reversed(starts) if s[1]), None)
        pos = b.start
        while pos < b.end:
            while pos < b.end and text[pos].isspace():
                pos += 1
            if pos > b.start and not _NAME_RE.match(text, pos):
                pos = _first_sentence_end(text, pos, b.end) + 1  # a later sentence must open
                continue  # with a name
            hit = _lead_name(text, pos, b.end)
            if hit is not None and hit[0] != current:
                starts.append((pos, hit[0], 0, b.end))
                current = hit[0]
            pos = _first_sentence_end(text, pos, b.end) + 1
    return _segments(text, starts, seps)


def _named_again(text: str, name: str, start: int, end: int) -> bool:
    """Whether text[start:end] names the person again by first name or surname as a whole word
    ('### Jane Roe' over 'Jane models ...')."""
    words = name.split()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text[start:end])
               for w in {words[0], words[-1]} if len(w) > 1)


def _segments(text: str, starts: list[tuple[int, str, int, int]], seps: list[int]) -> list[Profile]:
    profiles: list[Profile] = []
    for k, (start, name, level, block_end) in enumerate(starts):
        if not name:
            continue
        nxt = len(text)
        for s2, n2, l2, _ in starts[k + 1:]:
            if n2 or not level or l2 <= level:
                nxt = s2
                break
        nxt = min([nxt, *[s for s in seps if s > start]])
        if not level:  # a paragraph or item: its block at most
            nxt = min(nxt, block_end)
        while nxt > start and text[nxt - 1].isspace():
            nxt -= 1
        if _CUE.search(text, start, nxt) is None and not (level and _named_again(text, name, block_end, nxt)):
            continue  # a name heading over a bio that goes on to name the person is a profile too
        profiles.append(Profile(name, start, nxt))
    if len({p.name for p in profiles}) < 2:
        return []
    # one person talked about across the others' segments: an article, not a set of profiles
    for p in profiles:
        last = re.compile(rf"(?<![\w-]){re.escape(_surname(p.name))}(?![\w-])")
        if sum(1 for q in profiles if q.name != p.name and last.search(text, q.start, q.end)) >= 2:
            return []
    return profiles
