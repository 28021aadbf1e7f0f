"""Why an entity is what it is: the merges that made it, and the override that undoes each.

Every merge decision of a build is in the graph's merge log (`kg.merge_log`, also in
report.json): which pre-merge ids were merged into which kept id, by which rule, on what evidence.
`merges(kg, name)` gathers the decisions behind one entity; `Merges.undo()` is the overrides file
content (`peoplegraph build --overrides FILE`) that keeps each merged id apart from the kept one
in the next build. A never-merge pair is a cannot-link constraint on whole clusters, so a chain
of merges (A~B, B~K) is undone too.

>>> from graph import KnowledgeGraph
>>> Merges(entity=EntityRef(id="organization/acme-1", type="Organization", name="Acme"),
...        steps=[]).undo()
{'never_merge': []}
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from graph.kg import KnowledgeGraph
from graph.queries.index import index_of
from graph.queries.models import Answer, EntityRef, _Model
from graph.queries.resolve import resolve
from ontology.collector import paused_gc

__all__ = ["MergeStep", "Merges", "merges"]


class MergeStep(_Model):
    """One merge decision: the ids merged into the entity, the rule, its score and evidence."""

    merged: list[str]
    rule: str
    score: float = 1.0
    evidence: list[str] = Field(default_factory=list)


class Merges(Answer):
    """The merge decisions behind one entity, in the order the log has them."""

    entity: EntityRef
    aliases: list[str] = Field(default_factory=list)
    steps: list[MergeStep] = Field(default_factory=list)

    def _rows(self):
        return [({"merged": ", ".join(s.merged), "rule": s.rule, "score": f"{s.score:.2f}",
                  "evidence": "; ".join(s.evidence)}, []) for s in self.steps]

    def undo(self) -> dict[str, Any]:
        """Overrides that keep every merged id apart from the entity in the next build."""
        return {"never_merge": [{"a": m, "b": self.entity.id, "type": self.entity.type.value}
                                for s in self.steps for m in s.merged]}


@paused_gc()
def merges(kg: KnowledgeGraph, name: str) -> Merges:
    """The merge decisions that made the entity `name` (a name, alias, identifier or id)."""
    ent = resolve(kg, name)
    entity = kg.entity(ent.id)
    own = {entity.id, *entity.merged_ids}
    steps = [MergeStep(merged=list(r.merged), rule=r.rule, score=r.score,
                       evidence=list(r.evidence))
             for r in kg.merge_log if r.kept == entity.id or own.intersection(r.merged)]
    return Merges(entity=index_of(kg).ref(entity.id), aliases=list(entity.aliases), steps=steps)
