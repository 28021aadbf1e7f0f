"""used-skill from resumes: skills lists, skill tag lines, and technologies named in bullets.

Three kinds of evidence, strongest first:

(a) skills sections and labelled lists ("Languages: Python, Go", "Tech stack: Kafka | Spark"):
    every item is a skill; its canonical name comes from the vocabulary when the whole item is a
    known skill, else the item is kept as written (cleaned). Items under an *Interests* label or
    section, course lists and certifications are not skills.
(b) skill tag lines: a line made only of technology names side by side ("Deep Learning AWS
    Sagemaker TensorFlow"), accepted when the vocabulary covers most of its words; it is cut into
    skills with the vocabulary, and the uncovered runs are kept as written.
(c) bullets and prose of experience, projects and publications: vocabulary matches only, at a
    lower confidence; broad fields ("machine learning") and soft skills need a nearby cue
    ("using X", "X-based", "X models").

A vocabulary skill that is also a project the person contributed to (see `extract.resume.projects`)
becomes that Project, so one entity carries both facts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from extract.context import DocContext, Line
from extract.registry import register
from extract.resume.common import clean_markup, is_bullet, make_fact, strip_bullet, title_score
from extract.skillmatch import SkillMatch, find_skills, lookup_skill
from ontology import EntityType, Fact, Mention, Predicate, norm_name

__all__ = ["extract_skills", "split_items", "tag_line_skills", "Item", "NAME"]

NAME = "resume.skills.v1"

#: sections whose lines are read as skill lists / as prose for (c)
LIST_SECTIONS = frozenset({"skills", "languages"})
PROSE_SECTIONS = frozenset({"experience", "projects", "publications", "summary", "header",
                            "other", "volunteering", "teaching", "talks"})
NO_SKILL_SECTIONS = frozenset({"interests", "courses", "education", "certifications", "awards",
                               "patents", "references", "contact"})
#: labels whose items are not skills
_EXCLUDED_LABEL = re.compile(r"\b(?:interests?|hobbies|courses?|coursework|certifications?|"
                             r"certificates?|awards?|honou?rs|spoken|references?)\b", re.I)
#: labels that announce a list of skills outside a skills section
_SKILL_LABEL = re.compile(r"\b(?:skills?|technolog(?:y|ies)|tools?|languages?|frameworks?|stack|"
                          r"environment|librar(?:y|ies)|platforms?|databases?|software|softwares|"
                          r"expertise|proficien(?:t|cy|cies)|competenc(?:y|ies)|methods?)\b", re.I)
_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w &/+.()'-]{0,48}?)(?:\s*[:：]\**|\t+|\s{3,})\s*"
                    r"(?P<rest>\S.*)$")
#: a label of spoken languages: only vocabulary items (programming languages) are skills
_SPOKEN = re.compile(r"^(?:spoken\s+|human\s+|natural\s+)?languages?(?:\s+(?:spoken|known))?$", re.I)
_LATEX = re.compile(r"\$\\[a-zA-Z]+\$|\\textbullet\b")
_SEPARATORS = ",;|•·●▪◦∙"
#: proficiency notes and fillers dropped from list items
_FILLER = re.compile(r"\s*\((?:basic|beginner|intermediate|advanced|expert|proficient|familiar|"
                     r"working knowledge|native|fluent)[^)]*\)|\s*\betc\b\.?|^\s*(?:and|&)\s+|"
                     r"\s+[-–—]\s+(?:\d+\+?\s*(?:years?|yrs?)|basic|beginner|intermediate|advanced|"
                     r"expert|proficient)\b.*$", re.I)
#: the level of a spoken language ("native", "C1", "professional working proficiency")
_LANG_LEVEL = re.compile(r"(?:native|mother tongue|bilingual|fluent|fluency|conversational|"
                         r"(?:full |limited )?professional(?: working)?(?: proficiency)?|"
                         r"elementary(?: proficiency)?|[ABC][12](?:\s*level)?|ielts.*|toefl.*)", re.I)
#: words that make a list item a phrase rather than a name ("Proficient in Python")
_PHRASE = re.compile(r"\b(?:in|of|with|for|and|to|the|a|an|on|using|including|experience|"
                     r"experienced|knowledge|familiar|familiarity|proficient|proficiency|"
                     r"strong|good|excellent|working|basic|expert)\b", re.I)
#: a word that makes a line a job title or a sentence, never a tag line
_NOT_TAG = re.compile(r"\b(?:engineer|developer|scientist|manager|intern|analyst|researcher|"
                      r"consultant|director|lead|architect|team|project|and|of|the|for|with|in|"
                      r"on|to|at|by|a|an|from|using)\b", re.I)
#: a lone generic word glued after a skill in a tag line ("AWS Cloud", "GCP Platform")
_TAIL_WORDS = frozenset({"cloud", "platform", "services", "service", "framework", "library",
                         "databases", "database", "stack", "suite", "tools", "apis", "api"})
#: categories that need a cue in prose bullets, and those never taken from prose: tasks solved
#: ("machine translation"), generic practice ("caching", "ETL"), soft skills
WEAK_CATEGORIES = frozenset({"field", "method", "methodology", "domain", "concept"})
LIST_ONLY_CATEGORIES = frozenset({"task", "practice", "soft-skill", "soft skill"})
#: categories of techniques that, written as lower-case common nouns, also need a cue
CONCEPT_CATEGORIES = frozenset({"ml-technique", "ml-model"})
#: a word before (within three words) or after a match that says the person used it
_CUE_BEFORE = re.compile(r"\b(?:using|use[sd]?|utili[sz]\w*|leverag\w*|appl(?:y|ied|ying)|employ\w*|"
                         r"via|with|through|implement\w*|train\w*|buil[dt]\w*|develop\w*|"
                         r"such as|like|including|e\.g\.|focus(?:ed|ing)? on|speciali[sz]\w* in|"
                         r"experience (?:in|with)|expertise in|skilled in|proficient (?:in|with)|"
                         r"knowledge of|background in|worked on|working on|care about)\s+(?:[\w/.+-]+[\s,]+){0,3}$", re.I)
_STRONG_BEFORE = re.compile(r"\b(?:using|with|via|through|leveraging)\s+(?:[\w/.-]+\s+){0,1}$",
                            re.I)
#: a comparison or a list of tasks before the match: not something the person used
_ANTI_BEFORE = re.compile(r"(?:\b(?:just like|similar to|compared (?:to|with)|equivalent (?:to|of)|"
                          r"instead of|rather than|alternative to|inspired by)\s+(?:\w+\s+)?|"
                          r"\b(?:tasks?|problems?|applications?|use cases?)\s+(?:like|such as|"
                          r"including)\s+.*)$", re.I)
_CUE_AFTER = re.compile(r"^[\s)*-]*(?:based|driven|powered|techniques?|algorithms?|methods?|"
                        r"approach(?:es)?|schemes?|architectures?|models?)\b", re.I)
_NOT_AFTER = re.compile(r"^\s*(?:engineers?|scientists?|teams?|researchers?|leads?|managers?|"
                        r"roles?|positions?|group|org|organization|specialist|practitioners?)\b",
                        re.I)


_TAG_WORD = re.compile(r"[A-Za-z0-9+#.]+")
_ALNUM = re.compile(r"[A-Za-z0-9+#]+")
_LIST_GAP = re.compile(r"[\s)(*]*(?:\w+)?[\s)(*]*(?:,|/|&|\band\b|\bor\b)[\s(*]*(?:and\s+)?")
_LOWER_WORDS = re.compile(r"[a-z][a-z -]*")
_NOT_PROSE = re.compile(r"^(?:client|customer|employer|location)\s*:|https?://|www\.|\S@\S|"
                        r"\.(?:com|io|org)\b", re.I)
_REFERENCE = re.compile(r"[\"“][^\"”]{8,}[\"”]|\b(?:19|20)\d{2}\b")
#: "twilio-java": a match glued to a following word is part of another name, unless the word
#: is a modifier ("BERT-based", "Kafka-backed")
_GLUED_AFTER = re.compile(r"-(?!(?:based|like|driven|powered|style|enabled|backed|native|specific|"
                          r"related|compatible|friendly|first|aware|ready|centric|oriented|focused|"
                          r"certified|only|free|level|scale|grade|inspired|heavy|compliant|"
                          r"integrated|as|to|and|or|with)\b)[A-Za-z0-9]")
_DATED = re.compile(r"\b(?:19|20)\d{2}\b|\bpresent\b", re.I)


class Item:
    """One skill-list item: its [start, end) span in the document and its cleaned text."""

    __slots__ = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text

    def __repr__(self) -> str:
        return f"Item({self.start}, {self.end}, {self.text!r})"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past white space, markup and stray punctuation."""
    junk = " \t*_`'\"“”‘’.:-–—[]{}$\\"
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk and not text[start:end].endswith(("++", "#")):
        end -= 1
    if end > start and text[end - 1] == "." and not text[start:end - 1].endswith("."):
        end -= 1
    return start, end


