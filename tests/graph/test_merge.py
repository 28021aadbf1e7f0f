"""Duplicate merging, one test (or parametrized group) per rule, on hand-built facts."""

from __future__ import annotations

import itertools
from types import SimpleNamespace as Row

import pytest

from graph import build_graph
from graph.merge_vocab import Vocabulary
from ontology import EntityType as T
from ontology import Fact, Mention, Provenance
from ontology import Predicate as P

_pos = itertools.count()

VOCAB = Vocabulary.from_rows(
    orgs=[Row(canonical="Amazon", type="Organization", aliases=["Amazon.com"], parent=None),
          Row(canonical="Amazon India", type="Organization", aliases=[], parent="Amazon"),
          Row(canonical="Initech Systems", type="Organization", aliases=[], parent=None),
          Row(canonical="Initeck Systems", type="Organization", aliases=[], parent=None),
          Row(canonical="Indian Institute of Technology Delhi", type="EducationalOrganization",
              aliases=[], parent=None)],
    skills=[Row(canonical="TensorFlow", aliases=[], case_sensitive=False),
            Row(canonical="Python", aliases=["Python3"], case_sensitive=False)])
EMPTY = Vocabulary()


def fact(doc: str, obj: str, otype: T = T.ORGANIZATION, pred: P | None = None,
         subj: str | None = None, ids: dict | None = None) -> Fact:
    """subject -pred-> obj in `doc`, at a fresh span (a nameless subject is anon:<doc>)."""
    pred = pred or {T.ORGANIZATION: P.WORKED_AT, T.EDUCATIONAL_ORGANIZATION: P.STUDIED_AT}.get(
        otype, P.USED_SKILL)
    start = next(_pos) * 100
    return Fact(subject=Mention(type=T.PERSON, name=subj, identifiers=ids or {},
                                key=None if subj else f"anon:{doc}"),
                predicate=pred, object=Mention(type=otype, name=obj),
                provenance=Provenance(doc=doc, start=start, end=start + len(obj), quote=obj,
                                      extractor="test.v1"))


def entities(kg, etype: T) -> list:
    return kg.entities(etype)


def names(kg, etype: T) -> list[list[str]]:
    """Each entity of a type as its sorted names (name + aliases)."""
    return sorted(sorted({e.name, *e.aliases} - {None}) for e in kg.entities(etype))


def rules(kg) -> list[str]:
    return sorted(r.rule for r in kg.merge_log)


# -- organizations and other named things ------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Amazon.com, Inc.", "Amazon"), ("Initrode GmbH", "INITRODE"), ("Globex Pvt. Ltd.", "Globex"),
    ("Zürich Labs", "Zurich Laboratories"), ("I.B.M.", "IBM"), ("Umbrella Intl", "Umbrella International"),
    ("Hooli Development Centre", "Hooli Development Center"),
])
def test_normalized_name_merges_case_punctuation_legal_forms_and_abbreviations(a, b):
    kg = build_graph([fact("d1", a), fact("d2", b)], vocab=EMPTY)
    [ent] = entities(kg, T.ORGANIZATION)
    assert sorted([ent.name, *ent.aliases]) == sorted([a, b])
    [rec] = kg.merge_log
    assert rec.rule == "normalized-name" and rec.kept == ent.id and rec.merged == ent.merged_ids


@pytest.mark.parametrize("a, b, etype", [
    ("Initech India (R&D) Pvt. Ltd.", "Initech Global Shared Services (India)", T.ORGANIZATION),
    ("Amazon", "Amazon India", T.ORGANIZATION),
    ("Acme Labs", "Acme Lab Systems", T.ORGANIZATION),
    ("Acme Lab", "Acme Labs", T.ORGANIZATION),
    ("PyTorch", "PyTorch XLA", T.SKILL),
    ("LSTM", "Bidirectional LSTM", T.SKILL),
    ("Python2", "Python3", T.SKILL),
])
def test_distinct_things_with_similar_names_stay_apart(a, b, etype):
    kg = build_graph([fact("d1", a, etype), fact("d1", b, etype), fact("d2", a, etype)],
                     vocab=EMPTY)
    assert names(kg, etype) == sorted([[a], [b]])
    assert kg.merge_log == []


