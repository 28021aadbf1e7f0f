"""Roles stated around the subject rather than by a verb of the subject's own.

- "As TITLE at ORG, NAME is ..."                (a current role)
- "NAME, TITLE of ORG, ..."                     (an apposition: a current role)
- "Initech appoints NAME as CFO" / "hired her in 2019"  (the organization does the hiring)
and the pieces the verb patterns share: the organization of a noun phrase, of a 'where' clause,
of an announcement; a role after 'as'; a clause's dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.dates import find_date_ranges
from extract.nlp import text_of
from extract.prose.agents import SUBJECT, Analysis, actor, clause_subject
from extract.prose.common import line_limit, line_start, usable, verbs
from extract.prose.lex import forms, present_tense
from extract.prose.orgs import accept_org, org_span_at
from extract.prose.roles import Role, is_title_head, role_phrase
from extract.prose.when import clause_times

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Hit", "name_org", "where_org", "announcer_org", "as_role", "clause_dates",
           "hired_hits", "as_clause_hits", "apposition_hits", "appointment_hits",
           "nominal_role_hits", "HIRE", "dateline_month"]

_EARLIER = frozenset({"previously", "formerly", "earlier", "before", "prior"})
HIRE = forms("name", "appoint", "promote", "elect", "hire", "recruit")
_ANNOUNCE = forms("announce", "say", "confirm")


@dataclass(frozen=True)
class Hit:
    org: Span
    title: str | None
    start: str | None
    end: str | None
    first: int  # first token of the evidence
    confidence: float
    sent_start: int = -1
    last: int = -1  # last token of the evidence (default: the organization's)


def as_role(doc: Doc, verb: Token, an: Analysis) -> Role | None:
    """The role after the verb's 'as': 'joined X as director of Y', 'spent years at X, most
    recently as director of Y' (the 'as' hangs on the adverb)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return role_phrase(doc, child.i + 1, line_limit(doc, child.i), an=an)
    for adv in verb.children:  # 'joined X the following year as a Y': 'as' on the time phrase
        if adv.dep_ in ("advmod", "npadvmod") and adv.i > verb.i:
            for child in adv.children:
                if child.dep_ == "prep" and child.lower_ == "as":
                    return role_phrase(doc, child.i + 1, line_limit(doc, child.i), an=an)
    # 'spent five years at X's Y unit (2016-2021), most recently as TITLE': the parser hangs
    # the adverb on the organization's noun; no other verb may come between
    for k in range(verb.i + 1, min(verb.sent.end, verb.i + 30)):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") or tok.text == ";":
            break
        if tok.lower_ == "as" and doc[k - 1].lower_ in _LATEST and tok.head.i == k - 1:
            return role_phrase(doc, k + 1, line_limit(doc, k), an=an)
    return None


#: adverbs of the last role of a stay: 'most recently as', 'latterly as', 'finally as'
_LATEST = frozenset({"recently", "latterly", "finally", "ultimately", "lastly", "eventually"})


def clause_dates(verb: Token, kind: str) -> tuple[str | None, str | None]:
    """(start, end) of a role from its clause: `kind` 'start' reads 'in YEAR' as the start
    ('joined'), 'end' as the end ('left'), 'state' takes the present tense as ongoing."""
    t = clause_times(verb)
    start, end = t.since, t.until
    if t.at:
        if kind == "start":
            start = start or t.at
        elif kind == "end":
            end = end or t.at
    if end is None and (t.now or (kind == "state" and present_tense(verb))):
        end = "present"
    if t.since and end is None and kind == "state":
        end = "present"
    return start, end


def name_org(doc: Doc, head: Token, an: Analysis) -> Span | None:
    """The organization a noun-phrase head names ('Initech Labs' for Labs), if any."""
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start:
        start -= 1
    org = org_span_at(doc, start, head.i + 1)
    return org if org is not None and accept_org(org, level="strong", an=an) else None


