"""The date grammar (extract/dates.py): shapes, ranges, negatives, spans, line helpers, overlap."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.dates import (
    PRESENT,
    DateRange,
    DateValue,
    compare_key,
    find_date_ranges,
    is_date_line,
    overlap,
    parse_date,
    strip_dates,
)

NORMALIZED = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?|present")


def _one(text: str) -> DateRange:
    found = find_date_ranges(text)
    assert len(found) == 1, (text, found)
    return found[0]


# --- single dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start", [
    ("June 2021", "2021-06"),
    ("Jun 2021", "2021-06"),
    ("Jun. 2021", "2021-06"),
    ("JAN 2020", "2020-01"),
    ("jan 2020", "2020-01"),
    ("Jan. 2020", "2020-01"),
    ("January, 2020", "2020-01"),
    ("Sept 2019", "2019-09"),
    ("Sept. 2019", "2019-09"),
    ("Sep 2019", "2019-09"),
    ("SEPTEMBER 2019", "2019-09"),
    ("Jan-2019", "2019-01"),
    ("Jan 15, 2020", "2020-01"),
    ("15 Jan 2020", "2020-01"),
    ("1st of March 2018", "2018-03"),
    ("04/2022", "2022-04"),
    ("4/2022", "2022-04"),
    ("04-2022", "2022-04"),
    ("04.2022", "2022-04"),
    ("2022-04", "2022-04"),
    ("2022/04", "2022-04"),
    ("2022-04-17", "2022-04"),
    ("17/04/2022", "2022-04"),
    ("04/17/2022", "2022-04"),
    ("05/06/2022", "2022"),        # day and month cannot be told apart: the year only
    ("2021", "2021"),
    ("1950", "1950"),
    ("2049", "2049"),
    ("Spring 2019", "2019-03"),
    ("Summer 2019", "2019-06"),
    ("Fall 2019", "2019-09"),
    ("Autumn 2019", "2019-09"),
    ("Winter 2019", "2019-12"),
])
def test_single_dates(text: str, start: str) -> None:
    r = _one(text)
    assert (r.start, r.end, r.span, r.text) == (start, None, (0, len(text)), text)


# --- ranges --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, end", [
    ("Jan 2019 - Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 – Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 — Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 − Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019~Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 to Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 till Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 until Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 through Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 thru Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 —> Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 -> Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019 → Mar 2021", "2019-01", "2021-03"),
    ("Jan 2019-Mar 2021", "2019-01", "2021-03"),
    ("Sept. 2019 – Jun. 2020", "2019-09", "2020-06"),
    ("Jan-2019 to Dec-2020", "2019-01", "2020-12"),
    ("03/2019 - 12/2020", "2019-03", "2020-12"),
    ("3/2019 – 12/2020", "2019-03", "2020-12"),
    ("2019-03 - 2020-12", "2019-03", "2020-12"),
    ("2019.01 - 2020.06", "2019-01", "2020-06"),
    ("2019-2021", "2019", "2021"),
    ("2019 – 2021", "2019", "2021"),
    ("2019/2020", "2019", "2020"),
    ("2019–21", "2019", "2021"),
    ("2019-21", "2019", "2021"),
    ("2019/20", "2019", "2020"),
    ("1998–02", "1998", "2002"),
    ("2009-10", "2009", "2010"),   # academic year, not October 2009
    ("2019 - Jan 2021", "2019", "2021-01"),
    ("Jan 2019 - 2021", "2019-01", "2021"),
    ("May - Aug 2019", "2019-05", "2019-08"),
    ("May–August 2019", "2019-05", "2019-08"),
    ("Mar-Apr 2019", "2019-03", "2019-04"),
    ("MAY - AUG 2019", "2019-05", "2019-08"),
    ("Nov - Feb 2020", "2019-11", "2020-02"),
    ("Jan '19 - Mar '21", "2019-01", "2021-03"),
    ("Jan ’19 – Present", "2019-01", PRESENT),
    ("Fall 2020 – Spring 2021", "2020-09", "2021-03"),
    ("Summer '18 - Fall '18", "2018-06", "2018-09"),
    ("from 2019 to 2021", "2019", "2021"),
    ("From Jan 2019 to Mar 2020", "2019-01", "2020-03"),
    ("between 2015 and 2017", "2015", "2017"),
    ("since 2019", "2019", PRESENT),
    ("Since Jan. 2020", "2020-01", PRESENT),
    ("2019 – present", "2019", PRESENT),
    ("2019 - Present", "2019", PRESENT),
    ("2019-PRESENT", "2019", PRESENT),
    ("Jan 2019 - Current", "2019-01", PRESENT),
    ("Jan 2019 - Now", "2019-01", PRESENT),
    ("Jan 2019 - Today", "2019-01", PRESENT),
    ("Jan 2019 - Ongoing", "2019-01", PRESENT),
    ("Jan 2019 - Till Date", "2019-01", PRESENT),
    ("Jan 2019 - till now", "2019-01", PRESENT),
    ("Jan 2019 - Date", "2019-01", PRESENT),
    ("Jan 2019 to date", "2019-01", PRESENT),
    ("Jan 2019 till date", "2019-01", PRESENT),
    ("Jan 2019 to present", "2019-01", PRESENT),
    ("from 2019 to present", "2019", PRESENT),
    ("2018 onwards", "2018", PRESENT),
    ("2018 - onwards", "2018", PRESENT),
    ("04/2022 - Present", "2022-04", PRESENT),
    ("2019.01 - Present", "2019-01", PRESENT),
])
def test_ranges(text: str, start: str, end: str) -> None:
    r = _one(text)
    assert (r.start, r.end, r.span, r.text) == (start, end, (0, len(text)), text)


# --- matches inside lines: exact spans -----------------------------------------------------------

@pytest.mark.parametrize("text, matched, start, end", [
    ("(2019-2021)", "2019-2021", "2019", "2021"),
    ("| 04/2022 - Present |", "04/2022 - Present", "2022-04", PRESENT),
    ("Software Engineer, Acme Corp (Jan 2019 – Present)", "Jan 2019 – Present", "2019-01", PRESENT),
    ("**Acme** | Oct 2022 – present | Berlin", "Oct 2022 – present", "2022-10", PRESENT),
    ("BigCode Oct 2022 - present", "Oct 2022 - present", "2022-10", PRESENT),
    ("She has led the lab since 2015.", "since 2015", "2015", PRESENT),
    ("worked there from March 2019 to June 2021, then", "from March 2019 to June 2021", "2019-03", "2021-06"),
    ("joined in March 2019.", "March 2019", "2019-03", None),
    ("Dates: 2019 - 2021", "2019 - 2021", "2019", "2021"),
    ("2019 - Built a search engine", "2019", "2019", None),
    ("Jan 2019 - Mar, Acme", "Jan 2019", "2019-01", None),   # "Jan 2019 - Mar": no end year
    ("Over the 2018-2019 season", "2018-2019", "2018", "2019"),
    ("You may - June 2019", "June 2019", "2019-06", None),  # "may" the verb starts no range
    ("Jan 2019 - Mar 2020 (1 yr 3 mos)", "Jan 2019 - Mar 2020", "2019-01", "2020-03"),
])
def test_spans_inside_lines(text: str, matched: str, start: str, end: str | None) -> None:
    r = _one(text)
    assert r.text == matched
    assert text[r.span[0]:r.span[1]] == matched
    assert (r.start, r.end) == (start, end)


def test_several_in_order() -> None:
    text = "Acme 2015–2017; Globex Jan 2018 - Mar 2020; Initech 04/2020 - Present; born 1980."
    found = find_date_ranges(text)
    assert [(r.start, r.end) for r in found] == [
        ("2015", "2017"), ("2018-01", "2020-03"), ("2020-04", PRESENT), ("1980", None)]
    assert all(text[a:b] == r.text for r in found for a, b in [r.span])
    assert [r.span[0] for r in found] == sorted(r.span[0] for r in found)


# --- things that are not dates -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "408-839-3815",
    "+1 (555) 010-0100",
    "(408) 839 2015",
    "Call 650.253.2019",
    "3B+ parameters",
    "10,000 users",
    "100k requests",
    "Python 3.11",
    "Unreal Engine 4",
    "Java 1.8",
    "Patent application 201911036593",
    "US 10,123,456 B2",
    "WO 2019/123456",
    "US20190012345A1",
    "GPA 8.17/10",
    "CGPA: 9.2/10.0",
    "improved accuracy by 95%",
    "2019% growth",
    "16 A100 GPUs",
    "at 10:30 AM",
    "COVID-19 response",
    "ResNet50 and ResNet101",
    "2x faster",
    "ISBN 978-0-2019-1234-5",
    "doi:10.1000/2019.12345",
    "arXiv:2005.14165",
    "PyCharm 2019.3",
    "Anaconda 2020.11",
    "05/19",
    "12/21 - 03/22",
    "the 1990s",
    "the 1990's",
    "Windows 2000",
    "SQL Server 2019",
    "over 2000 users",
    "2000 users",
    "$2000",
    "Rs. 2000",
    "reduced latency from 2000 to 150ms",
    "2019 - 21 projects shipped",  # a year then a number: neither a range nor safely a year
    "1949",
    "2050",
    "12019",
    "A2019",
    "2019b",
    "version 2019.1.2",
    "May the best team win",
    "Marketing, Decision making, Junior developer",
    "",
])
def test_not_dates(text: str) -> None:
    assert find_date_ranges(text) == []


# --- parse_date ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sept 2019", "2019-09"),
    ("Sept. 2019", "2019-09"),
    ("  September, 2019 ", "2019-09"),
    ("Present", PRESENT),
    ("PRESENT", PRESENT),
    ("current", PRESENT),
    ("Till Date", PRESENT),
    ("to date", PRESENT),
    ("Ongoing", PRESENT),
    ("04/2022", "2022-04"),
    ("4/2022", "2022-04"),
    ("2022-04", "2022-04"),
    ("2010-11", "2010-11"),   # one expression: ISO month
    ("2019", "2019"),
    ("(2019)", "2019"),
    ("Jan '19", "2019-01"),
    ("Winter 2020", "2020-12"),
    ("2019.01", "2019-01"),
    ("2019-2021", None),
    ("since 2019", None),
    ("May", None),
    ("3.11", None),
    ("05/19", None),
    ("1949", None),
    ("", None),
    ("hello", None),
])
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


# --- is_date_line and strip_dates ----------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Jan 2019 – Present", True),
    ("| 04/2022 - Present |", True),
    ("(2019-2021)", True),
    ("**Dates:** 2019 – 2021", True),
    ("Duration: Jan 2019 - Mar 2020", True),
    ("Jan 2019 - Present · 3 yrs 2 mos", True),
    ("2019", True),
    ("Jan 2019 - Present  San Francisco, CA", False),
    ("Software Engineer (2019-2021)", False),
    ("Engineer", False),
    ("Python 3.11", False),
    ("", False),
])
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


@pytest.mark.parametrize("line, rest, n", [
    ("BigCode Oct 2022 - present", "BigCode", 1),
    ("Title at Org (2019-2021)", "Title at Org", 1),
    ("Acme Corp | Jan 2019 – Mar 2021 | Berlin", "Acme Corp | Berlin", 1),
    ("Acme Corp | Jan 2019 – Mar 2021 (2 yrs 3 mos) | Berlin", "Acme Corp | Berlin", 1),
    ("Acme — Berlin — 2019–2021", "Acme — Berlin", 1),
    ("2019 - 2021: Engineer at Initech", "Engineer at Initech", 1),
    ("Engineer at Initech, 2019", "Engineer at Initech", 1),
    ("Worked at Initech from 2019 to 2021.", "Worked at Initech.", 1),
    ("Research Intern, Summer 2019", "Research Intern", 1),
    ("Member since 2015", "Member", 1),
    ("Dates: 2019 - 2021", "", 1),
    ("| 04/2022 - Present |", "", 1),
    ("MSc, Acme University, 2015 - 2017, GPA 3.9/4.0", "MSc, Acme University, GPA 3.9/4.0", 1),
    ("No dates here, v3.11", "No dates here, v3.11", 0),
    ("Acme 2015–2017; Globex 2018 - 2020", "Acme; Globex", 2),
])
def test_strip_dates(line: str, rest: str, n: int) -> None:
    got, ranges = strip_dates(line)
    assert got == rest
    assert len(ranges) == n


# --- DateValue, DateRange.valid, compare_key -----------------------------------------------------

def test_date_value() -> None:
    assert DateValue(2019, 9).iso() == "2019-09"
    assert DateValue(2019, None).iso() == "2019"
    assert DateValue.from_iso("2019-09") == DateValue(2019, 9)
    with pytest.raises(ValueError):
        DateValue(2019, 13)
    with pytest.raises(ValueError):
        DateValue.from_iso("Sept 2019")
    with pytest.raises(AttributeError):
        DateValue(2019, 1).year = 2020  # type: ignore[misc]


@pytest.mark.parametrize("text, valid", [
    ("2021 - 2019", False),
    ("Mar 2021 - Jan 2021", False),
    ("Jan 2019 - Mar 2021", True),
    ("Mar 2021 - 2021", True),       # year-only end: not provably earlier
    ("2019 - Present", True),
    ("2019", True),
])
def test_valid_keeps_order_as_written(text: str, valid: bool) -> None:
    r = _one(text)
    assert r.valid is valid
    if not valid:  # not swapped
        assert compare_key(r.start) > compare_key(r.end)


def test_compare_key_order() -> None:
    values = ["present", "2019-05", None, "2019", "2018-12", "2020"]
    assert sorted(values, key=compare_key) == [None, "2018-12", "2019", "2019-05", "2020", "present"]
    with pytest.raises(ValueError):
        compare_key("May 2019")


# --- overlap -------------------------------------------------------------------------------------

TODAY = (2024, 5)


@pytest.mark.parametrize("a, b, expected", [
    (("2019-01", "2021-06"), ("2021-03", "2022-01"), ("2021-03", "2021-06")),
    (("2019", "2021"), ("2021-03", "2022-01"), ("2021-03", "2021-12")),     # year-only end = December
    (("2019", "2021"), ("2015", "2019"), ("2019-01", "2019-12")),           # year-only start = January
    (("2019-01", "present"), ("2020-06", "present"), ("2020-06", PRESENT)),
    (("2019-01", "present"), ("2020-06", "2022-02"), ("2020-06", "2022-02")),
    (("2023-01", "present"), ("2024-05", "2025-01"), ("2024-05", PRESENT)),  # present = today
    (("2023-01", "present"), ("2024-06", "2025-01"), None),                 # starts after today
    (("2015", "2016"), ("2018", "2019"), None),
    (("2019-06", "2019-06"), ("2019-06", "2019-12"), ("2019-06", "2019-06")),
    (("2019-07", "2019-12"), ("2019-01", "2019-06"), None),
    ((None, "2021"), ("2019", "2020"), None),                              # unknown start: no claim
    (("2021", None), ("2020-06", "2021-03"), ("2021-01", "2021-03")),        # a single year
    (("2021-02", None), ("2020", "present"), ("2021-02", "2021-02")),        # a single month
    (("2025-01", "present"), ("2020", "present"), None),                    # starts after today
    (("2021", "2019"), ("2018", "2022"), None),                             # end before start
])
def test_overlap(a: tuple, b: tuple, expected: tuple[str, str] | None) -> None:
    assert overlap(*a, *b, today=TODAY) == expected
    assert overlap(*b, *a, today=TODAY) == expected


def test_overlap_today_is_a_parameter() -> None:
    assert overlap("2020", "present", "2021", "present", today=(2022, 1)) == ("2021-01", PRESENT)
    assert overlap("2020", "present", "2023-03", "2024-01", today=(2022, 1)) is None
    assert overlap("2020", "present", "2023-03", "2024-01", today=(2030, 1)) == ("2023-03", "2024-01")
    with pytest.raises(TypeError):
        overlap("2020", "present", "2021", "present")  # type: ignore[call-arg]
    with pytest.raises(ValueError):
        overlap("2020", "present", "2021", "present", today=(2022, 13))


# --- properties ----------------------------------------------------------------------------------

_FRAGMENTS = ["Jan", "may", "May", "Sept.", "Fall", "2019", "2021", "1949", "2050", "19", "05", "12", "3",
              "'", "’", "'19", " ", "  ", "\t", "\n", "-", "–", "—", "/", ".", ",", ":", "(", ")", "|", "~",
              ">", "present", "Till", "date", "to", "since", "from", "between", "and", "onwards", "yrs",
              "x", "+", "%", "$", "*", "2009-10"]
_TEXTS = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(_FRAGMENTS), max_size=30).map("".join))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_find_never_raises_and_spans_are_sane(text: str) -> None:
    found = find_date_ranges(text)
    last = 0
    for r in found:
        a, b = r.span
        assert last <= a < b <= len(text)
        assert text[a:b] == r.text
        assert r.start is not None and NORMALIZED.fullmatch(r.start)
        assert r.end is None or NORMALIZED.fullmatch(r.end)
        last = b
    rest, ranges = strip_dates(text)
    assert ranges == found
    assert isinstance(is_date_line(text), bool)


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_FORMATS = [
    lambda y, m: f"{_MONTH_NAMES[m - 1]} {y}",
    lambda y, m: f"{_MONTH_NAMES[m - 1][:3]} {y}",
    lambda y, m: f"{_MONTH_NAMES[m - 1][:3]}. {y}",
    lambda y, m: f"{_MONTH_NAMES[m - 1].upper()} {y}",
    lambda y, m: f"{_MONTH_NAMES[m - 1].lower()}, {y}",
    lambda y, m: f"{'Sept' if m == 9 else _MONTH_NAMES[m - 1][:3]}-{y}",
    lambda y, m: f"{m:02d}/{y}",
    lambda y, m: f"{m}/{y}",
    lambda y, m: f"{m:02d}-{y}",
    lambda y, m: f"{m:02d}.{y}",
    lambda y, m: f"{y}-{m:02d}",
    lambda y, m: f"{y}/{m:02d}",
]


@settings(max_examples=300, deadline=None)
@given(st.integers(1950, 2049), st.integers(1, 12), st.sampled_from(range(len(_FORMATS))))
def test_parse_date_round_trip(year: int, month: int, fmt: int) -> None:
    rendered = _FORMATS[fmt](year, month)
    expected = DateValue(year, month).iso()
    assert parse_date(rendered) == expected
    assert parse_date(expected) == expected
    assert parse_date(str(year)) == str(year)
    academic = month >= 10 and month == (year + 1) % 100 and rendered[4] in "-/"
    if not academic:  # "2010-11" alone in running text reads as an academic year
        text = f"Joined Acme in {rendered}, left later."
        r = _one(text)
        assert (r.start, r.end, r.text) == (expected, None, rendered)


@settings(max_examples=200, deadline=None)
@given(st.integers(1950, 2049), st.integers(1, 12), st.integers(1950, 2049), st.integers(1, 12),
       st.sampled_from([" - ", "–", " — ", " to ", " until "]))
def test_month_ranges_round_trip(y1: int, m1: int, y2: int, m2: int, sep: str) -> None:
    text = f"Acme | {_MONTH_NAMES[m1 - 1][:3]} {y1}{sep}{m2:02d}/{y2} | Berlin"
    r = _one(text)
    assert (r.start, r.end) == (DateValue(y1, m1).iso(), DateValue(y2, m2).iso())
    assert r.valid is ((y2, m2) >= (y1, m1))
    assert strip_dates(text)[0] == "Acme | Berlin"


def test_the_anchored_scan_finds_what_a_full_scan_finds():
    from pathlib import Path

    from extract.dates import _ATOM_RE, _atom, _atoms

    root = Path(__file__).resolve().parents[2]
    lines = [ln for p in sorted((root / "examples").rglob("*")) if p.suffix in (".txt", ".md")
             for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += ["Since May we shipped", "may be", "Summer internship", "Sept through Winter",
              "Led the March release", "MAY JUNE", "Maybe Junebug Augusta", "12/03/2019-5.2020",
              "v2.3.2019 1999-2001 Jan2020 3rd of March 2021", "x2020 20201 '19 Mar '19 Q3 2020",
              "1.1.2020 - 31.12.2021, 2019/20, 2019-20, 06.2018 Fall 2019 - Spring '21"]
    rng = __import__("random").Random(7)
    alphabet = "0123456789 -./,'JanMayFallSpringsept20191"
    lines += ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(3000)]
    checked = 0
    for line in lines:
        full = [a for a in map(_atom, _ATOM_RE.finditer(line)) if a is not None]
        assert _atoms(line) == full, line
        checked += bool(full)
    assert checked >= 5


def _atoms_case_insensitive(text: str) -> list:
    """The date atoms found with the case-insensitive start pattern on the text as printed (the
    reference the lower-cased fast path must equal)."""
    from extract import dates as D

    out, pos = [], 0
    while (cand := D._ATOM_START_RE.search(text, pos)) is not None:
        m = D._ATOM_RE.match(text, cand.start())
        if m is None:
            pos = cand.start() + 1
            continue
        if (atom := D._atom(m)) is not None:
            out.append(atom)
        pos = m.end()
    return out


@pytest.mark.parametrize("text", [
    "Senior Analyst   MARCH 2019 - PRESENT", "Summer 2016, Fall 2017 and WINTER 2018",
    "Été 2019 – printemps 2020", "Sept. 2016 – févr. 2019 · Lyon", "ago. 2019 – dic. 2020",
    "İstanbul office, Mar 2020 – Feb 2021", "MarCH 2020", "May the best team win (2019)",
    "Q1-Q3 2023: rollout", "10.2022 – present", "JAN 2020 - TO DATE", "Decimal 12.5 / Oct 3rd",
])
def test_date_atoms_on_lowered_text_equal_the_case_insensitive_search(text) -> None:
    from extract.dates import _atoms

    assert _atoms(text) == _atoms_case_insensitive(text)
    assert _atoms(text) or text.startswith("May the")  # the dated ones do find atoms
