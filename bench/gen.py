"""Generate fictional resumes, CVs and bios in the layouts of examples/, with a ground truth.

    python -m bench.gen 200 /tmp/docs --seed 3

Layouts: markdown resume, PDF-export-style text resume, dates-after-blocks resume (nameless,
identified by its email), academic CV and speaker bio (prose). Organizations come from
`organizations.csv` with a Zipf-like skew and are written with variant surface forms ("Adobe",
"Adobe Inc", "Adobe Systems"); skills from `skills.csv` (people draw mostly from one of a few
"stacks", so skills co-occur); titles from `job_titles.txt` + `title_modifiers.txt`; person names
are invented (first/last lists written here, plus syllables). Dates are consistent: roles go back
in time from a fixed "today" (2024-06) without overlaps; education ends before the first job.
About 15 % of people appear in two documents of different layouts with the same email.

`generate` writes the documents and `.ground_truth.json` (hidden, so a build over the folder does
not read it): per document its person, layout, roles (canonical org, as written, title, dates),
education and skills; `duplicates` lists the documents that share a person. Deterministic for a
seed.

>>> import tempfile, json
>>> with tempfile.TemporaryDirectory() as d:
...     paths = generate(6, Path(d), seed=1)
...     truth = json.loads((Path(d) / TRUTH_FILE).read_text())
>>> len(paths), len(truth["documents"]), truth["today"]
(6, 6, '2024-06')
"""

from __future__ import annotations

import argparse
import json
import random
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["generate", "TRUTH_FILE", "TODAY", "Person", "Role", "School"]

TRUTH_FILE = ".ground_truth.json"
TODAY = (2024, 6)
DUP_RATE = 0.15

FIRST_SHE = ["Amara", "Beatriz", "Chiara", "Daria", "Elif", "Farida", "Greta", "Hana", "Ilse",
             "Jasmin", "Keiko", "Leila", "Maren", "Nadia", "Oksana", "Paloma", "Rania", "Signe",
             "Talia", "Ursula", "Vesna", "Wanjiru", "Ximena", "Yara", "Zofia", "Anouk", "Brigid",
             "Camila", "Dalia", "Esme", "Ifeoma", "Mei", "Noor", "Priyanka", "Sunita", "Thandiwe"]
FIRST_HE = ["Anders", "Bruno", "Cyrus", "Dmitri", "Emeka", "Fabian", "Goran", "Hiroshi", "Idris",
            "Joaquin", "Kenji", "Lars", "Mateo", "Nikolai", "Omar", "Pavel", "Rafael", "Stellan",
            "Tariq", "Umar", "Viktor", "Wen", "Yusuf", "Zoran", "Arvind", "Bastian", "Casimir",
            "Diego", "Eamon", "Femi", "Ivo", "Kwabena", "Luca", "Minh", "Rohan", "Sipho"]
LAST = ["Adeyemi", "Bergstrom", "Castellano", "Dubois", "Eriksen", "Fontaine", "Gallagher",
        "Halvorsen", "Iwata", "Jankowski", "Kovalenko", "Lindqvist", "Moreau", "Nakagawa",
        "Okonkwo", "Petrov", "Quintero", "Rasmussen", "Santoro", "Takahashi", "Uddin", "Varga",
        "Whitfield", "Yilmaz", "Zielinski", "Abara", "Brennan", "Chaudhary", "Delacroix",
        "Esposito", "Ferreira", "Grünewald", "Hoffmann", "Kapoor", "Lombardi", "Mensah",
        "Novak", "Osei", "Pereira", "Raghavan", "Soto", "Tan", "Villanueva", "Wojcik"]
SYL = ["ka", "lo", "mi", "ren", "sa", "tor", "vel", "dan", "is", "or", "bel", "qu", "ny", "ash"]

TECH = {"programming-language", "framework", "library", "database", "cloud-service",
        "platform", "tool", "ml-technique", "method", "field", "ml-model", "practice",
        "data-format", "os", "protocol"}
