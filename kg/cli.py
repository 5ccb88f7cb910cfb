"""The `kg` command: each command parses its options, calls one library function and prints.

Library errors are KgError subclasses; they are printed as one `Error: ...` line with their exit code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from kg import __version__, config
from kg.errors import InputError, KgError
from kg.terminal import printable

try:  # typer 0.29 carries its own copy of click
    from typer._click.core import Context, Parameter
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - an older typer, over click
    from click.core import Context, Parameter  # type: ignore[assignment,no-redef]
    from click.exceptions import UsageError  # type: ignore[assignment,no-redef]


class _Argument(TyperArgument):
    """`PATH...` in help and usage, not `paths <list[str]>` or `{paths}...`."""

    def display_type_rich(self, ctx: Context) -> str | None:
        return None  # the name column already shows the metavar

    def get_usage_pieces(self, ctx: Context) -> list[str]:
        shown = self.metavar or str(self.name).upper() + ("..." if self.nargs != 1 else "")
        return [shown if self.required else f"[{shown}]"]


class _Option(TyperOption):
    """`--replace` for a flag and `--date DATE` for an option with a value, not `--replace <bool>`, `--date <str>`."""

    def display_type_rich(self, ctx: Context) -> str | None:
        if self.is_flag or self.count:
            return None
        return self.metavar or str(self.name).upper()


def _readable(params: list[Parameter]) -> list[Parameter]:
    for param in params:
        if type(param) is TyperArgument:
            param.__class__ = _Argument
        elif type(param) is TyperOption:
            param.__class__ = _Option
    return params


def _one_line(error: UsageError) -> typer.Exit:
    """typer's own usage error (unknown option, missing argument, bad value) as one `Error:` line, exit 2."""
    hint = f"; see {error.ctx.command_path} --help" if error.ctx is not None else ""
    _echo(f"Error: {error.format_message().rstrip('.')}{hint}", err=True, one_line=True)
    return typer.Exit(2)


class _Command(TyperCommand):
    def get_params(self, ctx: Context) -> list[Parameter]:
        return _readable(super().get_params(ctx))


