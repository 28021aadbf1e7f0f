"""Person questions: coworkers (with the overlapping period) and a person's timeline.

Coworkers: two people whose worked-at roles are at the same organization, or at parts of the same
organization (part-of, followed both ways to the top of the tree), over overlapping months. The
overlap is `extract.dates.overlap`: a year-only start counts from January and a year-only end to
December, a role with a start and no end is its start month (or year) only, a role without a
start makes no claim, and a 'present' end is `today` (year, month): the caller passes it, the
clock is never read here (the CLI passes the current month). An overlap that runs to a present
end is reported as ending 'present'. The same overlap found in several documents is one row with
the provenance of every fact behind it (the person's facts first, then the coworker's).

>>> from graph import build_graph
>>> from ontology import Fact, Mention, Provenance
>>> def role(person, org, start, end, doc):
...     return Fact(subject=Mention(type="Person", name=person), predicate="worked-at",
...                 object=Mention(type="Organization", name=org), start=start, end=end,
...                 provenance=Provenance(doc=doc, start=0, end=len(org), quote=org,
...                                       extractor="t.v1"))
>>> kg = build_graph([role("Ada", "Initech", "2019-03", "present", "a"),
...                   role("Ben", "Initech", "2021", "2022-06", "b"),
...                   role("Cy", "Initech", "2023-11", "present", "c")])
>>> [(c.coworker.name, c.start, c.end, c.months)
...  for c in coworkers(kg, "Ada", today=(2024, 2)).coworkers]
[('Ben', '2021-01', '2022-06', 18), ('Cy', '2023-11', 'present', 4)]
>>> [(i.object.name, i.start, i.end) for i in timeline(kg, "Ben").items]
[('Initech', '2021', '2022-06')]
"""

from __future__ import annotations

from extract.dates import compare_key, overlap
from graph.kg import KnowledgeGraph
from graph.queries.index import GraphIndex, ends, index_of
from graph.queries.models import Coworker, Coworkers, Timeline, TimelineItem, build
from graph.queries.resolve import resolve
from ontology import EntityType, Fact, Predicate, fold
from ontology.collector import paused_gc

__all__ = ["coworkers", "timeline", "months_between", "TIMELINE_PREDICATES"]

_PERSON = frozenset({EntityType.PERSON})
#: what a timeline shows, besides roles: studies, awards, projects, patents, publications
TIMELINE_PREDICATES = (Predicate.WORKED_AT, Predicate.STUDIED_AT, Predicate.RECEIVED_AWARD,
                       Predicate.CONTRIBUTED_TO, Predicate.HOLDS_PATENT, Predicate.AUTHORED)
_DATE_ATTRS = ("date", "year", "granted", "issued", "published", "filed")


def months_between(start: str, end: str, today: tuple[int, int]) -> int:
    """Months from `start` to `end` inclusive ('YYYY-MM'; end may be 'present' = today).

    >>> months_between("2021-03", "present", today=(2021, 5))
    3
    """
    ey, em = today if end == "present" else (int(end[:4]), int(end[5:7]))
    return (ey * 12 + em) - (int(start[:4]) * 12 + int(start[5:7])) + 1


def _shared_org(ix: GraphIndex, a: str, b: str) -> str:
    """The nearest organization both `a` and `b` are (parts of)."""
    if a == b:
        return a
    up_b = set(ix.ancestors(b))
    return next((o for o in ix.ancestors(a) if o in up_b), ix.ancestors(a)[-1])


