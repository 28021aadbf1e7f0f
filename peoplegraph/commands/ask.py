"""`peoplegraph ask OUT QUESTION ...`: the common questions, answered from OUT/graph.json.

The graph is loaded from the build folder (no re-extraction) and asked through `graph.queries`.
Answers print as a table, or with --json / --csv; --why adds the evidence (document and quote).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register", "emit", "parse_month"]

_HELP = """Ask the graph of a build (OUT/graph.json) the usual questions.

\b
  who-knows SKILL [--narrower]       people with a skill; --narrower adds
                                     narrower skills ("databases": all)
  coworkers PERSON [--today YYYY-MM] same organization (or its parts) at
            [--same-org]             the same time, with the overlap
  path A B [--max-paths N] [--via P] shortest connections, facts per hop
  ego NAME [--hops N] [--limit N]    everything within N links
  skills-with SKILL [-k N]           skills most often held with SKILL
  top people|orgs|skills [-k N]      most central, --by degree (default),
                                     pagerank or betweenness
  timeline PERSON                    roles, studies, awards in date order
  search TEXT [--type Person]        fuzzy lookup over names and aliases
  merges NAME [--undo]               why NAME is one entity: each merge, its
                                     rule and evidence; --undo prints the
                                     overrides that keep them apart

A name may be a name, an alias (a merged spelling), an identifier (email, GitHub...) or an entity id; an ambiguous name lists the candidates' ids, an unknown one the closest names. 'present' in a role means --today (default: this month).

\b
Examples:
  peoplegraph ask out who-knows python --why
  peoplegraph ask out coworkers "Ada Park" --today 2024-06 --csv
  peoplegraph ask out top skills --by pagerank -k 5 --json
