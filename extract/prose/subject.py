"""The subject of a bio or article: the person most described, from headline and lead.

PERSON entities of the model's NER (outside boilerplate such as photo credits) are grouped by
full name; each full name scores its own mentions plus mentions of its surname (and first name)
alone, mentions in the headline and lead counting more. A speaker bio's header line
"Name, Title, Company" names the subject outright.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from extract.context import Section
from extract.nlp import text_of
from extract.prose import lookup
from extract.prose.boilerplate import boilerplate_spans, inside
from extract.prose.guest import guest_name
from extract.prose.orgs import ORG_CUES
from ontology import Document, EntityType, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["detect_prose_subject", "clean_person_name", "header_name", "name_parts"]

_HONORIFIC = re.compile(r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev)\.?\s+)+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s?$")
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "della", "di", "du", "la", "le", "bin",
                        "al", "el", "ter", "den", "der", "dos", "das"})
#: last words that make a "person" an organization or a thing
_NOT_PERSON_TAIL = frozenset({"labs", "lab", "inc", "corp", "university", "institute", "college",
                              "group", "research", "technologies", "systems", "foundation",
                              "school", "center", "centre", "india", "china", "ai", "llc", "ltd"})
_NAME_WORD = r"[A-Z][a-zA-Z'’\-]+\.?"
#: "Jane Q. Doe, Chief Scientist, Initech" / "Jane Doe | CTO at Initech" / "Jane Doe - ..."
_HEADER = re.compile(rf"^\s*((?:{_NAME_WORD}|[A-Z]\.)(?:\s+(?:{_NAME_WORD}|[A-Z]\.)){{1,3}})"
                     r"\s*(?:,|\||–|—|-\s)\s*\S")
#: a page title that is a name alone: "# Jane Q. Roe" (a profile page, a wiki-style bio)
_NAME_HEADING = re.compile(rf"^\s*#{{1,2}}\s+((?:{_NAME_WORD}|[A-Z]\.)(?:\s+(?:{_NAME_WORD}|[A-Z]\.)){{1,3}})"
                           r"\s*#*\s*$")
#: a bio's opening sentence: "Jane Q. Roe-Lind is a hydrologist ...", "Jane Roe joined ..."
_OPENING = re.compile(rf"^\s*((?:{_NAME_WORD}|[A-Z]\.)(?:\s+(?:{_NAME_WORD}|[A-Z]\.)){{1,3}})\s+"
                      r"(?:is|was|has|had|leads|led|joined|works|worked|serves|served|founded|"
                      r"co-founded|heads|headed|runs|ran)\b")
_LEAD_CHARS = 1200
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
#: last words that make a capitalised run a job title ('Chief Financial Officer'), not a name
_TITLE_TAIL = frozenset({"officer", "president", "director", "manager", "chairman", "chairwoman",
                         "chairperson", "secretary", "treasurer", "controller", "counsel",
                         "executive", "vp", "svp", "evp", "ceo", "cfo", "cto", "coo", "cio",
                         "founder", "co-founder", "cofounder", "engineer", "scientist",
                         "professor", "analyst", "consultant", "editor", "correspondent"})
#: two or three capitalised words, each possibly hyphenated ('Ana Osei-Lind')
_NAME_RUN = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})"
                       r"(?![\w-])")
_NOT_HEADER_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "EVENT", "PRODUCT", "WORK_OF_ART"})


def clean_person_name(text: str) -> str | None:
    """A PERSON entity's text as a name, or None when it cannot be one.

    >>> clean_person_name("Dr. Jane Roe’s"), clean_person_name("COVID-19"), clean_person_name("Acme Labs")
    ('Jane Roe', None, None)
    """
    name = _HONORIFIC.sub("", " ".join(text.split())).strip(" ,.;:()\"“”")
    name = _POSSESSIVE.sub("", name).strip()
    words = name.split()
    if not words or len(words) > 4 or any(ch.isdigit() for ch in name):
        return None
    if any(w.lower().strip(".,") in _NOT_PERSON_TAIL or w.lower().strip(".,") in ORG_CUES
           for w in words):
        return None
    if any(not w[0].isupper() and w.lower() not in _PARTICLES for w in words):
        return None
    return name


def name_parts(name: str | None) -> tuple[str, str]:
    """(first name, surname) of a full name; empty strings when unknown.

    >>> name_parts("Jane Q. van Roe")
    ('Jane', 'van Roe')
    """
    if not name:
        return "", ""
    words = name.split()
    if len(words) < 2:
        return words[0] if words else "", ""
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    return words[0], " ".join(words[i:])


def header_name(text: str) -> tuple[str, int] | None:
    """The name on a speaker bio's first line ("Name, Title, Company"), with its offset.

    >>> header_name("Jane Roe, Chief Scientist, Initech\\n\\nJane leads ...")
    ('Jane Roe', 0)
    >>> header_name("# Jane Roe\\n\\nRoe is a chemist.")
    ('Jane Roe', 2)
    """
    for line_start, line in _first_lines(text, 3):
        m = _HEADER.match(line)
        short = len(line.split()) <= 15 and not line.rstrip().endswith(".")
        name = clean_person_name(m.group(1)) if m and short else None
        if name and (name.isupper() and _YEAR_IN.search(line)):
            name = None  # a masthead with its issue: 'HARBOUR TIMES — Spring 2024 | News'
        if name and name.split()[-1].lower() not in _TITLE_TAIL:  # not a masthead 'ACME ENGINEER'
            return name, line_start + m.start(1)
        m = _NAME_HEADING.match(line)
        name = clean_person_name(m.group(1)) if m else None
        if name and _talked_about(name, text, line_start + len(line)):
            return name, line_start + m.start(1)
    return None


def _opening_name(text: str) -> tuple[str, int] | None:
    """The name a bio's first line of prose opens with, as the sentence's subject.

    >>> _opening_name("Ana Osei-Lind is a hydrologist at Initech.")
    ('Ana Osei-Lind', 0)
    """
    for line_start, line in _first_lines(text, 3):
        m = _OPENING.match(line)
        name = clean_person_name(m.group(1)) if m else None
        if name and len(name.split()) >= 2 and not lookup.is_skill(name) \
                and lookup.known_org_type(name) is None:
            return name, line_start + m.start(1)
    return None


def _talked_about(name: str, text: str, after: int) -> bool:
    """Whether the text after a title goes on to name the person again (full name, surname or
    first name), as a profile under a name heading does."""
    first, last = name_parts(name)
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text[after:])
               for w in (name, last, first) if w)


def _first_lines(text: str, n: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    spans = boilerplate_spans(text[:5000])
    for line in text.split("\n"):
        if line.strip() and not inside(spans, pos, pos + len(line)):
            out.append((pos, line))
            if len(out) == n:
                break
        pos += len(line) + 1
    return out


def _person_span_text(ent) -> str:
    """The entity's text, extended left over capitalized proper nouns the model left out
    ('Ana' in 'Ana Lee' when only 'Lee' is tagged)."""
    doc, i = ent.doc, ent.start
    while i > 0 and ent.end - i < 4 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() \
            and not doc[i - 1].ent_type_ and not doc[i - 1].whitespace_ == "":
        i -= 1
    return doc[i:ent.end].text


def _mentions(text: str, word: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Offsets of `word` as a whole capitalized word of `text`, outside boilerplate."""
    if not word:
        return []
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
            if not inside(spans, m.start(), m.end())]


