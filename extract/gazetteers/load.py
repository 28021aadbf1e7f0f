"""Loaders for the curated vocabularies shipped as package data next to this module.

Each loader reads its file once per process (`functools.lru_cache`) through `importlib.resources`,
so it works from a source tree and from an installed wheel alike. Importing this module does no
work. Rows come back as frozen dataclasses in file order (files are sorted by canonical name).

Files and what they hold (see NOTICE.md for sources and licences):

- `skills.csv`: canonical,category,aliases,case_sensitive,esco_uri -> `load_skills()`
- `skill_stoplist.txt`: lower-case words never taken as a skill alone -> `load_skill_stoplist()`
- `organizations.csv`: canonical,type,aliases,parent,country -> `load_organizations()`
- `places.csv`: name,kind,country,aliases -> `load_places()`
- `job_titles.txt`, `title_modifiers.txt` -> `load_job_titles()`, `load_title_modifiers()`
- `section_headers.csv`: section,variant -> `load_section_headers()` (variant lower case -> section)

Skill names follow the gold convention: the canonical name is the common name ("Watson
Assistant", "Rancher", "Jasmine"), longer or vendor-prefixed forms are aliases. A version or a
depth of a model released as a model of its own (YOLOv8, GPT-4, MobileNetV2, VGG16, ResNet50) is
its own row; its family (YOLO, GPT ...) is found from the name (`extract.skillmatch.skill_family`)
and written as the Skill's `broader` attribute, so a query for the family with narrower skills
finds it. A size or checkpoint suffix (BLOOM-176B, Mistral 7B) and a language version (Python3)
are aliases of the one skill. Generic notions (category `concept`: Embeddings, Knowledge Graphs,
Pretraining) are skills when listed; in a bullet they need a use cue ("using embeddings").

Aliases are `|`-separated in the CSV files. A case-sensitive skill (`case_sensitive` = 1) matches
only as written (canonical and every alias, e.g. `Go`, `R`, `Spark`); the others match in any
case. Organization and place names are proper nouns: match them as written.

>>> skill = find_skill("Tensorflow")
>>> skill.canonical, skill.category
('TensorFlow', 'framework')
>>> find_skill("go") is None, find_skill("Go").canonical
(True, 'Go')
>>> aws = find_organization("AWS")
>>> aws.canonical, aws.parent, find_organization(aws.parent).parent is None
('Amazon Web Services', 'Amazon', True)
>>> load_section_headers()["work experience"]
'experience'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "SkillEntry", "OrgEntry", "PlaceEntry", "GazetteerError",
    "SKILL_CATEGORIES", "ORG_TYPES", "PLACE_KINDS", "SECTIONS",
    "load_skills", "load_skill_stoplist", "load_organizations", "load_places",
    "load_job_titles", "load_title_modifiers", "load_section_headers",
    "find_skill", "find_organization", "find_places",
    "job_titles", "title_modifiers", "organizations", "places", "section_headers",
]

PACKAGE = "extract.gazetteers"

#: categories of `skills.csv`; `task` (a problem solved, e.g. Machine Translation) and `practice`
#: (generic engineering practice, e.g. Microservices, Caching) are skills only when listed as such;
#: `concept` (a generic notion such as Embeddings, Knowledge Graphs, Pretraining, Positional
#: Encoding) is a skill when listed, but a bullet must say the person used it ("using embeddings")
SKILL_CATEGORIES = frozenset({
    "programming-language", "framework", "library", "database", "cloud-service", "platform",
    "tool", "os", "hardware", "data-format", "protocol", "ml-model", "ml-technique", "method",
    "field", "open-source-project", "methodology", "business-software", "design-tool",
    "soft-skill", "task", "practice", "concept",
})
ORG_TYPES = frozenset({"Organization", "EducationalOrganization"})
PLACE_KINDS = frozenset({"country", "region", "state", "province", "union-territory", "city"})
SECTIONS = frozenset({
    "experience", "education", "skills", "publications", "patents", "projects", "awards",
    "certifications", "courses", "interests", "summary", "contact", "languages", "volunteering",
    "talks", "service", "teaching", "references", "grants",
})


class GazetteerError(ValueError):
    """A vocabulary file is malformed; the message names the file and line to fix."""


@dataclass(frozen=True)
class SkillEntry:
    """One skill: canonical name, category, other names, case sensitivity, optional ESCO URI."""

    canonical: str
    category: str
    aliases: tuple[str, ...] = ()
    case_sensitive: bool = False
    esco_uri: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.canonical, *self.aliases)


@dataclass(frozen=True)
class OrgEntry:
    """One organization: canonical common name, type, aliases, parent's canonical name, country."""

    canonical: str
    type: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


