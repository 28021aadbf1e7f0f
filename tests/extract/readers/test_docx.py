"""DOCX reader: document order, headings as markdown headings, list items, tables, text boxes,
the page header; refusals (damaged file, python-docx missing)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from extract import read_document
from extract.sections import split_sections
from ontology import InputError

docx = pytest.importorskip("docx")

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_text_box(paragraph, text: str) -> None:
    """A text box anchored in `paragraph`, written as Word writes it: a drawing for new readers
    and a VML copy in mc:Fallback for old ones (the same text twice in the XML)."""
    from docx.oxml import parse_xml

    box = (f'<w:txbxContent xmlns:w="{_W}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
           f'</w:txbxContent>')
    xml = (f'<w:r xmlns:w="{_W}" xmlns:mc="{_MC}" xmlns:wps="{_WPS}"><mc:AlternateContent>'
           f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing>'
           f'</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback>'
           f'</mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


def save(document, path: Path) -> Path:
    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture()
def resume_docx(tmp_path) -> Path:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "jane.roe@example.org | +1 555 0100"
    d.sections[0].footer.paragraphs[0].text = "Page 1 of 1 | Confidential"
    d.add_heading("Jane Q. Roe", level=0)
    d.add_paragraph("Platform engineer who likes boring pipelines.")
    d.add_heading("Experience", level=1)
    d.add_heading("Staff Engineer", level=2)
    p = d.add_paragraph()
    p.add_run("Initech").bold = True
    p.add_run("\t03/2019 - Present")
    d.add_paragraph("• Built the billing pipeline in Go", style="List Bullet")
    d.add_paragraph("Led four engineers", style="List Number")
    p = d.add_paragraph("Austin, TX")
    p.add_run().add_break()
    p.add_run("Remote since 2021")
    d.add_paragraph("")
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("EDUCATION").bold = True
    p = d.add_paragraph()
    p.add_run("Initech Founders' Award").bold = True  # bold, but no section name: body text
    t = d.add_table(rows=3, cols=3)
    for cell, text in zip(t.rows[0].cells, ("Degree", "School", "Years"), strict=True):
        cell.text = text
    for cell, text in zip(t.rows[1].cells, ("MSc Physics", "Northlake University", "2013 – 2015"),
                          strict=True):
        cell.text = text
    merged = t.cell(2, 0).merge(t.cell(2, 2))
    merged.text = "Thesis on sensor fusion"
    anchor = d.add_paragraph("Skills")
    add_text_box(anchor, "Rust, Kafka")
    return save(d, tmp_path / "jane.docx")


def test_document_order_markers_and_tables(resume_docx):
    doc = read_document(resume_docx)
    assert doc.format == "docx" and doc.id == "jane"
    assert doc.text == (
        "jane.roe@example.org | +1 555 0100\n"
        "\n"
        "# Jane Q. Roe\n"
        "Platform engineer who likes boring pipelines.\n"
        "# Experience\n"
        "## Staff Engineer\n"
        "Initech\t03/2019 - Present\n"
        "- Built the billing pipeline in Go\n"
        "- Led four engineers\n"
        "Austin, TX\n"
        "Remote since 2021\n"
        "\n"
        "## EDUCATION\n"
        "Initech Founders' Award\n"
        "Degree | School | Years\n"
        "MSc Physics | Northlake University | 2013 – 2015\n"
        "Thesis on sensor fusion\n"
        "Skills\n"
        "Rust, Kafka\n"
    )
    assert "Confidential" not in doc.text


def test_headings_are_sections_the_splitter_knows(resume_docx):
    doc = read_document(resume_docx)
    names = [s.name for s in split_sections(doc.text, doc.format)]
    assert names == ["header", "experience", "education"]


def test_layout_table_is_read_column_by_column(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.text = "SKILLS"
    for s in ("Python", "Go", "SQL", "Terraform"):
        left.add_paragraph(s, style="List Bullet")
    right.text = "EXPERIENCE"
    right.add_paragraph("Engineer, Initech")
    doc = read_document(save(d, tmp_path / "layout.docx"))
    assert doc.text.splitlines() == ["SKILLS", "- Python", "- Go", "- SQL", "- Terraform", "",
                                     "EXPERIENCE", "Engineer, Initech"]


def test_resume_facts_come_through_a_docx(tmp_path):
    from extract import extract_document

    d = docx.Document()
    d.add_heading("Ada Park", level=0)
    d.add_paragraph("ada.park@example.org")
    d.add_heading("Experience", level=1)
    d.add_paragraph("Senior Data Engineer, Initech | 01/2019 - Present")
    d.add_paragraph("Built streaming jobs in Apache Kafka", style="List Bullet")
    d.add_heading("Skills", level=1)
    d.add_paragraph("Python, PostgreSQL")
    facts = extract_document(read_document(save(d, tmp_path / "ada.docx")))
    keys = {(f.predicate.value, f.object.name, f.title, f.start, f.end) for f in facts
            if f.predicate.value in ("worked-at", "used-skill")}
    assert ("worked-at", "Initech", "Senior Data Engineer", "2019-01", "present") in keys
    assert {("used-skill", s, None, None, None) for s in ("Python", "PostgreSQL",
                                                         "Apache Kafka")} <= keys
    assert {f.subject.name for f in facts} == {"Ada Park"}


def test_damaged_docx_is_an_input_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert "not a readable Word document" in err.value.message and err.value.doc == str(path)


def test_missing_python_docx_names_the_extra(tmp_path, monkeypatch):
    from extract.readers.docx import read_docx

    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(InputError) as err:
        read_docx(tmp_path / "cv.docx", b"PK")
    assert "pip install 'peoplegraph[docx]'" in (err.value.hint or "")