def _stdout_gone() -> None:
    """After stdout failed (a full device, a closed pipe), send what is still buffered nowhere, so that Python's
    flush at exit does not fail again with a traceback of its own."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class _Group(TyperGroup):
    """kg itself: readable help, and usage errors as one line (typer draws a box of several)."""

    def main(self, *args: object, **kwargs: object) -> object:
        try:
            try:
                return super().main(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                sys.stdout.flush()  # here, where a failure can still be told in one line
        except OSError as exc:  # stdout on a full device (/dev/full) or a closed pipe; a disk that failed under a command
            if exc.errno is not None and exc.filename is None:  # a write to stdout (RocksDB's errors carry no errno)
                _stdout_gone()
                _echo(f"Error: cannot write the output ({exc.strerror or exc}); free some space or write it elsewhere",
                      err=True, one_line=True)
            else:
                _echo(f"Error: {exc.strerror or exc}{f' ({exc.filename})' if exc.filename else ''}; check the disk and the "
                      "files kg uses, then run the command again", err=True, one_line=True)
            sys.exit(1)

    def get_params(self, ctx: Context) -> list[Parameter]:
        return _readable(super().get_params(ctx))

    def make_context(self, info_name: str | None, args: list[str], parent: Context | None = None,
                     **extra: object) -> Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except UsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":  # plain `kg`: the help, as typer shows it
                raise
            raise _one_line(error) from None

    def invoke(self, ctx: Context) -> object:
        try:
            return super().invoke(ctx)
        except UsageError as error:
            raise _one_line(error) from None
        except KeyboardInterrupt:  # kg add says more; every change kg makes is one atomic update, and reading changes nothing
            _echo("Error: interrupted; the store is whole (each change kg makes is one atomic update)", err=True)
            raise typer.Exit(130) from None


app = typer.Typer(help="Build a knowledge graph of political events from news articles, and query it.", cls=_Group,
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)


class _State:
    store: str = config.DEFAULT_STORE  # what commands print: a URL never carries its user:password@ here
    target: Optional[str] = None  # what is opened: --store as given
    update_url: Optional[str] = None
    lock_timeout: float = config.DEFAULT_LOCK_TIMEOUT


state = _State()


def _echo(message: str, *, err: bool = False, nl: bool = True, one_line: bool = False) -> None:
    """typer.echo for everything kg prints: control characters from file names, titles and article text are escaped
    (kg.terminal), so a crafted article cannot retitle or clear the terminal; `one_line` escapes newlines too."""
    typer.echo(printable(message, one_line=one_line), err=err, nl=nl)


def fail(error: KgError) -> None:
    _echo(f"Error: {error}", err=True, one_line=True)
    raise typer.Exit(error.exit_code)


def _show_version(value: bool) -> None:
    if value:
        _echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    store: Annotated[Optional[str], typer.Option("--store", envvar="KG_STORE", metavar="DIR|URL",
                     help=f"Store directory, or a SPARQL endpoint URL. [default: {config.DEFAULT_STORE}]")] = None,
    update_url: Annotated[Optional[str], typer.Option("--update-url", envvar="KG_UPDATE_URL", metavar="URL",
                          help="SPARQL update endpoint, when --store is a URL (default: .../query -> .../update).")] = None,
    lock_timeout: Annotated[float, typer.Option("--lock-timeout", envvar="KG_LOCK_TIMEOUT", metavar="SECONDS",
                            help="How long to wait while another kg process uses the store, then fail.")] = config.DEFAULT_LOCK_TIMEOUT,
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print kg's version and exit.")] = False,
    no_gazetteer: Annotated[bool, typer.Option("--no-gazetteer", help="Keep only what the text says: no party or role from "
                                               "kg's reference data, no links to Wikidata (or KG_GAZETTEER=off).")] = False,
) -> None:
    from kg.remote import redact

    state.target = config.store_location(store)
    state.store = redact(state.target)
    state.update_url = update_url
    if not lock_timeout >= 0:  # also refuses nan
        fail(InputError(f"--lock-timeout {lock_timeout} is not a wait; give a number of seconds, 0 or more"))
    state.lock_timeout = lock_timeout
    if no_gazetteer:
        os.environ["KG_GAZETTEER"] = "off"  # read by kg.config.use_gazetteer, in worker processes too
    try:
        config.use_gazetteer()  # a bad KG_GAZETTEER is refused before any command opens a store
    except KgError as error:
        fail(error)


def _open(write: bool = False):  # type: ignore[no-untyped-def]
    from kg.store import open_store

    return open_store(state.target or state.store, write=write, update_url=state.update_url, lock_timeout=state.lock_timeout)


def _outside_store(out: Path, option: str = "--out") -> None:
    """Refuse an output file inside the embedded store's directory (its marker, its lock, RocksDB's files):
    writing there would destroy the store being read. Checked before anything is written or opened."""
    from kg.store import is_remote

    location = state.target or state.store
    if is_remote(location):
        return
    store = Path(location).resolve()
    target = out.resolve()
    if target == store or store in target.parents:
        raise InputError(f"{option} {out} is inside the store at {state.store}; writing there would damage the store, "
                         "so write it elsewhere")


def _date(value: Optional[str]) -> Optional[dt.date]:
    from kg.article import parse_date

    return parse_date(value, "--date") if value else None


def _check_articles(paths: list[str], published: Optional[dt.date], max_bytes: int) -> None:
    """Read and check every article before the store is opened (or created), so bad input leaves no trace.

    URLs are fetched here too (a page that cannot be fetched leaves no store behind); kg.web caches them, so
    kg.ingest does not fetch them again."""
    from kg.article import read_articles

    data = sys.stdin.buffer.read() if "-" in paths else None
    for _ in read_articles(paths, date=published, max_bytes=max_bytes, stdin=data):
        pass
    if data is not None:  # kg.ingest reads stdin itself: let it read the same bytes again
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


class _Rate(ProgressColumn):
    """Articles per second (rich's own speed columns speak of bytes)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "", style="progress.data.speed")


def _add_on_cluster(paths: list[str], store, cluster: str, **options):  # type: ignore[no-untyped-def]
    """kg add --cluster: a local:N cluster's workers are given the server's account (it never leaves this machine)."""
    from kg.distributed import ingest_on_cluster
    from kg.remote import split_credentials

    credentials = split_credentials(state.target or state.store)[1] if store.remote else None
    return ingest_on_cluster(paths, store, cluster, credentials=credentials, **options)


_SHOWN_SKIPS = 10  # a re-run over a big corpus would otherwise print thousands of "already in the store" lines


@app.command(cls=_Command)
def add(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...",
                                               help="Article files (.txt, .jsonl, .html), directories, globs, URLs, or - for stdin.")],
    date: Annotated[Optional[str], typer.Option(metavar="DATE",
                                                help="Publication date (2017-02-24, 24 Feb 2017...), overriding a date header.")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Re-extract articles already in the store.")] = False,
    model: Annotated[Optional[str], typer.Option(envvar="KG_MODEL", metavar="NAME",
                                                 help=f"spaCy pipeline. [default: {config.DEFAULT_MODEL}]")] = None,
    max_bytes: Annotated[Optional[int], typer.Option(metavar="BYTES",
                                                     help="Largest article accepted, in bytes (env KG_MAX_BYTES).")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", metavar="N",
                                         help="spaCy processes parsing in parallel (about one per core).")] = 1,
    title: Annotated[Optional[str], typer.Option(metavar="TITLE", help="The title of the article read from stdin (-).")] = None,
    source: Annotated[Optional[str], typer.Option(metavar="SOURCE",
                                                  help="Where the article read from stdin (-) comes from: its URL or path.")] = None,
    cluster: Annotated[Optional[str], typer.Option("--cluster", envvar="KG_CLUSTER", metavar="ADDRESS",
                       help="Parse on a Dask cluster: its scheduler (tcp://HOST:8786, tls://...), or local:N for N "
                            "workers on this machine (see README, Teams).")] = None,
) -> None:
    """Add articles to the store: extract their facts and write each as its own named graph.

    Exits 1 when some articles failed (each is listed with the reason); the others are in the store."""
    from kg.ingest import check_stdin_options, ingest

    try:
        published = _date(date)
        if max_bytes is not None and max_bytes < 1:
            raise InputError(f"--max-bytes {max_bytes} is not a size; give a positive number of bytes, e.g. 5000000")
        max_bytes = max_bytes or config.max_bytes()
        check_stdin_options(paths, {"title": title, "source": source})
        if workers < 1:
            raise InputError(f"--workers {workers}: give a number of processes, 1 or more")
        if not cluster:  # an unknown --model is refused before the store is opened or created (a cluster loads its own)
            from kg.nlp import load_pipeline

            load_pipeline(model)
        _check_articles(paths, published, max_bytes)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), _Rate(), TimeRemainingColumn(),
                      transient=True, disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("adding articles", total=None)
            with _open(write=True) as store:
                if cluster:
                    report = _add_on_cluster(paths, store, cluster, date=published, replace=replace, model=model, max_bytes=max_bytes,
                                             workers=workers, title=title, source=source,
                                             on_start=lambda total: progress.update(task, total=total),
                                             on_article=lambda article, what: progress.advance(task))
                else:
                    report = ingest(paths, store, date=published, replace=replace, model=model, max_bytes=max_bytes, workers=workers,
                                    title=title, source=source,
                                    on_start=lambda total: progress.update(task, total=total),
                                    on_article=lambda article, what: progress.advance(task))
    except KgError as error:
        fail(error)
        return
    except KeyboardInterrupt:  # the store is closed by now; each article is written whole or not at all
        _echo("Error: interrupted; the articles written so far are whole, run the same kg add again to add the rest", err=True)
        raise typer.Exit(130) from None
    for warning in report.warnings:
        _echo(f"Warning: {warning}", err=True, one_line=True)
    for source in report.skipped[:_SHOWN_SKIPS]:
        _echo(f"{source}: already in the store, nothing changed (use --replace to re-extract)", one_line=True)
    if len(report.skipped) > _SHOWN_SKIPS:
        _echo(f"... and {len(report.skipped) - _SHOWN_SKIPS} more already in the store")
    for source, why in report.failed:
        _echo(f"{source}: failed: {why}", err=True, one_line=True)
    _echo(f"added {len(report.added)}, replaced {len(report.replaced)}, skipped {len(report.skipped)}, "
               f"failed {len(report.failed)} article(s); {report.facts} facts written; store: {state.store}")
    if report.failed:
        raise typer.Exit(1)


