"""Facts straight from a JSON Resume's fields (documents of kind "jsonresume").

The reader (`extract.readers.jsonresume`) rendered the JSON one field a line; here the fields
are read back with their line spans and mapped, each fact's provenance spanning the lines of the
fields it used and its attrs naming the JSON path (``{"json_path": "work[0]"}``):

| JSON                                   | fact                                                 |
|----------------------------------------|------------------------------------------------------|
| work[i] name/company, position, dates  | worked-at Organization, title, start, end            |
| work[i].location                       | located-in (the organization -> Place)               |
| volunteer[i] organization, position    | worked-at, attrs volunteer=true                      |
| education[i] institution               | studied-at EducationalOrganization, title "studyType in area" |
| skills[i].name, skills[i].keywords[j]  | used-skill (keywords carry the entry name as category) |
| projects[i] name, roles, dates         | contributed-to Project; projects[i].keywords[j] used-skill |
| publications[i] name, publisher        | authored Publication; published-in Venue              |
| awards[i] title, date, awarder         | received-award, start = the date                     |

A role with a start date and no end date is current (``end="present"``), as the schema means it.
Dates keep year and month. Languages, interests, references and certificates give no facts.

>>> from ontology import Document
>>> from extract.readers.jsonresume import render_resume
>>> text = render_resume({"basics": {"name": "Ada Park", "email": "ada@example.org"},
...                       "work": [{"name": "Initech", "position": "Engineer",
...                                 "startDate": "2019-03-01"}]})
>>> doc = Document(id="ada", text=text, format="jsonresume")
>>> jsonresume_subject(doc).identifiers
{'email': 'ada@example.org'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.context import DocContext, Line
from extract.readers.jsonresume import Field, parse_rendered
from extract.registry import register
from ontology import Document, EntityType, Fact, Mention, Predicate, norm_name

__all__ = ["EXTRACTOR", "jsonresume_facts", "jsonresume_subject", "json_date"]

EXTRACTOR = "jsonresume.fields.v1"
_CONFIDENCE = 0.95
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?(?:T.*)?$")
_NOW = frozenset({"present", "current", "now", "ongoing", "today"})

Entry = dict[str, Field]  # path below the entry ('name', 'keywords[0]') -> field


def json_date(value: str | None) -> str | None:
    """A JSON Resume date as YYYY or YYYY-MM ('present' for present); None when not a date.

    >>> json_date("2019-03-01"), json_date("2019"), json_date("2019-3"), json_date("Present")
    ('2019-03', '2019', '2019-03', 'present')
    >>> json_date("spring 2019") is None
    True
    """
    if not value:
        return None
    v = value.strip()
    if v.lower() in _NOW:
        return "present"
    m = _DATE.match(v)
    if not m:
        return None
    if m.group(2) and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    return m.group(1)


def _entries(fields: Iterable[Field], section: str) -> list[tuple[int, Entry]]:
    """Entries of a top-level list ('work'), in index order, as {sub-path: field}."""
    out: dict[int, Entry] = {}
    prefix = re.compile(rf"^{re.escape(section)}\[(\d+)\](?:\.|(?=\[)|$)(.*)$")
    for f in fields:
        m = prefix.match(f.path)
        if m:
            out.setdefault(int(m.group(1)), {})[m.group(2)] = f
    return sorted(out.items())


def _value(entry: Entry, *keys: str) -> tuple[str | None, Field | None]:
    for k in keys:
        if k in entry:
            return entry[k].value, entry[k]
    return None, None


def _list(entry: Entry, key: str) -> list[tuple[str, Field]]:
    rx = re.compile(rf"^{re.escape(key)}\[(\d+)\]$")
    items = [(int(m.group(1)), f) for k, f in entry.items() if (m := rx.match(k))]
    return [(f.value, f) for _, f in sorted(items)]


def _fact(ctx: DocContext, pred: Predicate, obj: Mention, used: Iterable[Field | None],
          json_path: str, subject: Mention | None = None, **quals: object) -> Fact:
    spans = [f for f in used if f is not None]
    start, end = min(f.start for f in spans), max(f.end for f in spans)
    clean = {k: v for k, v in quals.items() if v not in (None, "")}
    attrs = {"json_path": json_path, **clean.pop("attrs", {})}  # type: ignore[dict-item]
    return Fact(subject=subject or ctx.subject, predicate=pred, object=obj, attrs=attrs,
                provenance=ctx.provenance(start, end, EXTRACTOR, _CONFIDENCE), **clean)


def _dates(entry: Entry, current_if_open: bool) -> tuple[str | None, str | None, list[Field]]:
    s_raw, s_f = _value(entry, "startDate")
    e_raw, e_f = _value(entry, "endDate")
    start, end = json_date(s_raw), json_date(e_raw)
    if start and not e_raw and current_if_open:
        end = "present"
    return start, end, [f for f in (s_f, e_f) if f is not None]


def _roles(ctx: DocContext, fields: list[Field], section: str, org_keys: tuple[str, ...],
           volunteer: bool) -> list[Fact]:
    facts: list[Fact] = []
    for i, e in _entries(fields, section):
        name, name_f = _value(e, *org_keys)
        if not name:
            continue
        title, title_f = _value(e, "position")
        start, end, date_fs = _dates(e, current_if_open=True)
        org = Mention(type=EntityType.ORGANIZATION, name=name)
        facts.append(_fact(ctx, Predicate.WORKED_AT, org, [name_f, title_f, *date_fs],
                           f"{section}[{i}]", title=title, start=start, end=end,
                           attrs={"volunteer": "true"} if volunteer else {}))
        place, place_f = _value(e, "location")
        if place:
            facts.append(_fact(ctx, Predicate.LOCATED_IN, Mention(type=EntityType.PLACE, name=place),
                               [name_f, place_f], f"{section}[{i}].location", subject=org))
    return facts


def _education(ctx: DocContext, fields: list[Field]) -> list[Fact]:
    facts: list[Fact] = []
    for i, e in _entries(fields, "education"):
        name, name_f = _value(e, "institution")
        if not name:
            continue
        kind, kind_f = _value(e, "studyType")
        area, area_f = _value(e, "area")
        title = f"{kind} in {area}" if kind and area else (kind or area)
        start, end, date_fs = _dates(e, current_if_open=False)
        score, _ = _value(e, "score", "gpa")
        attrs = {k: v for k, v in (("field", area), ("gpa", score)) if v}
        facts.append(_fact(ctx, Predicate.STUDIED_AT,
                           Mention(type=EntityType.EDUCATIONAL_ORGANIZATION, name=name),
                           [name_f, kind_f, area_f, *date_fs], f"education[{i}]", title=title,
                           start=start, end=end, attrs=attrs))
    return facts


def _skill(ctx: DocContext, name: str, f: Field, path: str, group: str | None,
           seen: dict[str, str | None]) -> list[Fact]:
    """One used-skill fact, named as the skills vocabulary names it (once per skill). `seen`
    maps the keys of names already given a fact to None, and their own projects' keys to the
    project name (a project they use as a tool is the object as a Project, as in resumes)."""
    from extract.gazetteers.load import find_skill

    known = find_skill(name)
    canonical = known.canonical if known else " ".join(name.split())
    key = norm_name(canonical)
    if not key or (key in seen and seen[key] is None):
        return []
    project = seen.get(key)
    seen[key] = None
    if project:
        obj = Mention(type=EntityType.PROJECT, name=project)
    else:
        attrs = {k: v for k, v in (("category", known.category if known else None),
                                   ("group", group)) if v}
        obj = Mention(type=EntityType.SKILL, name=canonical, attrs=attrs)
    return [_fact(ctx, Predicate.USED_SKILL, obj, [f], path)]


def _skills(ctx: DocContext, fields: list[Field], seen: dict[str, str | None]) -> list[Fact]:
    facts: list[Fact] = []
    for i, e in _entries(fields, "skills"):
        name, name_f = _value(e, "name")
        if name and name_f:
            facts += _skill(ctx, name, name_f, f"skills[{i}].name", None, seen)
        for j, (kw, kw_f) in enumerate(_list(e, "keywords")):
            facts += _skill(ctx, kw, kw_f, f"skills[{i}].keywords[{j}]", name, seen)
    return facts


def _projects(ctx: DocContext, fields: list[Field], seen: dict[str, str | None]) -> list[Fact]:
    facts: list[Fact] = []
    for i, e in _entries(fields, "projects"):
        name, name_f = _value(e, "name")
        if not name:
            continue
        roles = _list(e, "roles")
        start, end, date_fs = _dates(e, current_if_open=False)
        facts.append(_fact(ctx, Predicate.CONTRIBUTED_TO, Mention(type=EntityType.PROJECT, name=name),
                           [name_f, *date_fs, *(f for _, f in roles)], f"projects[{i}]",
                           title=", ".join(r for r, _ in roles) or None, start=start, end=end))
        for j, (kw, kw_f) in enumerate(_list(e, "keywords")):
            facts += _skill(ctx, kw, kw_f, f"projects[{i}].keywords[{j}]", None, seen)
    return facts


def _publications(ctx: DocContext, fields: list[Field]) -> list[Fact]:
    facts: list[Fact] = []
    for i, e in _entries(fields, "publications"):
        name, name_f = _value(e, "name")
        if not name:
            continue
        date = json_date(_value(e, "releaseDate")[0])
        pub = Mention(type=EntityType.PUBLICATION, name=name,
                      attrs={"year": date[:4]} if date and date != "present" else {})
        facts.append(_fact(ctx, Predicate.AUTHORED, pub, [name_f], f"publications[{i}]"))
        venue, venue_f = _value(e, "publisher")
        if venue:
            facts.append(_fact(ctx, Predicate.PUBLISHED_IN, Mention(type=EntityType.VENUE,
                                                                    name=venue),
                               [name_f, venue_f], f"publications[{i}].publisher", subject=pub))
    return facts


def _awards(ctx: DocContext, fields: list[Field]) -> list[Fact]:
    facts: list[Fact] = []
    for i, e in _entries(fields, "awards"):
        name, name_f = _value(e, "title", "name")
        if not name:
            continue
        raw, date_f = _value(e, "date")
        date = json_date(raw)
        awarder, awarder_f = _value(e, "awarder")
        award = Mention(type=EntityType.AWARD, name=name,
                        attrs={"awarder": awarder} if awarder else {})
        facts.append(_fact(ctx, Predicate.RECEIVED_AWARD, award, [name_f, date_f, awarder_f],
                           f"awards[{i}]", start=date if date != "present" else None))
    return facts


@register(EXTRACTOR, kinds=("jsonresume",))
def jsonresume_facts(ctx: DocContext) -> list[Fact]:
    """Every fact the JSON Resume's fields state (see the module docstring)."""
    fields = parse_rendered(ctx.text)
    seen: dict[str, str | None] = {norm_name(f.value): f.value for f in fields
                                   if re.fullmatch(r"projects\[\d+\]\.name", f.path)}
    facts = (_roles(ctx, fields, "work", ("name", "company"), volunteer=False)
             + _roles(ctx, fields, "volunteer", ("organization", "name"), volunteer=True)
             + _education(ctx, fields) + _skills(ctx, fields, seen) + _projects(ctx, fields, seen)
             + _publications(ctx, fields) + _awards(ctx, fields))
    return facts


