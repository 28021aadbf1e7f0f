"""worked-at from prose: patterns over the parse, about the document's subject only.

- "joined ORG (as TITLE) (in YEAR)"            -> start YEAR
- "began/started (his) career at ORG"           -> no dates
- "worked at/for ORG", "was/has been at ORG (for N years now)", "spent N years at ORG"
- "served/works as TITLE of/at ORG", "is/was/became TITLE at/of/for ORG"
- "As TITLE at ORG, NAME ...", "NAME, TITLE of ORG, ..."  (present tense or apposition -> present)
- "founded ORG in YEAR"                          -> title Founder, start YEAR
- "left ORG in YEAR"                             -> end YEAR
Present tense ("is", "works", "has been") gives end "present".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.nlp import text_of
from extract.prose import lookup
from extract.prose.agents import SUBJECT, Analysis, actor, analysis, clause_subject
from extract.prose.common import line_limit, make_fact, merge_roles, usable, verbs
from extract.prose.lex import forms, present_tense
from extract.prose.orgs import accept_org, canonical_org_names, clean_org_name, org_span_at, org_type
from extract.prose.promotions import Promotion, attach
from extract.prose.role_clauses import (
    HIRE,
    Hit,
    announcer_org,
    appointment_hits,
    apposition_hits,
    as_clause_hits,
    as_role,
    clause_dates,
    dateline_month,
    hired_hits,
    nominal_role_hits,
    where_org,
)
from extract.prose.role_extras import came_from_hits, coordinated_roles, drop_repeats, where_since
from extract.prose.roles import role_phrase, title_case
from ontology import Fact, Predicate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from extract.context import DocContext

__all__ = ["employment_facts", "EXTRACTOR"]

EXTRACTOR = "prose.employment.v1"
_JOIN = forms("join", "rejoin")
_BEGIN = forms("begin", "start", "cut")  # 'cut my teeth at X' (with _CAREER as its object)
#: what one begins at an employer: 'began her career at X', 'cut my teeth at X'
_CAREER = frozenset({"career", "teeth"})
_WORK = forms("work", "intern", "spend", "remain", "stay", "teach", "research")
_BE = forms("be")
_SERVE = forms("serve", "work", "act", "function")
_SERVED = forms("serve")
_BECOME = forms("become", "rise", "take")  # 'rose to TITLE', 'took over as TITLE of ORG'
_NAMED = HIRE
_FOUND = forms("found", "co-found", "cofound", "establish")
_LEAVE = forms("leave", "depart", "retire")
_LEAD = forms("lead", "head", "run", "manage", "direct", "oversee")
_RISE = forms("rise")
_MOVE = forms("move", "transfer", "switch")  # 'moved (east) to ORG in YEAR'
#: titles that are honours an organization names someone, not jobs ('an Outstanding Alumnus')
_HONOUR_ADJ = re.compile(r"^(?:outstanding|distinguished|honorary|exceptional|eminent)\b",
                         re.IGNORECASE)
_LED_UNITS = frozenset({"organisation", "organization", "division", "unit", "teams", "groups",
                        "labs", "laboratory", "practice", "office", "operations", "engineering",
                        "department", "center", "centre", "institute", "program", "programme"})
#: titles that are honours or memberships, not jobs ('a Fellow of the Royal Society')
_HONOUR_TITLES = frozenset({"fellow", "member", "life member", "senior member", "honorary member",
                            "honorary fellow", "laureate", "academician", "foreign member"})
#: board seats and mentoring are no employment ('a non-executive director at X', 'a mentor at Y')
_BOARD_TITLE = re.compile(r"\b(?:non-?\s?executive|independent|outside)\s+(?:director|chair\w*)\b|"
                          r"\bboard\s+(?:member|director|seat|observer)\b|\bmember\s+of\s+the\s+board\b|"
                          r"^(?:trustee|mentor|governor|board\s+chair\w*)$", re.IGNORECASE)
_UNIT_NOUNS = frozenset({"faculty", "team", "staff", "board", "company", "firm", "group", "lab",
                         "laboratory", "department", "startup", "start-up", "research"})


def _subject_clause(verb: Token, an: Analysis) -> bool:
    return actor(clause_subject(verb), an) == SUBJECT


def _org_after_verb(doc: Doc, verb: Token, an: Analysis) -> Span | None:
    """The organization right after a verb ('joined Initech', 'joined the faculty of X')."""
    limit = line_limit(doc, verb.i)
    org = org_span_at(doc, verb.i + 1, limit)
    if org is not None and accept_org(org, level="strong", an=an):
        return org
    k = verb.i + 1 + (verb.i + 1 < limit and doc[verb.i + 1].lower_ in ("the", "a", "its", "an"))
    while k < limit and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].lower_ not in ("as",):
        k += 1
    if k < limit and doc[k - 1].lower_ in _UNIT_NOUNS and doc[k].lower_ in ("at", "of", "in"):
        org = org_span_at(doc, k + 1, limit)
        if org is not None and accept_org(org, level="strong", an=an):
            return org
    return None


#: what a described employer is ('a small Leeds consultancy, Initech'; 'payments start-up Globex')
_KIND_NOUNS = frozenset({"agency", "start-up", "startup", "firm", "company", "consultancy",
                         "studio", "bank", "fintech", "nonprofit", "non-profit", "charity",
                         "retailer", "publisher", "manufacturer", "practice", "shop", "boutique",
                         "scale-up", "scaleup", "lab", "insurer", "broker", "carrier", "airline",
                         "newspaper", "magazine", "outfit", "company's", "business", "provider",
                         "maker", "developer", "house", "utility", "operator", "vendor"})
_DESCRIBE_MAX = 8


def _described_org(doc: Doc, i: int, limit: int, an: Analysis) -> Span | None:
    """The named organization after a short description of it, at token i: 'a tiny Melbourne
    agency, Quokka Digital', 'Cape Town payments start-up Kaapstad Pay'. The description must
    end in a kind of organization (agency, start-up, firm...), the name must follow at once."""
    k = i + (i < limit and doc[i].lower_ in ("a", "an", "the"))
    stop = min(limit, k + _DESCRIBE_MAX)
    while k < stop:
        tok = doc[k]
        split_up = tok.lower_ in ("start", "scale") and k + 2 < limit and doc[k + 1].text == "-" \
            and doc[k + 2].lower_ == "up"  # 'start-up' in three tokens
        if tok.lower_ in _KIND_NOUNS or split_up:
            k += 2 if split_up else 0
            j = k + 1
            if j < limit and doc[j].text == ",":
                j += 1
            if j < limit and doc[j].text[:1].isupper():
                org = org_span_at(doc, j, limit)
                if org is not None and accept_org(org, level="strong", an=an):
                    return org
                return None
            k += 1  # 'fintech company X': the kind noun goes on
            continue
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") and tok.text != "-" \
                or tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "NORP", ""):
            return None
        k += 1
    return None


#: what introduces the next role of a career at one employer: 'first as A, then/later as B'
_THEN = frozenset({"then", "later", "subsequently", "eventually", "finally", "afterwards"})


def _later_role(doc: Doc, role, an: Analysis):
    """The role after 'then as' / 'later as' following a first role in the same sentence."""
    if role.org is not None:
        return None
    limit = min(line_limit(doc, role.start), doc[role.start].sent.end)
    for k in range(role.end, min(limit, role.end + 12)):
        low = doc[k].lower_
        if low in (".", ";"):
            return None
        if low == "as" and any(t.lower_ in _THEN for t in doc[max(role.end, k - 3):k]):
            nxt = role_phrase(doc, k + 1, limit, an=an)
            return nxt if nxt is not None and nxt.title else None
    return None


_CAREER_STOP = frozenset({".", ";", "before", "after", "where", "which", "who", "then", "later",
                          "while", "when", "until"})


def _career_at(doc: Doc, verb: Token, an: Analysis) -> Span | None:
    """'began her career answering tickets at X': the first 'at/with ORG' of the clause after
    the career, however the parser attached it (the object in between varies)."""
    limit = min(line_limit(doc, verb.i), verb.sent.end)
    for k in range(verb.i + 1, limit):
        low = doc[k].lower_
        if low in _CAREER_STOP:
            return None
        if low in ("at", "with"):
            org = org_span_at(doc, k + 1, limit)
            if org is not None and accept_org(org, level="strong", an=an):
                return org
            return _described_org(doc, k + 1, limit, an)
    return None


def _prep_org(doc: Doc, verb: Token, preps: tuple[str, ...], an: Analysis,
              level: str = "strong") -> Span | None:
    """The organization after one of the verb's prepositions ('worked at X', 'left from X'), or
    after a short description of it ('at a small Leeds agency, X')."""
    limit = line_limit(doc, verb.i)
    for child in verb.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps and child.i > verb.i:
            org = org_span_at(doc, child.i + 1, limit)
            if org is not None and accept_org(org, level=level, an=an):
                return org
            if level == "strong" and (org is None or not accept_org(org, level="strong", an=an)):
                org = _described_org(doc, child.i + 1, limit, an)
                if org is not None:
                    return org
    return None


def _leads_unit(verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in _UNIT_NOUNS | _LED_UNITS and obj.text.islower()


def _unit_org(doc: Doc, verb: Token, an: Analysis) -> Span | None:
    """The organization of a unit the subject leads: 'the data team at X', 'X's research lab'."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in _UNIT_NOUNS | _LED_UNITS or not obj.text.islower():
        return None  # a named unit ('the Laboratory for Soft Materials') is no employer
    for child in obj.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            org = org_span_at(doc, child.left_edge.i, child.i + 1)
            if org is not None and accept_org(org, level="strong", an=an):
                return org
        if child.dep_ == "prep" and child.lower_ in ("at", "of", "for"):
            org = org_span_at(doc, child.i + 1, line_limit(doc, child.i))
            level = "strong" if child.lower_ == "at" else "ner"
            if org is not None and accept_org(org, level=level, an=an):
                return org
    return _prep_org(doc, verb, ("at",), an)