@app.command(cls=_Command)
def remove(
    article: Annotated[str, typer.Argument(metavar="ARTICLE", help="The article's id, the start of it (6+ characters), "
                                           "or its source path or URL (kg query articles lists them).")],
) -> None:
    """Take an article out of the store: its named graph and the triples only it gave (one atomic update)."""
    from kg.ingest import remove as remove_article

    try:
        with _open():  # a store must be there: opening for writing would create one
            pass
        with _open(write=True) as store:
            removed = remove_article(store, article)
    except KgError as error:
        fail(error)
        return
    title = removed.title if len(removed.title) <= 60 else removed.title[:59].rstrip() + "\u2026"
    _echo(f"removed {removed.id} ({removed.source}: {title}); store: {state.store}", one_line=True)


@app.command(cls=_Command)
def query(
    q: Annotated[Optional[str], typer.Argument(metavar="QUERY", help="A built-in query name, a .rq file, or SPARQL text.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table, csv or json.")] = "table",
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", metavar="NAME=VALUE",
                                                       help="NAME=VALUE for a query's {{NAME}}.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the built-in queries.")] = False,
    allow_service: Annotated[bool, typer.Option("--allow-service",
                             help="Run a query with SERVICE (federation: the store sends requests to other servers).")] = False,
    timeout: Annotated[float, typer.Option("--timeout", envvar="KG_QUERY_TIMEOUT", metavar="SECONDS",
                       help="Stop a query that runs longer than this.")] = config.DEFAULT_QUERY_TIMEOUT,
) -> None:
    """Run a read-only SPARQL query; results show labels, not IRIs."""
    from kg.queries import FORMATS, format_rows, lookup_hint, named_queries, parse_params, resolve_query, rows_of

    try:
        if list_:
            for item in named_queries().values():
                _echo(f"{item.name:22} {item.description}")
            return
        if not q:
            raise InputError("give a query: a built-in name (kg query --list), a .rq file, or SPARQL text")
        if fmt not in FORMATS:
            raise InputError(f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}")
        if not 0 < timeout < 1e9:  # also refuses nan and inf
            raise InputError(f"--timeout {timeout} is not a time; give a positive number of seconds (also KG_QUERY_TIMEOUT)")
        params = parse_params(param or [])
        sparql = resolve_query(q, params)
        with _open() as store:
            columns, rows = rows_of(store.query(sparql, allow_service=allow_service, timeout=timeout))
            hint = None if rows else lookup_hint(store, q, params)
        _echo(format_rows(columns, rows, fmt), nl=False)
        if hint:  # an empty lookup by name: the names it may have meant (stderr: the output stays the result)
            _echo(hint, err=True)
    except KgError as error:
        fail(error)


