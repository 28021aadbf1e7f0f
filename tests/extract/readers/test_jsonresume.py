"""JSON Resume: the reader's rendered text, the exact facts of the example, provenance on the
rendered lines, the subject from basics; other JSON is refused; the example gold checks out."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract import extract_document, read_document
from extract.jsonresume_facts import json_date
from extract.readers.jsonresume import parse_rendered, render_resume, split_path
from ontology import Document, InputError

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "json_resume.json"
GOLD_DIR = ROOT / "tests" / "fixtures" / "examples_gold"

P = "Marisol Achterberg"
#: (subject, predicate, object type, object, title, start, end, json_path): the whole set
EXPECTED = {
    (P, "worked-at", "Organization", "Copperline Freight", "Senior Backend Engineer",
     "2021-04", "present", "work[0]"),
    ("Copperline Freight", "located-in", "Place", "Utrecht, Netherlands", None, None, None,
     "work[0].location"),
    (P, "worked-at", "Organization", "Stratos Mapping GmbH", "Software Engineer", "2017-09",
     "2021-03", "work[1]"),
    ("Stratos Mapping GmbH", "located-in", "Place", "Berlin, Germany", None, None, None,
     "work[1].location"),
    (P, "worked-at", "Organization", "Stratos Mapping GmbH", "Working Student", "2016-02",
     "2017-08", "work[2]"),
    (P, "worked-at", "Organization", "Open Transit Utrecht", "Maintainer", "2019-01", "present",
     "volunteer[0]"),
    (P, "studied-at", "EducationalOrganization", "Amstelland University",
     "Master of Science in Computer Science", "2014-09", "2016-08", "education[0]"),
    (P, "studied-at", "EducationalOrganization", "Amstelland University",
     "Bachelor of Science in Mathematics", "2011-09", "2014-07", "education[1]"),
    (P, "received-award", "Award", "Best Open Data Tool", None, "2020-11", None, "awards[0]"),
    (P, "authored", "Publication", "Incremental Route Caching for Freight Planning", None, None,
     None, "publications[0]"),
    ("Incremental Route Caching for Freight Planning", "published-in", "Venue",
     "Journal of Transport Software", None, None, None, "publications[0].publisher"),
    (P, "contributed-to", "Project", "tramwatch", "Creator, Maintainer", "2019-05", None,
     "projects[0]"),
    *((P, "used-skill", "Skill", name, None, None, None, path) for name, path in (
        ("Backend Development", "skills[0].name"), ("Kotlin", "skills[0].keywords[0]"),
        ("Java", "skills[0].keywords[1]"), ("Spring Boot", "skills[0].keywords[2]"),
        ("PostgreSQL", "skills[0].keywords[3]"), ("Cloud Infrastructure", "skills[1].name"),
        ("Kubernetes", "skills[1].keywords[0]"), ("Terraform", "skills[1].keywords[1]"),
        ("Apache Kafka", "skills[1].keywords[2]"), ("Geospatial Data", "skills[2].name"),
        ("PostGIS", "skills[2].keywords[0]"), ("OpenStreetMap", "skills[2].keywords[1]"),
        ("Go", "projects[0].keywords[0]"), ("GTFS Realtime", "projects[0].keywords[1]"))),
}


@pytest.fixture(scope="module")
def example():
    document = read_document(EXAMPLE)
    return document, extract_document(document)


def test_the_reader_renders_one_line_per_field(example):
    document, _ = example
    assert document.format == "jsonresume" and document.id == "json_resume"
    lines = document.text.splitlines()
    assert lines[0] == "basics.name: Marisol Achterberg"
    assert "work[0].highlights[1]: Moved invoice generation onto an event stream and retired " \
           "three nightly batch jobs" in lines
    assert ("basics.summary: Backend engineer who builds routing and billing services for "
            "freight and transit companies. Happiest when an API is dull, documented and fast."
            ) in lines  # a newline inside a value becomes a space
    assert not any(ln.startswith(("$schema", "meta")) for ln in lines)
    fields = parse_rendered(document.text)
    assert len(fields) == sum(1 for ln in lines if ln)
    assert all(document.text[f.start:f.end] == f"{f.path}: {f.value}" for f in fields)


def test_the_example_gives_exactly_its_facts(example):
    _, facts = example
    got = {(f.subject.name, f.predicate.value, f.object.type.value, f.object.name, f.title,
            f.start, f.end, f.attrs["json_path"]) for f in facts}
    assert got == EXPECTED
    assert len(facts) == len(EXPECTED)


def test_provenance_spans_the_lines_of_the_json_path(example):
    document, facts = example
    for f in facts:
        p = f.provenance
        assert p.extractor == "jsonresume.fields.v1"
        assert document.text[p.start:p.end] == p.quote
        assert f.object.name in p.quote or f.object.name.lower() in p.quote.lower()
        path = f.attrs["json_path"]
        lines = p.quote.split("\n")
        assert all(ln.startswith(path.split(".publisher")[0].split(".location")[0])
                   for ln in lines), (path, lines)
    job = next(f for f in facts if f.attrs["json_path"] == "work[1]")
    assert job.provenance.quote == ("work[1].name: Stratos Mapping GmbH\n"
                                    "work[1].position: Software Engineer\n"
                                    "work[1].location: Berlin, Germany\n"
                                    "work[1].startDate: 2017-09\n"
                                    "work[1].endDate: 2021-03")
    volunteer = next(f for f in facts if f.attrs["json_path"] == "volunteer[0]")
    assert volunteer.attrs["volunteer"] == "true"
    kotlin = next(f for f in facts if f.object.name == "Kotlin")
    assert kotlin.object.attrs == {"category": "programming-language",
                                   "group": "Backend Development"}


def test_subject_comes_from_basics(example):
    _, facts = example
    person = next(f.subject for f in facts if f.predicate.value == "worked-at")
    assert person.name == "Marisol Achterberg"
    assert person.identifiers == {
        "email": "marisol.achterberg@example.org", "phone": "+31 20 555 0142",
        "website": "marisol-achterberg.example.dev", "github": "machterberg",
        "linkedin": "marisol-achterberg-example"}


def test_old_schema_keys_a_nameless_subject_and_open_education():
    text = render_resume({"work": [{"company": "Initech", "position": "Analyst",
                                    "startDate": "2014-06-15", "endDate": "2016"}],
                          "education": [{"institution": "Northlake University",
                                         "studyType": "BSc", "startDate": "2010"}],
                          "basics": {"profiles": [{"network": "GitHub", "username": "@jroe"}]}})
    facts = extract_document(Document(id="old", text=text, format="jsonresume"))
    got = {(f.predicate.value, f.object.name, f.title, f.start, f.end) for f in facts}
    assert got == {("worked-at", "Initech", "Analyst", "2014-06", "2016"),
                   ("studied-at", "Northlake University", "BSc", "2010", None)}
    assert facts[0].subject.name is None
    assert facts[0].subject.identifiers == {"github": "jroe", "handle": "jroe"}
    anon = extract_document(Document(id="anon", text=render_resume({"work": [{"name": "Initech"}]}),
                                     format="jsonresume"))
    assert anon[0].subject.key == "anon:anon" and anon[0].title is None


@pytest.mark.parametrize("raw,expected", [("2019-03-01", "2019-03"), ("2019-3", "2019-03"),
                                          ("2019", "2019"), ("2019-13", "2019"),
                                          ("present", "present"), ("", None), ("soon", None)])
def test_json_dates(raw, expected):
    assert json_date(raw) == expected


def test_paths_with_odd_keys_round_trip():
    text = render_resume({"basics": {"name": "A", "x y": ["p", None, True, 3.5]}})
    assert text == 'basics.name: A\nbasics["x y"][0]: p\nbasics["x y"][2]: true\nbasics["x y"][3]: 3.5'
    assert [split_path(f.path) for f in parse_rendered(text)][1] == ("basics", "x y", 0)


def test_other_json_is_refused_and_reported(tmp_path):
    other = tmp_path / "package.json"
    other.write_text(json.dumps({"name": "left-pad", "version": "1.0.0"}))
    broken = tmp_path / "broken.json"
    broken.write_text('{"basics": {"name": "A"},}')
    with pytest.raises(InputError) as err:
        read_document(other)
    assert "not a JSON Resume" in err.value.message
    with pytest.raises(InputError) as err:
        read_document(broken)
    assert "invalid JSON at line 1" in err.value.message

    from peoplegraph.pipeline import BuildConfig, run_build

    shutil.copy(EXAMPLE, tmp_path / "cv.json")
    out = tmp_path / "out"
    run_build(BuildConfig(paths=[tmp_path], out=out, cache=False))
    report = json.loads((out / "report.json").read_text())
    status = {Path(r["path"]).name: r["status"] for r in report["inputs"]}
    # named, package.json would fail; met in a folder walk it is passed over as other JSON
    assert status == {"cv.json": "ok", "package.json": "skipped", "broken.json": "failed"}
    lines = (out / "facts.jsonl").read_text().splitlines()
    assert len(lines) == len(EXPECTED)


def test_example_gold_checks_against_the_extracted_texts(tmp_path):
    """The checker reads .md/.txt documents: give it the readers' text of the two examples."""
    for name in ("json_resume.json", "bio_page.html"):
        document = read_document(ROOT / "examples" / name)
        (tmp_path / f"{document.id}.txt").write_text(document.text, encoding="utf-8")
        (tmp_path / "gold").mkdir(exist_ok=True)
        shutil.copy(GOLD_DIR / f"{document.id}.json", tmp_path / "gold")
    proc = subprocess.run([sys.executable, str(GOLD_DIR / "check_gold.py"), str(tmp_path / "gold"),
                           "--examples", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2/2 gold files pass" in proc.stdout


def test_a_folder_walk_can_tell_json_resumes_from_other_json(tmp_path):
    from extract.readers.jsonresume import is_json_resume_file

    (tmp_path / "graph.json").write_text('{"entities": [], "facts": []}')
    (tmp_path / "list.json").write_text('[{"basics": {}}]')
    (tmp_path / "bad.json").write_text("{")
    assert is_json_resume_file(EXAMPLE)
    assert not any(is_json_resume_file(tmp_path / n)
                   for n in ("graph.json", "list.json", "bad.json", "missing.json"))
    from extract.readers.jsonresume import is_other_json_file

    assert [is_other_json_file(tmp_path / n) for n in ("graph.json", "list.json", "bad.json",
                                                       "missing.json")] == [True, True, False, False]
    assert not is_other_json_file(EXAMPLE)
