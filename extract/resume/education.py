"""Education: studied-at facts (degree as `title`, field and GPA as attrs, dates) from the
education section only, plus located-in for a printed institution location.

Shapes read: "Degree, Field, Institution (GPA: x)" on one line; an "Institution, City" line with
the degree line after it (or before it); "Institution / Institution" (one fact each);
"Degree — Institution — 2015–2019"; "PhD in X, University, 2018". Lines that are neither an
institution nor a degree of an entry (ranks, honours, coursework) give nothing.

>>> from extract.pipeline import build_context
>>> from ontology import Document
>>> text = "EDUCATION\\n- MSc in Applied Physics, Northfield University, 2012 - 2014 (GPA: 3.9/4)\\n"
>>> [(f.object.name, f.title, f.start, f.end, f.attrs)
...  for f in extract_education(build_context(Document(id="d", text=text)))]
... # doctest: +NORMALIZE_WHITESPACE
[('Northfield University', 'MSc in Applied Physics', '2012', '2014',
  {'field': 'Applied Physics', 'gpa': '3.9/4'})]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from extract.context import DocContext, Line
from extract.registry import register
from extract.resume.common import (
    clean_markup,
    clean_title,
    is_bullet,
    is_page_furniture,
    is_page_marker,
    is_place,
    is_remote,
    known_org,
    make_fact,
    mark_gaps,
    org_mention,
    org_score,
    org_type,
    peel_place,
    place_mention,
    strip_bullet,
    title_score,
)
from extract.resume.coursecerts import course_credentials
from extract.resume.edurows import (
    caps_name,
    clean_degree,
    clean_school,
    credential_label,
    is_cert_heading,
    is_certification,
    is_grade_note,
    is_membership,
    unit_of,
    unit_pair,
)
from extract.resume.eduwrap import acronym_of, hyphen_joins, sidebar_joins
from extract.resume.rirekisho import studies
from extract.resume.skilllists import is_skill_label
from ontology import EntityType, Fact, Predicate, fold

__all__ = ["extract_education", "find_degree", "is_institution", "split_degree"]

NAME = "resume.education.v1"

_DEGREE = re.compile(
    r"(?i)\b(?:bachelor|master|doctor(?:ate)?|ph\.?\s?d|d\.?\s?phil|m\.?\s?phil|mba|b\.?\s?tech|"
    r"m\.?\s?tech|b\.?\s?eng|m\.?\s?eng|b\.?\s?sc|m\.?\s?sc|b\.?\s?com|diploma|certificate|"
    r"specialization|specialisation|nanodegree|apprenticeship|high school|secondary school|a-levels|"
    r"postgraduate|associate(?:'s)? degree|engineer['’]s degree|licen[cs]iate|juris doctor|llb|llm|"
    r"diplom(?:-[a-z]+)?|dipl\.-[a-z]+\.?|abitur|magister|staatsexamen|matura|baccalaur[ée]at)\b"
    r"|\b(?:B|M)\.?\s?(?:S|A|E|Sc)\.?(?=\s|,|$)|\b(?:BS|MS|BA|MA|BE|ME|PhD|MD|JD)\b"
    r"|\b(?:J\.\s?D|LL\.\s?[BM]|M\.\s?D|A\.\s?A\.\s?S|A\.\s?[AS])\.(?=\s|,|$)")
_GPA = re.compile(r"(?i)\(?\s*\b(?:(?:final|overall|average)\s+)?(?:c?gpa|cpi|cgpa|grade|score)\s*[:\-]?\s*"
                  r"([0-9]+(?:\.[0-9]+)?(?:\s*/\s*[0-9]+(?:\.[0-9]+)?)?%?)\s*\)?")
#: the European Qualifications Framework level printed beside a Europass degree
_EQF = re.compile(r"(?i)[\s,|]*\bEQF\s+level\s+\d\b")
_MOOC = frozenset({"coursera", "edx", "udacity", "udemy", "deeplearning.ai", "khan academy",
                   "datacamp", "fast.ai", "linkedin learning", "pluralsight", "nptel",
                   "codecademy", "mit opencourseware", "futurelearn"})
_FIELD = re.compile(r"(?i)^(.*?\b(?:of|in)\s+(?:science|arts|engineering|technology|"
                    r"business administration|philosophy|laws?|education|commerce))\b[\s,]*"
                    r"(?:in\s+)?(.*)$|^(.*?)\s+in\s+(.+)$")


#: a school word: "Computer Engineering at University of Waterloo" splits before it
_SCHOOL = re.compile(r"(?i)\b(?:universit\w*|college|institut\w*|school|academy|polytechnic\w*|"
                     r"hochschule|[ée]cole|escola|escuela|conservatoire|seminary)\b")
#: "Field at School", "Degree from School": the field or degree before, the school after
_AT_SCHOOL = re.compile(r"^(?P<left>.+?)\s+(?:at|from)\s+(?P<right>(?:the\s+)?[A-Z].+)$")
#: a course code ("(15-445)", "CS 229"): a course, never a school
_COURSE_CODE = re.compile(r"\(\s*[A-Z]{0,5}\s?\d{2,3}[-.]\d{2,4}\s*\)|\b[A-Z]{2,5}\s?\d{3}[A-Z]?\b")
#: labels of lines that list courses or subjects, not schools
_COURSE_LABEL = re.compile(r"(?i)^\W*(?:relevant\s+|selected\s+|core\s+|key\s+)?(?:course\s*work|courses|"
                           r"modules|subjects|classes|principal subjects)\b")
#: names of writing outlets: a blog post listed near education is not a school
_OUTLET = re.compile(r"(?i)\b(?:blog|newsletter|podcast|magazine|substack|medium)\s*$")
#: a trailing abbreviation in parentheses: "Technische Universität München (TUM)" -> the name
_ABBREV = re.compile(r"\s*\((?=[^()]*[A-Z][^()]*[A-Z])[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*)?\)\s*$")
#: profile-page fields of an education entry that are not the entry (Europass/LinkedIn)
_UI_LINE = re.compile(r"(?i)^(?:grade\s*:\s*[A-Za-z]|activities and societies\s*:|skills\s*:)")
_NOTE = re.compile(r"^[A-Z][\w &/'-]{0,30}:\s")
#: a thesis or dissertation line of an entry ("Diploma thesis at IRT", "Master's thesis: ...")
_THESIS = re.compile(r"(?i)^\W*(?:[\w.-]+(?:['’]s)?\s+){0,2}(?:thesis|dissertation)\b")
#: field-per-line records of ATS exports: "School Name: X", "Degree: Y", "Graduation Date: Z"
_FIELD_LINE = re.compile(
    r"(?i)^\s*(?P<label>(?:school|college|university|institution|institute)(?:\s+name)?|"
    r"degree(?:\s+(?:type|name|earned|received))?|qualification|"
    r"(?:graduation|completion|award|conferral)\s+date|date\s+(?:graduated|completed|awarded)|"
    r"graduated|dates?\s+attended|attended)\s*:\s*(?P<value>\S.*)$")
#: "City, ST United States" (USAJobs): a place with the country glued on
_PLACE_COUNTRY = re.compile(r"^(?P<place>.+?,\s*[A-Z]{2})\s+(?:United States(?: of America)?|USA|US|"
                            r"Canada)$")
#: a field of study after a degree ("..., Information Technology"): not a school
_FIELD_WORDS = re.compile(r"(?i)\b(?:technology|engineering|science|sciences|studies|mathematics|"
                          r"management|administration|informatics|economics|design|arts|policy|systems|"
                          r"commerce|"
                          r"accounting|finance|statistics|psychology|biology|physics|chemistry)\b")
_GAP2 = re.compile(r"(?<=[^\s,]) {2}(?=[A-Z])")
#: a school or college inside a university ("Mendoza College of Business")
_SUB_SCHOOL = re.compile(r"(?i)\b(?:college|school|faculty|department)\s+of\b|\bgraduate school\b")
_ISSUED = re.compile(r"(?i)^\s*(?:issued|completed|earned|awarded)\s+(?=\S)")
_EUROPASS_LABEL = re.compile(
    r"(?i)^\s*(?P<label>dates?|title of (?:the )?qualification(?: awarded)?|"
    r"name and type of (?:the )?organi[sz]ation(?: providing education and training)?|"
    r"principal subjects(?:\s*/\s*occupational skills covered)?|"
    r"level in (?:the )?national(?: or international)? classification|"
    r"level of (?:the )?(?:eqf|qualification))(?:\s{2,}|\t+|\s*:\s*)(?P<value>\S.*)?$")


#: a school named with a school-level word ("Green Mountain High School"): a school, though
#: "high school" alone names a degree level
#: secondary schools named in other languages ("Lycée Pasteur", "Grafisch Lyceum Rotterdam")
_SECONDARY = re.compile(r"(?i)\b(?:lyc[ée]e|lyceum|liceo|liceum|gymnasium|gimnazjum|colegio)\b")
#: a name with a gloss of several words in parentheses after it
_GLOSS = re.compile(r"(?P<name>[^()]+?)\s*\((?P<gloss>[^()]+)\)")
#: a degree's class or honours, never a school ("First Class Honours", "mention Bien")
_HONOURS = re.compile(r"(?i)\b(?:honou?rs|cum laude|distinction|first class|second class|"
                      r"upper division|lower division|mention)\b")
#: a line broken after a connecting word ("London School of" / "  Hygiene & Tropical Medicine")
_DANGLING = re.compile(r"(?i)(?:\b(?:of|and|for|de|du|des|et|the|la|le|di|da|do|der|für)|&)\s*$")
_NAMED_SCHOOL = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,5}(?:(?:Senior|Junior)\s+)?(?:High|Secondary|"
                           r"Grammar|Middle)\s+School$")
#: a campus note beside a school ("Campus Monterrey", "Breckenridge & Dillon campus")
_CAMPUS = re.compile(r"(?i)^(?:campus\s+\S.*|[\w .&'-]{0,40}\bcampus(?:es)?)$")
#: an exchange or study-abroad label before its host school ("Exchange semester: KIT")
_EXCHANGE = re.compile(r"(?i)^\W*(?P<label>(?:exchange|study abroad|visiting|erasmus)[\w +-]{0,30}?)"
                       r"\s*:\s*(?P<rest>\S.*)$")


def is_institution(text: str) -> bool:
    """A university, college, school, MOOC provider or other organization name: a name written
    with a capital, not a course ("Distributed Systems (15-440)"), a course list or a blog."""
    c = caps_name(clean_markup(text).strip(" ,"))
    if _NAMED_SCHOOL.match(c) or (_SECONDARY.search(c) and c[:1].isupper() and not find_degree(c)
                                   and len(c.split()) <= 8):
        return True
    g = _GLOSS.fullmatch(c) if c.endswith(")") else None
    if g is not None and _SCHOOL.search(g["gloss"]) and _proper_school(g["name"]):
        return True  # "AgroParisTech (Institut des sciences ...)": glossed as a school
    if not c or find_degree(c) or len(c.split()) > 10:
        return False
    if fold(c) in _MOOC or known_org(c):
        return True
    if not any(w[:1].isupper() for w in c.split()) or _COURSE_CODE.search(c) or \
            _COURSE_LABEL.match(c) or _OUTLET.search(c):
        return False
    return org_type(c) is EntityType.EDUCATIONAL_ORGANIZATION or org_score(c) >= 1.0


def _school_name(name: str) -> str:
    """An institution as named, without a trailing abbreviation ("(TU Graz)") or a gloss of
    several words in parentheses ("AgroParisTech (Institut des sciences ...)")."""
    short = _ABBREV.sub("", name)
    if short and short != name:
        return short
    g = _GLOSS.fullmatch(name)
    if g is not None and len(g["gloss"].split()) >= 2 and _proper_school(g["name"]):
        return g["name"]
    return name


def _proper_school(name: str) -> bool:
    """A capitalized name of at most six words (not a degree): the school a gloss follows."""
    return name[:1].isupper() and len(name.split()) <= 6 and not find_degree(name)


def find_degree(text: str) -> bool:
    return bool(_DEGREE.search(text))


def split_degree(title: str) -> tuple[str, str | None]:
    """(degree, field) of a printed degree.

    >>> split_degree("Master of Science, Computer Science")
    ('Master of Science', 'Computer Science')
    >>> split_degree("PhD in Marine Biology")
    ('PhD', 'Marine Biology')
    >>> split_degree("Bachelor of Engineering in Civil Engineering")
    ('Bachelor of Engineering', 'Civil Engineering')
    """
    head, _, rest = title.partition(",")
    if rest.strip() and find_degree(head):
        return head.strip(), rest.strip()
    m = _FIELD.match(title)
    if m and m.group(1) and m.group(2):
        return m.group(1).strip(), m.group(2).strip()
    if m and m.group(3) and m.group(4) and find_degree(m.group(3)):
        return m.group(3).strip(), m.group(4).strip()
    return title, None


@dataclass
class _Entry:
    insts: list[str] = field(default_factory=list)
    inst_line: Line | None = None
    title: str | None = None
    lines: list[Line] = field(default_factory=list)
    place: str | None = None
    start: str | None = None
    end: str | None = None
    gpa: str | None = None
    inherited: bool = False  # a degree line that took the institution of the entry above


def _read_line(s: str) -> tuple[list[str], str | None, str | None, str | None, list]:
    """(institutions, degree text, place, gpa, date ranges) printed on one line."""
    from extract.dates import strip_dates

    ex = _EXCHANGE.match(s)
    if ex:  # "Exchange semester: Karlsruhe Institute of Technology (KIT), Germany — 2013"
        insts, title, place, gpa, ranges = _read_line(ex["rest"])
        return insts, (title if insts and title and find_degree(title) else ex["label"].strip()
                       ) if insts else title, place, gpa, ranges
    gpa = _GPA.search(s)
    s = _GPA.sub(" ", s) if gpa else s
    rest, ranges = strip_dates(s)
    rest = re.sub(r"\(\s*\)", "", rest).strip(" ,|-–—")
    insts: list[str] = []
    degree: list[str] = []
    place = None
    for chunk in re.split(r"\s+[|–—·]\s+|\s+-\s+", rest):
        chunk = chunk.strip(" ,|-–—")
        if is_grade_note(chunk) or acronym_of(chunk, rest[rest.find(chunk) + len(chunk):]):
            continue  # "MEAN GRADE B+": a school-leaving grade; "PIT – Prairie Institute ...".
        chunk = credential_label(chunk)  # "Additional Qualification: Special Education, X"
        if _NOTE.match(chunk) and not find_degree(chunk.partition(":")[0]):
            continue  # "Senior design: ...", "Thesis: ...": a note on the entry
        if _is_place(chunk) and (insts or degree):
            glued = _PLACE_COUNTRY.match(chunk) if not is_place(chunk) else None
            place = place or (glued["place"] if glued else chunk)  # "Adelphi, MD United States"
            continue
        chunk, pl = peel_place(chunk)
        place = place or pl
        for p in (p.strip() for p in re.split(r",\s*", chunk) if p.strip()):
            if _NOTE.match(p) and not find_degree(p.partition(":")[0]):
                continue
            at = _AT_SCHOOL.match(p) if not insts else None
            if at and _SCHOOL.search(at["right"]) and not _SCHOOL.search(at["left"]) and \
                    is_institution(at["right"]):  # "Computer Engineering at University of X"
                degree.append(at["left"])
                insts.append(_school_name(re.sub(r"^the\s+", "", at["right"])))
                continue
            alts = [a.strip() for a in re.split(r"\s+/\s+", p) if a.strip()]
            if insts and _CAMPUS.match(p) and not _SCHOOL.search(p):
                continue  # "Campus Monterrey": a campus of the school named before
            if degree and _FIELD_WORDS.search(p) and not _SCHOOL.search(p) \
                    and not known_org(p) and find_degree(degree[-1] if insts else degree[0]) and (
                    not insts or len(degree) == 1):
                degree.append(p)  # "Dipl.-Ing. Electrical Engineering, Information Technology",
                # "Georgia Tech — B.S., Industrial & Systems Engineering"
            elif alts and all(is_institution(_school_name(a)) or is_institution(a) for a in alts):
                insts.extend(_school_name(a) for a in alts)
            elif insts and is_place(p) and not find_degree(p):
                place = place or p
            elif not insts or find_degree(p):
                degree.append(p)
    if len(insts) > 1 and any(re.search(r"(?i)universit", i) for i in insts):
        # "University of X, Y College of Business": the school inside studied at is the university
        insts = [i for i in insts if not (_SUB_SCHOOL.search(i) and not re.search(r"(?i)universit", i))]
    if not insts and len(degree) > 1 and find_degree(degree[0]):
        named = [_school_name(p) for p in degree[1:] if _proper_name(_school_name(p)) and not (
            _FIELD_WORDS.search(p) and not _SCHOOL.search(p))]  # "..., Information Technology"
        if named:
            insts, degree = named[:1], [p for p in degree if _school_name(p) != named[0]]
    return insts, _as_printed(rest, degree, insts), place, \
        gpa.group(1).replace(" ", "") if gpa else None, ranges


def _place_gap(s: str) -> str:
    """A two-space gap before a trailing place ("Frederick Community College  Frederick, MD")
    widened to a field gap, so the city is not read as part of the school's name."""
    for m in reversed(list(_GAP2.finditer(s))):
        if _is_place(s[m.end():].strip()):
            return s[:m.start()] + "   " + s[m.end():]
    return s


