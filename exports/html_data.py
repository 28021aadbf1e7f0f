"""The data behind graph.html: which entities to draw, and plain JSON for the page script.

Nothing here produces HTML. Every string that came from a document (names, aliases, quotes,
titles) ends up as a JSON string value that the page's own script puts into the DOM with
`textContent`. Node ids are opaque (`n0`, `n1`, ... in sorted entity-id order of the drawn
entities) so no extracted text is ever used as an identifier.

Contact details (emails, phone numbers) are removed from every shown string unless
`ExportOptions.include_contacts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from exports.options import ExportOptions
from graph.kg import KnowledgeGraph
from ontology import Entity, EntityType, ExportError, Fact, norm_name

__all__ = ["TYPE_STYLE", "Selection", "select", "page_data", "Redactor"]

#: entity type -> (colour, vis shape, legend glyph); shapes keep the label below the symbol
TYPE_STYLE: dict[str, tuple[str, str, str]] = {
    EntityType.PERSON.value: ("#e4572e", "dot", "\u25cf"),
    EntityType.ORGANIZATION.value: ("#2e86ab", "square", "\u25a0"),
    EntityType.EDUCATIONAL_ORGANIZATION.value: ("#6a4c93", "triangle", "\u25b2"),
    EntityType.SKILL.value: ("#76b041", "diamond", "\u25c6"),
    EntityType.PUBLICATION.value: ("#f2a541", "triangleDown", "\u25bc"),
    EntityType.PATENT.value: ("#8c564b", "star", "\u2605"),
    EntityType.AWARD.value: ("#d4a017", "hexagon", "\u2b22"),
    EntityType.PROJECT.value: ("#17becf", "square", "\u25a0"),
    EntityType.PLACE.value: ("#7f7f7f", "dot", "\u25cf"),
    EntityType.VENUE.value: ("#c71585", "diamond", "\u25c6"),
}
_FALLBACK_STYLE = ("#999999", "dot", "\u25cf")

CONTACT_KINDS = ("email", "phone", "tel", "mobile")
_EMAIL_RE = re.compile(r"(?:mailto:)?[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_PHONE_RE = re.compile(r"(?:tel:)?\+?\(?\d[\d\s().-]{7,}\d")
_YEARS_RE = re.compile(r"^[\s().-]*(?:(?:19|20)\d\d[\s().-]*)+$")
_HIDDEN = "[contact hidden]"
_DIGIT = re.compile(r"\d")

MAX_LABEL = 40
MAX_QUOTES = 8
MAX_ALIASES = 12


class Redactor:
    """Removes emails and phone numbers (known identifiers and anything shaped like them)."""

    def __init__(self, kg: KnowledgeGraph, enabled: bool) -> None:
        self.enabled = enabled
        known: set[str] = set()
        if enabled:
            for ent in kg.entities():
                for kind, values in ent.identifiers.items():
                    if kind.lower() in CONTACT_KINDS:
                        known.update(v.split(":", 1)[-1] if ":" in v else v
                                     for v in values if v)
        self._known = sorted((k for k in known if len(k) >= 5), key=lambda s: (-len(s), s))
        # the known values that can occur in a text with / without an "@" / a digit (in order):
        # a value with an "@" or a digit cannot appear in a text that has none, and replacing
        # the others never adds one, so skipping them changes nothing (and saves most calls)
        self._by_shape = {(at, digit): [v for v in self._known
                                        if (at or "@" not in v) and (digit or not _DIGIT.search(v))]
                          for at in (False, True) for digit in (False, True)}

    def __call__(self, text: str | None) -> str:
        if not text or not self.enabled:
            return text or ""
        for value in self._by_shape["@" in text, _DIGIT.search(text) is not None]:
            text = text.replace(value, _HIDDEN)
        text = _EMAIL_RE.sub(_HIDDEN, text)
        return _PHONE_RE.sub(self._phone, text)

    @staticmethod
    def _phone(m: re.Match) -> str:
        s = m.group(0)
        digits = sum(c.isdigit() for c in s)
        if digits < 9 or digits > 15 or _YEARS_RE.match(s):
            return s
        return _HIDDEN


@dataclass
class Selection:
    """The entities and facts to draw, and why (a note the page shows when not everything)."""

    entities: list[Entity]
    facts: list[Fact]
    total_entities: int
    total_facts: int
    notes: list[str] = field(default_factory=list)
    capped: bool = False
    focus_id: str | None = None


def _degrees(kg: KnowledgeGraph) -> dict[str, int]:
    return {n: int(d) for n, d in kg.nx.degree()}


def resolve_focus(kg: KnowledgeGraph, focus: str) -> str:
    """An entity id from an id or a (case- and space-insensitive) name or alias."""
    if focus in kg:
        return focus
    want = norm_name(focus)
    hits = [e for e in kg.entities()
            if want and (norm_name(e.name) == want or any(norm_name(a) == want for a in e.aliases))]
    if not hits:
        raise ExportError(f"html: no entity named or with id {focus!r} to focus on",
                          hint="give an entity id from graph.json or a name as the graph spells it")
    deg = _degrees(kg)
    return sorted(hits, key=lambda e: (-deg.get(e.id, 0), e.id))[0].id


def _ego(kg: KnowledgeGraph, center: str, hops: int) -> set[str]:
    g = kg.nx
    seen, frontier = {center}, [center]
    for _ in range(max(hops, 0)):
        nxt: set[str] = set()
        for n in frontier:
            nxt.update(g.successors(n))
            nxt.update(g.predecessors(n))
        frontier = sorted(nxt - seen)
        seen |= nxt
        if not frontier:
            break
    return seen


def select(kg: KnowledgeGraph, options: ExportOptions) -> Selection:
    """Everything, or the `focus` ego graph within `hops`, capped at `max_nodes` by degree."""
    total_n, total_f = kg.number_of_entities(), kg.number_of_facts()
    keep: set[str] = set(kg.nx.nodes)
    notes: list[str] = []
    focus_id = None
    if options.focus:
        focus_id = resolve_focus(kg, options.focus)
        keep = _ego(kg, focus_id, options.hops)
        notes.append(f"Showing the neighbourhood of one entity within {options.hops} hop(s): "
                     f"{len(keep)} of {total_n} entities.")
    capped = False
    cap = max(int(options.max_nodes), 1)
    if len(keep) > cap:
        capped = True
        deg = _degrees(kg)
        ranked = sorted(keep, key=lambda n: (n != focus_id, -deg.get(n, 0), n))
        before = len(keep)
        keep = set(ranked[:cap])
        notes.append(f"Too big to draw whole: {before} entities exceed the limit of {cap}. "
                     f"Showing the {cap} best-connected entities and the facts among them. "
                     f"Export with a focus entity and hops (or a higher max_nodes) to see the rest.")
    entities = [kg.entity(n) for n in sorted(keep)]
    facts = [f for f in kg.facts() if f.subject_id in keep and f.object_id in keep]
    return Selection(entities, facts, total_n, total_f, notes, capped, focus_id)


def _short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _label(ent: Entity, red: Redactor) -> str:
    if ent.name:
        return red(ent.name)
    for kind in sorted(ent.identifiers):
        if red.enabled and kind.lower() in CONTACT_KINDS:
            continue
        if ent.identifiers[kind]:
            return red(ent.identifiers[kind][0])
    return f"(unnamed {ent.type.value})"


def _quotes(provs: Iterable, red: Redactor) -> tuple[list[list[str]], int]:
    seen: set[tuple[str, str]] = set()
    out: list = []
    for p in sorted(provs, key=lambda p: (p.doc, p.start, p.end, p.quote)):
        key = (p.doc, p.quote)
        if key in seen:
            continue
        seen.add(key)
        out.append(p)
    # only the quotes shown are redacted (a popular entity has thousands)
    return [[red(p.quote), p.doc] for p in out[:MAX_QUOTES]], max(len(out) - MAX_QUOTES, 0)


def _identifiers(ent: Entity, red: Redactor) -> list[list[str]]:
    rows = []
    for kind in sorted(ent.identifiers):
        if red.enabled and kind.lower() in CONTACT_KINDS:
            continue
        for v in sorted(ent.identifiers[kind]):
            rows.append([kind, red(v)])
    return rows


def page_data(kg: KnowledgeGraph, options: ExportOptions) -> dict:
    """The JSON the page reads: nodes, edges, legend, counts and notes (plain data only)."""
    sel = select(kg, options)
    red = Redactor(kg, enabled=not options.include_contacts)
    ids = {e.id: f"n{i}" for i, e in enumerate(sel.entities)}
    deg = {e.id: 0 for e in sel.entities}
    for f in sel.facts:
        deg[f.subject_id] += 1
        deg[f.object_id] += 1
    from exports.html_layout import layout

    index = {e.id: i for i, e in enumerate(sel.entities)}
    positions = layout(len(sel.entities), [(index[f.subject_id], index[f.object_id])
                                           for f in sel.facts])
    nodes = []
    for e, (x, y) in zip(sel.entities, positions, strict=True):
        full = _label(e, red)
        quotes, more = _quotes(e.provenance, red)
        aliases = sorted({red(a) for a in e.aliases if a and a != e.name})
        nodes.append({
            "id": ids[e.id], "label": _short(full), "name": full, "type": e.type.value,
            "degree": deg[e.id], "aliases": aliases[:MAX_ALIASES],
            "identifiers": _identifiers(e, red), "quotes": quotes, "more": more,
            "focus": e.id == sel.focus_id, "x": x, "y": y,
        })
    edges = []
    for i, f in enumerate(sel.facts):
        p = f.provenance
        edges.append({
            "id": f"e{i}", "from": ids[f.subject_id], "to": ids[f.object_id],
            "label": f.predicate.value, "title": red(f.title), "start": f.start or "",
            "end": f.end or "", "quote": red(p.quote), "doc": p.doc,
        })
    types_present = sorted({e.type.value for e in sel.entities})
    legend = [{"type": t, "color": style[0], "shape": style[1], "glyph": style[2],
               "count": sum(1 for e in sel.entities if e.type.value == t)}
              for t in types_present for style in [TYPE_STYLE.get(t, _FALLBACK_STYLE)]]
    return {
        "nodes": nodes, "edges": edges, "legend": legend, "notes": sel.notes,
        "counts": {"nodes": len(nodes), "edges": len(edges), "total_nodes": sel.total_entities,
                   "total_edges": sel.total_facts, "capped": sel.capped},
    }
