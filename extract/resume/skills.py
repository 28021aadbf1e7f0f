"""used-skill from resumes: skills lists, skill tag lines, and technologies named in bullets.

Three kinds of evidence, strongest first:

(a) skills sections and labelled lists ("Languages: Python, Go", "Tech stack: Kafka | Spark"),
    and (b) skill tag lines ("Deep Learning AWS Sagemaker TensorFlow"): parsed by
    `extract.resume.skilllists`;
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
from functools import lru_cache

from extract.context import DocContext, Line, Section
from extract.registry import register
from extract.resume import skilltables
from extract.resume.common import (
    clean_markup,
    is_bullet,
    is_page_furniture,
    make_fact,
    strip_bullet,
    title_score,
)
from extract.resume.skilllists import (
    SEPARATORS,
    Item,
    is_skill_label,
    is_spoken_label,
    list_body,
    list_item,
    split_items,
    tag_line_skills,
)
from extract.sections import section_name
from extract.skillmatch import SkillMatch, find_skills, lookup_skill, skill_family
from ontology import EntityType, Fact, Mention, Predicate, norm_name

__all__ = ["extract_skills", "split_items", "tag_line_skills", "Item", "NAME"]

NAME = "resume.skills.v1"

#: sections whose lines are read as skill lists / as prose for (c)
LIST_SECTIONS = frozenset({"skills", "languages"})
PROSE_SECTIONS = frozenset({"experience", "projects", "publications", "summary", "header",
                            "other", "volunteering", "teaching", "talks"})
NO_SKILL_SECTIONS = frozenset({"interests", "courses", "education", "certifications", "awards",
                               "patents", "references", "contact"})
#: categories that need a cue in prose bullets, and those never taken from prose: tasks solved
#: ("machine translation"), generic practice ("caching", "ETL"), soft skills
WEAK_CATEGORIES = frozenset({"field", "method", "methodology", "domain"})
LIST_ONLY_CATEGORIES = frozenset({"task", "practice", "soft-skill", "soft skill"})
#: categories of techniques that, written as lower-case common nouns, also need a cue
LOWER_CASE_WEAK = frozenset({"ml-technique", "ml-model", "hardware"})
#: generic notions (embeddings, knowledge graphs, pretraining): a bullet must say the person
#: used them ("using X", "applied X", "experience with X"); building, training or a "-based"
#: suffix is not enough ("Built user embeddings", "embedding-based retrieval")
GENERIC_CATEGORIES = frozenset({"concept"})
_USE_BEFORE = re.compile(r"\b(?:using|used|uses|use|utili[sz]\w*|leverag\w*|appl(?:y|ied|ying)|"
                         r"employ\w*|via|experience (?:in|with)|expertise in|skilled in|"
                         r"proficient (?:in|with)|knowledge of|background in|speciali[sz]\w* in|"
                         r"focus(?:ed|ing)? on)\s+(?:[\w-]+\s+)?$", re.I)
#: a word before (within three words) or after a match that says the person used it
_CUE_BEFORE = re.compile(r"\b(?:using|use[sd]?|utili[sz]\w*|leverag\w*|appl(?:y|ied|ying)|employ\w*|"
                         r"via|with|through|implement\w*|train\w*|buil[dt]\w*|develop\w*|"
                         r"such as|like|including|e\.g\.|focus(?:ed|ing)? on|speciali[sz]\w* in|"
                         r"experience (?:in|with)|expertise in|skilled in|proficient (?:in|with)|"
                         r"knowledge of|background in|worked on|working on|care about|per|research(?:ed)? on|"
                         r"according to|compliant with|conform\w* (?:to|with))\s+(?:[\w/.+-]+[\s,]+){0,3}$",
                         re.I)
_STRONG_BEFORE = re.compile(r"\b(?:using|used|utili[sz](?:ed|ing)|appl(?:ied|ying)|employ(?:ed|ing)|"
                            r"with|via|through|leverag(?:ed|ing)|research(?:ed)? on)\s+(?:[\w/.-]+\s+){0,1}$", re.I)
#: a comparison or a list of tasks before the match: not something the person used
_ANTI_BEFORE = re.compile(r"(?:\b(?:just like|similar to|compared (?:to|with)|equivalent (?:to|of)|"
                          r"instead of|rather than|alternative to|inspired by|"
                          r"(?:currently|now|still|actively|am|been|i'm)\s+learning|"
                          r"(?:want|wanting|plan|planning|hope|hoping)\s+to\s+learn|learning goals?)"
                          r"\s*:?\s+(?:\w+\s+)?|"
                          r"\b(?:tasks?|problems?|applications?|use cases?)\s+(?:like|such as|"
                          r"including)\s+.*)$", re.I)
_CUE_AFTER = re.compile(r"^[\s)*-]*(?:based|driven|powered|derived|techniques?|algorithms?|methods?|"
                        r"approach(?:es)?|schemes?|architectures?|models?|stud(?:y|ies)|"
                        r"analys[ie]s|experiments)\b", re.I)
_NOT_AFTER = re.compile(r"^\s*(?:(?:and|&|or)\s+[\w-]+\s+)?(?:engineers?|scientists?|teams?|researchers?|leads?|managers?|"
                        r"roles?|positions?|group|org|organization|specialist|practitioners?)\b",
                        re.I)
#: a package manager or host counting a project's users ("7M monthly pip installs", "1.2k GitHub
#: stars"), not a tool used
_USERS_AFTER = re.compile(r"\s*(?:,\s*~?\s*[\d.,]+\s*[kKmM]?\+?\s+(?:\w+\s+)?)?"
                          r"(?:installs|downloads|stars|forks|followers|watchers)\b", re.I)
#: a name set in spaced capitals ("J A N E   D O E"): single letters, never skills ("R", "C")
_SPACED_LETTERS = re.compile(r"(?:\w[ \t]{1,4}){3,}\w")
#: words of a section heading that a skills section can run into ("ADDITIONAL", "EDUCATIONAL
#: QUALIFICATION") when the splitter did not know it
_HEADING_WORD = re.compile(r"\b(?:additional|qualifications?|educational|education|academics?|"
                           r"personal|declaration|achievements?|activities|miscellaneous|other|"
                           r"extra[- ]?curricular|volunteer\w*|affiliations?|memberships?|"
                           r"interests|publications|awards|honou?rs|certifications?|certs|licen[cs]es|references|"
                           r"projects|experience|employment|training)\b", re.I)


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
                          r"integrated|derived|as|to|and|or|with)\b)[A-Za-z0-9]")
#: characters `clean_markup` rewrites (heading marks, links, tags, emphasis, code)
_MARKUP = re.compile(r"[#\[<*_`]")
_DATED = re.compile(r"\b(?:19|20)\d{2}\b|\bpresent\b", re.I)
#: a line that ends with a date or range and no full stop: a role or entry header, not a bullet
_ENDS_DATED = re.compile(r"(?:\b(?:19|20)\d{2}|\bpresent|\bcurrent|\bnow|\b(?:till|to|until) date)\s*\)?\s*$",
                         re.I)
#: currency codes that are also skill abbreviations, before an amount ("SGD 180k", "ZAR 2m")
_CURRENCIES = frozenset({"SGD", "ZAR", "NGN", "AUD", "CAD", "CHF", "INR", "BRL", "MXN", "PLN",
                         "SEK", "NOK", "DKK", "HKD", "NZD", "JPY", "CNY", "KES", "GHS", "USD",
                         "EUR", "GBP", "AED", "SAR", "MYR", "IDR", "PHP", "THB", "VND", "TRY"})
_AMOUNT = re.compile(r"\s?~?\d[\d.,]*\s*(?:[kKmMbB]|bn|million|billion)?\b")
#: the employer, not a tool: "at Shopify", "joined Canva" (not "good at Excel")
_ORG_BEFORE = re.compile(r"(?<!\bgood )(?<!\bgreat )(?<!\bexpert )(?<!\bskilled )(?<!\badept )"
                         r"(?<!\bbetter )(?<!\bproficient )\b(?:at|joined|joining)\s+$", re.I)
_ORG_WORDS = ("at", "joined", "joining")  # the words _ORG_BEFORE ends with
_POSSESSIVE = re.compile(r"['’]s\b")
#: categories whose names are also company names ("Canva's design system")
_COMPANY_LIKE = frozenset({"platform", "business-software", "design-tool", "cloud-service"})
#: a word broken at the end of a PDF line ("Prome-" / "theus")
_BROKEN_END = re.compile(r"(?:(?<=\s)|^)([A-Za-z][A-Za-z0-9]*)-\s*$")
_BROKEN_START = re.compile(r"[ \t]*([a-z][A-Za-z0-9]*)")
#: a project named inside an education entry: its tools are skills ("Capstone: ... (C, FreeRTOS)")
_NAME_LIKE = re.compile(r"[A-Z0-9][\w+#./&-]*(?: [\w+#./&-]+){0,3}")
_EDU_PROJECT = re.compile(r"\b(?:capstone|thesis|dissertation|senior design|final[- ]year project|"
                          r"project|research)\b[^:]{0,20}:", re.I)
#: an ALL-CAPS heading with a gloss: "SKILLS (candidate self-rated)", "SKILLS - SUMMARY"
_GLOSSED_HEADING = re.compile(r"(?:#{1,6}\s+)?([A-Z][A-Z &/-]{2,40}?)\s*(?:\([^()]{1,40}\)|[-–—:]\s+[^()]{1,30})")
_RULE = re.compile(r"[-=_*~#]{3,}")
_MD_HEADING = re.compile(r"^#{1,6}\s+\S")
_CAPS_LINE = re.compile(r"[A-Z][A-Z &/-]{2,40}")
#: emoji and other symbols that decorate headings and list items ("🐘 Postgres")
_SYMBOLS = re.compile(r"[\u2190-\u2bff\u2600-\u27bf\U0001F000-\U0001FAFF\ufe0f\u200d]")
#: a "Label: items" line
_LABEL_START = re.compile(r"^[A-Za-z][\w &/+.()'-]{0,40}:\s")
#: sections never read at all; the other no-skill sections still give labelled skill lists
#: ("Tools I use daily: ...") that a missed heading left inside them
NEVER_SECTIONS = frozenset({"interests", "courses", "references", "contact", "certifications"})
#: a heading the splitter missed that opens credentials, not skills ("CERTS", "LICENSES")
_CREDENTIALS_HEADING = re.compile(r"(?:#{1,6}\s+)?(?:certs|certifications?|certificates|licen[cs]es"
                                  r"(?:\s*(?:&|and)\s*certifications?)?)\s*:?", re.I)
#: a bare ALL-CAPS heading of a skills list the splitter did not know ("TECHNOLOGY", "SOFTWARE")
_BARE_CAPS = re.compile(r"(?:#{1,6}\s+)?([A-Z][A-Z &/-]{2,40})")
#: the text of a markdown heading, and a caps heading whose capitals may carry accents
_MD_TEXT = re.compile(r"#{1,6}\s+([^\W\d_](?:[^\W\d_]|[ &/+'’-]){2,40}?)\s*:?")
_WIDE_CAPS = re.compile(r"([^\W\d_](?:[^\W\d_]|[ &/'’-]){2,40})")


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


def _prose_skills(text: str, line: Line, heading: bool, matches: list[SkillMatch],
                  own_name: frozenset[str] = frozenset()
                  ) -> Iterator[tuple[int, int, str, str, float]]:
    """Vocabulary matches of one bullet or sentence (of one heading when `heading`).

    Tasks, practices and soft skills are never taken from prose; broad fields and methods, and
    techniques written as lower-case common nouns ("quantization"), need a cue, which one cued
    or named member of a list lends to the others; generic notions need a use cue of their own
    or of a member of their list ("using PCA and embeddings"); a heading needs a strong cue
    ("... using Deep Learning"); a match glued after a hyphen ("Open-Access") is part of another
    word; the words of the person's own name (`own_name`) are not skills.
    """
    found = [m for m in matches
             if m.category.lower() not in LIST_ONLY_CATEGORIES and m.text not in own_name
             and not (m.start >= 2 and text[m.start - 1] == "-" and text[m.start - 2].isalnum())
             and not (m.start >= 1 and text[m.start - 1] in "°º")  # "-80 °C": a unit
             and not (m.text in _CURRENCIES and _AMOUNT.match(text, m.end))  # "SGD 180k"
             and not _GLUED_AFTER.match(text, m.end) and not _USERS_AFTER.match(text, m.end)
             and not _org_named(text, line, m)]
    for group in _groups(text, found) if found else ():
        if _ANTI_BEFORE.search(text[line.start:group[0].start]):
            continue
        weak = [_weak(m) for m in group]
        if not heading and not any(weak):  # named technologies: no cue needed
            yield from ((m.start, m.end, m.canonical, m.category, 0.7) for m in group)
            continue
        cued = [_cued(text, line, m, strong=heading or (
            _is_lower(m) and m.category.lower() in WEAK_CATEGORIES)) for m in group]
        lent = any(c or (not k and not heading) for c, k in zip(cued, weak, strict=True))
        used = any(m.category.lower() in GENERIC_CATEGORIES for m in group) and any(
            _used(text, line, m) for m in group)
        for m, c, k in zip(group, cued, weak, strict=True):
            if (heading and not (c or (len(group) > 1 and not any(weak)))) or (k and not lent):
                continue
            if m.category.lower() in GENERIC_CATEGORIES and not used:
                continue
            yield m.start, m.end, m.canonical, m.category, 0.6 if k else 0.7


def _org_named(text: str, line: Line, m: SkillMatch) -> bool:
    """Is the match a company rather than a tool: "at Shopify", "joined Canva", and, for names
    that are products and companies alike, a possessive ("Canva's design system")?"""
    lo = max(line.start, m.start - 24)
    before = text[lo:m.start]
    # the pattern ends '(at|joined|joining)\s+$': test that cheaply before the search
    if before[-1:].isspace() and before.rstrip()[-7:].lower().endswith(_ORG_WORDS) and \
            _ORG_BEFORE.search(text, lo, m.start):
        return True
    return m.category.lower() in _COMPANY_LIKE and bool(_POSSESSIVE.match(text, m.end))


def _is_lower(m: SkillMatch) -> bool:
    """Written as lower-case common words ("embeddings", "continuous batching")."""
    return bool(_LOWER_WORDS.fullmatch(m.text))


def _weak(m: SkillMatch) -> bool:
    """Does a prose match need a cue: fields, methods, generic notions, and techniques written as
    lower-case common nouns (not the curated lower-case phrases of a case-sensitive row)?"""
    cat = m.category.lower()
    return cat in WEAK_CATEGORIES or cat in GENERIC_CATEGORIES or (
        cat in LOWER_CASE_WEAK and _is_lower(m) and not m.case_sensitive)


def _used(text: str, line: Line, m: SkillMatch) -> bool:
    """Does the line say the person used the match ("using X", "applied learned X")?"""
    before = text[line.start:m.start]
    return bool(_USE_BEFORE.search(before)) and not _ANTI_BEFORE.search(before) and not (
        _NOT_AFTER.match(text[m.end:line.end]))


def _prose_line(line: Line, section: str, heading: bool = True, cont: bool = False) -> str | None:
    """'bullet' for bullets and sentences, 'heading' for other short lines, None for lines that
    give no skills: role headers (titles, dates), contact lines, clients, publication venues.

    With `heading` False the caller only asks whether the line is a bullet (it has no skills):
    a line that is not one gives None without the title and date tests. `cont`: the line
    continues a bullet (it is never a header).
    """
    s = clean_line(line.text)
    if not s or (("." in s or ":" in s or "@" in s) and _NOT_PROSE.search(s)):
        return None
    bullet = is_bullet(line.text)
    if not bullet and not cont and _ENDS_DATED.search(s):
        return None  # "Account Executive — Acme, an Oracle company, Austin, TX   06/2015 – 02/2018"
    if section == "publications" and (not bullet or re.match(
            r"(?:published|submitted|presented|accepted|appeared|under review)\b",
            strip_bullet(line.text), re.I) or _REFERENCE.search(line.text)):
        return None  # titles, venues and references name topics, not tools used
    if bullet or len(s.split()) > 12:
        return "bullet"
    if not heading or _DATED.search(s) or title_score(s) > 0:
        return None
    return "heading"


def clean_line(text: str) -> str:
    """`clean_markup(text)`, without its substitutions when the text has no markup character.

    >>> clean_line("  - Built it ,"), clean_line("**Built** [it](http://x)")
    ('- Built it', 'Built it')
    """
    return clean_markup(text) if _MARKUP.search(text) else " ".join(text.split()).strip(" ,;")


def _hits(ctx: DocContext) -> Iterator[tuple[int, int, str, str, float]]:
    """(start, end, name, category, confidence) of every skill mention, strongest first."""
    text = ctx.text
    every = find_skills(ctx.doc, text=text)  # one matcher pass; lines take their share by offset
    starts = [m.start for m in every]

    def within(lo: int, hi: int) -> list[SkillMatch]:
        return [m for m in every[bisect_left(starts, lo):bisect_left(starts, hi)] if m.end <= hi]

    own_name = frozenset((ctx.subject.name or "").split())
    for sec in _sections(ctx):
        if sec.name in NEVER_SECTIONS:
            continue
        if sec.name in NO_SKILL_SECTIONS:
            yield from _labelled_lists(ctx, sec, within)
            continue
        in_list = sec.name in LIST_SECTIONS
        spoken_sec = sec.name == "languages"
        name = sec.name
        prev = label = ""
        col = -1  # the column of the last labelled list's items, for its wrapped lines
        lines = list(ctx.lines(sec))
        if in_list:
            lines = skilltables.cut_gutter(lines)
        table = False
        skip = 0
        # a sidebar list: its first item right under the heading is no sub-heading ("PLAXIS")
        sidebar = sec.heading_start is not None and "\n\n" not in text[sec.heading_start:sec.start + 1] \
            and text[sec.heading_start:sec.start].isupper()
        for i, line in enumerate(lines):
            if skip:
                skip -= 1
                continue
            if not line.stripped:
                col = -1
                table = False
                continue
            if is_page_furniture(line.text) or _SPACED_LETTERS.fullmatch(line.stripped):
                continue
            kind, prev = prev, ""
            if name == "certifications":
                continue
            if in_list and _missed_heading(lines, i):
                # a heading the section splitter did not know ("OTHER", "### Pinned"): the
                # skills list ends; what follows is read like an unknown section (credentials
                # are not read at all)
                in_list = spoken_sec = False
                name = "certifications" if _CREDENTIALS_HEADING.fullmatch(line.stripped) else "other"
                continue
            if in_list and _sub_heading(lines, i) and not (
                    sidebar and all(not ln.stripped for ln in lines[:i])):
                continue  # "SYSTEMS / EQUIPMENT": a group of the skills list, not a skill
            if in_list and not spoken_sec:
                if skilltables.ends_list(line.stripped):
                    in_list, name = False, "other"  # an entry of a section the splitter missed
                    continue
                if skilltables.table_header(line.stripped):
                    table = True  # "Tool   Level   Years": a rated table follows
                    continue
                if table:
                    for a, b in skilltables.table_row(line):
                        for it in split_items(text, a, b):
                            yield from list_item(text, it, False)
                    continue
                if _CAPS_LINE.fullmatch(line.stripped) and is_skill_label(line.stripped) and \
                        lookup_skill(line.stripped) is None and skilltables.sidebar_heading(lines, i):
                    continue  # "DESIGN STANDARDS" right above its items: a group heading
                skip = skilltables.paren_wrap(lines, i)
                if skip:  # "Excel (Power Query," / "Power Pivot)": one item over two lines
                    last = lines[i + skip]
                    line = Line(text[line.start:last.end].replace("\n", " "), line.start, last.end)
            if in_list and (_sentence_bullet(line) or (kind == "bullet" and _continues(line))):
                # an accomplishment bullet under a competency heading (functional resumes):
                # read as prose, not as a list of items
                inside = within(line.start, line.end)
                prev = "bullet"
                if inside:
                    yield from _prose_skills(text, line, False, inside, own_name)
                yield from _rejoined(text, line)
                continue
            if in_list and _competency_heading(lines, i):
                known = lookup_skill(clean_line(line.text))
                if known is not None:  # a heading that is itself a known skill
                    yield line.start + line.text.find(line.stripped), line.end - (
                        len(line.text) - len(line.text.rstrip())), known.canonical, \
                        known.category, 0.7
                continue
            body = list_body(line, in_list)
            if body is None and col >= 0 and _wraps(line, col):
                body = (line.start + col, line.end, label)
            if body is not None and (in_list or col >= 0 or any(
                    c in text[body[0]:body[1]] for c in SEPARATORS)):
                col = body[0] - line.start if body[1] > body[0] and text[body[1] - 1:body[1]] \
                    in ",;" or (body[2] and not in_list) else -1
                label = body[2]
                tags = tag_line_skills(text, Line(text[body[0]:body[1]], body[0], body[1]),
                                       within(body[0], body[1]))
                spoken = spoken_sec or is_spoken_label(body[2])
                if tags and not any(c in text[body[0]:body[1]] for c in SEPARATORS):
                    yield from ((s, e, n, c, 0.85) for s, e, n, c in tags
                                if not spoken or _programming(c))
                    continue
                for it in split_items(text, body[0], body[1]):
                    yield from list_item(text, it, spoken)
                continue
            col = -1
            inside = within(line.start, line.end)
            tags = tag_line_skills(text, line, inside)
            if tags:
                yield from ((s, e, n, c, 0.85) for s, e, n, c in tags
                            if not spoken_sec or _programming(c))
                continue
            if spoken_sec:
                continue  # a spoken language and its level ("Italian", "Native or bilingual")
            cont = kind == "bullet" and line.text[:1] in " \t" and not is_bullet(line.text)
            kind = _prose_line(line, name, bool(inside) or _broken(text, line) is not None,
                               cont) if name in PROSE_SECTIONS else None
            prev = kind = "bullet" if kind and cont else kind
            if kind and inside:
                yield from _prose_skills(text, line, kind == "heading", inside, own_name)
            if kind == "bullet" or (kind and in_list):
                yield from _rejoined(text, line)


def _sections(ctx: DocContext) -> Iterator[Section]:
    """The document's sections, with a skills heading the splitter missed because of a gloss
    after it ("SKILLS (candidate self-rated)", "TECHNICAL SKILLS - summary") opening a skills
    section of its own inside the section it fell into."""
    for sec in ctx.sections:
        start, heading, name = sec.start, sec.heading, sec.name
        if name not in LIST_SECTIONS:
            blank = True
            hstart = sec.heading_start
            sidebar = list(ctx.lines(sec))
            for k, line in enumerate(sidebar):
                after_blank, blank = blank, not line.stripped
                m = _GLOSSED_HEADING.fullmatch(line.stripped)
                if m is None and not after_blank and name == "header" and \
                        skilltables.sidebar_heading(sidebar, k):
                    side = _BARE_CAPS.fullmatch(line.stripped)  # a sidebar heading: no blank line
                    if side is not None and title_score(side.group(1)) == 0 and is_skill_label(
                            side.group(1)) and lookup_skill(side.group(1)) is None and \
                            not _HEADING_WORD.search(side.group(1)):
                        yield Section(name, heading, start, line.start, hstart)
                        hstart = line.start
                        start, heading, name = line.end, line.stripped, "skills"
                        continue
                if m is None and after_blank:
                    # a bare caps heading of a skills label after a blank line ("TECHNOLOGY"),
                    # accented capitals included ("LOGICIELS / SOFTWARE"), or a markdown heading
                    # of one ("## Software & methods")
                    m = _BARE_CAPS.fullmatch(line.stripped) or _md_or_caps_heading(line.stripped)
                    if m is not None and not (is_skill_label(m.group(1)) and lookup_skill(
                            m.group(1)) is None and not _HEADING_WORD.search(m.group(1))):
                        m = None
                    elif m is not None:
                        yield Section(name, heading, start, line.start, hstart)
                        hstart = line.start
                        start, heading, name = line.end, line.stripped, "skills"
                        continue
                if m is None or section_name(m.group(1)) not in LIST_SECTIONS:
                    continue
                yield Section(name, heading, start, line.start, hstart)
                hstart = line.start
                start, heading, name = line.end, line.stripped, section_name(m.group(1)) or ""
        yield Section(name, heading, start, sec.end, hstart) if start != sec.start else sec


def _md_or_caps_heading(s: str) -> re.Match[str] | None:
    """A markdown heading ("## Software & methods") or an ALL-CAPS line with accented capitals
    ("LOGICIELS / SOFTWARE"): group 1 is its text."""
    m = _MD_TEXT.fullmatch(s) if s[:1] == "#" else _WIDE_CAPS.fullmatch(s) if s.isupper() else None
    return m if m is not None and title_score(m.group(1)) == 0 else None  # not "### Software Engineer"


def _sub_heading(lines: list[Line], i: int) -> bool:
    """An ALL-CAPS line after a blank line, before a list line, naming no known skill in any of
    its parts ("SYSTEMS / EQUIPMENT", "CLINICAL"): the heading of a group of the list."""
    s = lines[i].stripped
    if not _CAPS_LINE.fullmatch(s) or not _blank(lines, i - 1) or _blank(lines, i + 1):
        return False
    return all(lookup_skill(p.strip()) is None for p in re.split(r"[/&,]| and ", s) if p.strip())


def _missed_heading(lines: list[Line], i: int) -> bool:
    """Is line `i` of a skills section a heading of another section that the splitter did not
    know: a markdown heading, or an ALL-CAPS line set off by blank lines ("OTHER"), that names
    no skills (not a skills label, not itself a known skill)?"""
    s = lines[i].stripped
    md = _MD_HEADING.match(s)
    if md is None and not (_CAPS_LINE.fullmatch(s) and _blank(lines, i - 1) and (
            _blank(lines, i + 1) or _HEADING_WORD.search(s))):
        return False
    words = clean_line(s).strip(" :")
    words = _SYMBOLS.sub("", words).strip()
    return bool(words) and not is_skill_label(words) and lookup_skill(words) is None


def _blank(lines: list[Line], i: int) -> bool:
    """Is line `i` empty, a rule ("-----") or outside the section?"""
    return i < 0 or i >= len(lines) or not lines[i].stripped or bool(
        _RULE.fullmatch(lines[i].stripped))


def _sentence_bullet(line: Line) -> bool:
    """A bullet that is a sentence ("Ran card sorting studies in Optimal Workshop to ..."), not a
    list of skills: at least eight words, four or more per separated item, no label."""
    if not is_bullet(line.text):
        return False
    body = strip_bullet(line.text)
    n = len(body.split())
    if n < 8 or _LABEL_START.match(body):
        return False
    parts = 1 + sum(body.count(c) for c in SEPARATORS)
    return n / parts >= 4


def _continues(line: Line) -> bool:
    """An indented line without a bullet or label: the wrapped end of the bullet above."""
    return line.text[:1] in " \t" and not is_bullet(line.text) and not _LABEL_START.match(
        line.stripped)


def _competency_heading(lines: list[Line], i: int) -> bool:
    """A short line without separators whose next non-empty line is a sentence bullet: the
    heading of a group of accomplishments ("User Research & Testing"), not a skill list."""
    s = lines[i].stripped
    if is_bullet(lines[i].text) or any(c in s for c in SEPARATORS) or ":" in s or len(s.split()) > 6:
        return False
    nxt = next((ln for ln in lines[i + 1:] if ln.stripped), None)
    return nxt is not None and _sentence_bullet(nxt)


def _broken(text: str, line: Line) -> tuple[int, int, str] | None:
    """A word broken at the end of `line` and finished on the next ("Prome-" / "theus"):
    (start, end, joined word), the span running from the first half to the second."""
    if not line.text.endswith("-") and not line.text.rstrip().endswith("-"):
        return None
    a = _BROKEN_END.search(line.text)
    b = _BROKEN_START.match(text, line.end + 1) if a is not None else None
    if b is None:
        return None
    return line.start + a.start(1), b.end(1), a.group(1) + b.group(1)


def _rejoined(text: str, line: Line) -> Iterator[tuple[int, int, str, str, float]]:
    """A named technology broken across the end of `line`, alone or with the word before or
    after it ("Apache Kaf-" / "ka Streams")."""
    br = _broken(text, line)
    if br is None:
        return
    s, e, word = br
    before = re.search(r"(\S+)\s+$", text[line.start:s])
    after = re.match(r"[ \t]+([^\s,;.()]+)", text[e:e + 40])
    tries = [(s, e, word)]
    if after:
        tries.insert(0, (s, e + after.end(1), f"{word} {after.group(1)}"))
    if before:
        tries.insert(0, (line.start + before.start(1), e, f"{before.group(1)} {word}"))
    for a, b, name in tries:
        m = lookup_skill(name)
        if m is not None and not _weak(m) and m.category.lower() not in LIST_ONLY_CATEGORIES:
            yield a, b, m.canonical, m.category, 0.7
            return


def _programming(category: str) -> bool:
    """A programming language (the one kind of skill a languages list may hold)."""
    return category.lower() in ("programming-language", "language")


def _wraps(line: Line, col: int) -> bool:
    """Does `line` continue the items of a labelled list whose items start at column `col`
    (indented to that column, no label of its own)?"""
    lead = len(line.text) - len(line.text.lstrip(" \t"))
    return col >= 8 and abs(lead - col) <= 2 and ":" not in line.text


def _labelled_lists(ctx: DocContext, sec, within
                    ) -> Iterator[tuple[int, int, str, str, float]]:
    """Skills of a section that has none of its own (education, patents, awards ...): lists
    under an explicit skills label and their wrapped lines ("Computer skills   SAP, SQL,"), as
    a missed heading leaves them; in education, the named tools of a capstone or thesis.
    Items the vocabulary does not know count only when written as names (capitalized)."""
    text = ctx.text
    col, label = -1, ""
    for line in ctx.lines(sec):
        body = list_body(line, False)
        if body is not None and not is_skill_label(body[2]):
            body = None
        if body is None and col >= 0 and _wraps(line, col):
            body = (line.start + col, line.end, label)
        if body is None:
            col = -1
            p = _EDU_PROJECT.search(line.text) if sec.name == "education" else None
            if p is not None:
                for m in within(line.start + p.end(), line.end):
                    if not _weak(m) and m.category.lower() not in LIST_ONLY_CATEGORIES:
                        yield m.start, m.end, m.canonical, m.category, 0.6
            continue
        col, label = body[0] - line.start, body[2]
        spoken = is_spoken_label(label)
        for it in split_items(text, body[0], body[1]):
            for hit in list_item(text, it, spoken):
                if hit[3] or _NAME_LIKE.fullmatch(hit[2]):
                    yield hit


@register(NAME, kinds=("resume",))
def extract_skills(ctx: DocContext) -> list[Fact]:
    """used-skill facts of the resume subject, one per mention (the graph merges them).

    Open-source projects the person contributed to are used-skill objects too (as Projects);
    a vocabulary match inside a project's name ("Fine-tuning" in a library's long name) is not
    a skill of its own.
    """
    from extract.resume.projects import find_projects

    found = find_projects(ctx)
    projects = {_norm(n): p.name for p in found for n in (p.name, *p.aliases)}
    inside = [(p.start, p.end) for p in found]
    facts: list[Fact] = []
    for p in found:
        if p.open_source:
            facts.append(make_fact(ctx, Predicate.USED_SKILL, Mention(
                type=EntityType.PROJECT, name=p.name), (p.start, p.end), NAME, 0.7))
    seen: set[tuple[int, int]] = set(inside)
    objects: dict[tuple[str, str], Mention] = {}  # one Mention per skill, shared by its facts
    for s, e, name, cat, conf in _hits(ctx):
        name = " ".join(name.split()).strip()
        if (s, e) in seen or not name or len(name) > 60 or any(
                a <= s and e <= b and (a, b) != (s, e) for a, b in inside):
            continue
        seen.add((s, e))
        obj = objects.get((name, cat))
        if obj is None:
            proj = projects.get(_norm(name))
            obj = objects[name, cat] = Mention(type=EntityType.PROJECT, name=proj) if proj else \
                _skill_mention(name, cat)
        facts.append(make_fact(ctx, Predicate.USED_SKILL, obj, (s, e), NAME, conf))
    return facts


@lru_cache(maxsize=8192)
def _skill_mention(name: str, category: str) -> Mention:
    """The Mention of a vocabulary skill, made once for every document that names it (mentions
    are never changed in place: graph building only fills in the facts' entity ids)."""
    return Mention(type=EntityType.SKILL, name=name, attrs=_skill_attrs(name, category))


@lru_cache(maxsize=8192)
def _norm(name: str) -> str:
    """`norm_name`, memoized: skill names repeat across documents."""
    return norm_name(name)


def _skill_attrs(name: str, category: str) -> dict[str, str]:
    """Attributes of a vocabulary skill: its category and, for a versioned model such as
    YOLOv8, the family it belongs to (`broader`, read by narrower-skill queries)."""
    if not category:
        return {}
    family = skill_family(name)
    return {"category": category, "broader": family} if family else {"category": category}
