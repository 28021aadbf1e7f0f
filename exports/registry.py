"""Exporters registered by name; each module registers itself and is imported on first use.

An exporter is `func(kg, out_dir, options) -> list[Path]` and writes only inside out_dir.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from exports.options import ExportOptions
from ontology import ExportError

__all__ = ["Exporter", "register_exporter", "get_exporter", "exporter_names", "run_exporter"]

Exporter = Callable[..., list[Path]]


@dataclass(frozen=True)
class ExporterSpec:
    name: str
    func: Exporter
    description: str


# name -> module that registers it
_MODULES: dict[str, str] = {
    "facts-jsonl": "exports.jsonl",
    "graph-json": "exports.jsonl",
    "turtle": "exports.rdf", "ntriples": "exports.rdf", "jsonld": "exports.rdf",
    "trig": "exports.rdf", "nquads": "exports.rdf",
    "html": "exports.html",
    "cypher": "exports.cypher",
    "neo4j-csv": "exports.neo4j_csv",
    "graphml": "exports.graphml", "gexf": "exports.graphml",
}
_EXPORTERS: dict[str, ExporterSpec] = {}


def register_exporter(name: str, description: str = ""):
    def deco(func: Exporter) -> Exporter:
        _EXPORTERS[name] = ExporterSpec(name, func, description or (func.__doc__ or "").strip())
        return func

    return deco


def exporter_names() -> list[str]:
    return sorted(set(_MODULES) | set(_EXPORTERS))


def get_exporter(name: str) -> ExporterSpec:
    if name not in _EXPORTERS and name in _MODULES:
        importlib.import_module(_MODULES[name])
    if name not in _EXPORTERS:
        raise ExportError(f"no exporter named {name!r}", hint=f"choose one of: {', '.join(exporter_names())}")
    return _EXPORTERS[name]


def run_exporter(name: str, kg, out_dir: str | Path, options: ExportOptions | None = None) -> list[Path]:
    return get_exporter(name).func(kg, Path(out_dir), options or ExportOptions())
