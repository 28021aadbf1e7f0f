"""top(): the numpy PageRank and betweenness agree with networkx on the same simple graph."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from graph import build_graph
from graph.queries import rank, top
from graph.queries.index import index_of
from graph.queries.rank import betweenness_scores, pagerank_scores
from ontology import Fact, Mention, Provenance


def random_graph(seed: int, people: int = 60):
    rng = random.Random(seed)
    orgs = [f"Org {c}" for c in "ABCDEFG"]
    skills = [f"Skill {i}" for i in range(15)]
    out = []
    for i in range(people):
        p = Mention(type="Person", name=f"Person {i:03d}")
        for org in rng.sample(orgs, rng.randint(0, 2)):
            out.append(Fact(subject=p, predicate="worked-at",
                            object=Mention(type="Organization", name=org),
                            provenance=Provenance(doc=f"d{i}", start=0, end=1, quote="x",
                                                  extractor="t.v1")))
        for k, sk in enumerate(rng.sample(skills, rng.randint(0, 4))):
            out.append(Fact(subject=p, predicate="used-skill",
                            object=Mention(type="Skill", name=sk),
                            provenance=Provenance(doc=f"d{i}", start=k + 1, end=k + 2,
                                                  quote="x", extractor="t.v1")))
    return build_graph(out)


def simple(kg) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(kg.nx.nodes)
    g.add_edges_from((u, v) for u, v in kg.nx.edges() if u != v)
    return g


@pytest.fixture(scope="module", params=[1, 2])
def kg(request):
    return random_graph(request.param)


def test_pagerank_matches_networkx(kg):
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    ix = index_of(kg)
    ours = dict(zip(ix.arrays[0], pagerank_scores(ix), strict=True))
    ref = _pagerank_python(simple(kg), tol=1e-10, max_iter=1000)
    assert max(abs(ours[n] - ref[n]) for n in ref) < 1e-5
    assert abs(sum(ours.values()) - 1.0) < 1e-9


def test_betweenness_exact_matches_networkx(kg):
    ix = index_of(kg)
    ours = dict(zip(ix.arrays[0], betweenness_scores(ix), strict=True))
    ref = nx.betweenness_centrality(simple(kg), normalized=True)
    assert max(abs(ours[n] - ref[n]) for n in ref) < 1e-9


def test_top_by_measures_ranks_kind_only(kg):
    g = simple(kg)
    ref = nx.betweenness_centrality(g, normalized=True)
    people = sorted((n for n in g if n.startswith("person/")),
                    key=lambda n: (-round(ref[n], 10), kg.entity(n).name.casefold(), n))[:5]
    ans = top(kg, "people", by="betweenness", k=5)
    assert [r.entity.id for r in ans.rows] == people and not ans.approximate
    assert [r.rank for r in ans.rows] == [1, 2, 3, 4, 5]
    pr = top(kg, "skills", by="pagerank", k=3)
    assert all(r.entity.type.value == "Skill" for r in pr.rows)
    assert [r.score for r in pr.rows] == sorted((r.score for r in pr.rows), reverse=True)


def test_sampled_betweenness_is_deterministic_and_flagged(kg, monkeypatch):
    monkeypatch.setattr(rank, "EXACT_LIMIT", 10)
    a = top(kg, "orgs", by="betweenness", samples=8)
    from graph.queries import clear_cache

    clear_cache(kg)
    b = top(kg, "orgs", by="betweenness", samples=8)
    assert a.approximate and a.rows == b.rows
    clear_cache(kg)


def test_empty_graph():
    from graph.kg import KnowledgeGraph

    assert top(KnowledgeGraph(), "people", by="pagerank").rows == []
    assert top(KnowledgeGraph(), "skills", by="betweenness").rows == []
