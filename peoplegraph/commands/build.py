"""`peoplegraph build DOCS... -o OUT`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register", "parse_outputs"]


def parse_outputs(value: str | None) -> tuple[str, ...] | None:
    """Exporter names from a comma-separated option value (None: the default set).

    >>> parse_outputs("turtle, facts-jsonl")
    ('turtle', 'facts-jsonl')
    """
    if value is None:
        return None
    from exports import exporter_names
    from ontology import ConfigError

    names = tuple(n.strip() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in exporter_names()]
    if unknown or not names:
        raise ConfigError(f"unknown output(s): {', '.join(unknown) or '(none given)'}",
                          hint=f"choose from: {', '.join(exporter_names())}")
    return names


def _check_options(overrides: Path | None, jobs: int) -> None:
    """Fail fast, before the long extraction, on a bad overrides file or --jobs."""
    from ontology import ConfigError

    if jobs < 0:
        raise ConfigError(f"--jobs must be 0 (one per CPU) or more, not {jobs}")
    if overrides is not None:
        from graph.overrides import load_overrides

        load_overrides(overrides)


def register(app: typer.Typer) -> None:
    @app.command("build")
    def build(
        paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
        out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("out"),
        max_bytes: Annotated[int, typer.Option(help="Refuse input files larger than this.")] = 20_000_000,
        jobs: Annotated[int, typer.Option(
            "-j", "--jobs", help="Worker processes for extraction (0: one per CPU).")] = 1,
        outputs: Annotated[str | None, typer.Option(
            "--outputs", metavar="NAMES",
            help="Comma-separated exporters to run (default: facts-jsonl,graph-json,turtle,html).")
        ] = None,
        doc_timeout: Annotated[float, typer.Option(
            "--doc-timeout", metavar="SECONDS",
            help="Give up a document (reported failed) after this long; 0: no limit.")] = 600.0,
        no_cache: Annotated[bool, typer.Option(
            "--no-cache", help="Extract every document again; do not read or write OUT/cache.")
        ] = False,
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
        facts.jsonl, graph.json, report.json and timings.json into OUT.

        Outputs appear together when the build succeeds (an interrupted build leaves OUT as it
        was); unchanged documents reuse their facts from OUT/cache.
        """
        import os

        from rich.console import Console

        from ontology import PeopleGraphError
        from peoplegraph.pipeline import DEFAULT_OUTPUTS, BuildConfig

        err = Console(stderr=True)
        try:
            _check_options(overrides, jobs)
            names = parse_outputs(outputs) or DEFAULT_OUTPUTS
        except PeopleGraphError as exc:
            err.print(f"[red]error[/red] {exc}", markup=True, highlight=False)
            raise typer.Exit(code=2) from None
        cfg = BuildConfig(paths=list(paths), out=out, max_bytes=max_bytes, base_iri=base_iri,
                          include_contacts=include_contacts, merge=not no_merge,
                          overrides=overrides, outputs=names, cache=not no_cache,
                          doc_timeout=doc_timeout or None,
                          jobs=jobs or os.cpu_count() or 1)
        result = _run_with_progress(cfg, err)
        _print_summary(result, out, err)
        if result.failed:
            raise typer.Exit(code=1)


def _run_with_progress(cfg, err):
    """run_build with a progress bar on stderr; failed documents are printed as they come."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from peoplegraph.pipeline import collect_inputs, run_build

    n_files = len(collect_inputs(cfg.paths, exclude=[cfg.out])[0])
    with Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), console=err, transient=True) as bar:
        task = bar.add_task("", total=n_files)

        def tick(rec) -> None:
            bar.update(task, advance=1, description=Path(rec.path).name)
            if rec.status == "failed":
                err.print(f"[red]error[/red] {rec.reason}", markup=True, highlight=False)

        return run_build(cfg, progress=tick)


def _print_summary(result, out: Path, err) -> None:
    from rich.table import Table

    table = Table(title=f"peoplegraph build -> {out}", show_edge=False)
    for col in ("status", "documents"):
        table.add_column(col)
    for status in ("ok", "skipped", "failed"):
        table.add_row(status, str(sum(r.status == status for r in result.inputs)))
    table.add_row("reused", str(len(result.reused)))
    table.add_row("facts", str(result.facts))
    table.add_row("entities", str(result.entities))
    table.add_row("seconds", f"{result.timings['total_s']:.2f}")
    err.print(table)
    texts = [p for p in result.outputs if p.parent.name == "text"]
    for p in result.outputs:
        if p not in texts:
            err.print(f"  wrote {p}", highlight=False)
    if texts:
        err.print(f"  wrote {len(texts)} document text(s) that evidence spans index, in "
                  f"{texts[0].parent}", highlight=False)
