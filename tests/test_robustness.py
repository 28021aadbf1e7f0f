"""Nothing lost: a corpus of bad and hostile inputs, generated here, goes through one build.

Every input gets its line in report.json (ok, skipped or failed, and why), the good documents'
facts are all present, and the outputs stay valid (UTF-8, strict RDF).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from peoplegraph.pipeline import BuildConfig, run_build

OUTPUTS = ("facts-jsonl", "graph-json", "turtle")

#: a small fictional resume; {name} and {extra} vary per case
RESUME = """{name}
{first}.quist@example.org

EXPERIENCE

Senior Engineer, Initech - Berlin, Germany
Jan 2019 - Present
- Built a streaming pipeline using Python and Kafka{extra}

EDUCATION

BSc Computer Science, University of Tartu, 2012 - 2016

SKILLS

Python, Rust, PostgreSQL
"""


def resume(name: str = "Ada Quist", extra: str = "") -> str:
    first = name.split()[0].lower() if name.split() and name.split()[0].isascii() else "ada"
    return RESUME.format(name=name, first=first, extra=extra)


def _bad_corpus(folder: Path) -> dict[str, tuple[str, str]]:
    """Write the corpus; name -> (expected status, a word the reason or warning must hold)."""
    cases: dict[str, tuple[str, str]] = {}

    def put(name: str, data: bytes, status: str, why: str = "") -> None:
        (folder / name).write_bytes(data)
        cases[name] = (status, why)

    put("good_plain.txt", resume("Ada Quist").encode(), "ok")
    put("good_markdown.md", ("# Bo Lindqvist\n\n" + resume("Bo Lindqvist")).encode(), "ok")
    put("empty.txt", b"", "failed", "no text")
    put("blank.md", b"  \n\t\n   \n", "failed", "no text")
    put("bom_only.txt", b"\xef\xbb\xbf", "failed", "no text")
    put("invisible.txt", "\u200b\u200d\u2060\n\u200b".encode(), "failed", "invisible")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "failed", "PNG")
    put("binary.md", bytes(range(32)) * 64, "failed", "binary")
    put("latin1.txt", resume("Zoë Ångström").encode("latin-1"), "ok", "cp1252")
    put("utf16.txt", resume("Chiara Müller").encode("utf-16"), "ok", "")
    put("utf16_nobom.txt", resume("Dana Quist").encode("utf-16-le"), "ok", "utf-16-le")
    put("nul_bytes.txt", resume("Eli Quist").replace("\n\n", "\n\x00\n").encode(), "ok", "NUL")
    put("long_line.txt", resume("Femi Quist", "\n" + "streaming " * 1000).encode(), "ok", "")
    nested = "\n".join("> " * i + f"- level {i} with Python" for i in range(1, 200))
    nested += "\n" + "\n".join("  " * i + "- item" for i in range(300))
    put("nested.md", ("# Greta Quist\n\n" + nested + "\n\n" + resume("Greta Quist")).encode(),
        "ok", "")
    rtl = "\u202eHana Quist\u202c\n\u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9 \u0644\u064a\u0644\u0649"
    put("rtl_zero_width.txt", resume(rtl, "\n- Led In\u200bitech\u200d search with Ru\u200bst")
        .encode(), "ok", "")
    put("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100, "skipped", "no reader")
    put("zz_removed.txt", resume("Ivo Quist").encode(), "failed", "removed")
    # 50 MB of text: over the 20 MB default, refused on its size before any reading
    with open(folder / "huge.txt", "wb") as fh:
        block = (resume("Jan Quist") * 200).encode()
        while fh.tell() < 50_000_000:
            fh.write(block)
    cases["huge.txt"] = ("failed", "over the limit of 20,000,000")
    odd = os.fsencode(folder) + b"/caf\xe9_resume.txt"  # a file name that is not UTF-8
    with open(odd, "wb") as fh:
        fh.write(resume("Kai Quist").encode())
    cases["caf\\xe9_resume.txt"] = ("ok", "")
    return cases


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    cases = _bad_corpus(folder)
    out = tmp_path_factory.mktemp("out")
    seen: list[str] = []

    def remove_last_file(rec) -> None:  # the build has listed zz_removed.txt; now it goes
        seen.append(rec.path)
        if len(seen) == 1:
            (folder / "zz_removed.txt").unlink()

    result = run_build(BuildConfig(paths=[folder], out=out, outputs=OUTPUTS), progress=remove_last_file)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return folder, out, cases, result, report


def test_every_input_has_its_report_line(bad_build):
    _, _, cases, _, report = bad_build
    lines = {Path(r["path"]).name: r for r in report["inputs"]}
    assert set(lines) == set(cases)
    for name, (status, why) in cases.items():
        line = lines[name]
        assert line["status"] == status, (name, line)
        said = line.get("reason", "") + " ".join(line.get("warnings", []))
        assert why in said, (name, line)
        if status == "failed":
            assert name.split(".")[0][:5] in line["reason"], line  # the reason names the file
    assert report["totals"]["inputs"] == len(cases)
    assert report["totals"]["failed"] == sum(s == "failed" for s, _ in cases.values())


def test_good_documents_keep_all_their_facts(bad_build, tmp_path):
    folder, out, cases, _, _ = bad_build
    alone = tmp_path / "alone"
    run_build(BuildConfig(paths=[folder / "good_plain.txt", folder / "good_markdown.md"],
                          out=alone, outputs=OUTPUTS, cache=False))

    def ids(path: Path) -> set[str]:
        recs = [json.loads(line) for line in path.open(encoding="utf-8")]
        return {r["id"] for r in recs if r["doc"] in {"good_plain", "good_markdown"}}

    expected = ids(alone / "facts.jsonl")
    assert expected and expected == ids(out / "facts.jsonl")


@pytest.mark.parametrize("doc", ["latin1", "utf16", "utf16_nobom", "nul_bytes", "long_line",
                                 "nested", "rtl_zero_width", "caf\\xe9_resume"])
def test_hostile_but_readable_documents_give_their_facts(bad_build, doc):
    _, out, _, _, _ = bad_build
    recs = [json.loads(line) for line in (out / "facts.jsonl").open(encoding="utf-8")]
    mine = {(r["predicate"], r["object"]["name"]) for r in recs if r["doc"] == doc}
    assert ("worked-at", "Initech") in mine
    assert ("studied-at", "University of Tartu") in mine
    assert {("used-skill", "Rust"), ("used-skill", "PostgreSQL")} <= mine


def test_decoded_names_survive(bad_build):
    _, out, _, _, _ = bad_build
    recs = [json.loads(line) for line in (out / "facts.jsonl").open(encoding="utf-8")]
    names = {r["doc"]: r["subject"]["name"] for r in recs if r["predicate"] == "worked-at"}
    assert names["latin1"] == "Zoë Ångström"
    assert names["utf16"] == "Chiara Müller"


def test_outputs_stay_valid(bad_build):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    _, out, _, _, _ = bad_build
    for name in ("facts.jsonl", "graph.json", "report.json", "graph.ttl"):
        (out / name).read_bytes().decode("utf-8")  # strict UTF-8, no lone surrogates
    triples = list(pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    assert triples
    assert not list(out.glob(".staging-*")) and not list(out.glob("*.tmp"))


def test_a_huge_file_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    from extract.readers import read_limited
    from ontology import InputError

    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB on paper

    def no_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(InputError, match="over the limit"):
        read_limited(big)


def test_max_bytes_is_the_limit(tmp_path):
    from extract import read_document
    from ontology import InputError

    cv = tmp_path / "cv.txt"
    cv.write_text(resume("Ada Quist"), encoding="utf-8")
    size = cv.stat().st_size
    with pytest.raises(InputError, match=f"over the limit of {size - 1:,}.*--max-bytes"):
        read_document(cv, max_bytes=size - 1)
    assert read_document(cv, max_bytes=size).text.startswith("Ada Quist")


def test_a_pipe_or_folder_named_explicitly_is_refused_without_blocking(tmp_path):
    from extract import read_document
    from ontology import InputError

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    for path in (fifo, folder):
        with pytest.raises(InputError, match="not a regular file"):
            read_document(path)


def test_a_document_over_its_time_limit_fails_and_the_batch_goes_on(tmp_path):
    from peoplegraph.parallel import DocTask, extract_one

    slow = tmp_path / "slow.md"  # spaCy's tokenizer is quadratic on long punctuation runs
    slow.write_text(resume("Lea Quist", "\n" + "[" * 20_000 + "x" + "]" * 20_000), encoding="utf-8")
    done = extract_one(DocTask(str(slow), "slow", 10**6, timeout=0.5))
    assert done.status == "failed" and "--doc-timeout" in done.reason and not done.rows
    ok = tmp_path / "ok.txt"
    ok.write_text(resume("Mo Quist"), encoding="utf-8")
    assert extract_one(DocTask(str(ok), "ok", 10**6, timeout=60)).status == "ok"


def test_a_missing_file_names_itself_and_says_what_to_do(tmp_path):
    from extract import read_document
    from ontology import InputError

    gone = tmp_path / "gone.txt"
    with pytest.raises(InputError) as info:
        read_document(gone)
    message = str(info.value)
    assert "file not found" in message and "gone.txt" in message and "check the path" in message
    assert "\n" not in message