def test_vocabulary_alias_merges_and_names_the_entity_canonically():
    kg = build_graph([fact("d1", "Amazon.com"), fact("d2", "AMAZON.COM"), fact("d3", "Amazon"),
                      fact("d1", "Python3", T.SKILL), fact("d2", "Tensorflow", T.SKILL)],
                     vocab=VOCAB)
    assert names(kg, T.ORGANIZATION) == [["AMAZON.COM", "Amazon", "Amazon.com"]]
    assert {e.name for e in kg.entities(T.SKILL)} == {"Python", "TensorFlow"}
    [rec] = kg.merge_log
    assert rec.rule == "vocabulary-alias" and "names of 'Amazon'" in rec.evidence[0]


def test_an_organization_keeps_a_former_name_until_a_document_writes_the_canonical_one():
    vocab = Vocabulary.from_rows(orgs=[Row(canonical="Hooli Research", type="Organization",
                                           aliases=["Hooli Labs"], parent=None)])
    kg = build_graph([fact("d1", "Hooli Labs"), fact("d2", "Hooli Labs")], vocab=vocab)
    assert [e.name for e in entities(kg, T.ORGANIZATION)] == ["Hooli Labs"]
    kg = build_graph([fact("d1", "Hooli Labs"), fact("d2", "Hooli Labs"),
                      fact("d3", "Hooli Research Inc.")], vocab=vocab)
    [ent] = entities(kg, T.ORGANIZATION)
    assert ent.name == "Hooli Research" and ent.aliases == ["Hooli Labs", "Hooli Research Inc."]


def test_two_vocabulary_entries_are_never_merged_even_one_letter_apart():
    kg = build_graph([fact("d1", "Initech Systems"), fact("d1", "Initeck Systems")], vocab=VOCAB)
    assert len(entities(kg, T.ORGANIZATION)) == 2
    assert kg.merge_log == []


def test_acronym_merges_a_written_acronym_with_its_one_expansion():
    kg = build_graph([fact("d1", "IIT Delhi", T.EDUCATIONAL_ORGANIZATION),
                      fact("d2", "Indian Institute of Technology Delhi", T.EDUCATIONAL_ORGANIZATION),
                      fact("d2", "IIT Bombay", T.EDUCATIONAL_ORGANIZATION),
                      fact("d3", "IIT", T.EDUCATIONAL_ORGANIZATION)], vocab=EMPTY)
    assert names(kg, T.EDUCATIONAL_ORGANIZATION) == [
        ["IIT"], ["IIT Bombay"], ["IIT Delhi", "Indian Institute of Technology Delhi"]]
    [rec] = kg.merge_log
    assert rec.rule == "acronym" and "(IIT)" in rec.evidence[0]


def test_acronym_with_two_expansions_is_ambiguous_and_merges_nothing():
    kg = build_graph([fact("d1", "MIT", T.EDUCATIONAL_ORGANIZATION),
                      fact("d2", "Massachusetts Institute of Technology", T.EDUCATIONAL_ORGANIZATION),
                      fact("d3", "Manipal Institute of Technology", T.EDUCATIONAL_ORGANIZATION)],
                     vocab=EMPTY)
    assert len(entities(kg, T.EDUCATIONAL_ORGANIZATION)) == 3


def test_acronym_must_be_written_in_capitals():
    kg = build_graph([fact("d1", "Acme"), fact("d2", "Advanced Computing Machines Enterprise")],
                     vocab=EMPTY)
    assert len(entities(kg, T.ORGANIZATION)) == 2


def test_compact_name_merges_names_differing_only_in_spaces():
    kg = build_graph([fact("d1", "Tensor Flow", T.SKILL), fact("d2", "TensorFlow", T.SKILL),
                      fact("d3", "Tensorflow", T.SKILL)], vocab=EMPTY)
    [ent] = entities(kg, T.SKILL)
    assert ent.name == "TensorFlow" and ent.aliases == ["Tensor Flow", "Tensorflow"]
    assert rules(kg) == ["compact-name"]


def test_near_duplicate_merges_a_typo_within_one_document():
    kg = build_graph([fact("d1", "Softlines"), fact("d1", "Soflines")], vocab=EMPTY)
    [ent] = entities(kg, T.ORGANIZATION)
    assert ent.name == "Softlines"  # tie on frequency: the longer (spelled-out) form
    [rec] = kg.merge_log
    assert rec.rule == "near-duplicate" and rec.score == pytest.approx(0.8889)


