"""The prose extractors, registered by versioned name for documents of kind 'prose'.

Each is a pure function of the DocContext; the per-document analysis they share (boilerplate
spans, the subject's name parts, person mentions) and the employment facts that division and
title-skill facts build on are computed once and kept in `ctx.extras`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.registry import register
from ontology import Fact

if TYPE_CHECKING:
    from extract.context import DocContext

__all__ = ["employment", "education", "skills", "works", "awards", "projects", "divisions", "places"]

_KINDS = ("prose",)


def _worked_at(ctx: DocContext) -> list[Fact]:
    from extract.prose.employment import employment_facts
    from extract.prose.header import header_facts
    from extract.prose.tables import table_job_facts

    key = "prose.worked_at"
    if key not in ctx.extras:
        ctx.extras[key] = employment_facts(ctx, extra=header_facts(ctx) + table_job_facts(ctx))
    return ctx.extras[key]


@register("prose.employment.v1", kinds=_KINDS)
def employment(ctx: DocContext) -> list[Fact]:
    """worked-at: joined / began career at / served as / is TITLE at / appositions / headers."""
    return list(_worked_at(ctx))


@register("prose.divisions.v1", kinds=_KINDS)
def divisions(ctx: DocContext) -> list[Fact]:
    """part-of and located-in for employers named 'ORG PLACE'."""
    from extract.prose.divisions import division_facts

    return division_facts(ctx, _worked_at(ctx))


@register("prose.education.v1", kinds=_KINDS)
def education(ctx: DocContext) -> list[Fact]:
    """studied-at: graduated from / DEGREE from / studied at / attended."""
    from extract.prose.education import education_facts

    return education_facts(ctx)


@register("prose.skills.v1", kinds=_KINDS)
def skills(ctx: DocContext) -> list[Fact]:
    """used-skill: skills of the subject's own work, and the field of a job title."""
    from extract.prose.skills import skill_facts, title_skill_facts

    return title_skill_facts(ctx, _worked_at(ctx)) + skill_facts(ctx)


@register("prose.works.v1", kinds=_KINDS)
def works(ctx: DocContext) -> list[Fact]:
    """authored, received-award, holds-patent."""
    return list(_works(ctx))


def _works(ctx: DocContext) -> list[Fact]:
    from extract.prose.works import work_facts

    key = "prose.works"
    if key not in ctx.extras:
        ctx.extras[key] = work_facts(ctx)
    return ctx.extras[key]


@register("prose.projects.v1", kinds=_KINDS)
def projects(ctx: DocContext) -> list[Fact]:
    """contributed-to: named systems the subject built."""
    from extract.prose.projects import project_facts

    # 'co-wrote "X"': a work the subject authored is no project as well
    written = {(f.object.name or "").lower() for f in _works(ctx)
               if f.predicate.value in ("authored", "holds-patent")}
    return [f for f in project_facts(ctx) if (f.object.name or "").lower() not in written]


@register("prose.awards.v1", kinds=_KINDS)
def awards(ctx: DocContext) -> list[Fact]:
    """received-award, with the year."""
    from extract.prose.awards import award_facts

    return award_facts(ctx)


@register("prose.places.v1", kinds=_KINDS)
def places(ctx: DocContext) -> list[Fact]:
    """located-in for the subject's organizations where the text ties a place to them."""
    from extract.prose.education import education_facts
    from extract.prose.places import place_facts

    return place_facts(ctx, _worked_at(ctx) + education_facts(ctx))