HEADS = [("Engineer", 10), ("Software Engineer", 8), ("Developer", 4), ("Data Scientist", 4),
         ("Data Engineer", 3), ("Analyst", 3), ("Scientist", 2), ("Architect", 2),
         ("Engineering Manager", 2), ("Product Manager", 2), ("Consultant", 2), ("Tech Lead", 1),
         ("Researcher", 1), ("Solutions Architect", 1), ("Software Developer", 2)]
AREA_HEADS = {"Engineer", "Scientist", "Developer", "Architect", "Researcher"}
LEVELS = [["Junior", "Associate"], [""], ["Senior", "Sr."], ["Staff", "Principal", "Lead"]]
AREAS = ["Machine Learning", "Data", "Backend", "Frontend", "Platform", "Cloud", "DevOps",
         "Security", "Site Reliability", "Embedded", "Full Stack", "Mobile", "Applied",
         "Infrastructure", "NLP", "Computer Vision", "MLOps", "Software"]
ACADEMIC = ["Graduate Research Assistant", "Postdoctoral Researcher", "Assistant Professor",
            "Associate Professor", "Professor"]
DEGREES = [("Bachelor of Science", "BSc"), ("Bachelor of Technology", "BTech"),
           ("Bachelor of Engineering", "BEng")]
FIELDS = ["Computer Science", "Computer Engineering", "Electrical Engineering", "Mathematics",
          "Statistics", "Physics", "Information Systems", "Data Science"]
LEGAL = {"US": ["Inc", "Inc.", ", Inc.", "Corp."], "GB": ["Ltd", "Limited", "plc"],
         "IN": ["Pvt. Ltd.", "Ltd", "Limited"], "DE": ["GmbH", "AG"], "": ["Inc", "Ltd"]}


@dataclass
class Role:
    """One job: organization (canonical and as written in this document), title, dates."""

    org: str
    title: str
    start: tuple[int, int]
    end: tuple[int, int] | None      # None: present
    city: str
    skills: list[str]
    written: str = ""


@dataclass
class School:
    """One degree: name, short form, field, school (canonical and as written), years."""

    degree: str
    short: str
    field: str
    org: str
    start: int
    end: int
    city: str
    written: str = ""


@dataclass
class Person:
    """A fictional person; roles are newest first."""

    pid: str
    first: str
    last: str
    she: bool
    email: str
    handle: str
    phone: str
    city: str
    academic: bool
    skills: list[str]
    roles: list[Role] = field(default_factory=list)
    schools: list[School] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@lru_cache(maxsize=1)
def _vocab() -> tuple[list, list, list, list[str]]:
    from extract.gazetteers.load import load_organizations, load_places, load_skills

    orgs = load_organizations()
    companies = [o for o in orgs if o.type == "Organization"]
    schools = [o for o in orgs if o.type == "EducationalOrganization"]
    skills = [s for s in load_skills() if s.category in TECH and "," not in s.canonical]
    countries = {p.country: p.name for p in load_places() if p.kind == "country"}
    cities = [f"{p.name}, {countries.get(p.country, p.country)}" for p in load_places()
              if p.kind == "city" and p.country in countries]
    return companies, schools, skills, cities


