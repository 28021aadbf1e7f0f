"""Subject names: credentials after the name with any spacing, particles in capitals,
a labelled NAME field under a banner, a quoted nickname (fictional people)."""

from extract.subject import _as_name, detect_subject
from ontology import Document


def test_credential_after_two_spaces_is_dropped():
    assert _as_name("Ottilie Brann Castellow  PMP") == "Ottilie Brann Castellow"
    assert _as_name("Desmond Achebe-Lowe   CFA, CPA") == "Desmond Achebe-Lowe"
    assert _as_name("Lena Ortiz P.Eng") == "Lena Ortiz"


def test_surname_in_capitals_is_kept():
    assert _as_name("Jorunn Maren HALVORSEN") == "Jorunn Maren Halvorsen"


def test_all_caps_name_with_particles():
    assert _as_name("BEATRIZ HELENA CARVALHO DOS REIS") == "Beatriz Helena Carvalho dos Reis"
    assert _as_name("SITI HAJAR BINTI OSMAN") == "Siti Hajar binti Osman"
    assert _as_name("Pieter van der Wal") == "Pieter van der Wal"


def test_labelled_name_field_under_banner_with_country_credential():
    text = ("                     CURRICULUM VITAE\n\n"
            "NAME:           ODHIAMBO KEVIN MUTUA, CPA (K)\n"
            "PHONE:          +254 711 000 123\n"
            "EMAIL:          kmutua.audit@example.org\n\n"
            "PROFESSIONAL PROFILE\n\nAn auditor.\n")
    m = detect_subject(Document(id="d", text=text), [])
    assert m.name == "Odhiambo Kevin Mutua"


def test_quoted_nickname_is_kept_as_attribute_not_name():
    text = 'ROSALINDA "LINDA" PAGUIO SANTOS\nlinda.ps@example.org\n'
    m = detect_subject(Document(id="d", text=text), [])
    assert m.name == "Rosalinda Paguio Santos"
    assert m.attrs["nickname"] == "Linda"
