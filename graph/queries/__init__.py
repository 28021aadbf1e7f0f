"""Graph queries: the questions users ask, as free functions taking the graph first.

Each returns a pydantic answer (`graph.queries.models`) whose rows carry the provenance of the
facts behind them. Names resolve through names, merge aliases and identifiers; an ambiguous name
raises `QueryError` listing the candidates, an unknown one suggests the closest names. Lookup
structures are built on first use and cached per graph (`graph.queries.index`); queries pause
the cyclic garbage collector while they run (they make many small objects and no cycles).

- `who_knows(kg, skill, include_narrower=False)`, `skills_with(kg, skill, k=20)`
- `coworkers(kg, person, today=(y, m), include_parts=True)`, `timeline(kg, person)`
- `path(kg, a, b, max_paths=3, via=None)`, `ego(kg, name, hops=2, max_nodes=500, via=None)`
- `top(kg, kind='people'|'orgs'|'skills', by='degree'|'pagerank'|'betweenness', k=10)`
- `search(kg, text, k=10, types=None)`, `resolve(kg, text, types=None)`
- `merges(kg, name)`: the merge decisions behind an entity, and the overrides that undo them

>>> from graph import KnowledgeGraph
>>> search(KnowledgeGraph(), "anyone").hits
[]
"""

from graph.queries.index import clear_cache
from graph.queries.merges import Merges, merges
from graph.queries.models import (
    Coworkers,
    Ego,
    Paths,
    Search,
    SkillsWith,
    Timeline,
    Top,
    WhoKnows,
)
from graph.queries.paths import ego, path
from graph.queries.people import coworkers, timeline
from graph.queries.rank import top
from graph.queries.resolve import resolve, search
from graph.queries.skills import skills_with, who_knows

__all__ = ["who_knows", "skills_with", "coworkers", "timeline", "path", "ego", "top", "search",
           "resolve", "merges", "clear_cache", "WhoKnows", "SkillsWith", "Coworkers", "Timeline", "Paths",
           "Ego", "Top", "Search", "Merges"]
