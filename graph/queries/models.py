"""Answer models of the graph queries (pydantic): each row can carry the facts' provenance.

Every answer has `records(why=False) -> list[dict[str, str]]`: flat rows for tables and CSV
(with `why=True` a `why` column quotes the evidence, `doc: "quote"`). JSON is
`answer.model_dump(mode="json")`, or `answer.without_provenance()` to leave the evidence out.

>>> ref = EntityRef(id="person/ada-1", type="Person", name="Ada Park")
>>> ans = Timeline(person=ref, items=[])
>>> ans.records(), ans.person.name
([], 'Ada Park')
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ontology import EntityType, Predicate, Provenance

__all__ = ["EntityRef", "FactRef", "SkillHolder", "WhoKnows", "Coworker", "Coworkers", "Hop",
           "PathAnswer", "Paths", "EgoNode", "Ego", "CoSkill", "SkillsWith", "Ranked", "Top",
           "TimelineItem", "Timeline", "SearchHit", "Search", "Answer", "why_text", "build"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


_FIELD_SETS: dict[type, set[str]] = {}


def build(cls: type[BaseModel], **values: Any) -> Any:
    """An instance of `cls` from values that are already valid (taken from validated models),
    without validation: like `model_construct`, several times faster for the many small rows of
    big answers. Missing fields get their defaults.

    >>> build(EntityRef, id="skill/go-1", type=EntityType.SKILL, name="Go").name
    'Go'
    >>> build(FactRef, id="f", predicate=Predicate.USED_SKILL, subject=None, object=None).start
    """
    fields = cls.model_fields
    if len(values) != len(fields):
        for name, info in fields.items():
            if name not in values:
                values[name] = info.get_default(call_default_factory=True)
    names = _FIELD_SETS.get(cls)
    if names is None:
        names = _FIELD_SETS[cls] = set(fields)
    m = cls.__new__(cls)
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", names)   # every field is set: shared
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


class EntityRef(_Model):
    """An entity as answers name it: id, type and a display name (never a contact detail)."""

    id: str
    type: EntityType
    name: str


class FactRef(_Model):
    """One fact of the graph, as an answer shows it."""

    id: str
    predicate: Predicate
    subject: EntityRef
    object: EntityRef
    title: str | None = None
    start: str | None = None
    end: str | None = None
    provenance: list[Provenance] = Field(default_factory=list)


def why_text(provenance: list[Provenance], limit: int = 3) -> str:
    """Evidence as `doc: "quote"` parts joined by ' | ' (at most `limit`, then '+N more')."""
    seen: list[str] = []
    for p in provenance:
        s = f'{p.doc}: "{" ".join(p.quote.split())}"'
        if s not in seen:
            seen.append(s)
    more = f" | +{len(seen) - limit} more" if len(seen) > limit else ""
    return " | ".join(seen[:limit]) + more


class Answer(_Model):
    """Base of answers: flat records for tables and CSV, and a provenance-free copy."""

    def _rows(self) -> list[tuple[dict[str, Any], list[Provenance]]]:
        raise NotImplementedError

    def records(self, why: bool = False) -> list[dict[str, str]]:
        out = []
        for row, prov in self._rows():
            rec = {k: "" if v is None else str(v) for k, v in row.items()}
            if why:
                rec["why"] = why_text(prov)
            out.append(rec)
        return out

    def without_provenance(self) -> dict[str, Any]:
        """JSON-ready dict with every `provenance` list left out."""
        return _strip(self.model_dump(mode="json"))


def _strip(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _strip(v) for k, v in x.items() if k != "provenance"}
    if isinstance(x, list):
        return [_strip(v) for v in x]
    return x


class SkillHolder(_Model):
    person: EntityRef
    skill: EntityRef
    provenance: list[Provenance] = Field(default_factory=list)


class WhoKnows(Answer):
    """People who have `skill` (or, with narrower skills, one of `skills`)."""

    skill: EntityRef
    skills: list[EntityRef]
    people: list[SkillHolder]

    def _rows(self):
        return [({"person": h.person.name, "person_id": h.person.id, "skill": h.skill.name},
                 h.provenance) for h in self.people]


class Coworker(_Model):
    """Two people at the same organization (or parts of it) over `start`..`end` (overlap)."""

    person: EntityRef
    coworker: EntityRef
    org: EntityRef                  # the shared organization (the top of the part-of tree)
    person_unit: EntityRef          # where each of them worked: org itself or one of its parts
    coworker_unit: EntityRef
    person_title: str | None = None
    coworker_title: str | None = None
    start: str
    end: str                        # YYYY-MM or 'present'
    months: int
    provenance: list[Provenance] = Field(default_factory=list)


class Coworkers(Answer):
    person: EntityRef
    today: str
    coworkers: list[Coworker]

    def _rows(self):
        return [({"coworker": c.coworker.name, "org": c.org.name, "their_unit": c.coworker_unit.name,
                  "their_title": c.coworker_title, "from": c.start, "to": c.end,
                  "months": c.months}, c.provenance) for c in self.coworkers]


class Hop(_Model):
    """One step of a path and the facts that link its two ends (either direction)."""

    source: EntityRef
    target: EntityRef
    facts: list[FactRef]


class PathAnswer(_Model):
    hops: list[Hop]

    @property
    def nodes(self) -> list[EntityRef]:
        return [self.hops[0].source, *(h.target for h in self.hops)] if self.hops else []


class Paths(Answer):
    """Shortest paths from `source` to `target` (empty when they are not connected)."""

    source: EntityRef
    target: EntityRef
    length: int | None
    paths: list[PathAnswer]

    def _rows(self):
        out = []
        for i, p in enumerate(self.paths, 1):
            for j, h in enumerate(p.hops, 1):
                preds = sorted({f.predicate.value for f in h.facts})
                out.append(({"path": i, "hop": j, "from": h.source.name,
                             "link": ", ".join(preds), "to": h.target.name},
                            [pr for f in h.facts for pr in f.provenance]))
        return out


class EgoNode(_Model):
    entity: EntityRef
    distance: int


class Ego(Answer):
    """Everything within `hops` of `center`: nodes by distance and the facts among them."""

    center: EntityRef
    hops: int
    nodes: list[EgoNode]
    facts: list[FactRef]
    truncated: bool = False

    def _rows(self):
        return [({"subject": f.subject.name, "predicate": f.predicate.value,
                  "object": f.object.name, "title": f.title, "start": f.start, "end": f.end},
                 f.provenance) for f in self.facts]


class CoSkill(_Model):
    skill: EntityRef
    count: int                      # people who have both
    share: float                    # count / people who have the asked skill
    jaccard: float


class SkillsWith(Answer):
    skill: EntityRef
    holders: int
    skills: list[CoSkill]

    def _rows(self):
        return [({"skill": c.skill.name, "together": c.count, "share": f"{c.share:.3f}",
                  "jaccard": f"{c.jaccard:.3f}"}, []) for c in self.skills]


class Ranked(_Model):
    rank: int
    entity: EntityRef
    score: float


class Top(Answer):
    kind: str
    by: str
    approximate: bool = False
    samples: int | None = None      # sources of an estimated betweenness
    rows: list[Ranked]

    def _rows(self):
        return [({"rank": r.rank, "name": r.entity.name, "type": r.entity.type.value,
                  "score": f"{r.score:.6g}"}, []) for r in self.rows]


class TimelineItem(_Model):
    predicate: Predicate
    object: EntityRef
    title: str | None = None
    start: str | None = None
    end: str | None = None
    provenance: list[Provenance] = Field(default_factory=list)


class Timeline(Answer):
    """A person's dated facts (roles, studies, awards...), oldest first; undated ones last."""

    person: EntityRef
    items: list[TimelineItem]

    def _rows(self):
        return [({"start": i.start, "end": i.end, "relation": i.predicate.value,
                  "what": i.object.name, "title": i.title}, i.provenance) for i in self.items]


class SearchHit(_Model):
    entity: EntityRef
    matched: str                    # the name, alias or identifier that matched
    score: float


class Search(Answer):
    text: str
    hits: list[SearchHit]

    def _rows(self):
        return [({"name": h.entity.name, "type": h.entity.type.value, "id": h.entity.id,
                  "matched": h.matched, "score": f"{h.score:.3f}"}, []) for h in self.hits]
