"""The vocabulary matcher: case rules, longest match, variants, stop-list, spans."""

from __future__ import annotations

import pytest

from extract.skillmatch import Entry, build_matcher, lookup_skill, plural, skill_family, variants

VOCAB = [
    Entry("PyTorch", "library", ("Pytorch",)),
    Entry("PyTorch XLA", "library", ()),
    Entry("PyTorch FSDP", "library", ()),
    Entry("LSTM", "model", ("Long Short-Term Memory",), case_sensitive=True),
    Entry("Bidirectional LSTM", "model", ("bi-directional LSTM", "BiLSTM")),
    Entry("Recurrent Neural Network", "model", ("RNN",), case_sensitive=True),
    Entry("Amazon SageMaker", "cloud", ("AWS SageMaker", "SageMaker")),
    Entry("Transformer", "model", ()),
    Entry("Transformers", "library", ("Hugging Face Transformers",), case_sensitive=True),
    Entry("Megatron-LM", "library", ()),
    Entry("Python", "language", ()),
    Entry("Go", "language", ("Golang",), case_sensitive=True),
    Entry("Apache Kafka", "tool", ("Kafka",)),
    Entry("Fine-tuning", "method", ()),
    Entry("Variational Autoencoder", "model", ("VAE",)),
    Entry("Less", "language", ()),
    Entry("C++", "language", ()),
    Entry("C#", "language", (), case_sensitive=True),
]
STOP = ["less"]


@pytest.fixture(scope="module")
def matcher():
    return build_matcher(VOCAB, STOP)


def _found(matcher, text: str) -> list[tuple[str, str]]:
    return [(m.canonical, m.text) for m in matcher.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("Upstreamed fixes to PyTorch XLA", [("PyTorch XLA", "PyTorch XLA")]),
    ("Meta's PyTorch FSDP and pytorch", [("PyTorch FSDP", "PyTorch FSDP"), ("PyTorch", "pytorch")]),
    ("Trained bi-directional LSTMs", [("Bidirectional LSTM", "bi-directional LSTMs")]),
    ("an LSTM based model", [("LSTM", "LSTM")]),
    ("built RNN-based recommendations", [("Recurrent Neural Network", "RNN")]),
    ("benchmarked RNNs and LSTMs", [("Recurrent Neural Network", "RNNs"), ("LSTM", "LSTMs")]),
    ("AWS Sagemaker Batch Transform", [("Amazon SageMaker", "AWS Sagemaker")]),
    ("Integrated Megatron LM", [("Megatron-LM", "Megatron LM")]),
    ("supervised finetuning and fine tuning", [("Fine-tuning", "finetuning"),
                                              ("Fine-tuning", "fine tuning")]),
    ("Trained Variational Autoencoders", [("Variational Autoencoder", "Variational Autoencoders")]),
    ("Python3, Kafka", [("Python", "Python3"), ("Apache Kafka", "Kafka")]),
    ("Languages: C++, C#", [("C++", "C++"), ("C#", "C#")]),
])
def test_matches_longest_canonical_and_variants(matcher, text, expected) -> None:
    assert _found(matcher, text) == expected


def test_case_sensitive_entries_need_exact_case(matcher) -> None:
    assert _found(matcher, "we go to Go meetups; lstm") == [("Go", "Go")]


def test_exact_case_sensitive_alias_beats_a_plural_variant(matcher) -> None:
    assert _found(matcher, "Hugging Face Transformers") == [("Transformers", "Hugging Face Transformers")]
    assert _found(matcher, "Contributed to Transformers") == [("Transformers", "Transformers")]
    assert _found(matcher, "serving large transformers") == [("Transformer", "transformers")]


def test_stoplist_drops_the_exact_written_text_only(matcher) -> None:
    assert _found(matcher, "less than 60 ms, written in Less") == [("Less", "Less")]


def test_spans_are_absolute_and_range_limited(matcher) -> None:
    text = "Kafka first line\nthen Python and PyTorch here"
    second = text.index("then")
    found = matcher.find(text, second, len(text))
    assert [(m.canonical, text[m.start:m.end]) for m in found] == [("Python", "Python"),
                                                                   ("PyTorch", "PyTorch")]
    assert all(m.start >= second for m in found)


def test_works_on_a_prebuilt_doc(matcher) -> None:
    from extract.nlp import blank_nlp

    doc = blank_nlp()("Used Kafka. Then Golang.")
    assert [(m.canonical, m.start) for m in matcher.find(doc)] == [("Apache Kafka", 5), ("Go", 17)]


def test_exact_flag_marks_generated_variants(matcher) -> None:
    exact = {m.text: m.exact for m in matcher.find("LSTM and LSTMs")}
    assert exact == {"LSTM": True, "LSTMs": False}


def test_lookup_skill_needs_the_whole_name(matcher) -> None:
    assert lookup_skill("Kafka", matcher).canonical == "Apache Kafka"
    assert lookup_skill("Kafka Streams", matcher) is None
    assert lookup_skill("", matcher) is None


@pytest.mark.parametrize("word, expected", [
    ("Network", "Networks"), ("LSTM", "LSTMs"), ("Process", "Processes"), ("Ontology", "Ontologies"),
    ("Systems", None), ("AWS", None), ("3", None), ("Day", "Days"),
])
def test_plural(word, expected) -> None:
    assert plural(word) == expected


def test_variants_include_hyphen_and_space_spellings() -> None:
    assert {"Fine tuning", "Finetuning", "Fine tunings", "Finetunings"} <= variants("Fine-tuning")
    assert "Deep-Learning" in variants("Deep Learning")


def test_matching_is_deterministic() -> None:
    text = "PyTorch XLA, LSTMs, Kafka, Python3, Megatron LM"
    a = [m for m in build_matcher(VOCAB, STOP).find(text)]
    b = [m for m in build_matcher(list(VOCAB), STOP).find(text)]
    assert a == b


def test_given_text_gives_the_same_matches(matcher) -> None:
    from extract.nlp import blank_nlp

    text = "Used Kafka, Python3 and LSTMs.\nThen PyTorch XLA and less."
    doc = blank_nlp()(text)
    assert matcher.find(doc, text=text) == matcher.find(doc) == matcher.find(text)


def test_matches_say_whether_their_row_is_case_sensitive(matcher) -> None:
    flags = {m.text: m.case_sensitive for m in matcher.find("Go and Kafka")}
    assert flags == {"Go": True, "Kafka": False}


def test_versioned_models_know_their_family() -> None:
    m = build_matcher([Entry("Gizmonet", "ml-model"), Entry("Gizmonet v2", "ml-model"),
                       Entry("Gizmonet-3.5", "ml-model"), Entry("Sprocket", "tool"),
                       Entry("Sprocket 2", "library"), Entry("X1", "hardware")])
    assert skill_family("Gizmonet v2", m) == skill_family("Gizmonet-3.5", m) == "Gizmonet"
    assert skill_family("Gizmonet", m) is None
    assert skill_family("Sprocket 2", m) is None  # another category: not a version of it
    assert skill_family("X1", m) is None
