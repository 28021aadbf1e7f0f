"""User overrides of merging: pairs never to merge (undo) and pairs always to merge (force).

A pair names each side by entity id (as printed in graph.json, report.json's merge log or
`merged_ids`) or by name (matched case- and accent-insensitively against the names as written),
optionally restricted to one entity type. Two file shapes:

JSON::

    {"never_merge": [["Acme Labs", "Acme Lab Systems"],
                     {"a": "organization/x-0123456789", "b": "organization/y-9876543210"}],
     "always_merge": [{"a": "Initech", "b": "Initech Global", "type": "Organization"}]}

CSV (header required; type optional)::

    action,a,b,type
    never,Acme Labs,Acme Lab Systems,
    always,Initech,Initech Global,Organization

>>> ov = parse_overrides({"never_merge": [["Acme", "ACME Corp"]]})
>>> ov.never[0].a, ov.never[0].b, ov.always
('Acme', 'ACME Corp', ())
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.merge_cluster import FORCED_RULE, Edge, Signature
from graph.merge_units import Unit
from graph.normalize import surface_key
from ontology import ConfigError, EntityType

__all__ = ["OverridePair", "Overrides", "parse_overrides", "load_overrides", "match_units",
           "never_signatures", "forced_edges"]

_ID = re.compile(r"^[a-z0-9-]+/[a-z0-9-]+$")
_ACTIONS = {"never": "never", "never-merge": "never", "never_merge": "never",
            "always": "always", "always-merge": "always", "always_merge": "always"}


@dataclass(frozen=True, slots=True)
class OverridePair:
    """Two sides (id or name each) and an optional entity type."""

    a: str
    b: str
    type: EntityType | None = None


@dataclass(frozen=True, slots=True)
class Overrides:
    """Never-merge and always-merge pairs."""

    never: tuple[OverridePair, ...] = ()
    always: tuple[OverridePair, ...] = ()


def _pair(item: Any, where: str) -> OverridePair:
    if isinstance(item, dict):
        a, b, etype = item.get("a"), item.get("b"), item.get("type")
    elif isinstance(item, list | tuple) and len(item) in (2, 3):
        a, b, etype = item[0], item[1], (item[2] if len(item) == 3 else None)
    else:
        raise ConfigError(f"{where}: an override pair is [a, b] or {{\"a\": .., \"b\": ..}}, "
                          f"not {item!r}", hint="see graph/overrides.py for the file shape")
    if not isinstance(a, str) or not isinstance(b, str) or not a.strip() or not b.strip():
        raise ConfigError(f"{where}: both sides of {item!r} must be non-empty strings")
    try:
        typed = EntityType(etype) if etype else None
    except ValueError:
        raise ConfigError(f"{where}: unknown entity type {etype!r}",
                          hint="use one of " + ", ".join(t.value for t in EntityType)) from None
    return OverridePair(a.strip(), b.strip(), typed)


def parse_overrides(data: dict[str, Any], where: str = "overrides") -> Overrides:
    """Overrides from the JSON shape; a pair listed both ways is an error."""
    unknown = set(data) - {"never_merge", "always_merge"}
    if unknown:
        raise ConfigError(f"{where}: unknown keys {sorted(unknown)}",
                          hint="use 'never_merge' and 'always_merge'")
    never = tuple(_pair(x, where) for x in data.get("never_merge", []))
    always = tuple(_pair(x, where) for x in data.get("always_merge", []))
    both = {frozenset((p.a, p.b)) for p in never} & {frozenset((p.a, p.b)) for p in always}
    if both:
        raise ConfigError(f"{where}: {sorted(sorted(x) for x in both)} is both never- and "
                          "always-merged", hint="keep one of the two")
    return Overrides(never, always)


def load_overrides(path: str | Path) -> Overrides:
    """Read a JSON or CSV overrides file (see the module docstring)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read overrides file {path}: {exc.strerror}",
                          hint="pass an existing JSON or CSV file to --overrides") from None
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: the top level must be an object")
        return parse_overrides(data, str(path))
    rows = list(csv.DictReader(io.StringIO(text)))
    if rows and not {"action", "a", "b"} <= set(rows[0]):
        raise ConfigError(f"{path}: a CSV needs the columns action,a,b (and optionally type)")
    data: dict[str, list] = {"never_merge": [], "always_merge": []}
    for n, row in enumerate(rows, 2):
        action = _ACTIONS.get((row.get("action") or "").strip().lower())
        if action is None:
            raise ConfigError(f"{path}:{n}: action {row.get('action')!r} is not never or always")
        data[f"{action}_merge"].append({"a": row["a"], "b": row["b"], "type": row.get("type")})
    return parse_overrides(data, str(path))


def match_units(ref: str, etype: EntityType | None, units: Sequence[Unit]) -> list[int]:
    """Indices of the units one side names: by pre-merge id, or by a name as written."""
    if _ID.match(ref):
        return [u.index for u in units if u.id == ref]
    want = surface_key(ref)
    return [u.index for u in units if (etype is None or u.type == etype)
            and any(surface_key(n) == want for n in u.names)]


def never_signatures(ov: Overrides, units: Sequence[Unit]) -> dict[int, Signature]:
    """Never-merge tags per unit: pair i puts (i, 0) on side a's units and (i, 1) on side b's."""
    tags: dict[int, set[tuple[int, int]]] = {}
    for i, pair in enumerate(ov.never):
        for side, ref in enumerate((pair.a, pair.b)):
            for u in match_units(ref, pair.type, units):
                tags.setdefault(u, set()).add((i, side))
    return {u: Signature(never=frozenset(t)) for u, t in tags.items()}


def forced_edges(ov: Overrides, units: Sequence[Unit]) -> list[Edge]:
    """Edges joining every unit of both sides of an always-merge pair, in each merge family
    where both sides occur."""
    edges: list[Edge] = []
    for pair in ov.always:
        sides: list[dict[str, set[int]]] = [{}, {}]
        for side, ref in enumerate((pair.a, pair.b)):
            for u in match_units(ref, pair.type, units):
                sides[side].setdefault(units[u].family, set()).add(u)
        detail = f"override: always merge {pair.a!r} and {pair.b!r}"
        for fam in sorted(set(sides[0]) & set(sides[1])):
            members = sorted(sides[0][fam] | sides[1][fam])
            edges.extend(Edge.make(members[0], u, FORCED_RULE, 1.0, detail) for u in members[1:])
    return edges
