"""One error tree. Every message names the document (when there is one) and what to do."""

from __future__ import annotations

__all__ = ["PeopleGraphError", "InputError", "ExtractionError", "GraphError",
           "ExportError", "QueryError", "ConfigError"]


class PeopleGraphError(Exception):
    """Base of all PeopleGraph errors.

    >>> str(InputError("file is empty", doc="cv.txt", hint="remove it or add text"))
    'cv.txt: file is empty (remove it or add text)'
    """

    def __init__(self, message: str, *, doc: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.doc = doc
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        head = f"{self.doc}: {self.message}" if self.doc else self.message
        return f"{head} ({self.hint})" if self.hint else head


class InputError(PeopleGraphError):
    """A document cannot be read (missing, empty, binary, too large, undecodable)."""


class ExtractionError(PeopleGraphError):
    """An extractor failed on a document."""


class GraphError(PeopleGraphError):
    """The graph is inconsistent or a merge instruction cannot be applied."""


class ExportError(PeopleGraphError):
    """An exporter cannot write its output."""


class QueryError(PeopleGraphError):
    """A query is malformed or names something the graph does not hold."""


class ConfigError(PeopleGraphError):
    """A configuration value or command-line option is invalid."""
