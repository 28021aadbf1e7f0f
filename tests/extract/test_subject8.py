"""Resume subjects: hyphenated post-nominals, a surname printed first in capitals, the name
again in another script or form in brackets (fictional people)."""

from __future__ import annotations

import pytest

from extract.sections import split_sections
from extract.subject import detect_subject
from ontology import Document


def _subject(text: str) -> str | None:
    doc = Document(id="s8", text=text, format="text", source="s8", sha256="0" * 64)
    return detect_subject(doc, split_sections(text, "text")).name


@pytest.mark.parametrize(("first_line", "name"), [
    ("MARGIT O. LINDHOLM, SHRM-CP", "Margit O. Lindholm"),
    ("Name:          WATANABE Haruto (渡辺 陽翔)", "Haruto Watanabe"),
    ("PHẠM MINH KHOA (Khoa Pham)", "Phạm Minh Khoa"),
    ("MOREAU Anne-Sophie", "Anne-Sophie Moreau"),
    ("Jane Marie ROE", "Jane Marie Roe"),
])
def test_name_line_forms(first_line, name):
    text = (f"{first_line}\nOsaka, Japan | +81 90 0000 1111 | someone@example.org\n\n"
            "EXPERIENCE\nPlant Engineer, Kirafune Works\n2018 – 2023\n")
    assert _subject(text) == name


def test_headings_glued_after_the_name_line_do_not_hide_it():
    text = ("RASMUS T. VIKANDER, PHR\nTromsø | rasmus.v@example.no\n\n"
            "SUMMARYPeople partner with eight years in retail.\n\n"
            "EXPERIENCEHR Partner, Nordlys Retail 2019 – Present\n")
    assert _subject(text) == "Rasmus T. Vikander"