def _is_place(chunk: str) -> bool:
    """`is_place`, also for "City, ST United States" with the country glued on."""
    if is_place(chunk):
        return True
    m = _PLACE_COUNTRY.match(chunk)
    return m is not None and is_place(m["place"])


def _as_printed(rest: str, degree: list[str], insts: list[str]) -> str | None:
    """The degree text as printed ('Bachelor of Science - BS, Computer Science'), or its parts
    joined with commas when an institution sits between them."""
    if not degree:
        return None
    a = rest.find(degree[0])
    b = rest.find(degree[-1], max(a, 0))
    span = rest[a:b + len(degree[-1])] if a >= 0 and b >= 0 else ""
    if span and not any(i in span for i in insts) and not re.search(r"\s[|·]\s", span):
        return clean_title(span)
    return clean_title(", ".join(degree))


def _proper_name(p: str) -> bool:
    """Two or more capitalised words, not a field of study made of generic words."""
    from extract.resume.common import is_unit

    words = p.split()
    if _HONOURS.search(p):
        return False
    return (len(words) >= 2 and all(w[0].isupper() or w in ("of", "de", "do", "da", "di", "the")
                                    for w in words)
            and not is_unit(p + " department") and not is_place(p) and not find_degree(p))


@dataclass
class _Row:
    """One non-empty line of an education section, read and classified.

    kind: I (names an institution), D (a degree, no institution), T (other text), G (only a
    GPA and/or dates)."""

    line: Line
    insts: list[str]
    title: str | None
    place: str | None
    gpa: str | None
    ranges: list
    kind: str
    bullet: bool