def split_items(text: str, start: int, end: int) -> list[Item]:
    """Items of a list written in text[start:end], split at top-level separators.

    Parenthesized sub-lists become items of their own ("AWS (EC2, S3)"); a short parenthesis
    is an alias of the item before it ("Natural Language Processing (NLP)"); "A/B" splits
    unless the whole is a known skill (CI/CD); "A and B" splits when both are known skills.

    >>> t = "Python, Go | AWS (EC2, S3); Natural Language Processing (NLP), Hadoop/Spark etc."
    >>> [i.text for i in split_items(t, 0, len(t))]
    ['Python', 'Go', 'AWS', 'EC2', 'S3', 'Natural Language Processing', 'Hadoop', 'Spark']
    """
    out: list[Item] = []
    depth, seg = 0, start
    for i in range(start, end + 1):
        ch = text[i] if i < end else ","
        if ch == "\t" or (ch == " " and text.startswith("   ", i)):
            ch = ","  # columns of items
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in _SEPARATORS or i == end):
            out += _item(text, seg, i)
            seg = i + 1
    return out


def _item(text: str, start: int, end: int) -> list[Item]:
    """One top-level segment: parenthesis, slash and 'and' handling."""
    start, end = _trim(text, start, end)
    raw = text[start:end]
    if not raw:
        return []
    m = re.search(r"\s*[(\[]([^()\[\]]*)[)\]]\s*$", raw)
    if m:
        inner_s, inner_e = start + m.start(1), start + m.end(1)
        outer = _item(text, start, start + m.start())
        inner = text[inner_s:inner_e]
        if any(c in inner for c in _SEPARATORS):
            return outer + split_items(text, inner_s, inner_e)
        if _LANG_LEVEL.fullmatch(inner.strip()):  # "Spanish (native)": a spoken language
            return [i for i in outer if lookup_skill(i.text)]
        if re.fullmatch(r"\s*(?:basic|beginner|intermediate|advanced|expert|proficient|familiar|"
                        r"\d+\+? ?(?:years?|yrs?)).*", inner, re.I) or len(inner.split()) <= 2:
            return outer
        return outer + _item(text, inner_s, inner_e)
    cleaned = _FILLER.sub("", raw).strip()
    if not cleaned:
        return []
    off = start + raw.find(cleaned) if cleaned in raw else start
    if cleaned in raw:
        start, end = off, off + len(cleaned)
    if "/" in cleaned and not lookup_skill(cleaned):
        parts, pos = [], start
        for piece in cleaned.split("/"):
            parts += _item(text, pos, pos + len(piece))
            pos += len(piece) + 1
        return parts
    both = re.split(r"\s+(?:and|&)\s+", cleaned)
    if len(both) == 2 and not lookup_skill(cleaned) and all(lookup_skill(p) for p in both):
        a = text.find(both[0], start, end)
        b = text.find(both[1], a + len(both[0]), end)
        return [Item(a, a + len(both[0]), both[0]), Item(b, b + len(both[1]), both[1])]
    return [Item(start, end, clean_markup(text[start:end]))]


