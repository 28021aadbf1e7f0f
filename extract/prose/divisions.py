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
    """
    for m in _OWNED_UNIT.finditer(quote):
        if m.group(2).strip() == name:
            parent = re.sub(r"^(?:The|At|In|With|For)[ \t]+", "", m.group(1))
            return parent if parent != name else None
    return None


def division_facts(ctx: DocContext, worked_at: list[Fact]) -> list[Fact]:
    """part-of and located-in facts for the divisions among the subject's employers."""
    ents = analysis(ctx).ents
    places = {norm_name(e.text) for e in ents if e.label_ in ("GPE", "LOC")}
    orgs = {norm_name(e.text) for e in ents if e.label_ == "ORG"}
    orgs |= {norm_name(f.object.name) for f in worked_at}
    out: list[Fact] = []
    seen: set[str] = set()
    for f in worked_at:
        name = f.object.name or ""
        split = split_division(name, places, orgs)
        around = ctx.text[f.provenance.start:f.provenance.end + 40].replace("\n", " ")
        owner = owned_unit_parent(around, name) if split is None else None
        if owner is not None and name not in seen:
            seen.add(name)
            out.append(Fact(subject=Mention(type=f.object.type, name=name),
                            predicate=Predicate.PART_OF,
                            object=Mention(type=org_type(owner), name=owner),
                            provenance=f.provenance.model_copy(update={"extractor": EXTRACTOR})))
            continue
        if split is None and name not in seen:
            parent = initials_parent(name, sorted({g.object.name or "" for g in worked_at}))
            if parent is not None:
                seen.add(name)
                out.append(Fact(subject=Mention(type=f.object.type, name=name),
                                predicate=Predicate.PART_OF,
                                object=Mention(type=org_type(parent), name=parent),
                                provenance=f.provenance.model_copy(update={"extractor": EXTRACTOR})))
            continue
        if name in seen:
            continue
        seen.add(name)
        parent, place = split
        division = Mention(type=f.object.type, name=name)
        prov = f.provenance.model_copy(update={"extractor": EXTRACTOR})
        out.append(Fact(subject=division, predicate=Predicate.PART_OF,
                        object=Mention(type=org_type(parent), name=parent), provenance=prov))
        out.append(Fact(subject=division, predicate=Predicate.LOCATED_IN,
                        object=Mention(type=EntityType.PLACE, name=place), provenance=prov))
    return out