def _rows(ctx: DocContext, start: int, end: int) -> list[_Row]:
    from extract.context import iter_lines

    rows: list[_Row] = []
    wrap = ""  # "," when a skipped course list goes on, "indent" when its wrapped lines are indented
    certs = False
    for ln in _unwrapped(ctx.text, iter_lines(ctx.text, start, end)):
        lab = _EUROPASS_LABEL.match(ln.text)
        if lab:  # Europass label column: the value only; subjects and levels are no entry
            if not lab["value"] or re.match(r"(?i)principal|level", lab["label"]):
                wrap = "indent" if lab["value"] and lab["label"][:1] in "Pp" else ""
                continue
            text = lab["value"]
        else:
            text = ln.text
            fld = _FIELD_LINE.match(text)
            if fld:  # "School Name: Texas A&M University": the value is the entry's line
                text = fld["value"]
        if not lab and ln.text.strip() and (wrap == "," or (
                wrap == "indent" and ln.text[:1] in " \t")):
            wrap = "," if ln.text.rstrip().endswith(",") else wrap if wrap == "indent" else ""
            continue  # the wrapped part of a course or subject list
        wrap = ""
        if ln.text[:1] == "#" and is_skill_label(ln.text.strip("# ")) and not title_score(
                ln.text.strip("# ")):
            break  # "## Software & methods": a skills heading the splitter did not know
        if is_cert_heading(ln.text):  # "Licenses & certifications" inside the section: only
            certs = True  # course certificates of schools and course platforms are education
            continue
        s = clean_markup(mark_gaps(_place_gap(strip_bullet(text))))
        if not s or is_page_marker(ln.text) or is_page_furniture(s) or _UI_LINE.match(s):
            continue
        if _THESIS.match(s) or is_membership(s):
            continue  # a note on the degree above, never a degree or school of its own
        if _COURSE_LABEL.match(s) or re.match(r"^[\"“][^\"”]{8,}[\"”]", s):
            wrap = "," if s.rstrip().endswith(",") else ""
            continue  # course lists; a titled piece of writing ("\"Title\" — Blog, 2021")
        s = _ISSUED.sub("", s)
        s = _EQF.sub("", s).strip(" ,|")
        insts, title, place, gpa, ranges = _read_line(s)
        if certs and insts and not any(fold(i) in _MOOC or _SCHOOL.search(i) for i in insts):
            continue  # "Google Cloud" under a certification: a vendor, not a school
        kind = "I" if insts else "D" if title and find_degree(title) else "T" if title else "G"
        bullet = ln.text.lstrip().startswith(("-", "•", "*", "–"))
        rows.append(_Row(ln, insts, title, place, gpa, ranges, kind, bullet))
    return rows