def where_org(doc: Doc, verb: Token, an: Analysis) -> Span | None:
    """The organization a 'where' clause hangs on: 'six years at Initech, where she was ...'."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    head = verb.head
    if is_title_head(head.text):
        # 'a Senior Product Manager at Initech (2013-2016), where she led ...': the parser hung
        # the clause on the title; the place is the title's organization
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "with")),
                    None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        return name_org(doc, obj, an) if obj is not None else None
    return name_org(doc, head, an)


def announcer_org(doc: Doc, verb: Token, an: Analysis) -> Span | None:
    """'Initech announced that Jane Roe has been appointed CFO': the announcing organization."""
    if verb.dep_ != "ccomp":
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.head.lower_ in _ANNOUNCE:
        return _dateline_org(doc, an)
    if subj is None or subj.pos_ != "PROPN":
        return None
    # after a dateline the parser may take the place for the subject ('PITTSBURGH, PA – ...
    # – Initech Robotics, a maker of ..., today announced'): the organization is its conjunct
    line = _DATELINE.search(text_of(doc), 0, min(len(text_of(doc)), 3000))
    for cand in (subj, *subj.conjuncts, *(c for c in subj.children if c.dep_ == "appos")):
        if line is not None and line.start() <= cand.idx < line.end():
            continue  # the dateline's place
        if cand.pos_ == "PROPN" and cand.ent_type_ not in ("GPE", "DATE", "LOC"):
            org = name_org(doc, cand, an)
            if org is not None:
                return org
    return None


#: a press release's dateline: 'PITTSBURGH, PA – October 8, 2024 –', 'LONDON -- 3 March 2023 --'
_DATELINE = re.compile(r"(?m)^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s*(?:[–—-]{1,2}|/)\s*"
                       r"(?:(?P<m1>[A-Z][a-z]{2,8})\.?\s+\d{1,2},?|\d{1,2}\s+(?P<m2>[A-Z][a-z]{2,8})\.?)"
                       r"\s+(?P<y>(?:19|20)\d{2})\b")


def _dateline_org(doc: Doc, an: Analysis) -> Span | None:
    """The organization that opens the text after a press release's dateline
    ('DENVER, CO – March 3, 2023 – Initech Robotics, a maker of ...')."""
    line = _DATELINE.search(text_of(doc), 0, min(len(text_of(doc)), 3000))
    if line is None:
        return None
    dash = re.match(r"\s*(?:[–—-]{1,2}|/)\s*", text_of(doc)[line.end():])
    if dash is None:
        return None
    span = doc.char_span(line.end() + dash.end(), line.end() + dash.end() + 1,
                         alignment_mode="expand")
    if span is None or not len(span):
        return None
    org = org_span_at(doc, span[0].i, line_limit(doc, span[0].i))
    return org if org is not None and accept_org(org, level="strong", an=an) else None


def dateline_month(text: str) -> str | None:
    """'YYYY-MM' of a press release's dateline near the top of the text, else None.

    >>> dateline_month("NEWS\\n\\nDENVER, CO – March 3, 2023 – Initech today said ...")
    '2023-03'
    """
    from extract.prose.when import _MONTHS

    m = _DATELINE.search(text, 0, min(len(text), 3000))
    if m is None:
        return None
    month = _MONTHS.get((m.group("m1") or m.group("m2")).lower())
    return f"{m.group('y')}-{month:02d}" if month else m.group("y")


def hired_hits(doc: Doc, an: Analysis) -> Iterator[Hit]:
    """'Initech appoints Jane Roe as CFO', 'Globex hired her in 2019': the organization hires."""
    for v in verbs(doc, an, HIRE):
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or actor(obj, an) != SUBJECT or subj.pos_ != "PROPN":
            continue
        org = name_org(doc, subj, an)
        if org is None or not usable(an, doc, org.start, v.i):
            continue
        role = as_role(doc, v, an)
        oprd = next((c for c in v.children if c.dep_ == "oprd"), None)
        if role is None and oprd is not None:
            role = role_phrase(doc, oprd.left_edge.i, line_limit(doc, v.i), an=an)
            if role is None:
                continue  # 'X named him a Distinguished Alumnus': an honour, no job
        yield Hit(org, role.title if role else None, clause_dates(v, "start")[0], None, org.start, 0.8,
                   v.sent.start)


def as_clause_hits(doc: Doc, an: Analysis) -> Iterator[Hit]:
    """'As TITLE at ORG, NAME is ...' and 'Previously at ORG, she ...' (clause-initial)."""
    for tok in an.tokens(doc):
        if tok.lower_ in _EARLIER and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("at", "with") \
                and tok.i in (line_start(doc, tok.i), tok.sent.start):
            org = org_span_at(doc, tok.i + 2, line_limit(doc, tok.i))
            if org is not None and accept_org(org, level="strong", an=an) \
                    and actor(clause_subject(tok.head), an) == SUBJECT and usable(an, doc, tok.i, org.end - 1):
                yield Hit(org, None, None, None, tok.i, 0.75)
                continue
        if tok.lower_ != "as" or tok.i != line_start(doc, tok.i) or tok.dep_ != "prep":
            continue
        role = role_phrase(doc, tok.i + 1, line_limit(doc, tok.i), an=an,
                           need_org=True)
        head = tok.head
        if role is None or not actor(clause_subject(head), an) == SUBJECT or not usable(an, doc, tok.i, role.end - 1):
            continue
        end = "present" if present_tense(head) else None
        yield Hit(role.org, role.title, None, end, tok.i, 0.85)


def apposition_hits(doc: Doc, an: Analysis) -> Iterator[Hit]:
    """'NAME, TITLE of ORG, ...' where NAME is the subject (an apposition: a current role)."""
    spans = [e for e in an.ents if e.label_ == "PERSON" and an.names_subject(e.text)]
    name = an.subject_name
    if name and len(name.split()) >= 2 and "*" in text_of(doc):  # '**Jane Roe**': the model
        starts = {e.start for e in spans}                         # misses names in emphasis
        text = text_of(doc)
        for m in re.finditer(re.escape(name), text):
            line_head = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            if not re.search(r"[a-z]{2}", line_head):
                continue  # a name heading its own line is a header, read by `header`
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and span.start not in starts:
                spans.append(span)
    for ent in sorted(spans, key=lambda e: e.start):
        if ent.end >= len(doc):
            continue
        end = ent.end
        while end + 1 < len(doc) and doc[end].text in ("*", "**", "***", "_", "__"):
            end += 1  # Markdown emphasis around the name: '**Jane Roe**, CTO of ...'
        if doc[end].text not in (",", "(", "–", "—"):
            continue
        if end > ent.end and doc[end].text != ",":
            continue  # '**Jane Roe** — Title, Org': a header line, read by `header`
        role = role_phrase(doc, end + 1, line_limit(doc, end), an=an,
                           need_org=True)
        if role is None or not usable(an, doc, ent.start, role.end - 1):
            continue
        former = any(t.lower_ in ("former", "erstwhile", "then") for t in doc[end + 1:role.start])
        yield Hit(role.org, role.title, None, None if former else "present", ent.start, 0.8)




#: nouns of a hiring announcement: 'the appointment of NAME as TITLE'
_HIRE_NOUNS = frozenset({"appointment", "hiring", "hire", "promotion", "election", "nomination",
                         "naming", "addition"})
#: nouns of a past role: 'after finance roles at X', 'following a stint at X'
_ROLE_NOUNS = frozenset({"role", "roles", "position", "positions", "stint", "stints", "post",
                         "postdoc", "postdocs",
                         "posts", "tenure", "tenures", "career", "internship", "internships",
                         "residency", "fellowship", "assignments", "assignment"})
_MONTH_WORDS = frozenset("january february march april may june july august september october "
                         "november december jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _effective_date(doc: Doc, k: int, limit: int) -> str | None:
    """'effective March 1, 2024' / 'as of June 2023' from token k on -> 'YYYY-MM' or 'YYYY'."""
    from extract.prose.when import _MONTHS  # the month table of the time grammar

    month = None
    for j in range(k, min(limit, k + 6)):
        low = doc[j].lower_.rstrip(".")
        if low in _MONTH_WORDS:
            month = _MONTHS.get(low)
        elif len(doc[j].text) == 4 and doc[j].text.isdigit() and doc[j].text[:2] in ("19", "20"):
            return f"{doc[j].text}-{month:02d}" if month else doc[j].text
    return None


def appointment_hits(doc: Doc, an: Analysis) -> Iterator[Hit]:
    """'Initech today announced the appointment of Jane Roe as Chief Financial Officer,
    effective March 1, 2024': the announcer employs the subject from the effective date."""
    for tok in an.tokens(doc):
        if tok.lower_ not in _HIRE_NOUNS or tok.pos_ != "NOUN":
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        person = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if person is None or actor(person, an) != SUBJECT:
            continue
        verb = tok.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
            if verb.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.pos_ != "PROPN":
            continue
        org = None  # the announcer, or its apposition after a dateline ('DENVER, ... -- X Inc.')
        for cand in [subj, *(c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN")]:
            span = org_span_at(doc, cand.left_edge.i, cand.i + 1)
            if span is not None and accept_org(span, level="strong", an=an) \
                    and not any(t.ent_type_ in ("GPE", "DATE") for t in span):
                org = span
                break
        if org is None:
            continue
        limit = line_limit(doc, tok.i)
        role = None
        for holder in (person, tok):
            as_ = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if as_ is not None:
                role = role_phrase(doc, as_.i + 1, limit, an=an)
                break
        start = None
        for j in range(tok.i, limit):
            if doc[j].lower_ == "effective" or (doc[j].lower_ == "as" and j + 1 < limit
                                                and doc[j + 1].lower_ == "of"):
                start = _effective_date(doc, j + 1, limit)
                break
        if not usable(an, doc, org.start, person.i):
            continue
        yield Hit(org, role.title if role else None, start, None, org.start, 0.8, tok.sent.start,
                  max(person.i, role.end - 1 if role else person.i))


def nominal_role_hits(doc: Doc, an: Analysis) -> Iterator[Hit]:
    """'after earlier finance roles at Globex Capital', 'following a stint at Initech': a role
    named by a noun in a clause of the subject, with its organization after 'at'/'with'."""
    for tok in an.tokens(doc):
        if tok.lower_ in _SPAN_NOUNS and tok.pos_ == "NOUN":
            hit = _years_as_hit(doc, tok, an)
            if hit is not None:
                yield hit
            continue
        if tok.lower_ not in _ROLE_NOUNS or tok.pos_ != "NOUN" or tok.lower_ == "career":
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or actor(clause_subject(verb), an) != SUBJECT:
            continue
        if any(c.dep_ == "poss" and c.lower_ not in ("her", "his", "their") for c in tok.children):
            continue  # 'the company's roles at ...' are not hers
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "with"):
                continue
            org = org_span_at(doc, prep.i + 1, line_limit(doc, prep.i))
            if org is not None and accept_org(org, level="strong", an=an) \
                    and usable(an, doc, tok.i, org.end - 1):
                start, end = _paren_dates(doc, org)
                title = tok.text if tok.lower_ in _TITLE_NOUNS else None
                yield Hit(org, title, start, end, tok.i, 0.7, tok.sent.start, org.end - 1)


#: a span of time a role lasted: 'after four years as a data analyst at X'
_SPAN_NOUNS = frozenset({"years", "months", "decade", "decades", "year", "summers", "summer", "semesters"})
#: role nouns that are the title too: 'after a postdoc at X'
_TITLE_NOUNS = frozenset({"postdoc", "postdocs"})
_PAREN_RANGE = re.compile(r"\s*\(([^()\n]{4,40})\)")


def _paren_dates(doc: Doc, org: Span) -> tuple[str | None, str | None]:
    """A date range in parentheses right after an organization: 'at Initech (2015–2018)'."""
    m = _PAREN_RANGE.match(text_of(doc), org.end_char)
    if m is None:
        return None, None
    found = find_date_ranges(m.group(1))
    return (found[0].start, found[0].end) if found and found[0].end else (None, None)


def _years_as_hit(doc: Doc, tok: Token, an: Analysis) -> Hit | None:
    """'(after) four years as a data analyst at Globex': a past role of the clause's subject,
    undated (the length of a role is no date) unless a range follows the organization."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None:
        return None
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or actor(clause_subject(verb), an) != SUBJECT:
        return None
    limit = line_limit(doc, prep.i)
    role = role_phrase(doc, prep.i + 1, limit, an=an, need_org=True)
    if role is None or role.org is None or not usable(an, doc, tok.i, role.org.end - 1):
        return None
    start, end = _paren_dates(doc, role.org)  # 'at X (2010–2016)': the range printed with it
    return Hit(role.org, role.title, start, end, tok.i, 0.7, tok.sent.start, role.org.end - 1)
