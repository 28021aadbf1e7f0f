"""Organization names in prose: the span a pattern points at, and whether it is supported.

The model's ORG label is unreliable (TensorFlow is an ORG, "Yahoo Labs" a PERSON), so a name is
accepted as an organization only with support: the organization gazetteer, an organization cue
word (Inc, Labs, University ...), or a strong syntactic pattern ("joined X", "TITLE at X") over a
proper-noun name that is neither a skill, a person, a place nor a date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.prose import lookup
from ontology import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.prose.agents import Analysis

__all__ = ["org_span_at", "accept_org", "org_type", "has_org_cue", "ORG_CUES", "EDU_CUES"]

ORG_CUES = frozenset({
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "company", "co.", "llc", "ltd",
    "ltd.", "limited", "gmbh", "ag", "plc", "labs", "lab", "laboratory", "laboratories", "research",
    "university", "college", "institute", "school", "academy", "polytechnic", "foundation",
    "group", "technologies", "technology", "systems", "software", "solutions", "networks", "bank",
    "capital", "partners", "ventures", "holdings", "agency", "association", "society", "council",
    "center", "centre", "hospital", "clinic", "ministry", "department", "studios", "media",
    "pharmaceuticals", "therapeutics", "analytics", "robotics", "consulting", "services",
    "industries", "motors", "airlines", "energy", "health", "healthcare", "institution",
    "observatory", "commission", "bureau", "office", "consortium", "alliance", "initiative",
})
EDU_CUES = frozenset({"university", "college", "school", "academy", "polytechnic", "universität",
                      "université", "universidad", "università", "universiteit", "iit", "iiit",
                      "nit", "iisc"})
_MONTHS = frozenset("january february march april may june july august september october "
                    "november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
_CONNECT = frozenset({"of", "&", "and", "for", "de", "du", "der", "-"})
_BAD_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
                         "NORP", "LANGUAGE", "EVENT", "LAW"})


def _cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and tok.pos_ == "PROPN")) \
        and t.lower() not in _MONTHS and tok.pos_ not in ("PRON", "DET", "VERB", "AUX", "PUNCT")


def org_span_at(doc: Doc, i: int, limit: int | None = None) -> Span | None:
    """The capitalized name starting at token i (after an optional 'the'), or None.

    Runs of capitalized words joined by 'of', '&', 'and', 'for' ("University of Washington",
    "AT&T Labs") are one name; a possessive or a lower-case word ends it.
    """
    limit = len(doc) if limit is None else limit
    if i < limit and doc[i].lower_ == "the":
        i += 1
    if i >= limit or not _cap(doc[i]):
        return None
    j = i + 1
    while j < limit:
        tok = doc[j]
        if tok.whitespace_ == "" and tok.text in ("'s", "’s") or tok.tag_ == "POS":
            unit = _named_unit(doc, j + 1, limit)
            if unit is not None:  # "Globex's Initech Robotics unit": the unit is the employer
                return unit
            break
        if "\n" in doc[j - 1].whitespace_ or "\n" in tok.text:
            break
        if _cap(tok):
            j += 1
        elif tok.lower_ in _CONNECT and j + 1 < limit and _cap(doc[j + 1]) \
                and not (tok.lower_ == "and" and doc[j + 1].ent_type_ == "PERSON"):
            j += 2
        else:
            break
    if j + 1 < limit and doc[j].lower_ == "at" and doc[i].lower_ in ("university", "universidad") \
            and j - i >= 3 and doc[i + 1].lower_ == "of" and _cap(doc[j + 1]) \
            and "\n" not in doc[j].whitespace_:
        k = j + 1  # a campus: 'University of Texas at Austin', 'at Urbana-Champaign'
        while k < limit and "\n" not in doc[k - 1].whitespace_ and (
                _cap(doc[k]) or doc[k].text == "-" and k + 1 < limit and _cap(doc[k + 1])):
            k += 1
        if k == limit or doc[k].is_punct or doc[k].lower_ in ("in", "and", "with", "where", "before"):
            j = k
    return doc[i:j]


#: what a parent company calls a business it owns: "Globex's Initech Robotics unit"
UNIT_WORDS = frozenset({"unit", "division", "subsidiary", "arm", "business"})


def _named_unit(doc: Doc, i: int, limit: int) -> Span | None:
    """The capitalized name from token i when a unit word follows it ('Blue River unit')."""
    j = i
    while j < limit and _cap(doc[j]) and "\n" not in doc[j].whitespace_:
        j += 1
    if j > i and j < limit and doc[j].lower_ in UNIT_WORDS:
        return doc[i:j]
    if j - i >= 2 and doc[j - 1].lower_ in SITE_WORDS:
        return doc[i:j]  # "NASA's Langley Research Center": the named site is the workplace
    if j > i and (j == limit or doc[j].is_punct or doc[j].lower_ in _AFTER_UNIT) \
            and doc[i].text[:1].isupper() and not lookup.is_skill(doc[i:j].text):
        return doc[i:j]  # "at CSIRO's Data61, where ...": a named unit closes the phrase
    return None


#: words that may follow a unit's name printed after its parent's possessive
_AFTER_UNIT = frozenset({"in", "where", "as", "from", "until", "since", "for", "and", "before",
                         "during", "between", "after", "when", "while", "on"})


#: last words of a named site or institute of a parent organization ("X's Y Research Center")
SITE_WORDS = frozenset({"center", "centre", "laboratory", "laboratories", "institute", "hospital",
                        "observatory"})


def has_org_cue(name: str) -> bool:
    """True when a word of the name marks an organization ('Labs', 'University', 'Inc').

    >>> has_org_cue("Bell Labs"), has_org_cue("Jane Roe")
    (True, False)
    """
    return any(w[:1].isupper() and w.lower().strip(",.") in ORG_CUES for w in name.split())


def org_type(name: str) -> EntityType:
    """EducationalOrganization for universities, colleges, schools; else Organization.

    >>> org_type("University of Toronto").value, org_type("Initech").value
    ('EducationalOrganization', 'Organization')
    """
    known = lookup.known_org_type(name)
    if known is not None:
        return known
    words = {w.lower().strip(",.") for w in name.split()}
    if words & EDU_CUES or re.search(r"\binstitute of technology\b", name, re.IGNORECASE):
        return EntityType.EDUCATIONAL_ORGANIZATION
    return EntityType.ORGANIZATION


def _labels(span: Span) -> set[str]:
    return {t.ent_type_ for t in span if t.ent_type_}


def accept_org(span: Span, *, level: str = "strong", an: Analysis | None = None) -> bool:
    """Is this name an organization?

    Gazetteer or an organization cue word always suffice; a skill never does. `level` says what
    else the context allows: "cue" nothing more, "ner" a name the model tags ORG throughout,
    "strong" (a pattern such as "joined X" or "TITLE at X") any proper-noun name that is not
    a person, place or date.
    """
    subject_name = an.subject_name if an else None
    person_words = an.person_words if an else frozenset()
    name = clean_org_name(span.text)
    if not name or len(name) < 2 or not name[0].isalnum():
        return False
    if lookup.known_org_type(name) is not None:
        return True
    if lookup.is_skill(name):
        return False
    if subject_name and (name in subject_name or subject_name in name):
        return False
    if has_org_cue(name):
        return True
    words = name.split()
    if len(words) > 1 and lookup.known_org_type(" ".join(words[:-1])) is not None:
        return True  # "Initech India": a known organization and a place
    labels = _labels(span)
    if level == "strong" and an is not None and not labels & {"DATE", "TIME", "CARDINAL"} \
            and any(o.startswith(name + " ") for o in an.org_names):
        return True  # 'left Meridian': the short form of 'Meridian Shipping' named elsewhere
    if level == "ner":  # the small model tags many organizations PRODUCT or FAC
        return bool(labels) and labels <= {"ORG", "PRODUCT", "FAC"} and all(t.ent_type_ for t in span)
    if level != "strong":
        return False
    if labels & _BAD_LABELS or (labels and labels <= {"GPE", "LOC"}):
        return "ORG" in labels
    if "PERSON" in labels and any(w in person_words for w in words):
        return False
    return all(t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "CCONJ", "ADP", "PUNCT") for t in span)


def clean_org_name(text: str) -> str:
    """An organization name as written, minus a leading 'the' and a trailing possessive.

    >>> clean_org_name("the Initech Labs’s")
    'Initech Labs'
    """
    name = " ".join(text.split())
    name = re.sub(r"^(?:the)\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"[’']s?$", "", name).strip(" ,.;:()")
    return name


#: words that make "X Word" a part of X rather than X's full name
_DIVISION_WORDS = frozenset({"labs", "lab", "research", "ventures", "foundation", "capital",
                             "school", "studios", "cloud",
                             "europe", "asia", "americas", "international", "global", "team",
                             "division", "group", "press", "health", "bank", "games"})

#: words that make "X Word" a thing named after X (an award, an event, a publication)
_NOT_ORG_WORDS = frozenset({"award", "awards", "prize", "medal", "fellowship", "scholarship",
                            "conference", "summit", "symposium", "workshop", "day", "week", "festival",
                            "cup", "championship", "series", "report", "review", "journal",
                            "magazine", "program", "programme", "platform", "app", "api", "cloud",
                            "store", "prime", "stadium", "arena", "building", "tower", "campus",
                            "note", "notes", "paper", "papers", "bulletin", "memorandum"})

#: words that may follow a short name in its full form ("Initech" = "Initech Robotics")
_SAME_ORG_SUFFIX = frozenset({
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "company", "co", "co.", "llc",
    "ltd", "ltd.", "limited", "gmbh", "ag", "plc", "technologies", "technology", "systems",
    "software", "solutions", "networks", "robotics", "analytics", "therapeutics", "industries",
    "pharmaceuticals", "holdings", "group", "ai", "bio", "biosciences", "motors", "media",
})


def canonical_org_names(names: list[str], fuller: list[str] = ()) -> dict[str, str]:
    """Map each short form to the fullest form the same document gives (among `names` and the
    `fuller` names it mentions): 'Initech' -> 'Initech Robotics Inc.'. Names the gazetteer
    knows as two organizations stay apart (Amazon, Amazon Web Services), as do divisions
    ('Initech Labs', 'Initech India').

    >>> canonical_org_names(["Initech", "Initech Robotics Inc.", "Initech Labs"])["Initech"]
    'Initech Robotics Inc.'
    >>> canonical_org_names(["Meridian"], ["Meridian Shipping"])["Meridian"]
    'Meridian Shipping'
    """
    out: dict[str, str] = {}
    for short in names:
        sw = short.split()
        best = short
        for full in [*names, *fuller]:
            fw = full.split()
            if len(fw) > len(sw) and fw[:len(sw)] == sw and len(full) > len(best) \
                    and _same_org(short, full, fw[len(sw):]):
                best = full
        out[short] = best
    return out


def _same_org(short: str, full: str, extra: list[str]) -> bool:
    if all(w.lower().strip(",") in _SAME_ORG_SUFFIX for w in extra):
        return True
    if any(w.lower() in _NOT_ORG_WORDS or w.endswith(("'", "’", "'s", "’s")) for w in extra):
        return False  # "Initech Founders' Award", "Initech Summit": not the company's full name
    if lookup.known_org_type(short) is not None and lookup.known_org_type(full) is not None:
        return False
    return not any(w.lower() in _DIVISION_WORDS or lookup.known_place(w) for w in extra)
