"""PDF reader: reading order, line breaks, pages, and PDFs it must refuse (no text layer,
damaged, password-protected, pypdf missing)."""

from __future__ import annotations

import json
import struct
import sys
import zlib
from pathlib import Path

import pytest

from extract import read_document
from ontology import InputError

pytest.importorskip("pypdf")
fpdf = pytest.importorskip("fpdf")

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def new_pdf():
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if DEJAVU.exists():
        pdf.add_font("Body", "", str(DEJAVU))
        pdf.set_font("Body", "", 10)
    else:
        pdf.set_font("Helvetica", "", 10)
    return pdf


def bullet(pdf) -> str:
    return "• " if pdf.font_family == "body" else "- "


def png_bytes(width: int = 24, height: int = 16) -> bytes:
    """A small grey-gradient RGB PNG made with zlib and struct only (a 'scanned page')."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"".join(bytes((x * 10 % 256, y * 15 % 256, 128))
                                        for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


@pytest.fixture()
def scanned_pdf(tmp_path) -> Path:
    img = tmp_path / "page.png"
    img.write_bytes(png_bytes())
    pdf = new_pdf()
    pdf.add_page()
    pdf.image(str(img), x=10, y=10, w=190)
    path = tmp_path / "scanned_cv.pdf"
    pdf.output(str(path))
    return path


def test_png_is_a_valid_image(tmp_path):
    from PIL import Image  # fpdf2 depends on Pillow

    p = tmp_path / "x.png"
    p.write_bytes(png_bytes())
    with Image.open(p) as im:
        assert im.size == (24, 16) and im.mode == "RGB"


def test_image_only_pdf_is_refused_as_having_no_text_layer(scanned_pdf):
    with pytest.raises(InputError) as err:
        read_document(scanned_pdf)
    assert "no text layer" in err.value.message and "OCR" in err.value.message
    assert err.value.doc == str(scanned_pdf) and "ocr" in (err.value.hint or "").lower()


def test_build_reports_an_image_only_pdf_as_failed(scanned_pdf, tmp_path):
    from peoplegraph.pipeline import BuildConfig, run_build

    good = tmp_path / "good.txt"
    good.write_text("Jane Roe\n\nEXPERIENCE\nEngineer, Initech | 2019 - Present\n\n"
                    "SKILLS\nPython, Rust\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_build(BuildConfig(paths=[scanned_pdf, good], out=out, cache=False))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_name = {Path(r["path"]).name: r for r in report["inputs"]}
    assert by_name["scanned_cv.pdf"]["status"] == "failed"
    assert "no text layer" in by_name["scanned_cv.pdf"]["reason"]
    assert by_name["good.txt"]["status"] == "ok" and by_name["good.txt"]["facts"] > 0
    assert [Path(r.path).name for r in result.failed] == ["scanned_cv.pdf"]


def test_columns_drawn_one_after_the_other_stay_apart(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    b = bullet(pdf)
    left = ["SKILLS", f"{b}Python", f"{b}PostgreSQL"]
    right = ["EXPERIENCE", "Senior Engineer, Initech | 2019 – Present",
             f"{b}Built the billing pipeline in Go"]
    for x, col in ((10, left), (80, right)):  # a sidebar, then the main column
        for i, line in enumerate(col):
            pdf.set_xy(x, 20 + 7 * i)
            pdf.cell(65 if x == 10 else 120, 6, line)
    path = tmp_path / "two_columns.pdf"
    pdf.output(str(path))
    doc = read_document(path)
    assert doc.format == "pdf"
    assert doc.text.splitlines() == left + right  # no row mixes the two columns


def test_wrapped_and_justified_lines_keep_printed_breaks_single_spaces(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    words = "Moved nightly billing runs onto an event stream and retired the old batch jobs"
    pdf.multi_cell(60, 5, words, align="J")
    path = tmp_path / "wrapped.pdf"
    pdf.output(str(path))
    lines = read_document(path).text.splitlines()
    assert len(lines) >= 3  # printed lines stay lines
    assert " ".join(lines) == words  # in order, nothing lost, no doubled spaces


def test_pages_are_joined_by_a_blank_line_and_a_blank_page_is_reported(tmp_path):
    pdf = new_pdf()
    for text in ("First page line", None, "Third page line"):
        pdf.add_page()
        if text:
            pdf.cell(0, 6, text)
    path = tmp_path / "three_pages.pdf"
    pdf.output(str(path))
    doc = read_document(path)
    assert doc.text == "First page line\n\nThird page line\n"
    assert doc.warnings == ["page 2 of the PDF had no text layer (scanned?); their content is "
                            "missing"]


def test_damaged_pdf_is_an_input_error(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert "broken.pdf" in str(err.value)


def test_password_protected_pdf_is_an_input_error(tmp_path):
    pdf = new_pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.cell(0, 6, "Hidden resume text")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError) as err:
        read_document(path)
    assert "password" in err.value.message


def test_missing_pypdf_names_the_extra(tmp_path, monkeypatch):
    from extract.readers.pdf import read_pdf

    monkeypatch.setitem(sys.modules, "pypdf", None)  # import pypdf now raises ImportError
    with pytest.raises(InputError) as err:
        read_pdf(tmp_path / "cv.pdf", b"%PDF-1.4")
    assert "pip install 'peoplegraph[pdf]'" in (err.value.hint or "")
