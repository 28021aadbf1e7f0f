"""The blank tokenizer used for resumes and the skills vocabulary (extract.nlp.blank_nlp): no
special cases and a large chunk cache (both for speed), without changing how skills match."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extract.gazetteers.load import load_skills  # noqa: E402
from extract.nlp import blank_nlp  # noqa: E402
from extract.skillmatch import find_skills, lookup_skill  # noqa: E402
from extract.skillvariants import variants  # noqa: E402


def _texts(tok, text: str) -> list[str]:
    return [t.text for t in tok(text)]


def test_every_vocabulary_spelling_is_found_whole() -> None:
    """Without special cases every alias and canonical name still matches as one whole skill
    (stock spaCy even split some: "5 Whys" -> "5", "Why", "s")."""
    missed = [a for row in load_skills() for a in {row.canonical, *row.aliases}
              if a.strip() and lookup_skill(a) is None]
    assert missed == []


def test_almost_every_spelling_tokenizes_as_stock_spacy_does() -> None:
    """Tokens differ from stock spaCy only where a special case applied: contractions-looking
    words. Matching is consistent either way (patterns and texts share one tokenizer)."""
    stock = spacy.blank("en").tokenizer
    ours = blank_nlp().tokenizer
    forms = [form for row in load_skills() for alias in {row.canonical, *row.aliases}
             for form in {alias, *variants(alias)}]
    differ = [f for f in forms if _texts(stock, f) != _texts(ours, f)]
    assert len(differ) <= len(forms) // 500
    assert all(f in stock.rules or any(w.lower() in {k.lower() for k in stock.rules}
                                       for w in f.split()) for f in differ)


def test_no_special_cases_and_a_cache_larger_than_the_vocabulary() -> None:
    tok = blank_nlp().tokenizer
    assert tok.rules == {}
    forms = {f for row in load_skills() for a in {row.canonical, *row.aliases} for f in variants(a)}
    assert tok.max_cache_size > 10 * len(forms)


def test_markup_next_to_a_colon_is_not_an_emoticon() -> None:
    text = "**Stack:** Python, Go and C++ (R): Inc. we're using Node.js (e.g. Express)"
    toks = _texts(blank_nlp().tokenizer, text)
    assert ":*" not in toks and "):" not in toks  # stock spaCy reads both as emoticons
    names = [m.canonical for m in find_skills(text)]
    assert {"Python", "C++", "Node.js", "R"} <= set(names)


def test_tokenizing_twice_gives_the_same_tokens_and_offsets() -> None:
    text = "Ms. Ada Quill (Ph.D.) didn't use R; she used Rust, Go, and SQL at Initech Inc.\n" * 3
    tok = blank_nlp().tokenizer
    first = [(t.text, t.idx) for t in tok(text)]
    second = [(t.text, t.idx) for t in tok(text)]
    assert first == second
    assert "".join(t.text_with_ws for t in tok(text)) == text


def test_fast_attribute_ruler_sets_what_the_stock_ruler_sets() -> None:
    """Every token's POS, morphology, lemma and tag after the faster ruler equal spaCy's own
    ruler's, on generated bios and the examples' prose."""
    from pathlib import Path

    from bench.gen import generate
    from extract.nlp import full_nlp

    nlp = full_nlp()
    stock = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=["lemmatizer"])
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.txt"))]
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        texts += [p.read_text(encoding="utf-8") for p in generate(12, Path(tmp), seed=11)
                  if p.suffix == ".txt"][:6]
    texts.append("Mr. O'Neil didn't go. She's gonna    work at ACME Corp.\n\n  -- and then?")
    for text in texts:
        ours, theirs = nlp(text), stock(text)
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in ours] == \
            [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in theirs]
