"""`peoplegraph build DOCS... -o OUT`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("build")
    def build(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
        out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("out"),
        max_bytes: Annotated[int, typer.Option(help="Refuse input files larger than this.")] = 20_000_000,
        base_iri: Annotated[str | None, typer.Option(help="Base IRI for RDF outputs.")] = None,
        include_contacts: Annotated[bool, typer.Option(
            "--include-contacts", help="Write emails and phone numbers in plain text.")] = False,
        no_merge: Annotated[bool, typer.Option(
            "--no-merge", help="Keep every entity as written apart (no duplicate merging).")] = False,
        overrides: Annotated[Path | None, typer.Option(
            "--overrides", metavar="FILE",
            help="JSON or CSV of never-merge / always-merge pairs (names or ids).")] = None,
    ) -> None:
        """Read documents, extract facts, merge duplicates, write graph.ttl, graph.html,
        facts.jsonl, graph.json and report.json into OUT."""
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
        from rich.table import Table

        from peoplegraph.pipeline import BuildConfig, collect_inputs, run_build

        err = Console(stderr=True)
        if overrides is not None:  # check the file before the long extraction
            from graph.overrides import load_overrides
            from ontology import PeopleGraphError

            try:
                load_overrides(overrides)
            except PeopleGraphError as exc:
                err.print(f"[red]error[/red] {exc}", markup=True, highlight=False)
                raise typer.Exit(code=2) from None
        cfg = BuildConfig(paths=list(paths), out=out, max_bytes=max_bytes, base_iri=base_iri,
                          include_contacts=include_contacts, merge=not no_merge,
                          overrides=overrides)
        n_files = len(collect_inputs(cfg.paths)[0])
        with Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), console=err, transient=True) as bar:
            task = bar.add_task("", total=n_files)

            def tick(rec) -> None:
                bar.update(task, advance=1, description=Path(rec.path).name)
                if rec.status == "failed":
                    err.print(f"[red]error[/red] {rec.reason}", markup=True, highlight=False)

            result = run_build(cfg, progress=tick)
        table = Table(title=f"peoplegraph build -> {out}", show_edge=False)
        for col in ("status", "documents"):
            table.add_column(col)
        for status in ("ok", "skipped", "failed"):
            table.add_row(status, str(sum(r.status == status for r in result.inputs)))
        table.add_row("facts", str(result.facts))
        table.add_row("entities", str(result.entities))
        table.add_row("seconds", f"{result.timings['total_s']:.2f}")
        err.print(table)
        for p in result.outputs:
            err.print(f"  wrote {p}", highlight=False)
        if result.failed:
            raise typer.Exit(code=1)
