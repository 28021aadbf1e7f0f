"""Shared fixtures: the bundled examples, the seeds (when ../shared exists), builders of facts."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXAMPLES_GOLD = ROOT / "tests" / "fixtures" / "examples_gold"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not here")
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not here")
    return GOLD


def make_document(text: str, doc_id: str = "doc", fmt: str = "txt"):
    """A Document from a string (hand-built inputs for unit tests)."""
    from ontology import Document

    return Document(id=doc_id, text=text, format=fmt, source=f"<{doc_id}>")


@pytest.fixture()
def doc_from_text():
    return make_document