@dataclass(frozen=True)
class PlaceEntry:
    """One place: name, kind (country, state, city ...), ISO 3166-1 alpha-2 country, aliases."""

    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# ---------------------------------------------------------------------------------------------
# reading package data


def _text(filename: str) -> str:
    return resources.files(PACKAGE).joinpath(filename).read_text(encoding="utf-8")


def _rows(filename: str, header: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(_text(filename)))
    if tuple(reader.fieldnames or ()) != header:
        raise GazetteerError(f"{filename}: header is {reader.fieldnames}, expected {list(header)}")
    for row in reader:
        line = reader.line_num
        if None in row or any(v is None for v in row.values()):
            raise GazetteerError(f"{filename}:{line}: expected {len(header)} columns")
        yield line, {k: v.strip() for k, v in row.items()}


def _lines(filename: str) -> tuple[str, ...]:
    out = []
    for raw in _text(filename).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


def _split(aliases: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in aliases.split("|") if a.strip())


def _require(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise GazetteerError(f"{where}: {what}")


# ---------------------------------------------------------------------------------------------
# loaders


@lru_cache(maxsize=1)
def load_skills() -> tuple[SkillEntry, ...]:
    """Every row of `skills.csv`."""
    out = []
    for line, r in _rows("skills.csv", ("canonical", "category", "aliases", "case_sensitive",
                                        "esco_uri")):
        where = f"skills.csv:{line}"
        _require(bool(r["canonical"]), where, "empty canonical name")
        _require(r["category"] in SKILL_CATEGORIES, where, f"unknown category {r['category']!r}")
        _require(r["case_sensitive"] in ("0", "1"), where, "case_sensitive must be 0 or 1")
        _require(not r["esco_uri"] or r["esco_uri"].startswith("http://data.europa.eu/esco/"),
                 where, "esco_uri must be an ESCO URI or empty")
        out.append(SkillEntry(r["canonical"], r["category"], _split(r["aliases"]),
                              r["case_sensitive"] == "1", r["esco_uri"] or None))
    return tuple(out)


@lru_cache(maxsize=1)
def load_skill_stoplist() -> frozenset[str]:
    """Lower-case words and phrases never taken as a skill on their own (exact written text)."""
    words = _lines("skill_stoplist.txt")
    for w in words:
        _require(w == w.lower(), "skill_stoplist.txt", f"{w!r} is not lower case")
    return frozenset(words)


@lru_cache(maxsize=1)
def load_organizations() -> tuple[OrgEntry, ...]:
    """Every row of `organizations.csv`."""
    out = []
    for line, r in _rows("organizations.csv", ("canonical", "type", "aliases", "parent", "country")):
        where = f"organizations.csv:{line}"
        _require(bool(r["canonical"]), where, "empty canonical name")
        _require(r["type"] in ORG_TYPES, where, f"unknown type {r['type']!r}")
        out.append(OrgEntry(r["canonical"], r["type"], _split(r["aliases"]), r["parent"] or None,
                            r["country"] or None))
    return tuple(out)


@lru_cache(maxsize=1)
def load_places() -> tuple[PlaceEntry, ...]:
    """Every row of `places.csv`."""
    out = []
    for line, r in _rows("places.csv", ("name", "kind", "country", "aliases")):
        where = f"places.csv:{line}"
        _require(bool(r["name"]), where, "empty name")
        _require(r["kind"] in PLACE_KINDS, where, f"unknown kind {r['kind']!r}")
        out.append(PlaceEntry(r["name"], r["kind"], r["country"] or None, _split(r["aliases"])))
    return tuple(out)


@lru_cache(maxsize=1)
def load_job_titles() -> frozenset[str]:
    """Job-title head words and multi-word titles, as written in `job_titles.txt`."""
    return frozenset(_lines("job_titles.txt"))


@lru_cache(maxsize=1)
def load_title_modifiers() -> frozenset[str]:
    """Words and phrases that qualify a job title (Senior, Staff, Machine Learning ...)."""
    return frozenset(_lines("title_modifiers.txt"))


@lru_cache(maxsize=1)
def _section_pairs() -> tuple[tuple[str, str], ...]:
    out = []
    for line, r in _rows("section_headers.csv", ("section", "variant")):
        _require(r["section"] in SECTIONS, f"section_headers.csv:{line}",
                 f"unknown section {r['section']!r}")
        out.append((r["variant"].lower(), r["section"]))
    return tuple(out)


def load_section_headers() -> dict[str, str]:
    """Header variant in lower case -> canonical section name (a fresh dict per call)."""
    return dict(_section_pairs())


# ---------------------------------------------------------------------------------------------
# lookups


@lru_cache(maxsize=1)
def _skill_index() -> tuple[dict[str, SkillEntry], dict[str, SkillEntry]]:
    exact: dict[str, SkillEntry] = {}
    folded: dict[str, SkillEntry] = {}
    for entry in load_skills():
        for name in entry.names:
            if entry.case_sensitive:
                exact.setdefault(name, entry)
            else:
                folded.setdefault(name.casefold(), entry)
    return exact, folded


def find_skill(name: str) -> SkillEntry | None:
    """The skill whose canonical name or alias is exactly `name` (whitespace-trimmed).

    Case-sensitive entries need the exact spelling; others match in any case. A name on the
    stop-list is never a skill.
    """
    text = " ".join(name.split())
    if not text or text in load_skill_stoplist():
        return None
    exact, folded = _skill_index()
    return exact.get(text) or folded.get(text.casefold())


@lru_cache(maxsize=1)
def _org_index() -> dict[str, OrgEntry]:
    out: dict[str, OrgEntry] = {}
    for entry in load_organizations():
        for name in entry.names:
            out.setdefault(name.casefold(), entry)
    return out


def find_organization(name: str) -> OrgEntry | None:
    """The organization whose canonical name or alias is `name` (case-insensitive), or None."""
    return _org_index().get(" ".join(name.split()).casefold())


@lru_cache(maxsize=1)
def _place_index() -> dict[str, tuple[PlaceEntry, ...]]:
    out: dict[str, list[PlaceEntry]] = {}
    for entry in load_places():
        for name in dict.fromkeys(entry.names):
            out.setdefault(name.casefold(), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


def find_places(name: str) -> tuple[PlaceEntry, ...]:
    """Every place called `name` (case-insensitive): several when the name is ambiguous.

    >>> sorted(p.country for p in find_places("Hyderabad"))
    ['IN', 'PK']
    """
    return _place_index().get(" ".join(name.split()).casefold(), ())


# ---------------------------------------------------------------------------------------------
# short forms read by the extractors (extract.resume.common, extract.sections)


def job_titles() -> frozenset[str]:
    """Same as `load_job_titles()`."""
    return load_job_titles()


def title_modifiers() -> frozenset[str]:
    """Same as `load_title_modifiers()`."""
    return load_title_modifiers()


def organizations() -> dict[str, str]:
    """Every organization name and alias -> its type (`Organization` / `EducationalOrganization`)."""
    out: dict[str, str] = {}
    for entry in load_organizations():
        for name in entry.names:
            out.setdefault(name, entry.type)
    return out


def places() -> frozenset[str]:
    """Every place name and alias."""
    return frozenset(name for entry in load_places() for name in entry.names)


def section_headers() -> dict[str, str]:
    """Same as `load_section_headers()`."""
    return load_section_headers()
