"""Who did it: the subject, his or her team, or someone else.

A clause's grammatical subject is resolved against the document's subject: the full name, the
surname or first name alone, he/she (when the nearest person mentioned before is the subject),
and I/my in an interview or a first-person bio. "We", "our scientists", "my team", "members of
my team" are team work; "his research", "her early work" are the subject's own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extract.nlp import text_of
from extract.prose.boilerplate import boilerplate_spans, inside
from extract.prose.subject import clean_person_name, name_parts
from extract.prose.voices import foreign_first_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from extract.context import DocContext

__all__ = ["Analysis", "analysis", "actor", "clause_subject", "SUBJECT", "TEAM", "OTHER"]

SUBJECT, TEAM, OTHER = "subject", "team", "other"
_THIRD = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_FIRST = frozenset({"i", "me", "my", "mine", "myself"})
_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves", "they", "them", "their"})
_TEAM_NOUNS = frozenset({"team", "teams", "group", "groups", "lab", "labs", "colleagues",
                         "scientists", "engineers", "researchers", "members", "students",
                         "organization", "organisation", "company", "staff", "people",
                         "collaborators", "coworkers", "co-workers", "peers", "department",
                         "division", "unit", "employees", "others"})
_PERSON_NOUNS = frozenset({"colleague", "colleagues", "wife", "husband", "partner", "father",
                           "mother", "son", "daughter", "brother", "sister", "friend", "boss",
                           "manager", "advisor", "adviser", "mentor", "student", "cofounder",
                           "co-founder", "successor", "predecessor", "spouse", "peer", "coauthor",
                           "co-author", "supervisor", "assistant", "deputy"})
_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "prep", "dep"})


@dataclass(frozen=True)
class Analysis:
    """What every prose extractor needs once per document."""

    spans: tuple[tuple[int, int], ...]
    subject_name: str | None
    first: str
    last: str
    #: (start_char, is the subject) at each clause subject that names a person: what he/she
    #: after it refers to
    referents: tuple[tuple[int, bool], ...] = field(default=())
    person_words: frozenset[str] = field(default=frozenset())  # words of full person names
    org_names: frozenset[str] = field(default=frozenset())  # names the model tags ORG
    #: where I/me/my are someone else: interviewer questions, quotations of other people
    foreign_i: tuple[tuple[int, int], ...] = field(default=())
    #: lower-case form -> indices of the verb and auxiliary tokens outside boilerplate
    verb_index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    live: tuple[tuple[int, int], ...] = field(default=())  # token ranges outside boilerplate
    ents: tuple = field(default=())  # the model's entities outside boilerplate
    nick: str = ""  # a quoted nickname printed in the full name: 'Robert "Bob" Roe'

    def tokens(self, doc: Doc) -> Iterator[Token]:
        """The document's tokens outside boilerplate, in order."""
        for start, end in self.live:
            yield from doc[start:end]

    def in_noise(self, start: int, end: int) -> bool:
        return inside(self.spans, start, end)

    def names_subject(self, text: str) -> bool:
        """Does a person name (full, surname or first name) refer to the subject?"""
        name = clean_person_name(text)
        if not name or not self.subject_name:
            return False
        return name == self.subject_name or name in (self.last, self.first) \
            or (bool(self.nick) and name == self.nick) \
            or (len(name.split()) >= 2 and name_parts(name)[1] == self.last and
                name_parts(name)[0][:1] == self.first[:1])


