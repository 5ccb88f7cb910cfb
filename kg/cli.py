"""The `kg` command: each command parses its options, calls one library function and prints.

Library errors are KgError subclasses; they are printed as one `Error: ...` line with their exit code.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from kg import config
from kg.errors import InputError, KgError

app = typer.Typer(help="Build a knowledge graph of political events from news articles, and query it.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)


class _State:
    store: str = config.DEFAULT_STORE
    update_url: Optional[str] = None


state = _State()


def fail(error: KgError) -> None:
    typer.echo(f"Error: {error}", err=True)
    raise typer.Exit(error.exit_code)


@app.callback()
def main(
    store: Annotated[Optional[str], typer.Option("--store", envvar="KG_STORE",
                     help=f"Store directory, or a SPARQL endpoint URL. [default: {config.DEFAULT_STORE}]")] = None,
    update_url: Annotated[Optional[str], typer.Option("--update-url", envvar="KG_UPDATE_URL",
                          help="SPARQL update endpoint, when --store is a URL (default: .../query -> .../update).")] = None,
) -> None:
    state.store = config.store_location(store)
    state.update_url = update_url


def _open(write: bool = False):  # type: ignore[no-untyped-def]
    from kg.store import open_store

    return open_store(state.store, write=write, update_url=state.update_url)


def _date(value: Optional[str]) -> Optional[dt.date]:
    from kg.article import parse_date

    return parse_date(value, "--date") if value else None


@app.command()
def add(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .jsonl), directories of them, or - for stdin.")],
    date: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD, overriding any 'date' header.")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Re-extract articles already in the store.")] = False,
    model: Annotated[Optional[str], typer.Option(envvar="KG_MODEL", help=f"spaCy pipeline. [default: {config.DEFAULT_MODEL}]")] = None,
    max_bytes: Annotated[Optional[int], typer.Option(help="Largest article accepted, in bytes (env KG_MAX_BYTES).")] = None,
) -> None:
    """Add articles to the store: extract their facts and write each as its own named graph."""
    from kg.ingest import ingest

    try:
        published = _date(date)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      transient=True, disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("adding articles", total=None)
            store = _open(write=True)
            try:
                report = ingest(paths, store, date=published, replace=replace, model=model, max_bytes=max_bytes,
                                on_article=lambda article, what: progress.advance(task))
            finally:
                store.close()
    except KgError as error:
        fail(error)
        return
    for warning in report.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    for source in report.skipped:
        typer.echo(f"{source}: already in the store, nothing changed (use --replace to re-extract)")
    typer.echo(f"added {len(report.added)}, replaced {len(report.replaced)}, skipped {len(report.skipped)} "
               f"article(s); {report.facts} fact(s) extracted; store: {state.store}")


@app.command()
def query(
    q: Annotated[Optional[str], typer.Argument(help="A built-in query name, a .rq file, or SPARQL text.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE for a query's {{NAME}}.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the built-in queries.")] = False,
) -> None:
    """Run a read-only SPARQL query; results show labels, not IRIs."""
    from kg.queries import FORMATS, format_rows, named_queries, parse_params, resolve_query, rows_of

    try:
        if list_:
            for item in named_queries().values():
                typer.echo(f"{item.name:22} {item.description}")
            return
        if not q:
            raise InputError("give a query: a built-in name (kg query --list), a .rq file, or SPARQL text")
        if fmt not in FORMATS:
            raise InputError(f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}")
        sparql = resolve_query(q, parse_params(param or []))
        store = _open()
        try:
            columns, rows = rows_of(store.query(sparql))
        finally:
            store.close()
        typer.echo(format_rows(columns, rows, fmt), nl=False)
    except KgError as error:
        fail(error)


@app.command()
def viz(out: Annotated[Path, typer.Option(help="HTML file to write.")] = Path("kg-graph.html")) -> None:
    """Write the interactive HTML network (self-contained: opens from disk with no network)."""
    from kg.netgraph import to_networkx
    from kg.viz import render_html

    try:
        store = _open()
        try:
            graph = to_networkx(store)
        finally:
            store.close()
        heading = f"kg: {graph.number_of_nodes()} entities, {graph.number_of_edges()} relations ({state.store})"
        path = render_html(graph, out, heading)
    except KgError as error:
        fail(error)
        return
    typer.echo(f"wrote {path} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nt, nq or jsonld.")] = "trig",
    out: Annotated[Optional[Path], typer.Option(help="File to write (default: stdout).")] = None,
) -> None:
    """Export the whole dataset, named graphs included (trig, nq, jsonld)."""
    from kg.export import export as export_store

    try:
        store = _open()
        try:
            text = export_store(store, fmt)
        finally:
            store.close()
    except KgError as error:
        fail(error)
        return
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}")
    else:
        typer.echo(text, nl=False)


@app.command()
def stats() -> None:
    """Counts by type and by article."""
    from kg.stats import stats as store_stats

    try:
        store = _open()
        try:
            result = store_stats(store)
        finally:
            store.close()
    except KgError as error:
        fail(error)
        return
    typer.echo(f"store: {state.store} ({result.triples} triples)")
    for kind, n in result.by_type.items():
        typer.echo(f"  {kind:18} {n}")
    typer.echo("by article:")
    for title, published, facts in result.by_article:
        typer.echo(f"  {published or '(no date)':10}  {facts:4} facts  {title[:70]}")


@app.command()
def validate() -> None:
    """Check the store against the SHACL shapes (ontology/shapes.ttl)."""
    from kg.validate import validate as validate_store

    try:
        store = _open()
        try:
            result = validate_store(store)
        finally:
            store.close()
    except KgError as error:
        fail(error)
        return
    if result.conforms:
        typer.echo(f"valid: {result.triples} triples conform to the SHACL shapes")
    else:
        typer.echo(result.report)
        typer.echo("Error: the store does not conform to the SHACL shapes (report above)", err=True)
        raise typer.Exit(1)


@app.command(name="eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of gold-annotated articles (JSON, see SCHEMA.md).")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every missed and extra fact.")] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    model: Annotated[Optional[str], typer.Option(envvar="KG_MODEL", help="spaCy pipeline.")] = None,
) -> None:
    """Score extraction against gold articles: precision, recall and F1 per fact type."""
    from kg.evaluate import evaluate

    try:
        result = evaluate(gold_dir, model)
    except KgError as error:
        fail(error)
        return
    if verbose:
        for article in result.articles:
            for kind, gold in article.missed:
                typer.echo(f"{article.id}  MISSED {kind}: {json.dumps({k: v for k, v in gold.items() if k != 'note'}, ensure_ascii=False)}")
            for kind, row in article.extra:
                typer.echo(f"{article.id}  EXTRA  {kind}: {json.dumps({k: v for k, v in row.items()}, ensure_ascii=False)}")
    typer.echo(f"{'fact type':32} {'P':>6} {'R':>6} {'F1':>6}  matched/found/required")
    for kind, tally in [*result.totals.items(), ("overall (micro)", result.overall)]:
        typer.echo(f"{kind:32} {tally.precision:6.3f} {tally.recall:6.3f} {tally.f1:6.3f}  "
                   f"{tally.matched}/{tally.found}/{tally.required}")
    if json_out:
        json_out.write_text(json.dumps(result.as_dict(), indent=2) + "\n")
