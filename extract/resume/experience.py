"""Work experience: one worked-at fact per role, plus located-in and part-of for its employer.

Roles are found from their dates. Each non-bullet line carrying a date range is an anchor; the
header lines of the role sit next to it: before it ("Title, Org - City" then the date line, or
"## Title" then "**Org** | dates | City"), after it when a document leads with dates, or at the
top of the block the date closes when the document prints dates after each block (detected per
document). The header lines are then read into title, employer(s), location and team with the
evidence of `extract.resume.common` (title lexicon, organization cues and vocabulary, places).

>>> from extract.pipeline import build_context
>>> from ontology import Document
>>> text = ("EXPERIENCE\\nSenior Data Engineer - Globex Corporation - Austin, TX\\n"
...         "Oct 2019 - Present\\n- Built pipelines\\n")
>>> [(f.predicate.value, f.object.name, f.title, f.start, f.end, f.location)
...  for f in extract_experience(build_context(Document(id="d", text=text)))]
... # doctest: +NORMALIZE_WHITESPACE
[('worked-at', 'Globex Corporation', 'Senior Data Engineer', '2019-10', 'present', 'Austin, TX'),
 ('located-in', 'Austin, TX', None, None, None, None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.context import DocContext, Line, iter_lines
from extract.dates import find_date_ranges
from extract.registry import register
from extract.resume.columns import right_column_headings
from extract.resume.common import (
    clean_markup,
    clean_title,
    is_bullet,
    is_page_furniture,
    is_page_marker,
    is_place,
    is_remote,
    is_unit,
    known_org,
    looks_like_skills,
    make_fact,
    mark_gaps,
    org_mention,
    org_score,
    peel_place,
    place_mention,
    split_title_org,
    strip_bullet,
    title_score,
)
from extract.resume.rowshapes import (
    drop_district,
    labelled_unit,
    listed_names,
    title_stints,
    title_with_area,
    via_employer,
    wrapped_bullet,
)
from extract.resume.timeline import is_timeline, timeline_units
from extract.sections import column_extent, column_lines, heading_columns
from ontology import EntityType, Fact, Mention, Predicate

__all__ = ["extract_experience", "find_roles", "detect_layout"]

NAME = "resume.experience.v1"


@dataclass
class Role:
    """One role as read from its header lines."""

    title: str | None = None
    orgs: list[tuple[str, Line]] = field(default_factory=list)
    location: str | None = None
    loc_line: Line | None = None
    start: str | None = None
    end: str | None = None
    teams: list[tuple[str, Line]] = field(default_factory=list)
    org_first: bool = False
    confidence: float = 0.8
    body: list[Line] = field(default_factory=list)
    parents: list[tuple[str, str, Line]] = field(default_factory=list)  # (org, parent, line)
    units: list[tuple[str, Line]] = field(default_factory=list)  # named divisions of the employer
    fields: list[str] = field(default_factory=list)  # a one-line role's fields, in column order
    indent: int = 0  # the indentation of the role's first header line
    head_text: str = ""  # the role's header line as printed (markup removed), for nesting
    bullet: bool = False  # read off a dated list item ('- 2019–2021: Engineer, Globex')


_ITALIC = re.compile(r"^\s*([*_])(?![*_])(.+?)(?<![*_])\1\s*$")
_LABEL = re.compile(r"(?i)^\s*(company|employer|organi[sz]ation|title|role|position|"
                    r"designation|location)\s*:\s*(.+)$")
_PARENT = re.compile(r"\s*\((?:an?|the)\s+[^()]*?\b(?:of|within|at|in)\s+([A-Z][^()]*?)\)")
#: an appositive naming the employer's parent: ', an Initech company', ', a subsidiary of Initech'
_APPOSITIVE = re.compile(r",\s*(?:(?:an?|the)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+"
                         r"(?:company|subsidiary|business|brand|affiliate)"
                         r"|(?:an?\s+|the\s+)?(?:wholly[- ]owned\s+)?(?:subsidiary|division|part|unit)"
                         r"\s+of\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}))(?=\s*(?:[,|–—(]|$))")
_CONTACT = re.compile(r"\w@\w|https?://|www\.|\b\w+\.(?:com|org|io|me|dev)/|\+\d[\d ().-]{8,}\d"
                      r"|\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b")
_DIGIT = re.compile(r"\d")

_TEAM = re.compile(r"(?i)\b(team|group|squad|division|department)\b")
_UNIT_WORD = re.compile(r"(?i)\b(?:team|group|squad|division|department|lab|laboratory|unit)\b")
_TEAM_END = re.compile(r"(?i)\b(team|group|squad|division|department)\b(?=\s*(?:[-–—|,:(]|$))")


_DURATION = re.compile(r"[(·•|,-]?\s*\(?\b\d+\+?\s*(?:years?|yrs?|months?|mos?|mois|ans|weeks?|wks?)\b"
                       r"(?:\s*,?\s*(?:and\s+)?\d+\s*(?:months?|mos?)\b)?\s*\)?", re.I)


_DURATION_ONLY = re.compile(r"(?i)^\(?\s*(?:\d+\+?\s*(?:years?|yrs?|months?|mos?)\b[\s,]*(?:and\s+)?)+\)?$")
#: an employment type (LinkedIn prints it beside the employer or over a group of roles)
_EMP_TYPE = (r"(?:full[- ]time|part[- ]time|contract(?:or)?|internship|self[- ]employed|freelance"
             r"|seasonal|apprenticeship|temporary|permanent|casual)")
#: a line with only an employment type and a total tenure ('Full-time · 6 yrs 2 mos')
_TYPE_ONLY = re.compile(rf"(?i)^{_EMP_TYPE}(?:\s*[·•|,-]\s*(?:\d+\+?\s*(?:years?|yrs?|months?|mos?)"
                        r"\b\s*)+)?$")
#: an employment type as a field of its own ('Globex · Full-time')
_TYPE_FIELD = re.compile(rf"(?i)\s*[·•|]\s*{_EMP_TYPE}\s*(?=$|[·•|])")


#: a note on an employer's history, not part of its name ('(acquired by Initech, 2022)',
#: '(formerly Globex)', '(now part of Initech)', '(PE-backed)'); its dates are not the role's.
#: ('(a subsidiary of Initech)' names a parent: `_PARENT`)
_NOTE = re.compile(r"\s*\((?:(?:since\s+|later\s+|subsequently\s+|then\s+)?(?:acquired|bought|merged"
                   r"|purchased|renamed|rebranded|spun\s+off|sold)\b|(?:formerly|previously|now|f/k/a"
                   r"|fka|n/k/a)\b|[\w-]+-backed\b)[^()]*\)",
                   re.I)


@lru_cache(maxsize=1 << 14)
def _undate(text: str) -> tuple[str, tuple]:
    """The text without its date ranges and durations ('(2 years 7 months)'), and the ranges
    (memoized: the role readers ask about the same lines several times)."""
    from extract.dates import strip_dates

    rest, ranges = strip_dates(_NOTE.sub("", text) if "(" in text else text, short_years=True)
    if ranges:
        rest = _DURATION.sub(" ", rest)
    return " ".join(rest.split()).strip(" ,|-–—·"), tuple(ranges)


def _dates(ranges: list) -> tuple[str | None, str | None]:
    rng = next((r for r in ranges if r.end), ranges[0] if ranges else None)
    return (rng.start, rng.end) if rng else (None, None)


@dataclass
class _Read:
    """What one header line says."""

    title: str | None = None
    orgs: list[str] = field(default_factory=list)
    place: str | None = None
    teams: list[str] = field(default_factory=list)
    parent: str | None = None
    weak: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)  # the non-place fields of a column row


def _read_line(text: str) -> _Read:
    """Title, organization, place, units and parent printed on one header line."""
    out = _Read()
    bold = "**" in text or "__" in text
    text = strip_bullet(text) if is_bullet(text) else text
    if " -- " in text:  # a typewriter dash between fields ('Barista -- Initech Coffee, Town')
        text = text.replace(" -- ", " — ")
    rest, dated = _undate(clean_markup(mark_gaps(text)))
    rest = via_employer(rest.lstrip(" :–—-"))
    if "·" in rest or "•" in rest or "|" in rest:
        rest = _TYPE_FIELD.sub("", rest)
    parent = _PARENT.search(rest)
    if parent:
        rest, out.parent = rest[:parent.start()] + rest[parent.end():], parent.group(1).strip()
    elif ", " in rest:
        appos = _APPOSITIVE.search(rest)
        if appos:
            rest = rest[:appos.start()] + rest[appos.end():]
            out.parent = (appos.group(1) or appos.group(2)).strip()
    rest = re.sub(r"\(\s*\)", "", rest)
    if "studio" in rest or "office" in rest or "bureau" in rest or "campus" in rest \
            or "branch" in rest:
        rest = _PLACE_SITE.sub(lambda m: m.group(1) if is_place(m.group(1)) else m.group(0), rest)
    flds = [f.strip(" ,|-–—") for f in re.split(r"\s+[|•·]\s+|\t+|\s+[–—]\s+(?=[^–—]*$)(?![^()]*\))", rest)]
    flds = [f for f in flds if f]
    flds = [_postal_place(f) or f for f in flds]
    placed = any(is_place(f) or peel_place(f)[1] for f in flds)
    items: list[tuple[str, str | None, str | None]] = []
    for fld in flds:
        if "(" in fld and len(flds) == 1 and _LOWER_NOTE.search(fld) \
                and is_place(_LOWER_NOTE.sub("", fld)):
            out.place = out.place or _LOWER_NOTE.sub("", fld)  # 'Leeds (hybrid, from York)'
            continue
        if is_place(fld):
            out.place = out.place or fld
            continue
        split = _org_unit_city(fld)
        if split is not None:  # 'Initech GmbH, Mobility Division, Wolfsburg'
            org, units, city = split
            out.orgs.append(org)
            out.teams += units
            out.place = out.place or city
            continue
        fld, place = peel_place(fld)
        if place and " " in fld:
            fld = drop_district(fld)
        out.place = out.place or place
        if "(" in fld:
            fld = _ACRONYM.sub(lambda m: m.group(0) if is_place(m.group(1)) else "", fld)
        note = _NAME_NOTE.match(fld)
        if note and title_score(note.group(1)) <= 0 and title_score(fld) <= 0 \
                and note.group(1)[:1].isupper() and (org_score(note.group(1)) > 0 or len(flds) > 1):
            # 'Initech Resorts (Summit Lodge restaurant)': the employer and a note on where
            # (a site, an outlet, a hull number); a place in it is the employer's location
            fld = note.group(1)
            if is_place(note.group(2)):
                out.place = out.place or note.group(2).strip()
        items.append((fld, *split_title_org(fld, bold=bold)))
    if len(flds) >= 3 and dated and ("|" in text or "\t" in text or "   " in text.strip()):
        out.fields = [clean_markup(f) for f, _, _ in items]
    # a field that is an employer on its own ('Globex, Inc. | Director, Operations | 2019 -',
    # 'Account Executive, Mid-Market — Globex, Austin, TX'): the other fields' weak comma-split
    # 'organizations' are then areas of the title (a sole employer after the title wins ties)
    sole = [(k, org_score(o)) for k, (_, t, o) in enumerate(items) if t is None and o] \
        if len(items) > 1 else []
    for k, (fld, title, org) in enumerate(items):
        if title and org and org_score(org) < 1 and title_score(fld) > 0 and any(
                sc >= 1 or (j > k and sc >= org_score(org)) for j, sc in sole):
            title, org = clean_title(fld), None
        if org and not title and not (bold or placed or dated) and org_score(org) < 1:
            out.weak.append(org)  # a bare capitalised line: an employer only beside a title
            continue
        if title and out.title is None:
            out.title, team = _split_unit(title)
            out.teams += [team] if team else []
        if org:
            org, team = _split_unit(_OPEN_NOTE.sub("", org) or org)
            out.teams += [team] if team else []
            parts = _org_unit_city(org) if ", " in org and not team else None
            if parts is not None:  # 'Initech University, Robotics Institute' after the title
                org, units, city = parts
                out.teams += units
                out.place = out.place or city
            out.orgs.append(org)
    return out


#: the employer's office named by its town ('Melbourne studio', 'Johannesburg bureau', 'Leeds
#: office'): the town is the location
_PLACE_SITE = re.compile(r"(?<![\w-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:studio|office|bureau"
                         r"|campus|branch)(?=\s*(?:[,|–—(]|$))")


#: an acronym in parentheses after a name ('Office of Rate Policy (ORP)', 'Technician (PCT)'):
#: the name's short form, not another organization or part of the title
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&./-]{1,9}(?:\s[A-Z0-9]{1,5})?)\)(?=\s*(?:,|$))")


#: a name and a trailing parenthesised note ('Initech Resorts (Summit Lodge restaurant)')
_NAME_NOTE = re.compile(r"^([^()]*[^\s(])\s+\(([^()]+)\)$")


#: a short capitalised line that can be a title ('Small Boat Coxswain', 'Hostess / Busser')
_PLAIN_TITLE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:/\s+|&\s+|(?:of|and|for|the|to|de)\s+)?"
                          r"[A-Z][\w'’.-]*){0,5}")


#: a note left open after the employer once the field's closing parenthesis is trimmed
#: ('Hollins Park School (voluntary')
_OPEN_NOTE = re.compile(r"\s*\([^()]*$")


#: a US postal line: 'Springfield, IL 62701', 'Springfield, IL 62701-1234 United States'
_US_POSTAL = re.compile(r"^([A-Z][A-Za-z.'’ -]{1,40}),\s*([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?"
                        r"(?:,?\s+(?:United\s+States(?:\s+of\s+America)?|USA|U\.S\.A?\.?))?$")
#: a street-address line of an employer block ('1200 Harbor Blvd', '77 King St W, Suite 400')
_STREET_LINE = re.compile(r"(?i)^(?:\d{1,6}[a-z]?\s+(?:[NSEW]\.?\s+)?[\w.'’ -]{2,40}?\b(?:street|st|road|rd"
                          r"|avenue|ave|drive|dr|court|ct|lane|ln|boulevard|blvd|way|place|pl|parkway"
                          r"|pkwy|highway|hwy|circle|cir|terrace|square|sq|plaza|pike|row)\b\.?"
                          r"(?:\s+(?:[NSEW]{1,2}\b\.?))?(?:,?\s*(?:suite|ste|floor|fl|unit|room|bldg)\.?"
                          r"\s*#?\s*\w+)?|(?:suite|ste|p\.?\s?o\.?\s+box|floor)\s*#?\s*\d+\w*)\s*$")


def _postal_place(text: str) -> str | None:
    """'City, ST' of a US postal line (ZIP code and country dropped), else None.

    >>> _postal_place("Springfield, IL 62701 United States")
    'Springfield, IL'
    """
    m = _US_POSTAL.match(text.strip())
    if m is None or not re.search(r"\d|United|USA|U\.S", text):
        return None
    place = f"{m.group(1).strip()}, {m.group(2)}"
    return place if is_place(place) else None


#: a word that makes a comma part an organization or a unit, not a city
_NOT_CITY = re.compile(r"(?i)\b(?:team|group|squad|division|department|dept|lab|laboratory|unit|"
                       r"institute|center|centre|office|services|systems|solutions|control|"
                       r"operations|research|engineering|business|sales|marketing|finance|"
                       r"technology|technologies|development|headquarters|hq|plant|campus)\b")


def _org_unit_city(fld: str) -> tuple[str, list[str], str | None] | None:
    """(employer, divisions, city) of a field that leads with a strong employer name and then
    names only divisions and a city by comma ('Initech GmbH, Mobility Division, Wolfsburg',
    'Globex Inc., Stamford Plant'), else None. A part that reads as a title, or a first part
    that is no clear employer, leaves the field to the title/employer split."""
    from extract.resume.common import _LEGAL_TAIL, _generic_only

    if ", " not in fld or "(" in fld.split(",", 1)[0]:
        return None
    parts = [p.strip() for p in fld.split(", ") if p.strip()]
    org, k = parts[0], 1
    while k < len(parts) and _LEGAL_TAIL.match(parts[k]):
        org, k = f"{org}, {parts[k]}", k + 1
    rest = parts[k:]
    if not rest or org_score(org) < 1 or is_place(org) or len(rest) > 3:
        return None
    if any(title_score(p) > 0 or _CONTACT.search(p) or re.search(r"\d", p) or len(p.split()) > 6
           or not p[:1].isupper() for p in rest):
        return None
    city = None
    for n in range(len(rest)):
        if is_place(", ".join(rest[n:])):
            city, rest = ", ".join(rest[n:]), rest[:n]
            break
    if city is None and rest and (len(rest) >= 2 or org_score(org) >= 1.5
                                  or org_score(org) >= 1.0 and not _generic_only(rest[-1])) \
            and len(rest[-1].split()) == 1 and not _NOT_CITY.search(rest[-1]) \
            and org_score(rest[-1]) <= 0.3 and not is_unit(rest[-1]):
        city, rest = rest[-1], rest[:-1]  # a town the vocabulary does not know ('Abstatt')
    if any(org_score(p) >= 2 and not _NOT_CITY.search(p) for p in rest):
        return None  # 'Globex Inc, Initech Corp': two employers, not a division
    return org, rest, city


#: a header line cut mid-phrase: it ends with a comma or a joining word ('..., St Mary's Church of')
_WRAPPED = re.compile(r"(?:,|\b(?:of|and|for|the|&|de|du|des|der|für))\s*$")


def _join_wrapped(lines: list[Line], tail: list[Line]) -> tuple[list[Line], list[Line]]:
    """A date-column role whose header wraps onto an indented next line ('2009 – 2014   Head of
    Year, St Mary's Church of' / '   England School, Leeds'): one header line over both."""
    if not lines or not tail:
        return lines, tail
    last, nxt = lines[-1], tail[0]
    body = nxt.text.strip()
    if not _WRAPPED.search(last.text) or is_bullet(nxt.text) or not body \
            or not nxt.text[:1].isspace() or _ITALIC.match(nxt.text):
        return lines, tail
    joined = Line(f"{last.text.rstrip()} {body}", last.start, nxt.end)
    return lines[:-1] + [joined], tail[1:]


def parse_header(lines: list[Line], tail: list[Line], ranges: list) -> Role:
    """Title, employer(s), location and team of one role from its header lines, then the
    lines right under its dates for what the header did not say."""
    role = Role()
    role.start, role.end = _dates(ranges)
    lines, tail = _join_wrapped(lines, tail)
    if len(lines) == 1 and ("," in lines[0].text or " – " in lines[0].text):
        column = _date_column_role(lines[0], tail, role)
        if column is not None:
            return column
    cands: list[tuple[float, str, Line]] = []
    weak: list[tuple[int, str, Line]] = []
    first_org: int | None = None
    title_n = -9
    lines_all = lines + tail
    place_only: set[int] = set()
    for n, ln in enumerate(lines_all):
        in_tail = n >= len(lines)
        italic = bool(_ITALIC.match(ln.text)) and not (role.title is None and not _TEAM.search(
            ln.text) and title_score(clean_markup(ln.text)) > 0)  # '*Senior Engineer*' is a title
        if italic and _undate(clean_markup(ln.text))[1]:
            italic = False  # '*10.2022 – present · Town*': the role's dates and place
        head_part = clean_markup(mark_gaps(ln.text)).split(",", 1)[0]
        if in_tail and role.title is None and cands and "," in ln.text and not italic \
                and _TEAM_END.search(ln.text) and title_score(head_part) > 0 \
                and not any(r.end for r in _undate(ln.text)[1]):
            # 'Leading Seaman, Navigation Division' under a dated employer line: the title
            # with the area it serves, printed inside the title
            role.title, title_n = clean_title(clean_markup(mark_gaps(ln.text))), n
            continue
        if italic and n > 0 or (in_tail and _TEAM.search(ln.text) and not (
                role.title is None and not _TEAM_END.search(ln.text)
                and title_score(clean_markup(ln.text)) > 0)):  # 'Team Lead, Dispatch' is a title
            org, unit = _split_unit(clean_markup(mark_gaps(ln.text)).strip(" ,"))
            if unit and not italic and org_score(org) >= 1 and not cands:
                cands.append((org_score(org), org, ln))  # 'Initech University, Department of X'
                role.teams.append((unit, ln))
                continue
            role.teams.append((clean_markup(ln.text), ln))
            continue
        if _STREET_LINE.match(clean_markup(ln.text)):
            continue  # the employer's street address (a federal or ATS resume's block)
        lab = _LABEL.match(clean_markup(ln.text))
        if lab:
            key, val = lab.group(1).lower(), lab.group(2)
            if key == "location":
                role.location, role.loc_line = role.location or val, role.loc_line or ln
            elif key in ("title", "role", "position", "designation"):
                role.title = role.title or clean_title(val)
            else:
                cands.append((5.0, val, ln))
            continue
        got = _read_line(ln.text)
        if len(lines) == 1 and not in_tail:
            role.fields = got.fields
        if in_tail and n == len(lines) and role.title is None and cands and not got.title \
                and not got.place and not got.teams and _PLAIN_TITLE.fullmatch(
                    clean_markup(ln.text)) and org_score(clean_markup(ln.text)) < 1 \
                and not looks_like_skills(clean_markup(ln.text)):
            # the line right under a dated employer line is its title, even in words the
            # title vocabulary does not hold ('Small Boat Coxswain')
            role.title, title_n = clean_title(clean_markup(ln.text)), n
            continue
        if in_tail and not ((got.title and not role.title) or (got.orgs and not cands)
                            or (got.place and not got.title and not got.orgs)):
            break
        if got.place and not (got.title or got.orgs or got.weak):
            place_only.add(n)
        if got.place and role.location is None:
            role.location, role.loc_line = got.place, ln
        role.teams += [(t, ln) for t in got.teams]
        if got.title and role.title is None:
            role.title, title_n = got.title, n
        weak += [(n, org, ln) for org in got.weak]
        bonus = 0.5 if "**" in ln.text or "__" in ln.text else 0.0
        for org in got.orgs:
            cands.append((org_score(org) + bonus, org, ln))
            first_org = n if first_org is None and not got.title else first_org
            if got.parent:
                role.parents.append((org, got.parent, ln))
    if role.title is not None and weak and cands and all(
            sc < 1 and ln is lines_all[title_n] and not ln.text.count("|") for sc, _, ln in cands):
        # 'Initech' above 'Junior Analyst, Treasury': the bare line is the employer and the
        # weak name after the comma is the area of the title
        above = [(n, org, ln) for n, org, ln in weak if n == title_n - 1]
        full = f"{role.title}, {cands[0][1]}"
        if above and full in clean_markup(lines_all[title_n].text):
            role.title, cands = full, []
    if not cands and role.title is not None:  # a bare name next to the title line
        for n, org, ln in weak:
            between = set(range(min(n, title_n) + 1, max(n, title_n)))
            if (abs(n - title_n) == 1 or (n < title_n and between and between <= place_only)) \
                    and not looks_like_skills(org) and not _UNIT_WORD.search(org):
                # next to the title, or above it with only its location between (a profile
                # page's employer, location, then the role)
                cands.append((0.0, org, ln))
                first_org = n if first_org is None else first_org
                break
    if cands:
        tl = lines_all[title_n] if role.title is not None and 0 <= title_n < len(lines_all) \
            else None
        # on a tie, an employer on a line of its own beats a comma part of the title line
        best = max(cands, key=lambda c: (c[0], c[2] is not tl))
        demoted = None
        if best[2] is tl and _TEAM_END.search(best[1]) and not known_org(best[1]):
            # 'INTERN - TAX DEPARTMENT' under 'REVENUE AUTHORITY, TOWN': the unit is the title's
            # area; the employer is the heading's organization
            own = [c for c in cands if c[2] is not tl]
            demoted, best = (best[1], max(own, key=lambda c: c[0])) if own else (None, best)
        _, org, ln = best
        if tl is not None and ln is not tl:
            # 'Lead Analyst, Wing Structures' under an employer heading: the comma part of the
            # title line that lost to the heading's employer is the area of the title
            tline = clean_markup(tl.text)
            for sc, lost, lln in cands:
                full = next((f"{role.title}{sep}{lost}" for sep in (", ", " – ", " — ", " - ")
                             if f"{role.title}{sep}{lost}" in tline), None)
                if lln is tl and (sc <= best[0] or lost == demoted) and full:
                    role.title = full
                    break
        names = [o.strip() for o in re.split(r"\s+/\s+", org) if o.strip()]
        if all(is_unit(o) for o in names):
            role.teams.append((org, ln))
        else:
            role.orgs = [(o, ln) for o in names if not is_unit(o)]
    role.org_first = first_org == 0 and role.title is not None
    strong = bool(role.orgs) and org_score(role.orgs[0][0]) >= 1
    role.confidence = 0.9 if strong and role.title else 0.8 if strong or role.title else 0.65
    return role


#: a site named after the employer ('site de Mamirolle', 'site of Leeds', 'usine de Lyon')
_SITE_OF = re.compile(r"(?i)^(?:site|usine|plant|campus|établissement)\s+(?:de\s+|d['’]|of\s+)"
                      r"(?=[A-Z])(?-i:([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}))$")
#: a trailing parenthesised note on a place: a French département number or a region ('(91)',
#: '(Doubs)')
_PLACE_NOTE = re.compile(r"\s*\((?:\d{1,3}|[A-Z][\w'’ -]{1,30})\)$")
#: a trailing note in parentheses that starts in lower case: a description, not a name or place
_LOWER_NOTE = re.compile(r"\s+\((?=[a-z])[^()]*\)$")
#: a town the vocabulary does not know: one or two capitalised words ('Gilley', 'North Coast')
_TOWNISH = re.compile(r"[A-Z][a-zà-ÿ'’]+(?:[- ][A-Z][a-zà-ÿ'’]+)?")


def _date_column_role(line: Line, tail: list[Line], role: Role) -> Role | None:
    """An employer line with the dates ('2019-03 — present   Globex, site of Leeds', a left date
    column; 'Globex Pte. Ltd. – Fab 7, Woodlands      Mar. 2020 – Now', a right one): the
    employer, its units and its town beside the dates, the title on the line under them
    ('                      Quality Manager'), or dated role lines under them (then the line is
    the employer's whole tenure, with no title of its own). None when the line is not laid out
    so: its first part reads as a title, or (dates on the right) it names no clear employer."""
    raw = clean_markup(line.text).strip()
    lead = find_date_ranges(raw, short_years=True)
    if not lead:
        return None
    leading = lead[0].span[0] == 0
    rest = _undate(raw)[0]
    noted = rest.endswith(")") and bool(_LOWER_NOTE.search(rest))
    if noted:  # a note on the employer ('(digital agency, now part of Initech)', '(my company)')
        rest = _LOWER_NOTE.sub("", rest)
    parts = [p.strip() for p in re.split(r", | [–—] ", rest) if p.strip()]
    from extract.resume.common import _LEGAL_TAIL

    while len(parts) > 1 and _LEGAL_TAIL.match(parts[1]):
        parts[:2] = [f"{parts[0]}, {parts[1]}"]
    if len(parts) < 2 - noted or title_score(parts[0]) > 0 or not parts[0][:1].isupper() \
            or is_place(parts[0]) or "(" in parts[0]:
        return None
    strong = leading or org_score(parts[0]) >= 1
    title = None
    if tail:
        below = tail[0]
        text = clean_markup(below.text).strip()
        if title_score(text) <= 0 or org_score(text) >= 1 or any(r.end for r in _undate(text)[1]) \
                or (leading and not below.text[:1].isspace()):
            return None
        title = clean_title(text)
    elif leading:
        return None
    place = None
    for n in range(1, len(parts) - 1):  # 'Globex, Springfield, IL'
        if is_place(", ".join(parts[n:])):
            place, parts = ", ".join(parts[n:]), parts[:n]
            break
    last = _PLACE_NOTE.sub("", parts[-1])
    site = _SITE_OF.match(last)
    if place is None and (site or is_place(last) or (
            _TOWNISH.fullmatch(last) and org_score(last) < 1 and not is_unit(last)
            and title_score(last) <= 0)):
        place, parts = (site.group(1) if site else last), parts[:-1]
    if not strong and not (title and (noted or place and is_place(place))):
        return None  # 'Globex, Leeds   2019 – 2021' over its title line: a known town will do
    units = [p for p in parts[1:] if p[:1].isupper() and not is_place(p) and len(p.split()) <= 6
             and title_score(p) <= 0]
    if len(units) != len(parts) - 1 or (not units and not place and not noted) \
            or (noted and not title):
        return None
    role.title, role.org_first = title, title is not None
    role.orgs = [(parts[0], line)]
    role.units = [(u, line) for u in units]
    if place:
        role.location, role.loc_line = place, line
    role.confidence = 0.85
    return role


def _split_unit(text: str) -> tuple[str, str | None]:
    """Move a trailing or leading generic unit ('Department of Physics') out of a title or
    organization: ('Professor, Dept of Physics') -> ('Professor', 'Dept of Physics')."""
    parts = [p.strip() for p in text.strip(" ,").split(",")]
    if len(parts) < 2:
        return text, None
    if is_unit(parts[-1]) or _DEPT.match(parts[-1]):
        return ", ".join(parts[:-1]), parts[-1]
    if is_unit(parts[0]) or _DEPT.match(parts[0]):
        return ", ".join(parts[1:]), parts[0]
    return text, None


#: an academic or corporate unit named by its subject ('Department of Civil Engineering')
_DEPT = re.compile(r"(?i)(?:dept\b|(?:department|faculty|school|division|college)\s+of\s+[A-Z])")


def team_name(team: str, org: str) -> str:
    """A team's name: the line up to its 'team' word; qualified by the employer when generic.

    >>> team_name("Open Source team - Widgets, Gadgets", "Initech")
    'Initech Open Source team'
    >>> team_name("Payments Platform - Risk Team", "Initech")
    'Payments Platform - Risk Team'
    >>> team_name("Department of Physics", "Northfield University")
    'Northfield University Department of Physics'
    """
    labelled = labelled_unit(team)
    if labelled:
        return labelled  # 'Team: Growth Analytics (Initech Retail)'
    m = _TEAM_END.search(team)
    name = team[:m.end()] if m else team
    name = name.strip(" ,;-–—")
    if is_unit(name) or all(w.lower() in ("open", "source", "core", "team") for w in name.split()):
        if org.lower() not in name.lower():
            name = f"{org} {name}"
    return name


@dataclass
class _Row:
    line: Line
    kind: str  # blank | bullet | date | dated | text
    ranges: list = field(default_factory=list)


def _dated_bullet(text: str) -> list:
    """Date ranges of a bullet that is itself a role ('- 2019–present: Professor, Univ X')."""
    s = clean_markup(strip_bullet(text))
    rest, ranges = _undate(s)
    if not any(r.end for r in ranges) or len(rest.split()) > 16:
        return []
    rng = next(r for r in ranges if r.end)
    leading = not re.sub(r"[\W_]+", "", s[:rng.span[0]])
    head = peel_place(_PARENT.sub("", rest.lstrip(" :–—-")))[0]
    title, org = split_title_org(head)
    if leading and (title or org) or (title and org and (
            org_score(org) >= 1 or _AT_ORG.search(head) and title_score(title) > 0)):
        return ranges  # '- Lab Technician at Verdant Foods, Modesto, CA (2015–2019)'
    return []


#: 'Title at Employer' (a role printed as one sentence-like bullet)
_AT_ORG = re.compile(r"^[A-Z][^,()]{2,60}?\s(?:at|@)\s+[A-Z0-9]")


def _names_a_role(text: str) -> bool:
    """A line with one date that still reads as a role header ('Intern — Hooli (Summer 2016)')."""
    got = _read_line(text)
    return bool(got.title and got.orgs or any(org_score(o) >= 1 for o in got.orgs))


#: a date set off at the end of a line by a gap or a separator ('Intern      Summer 2011')
_GAP_BEFORE = re.compile(r"(?:\s{2,}|\t|\s*[,|–—(-]\s*)$")


def _title_and_date(line: str, rest: str, ranges: list) -> bool:
    """A title with one date set off after it ('Accounting Intern        Summer 2011', 'Tutor,
    2012'): a role line under an employer heading, not a sentence mentioning a year."""
    if len(ranges) != 1 or not rest[:1].isupper() or len(rest.split()) > 8:
        return False
    from extract.dates import find_date_ranges

    s = line.rstrip(" *_")
    raw = find_date_ranges(s, short_years=True)  # spans in the line as printed: the gap before the date counts
    if len(raw) != 1:
        return False
    a, b = raw[0].span
    if s[b:].strip(" )") or not _GAP_BEFORE.search(s[:a]):
        return False
    return title_score(rest) > 0 and org_score(rest) < 1


def _contact(s: str) -> bool:
    """`_CONTACT.search(s)`, skipped where none of its alternatives can match: each needs an
    '@', a '/', 'www.', a '+' or ten digits (most lines of a resume have none)."""
    if not ("@" in s or "/" in s or "www." in s or "+" in s or len(_DIGIT.findall(s)) >= 10):
        return False
    return _CONTACT.search(s) is not None


def _rows(ctx: DocContext, start: int, end: int,
          column: tuple[int, int | None] | None = None) -> list[_Row]:
    names = {ctx.subject.name} if ctx.subject.name else set()
    rows: list[_Row] = []
    lines = iter_lines(ctx.text, start, end) if column is None else \
        column_lines(ctx.text, start, end, *column)
    for ln in lines:
        s = ln.text.strip()
        if not s or _DURATION_ONLY.match(s) or _TYPE_ONLY.match(s):
            rows.append(_Row(ln, "blank"))  # a total tenure line ('3 years 2 months')
            continue
        if _contact(s) or (names and clean_markup(s) in names) or is_page_marker(s) \
                or is_page_furniture(s):
            rows.append(_Row(ln, "meta"))
            continue
        if is_bullet(ln.text):
            rows.append(_Row(ln, "dated", ranges) if (ranges := _dated_bullet(ln.text))
                        else _Row(ln, "bullet"))
            continue
        if rows and rows[-1].kind == "bullet" and ln.text[:1].isspace() and (
                s[:1].islower() or wrapped_bullet(_bullet_head(rows), ln.text)):
            rows.append(_Row(ln, "bullet"))  # the wrapped rest of a bullet, dates and all
            continue
        rest, ranges = _undate(clean_markup(s))
        if ranges and not re.sub(r"[\W_]+", "", rest):
            rows.append(_Row(ln, "date", ranges))
        elif ranges and len(rest.split()) <= 14 and not _sentence(rest) \
                and not _SENTENCE_INSIDE.search(rest) and (
                any(r.end for r in ranges) or _names_a_role(s) or _title_and_date(s, rest, ranges)):
            rows.append(_Row(ln, "dated", ranges))
        else:
            rows.append(_Row(ln, "text"))
    return rows


def _bullet_head(rows: list[_Row]) -> str:
    """The marker line of the bullet the last rows belong to."""
    j = len(rows) - 1
    while j > 0 and not is_bullet(rows[j].line.text) and rows[j - 1].kind == "bullet":
        j -= 1
    return rows[j].line.text


def _sentence(s: str) -> bool:
    """Ends like a sentence ('... built things.'), not like an abbreviation ('Globex Inc.')."""
    return bool(re.search(r"(?:^|\s)[a-z][\w'’-]*[.!?]$|(?<![A-Z])[.!?][\"'”’)]$", s.strip()))


#: a sentence ending inside a line ('... to Google Cloud. Codified ...'): description text
_MID_SENTENCE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z][a-z]")
#: a sentence ending inside a dated line ('... help desk. Deployed to Kuwait (2010-2011)'):
#: a lower-case word before the stop, so 'Pvt. Ltd.' and 'Inc. |' do not count
_SENTENCE_INSIDE = re.compile(r"(?<![\w.])[a-z]{3,}[.!?]\s+[A-Z][a-z]")
#: labelled lines inside a role block that are not its header ('Client:', Europass
#: 'Business or sector ...')
_NOT_HEADER = re.compile(r"(?i)(?:client|project|skills?|technolog\w*|tools|stack|sector|industry)"
                         r"\s*:|business\s+or\s+sector\b")


def _headerish(row: _Row) -> bool:
    s = clean_markup(row.line.text)
    return (row.kind == "text" and 0 < len(s.split()) <= 14 and not _sentence(s)
            and not s[:1].islower()  # the wrapped end of a bullet, not a header
            and not (len(s.split()) >= 8 and _MID_SENTENCE.search(s))
            and not _NOT_HEADER.match(s)
            and not (s.endswith(":") and len(s.split()) >= 2))  # a label over the text below


def _prev(rows: list[_Row], i: int) -> int | None:
    j = i - 1
    while j >= 0 and rows[j].kind == "blank":
        j -= 1
    return j if j >= 0 else None


def detect_layout(rows: list[_Row]) -> str:
    """'after' when date lines close role blocks, 'first' when they open them, else 'before'."""
    dates = [i for i, r in enumerate(rows) if r.kind == "date"]
    if not dates:
        return "before"
    first = next((i for i, r in enumerate(rows) if r.kind != "blank"), None)
    if first == dates[0]:
        return "first"
    after = before = 0
    for i in dates:
        p = _prev(rows, i)
        if p is None:
            continue
        if rows[p].kind in ("bullet", "dated") or (rows[p].kind == "text"
                                                    and not _headerish(rows[p])):
            after += 1
        else:
            before += 1
    return "after" if after > before else "before"


def _group_before(rows: list[_Row], i: int, floor: int) -> list[int]:
    group = [i]
    j = i
    while len(group) < 4:
        p = _prev(rows, j)
        if p is None or p < floor or not _headerish(rows[p]):
            break
        group.insert(0, p)
        j = p
    return group


def _group_forward(rows: list[_Row], i: int, stop: int, limit: int = 3,
                   skip: bool = False) -> list[int]:
    """Header rows from i on; with `skip`, contact lines and prose before them are passed."""
    group: list[int] = []
    for j in range(i, stop):
        if rows[j].kind == "blank" or (skip and not group and rows[j].kind in ("meta", "text")
                                       and not _headerish(rows[j])):
            continue
        if not _headerish(rows[j]) or len(group) >= limit:
            break
        group.append(j)
    return group


def _tail(rows: list[_Row], i: int, stop: int) -> list[int]:
    """Header rows right under a role's date line (no blank line between), or a team line."""
    out: list[int] = []
    for j in range(i, min(stop, i + 3)):
        r = rows[j]
        if r.kind == "blank" and not out:
            continue
        if not _headerish(r) or len(out) >= 2:
            break
        if j > i and rows[j - 1].kind == "blank" and not (
                _ITALIC.match(r.line.text) or _TEAM.search(r.line.text)
                and org_score(clean_markup(r.line.text).split(",", 1)[0]) < 1):
            break  # a team line may follow a blank; an employer line naming a unit opens a role
        if len(r.line.text.split()) >= 8 and _WRAPPED.search(r.line.text):
            break  # a description line cut mid-phrase ('Reporting with the Centre for'), not a header
        if out and is_place(clean_markup(rows[out[-1]].line.text)) and not (
                _ITALIC.match(r.line.text) or _TEAM.search(r.line.text)):
            break  # a location line closes the header; a bare name after it opens the next role
        out.append(j)
    return out


def _groups(rows: list[_Row], layout: str) -> list[tuple[int, list[int], list[int]]]:
    """(anchor, header rows, tail rows) of each role."""
    kinds = ("date",) if layout == "after" else ("date", "dated")
    anchors = [i for i, r in enumerate(rows) if r.kind in kinds]
    out: list[tuple[int, list[int], list[int]]] = []
    floor = 0
    for n, i in enumerate(anchors):
        nxt = anchors[n + 1] if n + 1 < len(anchors) else len(rows)
        if layout == "after":
            out.append((i, _group_forward(rows, floor, i, limit=2, skip=True), []))
        elif layout == "first":
            out.append((i, [i] + _group_forward(rows, i + 1, nxt), []))
        else:
            out.append((i, _group_before(rows, i, floor), _tail(rows, i + 1, nxt)))
        floor = max([i] + out[-1][2]) + 1
    return out


#: a labelled title among a role's detail fields ('Title: Budget Analyst', 'Position Title: ...')
_TITLE_FIELD = re.compile(r"(?i)^\s*(?:official\s+|working\s+|job\s+|position\s+)?(?:title|position)"
                          r"\s*:\s*(\S.{1,80})$")


def _body_title(body: list[Line]) -> str | None:
    """The title printed as a labelled field under a role's dates (a federal resume's 'Title:'
    after 'Grade Level:', 'Hours per week:' ...), read in the fields before the duties text."""
    for ln in body[:10]:
        if is_bullet(ln.text) or len(ln.text.split()) > 16:
            break
        m = _TITLE_FIELD.match(clean_markup(ln.text))
        if m:
            return clean_title(m.group(1))
    return None


def find_roles(ctx: DocContext, start: int, end: int,
               column: tuple[int, int | None] | None = None) -> list[Role]:
    """The roles printed in text[start:end] (in one column of a two-column page), in order."""
    labelled = _labelled_roles(ctx, start, end) if column is None else None
    if labelled is not None:
        return labelled
    rows = _rows(ctx, start, end, column)
    table = _table_roles(rows) if any(r.line.text.lstrip().startswith("|") for r in rows) else []
    layout = detect_layout(rows)
    groups = _groups(rows, layout)
    roles: list[Role] = list(table)
    carry: Role | None = None
    for n, (i, group, tail) in enumerate(groups):
        role = parse_header([rows[k].line for k in group], [rows[k].line for k in tail],
                            rows[i].ranges)
        if rows[i].kind == "dated" and len(group) > 1 and role.orgs \
                and all(ln is not rows[i].line for _, ln in role.orgs):
            own = _read_line(rows[i].line.text)
            if not own.title and role.title is None and all(org_score(o) < 1 for o in own.orgs):
                rest = _undate(clean_markup(mark_gaps(rows[i].line.text)))[0]
                if _PLAIN_TITLE.fullmatch(rest) and org_score(rest) < 1 and not looks_like_skills(rest):
                    # 'AUDIT SENIOR        SEP 2017 - DEC 2019' under 'KPMG, TOWN': the title
                    own.title, own.weak, own.orgs = clean_title(rest), [], []
            if own.title and not own.orgs and not own.weak and own.title != role.title:
                # 'SUPPORT LEAD' / 'Initech - Town' / 'Team Leader   Mar 2018 - Jul 2021': the dated
                # row names the role; the line above the employer heads a group of positions
                role.title, role.org_first = own.title, True
        if layout == "after":
            lo, hi = (groups[n - 1][0] + 1 if n else 0), i
        else:
            lo = max([i] + group + tail) + 1
            hi = min(groups[n + 1][1]) if n + 1 < len(groups) else len(rows)
        role.body = [rows[k].line for k in range(lo, hi) if rows[k].kind != "blank"]
        if role.title is None and layout != "after":
            role.title = _body_title([rows[k].line for k in range(max([i] + group) + 1, hi)
                                      if rows[k].kind != "blank"])
        first = rows[min([i] + group)].line.text
        role.indent = len(first) - len(first.lstrip())
        role.head_text = clean_markup(mark_gaps(rows[i].line.text))
        role.bullet = rows[i].kind == "dated" and is_bullet(rows[i].line.text)
        inherited = False
        if carry is not None and role.title and len(role.orgs) == 1 and role.indent > carry.indent \
                and org_score(role.orgs[0][0]) < 1:
            full = title_with_area(role.title, role.orgs[0][0], clean_markup(role.orgs[0][1].text))
            if full:  # '   Engineer I – Chassis' indented under an employer heading: an area
                role.title, role.orgs = full, []
        if not role.orgs and carry is not None and role.title:
            role.orgs, role.location = list(carry.orgs), role.location or carry.location
            role.loc_line = role.loc_line or carry.loc_line
            inherited = True  # a further role under the same employer heading (a promotion)
        if role.org_first:
            carry = role
        elif role.orgs and not inherited:
            carry = None
        roles.extend(_split_listed(role, rows[i]))
    _column_roles(roles)
    roles = _nest(roles)
    _detail_places(rows, roles)
    return roles


#: a promotion printed in one title ('Analyst II → Senior Analyst')
_PROMOTION = re.compile(r"\s+(?:→|->|⟶|=>)\s+")
#: what may stand between the date ranges of one role line listing several stints
_LIST_GLUE = re.compile(r"^[\s,;&]*(?:and\s*)?$")


def _split_listed(role: Role, row: _Row) -> list[Role]:
    """One role per stint when a role line lists them: 'Title (2006 – 2009); Title (2003 – 2006)',
    'Winter 22-23 & Winter 21-22', or a promotion 'Analyst → Senior Analyst · 2019 → 2022'
    (each title then gets only the date the line gives it: the start to the first, the end to
    the last)."""
    import copy

    text = clean_markup(mark_gaps(row.line.text))
    ranges = [r for r in find_date_ranges(text, short_years=True) if r.end]
    if len(ranges) >= 2 and role.title:
        segs = [s.strip() for s in text.split(";")]
        dated = [s for s in segs if find_date_ranges(s, short_years=True)]
        if len(dated) == len(ranges) == len(segs) and len(segs) >= 2:
            out = []
            for seg, rng in zip(segs, ranges, strict=False):
                r = copy.copy(role)
                rest = _undate(seg)[0]
                title = split_title_org(rest)[0] if rest else None
                if title and title_score(title) > 0 or seg is segs[0]:
                    r.title = clean_title(role.title.split(";")[0]) if seg is segs[0] \
                        else clean_title(rest)
                r.start, r.end = rng.start, rng.end
                out.append(r)
            if all(r.title for r in out):
                return out
        stints = title_stints(text) if "(" in text else None
        if stints and all(title_score(t) > 0 for t, _ in stints[:1]):
            out = []
            area = [o for o in role.orgs if org_score(o[0]) < 1
                    and any(t.endswith(o[0]) for t, _ in stints)]
            for title, rng in stints:  # 'Analyst (2015 – 2017), Lead - Ops (2017 – 2019)'
                r = copy.copy(role)
                r.title, r.start, r.end = clean_title(title), rng.start, rng.end
                r.units, r.teams = list(role.units), list(role.teams)
                r.orgs = [o for o in role.orgs if o not in area]  # an area of a title, no employer
                out.append(r)
            return out
        gaps = [text[a.span[1]:b.span[0]] for a, b in zip(ranges, ranges[1:], strict=False)]
        if all(_LIST_GLUE.match(g) for g in gaps):
            out = []
            for rng in ranges:
                r = copy.copy(role)
                r.start, r.end = rng.start, rng.end
                out.append(r)
            return out
    if role.title and _PROMOTION.search(role.title) and role.start and role.end:
        titles = [t.strip() for t in _PROMOTION.split(role.title) if t.strip()]
        if len(titles) == 2 and all(title_score(t) > 0 for t in titles):
            first, last = copy.copy(role), copy.copy(role)
            first.title, first.end = titles[0], None
            last.title, last.start = titles[1], None
            return [first, last]
    return [role]


def _within(inner: Role, outer: Role, same: bool = False) -> bool:
    """The inner role's dates lie inside the outer role's range."""
    from extract.dates import compare_key

    if not (inner.start and outer.start and outer.end):
        return False
    try:
        lo, hi = compare_key(outer.start), compare_key(outer.end)
        a, b = compare_key(inner.start), compare_key(inner.end or inner.start)
    except ValueError:
        return False

    def le(x: tuple[int, int, int], y: tuple[int, int, int]) -> bool:
        # a year-only bound covers its months ('2009 – 2014' holds '2011-03')
        if x[0] != 1 or y[0] != 1:
            return x[0] <= y[0]
        return x[:2] < y[:2] or (x[1] == y[1] and (not x[2] or not y[2] or x[2] <= y[2]))

    return le(lo, a) and le(b, hi) and (same or (lo, hi) != (a, b))


def _nest(roles: list[Role]) -> list[Role]:
    """Roles printed inside an employer's dated block: an employer line with the whole tenure
    ('Globex Corp — Austin, TX    2009 – 2014', or a service with a rank line) over roles whose
    dates lie inside it, indented under it, or under an employer line with no title of its own
    when they name no employer of their own (a concurrent role elsewhere is not nested).
    Each inner role is a role at that employer: an inner organization line names a unit of it
    (a command, a plant, a division) and an inner 'Title, Area' line is the whole title. The
    outer line is then no role of its own."""
    out: list[Role] = []
    k = 0
    while k < len(roles):
        outer = roles[k]
        inner: list[Role] = []
        if len(outer.orgs) == 1 and outer.end:
            j = k + 1
            # an untitled employer line over one title row with the same dates holds it too
            while j < len(roles) and _within(roles[j], outer, outer.title is None and bool(
                    roles[j].title) and not roles[j].orgs) and (
                    roles[j].indent > outer.indent or outer.title is None
                    and all(org_score(o) < 1 for o, _ in roles[j].orgs)
                    or outer.title and not roles[j].title and roles[j].orgs and not roles[j].bullet):
                inner.append(roles[j])
                j += 1
        if not inner:
            out.append(outer)
            k += 1
            continue
        org, oline = outer.orgs[0]
        if outer.title:
            # untitled rows naming only the places the role was held at ('Elm Park School
            # (2014 – 2018) · Birch Hill School (2010 – 2014)' under a school board): its units
            for r in inner:
                if not r.title and r.orgs and not r.bullet:
                    line = r.orgs[0][1]
                    outer.units += [(n, line) for n in listed_names(clean_markup(line.text))
                                    if org_score(n) > 0 and n != org]
            inner = [r for r in inner if r.title or not r.orgs or r.bullet]
            # dated items naming only a client or project under a titled role (a freelancer's
            # engagements under their own company): the work of that role, not roles of their own
            inner = [r for r in inner if not r.bullet or (r.title and title_score(r.title) > 0)]
            if not inner:
                out.append(outer)
                k = j
                continue
        for r in inner:
            if r.orgs and r.orgs[0][0] != org:
                name, nline = r.orgs[0]
                full = f"{r.title}, {name}" if r.title else None
                if r.title and r.title.endswith(name) and org_score(name) < 1:
                    pass  # the area already in the title ('Associate - Projects (2018 – 2019)')
                elif full and org_score(name) < 1 and full in r.head_text:
                    r.title = full  # 'Vice President, Network Operations (2011 – 2014)'
                elif is_unit(name) or org_score(name) > 0 or _UNIT_WORD.search(name):
                    r.units.append((name, nline))
                r.location, r.loc_line = r.location or outer.location, r.loc_line or outer.loc_line
            r.orgs = [(org, r.orgs[0][1] if r.orgs else oline)]
            if r.location is None and outer.location:  # the employer line's town and units
                r.location, r.loc_line = outer.location, outer.loc_line
            r.units = r.units or list(outer.units)
            out.append(r)
        k = j
    return out


def _column_roles(roles: list[Role]) -> None:
    """One-line roles printed as columns in a fixed order (an ATS export's 'Employer | City |
    Title | dates' rows, a PDF's 'Title    Employer    City    dates' lines): a row whose title
    the vocabulary does not know takes its title and employer from the column positions the
    other rows of the same shape resolved."""
    votes: dict[tuple[int, int, int], int] = {}
    for r in roles:
        if r.fields and r.title and len(r.orgs) == 1 and r.title in r.fields \
                and r.orgs[0][0] in r.fields:
            key = (len(r.fields), r.fields.index(r.title), r.fields.index(r.orgs[0][0]))
            votes[key] = votes.get(key, 0) + 1
    if not votes:
        return
    for r in roles:
        if not r.fields or r.title:
            continue
        shape = [k for k in votes if k[0] == len(r.fields)]
        if not shape:
            continue
        _, ti, oi = max(shape, key=lambda k: votes[k])
        line = r.orgs[0][1] if r.orgs else None
        if line is None:
            continue
        r.title, r.orgs = clean_title(r.fields[ti]), [(r.fields[oi], line)]


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _cells(line: Line) -> list[Line]:
    """The cells of a Markdown table row with their spans."""
    out: list[Line] = []
    text = line.text
    bars = [i for i, c in enumerate(text) if c == "|"]
    for a, b in zip(bars, bars[1:], strict=False):
        raw = text[a + 1:b]
        lead = len(raw) - len(raw.lstrip())
        val = raw.strip()
        out.append(Line(val, line.start + a + 1 + lead, line.start + a + 1 + lead + len(val)))
    return out


def _table_roles(rows: list[_Row]) -> list[Role]:
    """Roles of a Markdown table whose header names its columns ('| Company | Role | Dates |'):
    one role per row, read by column. The table's rows are then blank for the other layouts."""
    roles: list[Role] = []
    k = 0
    while k + 1 < len(rows):
        head, rule = rows[k].line, rows[k + 1].line
        if not (head.text.lstrip().startswith("|") and _TABLE_RULE.match(rule.text)):
            k += 1
            continue
        fields = [_field_of(clean_markup(c.text)) for c in _cells(head)]
        if "employer" not in fields or not ({"title", "dates"} & set(fields)):
            k += 1
            continue
        rows[k] = _Row(head, "blank")
        rows[k + 1] = _Row(rule, "blank")
        j = k + 2
        while j < len(rows) and rows[j].line.text.lstrip().startswith("|"):
            cells = _cells(rows[j].line)
            role = Role()
            for name, cell in zip(fields, cells, strict=False):
                val = clean_markup(cell.text)
                if not val:
                    continue
                if name == "employer":
                    role.orgs = [(val, cell)]
                elif name == "title":
                    role.title = clean_title(val)
                elif name == "dates":
                    role.start, role.end = _dates(_undate(val)[1])
                elif name == "location" and is_place(val):
                    role.location, role.loc_line = val, cell
            if role.orgs:
                role.orgs = [(role.orgs[0][0], rows[j].line)]
                role.confidence = 0.85 if role.title else 0.75
                roles.append(role)
            rows[j] = _Row(rows[j].line, "blank")
            j += 1
        k = j
    return roles


_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _detail_places(rows: list[_Row], roles: list[Role]) -> None:
    """A role listed without its place (a table row, a one-line summary) gets the place of an
    undated 'Employer — City' line of the same region ('### Globex — Leeds, UK' over its
    bullets)."""
    want = {o.lower(): o for r in roles if r.location is None for o, _ in r.orgs}
    if not want:
        return
    for row in rows:
        if row.kind != "text" or len(row.line.text) > 120 or is_bullet(row.line.text):
            continue
        s = _TRAILING_NOTE.sub("", clean_markup(row.line.text))
        if not s or s.split(" ", 1)[0].lower().strip(",|") not in " ".join(want):
            continue
        rest, place = peel_place(s)
        key = rest.strip(" ,|-–—").lower()
        if place and key in want and not is_remote(place):
            for r in roles:
                if r.location is None and any(o.lower() == key for o, _ in r.orgs):
                    r.location, r.loc_line = place, row.line
            del want[key]
            if not want:
                return


#: a left-column label and its value ('Dates            01.10.2019 - present')
_COLUMN = re.compile(r"^\s{0,3}(?:\d{1,2}[.)]\s+)?([A-Za-z][^\t]{0,44}?)(?:\t+|\s{3,}|\s*:\s+)(?::\s+)?(\S.*)$")
#: a project block inside a role ('Project #2', 'Project Name : X', 'Client : Y'): its 'Role'
#: line is the part played on the project, not another job
_PROJECT_BLOCK = re.compile(r"(?i)^\s*(?:\d{1,2}[.)]\s+)?(?:project\b|client\s*:)")
#: the value column alone, continuing the field above ('                  Germany')
_CONTINUED = re.compile(r"^(?:\t+|\s{6,})(\S.*)$")
_FIELD_LABELS = (
    ("dates", re.compile(r"(?i)^(?:dates?|period|time\s+period|duration|from\s*[-–/]\s*to"
                         r"|dates?\s+(?:of\s+)?employ(?:ed|ment))$")),
    # an ATS export's separate date fields ('Start Date: 03/2019', 'End Date: Present')
    ("start", re.compile(r"(?i)^(?:start(?:ing)?\s+date|date\s+started|employed\s+from|from\s+date)$")),
    ("end", re.compile(r"(?i)^(?:end(?:ing)?\s+date|date\s+(?:ended|left)|employed\s+(?:to|until)"
                       r"|to\s+date)$")),
    ("title", re.compile(r"(?i)^(?:occupation(?:\s+or\s+position)?(?:\s+held)?|position(?:\s+held)?"
                         r"|job\s+title|title|role|designation)$")),
    ("employer", re.compile(r"(?i)^(?:name\s+(?:and\s+address\s+)?of\s+(?:the\s+)?employer"
                            r"|employer(?:'?s)?(?:\s+name)?(?:\s+and\s+address)?|company(?:\s+name)?"
                            r"|organi[sz]ation)$")),
    ("location", re.compile(r"(?i)^(?:location|city|place\s+of\s+work)$")),
    ("other", re.compile(r"(?i)^(?:main\s+activities|type\s+of\s+business|business\s+or\s+sector"
                         r"|sector|responsibilities|activities|tasks)\b")),
)
#: a street-address part: a number with a street word, or a postal code with the city
_STREET = re.compile(r"(?i)\d|\b(?:street|st\.|road|rd\.?|avenue|ave\.?|platz|stra(?:ss|ß)e|str\.|weg"
                     r"|gasse|allee|ring|lane|way|boulevard|blvd|square|rue|via|calle|plaza)\b")
_POSTAL_CITY = re.compile(r"^(?:[A-Z]{1,2}-?)?\d{4,6}\s+([^\W\d_][\w'’ .-]*?)$|"
                          r"^([^\W\d_][\w'’ .-]*?)\s+\d{4,6}$")


def _field_of(label: str) -> str | None:
    label = " ".join(label.split()).strip(" :")
    return next((name for name, rx in _FIELD_LABELS if rx.match(label)), None)


def employer_address(value: str) -> tuple[str, str | None, str | None]:
    """(employer, unit, city) of a Europass 'Name and address of employer' value.

    >>> employer_address("Quadrel Systems GmbH, Mobility Division, Hauptstraße 5, 70173 Stuttgart, Germany")
    ('Quadrel Systems GmbH', 'Mobility Division', 'Stuttgart')
    >>> employer_address("Vantor Ltd, Leeds, UK")
    ('Vantor Ltd', None, 'Leeds, UK')
    """
    from extract.resume.common import _LEGAL_TAIL

    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts:
        return value.strip(), None, None
    org, k = parts[0], 1
    while k < len(parts) and _LEGAL_TAIL.match(parts[k]):
        org, k = f"{org}, {parts[k]}", k + 1
    unit = None
    if k < len(parts) and not _STREET.search(parts[k]) and not is_place(", ".join(parts[k:])) \
            and not is_place(parts[k]) and k + 1 < len(parts):
        unit, k = parts[k], k + 1
    city = None
    for n in range(k, len(parts)):
        m = _POSTAL_CITY.match(parts[n])
        if m:
            city = (m.group(1) or m.group(2)).strip()
            break
    if city is None:
        for n in range(k, len(parts)):
            if is_place(", ".join(parts[n:])):
                city = ", ".join(parts[n:])
                break
    return org, unit, city


def _labelled_roles(ctx: DocContext, start: int, end: int) -> list[Role] | None:
    """Roles of a label-column layout (Europass 'Dates / Occupation or position held / Name and
    address of employer' rows), or None when the region is not laid out so. A value wrapping
    onto indented lines continues its field; a field met twice starts the next role."""
    blocks: list[dict[str, list[Line]]] = []
    cur: dict[str, list[Line]] = {}
    last: str | None = None
    labelled = stray = 0
    in_project = False
    for ln in iter_lines(ctx.text, start, end):
        if not ln.stripped:
            continue
        m = _COLUMN.match(ln.text)
        name = _field_of(m.group(1)) if m else None
        if _PROJECT_BLOCK.match(ln.text):
            in_project = True
        if name in ("employer", "dates", "start"):
            in_project = False
        elif in_project and name is not None:
            name = "other"
        if name is None:
            cont = _CONTINUED.match(ln.text) or (m if last else None)
            if cont and last:
                val = cont.group(cont.lastindex or 1)
                off = ln.text.rfind(val)
                cur[last].append(Line(val, ln.start + off, ln.start + off + len(val)))
                continue
            last = None
            if any(r.end for r in _undate(clean_markup(ln.text))[1]):
                stray += 1  # a dated line outside the label column: not (only) this layout
            continue
        labelled += 1
        if name in cur and name != "other":
            blocks.append(cur)
            cur = {}
        val = m.group(2)
        off = m.start(2)
        cur.setdefault(name, []).append(Line(val, ln.start + off, ln.start + off + len(val)))
        last = name
    if cur:
        blocks.append(cur)
    for b in blocks:  # 'Start Date' and 'End Date' fields read as one range
        if "dates" not in b and "start" in b:
            parts = b["start"][:1] + b.get("end", [])[:1]
            b["dates"] = [Line(" - ".join(x.text.strip() for x in parts), parts[0].start,
                               parts[-1].end)]
    dated = [b for b in blocks if "dates" in b and ("employer" in b or "title" in b)]
    if labelled < 3 or stray or not dated or not any("employer" in b for b in dated):
        return None
    roles: list[Role] = []
    for b in dated:
        _, ranges = _undate(" ".join(x.text for x in b["dates"]))
        role = Role()
        role.start, role.end = _dates(ranges)
        if "title" in b:
            role.title = clean_title(" ".join(x.text.strip() for x in b["title"]))
        if "employer" in b:
            first = b["employer"][0]
            value = " ".join(x.text.strip() for x in b["employer"])
            org, unit, city = employer_address(value)
            role.orgs = [(org, first)]
            if unit:
                role.units.append((unit, first))
            if city:
                where = next((x for x in b["employer"] if city.split(",")[0] in x.text), first)
                role.location, role.loc_line = city, where
        if "location" in b and role.location is None:
            role.location, role.loc_line = b["location"][0].text.strip(), b["location"][0]
        role.confidence = 0.85
        roles.append(role)
    return roles


_Region = tuple[int, int, bool, "tuple[int, int | None] | None"]


def _regions(ctx: DocContext) -> list[_Region]:
    """(start, end, volunteer, column) of the text holding roles: the experience sections (else
    the header of a resume without an experience heading) and volunteering sections, whose
    dated roles at named organizations are volunteer roles (as JSON Resume's volunteer[]).

    On a two-column page (the experience heading printed beside a sidebar heading, 'SKILLS
    EXPERIENCE') the region is the experience column, down to the next heading in it."""
    secs = ctx.sections_named("experience")
    out: list[_Region] = []
    if not secs:
        for body, lo in right_column_headings(ctx.text, "experience"):  # beside a sidebar item
            out.append((body, column_extent(ctx.text, body, lo, None), False, (lo, None)))
        if out:
            return out + [(s.start, s.end, True, None) for s in ctx.sections_named("volunteering")]
        secs = ctx.sections_named("header")  # a resume without an experience heading
    for s in secs:
        col = _column_of(ctx, s)
        if col is not None:
            out.append((s.start, column_extent(ctx.text, s.start, *col), False, col))
        else:
            out.append((s.start, s.end, False, None))
    return out + [(s.start, s.end, True, None) for s in ctx.sections_named("volunteering")]


def _column_of(ctx: DocContext, sec) -> tuple[int, int | None] | None:
    """The experience column [lo, hi) when the section heading shares its line with another."""
    if sec.heading_start is None or "   " not in sec.heading and "\t" not in sec.heading:
        return None
    line_end = ctx.text.find("\n", sec.heading_start)
    line = ctx.text[sec.heading_start:line_end if line_end >= 0 else len(ctx.text)]
    cols = heading_columns(line)
    if not cols:
        return None
    hit = [(lo, hi) for name, lo, hi in cols if name == sec.name]
    return hit[0] if len(hit) == 1 else None


def _headline_title(ctx: DocContext, org: str) -> str | None:
    """'Research Engineer Initech Labs' in the header names the title of a current role."""
    for sec in ctx.sections_named("header"):
        for ln in list(ctx.lines(sec))[:6]:
            s = clean_markup(ln.text)
            i = s.lower().find(org.lower())
            if i < 0:
                continue
            rest = (s[:i] + " " + s[i + len(org):]).strip(" ,|-–—@")
            rest = re.sub(r"\s+(?:at|@)$", "", rest)
            if rest and title_score(rest) > 0:
                return " ".join(rest.split())
    return None


_NAMED_TEAM = re.compile(r"((?:[A-Z][\w&-]*\s+){1,4}?)(?:(team|Team|group|Group)\b"
                         # not a modifier of a noun after it ('Active Directory group policy')
                         r"(?!\s+(?!(?:and|or|for|to|at|in|on|of|with|from|by|as|that|which|who"
                         r"|where|while|across|since|during|under|via|the|a|an)\b)[a-z])"
                         r"|organi[sz]ation\b)")


#: another party's team ('with the client's IT team') is not a unit of the employer
_THEIR_TEAM = re.compile(r"(?i)\b(?:client|customer|partner|vendor|supplier|agency)(?:'s|’s|s')\s*$")


def body_teams(body: list[Line]) -> list[tuple[str, Line]]:
    """Teams named inside a role's bullets: 'the Fraud Analytics team', 'Payments organization'.

    A capitalised run that opens the bullet loses its first word (a sentence-initial verb).

    >>> [t for t, _ in body_teams([Line("- Leading Risk Science team for scoring", 0, 40)])]
    ['Risk Science team']
    """
    found: list[tuple[str, Line]] = []
    for ln in body:
        text = ln.text
        for m in _NAMED_TEAM.finditer(text):
            words = m.group(1).split()
            head = text[:m.start()].strip(" -•*0123456789.)\t")
            if _THEIR_TEAM.search(head):
                continue
            if not head:
                words = words[1:]
            if not words or all(w.lower() in ("the", "a", "our", "my") for w in words):
                continue
            while words and words[0].lower() in ("the", "a", "our", "my"):
                words = words[1:]
            name = " ".join(words + ([m.group(2)] if m.group(2) else []))
            if name and name not in [f for f, _ in found]:
                found.append((name, ln))
    return found


#: a named unit the role sits 'within' ('... within the Office of Field Operations (OFO)')
_WITHIN_UNIT = re.compile(r"\bwithin\s+(?:the\s+|its\s+|our\s+)?((?:Office|Bureau|Division|Directorate"
                          r"|Department|Branch|Center|Centre|Command|Administration)\s+(?:of|for)\s+"
                          r"(?:the\s+)?[A-Z][\w&'-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w&'-]*)){0,6})")


def body_units(body: list[Line]) -> list[tuple[str, Line]]:
    """Units of the employer named in a role's text as where the work sits: 'within the Office
    of Field Operations' (federal and large-organization resumes).

    >>> [u for u, _ in body_units([Line("Analyst within the Office of Rate Policy (ORP).", 0, 48)])]
    ['Office of Rate Policy']
    """
    found: list[tuple[str, Line]] = []
    for ln in body[:12]:
        if "within" not in ln.text:
            continue
        for m in _WITHIN_UNIT.finditer(ln.text):
            name = re.sub(r"\s+(?:of|and|for|the|&)$", "", m.group(1)).strip()
            if name not in [f for f, _ in found]:
                found.append((name, ln))
    return found


def parent_in_body(org: str, body: list[Line]) -> tuple[str, Line] | None:
    """The parent of a division-named employer ('Initech Research') when the role's text
    names the parent on its own ('... for teams within Initech').

    >>> parent_in_body("Initech Research", [Line("- Served models to teams within Initech", 0, 38)])
    ('Initech', Line(text='- Served models to teams within Initech', start=0, end=38))
    """
    from ontology import LEGAL_SUFFIXES

    words = [w for w in org.split() if w.lower().strip(".,") not in LEGAL_SUFFIXES]
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        if (not prefix[0].isupper() or words[k - 1].lower() in ("of", "&", "and", "for", "the")
                or words[k].lower() in ("university", "college", "school", "institute")
                or is_place(prefix)):
            continue
        if not any(prefix in ln.text for ln in body):
            continue  # the common case, without compiling a pattern
        rx = re.compile(r"(?<![\w-])" + re.escape(prefix) + r"(?![\w-])(?!\s+" +
                        re.escape(words[k]) + r")")
        for ln in body:
            if rx.search(ln.text):
                return prefix, ln
    return None


def _role_facts(ctx: DocContext, role: Role, volunteer: bool = False) -> list[Fact]:
    facts: list[Fact] = []
    for name, line in role.orgs:
        obj = org_mention(name)
        title = role.title
        if title is None and role.end == "present" and not volunteer:
            title = _headline_title(ctx, name)
        facts.append(make_fact(ctx, Predicate.WORKED_AT, obj, (line.start, line.end), NAME,
                               role.confidence, title=title, start=role.start, end=role.end,
                               location=role.location,
                               attrs={"volunteer": "true"} if volunteer else None))
        if role.location and not is_remote(role.location) and role.loc_line is not None:
            a, b = min(line.start, role.loc_line.start), max(line.end, role.loc_line.end)
            if name.lower() in role.loc_line.text.lower():
                a, b = role.loc_line.start, role.loc_line.end  # a detail line naming both
            where = obj
            site = [t for t, tl in role.teams if tl is line]
            if site and role.loc_line is not line and len(role.orgs) == 1:
                # 'Globex Corp, Riverside Plant' over its own address lines: the site's address
                where = Mention(type=EntityType.ORGANIZATION, name=team_name(site[0], name))
            facts.append(make_fact(ctx, Predicate.LOCATED_IN, place_mention(role.location),
                                   (a, b), NAME, 0.8, subject=where))
        for team, tline in role.teams:
            a, b = min(line.start, tline.start), max(line.end, tline.end)
            tm = Mention(type=EntityType.ORGANIZATION, name=team_name(team, name))
            facts.append(make_fact(ctx, Predicate.PART_OF, obj, (a, b), NAME, 0.75, subject=tm))
        for unit, uline in role.units:  # 'Globex AG, Mobility Division': part of the employer
            facts.append(make_fact(ctx, Predicate.PART_OF, obj, (uline.start, uline.end), NAME,
                                   0.7, subject=org_mention(unit, EntityType.ORGANIZATION)))
        for org, parent, pline in role.parents:
            if org == name:
                facts.append(make_fact(ctx, Predicate.PART_OF, org_mention(parent),
                                       (pline.start, pline.end), NAME, 0.7, subject=obj))
        found = parent_in_body(name, role.body)
        if found:
            a, b = min(line.start, found[1].start), max(line.end, found[1].end)
            facts.append(make_fact(ctx, Predicate.PART_OF, org_mention(found[0]), (a, b), NAME,
                                   0.6, subject=obj))
        if len(role.orgs) == 1:
            for unit, uline in body_units(role.body):
                if unit.lower() in name.lower():
                    continue
                a, b = min(line.start, uline.start), max(line.end, uline.end)
                facts.append(make_fact(ctx, Predicate.PART_OF, obj, (a, b), NAME, 0.6,
                                       subject=org_mention(unit, EntityType.ORGANIZATION)))
            for team, tline in body_teams(role.body):
                tm = Mention(type=EntityType.ORGANIZATION, name=team_name(team, name))
                a, b = min(line.start, tline.start), max(line.end, tline.end)
                facts.append(make_fact(ctx, Predicate.PART_OF, obj, (a, b), NAME, 0.55,
                                       subject=tm))
    return facts


@register(NAME, kinds=("resume",))
def extract_experience(ctx: DocContext) -> list[Fact]:
    """worked-at (title, start, end, location), located-in and part-of facts of the roles."""
    facts: list[Fact] = []
    regions = _regions(ctx)
    timelines = [r for r in regions if r[3] is None and is_timeline(ctx.text, r[0], r[1])]
    if timelines and len(timelines) < len(regions):  # the roles are printed elsewhere
        regions = [r for r in regions if r not in timelines]
        for start, end, _, _ in timelines:
            for unit, org, line in timeline_units(ctx.text, start, end):
                facts.append(make_fact(ctx, Predicate.PART_OF, org_mention(org), (line.start, line.end),
                                       NAME, 0.6, subject=org_mention(unit, EntityType.ORGANIZATION)))
    for start, end, volunteer, column in regions:
        for role in find_roles(ctx, start, end, column):
            if volunteer and not (role.orgs and (role.start or role.end)):
                continue  # only dated roles at a named organization
            facts.extend(_role_facts(ctx, role, volunteer))
    return facts