def _live_ranges(doc: Doc, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Token index ranges of the text outside the boilerplate spans."""
    out, pos = [], 0
    for s, e in [*spans, (len(text_of(doc)), len(text_of(doc)))]:
        if s > pos:
            span = doc.char_span(pos, s, alignment_mode="contract")
            if span is not None and len(span):
                out.append((span.start, span.end))
        pos = max(pos, e)
    return tuple(out)


def _outside(spans: list[tuple[int, int]], segment: tuple[int, int] | None,
             n: int) -> tuple[tuple[int, int], ...]:
    """The boilerplate spans plus, for a profile segment, the text before and after it
    (sorted, disjoint)."""
    if segment is None:
        return tuple(spans)
    start, end = segment
    inner = [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
    return tuple([(0, start)] * (start > 0) + inner + [(end, n)] * (end < n))


def nickname(text: str, first: str, last: str) -> str:
    """A nickname printed in quotes between the first name and the surname ('Robert "Bob"
    Roe', 'Margaret (“Peg”) Lind'): the text calls the person by it.

    >>> nickname('Robert "Bob" Roe-Lind retired in 2001. Bob liked boats.', "Robert", "Roe-Lind")
    'Bob'
    """
    if not first or not last:
        return ""
    m = re.search(rf"(?<![\w-]){re.escape(first)}(?:\s+[A-Z]\.)?\s+\(?[\"“']([A-Z][a-z]{{1,12}})[\"”']\)?"
                  rf"\s+(?:[A-Z]\.\s+)?{re.escape(last)}(?![\w-])", text)
    return m.group(1) if m else ""


def _build(doc: Doc, text: str, subject_name: str | None,
           segment: tuple[int, int] | None = None) -> Analysis:
    first, last = name_parts(subject_name)
    nick = nickname(text, first, last) if '"' in text or "“" in text or "'" in text else ""
    noise = boilerplate_spans(text)
    spans = _outside(noise, segment, len(text))
    base = Analysis(spans, subject_name, first, last)
    ents = tuple(e for e in doc.ents if not base.in_noise(e.start_char, e.end_char))
    # the names of people and organizations are learnt from the whole document, also when
    # the facts come from one profile segment of it
    known = ents if segment is None else tuple(
        e for e in doc.ents if not inside(noise, e.start_char, e.end_char))
    names = [clean_person_name(e.text) for e in known if e.label_ == "PERSON"]
    words = frozenset(w for n in names if n and len(n.split()) >= 2 for w in n.split())
    words |= frozenset((subject_name or "").split()) | ({nick} if nick else set())
    orgs = frozenset(" ".join(e.text.split()) for e in known if e.label_ == "ORG")
    live = _live_ranges(doc, spans)
    base = Analysis(spans, subject_name, first, last, (), words, orgs, live=live, ents=ents,
                    nick=nick)
    base = Analysis(spans, subject_name, first, last, _referents(doc, base), words, orgs,
                    live=live, ents=ents, nick=nick)
    foreign = foreign_first_person(doc, lambda tok: actor(tok, base) == SUBJECT)
    index: dict[str, list[int]] = {}
    for tok in base.tokens(doc):
        if tok.pos_ in ("VERB", "AUX"):
            index.setdefault(tok.lower_, []).append(tok.i)
    return Analysis(spans, subject_name, first, last, base.referents, words, orgs, foreign,
                    {k: tuple(v) for k, v in index.items()}, live, ents, nick)


def _referents(doc: Doc, an: Analysis) -> tuple[tuple[int, bool], ...]:
    """Walk the clause subjects in order: a name or a person noun ('her colleague') sets who
    'he'/'she' refers to next; a pronoun subject keeps it. The subject is the default."""
    state, out = True, []
    for tok in an.tokens(doc):
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.lower_ in _THIRD:
            out.append((tok.idx, state))
            continue
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        named = appos if appos is not None else tok
        if named.ent_type_ == "PERSON" or (named.pos_ == "PROPN" and named.text in an.person_words):
            name = clean_person_name(_person_text(named))
            if name and (len(name.split()) >= 2 or name in an.person_words):
                state = an.names_subject(name)
                out.append((tok.idx, state))
        elif tok.lower_ in _PERSON_NOUNS and tok.tag_ != "NNS" and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c is not tok and c.pos_ == "PROPN"
                for c in tok.head.children):  # 'the son of a miner, Ev came ...': the name is it
            state = False
            out.append((tok.idx, state))
    return tuple(out)


def analysis(ctx: DocContext) -> Analysis:
    """The document's Analysis, computed once and kept in ctx.extras."""
    key = "prose.analysis"
    if key not in ctx.extras:
        ctx.extras[key] = _build(ctx.doc, ctx.text, ctx.subject.name, ctx.segment)
    return ctx.extras[key]


def clause_subject(verb: Token) -> Token | None:
    """The grammatical subject of a verb's clause, climbing through conjuncts, xcomps,
    adverbial clauses and 'Before joining X, she ...'; a relative pronoun gives its antecedent."""
    v = verb
    if v.dep_ == "conj" and v.head.dep_ in ("advcl", "relcl") and v.i >= 2 \
            and v.doc[v.i - 2].text == "," and v.doc[v.i - 1].dep_ == "cc":
        v = v.head.head  # "joined X, when the company was small, and became CTO": the main clause
    for _ in range(6):
        # a time phrase the parser took for a subject ('while working days, completed ...')
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.ent_type_ not in ("DATE", "TIME")]
        if subs:
            # 'the son of a miner, Ev came ...': a name or pronoun before a noun beside it
            s = next((c for c in subs if c.pos_ in ("PROPN", "PRON")), subs[0]) if len(subs) > 1 \
                else subs[0]
            if s.i < v.i and _across_blank_line(s, v):
                # the parser ran a heading or a nav line into the paragraph's first sentence
                # ('› ... \n\nAna started the lab'): the word opening the verb's line is it
                return _line_opener(v)
            if s.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                return v.head
            return s
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ in ("appos",):
            return v.head
        if v.dep_ not in _CLIMB or v.head is v:
            break
        v = v.head
    # a split verb ('he co-wrote' -> co / - / wrote): a subject just before it
    near = [t for t in verb.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < verb.i
            and verb.i - 3 <= t.head.i <= verb.i]
    return near[-1] if near else None


def _across_blank_line(a: Token, b: Token) -> bool:
    text = text_of(a.doc)
    return "\n\n" in text[a.idx:b.idx] or "\n \n" in text[a.idx:b.idx]


def _line_opener(verb: Token) -> Token | None:
    """The name or pronoun that opens the verb's line, when only names lie between ('Ana
    Lind started ...'), else None."""
    doc = verb.doc
    k = verb.i
    while k > 0 and "\n" not in doc[k - 1].whitespace_ and "\n" not in doc[k - 1].text:
        k -= 1
    if k == verb.i or not all(t.pos_ in ("PROPN", "PRON", "PUNCT") or t.dep_ in ("aux", "neg", "advmod")
                              for t in doc[k:verb.i]):
        return None
    heads = [t for t in doc[k:verb.i] if t.pos_ in ("PROPN", "PRON")]
    return heads[-1] if heads else None


def _word_actor(tok: Token, an: Analysis) -> str:
    low = tok.lower_
    if low in _FIRST:
        return OTHER if inside(an.foreign_i, tok.idx, tok.idx + 1) else SUBJECT
    if low in _THIRD:
        i = bisect.bisect_left(an.referents, (tok.idx, False)) - 1
        return SUBJECT if i < 0 or an.referents[i][1] else OTHER
    if low in _PLURAL:
        return TEAM
    return ""


def actor(tok: Token | None, an: Analysis) -> str:
    """SUBJECT, TEAM or OTHER for the noun phrase headed by `tok` ('' when there is none)."""
    if tok is None:
        return ""
    word = _word_actor(tok, an)
    if word:
        return word
    if tok.text[:1].isupper() and tok.text in (an.first, an.last) and tok.pos_ == "NOUN" \
            and not any(c.dep_ in ("compound", "det", "amod") for c in tok.children):
        return SUBJECT  # an unusual given name the model reads as a common noun ('Rosalind')
    if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
        ent_text = _person_text(tok)
        if an.names_subject(ent_text):
            return TEAM if any(c.dep_ == "conj" for c in tok.children) else SUBJECT
        return OTHER
    if tok.lower_ in _TEAM_NOUNS:
        return TEAM
    if tok.lower_ in _PERSON_NOUNS or any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                          for c in tok.children):
        return OTHER  # 'her colleague', 'his advisor, Tom Baker': someone else
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss:
        owner = actor(poss[0], an)
        return SUBJECT if owner == SUBJECT else owner or OTHER
    return OTHER


def _person_text(tok: Token) -> str:
    """The PERSON entity around tok, else tok with its compounds ('Jane Roe')."""
    doc = tok.doc
    if tok.ent_type_ == "PERSON":
        i, j = tok.i, tok.i + 1
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        return doc[i:j].text
    left = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i
            and "\n" not in doc[c.i:tok.i + 1].text]  # not a heading line's words before it
    start = left[0].i if left else tok.i
    return doc[start:tok.i + 1].text