def _list_body(line: Line, in_list_section: bool) -> tuple[int, int, str] | None:
    """(start, end, label) of the list part of a line, or None when it is not a skills list.

    A label alone ("Frameworks:") is a sub-heading: (end, end, label), no items.
    """
    text = _LATEX.sub(lambda m: " " * len(m.group()), line.text)
    lead = len(text) - len(text.lstrip(" \t-–•●▪◦∙·*+>"))
    body = text[lead:]
    if in_list_section and re.fullmatch(r"[A-Za-z][\w &/+.()'-]{0,48}:\**\s*", body):
        return line.end, line.end, body.strip(" :*")
    m = _LABEL.match(body)
    if m and ":" not in body[m.end("label"):m.start("rest")] and not _SKILL_LABEL.search(
            m.group("label")):
        m = None  # "Python      Java": columns of items, not a label
    if m:
        label = m.group("label")
        if _EXCLUDED_LABEL.search(label):
            return None
        if in_list_section or _SKILL_LABEL.search(label):
            s = line.start + lead + m.start("rest")
            return s, line.end, label
        return None
    if in_list_section:
        return line.start + lead, line.end, ""
    return None


def tag_line_skills(text: str, line: Line, found: list[SkillMatch] | None = None
                    ) -> list[tuple[int, int, str, str]] | None:
    """Skills of a tag line ((start, end, name, category) each), or None when it is not one.

    `found` are the vocabulary matches of the line when already known.
    """
    words = _TAG_WORD.findall(line.text)
    if not 2 <= len(words) <= 16 or _NOT_TAG.search(line.text) or re.search(
            r"[,;:.!?]\s|\d{4}|[,;:]$", line.text.strip() + " "):
        return None
    if found is None:
        found = find_skills(text, line.start, line.end)
    if len(found) < 2:
        return None
    covered = sum(len(_ALNUM.findall(m.text)) for m in found)
    total = len(_ALNUM.findall(line.text))
    if covered / total < 0.6:
        return None
    out: list[tuple[int, int, str, str]] = []
    pos = line.start
    for m in found + [None]:
        gap_end = m.start if m else line.end
        for g in re.finditer(r"\S+(?:\s+\S+)*", text[pos:gap_end]):
            gs, ge = pos + g.start(), pos + g.end()
            run = text[gs:ge]
            if out and run.lower() in _TAIL_WORDS and gs - out[-1][1] <= 1:
                out[-1] = (out[-1][0], ge, out[-1][2], out[-1][3])
            elif re.fullmatch(r"[A-Z][\w+#.-]*(?: [A-Z][\w+#.-]*){1,2}", run) or re.fullmatch(
                    r"[A-Za-z][a-z]*[A-Z0-9+#][\w+#.-]*", run):
                out.append((gs, ge, run, ""))  # unknown names: "Signal Processing", "PySpark"
        if m:
            out.append((m.start, m.end, m.canonical, m.category))
            pos = m.end
    return out


