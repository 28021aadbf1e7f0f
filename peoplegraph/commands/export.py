"""`peoplegraph export OUT --to NAME [--dest DIR]`: run any registered exporter on a build."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]

_HELP = """Write a build (OUT/graph.json) in another format, without extracting again.

\b
Graph databases and graph tools:
  cypher     graph.cypher: Neo4j Cypher script, MERGE on stable ids (cypher-shell -f)
  neo4j-csv  neo4j/: CSV files and import.sh for `neo4j-admin database import`
  graphml    graph.graphml (yEd, Gephi, Cytoscape, networkx)
  gexf       graph.gexf (Gephi)
`--list` shows every exporter name (RDF formats, facts.jsonl, HTML ...).

Files go into OUT, or into --dest DIR (neo4j-csv writes a neo4j/ folder inside it). To load
the graph into an embedded Cypher database, see `peoplegraph load kuzu`.

\b
Examples:
  peoplegraph export out --to cypher
  peoplegraph export out --to neo4j-csv --dest /var/lib/neo4j/import
  peoplegraph export out --to graphml --to gexf
  peoplegraph export out --to html --focus "Ada Park" --hops 1
"""


def _list() -> None:
    from exports import exporter_names, get_exporter
    from ontology import PeopleGraphError

    for name in exporter_names():
        try:
            about = get_exporter(name).description.splitlines()[0]
        except (ImportError, PeopleGraphError, IndexError):
            about = "(not available in this installation)"
        typer.echo(f"{name:12} {about}")


def register(app: typer.Typer) -> None:
    @app.command("export", help=_HELP)
    def export(
        out: Annotated[Path | None, typer.Argument(help="Build folder (holds graph.json).")] = None,
        to: Annotated[list[str] | None, typer.Option(
            "--to", "-t", help="Exporter name (repeatable); see --list.")] = None,
        dest: Annotated[Path | None, typer.Option(
            "--dest", "-d", help="Write here instead of OUT.")] = None,
        focus: Annotated[str | None, typer.Option(
            help="HTML: draw the neighbourhood of this entity (name or id).")] = None,
        hops: Annotated[int, typer.Option(help="HTML: hops around --focus.")] = 2,
        include_contacts: Annotated[bool, typer.Option(
            "--include-contacts", help="Write emails and phone numbers in plain text.")] = False,
        base_iri: Annotated[str | None, typer.Option(help="Base IRI for RDF outputs.")] = None,
        list_names: Annotated[bool, typer.Option("--list", help="List exporter names and exit.")] = False,
    ) -> None:
        from exports import ExportOptions, exporter_names, run_exporter
        from graph.store import load
        from ontology import ConfigError

        if list_names:
            _list()
            return
        if out is None or not to:
            raise ConfigError("give OUT and at least one --to NAME",
                              hint="e.g. `peoplegraph export out --to cypher`; --list shows names")
        unknown = [name for name in to if name not in exporter_names()]
        if unknown:
            raise ConfigError(f"no exporter named {', '.join(map(repr, unknown))}",
                              hint=f"choose from: {', '.join(exporter_names())}")
        if hops < 0:
            raise ConfigError(f"--hops {hops} is negative")
        options = ExportOptions(focus=focus, hops=hops, include_contacts=include_contacts,
                                **({"base_iri": base_iri} if base_iri else {}))
        kg = load(out)
        for name in to:
            for path in run_exporter(name, kg, dest or out, options):
                typer.echo(f"wrote {path}", err=True)
