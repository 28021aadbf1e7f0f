"""`peoplegraph load kuzu OUT DBDIR`: load a build into an embedded graph database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register", "database_path"]

_KUZU_HELP = """Create a Kùzu database (embedded, Cypher) from a build's graph.json.

DBDIR is a folder (created when missing) that receives graph.kuzu; a path ending in .kuzu is
the database file itself. Schema: a node table per entity type (Person, Organization ...) keyed
by `id`, a rel table per predicate (WORKED_AT, STUDIED_AT, USED_SKILL, PART_OF ...) with the
role (title, start, end, location) and provenance (doc, evidence_start, evidence_end, quote,
extractor, confidence, id) properties. Needs Kùzu: pip install 'peoplegraph\\[kuzu]'.

\b
Example:
  peoplegraph load kuzu out db
  python -c "import kuzu; c = kuzu.Connection(kuzu.Database('db/graph.kuzu'));
    print(c.execute('MATCH (p:Person)-\\[r:WORKED_AT]->(o) RETURN p.name, r.title, o.name').get_all())"
"""


def database_path(dbdir: Path) -> Path:
    """The Kùzu database file for DBDIR: DBDIR itself when it ends in .kuzu, else DBDIR/graph.kuzu.

    >>> database_path(Path("db")).as_posix(), database_path(Path("x/my.kuzu")).as_posix()
    ('db/graph.kuzu', 'x/my.kuzu')
    """
    return dbdir if dbdir.suffix == ".kuzu" else dbdir / "graph.kuzu"


def register(app: typer.Typer) -> None:
    load_app = typer.Typer(no_args_is_help=True, help="Load a build into an embedded graph database.")
    app.add_typer(load_app, name="load")

    @load_app.command("kuzu", help=_KUZU_HELP)
    def kuzu(
        out: Annotated[Path, typer.Argument(help="Build folder (holds graph.json).")],
        dbdir: Annotated[Path, typer.Argument(help="Database folder (or a .kuzu file).")],
        replace: Annotated[bool, typer.Option(
            "--replace", help="Delete an existing database there first.")] = False,
        include_contacts: Annotated[bool, typer.Option(
            "--include-contacts", help="Store emails and phone numbers in plain text.")] = False,
    ) -> None:
        from exports import ExportOptions
        from exports.kuzu import load_kuzu
        from graph.store import load
        from ontology import ConfigError

        kg = load(out)
        db = database_path(dbdir)
        if db.exists() and not replace:
            raise ConfigError(f"{db} already exists", hint="add --replace to load it again")
        for path in (db, db.with_name(db.name + ".wal")):
            path.unlink(missing_ok=True)
        counts = load_kuzu(kg, db, ExportOptions(include_contacts=include_contacts))
        typer.echo(f"loaded {db}", err=True)
        for name, n in counts.items():
            typer.echo(f"{name:24} {n}")