def _unwrapped(text: str, lines) -> Iterator[Line]:
    """Lines with a name broken after a connecting word joined to their indented next line
    ("... -- London School of" / "  Hygiene & Tropical Medicine ..... 2019"): one line spanning
    both."""
    lines = list(lines)
    i = 0
    while i < len(lines):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and nxt.text[:1] in " \t" and nxt.text.strip() and ln.text.strip() \
                and _DANGLING.search(ln.text):
            yield Line(ln.text.rstrip() + " " + nxt.text.strip(), ln.start, nxt.end)
            i += 2
            continue
        if nxt is not None and hyphen_joins(ln.text, nxt.text):  # "Institute of Tech-" / "nology"
            yield Line(ln.text.rstrip()[:-1] + nxt.text.strip(), ln.start, nxt.end)
            i += 2
            continue
        j = i + 1  # a sidebar wrap: "Master of Science" / "in Marine" / "Biology"
        while j < len(lines) and sidebar_joins(lines[j - 1].text, lines[j].text,
                                               find_degree(ln.text)):
            ln = Line(ln.text.rstrip() + " " + lines[j].text.strip(), ln.start, lines[j].end)
            j += 1
        yield ln
        i = j


def _step(entries: list[_Entry], cur: _Entry | None, r: _Row,
          degree_first: bool) -> _Entry | None:
    """The entry row `r` belongs to (opening a new one when it starts one), or None."""
    if r.kind == "I":
        if cur is not None and not r.title and ((degree_first and not cur.insts) or (
                cur.inherited and len(cur.lines) == 1)):
            # the institution of a degree printed above it ("Certificate" / "Coursera")
            cur.insts, cur.inst_line, cur.place = r.insts, r.line, r.place
            cur.inherited = False
            cur.lines.append(r.line)
            return cur
        entries.append(_Entry(insts=r.insts, inst_line=r.line, place=r.place, title=r.title,
                              lines=[r.line]))
        return entries[-1]
    if r.kind == "D":
        if cur is None or degree_first or cur.title:  # a new degree (at the same institution)
            prev = cur if cur is not None and not degree_first else None
            entries.append(_Entry(insts=list(prev.insts) if prev else [], title=r.title,
                                  inst_line=prev.inst_line if prev else None,
                                  place=prev.place if prev else None, lines=[r.line],
                                  inherited=prev is not None))
            return entries[-1]
        cur.title = r.title
        cur.lines.append(r.line)
        return cur
    if r.kind == "T":  # the line right under an institution names its credential
        if cur is not None and cur.title is None and len(cur.lines) == 1 and not r.bullet \
                and not (r.ranges and (cur.start or cur.end)):
            cur.title = r.title
            cur.lines.append(r.line)
            return cur
        return None
    return cur


