"""The date grammar: date ranges and single dates in resumes, CVs, bios and articles.

Normalized values are strings: ``"YYYY"``, ``"YYYY-MM"`` or ``"present"`` (`PRESENT`).

Public API
----------
- `DateValue(year, month)`: one calendar date at year or month precision; ``.iso()``.
- `PRESENT`, `PartialDate` (``DateValue | Literal["present"]``).
- `DateRange(start, end, span, text)`: one match; ``.valid`` is False when the end precedes the start.
- `find_date_ranges(text)`: every range or single date, non-overlapping, in order.
- `parse_date(text)`: normalize one date expression, or None.
- `is_date_line(line)`, `strip_dates(line)`: layout helpers for resume lines.
- `compare_key(value)`, `overlap(a_start, a_end, b_start, b_end, today=(y, m))`.

Grammar
-------
Dates (``Y`` is a four-digit year 1950..2049 standing alone as a token):

- month names, full or abbreviated ("Jan", "Sept", "Sept.", "JUNE"), then an optional "," or ".":
  "Jan 2020", "Jan. 2020", "January, 2020", "Jan-2020", "Jan 15, 2020", "15 Jan 2020";
- seasons: "Spring Y" -> Y-03, "Summer Y" -> Y-06, "Fall/Autumn Y" -> Y-09, "Winter Y" -> Y-12;
- numeric: MM/Y, M/Y, MM-Y, MM.Y, Y-MM, Y/MM (month 1..12), Y-MM-DD, DD/MM/Y or MM/DD/Y (month
  kept only when the day and month can be told apart), DD.MM.Y (dotted dates are day-first, the
  European order: "01.09.2016" is September). MM/YY is never a date;
- a year alone: Y;
- only inside a range: a month name without a year as the start of a range ending in the same or the
  next year ("May - Aug 2019", "Nov - Feb 2020" starts 2019-11), a month or season with an
  apostrophe year ("Jan '19 - Mar '21"; '50..'99 -> 19xx, '00..'49 -> 20xx) and Y.MM
  ("2019.01 - 2020.06"; alone it reads like a software version).

Ranges: ``A SEP B`` where SEP is one of - – — − ~ -> —> → / to till until through thru (with or
without spaces, and "bis", "hasta"); "from A to B", "between A and B"; "since A" (ends present;
also "seit", "depuis", "desde"); "A onwards" (ends present); B may be Present, Current(ly), Now,
Today, Ongoing, Continuing, Date, Till date, Till now, To date, (bis) heute, aktuell, actualidad,
presente, atual, aujourd'hui, oggi (any case); a lone "Present" after a date also ends a range (PDF exports drop
dashes). After a year, a two-digit end year is in the same century, or the next when smaller
("2019–21" -> 2019..2021, "1998–02" -> 1998..2002). "Y-MM" and "Y/MM" with MM 01..12 are months
("2019-05", so "1998-02" is February 1998), except the academic-year forms "2009-10", "2010-11",
"2011-12" (the two digits are the next year), which alone read as a year range. A "/" separates only
two standalone dates ("2019/2020", "2019/20"). "and" separates only after "between".

A match is rejected when it touches a letter, digit, "_", "/", "+", "#", "$", "%", "@" or a currency
sign, or continues a number ("-" or "." or "," or ":" followed or preceded by a digit): this keeps out
phone numbers, identifiers, versions, DOIs, patent numbers, decades ("1990s") and "COVID-19". A year
alone is also rejected after a product name ("Windows 2000", "SQL Server 2019"), after a quantity
word or currency ("over 2000", "Rs. 2000"), before a count noun ("2000 users"), between other numbers
(phone numbers) and as one end of a numeric range ("from 2000 to 150ms").

>>> [(r.start, r.end, r.text) for r in find_date_ranges("Engineer, Acme | Jan 2019 – Present | NYC")]
[('2019-01', 'present', 'Jan 2019 – Present')]
>>> parse_date("Sept. 2019")
'2019-09'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

__all__ = [
    "PRESENT",
    "DateRange",
    "DateValue",
    "PartialDate",
    "compare_key",
    "find_date_ranges",
    "is_date_line",
    "overlap",
    "parse_date",
    "strip_dates",
]

PRESENT: Final = "present"

_MIN_YEAR: Final = 1950
_MAX_YEAR: Final = 2049


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date at year (``month=None``) or month precision.

    >>> DateValue(2019, 9).iso(), DateValue(2019, None).iso()
    ('2019-09', '2019')
    >>> DateValue.from_iso("2021-03")
    DateValue(year=2021, month=3)
    """

    year: int
    month: int | None = None

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1..12, not {self.month}")
        if not 0 < self.year <= 9999:
            raise ValueError(f"year must be 1..9999, not {self.year}")

    def iso(self) -> str:
        """``"YYYY"`` or ``"YYYY-MM"``."""
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def from_iso(cls, value: str) -> DateValue:
        """Parse ``"YYYY"`` or ``"YYYY-MM"``; ValueError otherwise."""
        m = _ISO_VALUE_RE.fullmatch(value)
        if not m:
            raise ValueError(f"not a YYYY or YYYY-MM date: {value!r}")
        return cls(int(m.group(1)), int(m.group(2)) if m.group(2) else None)


