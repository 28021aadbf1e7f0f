"""The layers import one way: ontology <- extract <- graph <- exports <- peoplegraph."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ["ontology", "extract", "graph", "exports", "peoplegraph"]
RANK = {name: i for i, name in enumerate(LAYERS)}
HEAVY = {"spacy", "networkx", "rdflib", "pyoxigraph", "pyvis", "kuzu", "pyshacl", "typer", "rich"}


def imported_top_levels(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name.split(".")[0]) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


def layer_files():
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            yield layer, path


def violations(files) -> list[str]:
    bad = []
    for layer, path in files:
        for lineno, top in imported_top_levels(path):
            if top in RANK and RANK[top] > RANK[layer]:
                bad.append(f"{_rel(path)}:{lineno}: {layer} imports {top}")
            if layer == "ontology" and top in HEAVY:
                bad.append(f"{_rel(path)}:{lineno}: ontology imports heavy {top}")
    return bad


def test_no_layer_imports_a_higher_one():
    assert violations(layer_files()) == []


def test_the_checker_catches_an_upward_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from exports.rdf import write\nimport spacy\n")
    found = violations([("graph", bad), ("ontology", bad)])
    assert any("graph imports exports" in v for v in found)
    assert any("ontology imports heavy spacy" in v for v in found)
    assert any("ontology imports exports" in v for v in found)


@pytest.mark.parametrize("layer", LAYERS)
def test_every_layer_is_a_package(layer):
    assert (ROOT / layer / "__init__.py").exists()


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
