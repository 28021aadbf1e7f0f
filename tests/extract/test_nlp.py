"""The blank tokenizer used for resumes and the skills vocabulary (extract.nlp.blank_nlp): no
special cases and a large chunk cache (both for speed), without changing how skills match."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extract.gazetteers.load import load_skills  # noqa: E402
from extract.nlp import blank_nlp  # noqa: E402
from extract.skillmatch import find_skills  # noqa: E402
from extract.skillvariants import variants  # noqa: E402


def _texts(tok, text: str) -> list[str]:
    return [t.text for t in tok(text)]


def test_every_vocabulary_spelling_tokenizes_as_stock_spacy_does() -> None:
    """Dropping the special cases changes no alias or generated variant of the vocabulary."""
    stock = spacy.blank("en").tokenizer
    ours = blank_nlp().tokenizer
    differ = [form for row in load_skills() for alias in {row.canonical, *row.aliases}
              for form in {alias, *variants(alias)} if _texts(stock, form) != _texts(ours, form)]
    assert differ == []


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
