"""Skill lists and tag lines of resumes: the strong evidence of `extract.resume.skills`.

(a) skills sections and labelled lists ("Languages: Python, Go", "Tech stack: Kafka | Spark"):
    `list_body` finds the list part of a line, `split_items` cuts it into items and `list_item`
    names each item: its canonical name comes from the vocabulary when the whole item is a known
    skill, else the item is kept as written (cleaned). Items under an *Interests* label, course
    lists and certifications are not skills.
(b) skill tag lines: a line made only of technology names side by side ("Deep Learning AWS
    Sagemaker TensorFlow"), accepted by `tag_line_skills` when the vocabulary covers most of its
    words; it is cut into skills with the vocabulary, and the uncovered runs are kept as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from extract.context import Line
from extract.resume.common import clean_markup
from extract.skillmatch import SkillMatch, find_skills, lookup_skill

__all__ = ["Item", "split_items", "list_body", "list_item", "tag_line_skills", "is_spoken_label",
           "is_skill_label", "SEPARATORS"]

#: labels whose items are not skills
_EXCLUDED_LABEL = re.compile(r"\b(?:interests?|hobbies|courses?|coursework|certifications?|"
                             r"certificates?|awards?|honou?rs|spoken|references?|"
                             r"(?:currently|now)\s+learning|learning next|to learn)\b", re.I)
#: labels of a list of domains, not skills ("Industries: Retail, Healthcare")
_DOMAIN_LABEL = re.compile(r"^(?:key\s+|target\s+)?(?:industr(?:y|ies)|sectors?|verticals?|domains?|markets?)"
                           r"(?:\s+(?:experience|expertise|knowledge|focus|served))?$", re.I)
#: labels that announce a list of skills outside a skills section
_SKILL_LABEL = re.compile(r"\b(?:skills?|tech|technolog(?:y|ies)|tools?|languages?|frameworks?|stack|"
                          r"environment|librar(?:y|ies)|platforms?|databases?|software|softwares|"
                          r"expertise|proficien(?:t|cy|cies)|competenc(?:y|ies)|methods?|standards)\b", re.I)
_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w &/+.()'-]{0,48}?)(?:\s*[:：]\**|\t+|\s{3,}|\s*(?:\.{3,}|…+)\s*)"
                    r"\s*(?P<rest>\S.*)$")
#: a label of spoken languages: only vocabulary items (programming languages) are skills
_SPOKEN = re.compile(r"^(?:(?:spoken|human|natural|other|foreign|additional|native)\s+)?"
                     r"languages?(?:\s*\(s\))?(?:\s+(?:spoken|known))?$|^mother\s+tongues?(?:\s*\(s\))?$",
                     re.I)
#: what follows every label (`_LABEL`): a colon, a tab or a wide gap
_LABEL_GAP = re.compile(r"[:：\t]|\s{3}|\.{3}|…")
#: dotted leaders between a label or an item and its value ("CAD ....... SolidWorks")
_LEADERS = re.compile(r"\s*(?:\.{3,}|…+)\s*")
_LATEX = re.compile(r"\$\\[a-zA-Z]+\$|\\textbullet\b")
SEPARATORS = ",;|•·●▪◦∙"
#: proficiency notes and fillers dropped from list items
_FILLER = re.compile(r"\s*\((?:basic|beginner|intermediate|advanced|expert|proficient|familiar|"
                     r"working knowledge|native|fluent)[^)]*\)|\s*\betc\b\.?|^\s*(?:and|&)\s+|"
                     r"^\s*(?:basic|beginner|intermediate|advanced|expert|proficient)\s*:\s*|"
                     r"(?:\s+[-–—]\s+|\s*(?:\.{2,}|…+)\s*)(?:\d+\+?\s*(?:years?|yrs?)|basic|beginner|"
                     r"intermediate|advanced|expert|proficient)\b.*$", re.I)
#: a spoken language rated in a skills grid: "Spanish - Native / Bilingual", "French - B2"
_SPOKEN_ROW = re.compile(r"^(.*?\S)\s+[-–—]\s+(?:native|mother tongue|bilingual|fluent|conversational|"
                         r"[ABC][12]|(?:full |limited )?professional working)\b", re.I)
#: a LinkedIn count of skills not shown ("+3 skills", "and 5 more")
_HIDDEN = re.compile(r"(?:\+\s*\d+|and\s+\d+)\s+(?:more\s+)?(?:skills?|more)", re.I)
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


_URL = re.compile(r"\s*(?:https?://|www\.|/|\.\.?/)\S*\s*$")


def _symbol(ch: str) -> bool:
    """An emoji, pictograph or joiner decorating a list item."""
    return ch in "\ufe0f\u200d" or (ord(ch) > 0x2000 and unicodedata.category(ch) in ("So", "Sk", "Cf"))


_TAG_WORD = re.compile(r"[A-Za-z0-9+#.]+")
_ALNUM = re.compile(r"[A-Za-z0-9+#]+")


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
    while start < end and (text[start] in junk or _symbol(text[start]) or (
            text.startswith("![", start))):  # emoji ("🐘 Postgres"), a badge's "![Go](...)"
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
        if ch == "\t" or (ch == " " and text.startswith("   ", i)) or (
                ch == "." and text.startswith(" . ", i - 1)):
            ch = ","  # columns of items; " . " dots between items
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in SEPARATORS or i == end):
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
    if m and m.start() > 0 and raw[m.start()] == "(" and raw[m.start() - 1].isalnum() and \
            _REVISION.fullmatch(m.group(1)):
        m = None  # "ICH-GCP E6(R2)": a revision glued to the name is part of it
    if m and _URL.match(m.group(1)):  # a link's or badge's target: "[Go](https://...)"
        return _item(text, start, start + m.start())
    if m:
        inner_s, inner_e = start + m.start(1), start + m.end(1)
        outer = _item(text, start, start + m.start())
        inner = text[inner_s:inner_e]
        if any(c in inner for c in SEPARATORS):
            # a sub-list of lower-case words the vocabulary does not know names qualifiers
            # ("Bartending (craft cocktails, wine, high volume)"), not skills
            subs = split_items(text, inner_s, inner_e)
            if subs and all(i.text.islower() and lookup_skill(i.text) is None for i in subs):
                return outer
            return outer + [_prefixed(outer, i) for i in subs]
        if _LANG_LEVEL.fullmatch(inner.strip()):  # "Spanish (native)": a spoken language
            return [i for i in outer if lookup_skill(i.text)]
        if re.fullmatch(r"\s*(?:basic|beginner|intermediate|advanced|expert|proficient|familiar|"
                        r"\d+\+? ?(?:years?|yrs?)).*", inner, re.I):
            return outer
        if len(inner.split()) <= 2:  # an alias ("(NLP)"), unless it names another known skill
            known = _distinct(outer, text[inner_s:inner_e])
            return outer + _item(text, inner_s, inner_e) if known else outer
        return outer + _item(text, inner_s, inner_e)
    spoken = _SPOKEN_ROW.match(raw)
    if spoken:  # "Spanish - Native / Bilingual": a spoken language row of a rated grid
        return [i for i in _item(text, start, start + spoken.end(1)) if lookup_skill(i.text)]
    cleaned = _FILLER.sub("", raw).strip()
    if not cleaned or _HIDDEN.fullmatch(cleaned):
        return []
    off = start + raw.find(cleaned) if cleaned in raw else start
    if cleaned in raw:
        start, end = off, off + len(cleaned)
    if "/" in cleaned and not _PHRASE.search(cleaned) and not _ACT_NUMBER.search(cleaned) \
            and _split_slash(cleaned):
        parts, pos = [], start
        pieces = cleaned.split("/")
        tail, head = _shared_tail(pieces), _shared_head(pieces)
        for k, piece in enumerate(pieces):
            for i in _item(text, pos, pos + len(piece)):
                if tail and i.text == piece.strip() and " " not in i.text:
                    i = Item(i.start, i.end, f"{i.text} {tail}")
                elif head and k == 1 and i.text == piece.strip():
                    i = Item(i.start, i.end, f"{head} {i.text}")
                parts.append(i)
            pos += len(piece) + 1
        return parts
    both = re.split(r"\s+(?:and|&|\+)\s+", cleaned)
    if len(both) == 2 and not lookup_skill(cleaned) and all(lookup_skill(p) for p in both):
        a = text.find(both[0], start, end)
        b = text.find(both[1], a + len(both[0]), end)
        return [Item(a, a + len(both[0]), both[0]), Item(b, b + len(both[1]), both[1])]
    return [Item(start, end, clean_markup(text[start:end]))]


def _shared_tail(pieces: list[str]) -> str:
    """The lower-case words after the last of two slashed codes or hyphenated modifiers that
    both share ("ABC/XYZ analysis", "peer-group / sum-of-parts valuation"), when the first
    alone is no known skill."""
    if len(pieces) != 2 or " " in pieces[0].strip() or lookup_skill(pieces[0].strip()):
        return ""
    m = re.fullmatch(r"\s*([A-Z0-9]{2,6})\s+([a-z][a-z ]{2,30})\s*", pieces[1])
    if m is None and _HYPHENATED.fullmatch(pieces[0].strip()):
        m = re.fullmatch(r"\s*([a-z]+(?:-[a-z]+)+)\s+([a-z][a-z ]{2,30})\s*", pieces[1])
    return m.group(2) if m else ""


def _shared_head(pieces: list[str]) -> str:
    """The vendor words before the first of two slashed codes that the second shares
    ("Zeiss SEM/FIB": Zeiss FIB), when the second alone is no known skill."""
    if len(pieces) != 2:
        return ""
    words, second = pieces[0].split(), pieces[1].strip()
    if len(words) < 2 or not _CODE.fullmatch(words[-1]) or not _CODE.fullmatch(second) or \
            lookup_skill(second) is not None:
        return ""
    return " ".join(words[:-1])


#: a revision glued to a name ("E6(R2)", "Python(3)"); a regulation's number and year
#: ("536/2014"); a hyphenated modifier ("comparable-company"); a short capital code ("TEM")
_REVISION = re.compile(r"[A-Za-z]?\d+(?:\.\d+)?[a-z]?")
_ACT_NUMBER = re.compile(r"(?<![\d.])\d{1,3}/(?:19|20)\d{2}\b|\b(?:19|20)\d{2}/\d{2,3}\b(?![\d.])")
_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def _prefixed(outer: list[Item], item: Item) -> Item:
    """A sub-list item named with its product's vendor word when that is a known skill: "MM"
    in "SAP S/4HANA (MM, EWM)" is SAP MM. The span stays the item's own."""
    if len(outer) != 1 or lookup_skill(item.text):
        return item
    vendor = outer[0].text.split()[0]
    known = lookup_skill(f"{vendor} {item.text}") if vendor != outer[0].text or (
        lookup_skill(vendor) is not None) else None  # "SAP (ECC, ...)": SAP ECC
    if known:
        return Item(item.start, item.end, f"{vendor} {item.text}")
    if lookup_skill(outer[0].text) is not None and (
            _MODULE_CODE.fullmatch(item.text) or (vendor == outer[0].text and _SUB_NAME.fullmatch(item.text))):
        # a module code of a known product ("SAP APO (DP, SNP)": SAP APO DP), or a named part of
        # a one-word product ("Epic (ClinDoc, Rover)": Epic Rover)
        return Item(item.start, item.end, f"{outer[0].text} {item.text}")
    return item