def _unit_org_in(doc: Doc, verb: Token, an: Analysis) -> Span | None:
    """'in the audit practice of KPMG', 'on the payments team at Initech': the organization of
    a lower-case unit the verb places the subject in."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in ("in", "on", "with", "at"):
            continue
        unit = next((c for c in child.children if c.dep_ == "pobj"), None)
        if unit is None or not unit.text.islower() or unit.lower_ not in _UNIT_NOUNS | _LED_UNITS:
            continue
        for prep in unit.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for"):
                org = org_span_at(doc, prep.i + 1, line_limit(doc, prep.i))
                if org is not None and accept_org(org, level="strong", an=an):
                    return org
    return None


def _verb_hits(doc: Doc, an: Analysis) -> Iterator[Hit | Promotion]:
    for v in verbs(doc, an, _JOIN | _BEGIN | _WORK | _SERVE | _BE | _BECOME | _NAMED | _FOUND | _LEAVE
                   | _LEAD | _MOVE):
        if not _subject_clause(v, an):
            continue
        low = v.lower_
        role = as_role(doc, v, an)
        title = role.title if role else None
        org: Span | None = None
        announced = False
        if low in _BECOME or (low in _NAMED and v.tag_ == "VBN"):
            for child in v.children:  # 'became CTO of X', 'was named TITLE at X', 'promoted to'
                first = child.left_edge.i if child.dep_ in ("attr", "oprd") else child.i + 1 \
                    if child.dep_ == "prep" and child.lower_ in ("to", "as") else None
                r = role_phrase(doc, first, line_limit(doc, v.i), an=an) if first else None
                if r is not None:
                    role, title = r, r.title
                    break
            org = (role.org if role else None) or where_org(doc, v, an) or announcer_org(doc, v, an)
            if org is None and low in _NAMED:
                org = _prep_org(doc, v, ("by", "at"), an)
            if org is None and title:
                earlier = next((role_phrase(doc, c.i + 1, line_limit(doc, v.i), an=an)
                                for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                                and c.i < role.start), None) if low in _RISE else None
                prev = doc[v.sent.start - 1].sent.start if v.sent.start > 0 else -1
                yield Promotion(title, clause_dates(v, "start")[0], v.sent.start,
                                (v.idx, _end_char(doc, role)), prev,
                                earlier.title if earlier is not None and earlier.org is None else None)
                continue
            kind, conf = "start", 0.8
        elif low in _JOIN:
            org = _org_after_verb(doc, v, an)
            if org is None and role is not None:
                org = role.org
            if org is None and _joins_the_announcer(v):  # 'X announced that NAME has joined
                org = announcer_org(doc, v, an)           # the company as CTO'
                announced = org is not None
            kind, conf = "start", 0.85
        elif low in _BEGIN:
            has_career = any(c.dep_ == "dobj" and c.lower_ in _CAREER for c in v.children)
            org = _prep_org(doc, v, ("at", "with"), an) if has_career or role else None
            if org is None and has_career:
                career = next(c for c in v.children if c.dep_ == "dobj" and c.lower_ in _CAREER)
                org = _prep_org(doc, career, ("at", "with"), an)
            if org is None and has_career:  # 'started her career writing fraud rules at X'
                org = _career_at(doc, v, an)
            out = any(c.lower_ == "out" for c in v.children)  # 'started out as a TITLE at X'
            org = org or (role.org if role and (has_career or out) else None)
            if org is None and has_career:  # 'began her career in the audit practice of KPMG'
                org = _unit_org_in(doc, v, an)
            kind, conf = "none", 0.8
            if org is None and not has_career and role is None and low.startswith("start"):
                org = _org_after_verb(doc, v, an)  # 'started Initech in 2019': founded it
                if org is not None and org.end < len(doc) and doc[org.end].tag_ == "POS":
                    org = None  # 'started Initech's data team'
                kind = "start"
        elif low in _FOUND:
            org = _org_after_verb(doc, v, an)
            prefix = doc[max(0, v.i - 2):v.i].text.lower()
            title = "Co-Founder" if low.startswith("co") or prefix.startswith("co") else "Founder"
            kind, conf = "start", 0.8
        elif low in _LEAVE:
            org = _org_after_verb(doc, v, an) or _prep_org(doc, v, ("from",), an)
            kind, conf = "end", 0.7
        elif low in _MOVE:  # 'moved to X, where, as a Y, she ...': a new employer
            org = _prep_org(doc, v, ("to",), an)
            if org is not None and title is None:
                role = _where_role(doc, org, an)
                title = role.title if role else None
            kind, conf = "start", 0.75
        elif low in _LEAD:  # 'leads the data team at Initech', 'runs Globex's research lab'
            org = _unit_org(doc, v, an) or (where_org(doc, v, an) if _leads_unit(v) else None)
            kind, conf = "state", 0.7
        elif low in _BE:  # 'is TITLE at ORG', 'was head of AI at ORG', 'has been at ORG'
            kind, conf = "state", 0.8
            attr = next((c for c in v.children if c.dep_ in ("attr", "acomp")), None)
            r = role_phrase(doc, attr.left_edge.i, line_limit(doc, v.i), an=an) \
                if attr is not None else None
            # a bare 'was at X' could be an event: the name must be a known organization
            org = (r.org if r else None) or _prep_org(doc, v, ("at",), an, "strong" if r else "ner") \
                or (where_org(doc, v, an) if r else None)
            title = r.title if r else None
            for extra in coordinated_roles(doc, v, attr, an) if org is not None else ():
                yield Hit(extra.org, extra.title, None, "present" if present_tense(v) else None,
                          extra.start, 0.75, v.sent.start, extra.org.end - 1)
        else:  # work/serve: "at ORG", "as TITLE at ORG"
            own = _prep_org(doc, v, ("at", "for"), an)
            if own is not None and role is not None and role.org is not None and role.start > own.end \
                    and doc[role.org.start - 1].lower_ in ("of", "for") \
                    and lookup.known_org_type(clean_org_name(role.org.text)) is None:
                # 'four years at Globex, most recently as Head of Demand Science': a unit of
                # Globex named in the title, not a second employer
                title = title_case(doc[role.start:role.end].text.strip(" ,;"))
                role = None
            org = role.org if role and role.org else own
            if org is None and role is not None:
                org = where_org(doc, v, an)  # 'at Keystone, where she served as VP of finance'
            if org is None and title and low in _SERVED and own is None:
                # 'joined Initech in 2015 and has served as CFO since 2019': the role belongs to
                # the organization the sentence names (promotions.attach)
                yield Promotion(title, clause_dates(v, "state")[0], v.sent.start,
                                (v.idx, _end_char(doc, role)))
                continue
            kind, conf = "state", 0.8
            if own is not None and org is not None and own.start != org.start \
                    and usable(an, doc, v.i, own.end - 1):
                # 'spent nine years at Globex, most recently as VP, Finance at Globex Aviation':
                # the years at the first organization are a role of their own
                s0, e0 = clause_dates(v, kind)
                yield Hit(own, None, s0, e0, min(v.i, own.start), conf, v.sent.start,
                          max(v.i, own.end - 1))
        if low in forms("intern") and title is None:
            title = "Intern"
        if org is None or not (usable(an, doc, v.i, org.end - 1) or announced and usable(
                an, doc, org.start, org.end - 1) and usable(an, doc, v.i, v.i)):
            continue
        start, end = clause_dates(v, kind)
        if start is None and end == "present" and kind == "state":
            start = where_since(doc, org)
        if kind == "none" and not (start and end):  # a stated range still dates the first job
            start = end = None
        later = _later_role(doc, role, an) if role is not None and not announced else None
        if later is not None and later.title and later.title != title:
            # 'spent 2017-2021 at X, first as analyst and then as engineer': two roles, the
            # range's start the first's and its end the second's
            yield Hit(org, title, start, None if start else end, min(v.i, org.start), conf,
                      v.sent.start, max(v.i, org.end - 1, role.end - 1))
            yield Hit(later.org or org, later.title, None if end else start, end, later.start,
                      conf * 0.9, v.sent.start, max(later.end - 1, (later.org or org).end - 1))
            continue
        if announced:  # dated by the release's dateline; 'has joined' is a current role
            start = start or dateline_month(text_of(doc))
            end = end or ("present" if any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                           for c in v.children) or present_tense(v) else None)
        yield Hit(org, title, start, end, min(v.i, org.start), conf, v.sent.start, max(v.i, org.end - 1))


def _where_role(doc: Doc, org: Span, an: Analysis):
    """The role of a 'where' clause on the organization: 'X, where, as a Y, she led ...'."""
    for rel in org.root.children:
        if rel.dep_ == "relcl" and any(c.lower_ == "where" for c in rel.children) \
                and actor(clause_subject(rel), an) == SUBJECT:
            return as_role(doc, rel, an)
    return None


#: what a release calls its own organization: 'has joined the company as CTO'
_SELF_NOUNS = frozenset({"company", "firm", "team", "startup", "organization", "organisation",
                         "group", "board", "business"})


def _joins_the_announcer(verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in _SELF_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "our") for c in obj.children)


def _end_char(doc: Doc, role) -> int:
    last = doc[role.end - 1]
    return last.idx + len(last)


def employment_facts(ctx: DocContext, extra: list[Fact] | tuple[Fact, ...] = ()) -> list[Fact]:
    """worked-at facts of a bio or article (plus `extra` ones, e.g. from header lines), one per
    role: short names take the fullest form the document gives, mentions of a role merge, and
    roles named without an organization ("became CTO in 2021") join theirs."""
    an = analysis(ctx)
    doc = ctx.doc
    found = [*_verb_hits(doc, an), *hired_hits(doc, an), *as_clause_hits(doc, an),
             *apposition_hits(doc, an), *appointment_hits(doc, an), *nominal_role_hits(doc, an),
             *came_from_hits(doc, an)]
    hits = [h for h in found if isinstance(h, Hit)]
    names = {f.object.name or "" for f in extra} | {clean_org_name(h.org.text) for h in hits}
    # an organization's full name never runs on into the subject's name (a headline
    # 'Initech Appoints Jane Roe' tagged as one organization)
    fuller = sorted({clean_org_name(e.text) for e in an.ents if e.label_ == "ORG"
                     and not (an.subject_name and an.subject_name in e.text)})
    canon = canonical_org_names(sorted(names), fuller)
    facts = [f.model_copy(update={"object": f.object.model_copy(
        update={"name": canon[f.object.name or ""]})}) for f in extra]
    by_sentence: dict[int, Fact] = {}
    for hit in hits:
        name = canon[clean_org_name(hit.org.text)]
        last = doc[max(hit.last, hit.org.end - 1)]
        end = max(hit.org.end_char, last.idx + len(last))
        fact = make_fact(ctx, Predicate.WORKED_AT, org_type(name), name,
                         (min(doc[hit.first].idx, hit.org.start_char), end), EXTRACTOR, hit.confidence,
                         title=hit.title, start=hit.start, end=hit.end)
        facts.append(fact)
        by_sentence.setdefault(hit.sent_start, fact)

    def make(p: Promotion, org_fact: Fact) -> Fact:
        return make_fact(ctx, Predicate.WORKED_AT, org_fact.object.type, org_fact.object.name or "",
                         p.span, EXTRACTOR, 0.7, title=p.title, start=p.start)

    promotions = [h for h in found if isinstance(h, Promotion)]
    facts = [f for f in facts if (f.title or "").lower() not in _HONOUR_TITLES
             and not _BOARD_TITLE.search(f.title or "") and not _HONOUR_ADJ.match(f.title or "")]
    return attach(drop_repeats(merge_roles(facts), ctx.text), promotions, by_sentence, make)
