"""Resume or prose: a resume stays a resume; bios, profiles and interviews are prose."""

from __future__ import annotations

import pytest

from extract.context import Section
from extract.kind import date_range_lines, detect_kind, prose_ratio, section_kinds

BIO = ("Ana Ruiz is the chief scientist at Initech, where she leads a team of forty researchers "
       "working on warehouse robots.\n\nShe joined Initech in 2014 after six years at Globex, and "
       "she holds a PhD in physics from Hillcrest University.\n")
NUMBERED_RESUME = ("Robotics Engineer\n\nInitech, Leeds\n\nPython ROS C++\n\nPerception\n"
                   "  1. Built the perception stack for the warehouse robots that now patrol forty "
                   "stores every night.\n  2. Trained the detection models that find empty shelves "
                   "and misplaced items in camera frames.\n\nJan 2019 - Present\n\nAnalyst\n\n"
                   "Globex\n  1. Wrote the weekly report that the sales team still uses for its "
                   "planning meetings every Monday.\n\nMar 2016 - Dec 2018\n")


def test_bio_is_prose():
    assert detect_kind(BIO, []) == "prose"


def test_numbered_bullets_and_date_lines_keep_a_resume_a_resume():
    assert date_range_lines(NUMBERED_RESUME) == 2
    assert prose_ratio(NUMBERED_RESUME) < 0.5
    assert detect_kind(NUMBERED_RESUME, []) == "resume"


def test_two_known_sections_make_a_resume():
    text = "Experience\nEngineer, Initech\nPython, SQL\nEducation\nBSc Physics, Hillcrest University\n"
    secs = [Section("experience", "Experience", 11, 46), Section("education", "Education", 56, len(text))]
    assert detect_kind(text, secs) == "resume"


def test_a_biography_with_section_headings_stays_prose():
    text = "Education\n" + BIO.split("\n\n")[1] + "\nCareer\n" + BIO.split("\n\n")[0] + "\n"
    secs = [Section("education", "Education", 10, 100), Section("experience", "Career", 100, len(text))]
    assert detect_kind(text, secs) == "prose"


def test_section_kinds_marks_prose_summaries():
    text = "Summary\n" + BIO.replace("\n\n", " ") + "Experience\nEngineer, Initech\nJan 2019 - Present\n"
    summary_end = text.index("Experience")
    secs = [Section("summary", "Summary", 8, summary_end),
            Section("experience", "Experience", summary_end + 11, len(text))]
    assert section_kinds(text, secs) == {0: "prose", 1: "resume"}


@pytest.mark.seeds
def test_seed_kinds(seeds_dir):
    from extract import read_document
    from extract.sections import split_sections

    kinds = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = read_document(path)
        kinds[path.stem[:3]] = detect_kind(doc.text, split_sections(doc.text, doc.format))
    assert kinds == {"000": "resume", "001": "resume", "002": "resume", "003": "resume",
                     "004": "prose"}


def test_examples_keep_their_kinds(examples_dir):
    from extract import read_document
    from extract.sections import split_sections

    for path in sorted(examples_dir.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        doc = read_document(path)
        kind = detect_kind(doc.text, split_sections(doc.text, doc.format))
        expected = "prose" if path.stem in ("speaker_bio", "news_profile") else "resume"
        assert kind == expected, path.name
