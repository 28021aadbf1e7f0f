"""Skill questions: who knows a skill (optionally with its narrower skills) and which skills go
together with it.

Narrower skills come from what the graph knows about its skills: the vocabulary `category`
(asking for a category such as "databases" or "programming languages" with narrower skills
gives every skill of that category), an explicit `broader` attribute when a skill carries one,
and name families (a skill whose name extends another's by whole words is narrower: "AWS" ->
"AWS Lambda", "Apache Spark" -> "Apache Spark Streaming").

>>> from graph import build_graph
>>> from ontology import Fact, Mention, Provenance
>>> def used(person, skill, doc="cv"):
...     return Fact(subject=Mention(type="Person", name=person), predicate="used-skill",
...                 object=Mention(type="Skill", name=skill, attrs={"category": "tool"}),
...                 provenance=Provenance(doc=doc, start=0, end=len(skill), quote=skill,
...                                       extractor="t.v1"))
>>> kg = build_graph([used("Ada", "AWS"), used("Ben", "AWS Lambda", "b"), used("Ben", "Git", "b")])
>>> [h.person.name for h in who_knows(kg, "aws").people]
['Ada']
>>> [(h.person.name, h.skill.name) for h in who_knows(kg, "AWS", include_narrower=True).people]
[('Ada', 'AWS'), ('Ben', 'AWS Lambda')]
>>> [(c.skill.name, c.count) for c in skills_with(kg, "Git").skills]
[('AWS Lambda', 1)]
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from graph.kg import KnowledgeGraph
from graph.queries.index import GraphIndex, ends, index_of
from graph.queries.models import CoSkill, SkillHolder, SkillsWith, WhoKnows, build
from graph.queries.resolve import candidates, resolve
from ontology import EntityType, Predicate, QueryError, fold
from ontology.collector import paused_gc

__all__ = ["who_knows", "skills_with", "narrower_skills", "category_of_text"]

_SKILL = frozenset({EntityType.SKILL})


def _categories(ix: GraphIndex) -> dict[str, list[str]]:
    """category -> ids of the graph's skills in it (cached)."""
    if "skill_categories" not in ix.cache:
        out: dict[str, list[str]] = {}
        for s in ix.of_type(_SKILL):
            cat = ix.entity(s).attrs.get("category")
            if cat:
                out.setdefault(cat, []).append(s)
        ix.cache["skill_categories"] = out
    return ix.cache["skill_categories"]


def category_of_text(kg: KnowledgeGraph, text: str) -> str | None:
    """The skill category `text` names ('Databases' -> 'database'), among the graph's own."""
    cats = _categories(index_of(kg))
    key = re.sub(r"[\s_]+", "-", fold(text).strip())
    for cand in (key, key.removesuffix("s"), key.removesuffix("es"), re.sub(r"ies$", "y", key)):
        if cand in cats:
            return cand
    return None


def _names(ix: GraphIndex, ident: str) -> list[str]:
    e = ix.entity(ident)
    return [fold(n) for n in dict.fromkeys([e.name, *e.aliases]) if n]


def narrower_skills(kg: KnowledgeGraph, skill_id: str) -> list[str]:
    """Ids of the skills narrower than `skill_id` (transitively), sorted by id."""
    ix = index_of(kg)
    skills = ix.of_type(_SKILL)
    names = {s: _names(ix, s) for s in skills}
    out: set[str] = set()
    frontier = [skill_id]
    while frontier:
        nxt = []
        for b in frontier:
            prefixes = [n + " " for n in names[b]]
            bnames = set(names[b])
            for s in skills:
                if s in out or s == skill_id:
                    continue
                broader = fold(ix.entity(s).attrs.get("broader", ""))
                if (broader and broader in bnames) or any(
                        n.startswith(p) for n in names[s] for p in prefixes):
                    out.add(s)
                    nxt.append(s)
        frontier = nxt
    return sorted(out)


def _target_skills(kg: KnowledgeGraph, skill: str, include_narrower: bool) -> tuple[str, list[str]]:
    """(the asked skill's id, ids of every skill to look at) for who_knows."""
    found = candidates(kg, skill, _SKILL)
    category = category_of_text(kg, skill) if include_narrower else None
    members = _categories(index_of(kg)).get(category, []) if category else []
    if category and len(found) != 1:
        return members[0], members
    if not found and category_of_text(kg, skill):
        raise QueryError(f"{skill!r} is a skill category, not a skill",
                         hint="add --narrower (include_narrower=True) for people with any of its skills")
    top = resolve(kg, skill, _SKILL).id
    ids = [top] + (narrower_skills(kg, top) if include_narrower else [])
    ids += [m for m in members if m not in ids]
    return top, ids


@paused_gc()
def who_knows(kg: KnowledgeGraph, skill: str, include_narrower: bool = False) -> WhoKnows:
    """People who used `skill` (a name or alias), one row per (person, skill), by person name.

    With `include_narrower`, narrower skills count too (see the module doc); a category name
    ("databases") then stands for all its skills.
    """
    ix = index_of(kg)
    top, ids = _target_skills(kg, skill, include_narrower)
    refs, keys = ix.display
    keyed = []
    for s in ids:            # used-skill subjects are people (ontology.SIGNATURES)
        by_person: dict[str, list] = {}
        for f in ix.in_facts(s, Predicate.USED_SKILL):
            who = ends(f)[0]
            prov = by_person.get(who)
            if prov is None:
                by_person[who] = [f.provenance]
            else:
                prov.append(f.provenance)
        skey, sref = keys[s], refs[s]
        for p, prov in by_person.items():
            if len(prov) > 1:
                prov.sort(key=lambda x: (x.doc, x.start, x.end))
            keyed.append((keys[p], skey, build(SkillHolder, person=refs[p], skill=sref,
                                               provenance=prov)))
    keyed.sort(key=lambda t: (t[0], t[1]))
    rows = [t[2] for t in keyed]
    skills = sorted((ix.ref(s) for s in ids), key=lambda r: (r.id != top, fold(r.name), r.id))
    return build(WhoKnows, skill=ix.ref(top), skills=skills, people=rows)


@paused_gc()
def skills_with(kg: KnowledgeGraph, skill: str, k: int = 20) -> SkillsWith:
    """Skills most often held by the people who hold `skill`: count of people with both, their
    share of the skill's holders, and Jaccard (both / either); ranked by count, then Jaccard."""
    ix = index_of(kg)
    s = resolve(kg, skill, _SKILL).id
    ps = ix.person_skills
    holders = sorted(p for p in ix.g.pred[s] if s in ps.get(p, ()))
    counts = Counter(chain.from_iterable(ix.person_skills[p] for p in holders))
    counts.pop(s, None)
    n = len(holders)
    total = ix.skill_counts
    rows = [build(CoSkill, skill=ix.ref(t), count=c, share=round(c / n, 6),
                                    jaccard=round(c / (n + total[t] - c), 6))
            for t, c in counts.items()]
    rows.sort(key=lambda r: (-r.count, -r.jaccard, fold(r.skill.name), r.skill.id))
    return build(SkillsWith, skill=ix.ref(s), holders=n, skills=rows[:k])