@app.command(cls=_Command)
def viz(
    out: Annotated[Path, typer.Option(metavar="FILE", help="HTML file to write.")] = Path("kg-graph.html"),
    focus: Annotated[Optional[str], typer.Option(metavar="ENTITY",
                                                 help="Draw only this entity's neighbourhood (its name, any case, or its IRI).")] = None,
    depth: Annotated[int, typer.Option(metavar="N", help="With --focus: how many relations away from the entity to draw.")] = 1,
    type_: Annotated[Optional[list[str]], typer.Option("--type", metavar="TYPE", help="Only these node types (repeatable): "
                                                       "person, party, election, seat, role.")] = None,
    article: Annotated[Optional[str], typer.Option(metavar="ARTICLE",
                                                   help="Only the facts of one article: its id or its source path.")] = None,
    since: Annotated[Optional[str], typer.Option(metavar="DATE", help="Only articles published on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(metavar="DATE", help="Only articles published on or before YYYY-MM-DD.")] = None,
) -> None:
    """Write the interactive HTML network (self-contained: opens from disk with no network)."""
    from kg.article import parse_date
    from kg.netview import ViewFilter
    from kg.viz import write_view

    try:
        _outside_store(out)
        flt = ViewFilter(focus=focus, depth=depth, types=tuple(type_ or ()), article=article,
                         since=parse_date(since, "--since") if since else None,
                         until=parse_date(until, "--until") if until else None)
        with _open() as store:
            view = write_view(store, out, flt, state.store)
    except KgError as error:
        fail(error)
        return
    _echo(f"wrote {out} ({view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges)", one_line=True)


@app.command(cls=_Command)
def path(
    a: Annotated[str, typer.Argument(metavar="ENTITY", help="An entity: its name (any case) or its IRI.")],
    b: Annotated[str, typer.Argument(metavar="OTHER", help="Another entity.")],
    evidence: Annotated[bool, typer.Option("--evidence", "-e", help="Also print the sentences behind each step.")] = False,
) -> None:
    """The shortest connection between two entities, with the relations along it."""
    from kg.netview import find_path, path_lines

    try:
        with _open() as store:
            steps = find_path(store, a, b)
    except KgError as error:
        fail(error)
        return
    for line in path_lines(steps, evidence):
        _echo(line, one_line=True)


@app.command(cls=_Command)
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
                                     help="turtle, trig, nt, nq, jsonld; graphml, gexf (the network).")] = "trig",
    out: Annotated[Optional[Path], typer.Option(metavar="FILE", help="File to write (default: stdout).")] = None,
) -> None:
    """Export the whole dataset, named graphs included (trig, nq, jsonld), or the entity network for Gephi (graphml, gexf)."""
    from kg.export import export as export_store

    try:
        if out:
            _outside_store(out)
        with _open() as store:
            text = export_store(store, fmt)
    except KgError as error:
        fail(error)
        return
    if out:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(InputError(f"--out {out}: cannot write it ({exc.strerror or exc}); check the directory exists and is writable"))
        _echo(f"wrote {out}", one_line=True)
    else:
        _echo(text, nl=False)


