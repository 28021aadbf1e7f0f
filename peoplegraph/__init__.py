"""PeopleGraph: the app package (CLI, pipeline). The libraries are ontology, extract, graph,
exports."""

__version__ = "0.1.0"
__all__ = ["__version__"]
