"""OUT/text/<doc>.txt: the text that evidence spans index, for documents whose file is not it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from peoplegraph.pipeline import BuildConfig, run_build
from tests.conftest import ROOT

RESUME = """Ada Quist
ada.quist@example.org

EXPERIENCE
Data Engineer, Globex Corporation - Austin, TX
Jan 2019 - Present
- Built pipelines in Python and Apache Spark
"""


def _spans_hold(out: Path, doc: str, text: str) -> int:
    n = 0
    for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines():
        f = json.loads(line)
        if f["doc"] == doc:
            ev = f["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"], f
            n += 1
    return n


def test_texts_are_written_for_files_that_are_not_their_text(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "examples" / "bio_page.html", docs / "bio_page.html")
    (docs / "plain.txt").write_text(RESUME, encoding="utf-8")
    (docs / "latin.txt").write_bytes(RESUME.replace("Ada Quist", "Zoë Quist").encode("latin-1"))
    (docs / "crlf.txt").write_bytes(RESUME.replace("Ada", "Bo").replace("\n", "\r\n").encode())
    out = tmp_path / "out"
    run_build(BuildConfig(paths=[docs], out=out, jobs=1))
    names = sorted(p.name for p in (out / "text").iterdir())
    assert "plain.txt" not in names and {"bio_page.txt", "latin.txt"} <= set(names)
    for name in names:
        text = (out / "text" / name).read_text(encoding="utf-8")
        assert _spans_hold(out, Path(name).stem, text) > 0
    assert "Zoë Quist" in (out / "text" / "latin.txt").read_text(encoding="utf-8")
    report = json.loads((out / "report.json").read_text())
    assert "text/bio_page.txt" in json.dumps(report)

    first = {n: (out / "text" / n).read_bytes() for n in names}
    run_build(BuildConfig(paths=[docs], out=out, jobs=1))          # every document reused
    assert {n: (out / "text" / n).read_bytes() for n in names} == first

    (docs / "bio_page.html").unlink()
    run_build(BuildConfig(paths=[docs], out=out, jobs=1))
    assert not (out / "text" / "bio_page.txt").exists()
    assert (out / "text" / "latin.txt").exists()


def test_no_text_folder_for_plain_utf8_text(tmp_path):
    (tmp_path / "cv.txt").write_text(RESUME, encoding="utf-8")
    out = tmp_path / "out"
    run_build(BuildConfig(paths=[tmp_path / "cv.txt"], out=out, jobs=1))
    assert not (out / "text").exists()
