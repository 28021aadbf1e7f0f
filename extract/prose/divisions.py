"""part-of and located-in for divisions named as "ORG PLACE" ("Initech India").

When an organization the subject worked at is named as a known organization followed by a place
the document names as a place (the model's GPE/LOC), the division is part of the organization
and located in the place. The organization is known when the gazetteer lists it or the document
names it alone as an organization too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.prose import lookup
from extract.prose.agents import analysis
from extract.prose.orgs import org_type
from ontology import EntityType, Fact, Mention, Predicate, norm_name

if TYPE_CHECKING:
    from extract.context import DocContext

__all__ = ["division_facts", "EXTRACTOR", "split_division"]

EXTRACTOR = "prose.divisions.v1"


def split_division(name: str, places: set[str], orgs: set[str]) -> tuple[str, str] | None:
    """('Initech', 'India') for 'Initech India' when 'India' is a place and 'Initech' an org.

    >>> split_division("Initech India", {"india"}, {"initech"})
    ('Initech', 'India')
    >>> split_division("Initech Labs", {"india"}, {"initech"}) is None
    True
    """
    words = name.split()
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