def jsonresume_subject(document: Document) -> Mention:
    """The Person a JSON Resume is about: basics.name and identifiers from basics (email,
    phone, url, profiles), normalised as the resume subject's are."""
    from extract.subject import derive_handle, find_identifiers

    basics = {f.path: f for f in parse_rendered(document.text) if f.path.startswith("basics")}
    name = basics["basics.name"].value if "basics.name" in basics else None
    contact = [f for p, f in sorted(basics.items(), key=lambda kv: kv[1].start)
               if p in ("basics.email", "basics.phone", "basics.url", "basics.website")
               or re.fullmatch(r"basics\.profiles\[\d+\]\.url", p)]
    lines = [Line(f"{f.path.rsplit('.', 1)[-1]}: {f.value}", f.start, f.end) for f in contact]
    ids = find_identifiers(lines)
    for _, e in _entries(basics.values(), "basics.profiles"):
        network, user = (_value(e, "network")[0] or "").lower(), _value(e, "username")[0]
        if network in ("github", "linkedin") and user and network not in ids:
            ids[network] = user.lstrip("@")
    site = re.sub(r"^(?:https?://)?(?:www\.)?", "", basics["basics.url"].value).rstrip("/") \
        if "basics.url" in basics else ""
    if site and "website" not in ids and not re.match(r"(?:github|linkedin)\.com\b", site, re.I):
        ids["website"] = site
    handle = derive_handle(ids)
    if handle:
        ids["handle"] = handle
    if name is None and not ids:
        return Mention(type=EntityType.PERSON, key=f"anon:{document.id}")
    return Mention(type=EntityType.PERSON, name=name, identifiers=ids)