class _Zipf:
    """Draw from items (most popular first) with weight 1/(rank+1)**s."""

    def __init__(self, items: list, s: float = 1.0) -> None:
        self.items = list(items)
        acc, self.cum = 0.0, []
        for i in range(len(self.items)):
            acc += 1.0 / (i + 1) ** s
            self.cum.append(acc)

    def draw(self, rng: random.Random):
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _ym(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _title(rng: random.Random, level: int) -> str:
    head = rng.choices([h for h, _ in HEADS], weights=[w for _, w in HEADS])[0]
    parts = [rng.choice(LEVELS[min(level, 3)])]
    if head in AREA_HEADS and rng.random() < 0.6:
        parts.append(rng.choice(AREAS))
    return " ".join(p for p in parts + [head] if p)


def _written(rng: random.Random, entry) -> str:
    """A surface form: canonical (most often), an alias, or canonical + a legal suffix."""
    forms = [entry.canonical] * 4 + list(entry.aliases)
    legal = {w for v in LEGAL.values() for w in v}
    if entry.type == "Organization" and entry.canonical.split()[-1] not in legal:
        suffix = rng.choice(LEGAL.get(entry.country or "", LEGAL[""]))
        forms += [entry.canonical + ("" if suffix.startswith(",") else " ") + suffix] * 2
    return rng.choice(forms)


def _popular(items: list, bonus, rng: random.Random) -> list:
    """Items in a plausible popularity order: more aliases and a category bonus rank first."""
    return sorted(items, key=lambda e: -(len(e.aliases) + bonus(e) + 2 * rng.random()))


#: stack themes (categories a specialist draws from); each theme is split in 3 stacks
THEMES = [("programming-language", "framework", "library", "database", "tool"),
          ("ml-technique", "ml-model", "library", "framework", "field", "programming-language"),
          ("cloud-service", "platform", "os", "protocol", "tool", "practice"),
          ("database", "data-format", "cloud-service", "tool", "method", "programming-language")]
CAT_BONUS = {"programming-language": 3, "database": 2, "cloud-service": 2, "framework": 2,
             "library": 1, "tool": 1}


class _World:
    def __init__(self, seed: int) -> None:
        companies, schools, skills, cities = _vocab()
        rng = random.Random(f"world:{seed}")
        self.company = _Zipf(_popular(companies, lambda e: 0, rng), 1.0)
        self.school = _Zipf(_popular(schools, lambda e: 0, rng), 0.8)
        self.city = _Zipf(sorted(cities, key=lambda c: rng.random()), 0.9)
        ranked = [e.canonical for e in _popular(skills, lambda e: CAT_BONUS.get(e.category, 0),
                                                   rng)]
        cat = {e.canonical: e.category for e in skills}
        self.stacks = [_Zipf([s for s in ranked if cat[s] in theme][part::3], 0.9)
                       for theme in THEMES for part in range(3)]
        self.all_skills = _Zipf(ranked, 1.1)
        self.orgs = {o.canonical: o for o in companies + schools}

    def person(self, rng: random.Random, i: int) -> Person:
        she = rng.random() < 0.5
        first = rng.choice(FIRST_SHE if she else FIRST_HE)
        last = rng.choice(LAST) if rng.random() < 0.7 else \
            "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()
        handle = f"{first[0]}{last}".lower().replace("ü", "u") + str(rng.randint(1, 99))
        stack = rng.choice(self.stacks)
        skills: list[str] = []
        while len(skills) < rng.randint(9, 16):
            s = stack.draw(rng) if rng.random() < 0.7 else self.all_skills.draw(rng)
            if s not in skills:
                skills.append(s)
        p = Person(f"p{i:05d}", first, last, she, f"{handle}@example.{rng.choice(['com', 'org'])}",
                   handle, f"555-01{rng.randint(0, 99):02d}", self.city.draw(rng),
                   rng.random() < 0.15, skills)
        self._career(rng, p)
        return p

    def _career(self, rng: random.Random, p: Person) -> None:
        end: tuple[int, int] | None = None if rng.random() < 0.8 else _ym(*TODAY, -rng.randint(1, 8))
        n = rng.randint(2, 5)
        level = 3 if n > 3 else 2
        cur = end or TODAY
        org = None
        for k in range(n):
            start = _ym(*cur, -rng.randint(8, 54))
            if p.academic:
                title = ACADEMIC[max(0, len(ACADEMIC) - 1 - k - rng.randint(0, 1))]
                entry = self.school.draw(rng) if k < n - 1 or rng.random() < 0.5 \
                    else self.company.draw(rng)
            else:
                title = _title(rng, level)
                entry = org if org is not None and rng.random() < 0.25 else self.company.draw(rng)
            sk = rng.sample(p.skills, min(len(p.skills), rng.randint(3, 6)))
            p.roles.append(Role(entry.canonical, title, start, end, self.city.draw(rng), sk))
            org, level = entry, max(0, level - rng.randint(0, 1))
            end = _ym(*start, -rng.randint(1, 4))
            cur = end
        y = p.roles[-1].start[0] - rng.randint(0, 1)
        plan = [("Doctor of Philosophy", "PhD", 5)] if p.academic else []
        if p.academic or rng.random() < 0.5:
            plan.append(("Master of Science", "MSc", 2))
        plan.append(rng.choice(DEGREES) + (4,))
        for deg, short, span in plan:
            s = self.school.draw(rng)
            p.schools.append(School(deg, short, rng.choice(FIELDS), s.canonical, y - span, y,
                                    self.city.draw(rng)))
            y -= span

    def dress(self, rng: random.Random, p: Person) -> Person:
        """A copy of p whose organizations are written as this document writes them."""
        seen: dict[str, str] = {}
        for r in p.roles:
            r.written = seen.setdefault(r.org, _written(rng, self.orgs[r.org]))
        for s in p.schools:
            s.written = seen.setdefault(s.org, _written(rng, self.orgs[s.org]))
        return p


# ---------------------------------------------------------------------------------------------
# layouts: each renderer is a function of (person, seed, k) where k is the number of bullets or
# sentences per role; `render` grows k until the document reaches its target length.

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
VERBS = ["Built", "Designed", "Led", "Migrated", "Automated", "Scaled", "Rewrote", "Introduced",
         "Owned", "Shipped", "Hardened", "Prototyped", "Maintained", "Optimized"]
OBJECTS = ["the order-routing service", "a streaming ingestion pipeline", "the search ranking stack",
           "an internal feature store", "the billing reconciliation job", "a fraud-scoring model",
           "the mobile checkout flow", "a metrics and alerting platform", "the data warehouse",
           "a document classification service", "the recommendation backend",
           "an experimentation framework", "the customer analytics dashboards",
           "a sensor telemetry pipeline", "the identity and access service"]
TAILS = ["cutting p99 latency by 40%", "serving 3M requests a day", "for four product teams",
         "reducing cloud spend by 25%", "with a team of five engineers", "ahead of a major launch",
         "raising test coverage from 40% to 85%", "used by 200 internal analysts",
         "which halved the nightly batch window", "now the default for new services"]
TEAMS = ["payments", "search", "platform", "data infrastructure", "growth", "storage", "identity",
         "forecasting", "developer tools", "risk"]
VENUES = ["ACL", "EMNLP", "NeurIPS", "ICML", "KDD", "SIGMOD", "VLDB", "CHI", "ICSE", "AAAI"]
NOUNS = ["Benchmark", "Study", "Framework", "Analysis", "Method", "Toolkit"]


def _bullets(r: random.Random, role: Role, k: int) -> list[str]:
    out = []
    for i in range(k):
        a, b = role.skills[i % len(role.skills)], role.skills[(i + 1) % len(role.skills)]
        form = i % 4
        if form == 0:
            out.append(f"{r.choice(VERBS)} {r.choice(OBJECTS)} in {a}, {r.choice(TAILS)}")
        elif form == 1:
            out.append(f"{r.choice(VERBS)} {r.choice(OBJECTS)} on {a} and {b}, {r.choice(TAILS)}")
        elif form == 2:
            out.append(f"Moved {r.choice(OBJECTS)} from {a} to {b}, {r.choice(TAILS)}")
        else:
            out.append(f"Mentored {r.randint(2, 6)} engineers and ran the {r.choice(TEAMS)} "
                       f"team's weekly design review")
    return out


def _summary(r: random.Random, p: Person) -> str:
    years = TODAY[0] - p.roles[-1].start[0]
    return (f"{'Researcher' if p.academic else 'Engineer'} with {years} years of experience "
            f"across {' and '.join(r.sample(TEAMS, 2))} work, most recently with "
            f"{p.skills[0]} and {p.skills[1]}. Happiest when a system is boring because it "
            f"simply works, and when the people who run it sleep through the night.")


def _groups(p: Person) -> list[tuple[str, list[str]]]:
    from extract.gazetteers.load import find_skill

    label = {"programming-language": "Languages", "framework": "Frameworks",
             "library": "Frameworks", "database": "Databases", "cloud-service": "Cloud",
             "platform": "Cloud", "tool": "Tools"}
    out: dict[str, list[str]] = {}
    for s in p.skills:
        e = find_skill(s)
        out.setdefault(label.get(e.category if e else "", "Methods"), []).append(s)
    return sorted(out.items())


def _end(ym: tuple[int, int] | None, fmt) -> str:
    return "Present" if ym is None else fmt(ym)


def _markdown(p: Person, r: random.Random, k: int) -> str:
    mm = lambda ym: f"{ym[1]:02d}/{ym[0]}"  # noqa: E731
    out = [f"# {p.name}", "", f"{p.email} | github.com/{p.handle} | "
           f"linkedin.com/in/{p.handle}-example", "", _summary(r, p), "", "## Experience", ""]
    for role in p.roles:
        out += [f"### {role.title}", f"**{role.written}** | {mm(role.start)} - "
                f"{_end(role.end, mm)} | {role.city}", ""]
        if r.random() < 0.5:
            out += [f"*{r.choice(TEAMS).title()} team*", ""]
        out += [f"- {b}" for b in _bullets(r, role, k)] + [""]
    out += ["## Education", ""]
    for s in p.schools:
        out += [f"### {s.degree}, {s.field}", f"**{s.written}** | {s.start} - {s.end} | {s.city}",
                ""]
    out += ["## Skills", ""] + [f"{g}: {', '.join(v)}" for g, v in _groups(p)]
    return "\n".join(out) + "\n"


def _pdf(p: Person, r: random.Random, k: int) -> str:
    def my(ym: tuple[int, int]) -> str:
        return f"{MONTH[ym[1] - 1] if ym[1] in (6, 7) else MON[ym[1] - 1]} {ym[0]}"

    wrap = lambda t, first: textwrap.wrap(first + t, 112)  # noqa: E731
    out = [p.name, f"{p.city} | {p.email} | {p.phone} | linkedin.com/in/{p.handle}-example", "",
           "PROFESSIONAL SUMMARY", *wrap(_summary(r, p), ""), "", "PROFESSIONAL EXPERIENCE", ""]
    for i, role in enumerate(p.roles):
        dates = f"{my(role.start)} {r.choice(['–', 'to'])} {_end(role.end, my)}"
        out += [f"{role.title} - {role.written}", f"{role.written} - {role.city}", dates]
        for b in _bullets(r, role, k):
            out += wrap(b + ".", r.choice(["• ", "❖ "]))
        out.append("")
        if i == len(p.roles) // 2 - 1:
            out += ["Page 1 of 2", "", f"{p.name} – Resume"]
    out += ["EDUCATION", ""]
    for s in p.schools:
        out += [f"{s.degree} in {s.field}", f"{s.written} - {s.city}".ljust(76)
                + f"{s.start} – {s.end}", ""]
    out += ["TECHNICAL SKILLS"] + [f"• {g}: {', '.join(v)}" for g, v in _groups(p)]
    return "\n".join(out) + "\n"


def _dates_after(p: Person, r: random.Random, k: int) -> str:
    my = lambda ym: f"{MON[ym[1] - 1]} {ym[0]}"  # noqa: E731
    out = [p.email, "", _summary(r, p).split(". ")[0] + ".", ""]
    for role in p.roles:
        out += [role.title, "", f"{role.written}, {role.city}", "", " ".join(role.skills), ""]
        bullets = _bullets(r, role, k)
        for j in range(0, len(bullets), 3):
            out.append(f"{r.choice(OBJECTS)[4:].title() if r.random() < 0.5 else 'Project Work'}")
            out += [f"  {n}. {b}." for n, b in enumerate(bullets[j:j + 3], 1)]
        out += ["", f"{my(role.start)} - {_end(role.end, my)}", ""]
    return "\n".join(out)


def _academic(p: Person, r: random.Random, k: int) -> str:
    def span(role: Role) -> str:
        if role.end and role.end[0] == role.start[0]:
            return f"{MON[role.start[1] - 1]}–{MON[role.end[1] - 1]} {role.start[0]}"
        return f"{role.start[0]}–{role.end[0] if role.end else 'present'}"

    top = p.roles[0]
    out = [f"# {p.name}", "", f"{top.title}, Department of Computer Science, {top.written}", "",
           f"{p.email} | https://example.org/~{p.handle} | {p.phone}", "",
           f"Research interests: {', '.join(p.skills[:3])}", "", "## EDUCATION", ""]
    for s in p.schools:
        out.append(f"- **{s.short} in {s.field}**, {s.written}, {s.start}–{s.end}")
    out += ["", "## APPOINTMENTS", ""]
    for role in p.roles:
        dept = "Department of Computer Science, " if "Professor" in role.title else ""
        out.append(f"- {span(role)}: {role.title}, {dept}{role.written}, {role.city}")
    out += ["", "## PUBLICATIONS", ""]
    for n in range(k * 2):
        co = f"{r.choice(FIRST_SHE + FIRST_HE)} {r.choice(LAST)}"
        authors = [p.name, co] if n % 2 else [co, p.name]
        out.append(f"{n + 1}. {', '.join(authors)}. \"A {r.choice(NOUNS)} of "
                   f"{p.skills[n % len(p.skills)]} for {r.choice(OBJECTS)[4:]}\". "
                   f"{r.choice(VENUES)} {TODAY[0] - 1 - n // 2}.")
    out += ["", "## AWARDS", "", f"- Best Paper Award, {r.choice(VENUES)} {TODAY[0] - 3}",
            f"- {top.written} Early-Career Teaching Award, {TODAY[0] - 1}", "",
            "## SOFTWARE AND SKILLS", ""]
    out += [f"- {g}: {', '.join(v)}" for g, v in _groups(p)]
    return "\n".join(out) + "\n"


def _bio(p: Person, r: random.Random, k: int) -> str:
    he, his = ("she", "her") if p.she else ("he", "his")
    cur, rest = p.roles[0], p.roles[1:]
    out = [f"{p.name}, {cur.title}, {cur.written}", ""]
    para = [f"{p.name} is {cur.title} at {cur.written}, where {he} leads the "
            f"{r.choice(TEAMS)} group. {he.capitalize()} joined {cur.written} in "
            f"{cur.start[0]} and works mostly with {cur.skills[0]} and {cur.skills[-1]}."]
    for i in range(k):
        a, b = cur.skills[i % len(cur.skills)], cur.skills[(i + 2) % len(cur.skills)]
        para.append([f"{his.capitalize()} team rebuilt {r.choice(OBJECTS)} on {a} and {b}, "
                     f"{r.choice(TAILS)}.",
                     f"{he.capitalize()} personally wrote the first version of "
                     f"{r.choice(OBJECTS)} in {a} and still reviews its design documents.",
                     f"Under {his} lead the group moved {r.choice(OBJECTS)} from {a} to {b}.",
                     f"{he.capitalize()} sponsors the effort to standardize on {a} across the "
                     f"{r.choice(TEAMS)} teams."][i % 4])
    out += [" ".join(para), ""]
    for role in rest:
        years = max(1, (role.end or TODAY)[0] - role.start[0])
        para = [f"{he.capitalize()} previously spent {years} years at {role.written} in "
                f"{role.city.split(',')[0]}, where {he} was {role.title} and worked with "
                f"{' and '.join(role.skills[:2])}."]
        for i in range(k // 2):
            a = role.skills[i % len(role.skills)]
            para.append([f"There {he} built {r.choice(OBJECTS)} in {a}, {r.choice(TAILS)}.",
                         f"{he.capitalize()} also introduced {a} to the {r.choice(TEAMS)} team.",
                         f"Colleagues remember {his} work on {r.choice(OBJECTS)}, written in "
                         f"{a}."][i % 3])
        out += [" ".join(para), ""]
    edu = " and ".join(f"a {s.degree} in {s.field} from {s.written}" for s in p.schools)
    out += [f"{he.capitalize()} holds {edu}. Outside work {he} mentors early-career engineers.",
            "", f"Contact: {p.email}"]
    return "\n".join(out) + "\n"


#: layout -> (file suffix, for academics only (True), industry only (False) or anyone (None))
LAYOUTS = {"markdown": (".md", False), "pdf_export": (".txt", False),
           "dates_after": (".txt", False), "academic_cv": (".md", True), "speaker_bio": (".txt", None)}
_RENDER = {"markdown": _markdown, "pdf_export": _pdf, "dates_after": _dates_after,
           "academic_cv": _academic, "speaker_bio": _bio}


def render(layout: str, p: Person, rng: random.Random, target: int) -> str:
    """The document text, grown (more bullets/sentences) until it has about `target` words."""
    base = rng.random()
    text = ""
    for k in range(1, 20):
        text = _RENDER[layout](p, random.Random(base), k)
        if len(text.split()) >= target:
            break
    return text


def _d(ym: tuple[int, int] | None) -> str:
    return "present" if ym is None else f"{ym[0]:04d}-{ym[1]:02d}"


def _truth_doc(path: Path, layout: str, p: Person, text: str) -> dict:
    return {"path": path.name, "layout": layout, "person": p.pid,
            "name": None if layout == "dates_after" else p.name, "email": p.email,
            "roles": [{"org": r.org, "as_written": r.written, "title": r.title,
                       "start": _d(r.start), "end": _d(r.end)} for r in p.roles],
            "education": [{"org": s.org, "as_written": s.written, "degree": s.degree,
                           "field": s.field, "start": str(s.start), "end": str(s.end)}
                          for s in p.schools],
            "skills": sorted(s for s in p.skills if s in text)}


def generate(n: int, out_dir: Path, seed: int = 0, layouts: list[str] | None = None) -> list[Path]:
    """Write n documents (resumes and CVs of about 400-900 words, speaker bios of about 130-260
    words, as real conference bios are) and the ground truth; return their paths. `layouts`
    limits the layouts drawn from (default: all of `LAYOUTS`; e.g. the resume layouts only)."""
    allowed = set(LAYOUTS) if layouts is None else set(layouts)
    if not allowed or allowed - set(LAYOUTS):
        raise ValueError(f"layouts must be some of {sorted(LAYOUTS)}, got {sorted(allowed)}")
    import copy

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    world = _World(seed)
    rng = random.Random(f"docs:{seed}")
    n_dup = int(n * DUP_RATE) if n >= 2 else 0
    people = [world.person(rng, i) for i in range(n - n_dup)]
    plan: list[tuple[Person, str]] = []
    for i, p in enumerate(people):
        choices = [k for k, (_, acad) in LAYOUTS.items()
                   if (acad is None or acad == p.academic) and k in allowed] or sorted(allowed)
        first = rng.choice(choices)
        plan.append((p, first))
        if i < n_dup:
            plan.append((p, rng.choice([c for c in choices if c != first] or choices)))
    rng.shuffle(plan)
    paths, docs = [], []
    for k, (p, layout) in enumerate(plan):
        q = world.dress(rng, copy.deepcopy(p))
        words = rng.randint(420, 860)  # resumes and CVs; a speaker bio is a few paragraphs
        text = render(layout, q, rng, words if layout != "speaker_bio" else words * 3 // 10)
        path = out_dir / f"doc_{k:05d}{LAYOUTS[layout][0]}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        docs.append(_truth_doc(path, layout, q, text))
    by_person: dict[str, list[str]] = {}
    variants: dict[str, set[str]] = {}
    for d in docs:
        by_person.setdefault(d["person"], []).append(d["path"])
        for r in d["roles"] + d["education"]:
            variants.setdefault(r["org"], set()).add(r["as_written"])
    truth = {"seed": seed, "n": n, "today": _d(TODAY), "documents": docs,
             "duplicates": [{"person": pid, "email": next(d["email"] for d in docs
                                                          if d["person"] == pid),
                             "documents": sorted(ds)}
                            for pid, ds in sorted(by_person.items()) if len(ds) > 1],
             "org_variants": {k: sorted(v) for k, v in sorted(variants.items()) if len(v) > 1}}
    (out_dir / TRUTH_FILE).write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.gen", description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--layouts", help=f"comma-separated, some of {', '.join(LAYOUTS)}")
    a = ap.parse_args(argv)
    paths = generate(a.n, a.out_dir, a.seed, a.layouts.split(",") if a.layouts else None)
    print(textwrap.dedent(f"""\
        wrote {len(paths)} documents to {a.out_dir}
        ground truth: {a.out_dir / TRUTH_FILE}"""))


if __name__ == "__main__":
    main()
