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
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from extract.prose import lookup
from extract.prose.agents import SUBJECT, Analysis, actor, analysis, clause_subject
from extract.prose.common import make_fact
from extract.prose.lex import forms
from extract.prose.orgs import has_org_cue
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
              "explore", "investigate", "scale", "adopt", "master", "write", "model", "combine",
              "replace", "rewrite", "rebuild", "migrate", "port", "prototype", "optimize",
              "optimise", "tune", "fine-tune", "integrate", "automate", "refactor", "run")
_TEAM_WORDS = frozenset({"team", "teams", "scientists", "engineers", "colleagues", "members",
                         "group", "researchers", "staff", "organization", "students"})
#: 'her research interests include X': interests and wishes are not skills used
_WISHES = frozenset({"interest", "interests", "passion", "passions", "hobby", "hobbies", "goal",
                     "goals", "dream", "dreams", "ambition", "aim", "plans"})
_WRITE = forms("write", "co-write", "publish", "author", "co-author")
_WORKS = frozenset({"paper", "book", "article", "essay", "report", "thesis", "chapter", "column",
                    "study", "textbook", "post", "blog"})
#: '(algorithms|models) to classify' -> the method is the nominalization, if the vocabulary has it
_METHOD_NOUNS = frozenset({"algorithm", "algorithms", "model", "models", "method", "methods",
                           "technique", "techniques", "approach", "approaches", "system", "systems"})
_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "conj", "acl", "xcomp", "parataxis"})


def _own_tokens(verb: Token, an: Analysis, keep_root: bool = False) -> list[Token]:
    """The verb's subtree after the verb (all of it with `keep_root`), minus nested clauses done
    by someone else."""
    drop: set[int] = set()
    for tok in verb.subtree:
        if tok is verb or tok.dep_ not in _CLAUSES or tok.i in drop:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and actor(subj[0], an) not in (SUBJECT, ""):
            drop.update(t.i for t in tok.subtree)
    return [t for t in verb.subtree if (keep_root or t.i > verb.i) and t.i not in drop]


def _explicit_team(sent: Span, an: Analysis) -> bool:
    """Does the sentence name a team (not just 'we') as the doer of its main verb?"""
    subj = clause_subject(sent.root)
    return subj is not None and (subj.lower_ in _TEAM_WORDS or
                                 any(c.lower_ in _TEAM_WORDS for c in subj.subtree))


def _subject_verbs(sent: Span, an: Analysis) -> list[Token]:
    """Work verbs the subject does ('I wrote', 'his work involved'), minus writing a paper."""
    doc = sent.doc
    return [t for t in sent if t.lower_ in _WORK and t.pos_ in ("VERB", "AUX")
            and actor(clause_subject(t), an) == SUBJECT and t.dep_ not in ("amod",)
            and (clause_subject(t) is None or clause_subject(t).lower_ not in _WISHES)
            and not (t.lower_ in _WRITE and any(w.lower_ in _WORKS for w in doc[t.i + 1:t.i + 4]))]


def _paragraph_starts(text: str) -> list[int]:
    """Start offsets of paragraphs: blank-line separated blocks, else lines."""
    sep = "\n\n" if "\n\n" in text.strip() else "\n"
    starts, pos = [0], text.find(sep)
    while pos != -1:
        starts.append(pos + len(sep))
        pos = text.find(sep, pos + len(sep))
    return starts


def _quoted(sent: Span) -> set[int]:
    """Token indices inside quotation marks (titles of papers and talks are not skills)."""
    inside_q, out = False, set()
    for tok in sent:
        if tok.text in ('"', "“", "”"):
            inside_q = not inside_q if tok.text == '"' else tok.text == "“"
            continue
        if inside_q:
            out.add(tok.i)
    return out


def _fallback_ok(sent: Span, an: Analysis) -> bool:
    """In a paragraph the subject's own work opened: 'we' and things ('the model') go on with
    it; a named team, another person or the subject's plain statements do not."""
    subj = clause_subject(sent.root)
    if subj is None:
        return True
    if _explicit_team(sent, an):
        return False
    return subj.lower_ in ("we", "us") or subj.pos_ == "NOUN"


def _scopes(ctx: DocContext, an: Analysis) -> Iterator[tuple[list[Token], int]]:
    """(tokens, evidence start) of text whose skills are the subject's."""
    starts = _paragraph_starts(ctx.text)
    personal_para = -1
    for sent in ctx.doc.sents:
        listed = _tool_list(sent, an)
        if listed:
            quoted = _quoted(sent)
            yield [t for t in listed if t.i not in quoted], listed[0].idx
            continue
        if an.in_noise(sent.start_char, sent.end_char):
            continue
        para = bisect.bisect_right(starts, sent.start_char)
        quoted = _quoted(sent)
        own = _subject_verbs(sent, an)
        if own:
            for v in own:
                toks = [t for t in _own_tokens(v, an) if t.i not in quoted]
                if toks:
                    yield toks, v.idx
            if any(t.lower_ not in forms("use", "utilize", "employ", "leverage", "apply") for t in own):
                personal_para = para
        elif para == personal_para and _fallback_ok(sent, an):
            toks = [t for t in _own_tokens(sent.root, an, keep_root=True) if t.i not in quoted]
            yield toks, sent.start_char


#: a profile's label before a list of the person's tools: 'Tools of choice: A, B and C'
_TOOL_LABEL = re.compile(r"^\W*(?:(?:her|his|their|my|favou?rite|preferred|main|daily|go-to)\s+)?"
                         r"(?:tools?|toolkit|toolbox|skills?|stack|tech(?:nolog(?:y|ies))?|software|"
                         r"languages?|programming\s+languages?)(?:\s+of\s+choice)?\s*:\s*\S",
                         re.IGNORECASE)
