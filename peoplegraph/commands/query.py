"""`peoplegraph query OUT "SPARQL"`: SPARQL over a build, with ready queries and parameters."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register", "QUERIES_DIR", "ready_queries"]

#: the ready queries shipped with PeopleGraph (one .rq file each; header comments document them)
QUERIES_DIR = Path(__file__).resolve().parents[1] / "queries"

_HELP = """Run SPARQL on a build (OUT folder or an RDF file) with an embedded Oxigraph store.

Give the query as text, with --file q.rq, or pick a ready query with --ready NAME:

\b
  who-has-skill           --param skill=Python
  coworkers               [--param person=NAME] [--param org=NAME]
  people-at-org           --param org=NAME   (the organization and its parts, via pg:partOf*)
  publications-coauthors  [--param person=NAME]
  patents-by-employer     [--param org=NAME]  (employer at the patent's date)

`--list` shows each ready query with what it returns and its parameters. From OUT it loads graph.nq or graph.trig when present (one named graph per document, for GRAPH queries; write them with the nquads/trig exporters), else graph.ttl, graph.nt, else graph.json.

Parameters: `$name` in a query is a variable until --param name=VALUE binds it to the string VALUE (escaped: a value cannot change the query). .rq files declare parameters in header comments (`# param: org = -- help` is optional with default "", `# param: skill -- help` is required). The default graph is the union of all graphs; prefixes pg:, rdf:, rdfs:, xsd:, owl:, skos:, schema:, foaf:, org:, prov: are predeclared. Table cells show IRIs as prefix:local; json and csv give full IRIs.

\b
Examples:
  peoplegraph query out --ready who-has-skill --param skill=Python
  peoplegraph query out "SELECT ?n WHERE { ?p a pg:Person ; rdfs:label ?n }" --format csv
  peoplegraph query out --file my.rq --param org=Initech --format json
"""


def ready_queries(folder: Path = QUERIES_DIR) -> dict:
    """name -> ReadyQuery for every .rq file in `folder`, sorted by name."""
    from graph.sparql import ReadyQuery

    return {p.stem: ReadyQuery.load(p) for p in sorted(folder.glob("*.rq"))}


def _params(pairs: list[str]) -> dict[str, str]:
    from ontology import QueryError

    out: dict[str, str] = {}
    for pair in pairs:
        name, eq, value = pair.partition("=")
        if not eq or not name.strip():
            raise QueryError(f"--param {pair!r} is not NAME=VALUE", hint="e.g. --param skill=Python")
        out[name.strip()] = value
    return out


def _print_list(queries: dict) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, title="ready queries (--ready NAME)")
    for col in ("name", "returns", "parameters"):
        table.add_column(col)
    for name, q in queries.items():
        params = "\n".join(f"{p.name}{'' if p.default is None else ' (optional)'}: {p.help}"
                           for p in q.params.values())
        table.add_row(Text(name), Text(f"{q.title}. {q.about}"), Text(params or "none"))
    Console().print(table)


def _print_table(result, max_width: int | None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from graph.rdf import prefixes
    from graph.sparql import term_text

    console = Console()
    if result.kind == "ask":
        console.print(Text("true" if result.boolean else "false"))
        return
    pfx = prefixes()
    table = Table(show_edge=False, caption=f"{len(result.rows)} row(s)")
    for v in result.variables:
        table.add_column(Text(v), overflow="fold", max_width=max_width)
    for row in result.rows:
        table.add_row(*(Text(term_text(t, pfx)) for t in row))  # Text: never rich markup
    console.print(table)


def register(app: typer.Typer) -> None:
    @app.command("query", help=_HELP)
    def query(
        out: Annotated[Path, typer.Argument(help="Build folder (OUT) or an RDF file.")],
        sparql: Annotated[str | None, typer.Argument(help="SPARQL query text.")] = None,
        file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from this .rq file.")] = None,
        ready: Annotated[str | None, typer.Option("--ready", "-r", help="Run a ready query by name.")] = None,
        param: Annotated[list[str] | None, typer.Option(
            "--param", "-p", help="NAME=VALUE for $NAME in the query (repeatable).")] = None,
        fmt: Annotated[str, typer.Option("--format", help="table, json (SPARQL JSON results) or csv.")] = "table",
        list_ready: Annotated[bool, typer.Option("--list", help="List the ready queries and exit.")] = False,
        max_width: Annotated[int | None, typer.Option(help="Table: widest column, in characters.")] = None,
    ) -> None:
        from graph.sparql import ReadyQuery, open_store, run_query, to_csv, to_json
        from ontology import QueryError

        queries = ready_queries()
        if list_ready:
            _print_list(queries)
            return
        if fmt not in ("table", "json", "csv"):
            raise QueryError(f"--format {fmt!r} is not table, json or csv")
        if sum(x is not None for x in (sparql, file, ready)) != 1:
            raise QueryError("give exactly one of: a SPARQL text, --file q.rq, --ready NAME",
                             hint="see `peoplegraph query --help`")
        if ready is not None:
            if ready not in queries:
                raise QueryError(f"no ready query named {ready!r}",
                                 hint=f"choose one of: {', '.join(queries)}")
            q = queries[ready]
        elif file is not None:
            if not file.is_file():
                raise QueryError(f"{file} does not exist")
            q = ReadyQuery.load(file)
        else:
            q = ReadyQuery.parse("query", sparql or "")
        declared = q.params if (ready is not None or q.params) else None
        result = run_query(open_store(out), q.text, _params(param or []), declared)
        if fmt == "json":
            typer.echo(to_json(result), nl=False)
        elif fmt == "csv":
            typer.echo(to_csv(result), nl=False)
        else:
            _print_table(result, max_width)
