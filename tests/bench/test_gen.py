"""The document generator: deterministic, sized, consistent dates, duplicates and variants."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.gen import TODAY, TRUTH_FILE, generate


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[list[Path], dict]:
    out = tmp_path_factory.mktemp("gen")
    paths = generate(40, out, seed=7)
    return paths, json.loads((out / TRUTH_FILE).read_text(encoding="utf-8"))


def test_same_seed_same_bytes_other_seed_other_text(tmp_path: Path, corpus) -> None:
    paths, _ = corpus
    again = generate(40, tmp_path / "a", seed=7)
    assert [p.name for p in again] == [p.name for p in paths]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, paths, strict=True))
    other = generate(40, tmp_path / "b", seed=8)
    assert [p.read_text() for p in other] != [p.read_text() for p in paths]


def test_sizes_and_layouts(corpus) -> None:
    paths, truth = corpus
    layout_of = {d["path"]: d["layout"] for d in truth["documents"]}
    words = {p.name: len(p.read_text(encoding="utf-8").split()) for p in paths}
    bios = [n for name, n in words.items() if layout_of[name] == "speaker_bio"]
    others = [n for name, n in words.items() if layout_of[name] != "speaker_bio"]
    assert min(others) >= 400 and max(others) <= 950, others
    assert bios and min(bios) >= 100 and max(bios) <= 350, bios
    layouts = {d["layout"] for d in truth["documents"]}
    assert layouts == {"markdown", "pdf_export", "dates_after", "academic_cv", "speaker_bio"}


def test_duplicates_share_email_and_appear_in_both_texts(corpus) -> None:
    paths, truth = corpus
    by_name = {p.name: p.read_text(encoding="utf-8") for p in paths}
    assert len(truth["duplicates"]) == 6          # 15 % of 40
    for dup in truth["duplicates"]:
        assert len(dup["documents"]) == 2
        for doc in dup["documents"]:
            assert dup["email"] in by_name[doc]
        layouts = {d["layout"] for d in truth["documents"] if d["path"] in dup["documents"]}
        assert len(layouts) == 2
    emails = [d["email"] for d in truth["documents"]]
    assert len(set(emails)) == len(emails) - len(truth["duplicates"])


def test_dates_are_consistent(corpus) -> None:
    _, truth = corpus
    today = f"{TODAY[0]:04d}-{TODAY[1]:02d}"
    for doc in truth["documents"]:
        roles = doc["roles"]
        for r in roles:
            end = today if r["end"] == "present" else r["end"]
            assert r["start"] < end <= today
        for newer, older in zip(roles, roles[1:], strict=False):      # newest first, no overlap
            assert older["end"] != "present" and older["end"] < newer["start"]
        first_job = roles[-1]["start"][:4]
        assert all(e["end"] <= first_job for e in doc["education"])


def test_organizations_written_with_variants_and_present_in_text(corpus) -> None:
    paths, truth = corpus
    by_name = {p.name: p.read_text(encoding="utf-8") for p in paths}
    assert truth["org_variants"]
    assert any(re.search(r"\b(Inc\.?|Ltd|Corp\.|GmbH|Limited)$", v)
               for vs in truth["org_variants"].values() for v in vs)
    for doc in truth["documents"]:
        text = by_name[doc["path"]]
        assert all(r["as_written"] in text and r["title"] in text for r in doc["roles"])
        assert doc["skills"] and all(s in text for s in doc["skills"])
        if doc["name"]:
            assert doc["name"] in text
    nameless = [d for d in truth["documents"] if d["layout"] == "dates_after"]
    assert nameless and all(d["name"] is None for d in nameless)


def test_cli(tmp_path: Path, capsys) -> None:
    from bench.gen import main

    main(["3", str(tmp_path), "--seed", "2"])
    assert "wrote 3 documents" in capsys.readouterr().out
    assert len(list(tmp_path.glob("doc_*"))) == 3 and (tmp_path / TRUTH_FILE).is_file()


def test_queries_bench_runs_on_a_small_graph(capsys) -> None:
    from bench.queries_bench import main

    main(["--people", "300", "--seed", "1"])
    out = capsys.readouterr().out
    for label in ("who_knows top skill", "coworkers at top org", "path two people", "ego person",
                  "skills_with", "top people by degree", "pagerank", "betweenness", "timeline",
                  "search", "index names", "slowest query"):
        assert label in out, label


def test_layouts_limit_the_corpus_to_resumes(tmp_path) -> None:
    import json

    resumes = ["markdown", "pdf_export", "dates_after", "academic_cv"]
    generate(30, tmp_path, seed=3, layouts=resumes)
    truth = json.loads((tmp_path / TRUTH_FILE).read_text(encoding="utf-8"))
    seen = {d["layout"] for d in truth["documents"]}
    assert seen and seen <= set(resumes) and "speaker_bio" not in seen
    with pytest.raises(ValueError):
        generate(3, tmp_path / "x", layouts=["poster"])
