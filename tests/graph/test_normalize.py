"""Normalization for merging: keys, acronyms, identifiers, and the vocabulary lookups."""

from __future__ import annotations

from types import SimpleNamespace as Row

import pytest

from graph.merge_vocab import Vocabulary, default_vocabulary
from graph.normalize import (
    compact_key,
    expansions,
    family,
    name_key,
    norm_identifier,
    short_forms,
    surface_key,
)
from ontology import EntityType, fold


@pytest.mark.parametrize("a, b", [
    ("Amazon.com, Inc.", "amazon"), ("Initrode GmbH", "INITRODE"), ("Globex Pvt. Ltd.", "Globex"),
    ("Globex Private Limited", "GLOBEX LLC"), ("Zürich Labs", "Zurich Laboratories"),
    ("I.B.M.", "IBM"), ("Umbrella Intl.", "Umbrella International"), ("AT&T", "AT and T"),
    ("Hooli Development Centre", "Hooli Development Center"), ("Acme Technologies", "Acme Tech"),
])
def test_org_name_keys_fold_legal_forms_punctuation_unicode_and_abbreviations(a, b):
    assert name_key(a, "org") == name_key(b, "org")


@pytest.mark.parametrize("a, b", [
    ("Initech India (R&D) Pvt. Ltd.", "Initech Global Shared Services (India)"),
    ("Amazon", "Amazon India"), ("Acme Labs", "Acme Lab Systems"), ("IIT Delhi", "IIT Bombay"),
])
def test_org_name_keys_keep_distinguishing_words(a, b):
    assert name_key(a, "org") != name_key(b, "org")


def test_legal_forms_are_kept_outside_organizations_and_a_lone_legal_word_survives():
    assert name_key("Data as a Service", "skill") == "data as a service"
    assert name_key("Company", "org") == "company"


def test_person_keys_drop_honorifics_and_degree_suffixes_only():
    assert name_key("Dr. Ada Park, PhD", "person") == name_key("ada park", "person") == "ada park"
    assert name_key("Ada Park Jr.", "person") == "ada park"
    assert name_key("Ada Doctor", "person") == "ada doctor"


@pytest.mark.parametrize("text", ["Zürich  Labs", "Ac\u200bme", "ÉCOLE", "plain ascii Name", "tab\tand\nnewline"])
def test_surface_key_is_fold(text):
    assert surface_key(text) == fold(text)


def test_compact_key_and_families():
    assert compact_key("tensor flow") == "tensorflow"
    assert family(EntityType.ORGANIZATION) == family(EntityType.EDUCATIONAL_ORGANIZATION) == "org"
    assert family(EntityType.PROJECT) == "project"


def test_short_forms_need_a_capitalized_acronym_first_or_last():
    assert short_forms("IIT Delhi") == [("iit", "delhi", "lead")]
    assert short_forms("I.I.T. Delhi") == [("iit", "delhi", "lead")]
    assert short_forms("Bidirectional LSTM") == [("lstm", "bidirectional", "tail")]
    assert short_forms("Iit Delhi") == short_forms("Acme") == []


def test_expansions_skip_stopwords_and_keep_the_rest():
    found = expansions(name_key("Indian Institute of Technology Delhi", "org"))
    assert ("iit", "delhi", "lead") in found
    assert ("lstm", "bidirectional", "tail") in expansions("bidirectional long short term memory")
    assert all(acr != "ab" or rest for acr, rest, _ in expansions("alpha beta"))  # 2 letters need a rest
    assert expansions("amazon") == []


@pytest.mark.parametrize("kind, a, b", [
    ("email", "Ada@Example.org", "mailto:ada@example.org"),
    ("github", "https://github.com/AdaP/", "adap"),
    ("github", "github.com/adap/some-repo", "@AdaP"),
    ("linkedin", "https://www.linkedin.com/in/ada-park/", "ada-park"),
    ("website", "http://www.ada.dev/", "ada.dev"),
])
def test_identifiers_normalize_to_one_key(kind, a, b):
    assert norm_identifier(kind, a) == norm_identifier(kind, b) is not None


def test_identifiers_of_different_kinds_never_meet():
    assert norm_identifier("github", "adap") != norm_identifier("handle", "adap")
    assert norm_identifier("email", "  ") is None


def test_vocabulary_lookup_by_alias_case_sensitivity_and_ambiguity():
    v = Vocabulary.from_rows(
        orgs=[Row(canonical="Amazon", type="Organization", aliases=("Amazon.com",), parent=None),
              Row(canonical="Bell Labs", type="Organization", aliases="Bell Laboratories|BL",
                  parent=None),
              Row(canonical="Blue Lagoon", type="Organization", aliases=("BL",), parent=None),
              Row(canonical="Hooli University", type="university", aliases=(), parent=None)],
        skills=[Row(canonical="Go", aliases=("Golang",), case_sensitive=True),
                Row(canonical="Python", aliases=("Python3",), case_sensitive=False)])
    assert v.lookup("org", "AMAZON.COM INC").canonical == "Amazon"
    assert v.lookup("org", "Bell Laboratories").canonical == "Bell Labs"
    assert v.lookup("org", "BL") is None  # two entries claim it
    assert v.lookup("org", "Hooli University").type == EntityType.EDUCATIONAL_ORGANIZATION
    assert v.lookup("skill", "Go").canonical == "Go" and v.lookup("skill", "go") is None
    assert v.lookup("project", "python3").canonical == "Python"
    assert v.lookup("org", "Python") is None


def test_default_vocabulary_reads_the_gazetteers():
    v = default_vocabulary()
    if not len(v):
        pytest.skip("extract.gazetteers is not installed")
    assert v.lookup("org", "Amazon.com, Inc.").canonical == "Amazon"
    assert v.lookup("skill", "Tensorflow").canonical == "TensorFlow"
    assert v.lookup("skill", "Python3").canonical == "Python"
    aws = v.lookup("org", "AWS")
    assert v.parent(aws).canonical == "Amazon" and v.lookup("org", "Amazon India") != aws