PartialDate = DateValue | Literal["present"]


@dataclass(frozen=True, slots=True)
class DateRange:
    """One date expression found in a text.

    ``start``/``end`` are ``"YYYY"``, ``"YYYY-MM"``, ``"present"`` or None (a single date has
    ``end=None``); ``span`` is the character span of ``text`` in the input.

    >>> DateRange("2021", "2019", (0, 9), "2021-2019").valid
    False
    >>> DateRange("2019-05", "2019", (0, 14), "May 2019 - 2019").valid
    True
    """

    start: str | None
    end: str | None
    span: tuple[int, int]
    text: str

    @property
    def valid(self) -> bool:
        """False when both ends are dates and the end precedes the start (as far as precision tells)."""
        if self.start is None or self.end is None or PRESENT in (self.start, self.end):
            return True
        s, e = DateValue.from_iso(self.start), DateValue.from_iso(self.end)
        if s.year != e.year:
            return e.year > s.year
        return s.month is None or e.month is None or e.month >= s.month


# --- patterns (compiled once, no other work at import) -------------------------------------------

_ISO_VALUE_RE = re.compile(r"(\d{4})(?:-(\d{2}))?")
_H = r"[^\S\r\n]"  # horizontal whitespace
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # for character classes
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
          # Spanish names and abbreviations ('ene. 2019', 'abr. 2022', 'ago.', 'dic.', 'septiembre')
          r"|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto|(?=\.))|septiembre"
          r"|set(?:iembre|(?=\.))"
          r"|octubre|noviembre|dic(?:iembre)?"
          # French ('sept. 2016 – févr. 2019', 'juil.', 'août'), Portuguese and Dutch
          # abbreviations ('fev/2022', 'dez', 'mei', 'okt')
          r"|janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|septembre"
          r"|octobre|novembre|d[ée]c(?:embre)?|fev(?:ereiro)?|dez(?:embro)?|mei|mrt|okt)"
          r"(?![a-zà-ÿ])\.?")
_SEASON = r"(?:spring|summer|fall|autumn|winter|été|printemps|automne|hiver)(?![a-z])"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)(?!\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![a-z])"
_MM = r"(?:1[0-2]|0?[1-9])"
_MM2 = r"(?:1[0-2]|0[1-9])"
_APOS = "'\u2019\u2018`"
_W = _H + "{0,3}"  # a few spaces inside one date (bounded: no quadratic backtracking)

_ATOM_RE = re.compile("|".join([
    rf"(?<!\d)(?P<ymd_y>{_YEAR})-(?P<ymd_m>{_MM2})-(?:3[01]|[12]\d|0[1-9])(?!\d)",
    rf"(?<![\d.])(?P<n3a>[0-3]?\d)(?P<n3s>[/.-])(?P<n3b>[0-3]?\d)(?P=n3s)(?P<n3y>{_YEAR})",
    rf"\b(?P<mdy_m>{_MONTH}){_W}(?P<mdy_d>{_DAY})(?:,{_W}|{_H}{_W})(?P<mdy_y>{_YEAR})",
    rf"(?<!\d)(?P<dmy_d>{_DAY})(?:{_H}{_W}|-)(?:of{_H}{_W})?(?P<dmy_m>{_MONTH})(?:{_W}(?:,{_W})?|-)(?P<dmy_y>{_YEAR})",
    rf"\b(?P<my_m>{_MONTH}|{_SEASON})(?:{_W}(?:,{_W})?|[-/])(?P<my_y>{_YEAR})",
    rf"\b(?P<ap_m>{_MONTH}|{_SEASON})(?:{_W}|-)[{_APOS}](?P<ap_y>\d\d)(?!\d)",
    rf"(?<!\d)(?P<iso_y>{_YEAR})[-/](?P<iso_m>{_MM2})(?!\d)",
    rf"(?<!\d)(?P<dot_y>{_YEAR})\.(?P<dot_m>{_MM2})(?!\d)",
    rf"(?<!\d)(?P<num_m>{_MM})(?:[/-]|{_W}/{_W})(?P<num_y>{_YEAR})",
    rf"(?<!\d)(?P<numd_m>{_MM2})\.(?P<numd_y>{_YEAR})",
    # range-only: MM/YY ('11/22 - present', '6/18-3/20') and a season over two short years
    # ('Winter 22-23')
    rf"(?<![\d/.])(?P<my2_m>{_MM})/(?P<my2_y>\d\d)(?![\d/])",
    rf"\b(?P<sy_m>{_SEASON}){_H}{{1,3}}(?P<sy_a>\d\d)[{_DASH}/](?P<sy_b>\d\d)(?![\d/])",
    rf"(?<!\d)(?P<y>{_YEAR})",
    rf"\b(?P<bm>{_MONTH}|{_SEASON})",
]), re.I)