@app.command(cls=_Command)
def stats(
    top: Annotated[int, typer.Option(metavar="N", help="How many of the most central people to list.")] = 10,
) -> None:
    """Counts by type and by article, and the most central people (PageRank over the entity network)."""
    from kg.stats import stats as store_stats

    try:
        with _open() as store:
            result = store_stats(store, top)
    except KgError as error:
        fail(error)
        return
    _echo(f"store: {state.store} ({result.triples} triples)")
    for kind, n in result.by_type.items():
        _echo(f"  {kind:18} {n}")
    _echo("by article:")
    for title, published, facts in result.by_article:
        _echo(f"  {published or '(no date)':10}  {facts:4} facts  {title[:70]}", one_line=True)
    if result.central:
        _echo("most central people (distinct neighbours, then PageRank):")
        for name, degree, rank in result.central:
            _echo(f"  {degree:4} neighbours  PageRank {rank:.4f}  {name}", one_line=True)


@app.command(cls=_Command)
def validate() -> None:
    """Check each article's graph against the SHACL shapes (ontology/shapes.ttl): one line per violation, with its article."""
    from kg.validate import validate as validate_store

    try:
        with _open() as store:
            result = validate_store(store)
    except KgError as error:
        fail(error)
        return
    if result.conforms:
        _echo(f"valid: {result.triples} triples conform to the SHACL shapes")
    else:
        for violation in result.violations:
            _echo(violation.line())
        articles = len({v.article for v in result.violations})
        _echo(f"Error: {len(result.violations)} violation(s) of the SHACL shapes in {articles} article(s) (listed above: "
              "article, node, property, what is wrong)", err=True)
        raise typer.Exit(1)


