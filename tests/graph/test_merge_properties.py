"""Properties of merging over generated fact sets: order-independent, idempotent, lossless."""

from __future__ import annotations

from types import SimpleNamespace as Row

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph import build_graph
from graph.merge_vocab import Vocabulary
from graph.overrides import parse_overrides
from graph.store import dumps
from ontology import EntityType as T
from ontology import Fact, Mention, Provenance
from ontology import Predicate as P

VOCAB = Vocabulary.from_rows(
    orgs=[Row(canonical="Amazon", type="Organization", aliases=["Amazon.com"], parent=None),
          Row(canonical="Amazon India", type="Organization", aliases=[], parent="Amazon"),
          Row(canonical="Amazon Web Services", type="Organization", aliases=["AWS"], parent="Amazon")],
    skills=[Row(canonical="TensorFlow", aliases=[], case_sensitive=False),
            Row(canonical="Python", aliases=["Python3"], case_sensitive=False)])

ORGS = ["Amazon", "Amazon.com, Inc.", "AMAZON", "Amazon India", "AWS", "Amazon Web Services",
        "Softlines", "Soflines", "Acme Labs", "Acme Lab Systems", "IIT Delhi", "IIT Bombay",
        "Indian Institute of Technology Delhi", "Initech GmbH", "Initech", "Hooli Centre"]
SKILLS = ["TensorFlow", "Tensorflow", "Tensor Flow", "Tensorflw", "Python", "Python3", "Python2",
          "PyTorch", "PyTorch XLA", "LSTM", "Long Short Term Memory", "Kubernetes", "Kubernets"]
PEOPLE = [None, "Ada Park", "Dr. Ada Park", "Bo Chen", "Ada"]
IDS = [{}, {}, {"email": "ada@x.org"}, {"github": "https://github.com/adap"}, {"github": "AdaP"},
       {"email": "bo@x.org"}]
OVERRIDES = [None, parse_overrides({"never_merge": [["Amazon", "Amazon.com, Inc."]],
                                    "always_merge": [["Acme Labs", "Acme Lab Systems"]]})]


@st.composite
def facts(draw) -> list[Fact]:
    out = []
    for n in range(draw(st.integers(1, 24))):
        doc = draw(st.sampled_from(["d1", "d2", "d3", "d4"]))
        name, ids = draw(st.sampled_from(PEOPLE)), draw(st.sampled_from(IDS))
        subj = Mention(type=T.PERSON, name=name, identifiers=ids, key=None if name else f"anon:{doc}")
        kind = draw(st.sampled_from([P.WORKED_AT, P.STUDIED_AT, P.USED_SKILL]))
        if kind == P.USED_SKILL:  # (one span, one quote: starts depend on the name)
            obj = Mention(type=T.SKILL, name=draw(st.sampled_from(SKILLS)))
        else:
            otype = draw(st.sampled_from([T.ORGANIZATION, T.EDUCATIONAL_ORGANIZATION]))
            obj = Mention(type=otype, name=draw(st.sampled_from(ORGS)))
        start = draw(st.integers(0, 5)) * 50 + n % 3 + 1000 * (ORGS + SKILLS).index(obj.name)
        out.append(Fact(subject=subj, predicate=kind, object=obj,
                        provenance=Provenance(doc=doc, start=start, end=start + len(obj.name),
                                              quote=obj.name, extractor="test.v1",
                                              confidence=draw(st.sampled_from([0.5, 0.9])))))
    return out


PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(facts(), st.data(), st.sampled_from(OVERRIDES))
def test_the_graph_does_not_depend_on_input_order(fs, data, overrides):
    shuffled = data.draw(st.permutations(fs))
    assert dumps(build_graph(fs, vocab=VOCAB, overrides=overrides)) == dumps(
        build_graph(shuffled, vocab=VOCAB, overrides=overrides))


@PROPS
@given(facts(), st.sampled_from(OVERRIDES))
def test_merging_is_idempotent(fs, overrides):
    once = build_graph(fs, vocab=VOCAB, overrides=overrides)
    twice = build_graph(once.facts(), vocab=VOCAB, overrides=overrides)
    assert dumps(twice) == dumps(once)
    assert dumps(build_graph(fs + fs, vocab=VOCAB, overrides=overrides)) == dumps(once)


def evidence(p: Provenance) -> tuple:
    """What identifies a piece of evidence (confidence is an attribute of it)."""
    return (p.doc, p.start, p.end, p.extractor, p.quote)


@PROPS
@given(facts(), st.sampled_from(OVERRIDES))
def test_merging_never_drops_provenance(fs, overrides):
    kg = build_graph(fs, vocab=VOCAB, overrides=overrides)
    by_id = {f.id: f for f in kg.facts()}
    for f in fs:  # every statement is an edge; its evidence is on both of its entities
        edge = by_id[f.id]
        assert f.provenance.confidence <= edge.provenance.confidence
        for ident in (edge.subject_id, edge.object_id):
            assert evidence(f.provenance) in {evidence(p) for p in kg.entity(ident).provenance}
    for e in kg.entities():  # and none is invented: each record is that of a fact touching it
        touching = {evidence(f.provenance) for f in kg.facts_of(e.id, direction="both")}
        assert [evidence(p) for p in e.provenance] == sorted(touching)


@PROPS
@given(facts(), st.sampled_from(OVERRIDES))
def test_the_merge_log_accounts_for_every_pre_merge_entity(fs, overrides):
    kg = build_graph(fs, vocab=VOCAB, overrides=overrides)
    apart = build_graph(fs, merge=False, vocab=VOCAB)
    logged = [m for r in kg.merge_log for m in r.merged]
    assert len(logged) == len(set(logged))
    assert sorted(logged) == sorted(m for e in kg.entities() for m in e.merged_ids)
    ids = {e.id for e in kg.entities()}
    assert ids.isdisjoint(logged) and all(r.kept in ids for r in kg.merge_log)
    if overrides is None:  # without forced merges every pre-merge entity is kept or merged away
        assert sorted(ids | set(logged)) == sorted(e.id for e in apart.entities())
