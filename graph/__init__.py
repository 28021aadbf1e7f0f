"""The graph layer: building, merging, the KnowledgeGraph, queries and SPARQL."""

from graph.build import build_graph
from graph.kg import KnowledgeGraph

__all__ = ["KnowledgeGraph", "build_graph"]
