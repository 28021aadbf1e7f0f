"""resume.education.v1: studied-at with degree, field, GPA and dates; only from education."""

from __future__ import annotations

import pytest

from extract.pipeline import build_context
from extract.resume.education import extract_education, split_degree
from ontology import EntityType, Predicate
from tests.conftest import make_document


def _facts(text: str, fmt: str = "txt"):
    return extract_education(build_context(make_document(text, "cv", fmt)))


def _studies(text: str, fmt: str = "txt") -> list[tuple]:
    return [(f.object.name, f.title, f.start, f.end, f.attrs)
            for f in _facts(text, fmt) if f.predicate is Predicate.STUDIED_AT]


TAIL = "\n\nSKILLS\nPython\n"


def test_one_line_degree_field_institution_gpa() -> None:
    text = ("## EDUCATION\n\n- Bachelor of Technology, Civil Engineering, Northfield Institute of "
            "Technology (GPA: 8.4/10)\n- Secured All India Rank 900 in Entrance Exam 2014\n"
            "\n## SKILLS\n- Go\n")
    assert _studies(text, "md") == [
        ("Northfield Institute of Technology", "Bachelor of Technology, Civil Engineering", None,
         None, {"field": "Civil Engineering", "gpa": "8.4/10"})]


def test_institution_line_then_degree_line_then_gpa() -> None:
    text = ("Education\n\nNorthfield University, USA\n\nMaster of Science, Computer Science\n\n"
            "GPA: 3.9\n\nLakeside Engineering College, Pune India\n\nBachelor of Engineering, "
            "Mechanical\n\nGPA: 3.5" + TAIL)
    assert _studies(text) == [
        ("Northfield University", "Master of Science, Computer Science", None, None,
         {"field": "Computer Science", "gpa": "3.9"}),
        ("Lakeside Engineering College", "Bachelor of Engineering, Mechanical", None, None,
         {"field": "Mechanical", "gpa": "3.5"})]
    places = [(f.subject.name, f.object.name) for f in _facts(text)
              if f.predicate is Predicate.LOCATED_IN]
    assert places == [("Northfield University", "USA"),
                      ("Lakeside Engineering College", "Pune India")]


def test_two_providers_share_one_credential() -> None:
    text = "EDUCATION\nCoursera / edX\nData Science Specialization\n" + TAIL
    facts = [f for f in _facts(text) if f.predicate is Predicate.STUDIED_AT]
    assert [(f.object.name, f.title) for f in facts] == [
        ("Coursera", "Data Science Specialization"), ("edX", "Data Science Specialization")]
    assert all(f.object.type is EntityType.ORGANIZATION for f in facts)


@pytest.mark.parametrize("line, expected", [
    ("B.S. in Physics — Lakeside University — 2015–2019",
     ("Lakeside University", "B.S. in Physics", "2015", "2019")),
    ("PhD in Marine Biology, Northfield University, 2018",
     ("Northfield University", "PhD in Marine Biology", None, "2018")),
    ("Northfield University | MBA | 2010 - 2012",
     ("Northfield University", "MBA", "2010", "2012")),
])
def test_one_line_shapes_with_dates(line: str, expected: tuple) -> None:
    assert [s[:4] for s in _studies(f"EDUCATION\n{line}\n" + TAIL)] == [expected]


def test_degree_line_before_institution_line() -> None:
    text = ("EDUCATION\nMaster of Science in Statistics\nLakeside University, Boston, MA\n"
            "Sep 2014 - Jun 2016\nBachelor of Arts in Economics\nNorthfield College\n2010 - 2014\n"
            + TAIL)
    assert [s[:4] for s in _studies(text)] == [
        ("Lakeside University", "Master of Science in Statistics", "2014-09", "2016-06"),
        ("Northfield College", "Bachelor of Arts in Economics", "2010", "2014")]


def test_nothing_outside_the_education_section() -> None:
    text = ("EXPERIENCE\nUndergraduate Peer Tutor\nNorthfield University, Springfield, USA\n"
            "Aug 2019 - Dec 2019\n\nPROJECTS\nCourse project at Lakeside University\n")
    assert _facts(text) == []


def test_evidence_contains_institution_and_is_exact() -> None:
    text = ("Jane Roe\n\nEDUCATION\nNorthfield University, Springfield, USA\nMSc, Chemistry\n"
            "- PhD in Physics, Lakeside University, 2020\n" + TAIL)
    doc = make_document(text, "cv")
    facts = extract_education(build_context(doc))
    assert len(facts) == 3
    for f in facts:
        quote = doc.text[f.provenance.start:f.provenance.end]
        assert quote == f.provenance.quote
        assert f.object.name in quote


@pytest.mark.parametrize("title, expected", [
    ("Master of Science, Computer Science", ("Master of Science", "Computer Science")),
    ("PhD in Marine Biology", ("PhD", "Marine Biology")),
    ("Bachelor of Engineering in Civil Engineering", ("Bachelor of Engineering",
                                                       "Civil Engineering")),
    ("MBA", ("MBA", None)),
])
def test_split_degree(title: str, expected: tuple) -> None:
    assert split_degree(title) == expected


def test_year_column_and_graduation_month() -> None:
    text = ("EDUCATION\n2008   Ph.D., Chemistry, Lakeside Institute of Technology\n"
            "University of Northfield, Urbana, IL\nBachelor of Science in Accountancy, May 2004\n"
            "GPA: 3.7/4.0\n" + TAIL)
    assert _studies(text) == [
        ("Lakeside Institute of Technology", "Ph.D., Chemistry", None, "2008",
         {"field": "Chemistry"}),
        ("University of Northfield", "Bachelor of Science in Accountancy", None, "2004-05",
         {"field": "Accountancy", "gpa": "3.7/4.0"})]


def test_degree_kept_as_printed_with_its_dash() -> None:
    text = ("Education\nNorthfield University\nBachelor of Science - BS, Computer Science · "
            "(2010 - 2014)\n" + TAIL)
    assert _studies(text) == [("Northfield University", "Bachelor of Science - BS, Computer Science",
                               "2010", "2014", {"field": "Computer Science"})]
