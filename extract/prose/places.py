"""located-in for the subject's organizations, when the text ties a place to them.

- "ORG in PLACE" / "ORG (PLACE)" right after the organization ("at Siemens in Erlangen",
  "Highveld University in Johannesburg")
- "in PLACE" later in the sentence that states the role, when no other organization comes between
  ("began her career at IBM as a firmware developer, writing C ... in Johannesburg")
- "the PLACE-based company" after the organization was named ("The Accra-based company")
A place is a name the model tags GPE/LOC, or a capitalized name in one of these slots that is no
known organization, skill or person (the small model tags many towns ORG).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.nlp import text_of
from extract.prose import lookup
from extract.prose.agents import Analysis, analysis
from extract.prose.education import is_degree
from extract.prose.orgs import has_org_cue
from extract.prose.roles import is_title_head
from ontology import EntityType, Fact, Mention, Predicate, norm_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from extract.context import DocContext

__all__ = ["place_facts", "EXTRACTOR"]

EXTRACTOR = "prose.places.v1"
#: a degree's short form in the bracket after a university: '(BSc, 2008)', '(MEng)', '(PhD)'
_DEGREE_ABBR = re.compile(r"^(?:B|M|D|Ph|Dr|Lic)\.?\s?(?:[A-Z][a-z]{0,3}\.?){0,2}$")
_COMPANY_NOUNS = frozenset({"company", "firm", "startup", "start-up", "business", "lab",
                            "organisation", "organization", "nonprofit", "utility", "university",
                            "institute", "agency", "operator", "manufacturer", "provider"})


def _place(doc: Doc, i: int, limit: int, an: Analysis, slot: bool) -> Span | None:
    """A place name at token i: tagged GPE/LOC, or (in a place slot) any plain capitalized name."""
    j = i
    while j < limit and j - i < 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    span = doc[i:j] if j > i else None
    if span is None or an.in_noise(span.start_char, span.end_char):
        return None
    name = span.text
    if lookup.is_skill(name):  # 'in Rust', 'in Go': a language, not a town
        return None
    labels = {t.ent_type_ for t in span}
    if labels & {"GPE", "LOC"} or lookup.known_place(name):
        return span
    if not slot or labels & {"PERSON", "DATE", "NORP", "PRODUCT"} \
            or lookup.known_org_type(name) is not None or name.isupper():
        return None
    return span


def _occurrences(text: str, name: str, an: Analysis) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
            if not an.in_noise(m.start(), m.end())]


def _after_org(doc: Doc, end_char: int, an: Analysis, in_role_sentence: bool) -> Span | None:
    """'in PLACE' / '(PLACE)' right after an organization ending at end_char, or (in the
    sentence that states the role) the first 'in PLACE' before another organization."""
    span = doc.char_span(end_char, len(text_of(doc)), alignment_mode="expand") \
        if end_char < len(text_of(doc)) else None
    if span is None or not len(span):
        return None
    tok = span[0] if span[0].idx >= end_char else (span[1] if len(span) > 1 else None)
    if tok is None:
        return None
    limit = tok.sent.end
    if tok.text == "(" and tok.i + 3 < len(doc) and doc[tok.i + 1].text.isupper() \
            and doc[tok.i + 2].text == ")" and doc[tok.i + 3].text == ",":
        tok = doc[tok.i + 3]  # 'Institute of Tropical Farming (ITF), Ibadan': past the short form
        limit = max(limit, min(len(doc), tok.i + 5))
    if tok.lower_ in ("in", "(") and tok.i + 1 < limit:
        place = _place(doc, tok.i + 1, limit, an, slot=True)
        if place is not None and not (tok.text == "(" and (is_degree(place[0])
                                                           or _DEGREE_ABBR.match(place.text))):
            return place  # not a degree: '(BSc, 2008)' after a university
    if tok.text == "," and tok.i + 1 < len(doc):
        place = _header_place(doc, tok.i + 1, an) or _appositive_place(doc, tok.i + 1, an)
        if place is not None:
            return place
    if not in_role_sentence:
        return None
    for k in range(tok.i, limit - 1):
        if doc[k].ent_type_ == "ORG" or doc[k].text in (";",):
            return None
        if doc[k].lower_ == "in" and (doc[k + 1].ent_type_ in ("GPE", "LOC")
                                      or lookup.known_place(doc[k + 1].text)):
            return _place(doc, k + 1, limit, an, slot=False)
    return None


def _header_place(doc: Doc, i: int, an: Analysis) -> Span | None:
    """'Senior Scientist, Initech, Ibadan' (a header line): a known place that ends the line."""
    place = _place(doc, i, len(doc), an, slot=True)
    if place is None or has_org_cue(place.text) or any(is_title_head(t.text) for t in place) \
            or place.end < len(doc) and "\n" not in doc[place.end - 1].whitespace_ \
            and not doc[place.end].is_space:
        return None
    return place


def _appositive_place(doc: Doc, i: int, an: Analysis) -> Span | None:
    """'Globex Engineers, a 60-person consultancy in Fort Wayne,': the place of the
    organization's own description."""
    if doc[i].lower_ not in ("a", "an"):
        return None
    for k in range(i + 1, min(len(doc) - 1, i + 10)):
        tok = doc[k]
        if tok.is_punct and tok.text not in ("-", "–") or tok.pos_ in ("VERB", "AUX") \
                and tok.lower_ != "based" or tok.ent_type_ == "ORG":
            return None
        if tok.lower_ == "in":
            return _place(doc, k + 1, tok.sent.end, an, slot=True)
    return None


