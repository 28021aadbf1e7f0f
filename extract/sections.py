"""Split a resume into canonical sections by its headings.

Heading styles recognised: markdown headings (``#`` .. ``######``), bold-only lines
(``**Education**``), ALL-CAPS lines, title-case lines and lines ending with ``:``. Only a heading
whose text names a known section starts a section; any other heading (``## ML Engineer``,
``#### Acme Corp``) stays inside the body of the current section. Text before the first heading
is the ``header`` section.

>>> [(s.name, s.heading) for s in split_sections("Jane Roe\\n\\nEXPERIENCE\\nEngineer\\n"
...                                              "## Education\\nBSc")]
[('header', ''), ('experience', 'EXPERIENCE'), ('education', '## Education')]
>>> section_name("Relevant Work Experience:")
'experience'
>>> section_name("Research Project", strict=True) is None
True
>>> heading_text("W O R K   E X P E R I E N C E")
'WORK EXPERIENCE'

"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.context import Line, Section, iter_lines

__all__ = ["split_sections", "section_name", "heading_text", "known_headings", "heading_columns",
           "column_lines", "column_extent"]

# canonical -> exact variants (lower case, '&' read as 'and'); used when no gazetteer file is there
_VARIANTS: dict[str, tuple[str, ...]] = {
    "experience": ("experience", "work experience", "professional experience", "employment",
                   "employment history", "work history", "career history", "professional history",
                   "relevant experience", "industry experience", "research experience",
                   "experiences", "career", "positions", "professional background",
                   "work", "internships", "internship experience", "teaching experience",
                   "academic experience", "research and work experience",
                   "research positions", "appointments", "academic appointments",
                   "practice", "professional practice", "experience professionnelle",
                   "experiences professionnelles", "parcours professionnel",
                   # a timeline split by tense ('NOW' over 'BEFORE', 'CURRENT' over 'PREVIOUSLY')
                   "now", "before", "earlier", "previously", "current", "current position",
                   "current positions", "previous positions", "past positions"),
    "education": ("education", "academic details", "academic background", "academics",
                  "education and training", "educational background", "qualifications",
                  "academic qualifications", "educational qualifications", "degrees",
                  "education and certifications", "academic history", "studies", "formation",
                  "formations", "diplomes"),
    "skills": ("skills", "technical skills", "core skills", "key skills", "skill set", "skillset",
               "core competencies", "competencies", "technologies", "competences", "tools and technologies",
               "technical expertise", "expertise", "areas of expertise", "tech stack",
               "programming languages", "skills and interests", "skills and tools",
               "technical proficiencies", "proficiencies", "tools"),
    "publications": ("publications", "selected publications", "papers", "research papers",
                     "publications and talks", "peer reviewed publications", "preprints",
                     "conference papers", "journal articles", "bylines", "selected bylines",
                     "selected articles", "articles", "selected clips", "clips"),
    "patents": ("patents", "patent", "patents and publications", "inventions"),
    "projects": ("projects", "personal projects", "academic projects", "selected projects",
                 "key projects", "side projects", "open source", "open source projects",
                 "open source contributions", "research projects", "course projects"),
    "awards": ("awards", "honors", "honours", "awards and honors", "awards and honours",
               "honors and awards", "honours and awards", "achievements", "accomplishments",
               "awards and achievements", "scholarships", "recognition", "awards and recognition",
               "scholastic achievements", "fellowships"),
    "certifications": ("certifications", "certificates", "certification", "licenses",
                       "licenses and certifications", "licences and certifications",
                       "credentials"),
    "courses": ("courses", "coursework", "relevant coursework", "courses undertaken",
                "online courses", "training", "trainings", "courses and certifications"),
    "interests": ("interests", "hobbies", "hobbies and interests", "research interests",
                  "personal interests", "activities", "extracurricular activities",
                  "extra curricular activities", "centres d interet"),
    "summary": ("summary", "profile", "professional summary", "about", "about me", "objective",
                "career objective", "overview", "profil", "executive summary", "career summary",
                "personal statement", "bio", "biography", "introduction", "highlights"),
    "talks": ("talks", "presentations", "invited talks", "conference talks", "speaking",
              "talks and presentations"),
    "languages": ("languages", "spoken languages", "language skills", "langues"),
    "contact": ("contact", "contact information", "contact details", "personal details",
                "personal information"),
    "volunteering": ("volunteering", "volunteer experience", "volunteer work", "leadership",
                     "leadership and activities", "community service"),
    "references": ("references", "referees"),
    "teaching": ("teaching",),
    "service": ("service", "board positions", "board and advisory positions", "advisory positions",
                "board memberships", "board roles", "board and advisory roles", "advisory roles",
                "boards", "board service", "board appointments", "directorships",
                "non executive directorships", "advisory boards", "professional service"),
    "grants": ("grants",),
}

#: words that may precede a core section word in a relaxed (ALL-CAPS / markdown) heading
_MODIFIERS = frozenset({
    "professional", "relevant", "work", "technical", "academic", "selected", "key", "other",
    "additional", "core", "personal", "recent", "research", "industry", "employment", "career",
    "my", "and", "of", "the", "select", "major", "notable", "honors", "honours", "awards",
    "certifications", "training", "undertaken", "summary", "history", "details", "list",
    "related", "prior", "previous", "featured", "main", "software", "engineering", "computer",
    "programming", "language", "skills", "education", "experience", "projects", "publications",
    # the profession or setting of the experience ('CLINICAL EXPERIENCE', 'MILITARY EXPERIENCE',
    # 'EARLIER CAREER', 'LEGAL EXPERIENCE')
    "clinical", "nursing", "medical", "military", "civilian", "legal", "earlier", "early",
    "consulting", "management", "executive", "leadership", "field", "practical", "hospitality",
    "corporate", "business", "operations", "overseas", "international", "government", "federal",
    "full", "complete", "detailed", "expanded", "postdoctoral", "laboratory", "lab",
})


def _norm(text: str) -> str:
    s = text.lower().replace("&", " and ")
    if not s.isascii():  # accents folded: 'EXPÉRIENCE PROFESSIONNELLE', 'Compétences'
        import unicodedata

        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = re.sub(r"[^a-z ]+", " ", s)
    return " ".join(s.split())


#: the two halves of a bilingual heading ('EXPÉRIENCE PROFESSIONNELLE / WORK EXPERIENCE',
#: 'FORMATION | EDUCATION')
_BILINGUAL = re.compile(r"\s+[/|]\s+")


@lru_cache(maxsize=1)
def known_headings() -> dict[str, str]:
    """Normalized heading text -> canonical section name.

    The curated `extract/gazetteers/section_headers.csv` (columns section, variant) comes first;
    the in-module list fills in when the file is missing or silent about a variant.
    """
    import csv
    from pathlib import Path

    table: dict[str, str] = {}
    path = Path(__file__).resolve().parent / "gazetteers" / "section_headers.csv"
    if path.is_file():
        for row in csv.DictReader(path.read_text(encoding="utf-8").splitlines()):
            key, name = _norm(row.get("variant") or ""), (row.get("section") or "").strip()
            if key and name:
                table.setdefault(key, name)
    for name, variants in _VARIANTS.items():
        for v in variants:
            table.setdefault(_norm(v), name)
    return table


@lru_cache(maxsize=1)
def _cores() -> dict[str, str]:
    """Single-word headings usable as the core of a relaxed heading."""
    return {k: v for k, v in known_headings().items() if " " not in k}


_MD = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD = re.compile(r"^\s*(\*\*|__)([^*_]{2,60}?)\1\s*:?\s*$")


def heading_text(line: str) -> str:
    """A heading's words without markdown marks, underline rules or a trailing colon."""
    s = line.strip()
    m = _MD.match(s)
    if m:
        s = m.group(2)
    s = re.sub(r"[*_`=]+", " ", s).strip(" :|-–—\t")
    if re.fullmatch(r"[A-Za-z](?: {1,3}[A-Za-z]){2,}", s):  # letter-spaced: 'E X P E R I E N C E'
        s = " ".join(w.replace(" ", "") for w in re.split(r" {2,}", s))
    return " ".join(s.split())