_SEP_RE = re.compile(
    rf"{_H}*(?:[{_DASH}]+>?|~|\u2192|\u27f6|=>|/){_H}*"
    rf"|{_H}+(?:to|till|until|through|thru|and|bis|hasta)(?!\w):?{_H}*", re.I)
_PRESENT_WORDS = (rf"(?:(?:till|until|up{_H}*to|to)[{_DASH} \t]*(?:date|now|present|today)"
                  rf"|(?:the{_H}+)?present|current(?:ly)?|now|today|ongoing|continuing|date"
                  # the same word in CVs written in German, Spanish, Portuguese, French, Italian
                  rf"|(?:bis{_H}+)?heute|aktuell|actualidad|presente|atual|aujourd['’]hui|oggi|heden)(?!\w)")
_PRESENT_RE = re.compile(_PRESENT_WORDS, re.I)
_BARE_PRESENT_RE = re.compile(rf"{_H}+present(?!\w)", re.I)
#: an open range: a date, a dash and nothing after it ('2021—', '(2022 – )'): it runs to present
_OPEN_END_RE = re.compile(rf"{_H}*[\u2013\u2014-]{_H}*(?=$|\))")
_ONWARDS_RE = re.compile(rf"{_H}*(?:[{_DASH}]{_H}*)?(?:onwards?|and{_H}+beyond)(?!\w)", re.I)
_YY_RE = re.compile(r"(\d\d)(?!\d)")
_YY_TAIL_RE = re.compile(rf"{_H}*(?:$|[\r\n)\]|,;:.])")
_PREFIX_RE = re.compile(rf"\b(since|from|between|seit|depuis|desde)(?::{_H}*|{_H}+)$", re.I)
#: 'since' in other languages ('seit 03/2021', 'depuis 2019', 'desde 2020')
_SINCE_WORDS = frozenset({"since", "seit", "depuis", "desde"})
_PRODUCT_BEFORE_RE = re.compile(
    r"\b(?:windows|server|office|studio|sql|exchange|sharepoint|autocad|excel|outlook|visio|dynamics"
    r"|revit|photoshop|illustrator|solidworks|catia|quickbooks|matlab|ms)\W?\s*$", re.I)
_QUANTITY_BEFORE_RE = re.compile(
    r"(?:\b(?:over|than|nearly|approximately|approx\.?|almost|rs\.?|inr|usd|eur|gbp)\s*"
    rf"|\d{_H}*(?:[{_DASH}]|{_H}to){_H}*)$", re.I)
_NUMBER_RANGE_AFTER_RE = re.compile(rf"(?:{_H}*[{_DASH}]|{_H}+to){_H}*\d", re.I)
_COUNT_AFTER_RE = re.compile(
    rf"{_H}+(?:users?|customers?|clients?|students?|employees?|people|persons|members|downloads"
    r"|stars|lines|records|requests|patients|participants|images|samples|hours|words|pages|citations"
    r"|units|items|rows|documents|nodes|servers|devices|queries|transactions|tickets|calls|orders"
    r"|points|calories|km|miles|meters|feet|usd|eur|inr|dollars|rupees)(?!\w)", re.I)