def _company_noun_after(doc: Doc, k: int) -> bool:
    """'-based company', '-based logistics company', '-based software firm'."""
    for j in range(k, min(len(doc), k + 3)):
        if doc[j].lower_ in _COMPANY_NOUNS:
            return True
        if not (doc[j].is_alpha and doc[j].text.islower() and doc[j].pos_ in ("NOUN", "ADJ")):
            return False
    return False


def _based(doc: Doc, an: Analysis) -> list[tuple[int, Span, bool]]:
    """(char offset, place, names the next organization) of each 'the PLACE-based company'
    (the organization named before) and 'PLACE-based ORG' (the one right after); 'Waltham,
    Massachusetts-based' keeps the town and the state."""
    out = []
    for tok in an.tokens(doc):
        if tok.lower_ != "based" or tok.i < 2 or doc[tok.i - 1].text != "-":
            continue
        company = _company_noun_after(doc, tok.i + 1)
        named = not company and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
        if not (company or named):
            continue
        start = tok.i - 2
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
            start -= 1
        place = _place(doc, start, tok.i - 1, an, slot=True)
        if place is None:
            continue
        k = place.start  # 'Waltham, Massachusetts-based': a town before the state
        if k >= 2 and doc[k - 1].text == "," and doc[k - 2].text[:1].isupper() \
                and doc[k - 2].pos_ == "PROPN" and "\n" not in doc[k - 2].whitespace_:
            town = _place(doc, k - 2, k - 1, an, slot=True)
            if town is not None:
                place = doc[k - 2:place.end]
        out.append((tok.idx, place, named))
    return out


#: 'headquartered in Pittsburgh, ...', 'is based in Lagos': the place of an organization the
#: same sentence names
_SEATED = frozenset({"headquartered", "based", "located", "headquarters"})


def _seated(doc: Doc, an: Analysis, mentions: list[tuple[int, Mention]]) -> list[tuple[Mention, Span]]:
    out = []
    for tok in an.tokens(doc):
        if tok.lower_ not in _SEATED or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "in":
            continue
        place = _place(doc, tok.i + 2, tok.sent.end, an, slot=True)
        sent = tok.sent
        orgs = [m for pos, m in mentions if sent.start_char <= pos < sent.end_char]
        if place is not None and orgs:
            out.append((orgs[0], place))
    return out


def place_facts(ctx: DocContext, org_facts: list[Fact]) -> list[Fact]:
    """located-in facts for the organizations of the subject's worked-at and studied-at facts."""
    an = analysis(ctx)
    doc, text = ctx.doc, ctx.text
    found: dict[tuple[str, str], Fact] = {}
    mentions: list[tuple[int, Mention]] = []
    for f in org_facts:
        name = f.object.name or ""
        for s, e in _occurrences(text, name, an):
            mentions.append((s, f.object))
            role_sentence = f.provenance.start <= s < f.provenance.end + 1
            place = _after_org(doc, e, an, role_sentence)
            if place is not None:
                key = (norm_name(name), norm_name(place.text))
                found.setdefault(key, _fact(ctx, f.object, place, s))
    mentions.sort(key=lambda m: m[0])
    for pos, place, named in _based(doc, an):
        if named:  # 'Waltham, Massachusetts-based Initech'
            after = [m for m in mentions if pos < m[0] <= pos + 12]
            org = after[0][1] if after else None
        else:
            before = [m for m in mentions if m[0] < pos]
            org = before[-1][1] if before else None
        if org is not None:
            found.setdefault((norm_name(org.name), norm_name(place.text)),
                             _fact(ctx, org, place, place.start_char))
    for org, place in _seated(doc, an, mentions):
        found.setdefault((norm_name(org.name), norm_name(place.text)),
                         _fact(ctx, org, place, place.start_char))
    return list(found.values())


def _fact(ctx: DocContext, org: Mention, place: Span, start: int) -> Fact:
    prov = ctx.provenance(min(start, place.start_char), max(place.end_char, start + 1), EXTRACTOR, 0.7)
    return Fact(subject=Mention(type=org.type, name=org.name), predicate=Predicate.LOCATED_IN,
                object=Mention(type=EntityType.PLACE, name=place.text), provenance=prov)
