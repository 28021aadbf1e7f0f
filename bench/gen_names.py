"""A generated duplicate set with known true clusters, for the merge bench.

Documents are resume-like: one person (named, or nameless with an email/GitHub handle), a few
employers (worked-at links), a school (studied-at) and skills. Each mention of a true entity is
written with realistic variation: case, legal suffixes, '.com', one-letter typos, abbreviations
(Intl, Labs/Laboratories, Centre/Center), acronyms of institutes ('NIT Pune'), split or joined
words ('Data Forge' / 'DataForge'), honorifics for persons. Distinct-but-similar entities are
generated on purpose: a company and its regional unit ('Veltrix' / 'Veltrix India'), 'X Labs' vs
'X Lab Systems', a tool and its extension ('Quantix' / 'Quantix XLA'), people sharing a name.
A fraction of the entities get a curated vocabulary row (canonical name and aliases).

Deterministic for a seed. Names are synthetic (syllables), never taken from any document.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from types import SimpleNamespace

from graph.merge_units import MentionRef
from ontology import EntityType

__all__ = ["Dataset", "generate"]

SYL = ["vel", "trix", "nor", "bri", "quan", "tum", "zen", "ora", "lum", "dex", "kai", "mon",
       "sol", "tar", "vex", "rin", "pho", "gal", "cor", "bel", "dra", "fin", "gor", "hal",
       "jun", "kel", "lor", "mar", "nev", "ost", "pra", "qui", "ros", "sen", "tov", "ulm",
       "var", "wen", "xan", "yor", "zil", "ar", "en", "is", "om", "ux"]
SECTORS = ["Systems", "Labs", "Analytics", "Logistics", "Robotics", "Software", "Networks",
           "Capital", "Health", "Foods", "Energy", "Dynamics", "Solutions", "Media", "Motors",
           "Laboratories", "International", "Technologies", "Consulting", "Pharma"]
LEGAL = ["Inc", "Inc.", ", Inc.", "Ltd", "Ltd.", "Pvt. Ltd.", "LLC", "GmbH", "Corp.", "Limited",
         "Private Limited", "Co."]
ABBREV = {"Laboratories": "Labs", "International": "Intl", "Technologies": "Tech",
          "Institute": "Inst.", "University": "Univ.", "Center": "Centre"}
REGIONS = ["India", "Europe", "Japan", "Brasil", "Research", "Cloud", "Ventures"]
FIELDS = ["Technology", "Science", "Management", "Engineering", "Design", "Information Technology"]
ADJ = ["National", "Indian", "Northern", "Royal", "Central", "Pacific", "Eastern", "Western"]
FIRST = ["Ada", "Bo", "Chen", "Dana", "Eli", "Farah", "Gita", "Hugo", "Ines", "Jun", "Kofi", "Lena",
         "Mina", "Nikhil", "Olga", "Priya", "Quinn", "Ravi", "Sara", "Tomas", "Uma", "Vik", "Wei",
         "Xena", "Yusuf", "Zoe", "Arjun", "Bea", "Carlos", "Deepa"]


@dataclass
class Dataset:
    """Mentions, their true cluster labels, affiliation links and vocabulary rows."""

    mentions: list[MentionRef] = field(default_factory=list)
    truth: list[int] = field(default_factory=list)
    links: list[tuple[int, str, int]] = field(default_factory=list)
    org_rows: list[SimpleNamespace] = field(default_factory=list)
    skill_rows: list[SimpleNamespace] = field(default_factory=list)


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


def _typo(rng: random.Random, name: str) -> str:
    words = name.split()
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cands:
        return name
    i = rng.choice(cands)
    w = words[i]
    p = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        w = w[:p] + w[p + 1:]
    elif op == 1:
        w = w[:p] + rng.choice("aeioulnrst") + w[p:]
    elif op == 2:
        w = w[:p] + rng.choice("aeioulnrst") + w[p + 1:]
    elif p > 1:
        w = w[:p - 1] + w[p] + w[p - 1] + w[p + 1:]
    words[i] = w
    return " ".join(words)


def _case(rng: random.Random, name: str) -> str:
    return rng.choice([name.upper(), name.lower(), name.title()])


def _abbrev(name: str) -> str:
    return " ".join(ABBREV.get(w, w) for w in name.split())


def _legal(rng: random.Random, name: str) -> str:
    suffix = rng.choice(LEGAL)
    return name + suffix if suffix.startswith(",") else f"{name} {suffix}"


class _Entities:
    """True entities per kind: names, kinds and the acronym form of institutes."""

    def __init__(self, rng: random.Random, n_orgs: int, n_schools: int, n_skills: int):
        self.rng = rng
        self.names: list[str] = []
        self.types: list[EntityType] = []
        self.kind: list[str] = []
        self.acronym: dict[int, str] = {}
        used: set[str] = set()

        def add(name: str, etype: EntityType, kind: str) -> int:
            used.add(name.lower())
            self.names.append(name)
            self.types.append(etype)
            self.kind.append(kind)
            return len(self.names) - 1

        def fresh(make) -> str:
            while True:
                name = make()
                if name.lower() not in used:
                    return name

        self.orgs = []
        while len(self.orgs) < n_orgs:
            brand = fresh(lambda: _word(rng, rng.choice((2, 2, 3))))
            used.add(brand.lower())
            base = brand if rng.random() < 0.4 else f"{brand} {rng.choice(SECTORS)}"
            self.orgs.append(add(base, EntityType.ORGANIZATION, "company"))
            if rng.random() < 0.15:  # a distinct regional unit or sibling with a similar name
                sib = f"{brand} {rng.choice(REGIONS)}" if rng.random() < 0.6 else f"{brand} Lab Systems"
                if sib.lower() not in used:
                    self.orgs.append(add(sib, EntityType.ORGANIZATION, "company"))
        self.schools = []
        cities = [_word(rng, 2) for _ in range(max(n_schools // 2, 5))]  # shared: acronyms collide
        while len(self.schools) < n_schools:
            city = rng.choice(cities)
            if rng.random() < 0.5:
                name = f"{rng.choice(ADJ)} Institute of {rng.choice(FIELDS)} {city}"
                if name.lower() in used:
                    continue
                i = add(name, EntityType.EDUCATIONAL_ORGANIZATION, "institute")
                words = [w for w in name.split()[:-1] if w not in ("of",)]
                self.acronym[i] = "".join(w[0] for w in words).upper() + " " + city
            else:
                name = f"University of {city}"
                if name.lower() in used:
                    continue
                i = add(name, EntityType.EDUCATIONAL_ORGANIZATION, "university")
            self.schools.append(i)
        self.skills = []
        while len(self.skills) < n_skills:
            name = fresh(lambda: _word(rng, 1) + _word(rng, rng.choice((1, 2)))
                         if rng.random() < 0.6 else _word(rng, 3))
            self.skills.append(add(name, EntityType.SKILL, "skill"))
            if rng.random() < 0.1 and f"{name} xla" not in used:
                self.skills.append(add(f"{name} XLA", EntityType.SKILL, "skill"))

    def surface(self, i: int) -> str:
        """One written form of true entity i."""
        rng, name, kind = self.rng, self.names[i], self.kind[i]
        r = rng.random()
        if r < 0.55:
            return name
        if r < 0.65:
            return _case(rng, name)
        if r < 0.70:
            return _typo(rng, name)
        if kind == "company":
            if r < 0.85:
                return _legal(rng, name)
            if r < 0.90 and " " not in name:
                return f"{name}.com"
            return _abbrev(name)
        if kind == "institute":
            return self.acronym[i] if r < 0.9 else _abbrev(name)
        if kind == "university":
            return _abbrev(name)
        # skills: split a joined name into two words, or change its case
        caps = [k for k in range(1, len(name)) if name[k].isupper() and name[k - 1] != " "]
        if caps and r < 0.85:
            return name[:caps[0]] + " " + name[caps[0]:]
        return name.lower()


def _pick(rng: random.Random, pool: list[int]) -> int:
    return pool[min(int(len(pool) * rng.random() ** 1.6), len(pool) - 1)]


def generate(n_mentions: int, seed: int = 7, vocab_share: float = 0.1) -> Dataset:
    """About `n_mentions` mentions (whole documents of ~16 mentions each)."""
    rng = random.Random(seed)
    scale = max(n_mentions // 10, 50)
    ents = _Entities(rng, n_orgs=scale // 2, n_schools=max(scale // 40, 10), n_skills=scale // 4)
    n_people = max(n_mentions // 60, 20)
    last = [_word(rng, 2) for _ in range(max(n_people // 3, 10))]
    people = [(f"{rng.choice(FIRST)} {rng.choice(last)}", f"p{k}") for k in range(n_people)]
    jobs = {k: [_pick(rng, ents.orgs) for _ in range(rng.randint(1, 3))] for k in range(n_people)}
    school = {k: _pick(rng, ents.schools) for k in range(n_people)}
    person_base = len(ents.names)
    ds = Dataset()

    def mention(etype: EntityType, name: str | None, doc: str, truth: int,
                ids: tuple = (), key: str | None = None) -> int:
        ds.mentions.append(MentionRef(etype, name, doc, ids, key))
        ds.truth.append(truth)
        return len(ds.mentions) - 1

    d = 0
    while len(ds.mentions) < n_mentions:
        doc = f"doc{d}"
        d += 1
        k = rng.randrange(n_people)
        name, handle = people[k]
        ids = (("email", f"{handle}@mail.example"),) if rng.random() < 0.3 else ()
        if rng.random() < 0.25:
            subj = mention(EntityType.PERSON, None, doc, person_base + k,
                           (("github", handle),) + (ids if rng.random() < 0.5 else ()), f"anon:{doc}")
        else:
            shown = f"Dr. {name}" if rng.random() < 0.05 else name
            subj = mention(EntityType.PERSON, shown, doc, person_base + k, ids)
        for org in jobs[k][:rng.randint(1, len(jobs[k]))]:
            for _ in range(rng.choice((1, 1, 2))):
                o = mention(ents.types[org], ents.surface(org), doc, org)
                ds.links.append((subj, "employer", o))
        s = school[k]
        ds.links.append((subj, "school", mention(ents.types[s], ents.surface(s), doc, s)))
        for _ in range(rng.randint(8, 14)):
            sk = _pick(rng, ents.skills)
            mention(EntityType.SKILL, ents.surface(sk), doc, sk)
    for i in sorted(rng.sample(range(len(ents.names)), int(len(ents.names) * vocab_share))):
        aliases = [ents.acronym[i]] if i in ents.acronym else []
        if ents.kind[i] == "skill":
            ds.skill_rows.append(SimpleNamespace(canonical=ents.names[i], aliases=aliases,
                                                 case_sensitive=False))
        else:
            ds.org_rows.append(SimpleNamespace(canonical=ents.names[i], aliases=aliases,
                                               type=ents.types[i].value, parent=None))
    return ds
