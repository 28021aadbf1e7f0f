"""used-skill from prose: methods and technologies attributed to the subject himself.

A skill counts when the vocabulary matcher finds it
- in the object of a work verb whose doer is the subject ("I developed X", "she uses X"),
- after a verb whose subject is the subject's own work ("His early work involved X"),
- in a paragraph that the subject's own work opened ("I worked with fellow scientists to
  develop X. ... We developed a Y algorithm"), unless a sentence names a team as the doer,
- in the field of a job title ("vice president of machine learning").
What "we", "my team" or "our scientists" use elsewhere is team work and gives nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.prose import lookup
from extract.prose.agents import OTHER, SUBJECT, TEAM, Analysis, actor, analysis, clause_subject
from extract.prose.common import make_fact
from extract.prose.lex import forms
from ontology import EntityType, Fact, Predicate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from extract.context import DocContext

__all__ = ["skill_facts", "title_skill_facts", "EXTRACTOR"]

EXTRACTOR = "prose.skills.v1"
_WORK = forms("develop", "build", "create", "design", "implement", "use", "apply", "utilize",
              "employ", "leverage", "work", "research", "pioneer", "invent", "propose",
              "introduce", "specialize", "specialise", "focus", "train", "deploy", "program",
              "code", "architect", "devise", "involve", "include", "span", "center", "centre",
              "explore", "investigate", "scale", "adopt", "master", "write", "model", "combine")
_TEAM_WORDS = frozenset({"team", "teams", "scientists", "engineers", "colleagues", "members",
                         "group", "researchers", "staff", "organization", "students"})
_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "conj", "acl", "xcomp", "parataxis"})


def _own_tokens(verb: Token, an: Analysis) -> list[Token]:
    """The verb's subtree after the verb, minus nested clauses done by someone else."""
    drop: set[int] = set()
    for tok in verb.subtree:
        if tok is verb or tok.dep_ not in _CLAUSES or tok.i in drop:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and actor(subj[0], an) not in (SUBJECT, ""):
            drop.update(t.i for t in tok.subtree)
    return [t for t in verb.subtree if t.i > verb.i and t.i not in drop]


def _explicit_team(sent: Span, an: Analysis) -> bool:
    """Does the sentence name a team (not just 'we') as the doer of its main verb?"""
    subj = clause_subject(sent.root)
    return subj is not None and (subj.lower_ in _TEAM_WORDS or
                                 any(c.lower_ in _TEAM_WORDS for c in subj.subtree))


def _subject_verbs(sent: Span, an: Analysis) -> list[Token]:
    return [t for t in sent if t.lower_ in _WORK and t.pos_ in ("VERB", "AUX")
            and actor(clause_subject(t), an) == SUBJECT and t.dep_ not in ("amod",)]


def _paragraph_starts(text: str) -> list[int]:
    """Start offsets of paragraphs: blank-line separated blocks, else lines."""
    sep = "\n\n" if "\n\n" in text.strip() else "\n"
    starts, pos = [0], text.find(sep)
    while pos != -1:
        starts.append(pos + len(sep))
        pos = text.find(sep, pos + len(sep))
    return starts


def _scopes(ctx: DocContext, an: Analysis) -> Iterator[tuple[int, int, int]]:
    """(start_char, end_char, evidence_start) of text whose skills are the subject's."""
    starts = _paragraph_starts(ctx.text)
    personal_para = -1
    for sent in ctx.doc.sents:
        if an.in_noise(sent.start_char, sent.end_char):
            continue
        para = bisect.bisect_right(starts, sent.start_char)
        own = _subject_verbs(sent, an)
        if own:
            for v in own:
                toks = _own_tokens(v, an)
                if toks:
                    yield toks[0].idx, toks[-1].idx + len(toks[-1]), v.idx
            if any(t.lower_ not in forms("use", "utilize", "employ", "leverage", "apply") for t in own):
                personal_para = para
            continue
        if para == personal_para and not _explicit_team(sent, an) \
                and actor(clause_subject(sent.root), an) in (SUBJECT, TEAM, OTHER, ""):
            yield sent.start_char, sent.end_char, sent.start_char


def skill_facts(ctx: DocContext) -> list[Fact]:
    """used-skill facts for skills the subject's own work mentions."""
    an = analysis(ctx)
    facts: dict[str, Fact] = {}
    for start, end, ev_start in _scopes(ctx, an):
        for s, e, name in lookup.skill_spans(ctx.text[start:end]):
            if an.in_noise(start + s, start + e):
                continue
            fact = make_fact(ctx, Predicate.USED_SKILL, EntityType.SKILL, name,
                             (ev_start, start + e), EXTRACTOR, 0.7)
            facts.setdefault(name.lower(), fact)
    return list(facts.values())


def title_skill_facts(ctx: DocContext, worked_at: list[Fact]) -> list[Fact]:
    """The field in a job title gives a skill: 'Vice President of Machine Learning'."""
    out: dict[str, Fact] = {}
    for f in worked_at:
        title = f.title or ""
        low = title.lower()
        for prep in (" of ", " for ", " in "):
            if prep in low:
                field = title[low.index(prep) + len(prep):]
                for s, e, name in lookup.skill_spans(field):
                    if (s, e) == (0, len(field)) or lookup.is_skill(field):
                        p = f.provenance
                        out.setdefault(name.lower(), make_fact(
                            ctx, Predicate.USED_SKILL, EntityType.SKILL, name, (p.start, p.end),
                            EXTRACTOR, 0.7))
                break
    return list(out.values())