def _cued(text: str, line: Line, m: SkillMatch, strong: bool = False) -> bool:
    """Does the match sit in a context that says the person used it ("using X", "X-based")?"""
    before, after = text[line.start:m.start], text[m.end:line.end]
    if _NOT_AFTER.match(after) or _ANTI_BEFORE.search(before):
        return False
    if strong:
        return bool(_STRONG_BEFORE.search(before) or _CUE_AFTER.match(after))
    return bool(_CUE_BEFORE.search(before) or _CUE_AFTER.match(after))


def _groups(text: str, found: list[SkillMatch]) -> list[list[SkillMatch]]:
    """Matches listed together ("X, Y and Z techniques"): gaps of separators and at most one
    word between neighbours."""
    groups: list[list[SkillMatch]] = []
    for m in found:
        gap = text[groups[-1][-1].end:m.start] if groups else ""
        if groups and "\n" not in gap and _LIST_GAP.fullmatch(gap):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _prose_skills(ctx: DocContext, line: Line, heading: bool, matches: list[SkillMatch]
                  ) -> Iterator[tuple[int, int, str, str, float]]:
    """Vocabulary matches of one bullet or sentence (of one heading when `heading`).

    Tasks, practices and soft skills are never taken from prose; broad fields and methods, and
    techniques written as lower-case common nouns ("embeddings"), need a cue, which one cued
    or named member of a list lends to the others; a heading needs a strong cue ("... using
    Deep Learning"); a match glued after a hyphen ("Open-Access") is part of another word.
    """
    text = ctx.text
    own_name = set((ctx.subject.name or "").split())
    found = [m for m in matches
             if m.category.lower() not in LIST_ONLY_CATEGORIES and m.text not in own_name
             and not (m.start >= 2 and text[m.start - 1] == "-" and text[m.start - 2].isalnum())
             and not _GLUED_AFTER.match(text, m.end)]
    for group in _groups(text, found):
        lower = [bool(_LOWER_WORDS.fullmatch(m.text)) for m in group]
        concept = [m.category.lower() in WEAK_CATEGORIES or (
            m.category.lower() in CONCEPT_CATEGORIES and low) for m, low in zip(group, lower, strict=True)]
        cued = [_cued(text, line, m, strong=heading or (
            low and m.category.lower() in WEAK_CATEGORIES)) for m, low in zip(group, lower, strict=True)]
        if any(_ANTI_BEFORE.search(text[line.start:m.start]) for m in group[:1]):
            continue
        lent = any(c or (not k and not heading) for c, k in zip(cued, concept, strict=True))
        for m, c, k in zip(group, cued, concept, strict=True):
            if (heading and not (c or (len(group) > 1 and not any(concept)))) or (k and not lent):
                continue
            yield m.start, m.end, m.canonical, m.category, 0.6 if k else 0.7


def _prose_line(line: Line, section: str) -> str | None:
    """'bullet' for bullets and sentences, 'heading' for other short lines, None for lines that
    give no skills: role headers (titles, dates), contact lines, clients, publication venues."""
    s = clean_markup(line.text)
    if not s or _NOT_PROSE.search(s):
        return None
    if section == "publications" and (not is_bullet(line.text) or re.match(
            r"(?:published|submitted|presented|accepted|appeared|under review)\b",
            strip_bullet(line.text), re.I) or _REFERENCE.search(line.text)):
        return None  # titles, venues and references name topics, not tools used
    if is_bullet(line.text) or len(s.split()) > 12:
        return "bullet"
    if _DATED.search(s) or title_score(s) > 0:
        return None
    return "heading"