_PHONE_BEFORE_RE = re.compile(r"(?:\(\d{3}\)|\d{3})[ .\-]?\d{3}[ .\-]$")
_NUMBER_BEFORE_RE = re.compile(r"(?<!\d)\d{1,3}[ .]$")
_NUMBER_AFTER_RE = re.compile(r"[ .]\d")
_DURATION_RE = re.compile(
    rf"{_H}*(?:[(\[]{_H}*(?P<d1>\d{{1,2}}\+?{_H}*(?:yrs?|years?|mos?|months?)\.?"
    rf"(?:{_H}*,?{_H}*(?:and{_H}+)?\d{{1,2}}{_H}*(?:mos?|months?)\.?)?){_H}*[)\]]"
    rf"|[\u00b7\u2022,|{_DASH}]?{_H}*(?P<d2>\d{{1,2}}\+?{_H}*(?:yrs?|years?|mos?|months?)\.?"
    rf"(?:{_H}*,?{_H}*(?:and{_H}+)?\d{{1,2}}{_H}*(?:mos?|months?)\.?)?))(?!\w)", re.I)
_EMPTY_BRACKETS_RE = re.compile(r"\([^\w()\[\]]*\)|\[[^\w()\[\]]*\]|(?<!\S)\*{1,3}\s*\*{1,3}(?!\S)")
_SEP_RUN_RE = re.compile(rf"({_H}*)([|\u00b7\u2022,;\u2013\u2014-])(?:{_H}*[|\u00b7\u2022,;\u2013\u2014-])+(?={_H}|$)")
_END_JUNK = " \t|,;:\u2013\u2014-\u00b7\u2022/~>"
_DATE_LABEL_RE = re.compile(r"(?i)^(?:dates?|duration|period|tenure|from|when|timeline)$")
_LABEL_WORDS_RE = re.compile(r"(?i)\b(?:dates?|duration|period|tenure|from|to|when|timeline)\b")

_MONTHS: Final = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
                  "sep": 9, "oct": 10, "nov": 11, "dec": 12,
                  "ene": 1, "abr": 4, "ago": 8, "set": 9, "dic": 12,
                  "spr": 3, "sum": 6, "fal": 9, "aut": 9, "win": 12}
#: month-word prefixes that make a line without digits worth scanning (the English ones, as
#: before: a Spanish month without a year makes no date, and 'ene'/'set' hide in common words)
_NO_DIGIT_PREFIXES: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                             "nov", "dec", "spr", "sum", "fal", "aut", "win")


# --- atoms ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Atom:
    """One date token. kind: "date" and "year" stand alone; "apos", "dot", "month" and "mmyy" only in
    ranges; "seasons" is a range of its own ("Winter 22-23")."""

    start: int
    end: int
    kind: str
    year: int | None
    month: int | None
    named: bool = False      # the month is a word (name or season)
    academic: bool = False   # "2009-10": also reads as the academic year 2009..2010
    end_year: int | None = None  # "Winter 22-23": the season runs into the next year

    @property
    def value(self) -> DateValue:
        assert self.year is not None
        return DateValue(self.year, self.month)

    @property
    def standalone(self) -> bool:
        return self.kind in ("date", "year")


#: month words whose first three letters are not their key (French, Portuguese, Dutch)
_MONTH_WORDS: Final = {"été": 6, "pri": 3, "hiv": 12, "jui": 0, "fév": 2, "fev": 2, "avr": 4, "mai": 5, "mei": 5, "aoû": 8,
                       "aou": 8, "déc": 12, "dez": 12, "mrt": 3, "okt": 10}


def _month_number(word: str) -> int:
    w = word.strip(".").lower()
    key = w[:3]
    if key in _MONTHS:
        return _MONTHS[key]
    if key == "jui":  # French 'juin' / 'juil(let)'
        return 6 if w.startswith("juin") else 7
    return _MONTH_WORDS[key]


def _apos_year(yy: str) -> int:
    n = int(yy)
    return 2000 + n if 2000 + n <= _MAX_YEAR else 1900 + n


