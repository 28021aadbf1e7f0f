"""Prose and multi-person documents: general gaps found with a fifth held-out set, tested on
new fictional text (people, companies and wording of their own)."""

from __future__ import annotations

import pytest

from extract.profiles import profile_segments
from ontology import Document

pytest.importorskip("spacy")


def _facts(text: str, fmt: str = "markdown"):
    from extract.pipeline import extract_document

    doc = Document(id="t5", text=text, format=fmt, source="t5", sha256="0" * 64)
    return extract_document(doc)


def _worked(facts):
    return {(f.subject.name, f.object.name, f.title, f.start, f.end)
            for f in facts if f.predicate.value == "worked-at"}


def _pairs(facts, predicate):
    return {(f.subject.name, f.object.name) for f in facts if f.predicate.value == predicate}


_PANEL = """[Home](/) · **Faculty** · [Apply](/apply)

# Winter School on Coastal Hydraulics — Lecturers

### Monday – "Tides in shallow estuaries"
![portrait](img/people/quill.png)
**Oriana Quillfeather** — Associate Professor, Delft University of Technology

Oriana has taught coastal engineering at TU Delft since 2015. She previously worked at Deltares
(2010–2015) as a modelling engineer.

---

### Tuesday – "Sediment budgets that close"
![portrait](img/people/mbeki.png)
**Tendai Marufu-Stone** — Principal Engineer, Royal HaskoningDHV

Tendai joined Royal HaskoningDHV in 2012 after six years at the Port of Rotterdam.
"""


def test_photo_line_before_a_speaker_header_does_not_hide_the_profile():
    names = [p.name for p in profile_segments(_PANEL)]
    assert names == ["Oriana Quillfeather", "Tendai Marufu-Stone"]