def test_near_duplicate_across_documents_needs_one_dominant_spelling():
    apart = build_graph([fact("d1", "Softlines"), fact("d2", "Soflines")], vocab=EMPTY)
    assert len(entities(apart, T.ORGANIZATION)) == 2
    common = [fact(f"d{i}", "Kubernetes", T.SKILL) for i in range(3)]
    kg = build_graph(common + [fact("d9", "Kubernets", T.SKILL)], vocab=EMPTY)
    [ent] = entities(kg, T.SKILL)
    assert ent.name == "Kubernetes" and ent.aliases == ["Kubernets"]


def test_near_duplicate_never_joins_two_established_names():
    facts = [fact(f"d{i}", n, T.SKILL) for i in range(4) for n in ("Lumsenware", "Lumsenwere")]
    assert len(entities(build_graph(facts, vocab=EMPTY), T.SKILL)) == 2


@pytest.mark.parametrize("a, b", [("Python2 Tools", "Python3 Tools"),
                                  ("Lumsen Logistics", "Tumsen Logistics"), ("Mongo", "Mango")])
def test_near_duplicate_keeps_digits_first_letters_and_short_words(a, b):
    kg = build_graph([fact("d1", a, T.SKILL), fact("d1", b, T.SKILL)], vocab=EMPTY)
    assert len(entities(kg, T.SKILL)) == 2


def test_organization_and_educational_organization_of_one_name_are_one_entity():
    kg = build_graph([fact("d1", "Hooli University"),
                      fact("d2", "Hooli University", T.EDUCATIONAL_ORGANIZATION)], vocab=EMPTY)
    assert [e.type for e in kg.entities()
            if e.type != T.PERSON] == [T.EDUCATIONAL_ORGANIZATION]


# -- persons ----------------------------------------------------------------------------------

def test_persons_with_one_email_merge_across_documents():
    kg = build_graph([fact("d1", "Initech", subj="Ada Park", ids={"email": "Ada@Example.org"}),
                      fact("d2", "Globex", subj="A. Park", ids={"email": "mailto:ada@example.org"})],
                     vocab=EMPTY)
    [ada] = entities(kg, T.PERSON)
    assert ada.name == "Ada Park" and ada.aliases == ["A. Park"]
    assert rules(kg) == ["same-identifier"]


def test_a_shared_phone_number_is_not_enough():
    kg = build_graph([fact("d1", "Initech", subj=None, ids={"phone": "+1 555 0100"}),
                      fact("d2", "Globex", subj=None, ids={"phone": "+1 555 0100"})], vocab=EMPTY)
    assert len(entities(kg, T.PERSON)) == 2


def test_profile_urls_and_handles_are_compared_normalized():
    kg = build_graph([fact("d1", "Initech", subj=None, ids={"github": "https://github.com/AdaP/"}),
                      fact("d2", "Globex", subj=None, ids={"github": "adap"})], vocab=EMPTY)
    [subject] = entities(kg, T.PERSON)
    assert subject.name is None and len(subject.merged_ids) == 1


def test_a_name_alone_never_merges_persons_across_documents():
    kg = build_graph([fact("d1", "Initech", subj="Ada Park"), fact("d2", "Globex", subj="Ada Park")],
                     vocab=EMPTY)
    assert len(entities(kg, T.PERSON)) == 2


@pytest.mark.parametrize("otype, rule", [(T.ORGANIZATION, "same-name-shared-employer"),
                                         (T.EDUCATIONAL_ORGANIZATION, "same-name-shared-school")])
def test_same_name_and_a_shared_employer_or_school_merge_persons(otype, rule):
    kg = build_graph([fact("d1", "Globex Corp", otype, subj="Ada Park"),
                      fact("d2", "GLOBEX", otype, subj="Ada Park")], vocab=EMPTY)
    [ada] = entities(kg, T.PERSON)
    assert rule in rules(kg) and len(ada.merged_ids) == 1


def test_a_shared_employer_must_be_the_same_entity():
    kg = build_graph([fact("d1", "Amazon", subj="Ada Park"), fact("d2", "Amazon India", subj="Ada Park")],
                     vocab=VOCAB)
    assert len(entities(kg, T.PERSON)) == 2


def test_a_lone_first_name_and_a_shared_employer_do_not_merge():
    kg = build_graph([fact("d1", "Initech", subj="Ada"), fact("d2", "Initech", subj="Ada")],
                     vocab=EMPTY)
    assert len(entities(kg, T.PERSON)) == 2


def test_nameless_subjects_merge_only_on_an_identifier():
    kg = build_graph([fact("d1", "Initech", subj=None), fact("d2", "Initech", subj=None),
                      fact("d3", "Initech", subj=None, ids={"email": "x@y.org"}),
                      fact("d4", "Globex", subj=None, ids={"email": "X@Y.org"})], vocab=EMPTY)
    assert sorted(len(e.merged_ids) for e in entities(kg, T.PERSON)) == [0, 0, 1]