def _atom(m: re.Match[str]) -> _Atom | None:
    """The atom of one `_ATOM_RE` match, or None when the numbers make no date."""
    s, e = m.span()
    g = m.group
    if g("ymd_y"):
        return _Atom(s, e, "date", int(g("ymd_y")), int(g("ymd_m")))
    if g("n3y"):
        a, b = int(g("n3a")), int(g("n3b"))
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            return None
        if g("n3s") == ".":  # dotted dates are day-first ('01.09.2016', the European order)
            month = b if b <= 12 else None
        else:
            month = b if a > 12 else a if b > 12 or a == b else None
        return _Atom(s, e, "date", int(g("n3y")), month)
    for key in ("mdy", "dmy", "my"):
        if g(f"{key}_y"):
            return _Atom(s, e, "date", int(g(f"{key}_y")), _month_number(g(f"{key}_m")), named=True)
    if g("ap_y"):
        return _Atom(s, e, "apos", _apos_year(g("ap_y")), _month_number(g("ap_m")), named=True)
    if g("iso_y"):
        year, month = int(g("iso_y")), int(g("iso_m"))
        academic = month >= 10 and month == (year + 1) % 100
        return _Atom(s, e, "date", year, month, academic=academic)
    if g("my2_y"):
        return _Atom(s, e, "mmyy", _apos_year(g("my2_y")), int(g("my2_m")))
    if g("sy_a"):
        a, b = _apos_year(g("sy_a")), _apos_year(g("sy_b"))
        return _Atom(s, e, "seasons", a, None, named=True, end_year=b) if b == a + 1 else None
    if g("dot_y"):
        return _Atom(s, e, "dot", int(g("dot_y")), int(g("dot_m")))
    if g("num_y"):
        return _Atom(s, e, "date", int(g("num_y")), int(g("num_m")))
    if g("numd_y"):
        return _Atom(s, e, "date", int(g("numd_y")), int(g("numd_m")))
    if g("y"):
        return _Atom(s, e, "year", int(g("y")), None)
    if not g("bm")[0].isupper() and not (g("bm").endswith(".") and len(g("bm")) >= 4
                                         and g("bm") != "may."):
        # "you may - June 2019": a bare month word must be capitalized or an abbreviation with
        # its dot ('févr. – juil. 2015', 'sept. – déc. 2019')
        return None
    return _Atom(s, e, "month", None, _month_number(g("bm")), named=True)


#: where an atom can start: every alternative of _ATOM_RE begins at the first digit of a run
#: (each has a "no digit before" guard) or at a month or season word
_DIGIT_RE = re.compile(r"\d")
_ATOM_START_RE = re.compile(rf"(?<!\d)\d|\b(?:{_MONTH}|{_SEASON})", re.I)
#: the same on a lower-cased text, case-sensitive (the month and season words are lower case)
#: and only at a word start with a letter a month or season can begin with: less than half
#: the time of the case-insensitive search, which tried every alternative at every word
_ATOM_START_LOW_RE = re.compile(rf"(?<!\d)\d|\b(?=[a-zàâäçéèêëîïôöûùüÿ])(?:{_MONTH}|{_SEASON})")


def _atoms(text: str) -> list[_Atom]:
    """The atoms of `_ATOM_RE.finditer(text)`, trying the big pattern only where an atom can
    start (several times faster than letting it scan every position)."""
    if _DIGIT_RE.search(text) is None:  # most lines: then only a month or season word can start
        low = text.casefold()
        if not any(prefix in low for prefix in _NO_DIGIT_PREFIXES):
            return []
    out: list[_Atom] = []
    pos = 0
    low = text.lower()
    # same offsets only when lower-casing kept every character one character ('İ' is two)
    starts, where = (_ATOM_START_LOW_RE, low) if len(low) == len(text) else (_ATOM_START_RE, text)
    while (cand := starts.search(where, pos)) is not None:
        m = _ATOM_RE.match(text, cand.start())
        if m is None:
            pos = cand.start() + 1
            continue
        if (atom := _atom(m)) is not None:
            out.append(atom)
        pos = m.end()
    return out


# --- context checks ------------------------------------------------------------------------------

def _context_ok(text: str, start: int, end: int) -> bool:
    """The match is a token of its own: not glued to words, numbers, currency, paths or versions."""
    if start > 0:
        p = text[start - 1]
        pp = text[start - 2] if start > 1 else ""
        if p.isalnum() or p in "_/+#$\u20ac\u00a3\u00a5@%&=\\^":
            return False
        if (p in ".,:" and pp.isdigit()) or (p in _DASHES and pp.isalnum()):
            return False
    if end < len(text):
        q = text[end]
        qq = text[end + 1] if end + 1 < len(text) else ""
        if q.isalnum() or q in "_+%$\u20ac\u00a3\u00a5\u00b0\u00d7@#":
            return False
        if q in ".,:/" + _DASHES and qq.isdigit():
            return False
    return True