def _hits(ctx: DocContext) -> Iterator[tuple[int, int, str, str, float]]:
    """(start, end, name, category, confidence) of every skill mention, strongest first."""
    text = ctx.text
    every = find_skills(ctx.doc, text=text)  # one matcher pass; lines take their share by offset
    starts = [m.start for m in every]

    def within(lo: int, hi: int) -> list[SkillMatch]:
        return [m for m in every[bisect_left(starts, lo):bisect_left(starts, hi)] if m.end <= hi]

    for sec in ctx.sections:
        if sec.name in NO_SKILL_SECTIONS:
            continue
        in_list = sec.name in LIST_SECTIONS
        prev = ""
        for line in ctx.lines(sec):
            if not line.stripped:
                continue
            kind, prev = prev, ""
            body = _list_body(line, in_list)
            if body is not None and (in_list or any(c in text[body[0]:body[1]] for c in ",;|•")):
                tags = tag_line_skills(text, Line(text[body[0]:body[1]], body[0], body[1]),
                                       within(body[0], body[1]))
                if tags and not any(c in text[body[0]:body[1]] for c in _SEPARATORS):
                    yield from ((s, e, n, c, 0.85) for s, e, n, c in tags)
                    continue
                spoken = bool(_SPOKEN.match(body[2])) or sec.name == "languages"
                for it in split_items(text, body[0], body[1]):
                    yield from _list_item(text, it, spoken)
                continue
            tags = tag_line_skills(text, line, within(line.start, line.end))
            if tags:
                yield from ((s, e, n, c, 0.85) for s, e, n, c in tags)
                continue
            cont = kind == "bullet" and line.text[:1] in " \t" and not is_bullet(line.text)
            kind = _prose_line(line, sec.name) if sec.name in PROSE_SECTIONS else None
            prev = kind = "bullet" if kind and cont else kind
            if kind:
                yield from _prose_skills(ctx, line, kind == "heading",
                                         within(line.start, line.end))


def _list_item(text: str, it: Item, known_only: bool = False
               ) -> Iterator[tuple[int, int, str, str, float]]:
    """A list item as one skill. An item the vocabulary does not know is kept as written when it
    reads as a name; a phrase ("Proficient in Python") gives its vocabulary matches only, and so
    does every item under a spoken-languages label (`known_only`)."""
    known = lookup_skill(it.text)
    if known:
        yield it.start, it.end, known.canonical, known.category, 0.9
    elif not known_only and len(it.text.split()) <= 4 and len(it.text) <= 40 and re.search(
            r"[A-Za-z]", it.text) and not _PHRASE.search(it.text):
        yield it.start, it.end, it.text, "", 0.8
    else:
        for m in find_skills(text, it.start, it.end):
            yield m.start, m.end, m.canonical, m.category, 0.75


@register(NAME, kinds=("resume",))
def extract_skills(ctx: DocContext) -> list[Fact]:
    """used-skill facts of the resume subject, one per mention (the graph merges them).

    Open-source projects the person contributed to are used-skill objects too (as Projects);
    a vocabulary match inside a project's name ("Fine-tuning" in a library's long name) is not
    a skill of its own.
    """
    from extract.resume.projects import find_projects

    found = find_projects(ctx)
    projects = {norm_name(n): p.name for p in found for n in (p.name, *p.aliases)}
    inside = [(p.start, p.end) for p in found]
    facts: list[Fact] = []
    keys: dict[str, str] = {}
    for p in found:
        if p.open_source:
            facts.append(make_fact(ctx, Predicate.USED_SKILL, Mention(
                type=EntityType.PROJECT, name=p.name), (p.start, p.end), NAME, 0.7))
    seen: set[tuple[int, int]] = set(inside)
    for s, e, name, cat, conf in _hits(ctx):
        name = " ".join(name.split()).strip()
        if (s, e) in seen or not name or len(name) > 60 or any(
                a <= s and e <= b and (a, b) != (s, e) for a, b in inside):
            continue
        seen.add((s, e))
        if name not in keys:
            keys[name] = norm_name(name)
        proj = projects.get(keys[name])
        if proj:
            obj = Mention(type=EntityType.PROJECT, name=proj)
        else:
            obj = Mention(type=EntityType.SKILL, name=name, attrs={"category": cat} if cat else {})
        facts.append(make_fact(ctx, Predicate.USED_SKILL, obj, (s, e), NAME, conf))
    return facts