"""

Json = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
Csv = Annotated[bool, typer.Option("--csv", help="Print the answer as CSV.")]
Why = Annotated[bool, typer.Option("--why", help="Add provenance: document and quote.")]
Via = Annotated[list[str] | None, typer.Option(
    "--via", help="Only links of this predicate, e.g. worked-at (repeatable).")]


def parse_month(text: str) -> tuple[int, int]:
    """'2024-06' -> (2024, 6); QueryError otherwise.

    >>> parse_month("2024-06")
    (2024, 6)
    """
    from ontology import QueryError

    parts = text.strip().split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        return int(parts[0]), int(parts[1])
    raise QueryError(f"--today {text!r} is not YYYY-MM", hint="e.g. --today 2024-06")


def emit(answer, *, as_json: bool = False, as_csv: bool = False, why: bool = False,
         title: str = "") -> str:
    """The text `peoplegraph ask` prints for an answer (a table unless json/csv)."""
    from ontology import QueryError

    if as_json and as_csv:
        raise QueryError("give --json or --csv, not both")
    if as_json:
        data = answer.model_dump(mode="json") if why else answer.without_provenance()
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    records = answer.records(why=why)
    if as_csv:
        buf = io.StringIO()
        if records:
            w = csv.DictWriter(buf, fieldnames=list(records[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(records)
        return buf.getvalue()
    return _table(records, title)


def _table(records: list[dict[str, str]], title: str) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(record=True, width=160, file=io.StringIO())
    if not records:
        console.print(Text(f"{title}: no answer" if title else "no answer"))
        return console.export_text()
    table = Table(title=Text(title) if title else None, show_edge=False,
                  caption=f"{len(records)} row(s)")
    for col in records[0]:
        table.add_column(Text(col), overflow="fold")
    for rec in records:
        table.add_row(*(Text(v) for v in rec.values()))   # Text: never rich markup
    console.print(table)
    return console.export_text()


def _load(ctx: typer.Context):
    import gc

    from graph.store import load

    kg = load(ctx.obj["out"])
    gc.freeze()     # the loaded graph lives until exit: keep it out of the collector's passes
    return kg


def _print(answer, as_json: bool, as_csv: bool, why: bool, title: str) -> None:
    typer.echo(emit(answer, as_json=as_json, as_csv=as_csv, why=why, title=title), nl=False)


def register(app: typer.Typer) -> None:
    ask = typer.Typer(help=_HELP, no_args_is_help=True, add_completion=False)

    @ask.callback()
    def _out(ctx: typer.Context,
             out: Annotated[Path, typer.Argument(help="Build folder (holds graph.json).")]) -> None:
        ctx.obj = {"out": out}

    @ask.command("who-knows")
    def who_knows(ctx: typer.Context, skill: str,
                  narrower: Annotated[bool, typer.Option(help="Include narrower skills.")] = False,
                  as_json: Json = False, as_csv: Csv = False, why: Why = False) -> None:
        """People who used a skill."""
        from graph.queries import who_knows as q

        ans = q(_load(ctx), skill, include_narrower=narrower)
        _print(ans, as_json, as_csv, why, f"who knows {ans.skill.name}")

    @ask.command("coworkers")
    def coworkers(ctx: typer.Context, person: str,
                  today: Annotated[str | None, typer.Option(
                      help="YYYY-MM that 'present' means (default: this month).")] = None,
                  same_org: Annotated[bool, typer.Option(
                      "--same-org", help="Only the very same organization, not its parts.")] = False,
                  as_json: Json = False, as_csv: Csv = False, why: Why = False) -> None:
        """People who worked with PERSON, with the overlapping months."""
        import datetime

        from graph.queries import coworkers as q

        now = datetime.date.today()
        month = parse_month(today) if today else (now.year, now.month)
        ans = q(_load(ctx), person, today=month, include_parts=not same_org)
        _print(ans, as_json, as_csv, why, f"coworkers of {ans.person.name}")

    @ask.command("path")
    def path(ctx: typer.Context, a: str, b: str,
             max_paths: Annotated[int, typer.Option(help="At most this many paths.")] = 3,
             via: Via = None, as_json: Json = False, as_csv: Csv = False, why: Why = False) -> None:
        """Shortest paths between A and B, with the facts on each hop."""
        from graph.queries import path as q

        ans = q(_load(ctx), a, b, max_paths=max_paths, via=via or None)
        _print(ans, as_json, as_csv, why, f"{ans.source.name} -> {ans.target.name}")

    @ask.command("ego")
    def ego(ctx: typer.Context, name: str,
            hops: Annotated[int, typer.Option(help="How many links away.")] = 2,
            limit: Annotated[int, typer.Option(help="At most this many entities.")] = 500,
            via: Via = None, as_json: Json = False, as_csv: Csv = False, why: Why = False) -> None:
        """Everything within --hops links of NAME, and the facts among it."""
        from graph.queries import ego as q

        ans = q(_load(ctx), name, hops=hops, max_nodes=limit, via=via or None)
        cut = ", truncated" if ans.truncated else ""
        _print(ans, as_json, as_csv, why,
               f"{ans.center.name}: {len(ans.nodes)} entities within {hops} hop(s){cut}")

    @ask.command("skills-with")
    def skills_with(ctx: typer.Context, skill: str,
                    k: Annotated[int, typer.Option("-k", help="How many skills.")] = 20,
                    as_json: Json = False, as_csv: Csv = False, why: Why = False) -> None:
        """Skills most often held together with SKILL."""
        from graph.queries import skills_with as q

        ans = q(_load(ctx), skill, k=k)
        _print(ans, as_json, as_csv, why, f"skills with {ans.skill.name} ({ans.holders} people)")

    @ask.command("top")
    def top(ctx: typer.Context,
            kind: Annotated[str, typer.Argument(help="people, orgs or skills")],
            by: Annotated[str, typer.Option(help="degree, pagerank or betweenness")] = "degree",
            k: Annotated[int, typer.Option("-k", help="How many.")] = 10,
            as_json: Json = False, as_csv: Csv = False, why: Why = False) -> None:
        """The most central people, organizations or skills."""
        from graph.queries import top as q

        ans = q(_load(ctx), kind, by=by, k=k)
        approx = f" (estimated from {ans.samples} sources)" if ans.approximate else ""
        _print(ans, as_json, as_csv, why, f"top {kind} by {by}{approx}")

    @ask.command("timeline")
    def timeline(ctx: typer.Context, person: str, as_json: Json = False, as_csv: Csv = False,
                 why: Why = False) -> None:
        """PERSON's roles, studies and awards in date order."""
        from graph.queries import timeline as q

        ans = q(_load(ctx), person)
        _print(ans, as_json, as_csv, why, f"timeline of {ans.person.name}")

    @ask.command("search")
    def search(ctx: typer.Context, text: str,
               k: Annotated[int, typer.Option("-k", help="How many hits.")] = 10,
               etype: Annotated[list[str] | None, typer.Option(
                   "--type", help="Only this entity type, e.g. Person (repeatable).")] = None,
               as_json: Json = False, as_csv: Csv = False, why: Why = False) -> None:
        """Fuzzy lookup of TEXT over names and aliases."""
        from graph.queries import search as q
        from ontology import EntityType, QueryError

        try:
            types = [EntityType(t) for t in etype] if etype else None
        except ValueError:
            raise QueryError(f"unknown --type in {etype}",
                             hint=f"choose from: {', '.join(t.value for t in EntityType)}") from None
        _print(q(_load(ctx), text, k=k, types=types), as_json, as_csv, why, f"search {text!r}")

    @ask.command("merges")
    def merges(ctx: typer.Context, name: str,
               undo: Annotated[bool, typer.Option(
                   "--undo", help="Print the overrides file (JSON) that undoes these merges; "
                   "build again with --overrides FILE.")] = False,
               as_json: Json = False, as_csv: Csv = False) -> None:
        """Why NAME is one entity: each merge behind it, with its rule and evidence."""
        from graph.queries import merges as q

        ans = q(_load(ctx), name)
        if undo:
            typer.echo(json.dumps(ans.undo(), ensure_ascii=False, indent=1))
            return
        _print(ans, as_json, as_csv, False, f"merges into {ans.entity.name} ({ans.entity.id})")

    app.add_typer(ask, name="ask", help=_HELP)