@app.command(cls=_Command, name="try")
def try_(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A sentence or a few, in quotes.")],
    date: Annotated[Optional[str], typer.Option(metavar="DATE", help="Publication date, e.g. 2017-02-24 (some rules read it).")] = None,
    parse: Annotated[bool, typer.Option("--parse", help="Also show the parse the rules read.")] = False,
    model: Annotated[Optional[str], typer.Option(envvar="KG_MODEL", metavar="NAME", help="spaCy pipeline.")] = None,
) -> None:
    """What kg extracts from a sentence, each fact with the rules that made it (nothing is stored)."""
    from kg.article import parse_date
    from kg.tryout import try_text

    try:
        lines = try_text(text, parse_date(date, "--date") if date else None, model, parse)
    except KgError as error:
        fail(error)
        return
    _echo("\n".join(lines))


@app.command(cls=_Command, name="rules")
def rules_(
    name: Annotated[Optional[str], typer.Argument(metavar="RULE",
                                                  help="A rule's name (or the start of it) to show with its examples.")] = None,
) -> None:
    """List the extraction rules in the order they run: stage, name, what each does."""
    import kg.extract  # noqa: F401  (registers the rules)
    from kg.extract.registry import in_order

    chosen = [r for r in in_order() if name is None or r.name.startswith(name)]
    if not chosen:
        fail(InputError(f"no rule named {name!r}; `kg rules` lists them all"))
    for rule in chosen:
        _echo(f"{rule.stage:9} {rule.name:38} {rule.summary}")
        for example in rule.examples if name is not None else ():
            _echo(f"{'':9}   e.g. {example.text!r}  ->  {'; '.join(example.facts)}")


@app.command(cls=_Command, name="eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(metavar="GOLD_DIR", help="Directory of gold-annotated articles (JSON, see SCHEMA.md).")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every missed and extra fact.")] = False,
    by_rule: Annotated[bool, typer.Option("--by-rule", help="Also each rule's facts, matches and precision.")] = False,
    by_group: Annotated[bool, typer.Option("--by-group", help="Also the scores of each group of articles.")] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", metavar="FILE", help="Also write the scores as JSON here.")] = None,
    model: Annotated[Optional[str], typer.Option(envvar="KG_MODEL", metavar="NAME", help="spaCy pipeline.")] = None,
) -> None:
    """Score extraction against gold articles: precision, recall and F1 per fact type (and per group, per rule)."""
    from kg.evaluate import evaluate, format_by_group, format_by_rule, format_scores

    try:
        if json_out:
            _outside_store(json_out, "--json")
        result = evaluate(gold_dir, model)
    except KgError as error:
        fail(error)
        return
    if verbose:
        for article in result.articles:
            for kind, gold in article.missed:
                _echo(f"{article.id}  MISSED {kind}: {json.dumps({k: v for k, v in gold.items() if k != 'note'}, ensure_ascii=False)}")
            for kind, row in article.extra:
                _echo(f"{article.id}  EXTRA  {kind}: {json.dumps({k: v for k, v in row.items()}, ensure_ascii=False)}")
    if by_rule:
        _echo(format_by_rule(result) + "\n")
    if by_group:
        _echo(format_by_group(result) + "\n")
    _echo(format_scores(result))
    if json_out:
        try:
            json_out.write_text(json.dumps(result.as_dict(), indent=2) + "\n")
        except OSError as exc:
            fail(InputError(f"{json_out}: cannot write the scores ({exc.strerror}); check the directory exists"))


if __name__ == "__main__":  # python -m kg.cli
    app()