#: a module code ("DP", "QM", "SNP") and a one-word capitalized product part ("Rover")
_MODULE_CODE = re.compile(r"[A-Z]{2,4}")
_SUB_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?")


def _distinct(outer: list[Item], inner: str) -> bool:
    """Is a short parenthesis after a known skill another known skill ("ANSYS (FEA)"), not an
    alias of it ("Natural Language Processing (NLP)")?"""
    a = lookup_skill(outer[-1].text) if len(outer) == 1 else None
    b = lookup_skill(inner.strip())
    if a is None:  # "Inventory (BevSpot)": a named tool inside an unknown practice
        return b is not None and len(outer) == 1 and not _ACRONYM_OF(outer[0].text, inner)
    return b is not None and b.canonical != a.canonical


def _ACRONYM_OF(long: str, short: str) -> bool:
    """Is `short` the initials of `long` ("Clinical Decision Support (CDS)")?"""
    words = re.findall(r"[A-Za-z]+", long)
    caps = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words)  # "Risk-based monitoring (RBM)"
    return len(caps) >= 2 and short.strip().upper() == caps.upper() or (
        len(every) >= 2 and short.strip().upper() == every.upper())


def _split_slash(cleaned: str) -> bool:
    """Does "A/B" name two skills? Yes unless the whole is one known skill ("CI/CD", "TCP/IP");
    a pair written as one alias of either part ("MATLAB/Simulink") names both."""
    whole = lookup_skill(cleaned)
    if whole is None:
        return True
    parts = [lookup_skill(p) for p in cleaned.split("/")]
    if len(parts) != 2 or any(p is None for p in parts):
        return False
    names = {p.canonical for p in parts if p is not None}
    return len(names) == 2 and whole.canonical in names