@paused_gc()
def coworkers(kg: KnowledgeGraph, person: str, *, today: tuple[int, int],
              include_parts: bool = True) -> Coworkers:
    """People who worked with `person` (see the module doc), by organization, name, start.

    `include_parts=False` keeps to the very same organization (as the `coworkers` ready query).
    """
    ix = index_of(kg)
    me = resolve(kg, person, _PERSON).id
    rows: dict[tuple, dict] = {}
    spans: dict[tuple, tuple[str, str] | None] = {}      # many roles share their dates
    windows: dict[tuple, tuple[int, float] | None] = {}
    staff: dict[str, list[tuple[str, Fact]]] = {}
    for mine_id, mine in sorted(ix.out_edges(me, Predicate.WORKED_AT), key=_edge_key):
        unit = ends(mine)[1]
        orgs = ix.family(unit) if include_parts else [unit]
        for org in orgs:
            if org not in staff:
                staff[org] = ix.in_edges(org, Predicate.WORKED_AT)
            for their_id, theirs in staff[org]:
                other = ends(theirs)[0]
                if other == me:
                    continue
                dates = (mine.start, mine.end, theirs.start, theirs.end)
                if dates not in spans:
                    spans[dates] = _overlap(dates, today, windows)
                span = spans[dates]
                if span is None:
                    continue
                key = (other, unit, org, *span)
                row = rows.get(key)
                if row is None:
                    row = rows[key] = {"other": other, "unit": unit, "their_unit": org,
                                       "span": span, "titles": [None, None], "mine": {},
                                       "theirs": {}}
                row["mine"][mine_id] = mine
                row["theirs"][their_id] = theirs
                row["titles"][0] = row["titles"][0] or mine.title
                row["titles"][1] = row["titles"][1] or theirs.title
    refs, keys = ix.display
    me_ref = refs[me]
    shared: dict[tuple[str, str], str] = {}
    months: dict[tuple[str, str], int] = {}
    keyed = []
    for row in rows.values():
        start, end = span = row["span"]
        if span not in months:
            months[span] = months_between(start, end, today)
        pair = (row["unit"], row["their_unit"])
        if pair not in shared:
            shared[pair] = _shared_org(ix, *pair)
        org, other = shared[pair], row["other"]
        facts = _in_order(row["mine"]) + _in_order(row["theirs"])   # the person's first
        keyed.append(((keys[org], keys[other], start, end, *pair), build(
            Coworker, person=me_ref, coworker=refs[other], org=refs[org],
            person_unit=refs[pair[0]], coworker_unit=refs[pair[1]],
            person_title=row["titles"][0], coworker_title=row["titles"][1], start=start,
            end=end, months=months[span], provenance=[f.provenance for f in facts])))
    keyed.sort(key=lambda t: t[0])
    out = [t[1] for t in keyed]
    return build(Coworkers, person=ix.ref(me), today=f"{today[0]:04d}-{today[1]:02d}",
                                     coworkers=out)


def _window(start: str | None, end: str | None) -> tuple[int, float] | None:
    """A month range that surely contains the role (None: no start, no claim); only used to
    skip `overlap` for roles that cannot meet, never to compute a span."""
    if not start:
        return None
    if not start[:4].isdigit():                  # 'present': let overlap() decide
        return 0, float("inf")
    first = int(start[:4]) * 12 + (int(start[5:7]) - 1 if len(start) >= 7 else 0)
    last = end or start
    if not last[:4].isdigit():                   # 'present'
        return first, float("inf")
    return first, int(last[:4]) * 12 + (int(last[5:7]) - 1 if len(last) >= 7 else 11)


def _overlap(dates: tuple, today: tuple[int, int], windows: dict) -> tuple[str, str] | None:
    a, b = dates[:2], dates[2:]
    for w in (a, b):
        if w not in windows:
            windows[w] = _window(*w)
    wa, wb = windows[a], windows[b]
    if wa is None or wb is None or wa[1] < wb[0] or wb[1] < wa[0]:
        return None
    return overlap(*dates, today=today)


def _in_order(facts: dict[str, Fact]) -> list[Fact]:
    if len(facts) == 1:
        return list(facts.values())
    return [f for _, f in sorted(facts.items(), key=_edge_key)]


def _edge_key(edge: tuple[str, Fact]) -> tuple:
    p = edge[1].provenance
    return (p.doc, p.start, p.end, edge[0])


def _date_of(ix: GraphIndex, f: Fact) -> str | None:
    if f.start:
        return f.start
    attrs = ix.entity(ends(f)[1]).attrs
    for k in _DATE_ATTRS:
        v = attrs.get(k, "")
        if len(v) >= 4 and v[:4].isdigit():
            return v[:7] if len(v) >= 7 and v[4] == "-" and v[5:7].isdigit() else v[:4]
    return None


@paused_gc()
def timeline(kg: KnowledgeGraph, person: str) -> Timeline:
    """`person`'s roles, studies, awards, projects, patents and publications, oldest first by
    start (then end); items without a date come last. A role told by several documents is one
    item (first title found) with every document's provenance."""
    ix = index_of(kg)
    me = resolve(kg, person, _PERSON).id
    items: dict[tuple, dict] = {}
    for pred in TIMELINE_PREDICATES:
        for _, f in sorted(ix.out_edges(me, pred), key=_edge_key):
            start = _date_of(ix, f)
            key = (pred.value, f.object_id, start, f.end)
            it = items.setdefault(key, {"fact": f, "start": start, "title": None, "prov": []})
            it["title"] = it["title"] or f.title
            it["prov"].append(f.provenance)
    out = [build(TimelineItem, predicate=it["fact"].predicate,
                                        object=ix.ref(it["fact"].object_id), title=it["title"],
                                        start=it["start"], end=it["fact"].end,
                                        provenance=it["prov"])
           for it in items.values()]
    out.sort(key=lambda i: (i.start is None, compare_key(i.start), compare_key(i.end),
                            TIMELINE_PREDICATES.index(i.predicate), fold(i.object.name),
                            i.object.id))
    return build(Timeline, person=ix.ref(me), items=out)
