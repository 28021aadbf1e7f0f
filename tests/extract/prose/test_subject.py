"""The subject of a bio or article: the person most described, never a photo credit."""

from __future__ import annotations

import pytest

from extract.prose.context import prose_context
from extract.prose.subject import clean_person_name, header_name, name_parts


def _subject(doc_from_text, text: str) -> str | None:
    return prose_context(doc_from_text(text)).subject.name


def test_person_most_described_wins(doc_from_text):
    text = ("Credit: Jo Marsh\n\nHow Ana Ruiz built a robotics lab\n\n"
            "Ana Ruiz is the chief scientist at Initech. Ruiz joined the company in 2014 after "
            "years at Globex, where she worked with Tom Baker. Ruiz says the lab is her proudest "
            "work. Baker agrees.\n")
    assert _subject(doc_from_text, text) == "Ana Ruiz"


def test_photo_credit_is_never_the_subject(doc_from_text):
    text = ("Credit: Jo Marsh\n\nThe new robotics lab at Initech opened this week in Leeds, "
            "with Ana Ruiz, its chief scientist, cutting the ribbon.\n")
    assert _subject(doc_from_text, text) == "Ana Ruiz"


def test_speaker_bio_header_names_the_subject(doc_from_text):
    text = ("Naledi Dube, Chief Architect, Initech\n\nDube has designed billing systems for "
            "twenty years. Before Initech she worked with Tom Baker and Tom Baker's team at "
            "Globex on payments.\n")
    assert _subject(doc_from_text, text) == "Naledi Dube"


def test_no_person_gives_a_keyed_nameless_subject(doc_from_text):
    ctx = prose_context(doc_from_text("The robotics lab at Initech opened this week in Leeds "
                                      "after three years of construction work.", "lab"))
    assert ctx.subject.name is None and ctx.subject.key == "anon:lab"


@pytest.mark.parametrize("raw,expected", [("Dr. Ana Ruiz’s", "Ana Ruiz"), ("Initech Labs", None),
                                          ("COVID-19", None), ("ana ruiz", None),
                                          ("Ludwig van Beek", "Ludwig van Beek")])
def test_clean_person_name(raw, expected):
    assert clean_person_name(raw) == expected


def test_name_parts_and_header():
    assert name_parts("Ludwig van Beek") == ("Ludwig", "van Beek")
    assert header_name("Ana Ruiz | CTO at Initech\n\nAna leads ...") == ("Ana Ruiz", 0)
    assert header_name("Ana Ruiz is the CTO of Initech and has led its lab for years.") is None
