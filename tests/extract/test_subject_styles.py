"""Resume subjects printed with professional styles: post-nominal letters of any shape after the
name ('MPharm, MPSI', 'MNSE, COREN R.') and styles before it ('Engr.', 'Arch.', 'Dr')."""

from __future__ import annotations

import pytest

from extract.pipeline import build_context
from ontology import Document

BODY = "\n\nEXPERIENCE\nAnalyst, Telefonica, 2019 - present\n"


@pytest.mark.parametrize("header,name", [
    ("SORCHA NÍ MHURCHÚ, MPharm, MPSI\nPharmacist · Cork · sorcha@example.ie", "Sorcha Ní Mhurchú"),
    ("ENGR. OLUWASEUN ADEBAYO-COLE, MNSE, COREN R.\nEngineer | Abuja", "Oluwaseun Adebayo-Cole"),
    ("Arch. Lucia Ferreira, MArch\nPorto", "Lucia Ferreira"),
    ("Dr Tomasz Wrona, DPhil\nOxford", "Tomasz Wrona"),
    ("Petra Lindqvist, MChem, CChem\nUppsala", "Petra Lindqvist"),
    ("KWAME MENSAH, ACCA\nAccra", "Kwame Mensah"),
])
def test_styled_names_are_the_subject(header: str, name: str) -> None:
    ctx = build_context(Document(id="cv", text=header + BODY))
    assert ctx.subject.name == name


@pytest.mark.parametrize("header", ["Senior Engineering Manager, MBA\nBoston",
                                    "ENGINEERING MANAGER\nBoston"])
def test_a_title_with_letters_is_still_no_name(header: str) -> None:
    assert build_context(Document(id="cv", text=header + BODY)).subject.name is None
