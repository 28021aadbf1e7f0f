"""Small layout tests on the rows of an experience block, kept out of `experience.py`.

>>> wrapped_bullet("  > Moved the billing system to a new host; ran the", "    cut-over weekend  (May 2019)")
True
>>> wrapped_bullet("- Built pipelines", "Jan 2019 - Dec 2020")
False
"""

from __future__ import annotations

import re

__all__ = ["wrapped_bullet"]

#: a bullet marker and the gap after it: the wrapped lines of the item start where its text does
_MARKER = re.compile(r"^(\s*(?:[-*•·>▪◦‣–—+]|\d{1,2}[.)]|[a-z][.)])\s+)\S")


def wrapped_bullet(bullet: str, line: str) -> bool:
    """`line` (right under the bullet line `bullet`, no blank between) continues that bullet: it is
    indented to where the bullet's text starts (within a column), so it is the item's wrapped
    rest even when it starts with a capital or is only a date ('    (Sep 2020 - Mar 2021)')."""
    m = _MARKER.match(bullet)
    if not m or not line[:1].isspace():
        return False
    text_col = len(m.group(1))
    indent = len(line) - len(line.lstrip())
    return indent > len(bullet) - len(bullet.lstrip()) and abs(indent - text_col) <= 1


#: 'Client (via Employer)': a client printed first, the employer in the note
_VIA = re.compile(r"(?i)^([^()]*?[^\s(])\s*\((?:via|through|employed\s+by|contracted\s+(?:via|through|by))"
                  r"\s+([^\W\d_][^()]{1,60})\)")


def via_employer(text: str) -> str:
    """'Welsh Water (via Initech Consulting), Cardiff' -> 'Initech Consulting, Cardiff': the
    employer is the firm the work came through; the client printed first is not annotated.

    >>> via_employer("Harbor Transit Authority (via Globex Consulting), Leeds")
    'Globex Consulting, Leeds'
    >>> via_employer("Globex (Leeds)")
    'Globex (Leeds)'
    """
    if "(" not in text:
        return text
    m = _VIA.search(text)
    if not m:
        return text
    return text[:m.start()] + m.group(2).strip() + text[m.end():]


_AREA_SEPS = (", ", " – ", " — ", " - ")


def title_with_area(title: str, area: str, line: str) -> str | None:
    """'Buyer II – Castings' when the line prints the title and the area joined by a comma or a
    dash, else None.

    >>> title_with_area("Buyer II", "Castings", "  Buyer II – Castings (May 2012 – today)")
    'Buyer II – Castings'
    """
    for sep in _AREA_SEPS:
        full = f"{title}{sep}{area}"
        if full in line:
            return full
    return None


#: 'Employer - District' left after the city was peeled off ('Initech - Riverside, Leeds')
_DISTRICT = re.compile(r"(.+?)\s+[-–—]\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def drop_district(fld: str) -> str:
    """The employer of 'Employer - District' (the rest of 'Employer - District, City' once the city
    is peeled off): when neither side reads as a title and the second has no organization cue,
    the part after the dash is a district of the city, not a second employer.

    >>> drop_district("Brightpath Contact Centre - Bonifacio Heights")
    'Brightpath Contact Centre'
    >>> drop_district("Data Analyst - Globex")
    'Data Analyst - Globex'
    """
    from extract.resume.common import org_score, title_score

    m = _DISTRICT.fullmatch(fld)
    if not m or title_score(m.group(1)) > 0 or title_score(m.group(2)) > 0 \
            or org_score(m.group(2)) >= 1:
        return fld
    return m.group(1)


#: a labelled unit line under a role ('Team: Growth Analytics (Initech Retail)')
_UNIT_LABEL = re.compile(r"(?i)^\s*(?:team|unit|squad|department|dept\.?|division|group|tribe)\s*:\s*"
                         r"([^()]+?)\s*(?:\([^()]*\))?\s*$")


def labelled_unit(text: str) -> str | None:
    """The unit named by a 'Team: X' line, without a trailing note on it.

    >>> labelled_unit("Team: Growth Analytics (Initech Retail)")
    'Growth Analytics'
    >>> labelled_unit("Growth team") is None
    True
    """
    m = _UNIT_LABEL.match(text)
    return m.group(1).strip(" ,;-–—") if m and m.group(1)[:1].isupper() else None


_LIST_SEP = re.compile(r"\s+[·•|;]\s+")


def listed_names(text: str) -> list[str]:
    """The names of a row listing places of work with their own dates, without the dates
    ('Elm Park School (2014 – 2018) · Birch Hill School (2010 – 2014)').

    >>> listed_names("Elm Park School (2014 – 2018) · Birch Hill School (2010 – 2014)")
    ['Elm Park School', 'Birch Hill School']
    """
    from extract.dates import strip_dates

    out = []
    for part in _LIST_SEP.split(text):
        rest = strip_dates(part, short_years=True)[0]
        rest = re.sub(r"\(\s*\)", "", rest).strip(" ,;()–—-")
        if rest[:1].isupper():
            out.append(rest)
    return out


#: one 'Title (dates)' piece of a line listing several titles with their own ranges
_STINT = re.compile(r"\s*(?:[,;&]\s*|and\s+)?([^(),;]*?[^\s(),;])\s*\(([^()]*)\)")


def title_stints(text: str) -> list[tuple[str, object]] | None:
    """The (title, date range) pairs of a line printing two or more titles each with its range in
    parentheses, separated by commas ('Analyst (Jan-2015 to Mar-2017), Lead (Apr-2017 to
    Jun-2019)'), else None.

    >>> [(t, r.start, r.end) for t, r in title_stints(
    ...     "Analyst (Jan-2015 to Mar-2017), Team Lead - Ops (Apr-2017 to Jun-2019)")]
    [('Analyst', '2015-01', '2017-03'), ('Team Lead - Ops', '2017-04', '2019-06')]
    """
    from extract.dates import find_date_ranges

    out: list[tuple[str, object]] = []
    pos = 0
    for m in _STINT.finditer(text):
        if m.start() != pos:
            return None
        ranges = [r for r in find_date_ranges(m.group(2), short_years=True) if r.end]
        if len(ranges) != 1 or m.group(2).strip() != ranges[0].text.strip():
            return None
        out.append((m.group(1).strip(), ranges[0]))
        pos = m.end()
    return out if len(out) >= 2 and not text[pos:].strip(" .") else None