def list_body(line: Line, in_list_section: bool) -> tuple[int, int, str] | None:
    """(start, end, label) of the list part of a line, or None when it is not a skills list.

    A label alone ("Frameworks:") is a sub-heading: (end, end, label), no items.
    """
    if not in_list_section and "\\" not in line.text and not _LABEL_GAP.search(line.text):
        return None  # outside a skills section only a labelled line is a list
    text = _LATEX.sub(lambda m: " " * len(m.group()), line.text)
    lead = len(text) - len(text.lstrip(" \t-–•●▪◦∙·*+>"))
    body = text[lead:]
    if in_list_section and re.fullmatch(r"[A-Za-z][\w &/+.()'-]{0,48}:\**\s*", body):
        return line.end, line.end, body.strip(" :*")
    if in_list_section and _HEADER_ROW.fullmatch(body):
        return line.end, line.end, ""  # "Category  Tools", "| Area | Tools (years) |": a header
    row = _TABLE_ROW.match(body)
    if row and "," in row.group("rest") and not any(c in row.group("label") for c in ",;"):
        label = row.group("label").strip(" *")  # "| ML | PyTorch (4), LightGBM (4) |"
        if _EXCLUDED_LABEL.search(label) or _DOMAIN_LABEL.match(label):
            return None
        if in_list_section or _SKILL_LABEL.search(label):
            return line.start + lead + row.start("rest"), line.end, label
    m = _LABEL.match(body)
    gap = body[m.end("label"):m.start("rest")] if m else ""
    if m and ":" not in gap and not _LEADERS.search(gap) and not _SKILL_LABEL.search(
            m.group("label")) and not _row_label(m.group("label"), gap, m.group("rest")):
        m = None  # "Python      Java": columns of items, not a label
    if m:
        label = m.group("label")
        if _EXCLUDED_LABEL.search(label) or _DOMAIN_LABEL.match(label.strip(" *")):
            return None
        if in_list_section or _SKILL_LABEL.search(label):
            s = line.start + lead + m.start("rest")
            return s, line.end, label
        return None
    if in_list_section:
        return line.start + lead, line.end, ""
    return None