def _lone_year_ok(text: str, start: int, end: int) -> bool:
    """Extra checks for a year printed alone (no month, no range)."""
    before = text[max(0, start - 24):start]
    if _PRODUCT_BEFORE_RE.search(before) or _QUANTITY_BEFORE_RE.search(before):
        return False
    if _PHONE_BEFORE_RE.search(before) or _COUNT_AFTER_RE.match(text, end) \
            or _NUMBER_RANGE_AFTER_RE.match(text, end):
        return False
    if _NUMBER_BEFORE_RE.search(before) and _NUMBER_AFTER_RE.match(text, end):
        return False
    year = int(text[start:end])
    return not (year % 10 == 0 and re.match(r"['\u2019]s\b", text[end:end + 3]))


# --- ranges --------------------------------------------------------------------------------------

def _pair(a: _Atom, b: _Atom, sep: str) -> tuple[DateValue, DateValue] | None:
    """Start and end of ``a SEP b`` when the two atoms make a range."""
    if b.kind == "month" or b.year is None:
        return None
    if a.kind == "month":
        if not (b.named and b.month is not None and a.month is not None):
            return None
        year = b.year - 1 if a.month > b.month else b.year
        return (DateValue(year, a.month), b.value) if year >= _MIN_YEAR else None
    if "apos" in (a.kind, b.kind) and (a.month is None or b.month is None):
        return None
    if "mmyy" in (a.kind, b.kind) and (a.kind != b.kind or (b.year, b.month or 0) < (a.year or 0, a.month or 0)):
        return None  # 'MM/YY' pairs only with its own kind, forwards ('3/4 - 1/2' is no range)
    if sep == "/" and not (a.standalone and b.standalone):
        return None
    return a.value, b.value


def _candidates(text: str, atoms: list[_Atom], i: int, floor: int,
                short: bool = False) -> Iterator[tuple[DateRange, int]]:
    """Readings of the text at atom ``i``, best first, with the index of the next atom to read.
    `short` also reads MM/YY ranges (a role line's '11/22 - present')."""
    a = atoms[i]
    if a.kind == "mmyy" and not short:
        return
    pre = _PREFIX_RE.search(text, max(floor, a.start - 16), a.start)
    prefix = pre.group(1).lower() if pre else None
    if prefix in _SINCE_WORDS:
        prefix = "since"
    pstart = pre.start() if pre else a.start

    def make(start: str, end: str | None, s: int, e: int) -> DateRange:
        return DateRange(start, end, (s, e), text[s:e])

    sep = _SEP_RE.match(text, a.end)
    if sep:
        word = sep.group(0).strip().lower().rstrip(":")
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and b.start == sep.end() and (word != "and" or prefix == "between"):
            pair = _pair(a, b, word)
            if pair:
                s = pstart if prefix in ("from", "between") else a.start
                yield make(pair[0].iso(), pair[1].iso(), s, b.end), i + 2
        if a.kind != "month" and word != "and":
            s = pstart if prefix == "from" else a.start
            pres = _PRESENT_RE.match(text, sep.end())
            if pres:
                yield make(a.value.iso(), PRESENT, s, pres.end()), i + 1
            yy = _YY_RE.match(text, sep.end())
            if yy and a.kind == "year" and a.year is not None and (
                    sep.group(0) == sep.group(0).strip() or _YY_TAIL_RE.match(text, yy.end())):
                end_year = a.year // 100 * 100 + int(yy.group(1))
                end_year += 100 if end_year < a.year else 0
                if a.year < end_year <= _MAX_YEAR:
                    nxt = i + 1 + (i + 1 < len(atoms) and atoms[i + 1].start < yy.end())
                    yield make(a.value.iso(), str(end_year), s, yy.end()), nxt
    if a.kind == "seasons" and a.end_year is not None:
        yield make(str(a.year), str(a.end_year), a.start, a.end), i + 1
        return
    if a.kind in ("month", "mmyy"):
        return
    for pattern in (_ONWARDS_RE, _BARE_PRESENT_RE, _OPEN_END_RE):
        tail = pattern.match(text, a.end)
        if tail:
            yield make(a.value.iso(), PRESENT, a.start, tail.end()), i + 1
    if prefix == "since":
        yield make(a.value.iso(), PRESENT, pstart, a.end), i + 1
    if a.kind == "date" and a.academic and a.year is not None:
        yield make(str(a.year), str(a.year + 1), a.start, a.end), i + 1
    elif a.kind == "date" or (a.kind == "year" and _lone_year_ok(text, a.start, a.end)):
        yield make(a.value.iso(), None, a.start, a.end), i + 1