def _entries(ctx: DocContext, start: int, end: int) -> list[_Entry]:
    """Entries of an education section: each starts at an institution line (or at a degree
    line when the section prints degrees before institutions)."""
    rows = _rows(ctx, start, end)
    degree_first = next((r.kind for r in rows if r.kind in "ID"), "I") == "D"
    entries: list[_Entry] = []
    cur: _Entry | None = None
    early: list = []  # a date line printed before its entry
    for r in rows:
        if r.kind == "G" and r.ranges and (cur is None or cur.start or cur.end):
            early = r.ranges
            continue
        target = _step(entries, cur, r, degree_first)
        if target is None:
            if cur is not None and r.ranges and cur.start is None and cur.end is None and \
                    not r.bullet and cur.lines and r.line.start - cur.lines[-1].end <= 2:
                # "Online program, graduated May 2018": the dates of the entry above
                cur.start, cur.end = _range(r.ranges)
            continue
        cur = target
        ranges = r.ranges or (early if r.kind in "ID" else [])
        if r.kind in "ID":
            early = []
        if ranges and cur.start is None and cur.end is None:
            cur.start, cur.end = _range(ranges)
        if r.gpa and cur.gpa is None:
            cur.gpa = r.gpa
    return [e for e in entries if e.insts]


def _range(ranges: list) -> tuple[str | None, str | None]:
    r = next((x for x in ranges if x.end), ranges[0])
    if r.end is None:  # a single year is the graduation year
        return None, r.start
    return r.start, r.end