#: the header row of a skills table: only column names
_HEADER_ROW = re.compile(r"[|\s]*(?:(?:skill\s+)?(?:category|categories|area|areas|domain|type|group|"
                         r"tools?|skills?|technolog(?:y|ies)|years?|level|proficiency|experience)"
                         r"(?:\s*\((?:years?|yrs?|level)\))?[|\s]*){1,4}", re.I)


#: a markdown table row whose first cell is a label: "| Data | Spark (4), Airflow (4) |"
_TABLE_ROW = re.compile(r"\|\s*(?P<label>[A-Za-z][^|]{0,40}?)\s*\|\s*(?P<rest>[^|\s].*)$")


def _row_label(label: str, gap: str, rest: str) -> bool:
    """The first cell of a two-column skills table row ("ERP / Planning <tab> SAP ECC, Kinaxis",
    "| ML | PyTorch (4), LightGBM (4) |"): a cell without separators before a tab or a cell
    rule, followed by a comma list."""
    return ("\t" in gap or "|" in gap) and "," in rest and not any(c in label for c in ",;")


def tag_line_skills(text: str, line: Line, found: list[SkillMatch] | None = None
                    ) -> list[tuple[int, int, str, str]] | None:
    """Skills of a tag line ((start, end, name, category) each), or None when it is not one.

    `found` are the vocabulary matches of the line when already known.
    """
    if found is not None and len(found) < 2:
        return None
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


def list_item(text: str, it: Item, known_only: bool = False
               ) -> Iterator[tuple[int, int, str, str, float]]:
    """A list item as one skill. An item the vocabulary does not know is kept as written when it
    reads as a name; a phrase ("Proficient in Python") gives its vocabulary matches only, and so
    does every item under a spoken-languages label (`known_only`)."""
    known = lookup_skill(it.text)
    if known_only:  # spoken languages: only a programming language listed among them counts
        if known and _programming(known.category):
            yield it.start, it.end, known.canonical, known.category, 0.9
        return
    if known:
        yield it.start, it.end, known.canonical, known.category, 0.9
    elif not known_only and len(it.text.split()) <= 4 and len(it.text) <= 40 and re.search(
            r"[A-Za-z]", it.text) and not _PHRASE.search(it.text):
        name = _DEVICE_TAIL.sub("", it.text) if it.text[:1].isupper() else it.text
        if len(name) > 3 or name == it.text:  # "BD pumps": a vendor's devices, no product name
            yield it.start, it.end, name, "", 0.8
    else:
        for m in find_skills(text, it.start, it.end):
            yield m.start, m.end, m.canonical, m.category, 0.75


def _programming(category: str) -> bool:
    return category.lower() in ("programming-language", "language")


#: a generic lower-case device noun after a product name ("Philips IntelliVue monitors")
_DEVICE_TAIL = re.compile(r"(?<=\w)\s+(?:monitors|pumps|devices|machines|scanners|cabinets|"
                          r"handhelds|terminals|units)$")


def is_skill_label(label: str) -> bool:
    """A label that announces skills ("Computer skills", "Tools I use daily", "Frameworks") and
    not interests, courses or certifications.

    >>> is_skill_label("Tools I use daily"), is_skill_label("Relevant Coursework")
    (True, False)
    """
    return bool(_SKILL_LABEL.search(label)) and not _EXCLUDED_LABEL.search(label)


def is_spoken_label(label: str) -> bool:
    """A label of spoken languages ("Languages", "Spoken Languages"): only vocabulary items count.

    >>> is_spoken_label("Spoken Languages"), is_spoken_label("Programming Languages")
    (True, False)
    """
    return bool(_SPOKEN.match(label))