_ASK = frozenset({"ask"})


def _tool_list(sent: Span, an: Analysis) -> list[Token]:
    """The tokens of a person's tool list in a bio: after a 'Tools of choice:' label, or what
    one may 'ask her about' (a people page's 'Ask him about X and Y')."""
    text = sent.text
    out: list[Token] = []
    if ":" in text[:40] and _TOOL_LABEL.match(text):
        colon = next(t for t in sent if t.text == ":")
        out = list(sent.doc[colon.i + 1:sent.end])
    elif sent.root.lower_ in _ASK and sent.root.i == sent.start:
        root = sent.root
        obj = next((c for c in root.children if c.dep_ in ("dobj", "dative")), None)
        about = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "about"), None)
        if obj is not None and about is not None and actor(obj, an) == SUBJECT:
            out = [t for t in about.subtree if t is not about]
    # the parser may run the sentence on past a blank line: the list ends with its line
    cut = next((k for k, t in enumerate(out) if "\n" in t.whitespace_ or "\n" in t.text), None)
    out = out if cut is None else out[:cut] if out[cut].is_space else out[:cut + 1]
    if not out or an.in_noise(out[0].idx, out[-1].idx + len(out[-1])):
        return []
    return out


def _runs(toks: list[Token]) -> Iterator[tuple[int, int]]:
    """Character ranges of the runs of consecutive tokens."""
    run: list[Token] = []
    for tok in sorted(toks, key=lambda t: t.i):
        if run and tok.i != run[-1].i + 1:
            yield run[0].idx, run[-1].idx + len(run[-1])
            run = []
        run.append(tok)
    if run:
        yield run[0].idx, run[-1].idx + len(run[-1])


def skill_facts(ctx: DocContext) -> list[Fact]:
    """used-skill facts for skills the subject's own work mentions."""
    an = analysis(ctx)
    doc = ctx.doc
    facts: dict[str, Fact] = {}
    for toks, ev_start in _scopes(ctx, an):
        for start, end in _runs(toks):
            for s, e, name in lookup.skill_spans(ctx.text[start:end], prose=True):
                span = doc.char_span(start + s, start + e, alignment_mode="expand")
                if span is None or an.in_noise(span.start_char, span.end_char):
                    continue
                if len(span) == 1 and (span[0].pos_ in ("VERB", "AUX") or span[0].tag_ == "NNS"
                                       and span[0].text.islower()):
                    continue  # 'accounting for' is a verb; bare 'algorithms' says nothing
                if _inside_org_name(span, an):
                    continue  # 'Maple' in 'Maple Health
                fact = make_fact(ctx, Predicate.USED_SKILL, EntityType.SKILL, name,
                                 (min(ev_start, span.start_char), span.end_char), EXTRACTOR, 0.7)
                facts.setdefault(name.lower(), fact)
        for tok, name in _method_verbs(toks):
            facts.setdefault(name.lower(), make_fact(
                ctx, Predicate.USED_SKILL, EntityType.SKILL, name,
                (min(ev_start, tok.idx), tok.idx + len(tok)), EXTRACTOR, 0.6))
    return list(facts.values())


def _inside_org_name(span: Span, an: Analysis) -> bool:
    """Is the match part of a longer capitalized name of an organization?"""
    doc = span.doc
    i, j = span.start, span.end
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN" \
            and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" \
            and "\n" not in doc[j - 1].whitespace_:
        j += 1
    if (i, j) == (span.start, span.end):
        return False
    name = doc[i:j].text
    return name in an.org_names or has_org_cue(name) or lookup.known_org_type(name) is not None


def nominalize(verb: str) -> list[str]:
    """Candidate method names for a verb: classify -> classification, cluster -> clustering.

    >>> nominalize("classify")[:2]
    ['classification', 'classifying']
    """
    v = verb.lower()
    out = []
    if v.endswith("ify"):
        out.append(v[:-1] + "ication")
    if v.endswith("e"):
        out += [v[:-1] + "ation", v[:-1] + "ion", v[:-1] + "ing"]
    out += [v + "ing", v + "ation", v + "ion"]
    return out


def _method_verbs(toks: list[Token]) -> Iterator[tuple[Token, str]]:
    """'algorithms to classify products' -> (classify, 'Classification') when known."""
    keep = {t.i for t in toks}
    for tok in toks:
        if tok.pos_ != "VERB" or tok.i < 2 or tok.doc[tok.i - 1].lower_ != "to" \
                or tok.doc[tok.i - 2].lower_ not in _METHOD_NOUNS or tok.i - 2 not in keep:
            continue
        for cand in nominalize(tok.text):
            found = lookup.skill_spans(cand)
            if found and found[0][:2] == (0, len(cand)):
                yield tok, found[0][2]
                break


def title_skill_facts(ctx: DocContext, worked_at: list[Fact]) -> list[Fact]:
    """The field in a job title gives a skill: 'Vice President of Machine Learning'."""
    out: dict[str, Fact] = {}
    for f in worked_at:
        title = f.title or ""
        low = title.lower()
        for prep in (" of ", " for ", " in "):
            if prep in low:
                field = title[low.index(prep) + len(prep):]
                for s, e, name in lookup.skill_spans(field, prose=True):
                    if (s, e) == (0, len(field)) or lookup.is_skill(field):
                        p = f.provenance
                        out.setdefault(name.lower(), make_fact(
                            ctx, Predicate.USED_SKILL, EntityType.SKILL, name, (p.start, p.end),
                            EXTRACTOR, 0.7))
                break
    return list(out.values())