def section_name(text: str, *, strict: bool = False) -> str | None:
    """Canonical section for a heading's text, or None when it names no known section.

    `strict` (plain title-case lines) needs an exact variant; otherwise a heading made of
    modifier words and one core word ("RELEVANT PROFESSIONAL EXPERIENCE") also counts.
    """
    if " / " in text or " | " in text:
        halves = _BILINGUAL.split(heading_text(text))
        if len(halves) == 2:
            names = {section_name(h, strict=strict) for h in halves} - {None}
            if len(names) == 1:  # both halves name the same section, or only one names any
                return names.pop()
            if names:
                return None
    key = _norm(heading_text(text))
    if not key or len(key) > 60:
        return None
    table = known_headings()
    if key in table:
        return table[key]
    if strict:
        return None
    words = key.split()
    if len(words) > 5:
        return None
    cores = _cores()
    found = [cores[w] for w in words if w in cores]
    if not found or not all(w in _MODIFIERS or w in cores for w in words):
        return None
    order = list(_VARIANTS)  # the most specific canonical name wins ('Leadership Experience')
    return min(found, key=lambda n: order.index(n) if n in order else len(order))


def _is_title_case(s: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", s)]
    small = {"and", "of", "the", "in", "for", "to", "a", "an", "on", "with"}
    return bool(words) and all(w[0].isupper() or w.lower() in small for w in words)


#: a design template's underline rule printed after a heading ('E X P E R I E N C E ______')
_RULE_TAIL = re.compile(r"(?<=\S)\s*[_=~─━-]{4,}\s*$")


def _heading(line: str) -> tuple[str, str, bool] | None:
    """(canonical name, heading as written, strong style) when the line is a section heading.

    Strong styles are markdown, bold and ALL-CAPS; title-case and colon lines are weak.
    """
    raw = _RULE_TAIL.sub("", line).strip()
    if not raw or len(raw) > 70 or raw.startswith(("-", "•", "*   ", "* ", "+ ")):
        return None
    if _MD.match(raw) or _BOLD.match(raw):
        name = section_name(raw)
        return (name, raw, True) if name else None
    letters = [c for c in raw if c.isalpha()]
    if not letters or re.search(r"\d", raw):
        return None
    if all(c.isupper() for c in letters) and len(letters) >= 3:
        name = section_name(raw)
        return (name, raw, True) if name else None
    if raw.endswith(":") or _is_title_case(raw):
        name = section_name(raw, strict=True)
        return (name, raw, False) if name else None
    return None


def split_sections(text: str, fmt: str = "txt") -> list[Section]:
    """Sections of `text` in order; the text before the first heading is 'header'.

    Memoized for the last few texts: a build's worker splits a document once to decide whether
    the statistical model must parse it and again to extract it.

    A resume keeps one heading style: when two or more headings are markdown, bold or ALL-CAPS,
    a title-case or colon line ("Projects:" under a job) is body text, not a new section.
    `fmt` is the document format ('txt', 'md', ...); the same rules serve both, since plain-text
    exports often carry markdown marks and markdown resumes often use ALL-CAPS headings.
    """
    del fmt  # one rule set for every format (kept for a stable signature)
    return list(_split(text))


#: an ALL-CAPS heading glued to the first line of its body by a PDF/Word export
#: ('PROFESSIONAL EXPERIENCESenior Analyst, ...', 'EDUCATIONBachelor of ...')
_GLUED = re.compile(r"^\s*([A-Z][A-Z&/ ]{2,40}?[A-Z])(?=[A-Z][a-z])")


def _glued(line: str) -> tuple[str, str, bool, int] | None:
    """(name, heading, strong, body offset in the line) of a heading glued to its body."""
    m = _GLUED.match(line)
    if not m:
        return None
    name = section_name(m.group(1))
    if name is None or section_name(m.group(1), strict=True) is None:
        return None
    return name, m.group(1), True, m.end(1)


def _headings(text: str) -> list:
    out = []
    for ln in iter_lines(text):
        h = _heading(ln.text)
        if h is not None:
            out.append((ln, h, ln.end + 1))
        elif ln.text[:1].isupper() and (g := _glued(ln.text)) is not None:
            out.append((ln, g[:3], ln.start + g[3]))
    return out


@lru_cache(maxsize=64)
def _split(text: str) -> tuple[Section, ...]:
    found = _headings(text)
    if sum(1 for _, h, _ in found if h[2]) >= 2:
        found = [(ln, h, b) for ln, h, b in found if h[2]]
    sections: list[Section] = []
    name, heading, body_start, head_start = "header", "", 0, None
    for line, (new_name, new_heading, _), body in found:
        if name != "header" or text[body_start:line.start].strip():
            sections.append(Section(name, heading, body_start, line.start, head_start))
        name, heading = new_name, new_heading
        body_start, head_start = min(len(text), body), line.start
    sections.append(Section(name, heading, min(body_start, len(text)), len(text), head_start))
    sections = _profile_block(text, sections)
    return tuple(part for sec in sections for part in _label_column(text, sec))


#: sidebar sections a profile export prints before the person's name block
_SIDEBARS = frozenset({"skills", "languages", "certifications", "awards", "contact", "interests"})


def _profile_block(text: str, sections: list[Section]) -> list[Section]:
    """A profile export (LinkedIn 'Save to PDF') prints sidebars (Contact, Top Skills,
    Languages, Certifications, Honors-Awards) first, then the name, a headline ('Title at
    Company' or 'A | B') and a location, then Summary/Experience. The name block is no item of
    the last sidebar: it becomes a 'header' section of its own."""
    from extract.resume.common import title_score
    from extract.subject import _as_name

    out: list[Section] = []
    for k, sec in enumerate(sections):
        nxt = sections[k + 1] if k + 1 < len(sections) else None
        if nxt is None or nxt.name not in ("summary", "experience") or sec.name not in _SIDEBARS:
            out.append(sec)
            continue
        lines = [ln for ln in iter_lines(text, sec.start, sec.end) if ln.stripped][-4:]
        cut = None
        for n, ln in enumerate(lines[:-1]):
            head = lines[n + 1].text
            if _as_name(ln.text) and (" at " in head or " | " in head or title_score(head) > 0):
                cut = ln.start
                break
        if cut is None or cut <= sec.start:
            out.append(sec)
            continue
        out.append(Section(sec.name, sec.heading, sec.start, cut, sec.heading_start))
        out.append(Section("header", "", cut, sec.end, None))
    return out


#: a label printed in a left column with its content on the same line ('Mother tongue(s)   Italian')
_LABEL_COL = re.compile(r"^([A-Za-z][^\t]{1,44}?)(?:\t+| {3,})(?=\S)")
#: sections whose body may be a label column (Europass 'PERSONAL SKILLS': mother tongue, other
#: languages, communication skills, digital skills, driving licence ...)
_LABELLED_PARENTS = frozenset({"skills", "languages", "summary", "certifications"})


def _label_column(text: str, sec: Section) -> list[Section]:
    """Split a section laid out as a label column into one section per known label.

    Only when the section reads as such a table: three or more lines open with a known
    heading in a left column, and at least one of them names something other than skills or
    languages (a skills table 'Languages   Python, Go' / 'Tools   Git' stays whole).
    """
    if sec.name not in _LABELLED_PARENTS:
        return [sec]
    labels: list[tuple[int, int, str, str]] = []  # (line start, body start, name, label)
    for ln in iter_lines(text, sec.start, sec.end):
        m = _LABEL_COL.match(ln.text)
        if not m:
            continue
        label = m.group(1).strip()
        name = section_name(label, strict=True)
        if name is not None:
            labels.append((ln.start, ln.start + m.end(), name, label))
    if len(labels) < 3 or {n for _, _, n, _ in labels} <= {"skills", "languages"}:
        return [sec]
    out = [Section(sec.name, sec.heading, sec.start, labels[0][0], sec.heading_start)] \
        if text[sec.start:labels[0][0]].strip() else []
    for k, (start, body, name, label) in enumerate(labels):
        end = labels[k + 1][0] if k + 1 < len(labels) else sec.end
        out.append(Section(name, label, body, end, start))
    return out


# ---- two-column exports ------------------------------------------------------------------

#: a line holding two headings side by side ('SKILLS            EXPERIENCE'): a two-column page
_TWO_HEADINGS = re.compile(r"^(\s*)(\S.*?\S|\S)(\s{3,}|\t+)(\S.*?)\s*$")


def heading_columns(line: str) -> list[tuple[str, int, int | None]] | None:
    """The columns of a two-column PDF-to-text page, read off a line that prints two section
    headings side by side: [(section, first column, end column or None)] left to right, or None.

    >>> heading_columns("   SKILLS                 EXPERIENCE")
    [('skills', 0, 26), ('experience', 26, None)]
    >>> heading_columns("Senior Engineer        Globex") is None
    True
    """
    m = _TWO_HEADINGS.match(line)
    if not m:
        return None
    left, right = m.group(2), m.group(4)
    a, b = _heading(left), _heading(right)
    if a is None or b is None or not (a[2] and b[2]):
        return None
    cut = m.start(4)
    return [(a[0], 0, cut), (b[0], cut, None)]


#: a run of three or more spaces (or tabs) between two columns
_GAP = re.compile(r"(?:\t+| {3,})(?=\S)")


def _column_slice(text: str, lo: int, hi: int | None) -> tuple[int, int] | None:
    """[a, b) of one line's part in the column [lo, hi) (character positions), or None."""
    n = len(text)

    def cut_at(col: int) -> int | None:
        """Where the right-hand column starts near `col`: at it when a space precedes it,
        else at the end of a wide gap within four characters."""
        if col >= n:
            return None
        if col == 0 or text[col - 1] == " ":
            return col
        for g in _GAP.finditer(text):
            if abs(g.end() - col) <= 4:
                return g.end()
        return -1  # the other column's text runs over the boundary: no clean cut

    a = 0 if lo == 0 else cut_at(lo)
    if a is None or a == -1:
        return None
    b = n if hi is None else cut_at(hi)
    if b is None:
        b = n
    elif b == -1:
        return None
    return (a, b) if text[a:b].strip() else None


def column_lines(text: str, start: int, end: int, lo: int, hi: int | None) -> list[Line]:
    """The lines of text[start:end] cut to one column [lo, hi) of a two-column page, with
    absolute spans; a line with nothing in the column (or no clean cut) is an empty Line."""
    out: list[Line] = []
    for ln in iter_lines(text, start, end):
        part = _column_slice(ln.text, lo, hi)
        if part is None:
            out.append(Line("", ln.start, ln.start))
        else:
            out.append(Line(ln.text[part[0]:part[1]], ln.start + part[0], ln.start + part[1]))
    return out


def column_extent(text: str, heading_end: int, lo: int, hi: int | None) -> int:
    """Where a column's section ends: at the next strong heading printed in the same column
    (or the end of the text).

    >>> t = "A     EXPERIENCE\\nx     Engineer, Globex\\nB     EDUCATION\\ny     BSc\\n"
    >>> t[column_extent(t, 16, 6, None):].split("\\n")[0]
    'B     EDUCATION'
    """
    for ln in column_lines(text, heading_end, len(text), lo, hi):
        h = _heading(ln.text) if ln.text.strip() else None
        if h is not None and h[2]:
            return text.rfind("\n", 0, ln.start) + 1
    return len(text)
