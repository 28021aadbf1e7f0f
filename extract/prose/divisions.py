"""part-of and located-in for divisions named as "ORG PLACE" ("Initech India").

When an organization the subject worked at is named as a known organization followed by a place
the document names as a place (the model's GPE/LOC), the division is part of the organization
and located in the place. The organization is known when the gazetteer lists it or the document
names it alone as an organization too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.prose import lookup
from extract.prose.agents import analysis
from extract.prose.orgs import org_type
from ontology import EntityType, Fact, Mention, Predicate, norm_name

if TYPE_CHECKING:
    from extract.context import DocContext

__all__ = ["division_facts", "EXTRACTOR", "split_division"]

EXTRACTOR = "prose.divisions.v1"
#: legal-form suffixes that some place gazetteers also list (AB = Alberta, Co = County)
_LEGAL_FORMS = frozenset({"co", "ab", "ag", "sa", "se", "nv", "bv", "oy", "as", "asa", "spa", "srl",
                          "inc", "ltd", "llc", "llp", "plc", "gmbh", "corp", "kg", "pte", "pty",
                          "kk", "sas", "sarl", "oyj", "aps", "a/s"})


def split_division(name: str, places: set[str], orgs: set[str]) -> tuple[str, str] | None:
    """('Initech', 'India') for 'Initech India' when 'India' is a place and 'Initech' an org.

    >>> split_division("Initech India", {"india"}, {"initech"})
    ('Initech', 'India')
    >>> split_division("Initech Labs", {"india"}, {"initech"}) is None
    True

    A legal form at the end is no place ('Globex Co', 'Vasa Data AB'):

    >>> split_division("Globex Co", {"co"}, {"globex"}) is None
    True
    >>> split_division("Initech UK", {"uk"}, {"initech"})
    ('Initech', 'UK')
    """
    words = name.split()
    if words and words[-1].lower().strip(".") in _LEGAL_FORMS:
        return None
    for cut in range(len(words) - 1, 0, -1):
        parent, place = " ".join(words[:cut]), " ".join(words[cut:])
        if (norm_name(place) in places or lookup.known_place(place)) and (norm_name(parent) in orgs
                                           or lookup.known_org_type(parent) is not None):
            return parent, place
    return None


def initials_parent(name: str, others: list[str]) -> str | None:
    """The employer whose initials open a division's name: 'GE Aviation' -> 'General Electric'
    when the subject also worked at General Electric.

    >>> initials_parent("GE Aviation", ["General Electric", "GE Aviation"])
    'General Electric'
    >>> initials_parent("Globex Labs", ["Globex"]) is None
    True
    """
    words = name.split()
    if len(words) < 2 or not (2 <= len(words[0]) <= 5 and words[0].isupper() and words[0].isalpha()):
        return None
    for other in others:
        caps = [w for w in other.split() if w[:1].isupper() and w.lower() not in ("of", "and", "the")]
        if other != name and len(caps) >= 2 and "".join(w[0] for w in caps) == words[0]:
            return other
    return None


#: "Globex's Initech Robotics unit": (parent, unit)
_OWNED_UNIT = re.compile(r"((?:[A-Z][\w&.-]*[ \t]+){0,4}[A-Z][\w&.-]*)['’]s[ \t]+"
                         r"((?:[A-Z][\w&.-]*[ \t]+){0,5})(?:unit|division|subsidiary|arm|business)\b")


def owned_unit_parent(quote: str, name: str) -> str | None:
    """The parent company an evidence quote names for the unit `name` ("Globex's NAME unit").

    >>> owned_unit_parent("spent years at Globex Corp's Initech Robotics unit", "Initech Robotics")
    'Globex Corp'
    >>> owned_unit_parent("moved to Acme's Kestrel Research Center in 1990", "Kestrel Research Center")
    'Acme'
    """
    for m in _OWNED_UNIT.finditer(quote):
        if m.group(2).strip() == name:
            parent = re.sub(r"^(?:The|At|In|With|For)[ \t]+", "", m.group(1))
            return parent if parent != name else None
    for mark in ("'s ", "’s "):  # "NASA's Langley Research Center", "at Globex's Kestrel,"
        k = quote.find(mark + name)
        after = quote[k + len(mark + name):k + len(mark + name) + 1] if k > 0 else "x"
        if not (after.isalnum() or after and after in "-_"):
            m = _OWNER_BEFORE.search(quote, 0, k)
            if m is not None:
                parent = re.sub(r"^(?:The|At|In|With|For|To)[ \t]+", "", m.group(1))
                return parent if parent != name else None
    return None


_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*[ \t]+){0,4}[A-Z][\w&.-]*)$")


#: a breadcrumb trail: 'University of X › Faculty of Y › Research groups › Z Lab › People'
_CRUMB_SEP = re.compile(r"\s+[›»]\s+")
_UNIT_CUES = frozenset({"faculty", "department", "school", "institute", "lab", "laboratory",
                        "centre", "center", "division", "college", "unit", "group", "programme",
                        "program"})


def breadcrumb_facts(ctx: DocContext) -> list[Fact]:
    """part-of along a page's breadcrumb trail: each organizational crumb (a university, a
    faculty, a lab ...) is part of the organizational crumb before it; generic crumbs ('Research
    groups', 'People') are skipped. Only the first trail of the page's first lines is read."""
    text = ctx.text
    head = text[:1500]
    if "›" not in head and "»" not in head:
        return []
    pos = 0
    for line in head.split("\n"):
        crumbs = _CRUMB_SEP.split(line.strip())
        if len(crumbs) >= 3:
            return _crumb_chain(ctx, line, pos)
        pos += len(line) + 1
    return []


def _crumb_chain(ctx: DocContext, line: str, pos: int) -> list[Fact]:
    out: list[Fact] = []
    prev: tuple[str, int] | None = None
    offset = 0
    for crumb in _CRUMB_SEP.split(line):
        at = line.find(crumb, offset)
        offset = at + len(crumb)
        name = re.sub(r"^[\s*_\[]+|[\s*_\]]+$|\]\(.*$", "", crumb)
        words = name.split()
        if not words or not name[0].isupper() or len(words) > 8:
            continue
        org = lookup.known_org_type(name) is not None or any(
            w.lower() in _UNIT_CUES or w.lower() in ("university", "universität", "université")
            for w in words)
        if not org or name.split()[-1].lower() in ("groups", "units", "departments", "labs"):
            continue
        if prev is not None:
            start = pos + prev[1]
            out.append(Fact(subject=Mention(type=org_type(name), name=name),
                            predicate=Predicate.PART_OF,
                            object=Mention(type=org_type(prev[0]), name=prev[0]),
                            provenance=ctx.provenance(start, pos + at + len(name), EXTRACTOR, 0.6)))
        prev = (name, at + crumb.find(name))
    return out


def division_facts(ctx: DocContext, worked_at: list[Fact]) -> list[Fact]:
    """part-of and located-in facts for the divisions among the subject's employers."""
    ents = analysis(ctx).ents
    places = {norm_name(e.text) for e in ents if e.label_ in ("GPE", "LOC")}
    orgs = {norm_name(e.text) for e in ents if e.label_ == "ORG"}
    orgs |= {norm_name(f.object.name) for f in worked_at}
    employers = sorted({g.object.name or "" for g in worked_at})
    out: list[Fact] = []
    seen: set[str] = set()
    for f in worked_at:
        name = f.object.name or ""
        if name in seen:
            continue
        split = split_division(name, places, orgs)
        place = None
        if split is not None:
            parent, place = split
        else:  # "X's Y unit" printed around the role, else a unit named by its parent's initials
            around = ctx.text[f.provenance.start:f.provenance.end + 40].replace("\n", " ")
            parent = owned_unit_parent(around, name)
            if parent is None:
                parent = initials_parent(name, employers)
            if parent is None:
                continue
        seen.add(name)
        division = Mention(type=f.object.type, name=name)
        prov = f.provenance.model_copy(update={"extractor": EXTRACTOR})
        out.append(Fact(subject=division, predicate=Predicate.PART_OF,
                        object=Mention(type=org_type(parent), name=parent), provenance=prov))
        if place is not None:
            out.append(Fact(subject=division, predicate=Predicate.LOCATED_IN,
                            object=Mention(type=EntityType.PLACE, name=place), provenance=prov))
    return out + breadcrumb_facts(ctx)
