"""path() and ego() give the same answers from the numpy search (every predicate links) as from
the plain search (forced by naming every predicate in `via`), on seeded random graphs."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from graph.queries import ego, path
from ontology import Predicate

ALL = [p.value for p in Predicate]


def _random_graph(seed: int):
    spec = importlib.util.spec_from_file_location(
        "_rank_graphs", Path(__file__).with_name("test_queries_rank.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.random_graph(seed, people=40)


@pytest.fixture(scope="module", params=[3, 4])
def kg(request):
    return _random_graph(request.param)


def test_paths_same_from_both_searches(kg):
    rng = random.Random(0)
    people = [e.id for e in kg.entities()]
    for _ in range(40):
        a, b = rng.sample(people, 2)
        fast, plain = path(kg, a, b, max_paths=1000), path(kg, a, b, max_paths=1000, via=ALL)
        assert fast.length == plain.length
        as_ids = lambda ans: sorted(tuple(n.id for n in p.nodes) for p in ans.paths)  # noqa: E731
        assert as_ids(fast) == as_ids(plain)
        first = path(kg, a, b, max_paths=2)
        assert [p.nodes for p in first.paths] == [p.nodes for p in fast.paths[:2]]


@pytest.mark.parametrize("hops,limit", [(1, 500), (2, 500), (2, 12), (3, 30)])
def test_ego_same_from_both_searches(kg, hops, limit):
    for e in kg.entities()[::7]:
        fast = ego(kg, e.id, hops=hops, max_nodes=limit)
        plain = ego(kg, e.id, hops=hops, max_nodes=limit, via=ALL)
        assert [(n.entity.id, n.distance) for n in fast.nodes] == \
            [(n.entity.id, n.distance) for n in plain.nodes]
        assert [f.id for f in fast.facts] == [f.id for f in plain.facts]
        assert fast.truncated == plain.truncated