@register(NAME, kinds=("resume",))
def extract_education(ctx: DocContext) -> list[Fact]:
    """studied-at (degree title, field, GPA, dates) and located-in facts."""
    facts: list[Fact] = []
    if not ctx.sections_named("education"):
        facts += _loose_degrees(ctx)
    facts += course_credentials(ctx, _MOOC, NAME)
    for sec in ctx.sections_named("education"):
        for e in _entries(ctx, sec.start, sec.end):
            a = min(ln.start for ln in e.lines)
            b = max(ln.end for ln in e.lines)
            attrs = {}
            if e.title:
                e.title = clean_degree(e.title)
                if is_certification(e.title) and not (find_degree(e.title) and any(
                        _SCHOOL.search(i) for i in e.insts)):
                    continue  # "Professional Scrum Master I, Scrum.org": a certification
                _, fld = split_degree(e.title)
                if fld:
                    attrs["field"] = fld
            if e.gpa:
                attrs["gpa"] = e.gpa
            conf = 0.9 if e.title and find_degree(e.title) else 0.7
            e.insts = [clean_school(i) for i in e.insts]
            if len(e.insts) > 1 and any(fold(i) in _MOOC for i in e.insts):
                e.insts = [i for i in e.insts if fold(i) in _MOOC]  # not the partner school
            pair = unit_pair(e.insts)
            if pair is not None:  # the institute studied at, part of the university after it
                e.insts = [pair[0]]
                facts.append(make_fact(ctx, Predicate.PART_OF, org_mention(pair[1]), (a, b), NAME,
                                       0.75, subject=org_mention(pair[0])))
            for inst in e.insts:
                etype = EntityType.ORGANIZATION if fold(inst) in _MOOC else None
                obj = org_mention(inst, etype)
                facts.append(make_fact(ctx, Predicate.STUDIED_AT, obj, (a, b), NAME, conf,
                                       title=e.title, start=e.start, end=e.end, attrs=attrs))
                parent = unit_of(inst)
                if parent is not None:  # "Escola Politécnica da Universidade de X"
                    facts.append(make_fact(ctx, Predicate.PART_OF, org_mention(parent), (a, b),
                                           NAME, 0.75, subject=obj))
                if e.place and not is_remote(e.place) and e.inst_line is not None:
                    ln = e.inst_line
                    facts.append(make_fact(ctx, Predicate.LOCATED_IN, place_mention(e.place),
                                           (ln.start, ln.end), NAME, 0.8, subject=obj))
    seen = {fold(f.object.name) for f in facts if f.predicate is Predicate.STUDIED_AT}
    for school, title, start, end, span in studies(ctx.text):  # "2010/04  Entered X" rows
        if fold(school) not in seen and is_institution(school):
            facts.append(make_fact(ctx, Predicate.STUDIED_AT, org_mention(school), span, NAME,
                                   0.8, title=title, start=start, end=end))
    return facts


def _loose_degrees(ctx: DocContext) -> list[Fact]:
    """A document without an education section (a profile README, a one-page bio list): a
    bullet of its header or summary that names a degree and a school ("- 🎓 B.Sc. Physics,
    University of Ghana (2016)")."""
    facts: list[Fact] = []
    for sec in ctx.sections_named("header", "summary", "other"):
        for ln in ctx.lines(sec):
            if not is_bullet(ln.text) or not find_degree(ln.text):
                continue
            s = clean_markup(mark_gaps(strip_bullet(strip_bullet(ln.text))))  # "- 🎓 ..."
            insts, title, _, _, ranges = _read_line(s)
            if len(insts) != 1 or not title or not find_degree(title) or len(title.split()) > 8:
                continue
            start, end = _range(ranges) if ranges else (None, None)
            facts.append(make_fact(ctx, Predicate.STUDIED_AT, org_mention(insts[0]),
                                   (ln.start, ln.end), NAME, 0.7, title=title, start=start, end=end))
    return facts
