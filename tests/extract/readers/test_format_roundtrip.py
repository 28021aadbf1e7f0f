"""The example resumes rendered as PDF (fpdf2) and DOCX (python-docx), read back: the same jobs,
degrees and skills as from the text versions (F1 >= 0.9 on (predicate, object, title, dates))."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from extract import extract_document, read_document
from ontology import Fact, norm_name

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
RESUMES = sorted([*EXAMPLES.glob("*.md"), *EXAMPLES.glob("*resume*.txt")], key=lambda p: p.name)
CORE = ("worked-at", "studied-at", "used-skill")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_RUNS = re.compile(r"(\*\*[^*]+\*\*|\*[^*\s][^*]*\*)")
_ITEM = re.compile(r"^\s*(?:[-•❖▪*]|\d{1,2}[.)])\s+")


def _runs(line: str) -> list[tuple[str, str]]:
    """('B'|'I'|'', text) runs of a markdown line's inline bold and italic marks."""
    out = []
    for part in _RUNS.split(line):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append(("B", part[2:-2]))
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            out.append(("I", part[1:-1]))
        elif part:
            out.append(("", part))
    return out


def _caps_heading(line: str) -> bool:
    s = line.strip()
    return 3 <= len(s) <= 40 and s.upper() == s and any(c.isalpha() for c in s)


def render_pdf(text: str, markdown: bool) -> bytes:
    """A resume as a PDF a word processor might print: markdown marks become fonts (headings
    bold and larger, ** bold, * italic, '- ' a bullet), ALL-CAPS headings of text resumes bold.
    A source line too long for the page is set smaller rather than wrapped, so that the PDF has
    the text version's lines (wrapping is tested on its own in test_pdf.py)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15)
    pdf.set_auto_page_break(True, 15)
    if (DEJAVU / "DejaVuSans.ttf").exists():
        for style, name in (("", "DejaVuSans"), ("B", "DejaVuSans-Bold"),
                            ("I", "DejaVuSans-Oblique")):
            pdf.add_font("Body", style, str(DEJAVU / f"{name}.ttf"))
        family = "Body"
    else:  # a core font: only latin-1 can be drawn
        family = "Helvetica"
    pdf.add_page()
    pdf.set_font(family, "", 9.5)

    def safe(s: str) -> str:
        if family == "Helvetica":
            s = s.replace("•", "-").replace("❖", "-").replace("–", "-").replace("—", "-")
            return s.encode("latin-1", "replace").decode("latin-1")
        cmap = pdf.current_font.cmap
        return "".join(c if ord(c) in cmap or c.isspace() else "-" for c in s)

    for line in text.splitlines():
        if not line.strip():
            pdf.ln(3)
            continue
        size, runs = 9.5, _runs(line) if markdown else [("", line)]
        m = _MD_HEADING.match(line) if markdown else None
        if m:
            size, runs = {1: 15, 2: 12.5}.get(len(m.group(1)), 10.5), [("B", m.group(2))]
        elif markdown and line.startswith("- "):
            runs = [("", "• ")] + _runs(line[2:])
        elif not markdown and _caps_heading(line):
            size, runs = 11, [("B", line.strip())]
        runs = [(style, safe(part)) for style, part in runs]
        width = 0.0
        for style, part in runs:
            pdf.set_font(family, style, size)
            width += pdf.get_string_width(part)
        size = min(size, size * pdf.epw / width * 0.98)  # one source line stays one printed line
        for style, part in runs:
            pdf.set_font(family, style, size)
            pdf.write(size * 0.5, part)
        pdf.ln(max(size, 6) * 0.5)
    return bytes(pdf.output())


def render_docx(text: str, markdown: bool) -> bytes:
    """A resume as Word would hold it: headings in Heading styles, bullets and numbered items in
    list styles, bold and italic runs."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _MD_HEADING.match(line) if markdown else None
        if m:
            document.add_heading(m.group(2), level=len(m.group(1)))
            continue
        if not markdown and _caps_heading(line):
            document.add_heading(line.strip(), level=1)
            continue
        item = _ITEM.match(line)
        if item:
            numbered = item.group(0).strip()[0].isdigit()
            para = document.add_paragraph(style="List Number" if numbered else "List Bullet")
            line = line[item.end():]
        else:
            para = document.add_paragraph()
        for style, part in _runs(line) if markdown else [("", line)]:
            run = para.add_run(part)
            run.bold, run.italic = style == "B" or None, style == "I" or None
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def core_keys(facts: list[Fact]) -> set[tuple]:
    return {(f.predicate.value, norm_name(f.object.name), f.title, f.start, f.end)
            for f in facts if f.predicate.value in CORE}


def f1(gold: set, pred: set) -> float:
    if not gold and not pred:
        return 1.0
    tp = len(gold & pred)
    return 2 * tp / (len(gold) + len(pred))


@pytest.fixture(scope="module")
def text_keys() -> dict[str, set[tuple]]:
    return {p.name: core_keys(extract_document(read_document(p))) for p in RESUMES}


def test_the_examples_are_there():
    assert {p.name for p in RESUMES} >= {"markdown_resume.md", "academic_cv.md",
                                         "pdf_export_resume.txt", "dates_after_resume.txt"}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("path", RESUMES, ids=lambda p: p.name)
def test_same_core_facts_as_the_text_version(path: Path, fmt: str, tmp_path, text_keys):
    pytest.importorskip("pypdf" if fmt == "pdf" else "docx")
    if fmt == "pdf":
        pytest.importorskip("fpdf")
    render = render_pdf if fmt == "pdf" else render_docx
    out = tmp_path / f"{path.stem}.{fmt}"
    out.write_bytes(render(path.read_text(encoding="utf-8"), markdown=path.suffix == ".md"))
    document = read_document(out)
    assert document.format == fmt and document.id == path.stem
    got = core_keys(extract_document(document))
    want = text_keys[path.name]
    assert len(want) >= 10  # a real comparison, not two empty sets
    score = f1(want, got)
    assert score >= 0.9, (f"F1 {score:.3f}\nonly in text: {sorted(want - got)}\n"
                          f"only in {fmt}: {sorted(got - want)}")
    for fact in extract_document(document):  # evidence points into the extracted text
        p = fact.provenance
        assert document.text[p.start:p.end] == p.quote
