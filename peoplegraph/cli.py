"""The `peoplegraph` command line. Each command lives in `peoplegraph.commands.<name>`."""

from __future__ import annotations

import importlib

import typer

__all__ = ["app", "main", "COMMANDS"]

#: command modules, in help order
COMMANDS: tuple[str, ...] = ("build", "query", "export", "load", "ask")

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="PeopleGraph: resumes, CVs, bios and articles -> a knowledge graph.")



@app.callback()
def _root() -> None:
    """PeopleGraph: resumes, CVs, bios and articles -> a knowledge graph."""


for _name in COMMANDS:
    importlib.import_module(f"peoplegraph.commands.{_name}").register(app)


def main() -> None:
    from ontology import PeopleGraphError

    try:
        app()
    except PeopleGraphError as exc:
        typer.echo(f"peoplegraph: {exc}", err=True)
        raise SystemExit(2) from None