def find_date_ranges(text: str, *, short_years: bool = False) -> list[DateRange]:
    """Every date range or single date in ``text``: non-overlapping, in order of position.

    A single date has ``end=None``; "since X" and "X - Present" end ``"present"``.

    >>> [(r.start, r.end) for r in find_date_ranges("May - Aug 2019; since Sept. 2020; (2015-17)")]
    [('2019-05', '2019-08'), ('2020-09', 'present'), ('2015', '2017')]
    >>> r = find_date_ranges("Acme Labs | 04/2022 - Present |")[0]
    >>> r.start, r.end, r.span, r.text
    ('2022-04', 'present', (12, 29), '04/2022 - Present')
    >>> find_date_ranges("Call 408-839-3815, Python 3.11, COVID-19, 10,000 users, US 10,123,456")
    []

    MM/YY is read only with `short_years` (a resume role line, where '06/16 - 12/17' is a month
    range; elsewhere '12/21 - 03/22' may be two days), and only as a forward range of two MM/YY
    or up to Present:

    >>> [(r.start, r.end) for r in find_date_ranges("Cook  6/18-3/20", short_years=True)]
    [('2018-06', '2020-03')]
    >>> find_date_ranges("Cook  6/18-3/20")
    []
    """
    short_years = short_years and "/" in text  # else the plain reading (and its cache) serves
    if len(text) >= 4096:
        return _scan_date_ranges(text, short_years)
    return list(_find_date_ranges(text, short_years))


#: lines repeat across a resume (and across extractors): scanning is cached per line
_CACHE_LIMIT = 1 << 16


@lru_cache(maxsize=_CACHE_LIMIT)
def _find_date_ranges(text: str, short: bool = False) -> tuple[DateRange, ...]:
    return tuple(_scan_date_ranges(text, short))


def _scan_date_ranges(text: str, short: bool = False) -> list[DateRange]:
    atoms = _atoms(text)
    out: list[DateRange] = []
    floor, i = 0, 0
    while i < len(atoms):
        if atoms[i].start < floor:
            i += 1
            continue
        for rng, nxt in _candidates(text, atoms, i, floor, short):
            if _context_ok(text, *rng.span):
                out.append(rng)
                floor, i = rng.span[1], nxt
                break
        else:
            i += 1
    return out


# --- single expressions and lines ----------------------------------------------------------------

def parse_date(text: str) -> str | None:
    """Normalize one date expression to ``"YYYY"``, ``"YYYY-MM"`` or ``"present"``; None otherwise.

    Unlike `find_date_ranges`, a lone apostrophe year ("Jan '19") and "Y.MM" are accepted here, and
    "2010-11" is November 2010.

    >>> [parse_date(s) for s in ["Sept 2019", "Present", "04/2022", "2019", "Till Date", "Jan '19"]]
    ['2019-09', 'present', '2022-04', '2019', 'present', '2019-01']
    >>> [parse_date(s) for s in ["2019-2021", "May", "3.11", "", "05/19"]]
    [None, None, None, None, None]
    """
    s = text.strip().strip(" \t\r\n()[]{}|,;:*_\"").rstrip(".").strip()
    if not s:
        return None
    if _PRESENT_RE.fullmatch(s):
        return PRESENT
    m = _ATOM_RE.fullmatch(s)
    atom = _atom(m) if m else None
    if atom is None or atom.kind in ("month", "mmyy", "seasons"):
        return None
    return atom.value.iso()


def _tidy(s: str) -> str:
    """Collapse what removing dates left behind: empty brackets, doubled separators, dangling ends."""
    for _ in range(3):  # bounded: each pass is linear
        prev = s
        s = re.sub(rf"{_H}{{2,}}", " ", s)  # first: the patterns below then see short runs only
        s = _EMPTY_BRACKETS_RE.sub(" ", s)
        s = re.sub(rf"{_H}{{2,}}", " ", s)
        s = _SEP_RUN_RE.sub(r"\1\2", s)
        s = re.sub(rf"{_H}+([,;])", r"\1", s)
        s = re.sub(rf"{_H}+\.$", ".", s)
        s = s.lstrip(_END_JUNK + ")]").rstrip(_END_JUNK + "([")
        if s == prev:
            break
    return "" if _DATE_LABEL_RE.fullmatch(s) else s