def _score(name: str, text: str, spans: Sequence[tuple[int, int]]) -> float:
    """Mentions of the full name (double in the lead), of the surname and first name alone."""
    full = _mentions(text, name, spans)
    covered = {p + k for p in full for k in range(len(name))}
    first, last = name_parts(name)
    score = sum(2.0 if p < _LEAD_CHARS else 1.0 for p in full)
    score += sum(1.0 for p in _mentions(text, last, spans) if p not in covered)
    score += sum(0.5 for p in _mentions(text, first, spans) if p not in covered)
    return score


def _candidates(doc: Doc, spans: Sequence[tuple[int, int]]) -> set[str]:
    """Full names (two words or more) outside boilerplate: those the model tags PERSON, and
    untagged runs of two or three capitalized proper nouns that are no skill (the small model
    misses many names)."""
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not inside(spans, ent.start_char, ent.end_char):
            name = clean_person_name(_person_span_text(ent))
            if name and len(name.split()) >= 2:
                out.add(name)
    run: list = []
    for tok in [*doc, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha \
                and tok.ent_type_ in ("", "PERSON") and not (run and "\n" in run[-1].whitespace_):
            run.append(tok)
            continue
        if 2 <= len(run) <= 3 and not any(t.ent_type_ for t in run) \
                and not inside(spans, run[0].idx, run[-1].idx + len(run[-1])):
            name = clean_person_name(doc[run[0].i:run[-1].i + 1].text)
            if name and not lookup.is_skill(name):
                out.add(name)
        run = [tok] if tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() \
            and tok.is_alpha and tok.ent_type_ in ("", "PERSON") else []
    return out


def _referenced_by_surname(doc: Doc, spans: Sequence[tuple[int, int]]) -> set[str]:
    """Names the text goes on to call by the surname alone, as news copy and press releases
    do ('... appointed Ana Osei-Lind as CFO. Osei-Lind joins from ...'); found on the raw text,
    so a hyphenated surname or a name the model tags as an organization still counts. The
    surname must stand alone at least twice."""
    text = text_of(doc)
    out: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        if inside(spans, m.start(), m.end()):
            continue
        name = clean_person_name(m.group(1))
        if not name or name.split()[-1].lower() in _TITLE_TAIL or lookup.is_skill(name):
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or any(t.pos_ != "PROPN" for t in span if t.is_alpha):
            continue  # 'At Klarna', 'Former Maersk': a sentence word before a name
        first, last = name_parts(name)
        alone = [p for p in _mentions(text, last, spans)
                 if not text[max(0, p - len(first) - 1):p].startswith(first)]
        if len(alone) >= 2:
            out.add(name)
    return out


def _scores(doc: Doc, spans: Sequence[tuple[int, int]]) -> dict[str, float]:
    text = text_of(doc)
    cands = {n for n in _candidates(doc, spans) if n.split()[-1].lower() not in _TITLE_TAIL}
    cands |= _referenced_by_surname(doc, spans)
    # 'Appoints Ana Osei-Lind' in a title-case headline: the shorter name is the person
    cands = {n for n in cands if not (len(n.split()) == 3 and " ".join(n.split()[1:]) in cands)}
    scores = {name: _score(name, text, spans) for name in cands}
    if not scores:  # no full name: a single name the model tags PERSON at least twice
        singles = [clean_person_name(e.text) for e in doc.ents if e.label_ == "PERSON"
                   and not inside(spans, e.start_char, e.end_char)]
        scores = {n: float(singles.count(n)) for n in set(singles) if n and singles.count(n) >= 2}
    return scores


def detect_prose_subject(document: Document, doc: Doc, sections: Sequence[Section]) -> Mention:
    """The Person a bio or article is about; a keyed nameless Person when none is found."""
    spans = boilerplate_spans(document.text)
    scores = _scores(doc, spans)
    header = header_name(document.text)
    if header and not any(e.label_ in _NOT_HEADER_LABELS and e.start_char <= header[1] < e.end_char
                          for e in doc.ents):
        name = header[0]
        scores[name] = scores.get(name, _score(name, document.text, spans)) + 5.0
    opening = _opening_name(document.text)
    if opening and not any(e.start_char <= opening[1] < e.end_char and e.label_ in _NOT_HEADER_LABELS
                           for e in doc.ents):  # the small model tags many names ORG
        name = opening[0]
        scores[name] = scores.get(name, _score(name, document.text, spans)) + 3.0
    guest = guest_name(document.text)  # an interview or podcast page: the guest it introduces
    if guest and not inside(spans, guest[1], guest[1] + len(guest[0])):
        name = clean_person_name(guest[0])
        if name and len(name.split()) >= 2:
            scores[name] = scores.get(name, _score(name, document.text, spans)) + 8.0
    if scores:
        first_seen = {name: document.text.find(name) for name in scores}
        best = min(scores, key=lambda n: (-scores[n], first_seen[n] if first_seen[n] >= 0 else 1 << 30, n))
        return Mention(type=EntityType.PERSON, name=best)
    return Mention(type=EntityType.PERSON, key=f"anon:{document.id}")