def test_an_identifier_never_merges_persons_whose_names_share_no_word():
    kg = build_graph([fact("d1", "Initech", subj="Ada Park", ids={"email": "team@initech.example"}),
                      fact("d2", "Initech", subj="Bo Chen", ids={"email": "team@initech.example"})],
                     vocab=EMPTY)
    assert len(entities(kg, T.PERSON)) == 2


def test_one_person_named_with_an_honorific_in_one_document_is_one_entity():
    kg = build_graph([fact("d1", "Initech", subj="Dr. Ada Park"), fact("d1", "Globex", subj="Ada Park")],
                     vocab=EMPTY)
    [ada] = entities(kg, T.PERSON)
    assert ada.name == "Ada Park" and rules(kg) == ["same-name-same-document"]


# -- representative, aliases, log, --no-merge --------------------------------------------------

def test_representative_is_canonical_then_most_frequent_then_longest_key():
    kg = build_graph([fact("d1", "Amazon.com, Inc."), fact("d2", "Amazon.com, Inc."),
                      fact("d3", "amazon.com")], vocab=VOCAB)
    assert [e.name for e in entities(kg, T.ORGANIZATION)] == ["Amazon"]
    kg = build_graph([fact("d1", "Amazon.com"), fact("d2", "Amazon.com"), fact("d3", "Amazon")],
                     vocab=VOCAB)
    [amazon] = entities(kg, T.ORGANIZATION)  # the kept id is that of the unit written as the name
    assert amazon.name == "Amazon" and amazon.id.startswith("organization/amazon-") \
        and "com" not in amazon.id
    kg = build_graph([fact("d1", "Globex Inc."), fact("d2", "Globex Inc."), fact("d3", "Globex")],
                     vocab=EMPTY)
    assert [e.name for e in entities(kg, T.ORGANIZATION)] == ["Globex Inc."]
    kg = build_graph([fact("d1", "Globex Inc."), fact("d3", "Globex")], vocab=EMPTY)
    assert [e.name for e in entities(kg, T.ORGANIZATION)] == ["Globex"]


def test_the_merge_log_explains_every_merged_id_once():
    kg = build_graph([fact("d1", "Amazon.com, Inc."), fact("d2", "Amazon"), fact("d2", "AMAZON LLC"),
                      fact("d1", "Softlines"), fact("d1", "Soflines"),
                      fact("d3", "IIT Delhi", T.EDUCATIONAL_ORGANIZATION),
                      fact("d4", "Indian Institute of Technology Delhi",
                           T.EDUCATIONAL_ORGANIZATION)], vocab=VOCAB)
    logged = [m for r in kg.merge_log for m in r.merged]
    assert sorted(logged) == sorted(m for e in kg.entities() for m in e.merged_ids)
    assert len(logged) == len(set(logged)) and not set(logged) & {e.id for e in kg.entities()}
    for rec in kg.merge_log:
        assert rec.kept in kg and rec.evidence and rec.kept in rec.explain()


def test_no_merge_keeps_every_written_name_apart():
    facts = [fact("d1", "Amazon.com, Inc."), fact("d2", "Amazon"), fact("d2", "AMAZON"),
             fact("d1", "Soflines"), fact("d1", "Softlines")]
    kg = build_graph(facts, merge=False, vocab=VOCAB)
    assert kg.merge_log == [] and all(e.merged_ids == [] for e in kg.entities())
    assert names(kg, T.ORGANIZATION) == [["AMAZON", "Amazon"], ["Amazon.com, Inc."],
                                         ["Soflines"], ["Softlines"]]


def test_reusing_the_facts_builds_the_same_graph_with_the_given_objects():
    from pathlib import Path

    from extract import extract_document, read_document
    from graph.store import dumps

    root = Path(__file__).resolve().parents[2] / "examples"
    facts = [f for p in sorted(root.iterdir()) if p.suffix in (".txt", ".md")
             for f in extract_document(read_document(p))]
    copied = build_graph(facts)
    assert all(f.subject_id is None for f in facts)          # the default leaves them alone
    reused = build_graph(facts, reuse_facts=True)
    assert dumps(reused) == dumps(copied)
    given = {id(f) for f in facts}
    assert sum(id(f) in given for f in reused.facts()) == len(facts)
