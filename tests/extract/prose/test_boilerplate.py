"""Boilerplate around stories: credits, captions, navigation, tails, pasted job postings."""

from __future__ import annotations

import pytest

from extract.prose.boilerplate import boilerplate_spans, inside, is_location_tag

STORY = "Ana Ruiz leads the robotics group at Initech. She joined the company in 2014."


def _noise(text: str) -> list[str]:
    return [text[s:e] for s, e in boilerplate_spans(text)]


@pytest.mark.parametrize("line", [
    "Credit: Jo Marsh", "Photo by Lee Tan", "Photo: Initech", "Image courtesy of Globex",
    "Ana Ruiz headshot", "Pictured: the new lab in Leeds", "Share this article",
    "Sign up for our weekly newsletter", "We use cookies to improve your experience.",
    "Home > News > People",
])
def test_single_noise_lines_are_boilerplate(line):
    text = f"{STORY}\n{line}\n{STORY}"
    assert _noise(text) == [line]


def test_story_sentences_are_not_boilerplate():
    text = f"{STORY}\n\nAna Ruiz, vice president of research at Initech, spoke to us.\n"
    assert boilerplate_spans(text) == []


@pytest.mark.parametrize("heading", ["Related content", "Research areas", "More from Initech News",
                                     "You may also like", "Related articles"])
def test_tail_heading_starts_boilerplate_to_the_end(heading):
    text = f"{STORY}\n\n{heading}\n\nAnother story about Bo Chen, who joined Globex in 2019.\n"
    spans = boilerplate_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:].startswith(heading)
    assert spans[0][1] == len(text.rstrip())


def test_job_postings_after_location_tags_are_boilerplate():
    posting = ("The Globex Vision team is hiring an Applied Scientist to build models. "
               "Key job responsibilities: design and ship detection models.")
    text = f"{STORY}\nUS, WA, Seattle\n{posting}\nGB, London\n{posting}\n"
    spans = boilerplate_spans(text)
    assert len(spans) == 1
    assert text[spans[0][0]:spans[0][1]].startswith("US, WA, Seattle")
    assert not inside(spans, 0, len(STORY))


def test_posting_paragraph_without_tag_is_boilerplate():
    posting = ("We are looking for a data engineer. You will own our pipelines. "
               "Basic Qualifications: three years of Python.")
    assert _noise(f"{STORY}\n\n{posting}\n") == [posting]


@pytest.mark.parametrize("line,expected", [("US, CA, Palo Alto", True), ("IN, KA, Bengaluru", True),
                                           ("GB, London", True), ("Ana Ruiz, CTO, Initech", False),
                                           ("She moved to Leeds, UK, in 2010.", False)])
def test_location_tags(line, expected):
    assert is_location_tag(line) is expected


def test_inside_checks_overlap():
    spans = [(10, 20), (30, 40)]
    assert inside(spans, 15, 16) and inside(spans, 35, 50) and inside(spans, 5, 11)
    assert not inside(spans, 20, 30) and not inside(spans, 0, 10) and not inside([], 0, 5)


@pytest.mark.seeds
def test_seed_interview_tail_and_credit_are_boilerplate(seeds_dir):
    """On the interview seed, the photo credit and everything from the tail heading on (the
    pasted job postings) are boilerplate, and the story itself is not."""
    path = seeds_dir / "004_710aa72a18e8c67b.txt"
    if not path.exists():
        pytest.skip("seed 004 is not here")
    text = path.read_text(encoding="utf-8")
    spans = boilerplate_spans(text)
    assert any(text[s:e].startswith("Credit:") for s, e in spans)
    tail = [(s, e) for s, e in spans if e == len(text.rstrip())]
    assert tail and tail[0][1] - tail[0][0] > len(text) // 2
    covered = sum(e - s for s, e in spans)
    assert covered < len(text) * 0.8  # the story is kept
