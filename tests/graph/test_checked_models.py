"""ontology.checked builds the same Fact and Provenance the validating models do, and refuses
what they refuse."""

from __future__ import annotations

import pickle

import pytest

from ontology import Fact, Mention, Predicate, Provenance
from ontology.checked import checked_fact, checked_provenance

PERSON = Mention(type="Person", name="Mira Santos", identifiers={"email": "mira@example.org"})
ORG = Mention(type="Organization", name="Kestrel Freight")
SKILL = Mention(type="Skill", name="Rust", attrs={"category": "programming-language"})

CASES = [
    (PERSON, Predicate.WORKED_AT, ORG, dict(title="Planner", start="2019-03", end="present",
                                           location="Lyon, France", attrs={"unit": "Ops"})),
    (PERSON, "used-skill", SKILL, {}),
    (PERSON, Predicate.WORKED_AT, ORG, dict(start="2020", end=None)),
]


@pytest.mark.parametrize("subject,predicate,obj,quals", CASES)
def test_checked_equals_validated(subject, predicate, obj, quals) -> None:
    fast = checked_fact(subject, predicate, obj, checked_provenance("cv", 3, 9, "Kestre", "x.v1", 0.8),
                        **quals)
    slow = Fact(subject=subject, predicate=predicate, object=obj, **quals,
                provenance=Provenance(doc="cv", start=3, end=9, quote="Kestre", extractor="x.v1",
                                      confidence=0.8))
    assert fast == slow
    assert fast.model_dump() == slow.model_dump()
    assert fast.model_dump_json() == slow.model_dump_json()
    assert fast.id == slow.id
    assert pickle.loads(pickle.dumps(fast)) == slow
    copy = fast.model_copy(update={"title": "Lead"})
    assert copy.id != fast.id and copy.title == "Lead"
    fast.set_ends("person/a-1", "organization/b-2")
    assert fast.id == slow.id


def test_integer_confidence_becomes_a_float_as_validation_makes_it() -> None:
    fast = checked_provenance("cv", 0, 1, "x", "x.v1", 1)
    slow = Provenance(doc="cv", start=0, end=1, quote="x", extractor="x.v1", confidence=1)
    assert fast.model_dump_json() == slow.model_dump_json()


@pytest.mark.parametrize("args", [("cv", 5, 4, "", "x"), ("cv", -1, 2, "ab", "x"),
                                  ("cv", 0, 1, "x", "x", 1.5), (None, 0, 1, "x", "x")])
def test_bad_provenance_is_refused(args) -> None:
    with pytest.raises(ValueError):
        checked_provenance(*args)
    with pytest.raises(ValueError):  # as the model refuses it
        Provenance(**dict(zip(["doc", "start", "end", "quote", "extractor", "confidence"], args,
                              strict=False)))


@pytest.mark.parametrize("args", [("cv", 0, 1, "x", "x", True), ("cv", 0.0, 1, "x", "x")])
def test_checked_is_stricter_than_lax_coercion(args) -> None:
    """pydantic's lax mode turns True into 1.0 and 0.0 into 0; extractors never mean those."""
    with pytest.raises(ValueError):
        checked_provenance(*args)


@pytest.mark.parametrize("subject,predicate,obj,quals", [
    (ORG, Predicate.WORKED_AT, PERSON, {}),                     # wrong signature
    (PERSON, Predicate.WORKED_AT, ORG, {"start": "03/2019"}),    # date shape
    (PERSON, Predicate.WORKED_AT, ORG, {"end": "soon"}),
    (PERSON, Predicate.WORKED_AT, ORG, {"title": 7}),
    (PERSON, Predicate.WORKED_AT, ORG, {"attrs": {"unit": 3}}),
    (PERSON, "knows", ORG, {}),                                 # no such predicate
])
def test_bad_facts_are_refused(subject, predicate, obj, quals) -> None:
    prov = checked_provenance("cv", 0, 1, "x", "x.v1")
    with pytest.raises(ValueError):
        checked_fact(subject, predicate, obj, prov, **quals)
    with pytest.raises(ValueError):
        Fact(subject=subject, predicate=predicate, object=obj, provenance=prov, **quals)


@pytest.mark.parametrize("subject,predicate,obj,quals", CASES)
def test_decoded_from_cache_rows_equals_validated(subject, predicate, obj, quals) -> None:
    """The cache decoder builds facts with `trusted` (no checks): the same models as validation
    gives, down to the id, the dump, pickling and the id reset on a field change."""
    from peoplegraph.cache import FactDecoder, fact_to_row

    slow = Fact(subject=subject, predicate=predicate, object=obj, **quals,
                provenance=Provenance(doc="cv", start=3, end=9, quote="Kestre", extractor="x.v1",
                                      confidence=0.8))
    fast = FactDecoder().fact(fact_to_row(slow))
    assert fast == slow and fast.id == slow.id
    assert fast.model_dump() == slow.model_dump()
    assert fast.subject == slow.subject and fast.provenance == slow.provenance
    assert pickle.loads(pickle.dumps(fast)) == slow
    before = fast.id
    fast.title = "Someone else"
    assert fast.id != before