def strip_dates(line: str, *, short_years: bool = False) -> tuple[str, list[DateRange]]:
    """The line without its date expressions (and a duration printed right after a range, such as
    "(2 yrs 3 mos)"), separators left dangling cleaned away, and the ranges found.

    >>> strip_dates("Acme Labs Oct 2022 - present")[0]
    'Acme Labs'
    >>> strip_dates("Title at Org (2019-2021)")[0]
    'Title at Org'
    >>> strip_dates("Acme Corp | Jan 2019 – Mar 2021 (2 yrs 3 mos) | Berlin")[0]
    'Acme Corp | Berlin'
    """
    ranges = find_date_ranges(line, short_years=short_years)
    if not ranges:
        return line.strip(), ranges
    parts: list[str] = []
    pos = 0
    for r in ranges:
        parts.append(line[pos:r.span[0]])
        pos = r.span[1]
        if r.end is not None:
            dur = _DURATION_RE.match(line, pos)
            nxt = next((q.span[0] for q in ranges if q.span[0] >= pos), len(line))
            if dur and dur.end() <= nxt:
                pos = dur.end()
        parts.append(" ")
    parts.append(line[pos:])
    return _tidy("".join(parts)), ranges


def is_date_line(line: str) -> bool:
    """True when the line is essentially a date or range: only punctuation, markup, labels like
    "Dates:" or a duration remain once the dates are removed (a location makes it False).

    >>> is_date_line("| 04/2022 - Present |"), is_date_line("**Dates:** (2019 – 2021)")
    (True, True)
    >>> is_date_line("Jan 2019 - Present  San Francisco, CA"), is_date_line("Engineer")
    (False, False)
    """
    rest, ranges = strip_dates(line)
    if not ranges:
        return False
    return not re.sub(r"[\W_]+", "", _LABEL_WORDS_RE.sub(" ", rest))


# --- ordering and overlap ------------------------------------------------------------------------

def compare_key(value: str | None) -> tuple[int, int, int]:
    """A sort key for normalized values: None first, then dates (a year before its months), then
    ``"present"`` last. ValueError for anything else.

    >>> sorted(["present", "2019-05", None, "2019", "2018-12"], key=compare_key)
    [None, '2018-12', '2019', '2019-05', 'present']
    """
    if value is None:
        return (0, 0, 0)
    if value.lower() == PRESENT:
        return (2, 0, 0)
    d = DateValue.from_iso(value)
    return (1, d.year, d.month or 0)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _index_iso(ix: int) -> str:
    return DateValue(ix // 12, ix % 12 + 1).iso()


def _interval(start: str, end: str | None, today_ix: int) -> tuple[int, tuple[int, bool]]:
    """(first month, (last month, last month is "present")) of one role."""
    if start.lower() == PRESENT:
        first = today_ix
    else:
        s = DateValue.from_iso(start)
        first = _month_index(s.year, s.month or 1)
    if end is None:  # a single date covers its own period
        end = start
    if end.lower() == PRESENT:
        return first, (today_ix, True)
    e = DateValue.from_iso(end)
    return first, (_month_index(e.year, e.month or 12), False)


def overlap(a_start: str | None, a_end: str | None, b_start: str | None, b_end: str | None, *,
            today: tuple[int, int]) -> tuple[str, str] | None:
    """The months two roles share, as ``("YYYY-MM", "YYYY-MM" | "present")``, or None.

    A year-only start counts from January and a year-only end to December; an end of None means the
    start's own period (a year or a month); ``"present"`` is ``today`` (year, month), which the caller
    passes (the clock is never read here), and the overlap ends ``"present"`` when the earlier end is
    a present one. An unknown start (None) makes no overlap claim.

    >>> overlap("2019", "2021-06", "2021-03", "present", today=(2024, 5))
    ('2021-03', '2021-06')
    >>> overlap("2020-02", "present", "2019", "present", today=(2024, 5))
    ('2020-02', 'present')
    >>> overlap("2015", "2016", "2018", "2019", today=(2024, 5)) is None
    True
    """
    ty, tm = today
    if not 1 <= tm <= 12:
        raise ValueError(f"today must be (year, month), not {today!r}")
    if a_start is None or b_start is None:
        return None
    today_ix = _month_index(ty, tm)
    a_first, a_last = _interval(a_start, a_end, today_ix)
    b_first, b_last = _interval(b_start, b_end, today_ix)
    first = max(a_first, b_first)
    last, is_present = min(a_last, b_last, key=lambda t: (t[0], t[1]))
    if first > last:
        return None
    return _index_iso(first), PRESENT if is_present else _index_iso(last)
