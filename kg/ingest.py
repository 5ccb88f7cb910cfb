"""Where the flow meets: article -> spaCy doc -> facts -> triples -> store.

All inputs are checked before anything is written, so a bad file in a batch leaves the store as it
was; each article is then written whole (see KgStore.put_graph).

Articles flow as one stream through one `nlp.pipe` call (spaCy starts its worker processes per call, and
a stream keeps memory flat: only spaCy's read-ahead is in flight, never the corpus).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import multiprocessing
import os
import re
import signal
import sys
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypedDict, Unpack

from rdflib import Graph, Literal

from kg import iris
from kg.article import Article, read_articles
from kg.config import max_bytes as default_max_bytes
from kg.errors import InputError
from kg.extract import extract
from kg.extract.model import Facts
from kg.mapping import ArticleTriples, article_triples, text
from kg.namespaces import KGO
from kg.nlp import analyse_many, load_pipeline
from kg.store import KgStore
from kg.web import is_url

#: A batch that wrote this many articles ends by compacting the store (seconds; the store ends ~3x smaller).
COMPACT_AFTER = 1_000


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, why)
    facts: int = 0  # in the articles written, counted as ArticleTriples.fact_count counts them
    warnings: list[str] = field(default_factory=list)


def process(
    articles: Iterable[Article],
    model: str | None = None,
    *,
    workers: int = 1,
    batch_size: int = 16,
    on_failure: Callable[[Article, str], None] | None = None,
) -> Iterator[tuple[Article, Facts, Graph]]:
    """Run spaCy over the articles as one stream and turn each into its facts and its named graph.

    The articles whose docs are still in spaCy wait in a queue, bounded by spaCy's read-ahead (about
    2 x workers x batch_size), and meet their docs in order. An article whose extraction raises is given
    to `on_failure` with the reason and left out, so one odd article does not end a batch of thousands.
    """
    for article, facts, triples in stream(articles, model, workers, batch_size, on_failure):
        yield article, facts, triples.graph()


@contextmanager
def frozen_pipeline(model: str | None) -> Iterator[None]:
    """The pipeline loaded and frozen (gc.freeze) with everything else alive, for a run of many short streams (kg eval
    streams article by article): each stream then skips its own collection and freeze. Inside a process already
    frozen (a cluster worker), nothing more is done."""
    load_pipeline(model)
    if gc.get_freeze_count():
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def stream(
    articles: Iterable[Article],
    model: str | None,
    workers: int,
    batch_size: int,
    on_failure: Callable[[Article, str], None] | None,
) -> Iterator[tuple[Article, Facts, ArticleTriples]]:
    """`process`, each article's graph as the N-Triples rows the store writes (no rdflib Graph is built)."""
    nlp = load_pipeline(model)
    waiting: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for article in articles:
            waiting.append(article)
            yield article.text

    # Extraction and mapping make many short-lived objects, so the collector runs often, and each full
    # collection walked the ~170k long-lived objects of the model, lexicon and gazetteers again: 2-5% of an
    # ingestion. Frozen for the stream (gc.freeze), they are left out; they return to the collector after it.
    # Garbage frozen with them would never be collected (a cluster worker streams each chunk: its memory grew from
    # 450 to 900 MB in 40 minutes, 2.5 million objects frozen), so a collection comes first, and a process that
    # froze its model for good (a cluster worker, kg.distributed) is left as it is.
    with frozen_pipeline(model), _workers_end_on_ctrl_c(workers):
        for doc in analyse_many(texts(), nlp, batch_size=batch_size, n_process=workers):
            article = waiting.popleft()
            try:
                facts = extract(doc, nlp, article.published)
                triples = article_triples(article, facts)
            except Exception as exc:  # a bug met on one article: report it, go on with the rest
                if on_failure is None:
                    raise
                detail = str(exc).splitlines()[0] if str(exc) else "no message"
                on_failure(article, f"extraction failed ({type(exc).__name__}: {detail})")
                continue
            yield article, facts, triples


@contextmanager
def _workers_end_on_ctrl_c(workers: int) -> Iterator[None]:
    """Ctrl-C ends spaCy's worker processes first, then interrupts this one.

    On an exception spaCy's `pipe` joins its workers, which still have texts queued and wait forever to send
    their docs to a pipe nobody reads: `kg add --workers 2` hung after Ctrl-C. Killing the workers loses nothing
    (they only parse; this process writes), and the interrupt then ends kg as it does with one process.
    """
    main = threading.current_thread() is threading.main_thread()
    previous = signal.getsignal(signal.SIGINT) if main else None
    if workers <= 1 or previous is not signal.default_int_handler:  # Ctrl-C ignored, or handled by someone else
        yield
        return
    before = set(multiprocessing.active_children())

    def interrupt(signum: int, frame: object) -> None:
        warnings.filterwarnings("ignore", message=r".*\[W127\]")  # spaCy's "not all workers completed": we ended them
        for child in multiprocessing.active_children():
            if child not in before:
                child.kill()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
_RECORD = re.compile(r"(?P<path>.+):(?P<line>\d+)")  # a JSON Lines record without a url: path:line


def absolute_source(source: str) -> str:
    """A source that can be found again from anywhere: a file's absolute path (a JSON Lines record's as
    /abs/file.jsonl:LINE), a URL as it is; anything else (stdin, a record's own url field) as given."""
    if source == "stdin" or is_url(source):
        return source
    if os.path.exists(source):
        return os.path.abspath(source)
    record = _RECORD.fullmatch(source)
    if record and os.path.isfile(record["path"]):
        return f"{os.path.abspath(record['path'])}:{record['line']}"
    return source


def for_store(article: Article, title: str | None = None, source: str | None = None) -> Article:
    """The article as it is stored: its source absolute; stdin's given the `title` and `source` the user gave
    (kg add - --title T --source S). Its identity is its content (kg.iris.content_id), whatever its id."""
    if article.source == "stdin":
        article = dataclasses.replace(article, title=title or article.title, source=source or article.source)
    return dataclasses.replace(article, source=absolute_source(article.source))


def keep_alias(store: KgStore, article: Article) -> None:
    """An article already stored under its content, given again with an id of its own (a JSON Lines record's):
    the id is added to it as an alias, so it finds the article too."""
    alias = iris.alias(article)
    key = iris.content_id(article)
    graph, node = iris.article_graph(key), iris.article(key)
    if alias is None or not store.has_article(key):
        return
    if store.query(f"ASK {{ GRAPH <{graph}> {{ <{node}> kgo:alias {Literal(alias).n3()} }} }}").askAnswer:
        return
    stored = Graph(identifier=graph)
    stored += store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").graph  # type: ignore[arg-type]
    stored.add((node, KGO.alias, Literal(alias)))
    store.put_graph(stored)


def write_article(store: KgStore, graph: ArticleTriples, key: str, existed: bool) -> None:
    """Write one article's graph; one that replaces a stored article (--replace) keeps the aliases it had. The one
    write of kg add, of a cluster's worker into a server and of its client into an embedded store."""
    if existed:
        carry_aliases(store, graph, key)
    store.put_graph(graph)


def carry_aliases(store: KgStore, graph: ArticleTriples, key: str) -> None:
    """An article re-extracted (--replace) keeps the aliases its stored graph had."""
    node = iris.article(key)
    query = f"SELECT ?alias WHERE {{ GRAPH <{iris.article_graph(key)}> {{ <{node}> kgo:alias ?alias }} }}"
    for row in store.query(query):
        graph.add(f"<{node}>", f"<{KGO.alias}>", text(str(row[0])))  # type: ignore[index]


class IngestOptions(TypedDict, total=False):
    """How `ingest` runs; every option has a default."""

    date: dt.date | None  # the publication date of articles that give none
    replace: bool  # re-extract articles already in the store
    model: str | None  # the spaCy pipeline (default: KG_MODEL or the configured model)
    max_bytes: int | None  # the size limit of one article
    on_article: Callable[[Article, str], None] | None  # told added / replaced / skipped / failed per article
    batch_size: int
    workers: int  # spaCy processes
    on_start: Callable[[int], None] | None  # told the number of articles once they are all checked
    title: str | None  # the title of the article read from stdin
    source: str | None  # the source of the article read from stdin (a URL, a path...)


def check_stdin_options(paths: list[str], options: IngestOptions) -> None:
    if (options.get("title") or options.get("source")) and "-" not in paths:
        raise InputError("--title and --source name the article read from stdin; give - among the paths (a JSON Lines "
                         "record gives its own 'title' and 'url')")


class ArticleInput:
    """The articles of one `kg add`, as `ingest` and the cluster path both take them: every input checked first
    (`count`), then read again as a stream of the articles to extract. The same text under any name or JSON Lines
    id is one article, extracted once; an article already in the store is skipped (unless `replace`) and its id
    kept as an alias; the ids of repeats are added as aliases by `finish`, once the run has written their article.
    `check_store=False` leaves the store check to whoever writes (a cluster's workers writing to a server)."""

    def __init__(self, paths: list[str], store: KgStore, report: IngestReport, options: IngestOptions,
                 check_store: bool = True) -> None:
        check_stdin_options(paths, options)
        self.paths, self.store, self.report, self.options, self.check_store = paths, store, report, options, check_store
        self.limit = options.get("max_bytes") or default_max_bytes()
        self.stdin = sys.stdin.buffer.read() if "-" in paths else None
        self.seen: set[str] = set()
        self.later: list[Article] = []

    def _read(self) -> Iterator[Article]:
        return read_articles(self.paths, date=self.options.get("date"), max_bytes=self.limit, stdin=self.stdin)

    def count(self) -> int:
        """Read and check every input (an InputError before anything is written); how many articles they hold."""
        return sum(1 for _ in self._read())

    def __iter__(self) -> Iterator[Article]:
        on_article, replace = self.options.get("on_article"), self.options.get("replace", False)
        for article in self._read():
            self.report.warnings.extend(article.warnings)
            key = iris.content_id(article)
            first = key not in self.seen
            self.seen.add(key)
            if not first or (self.check_store and not replace and self.store.has_article(key)):
                # its id, if it has one, becomes an alias of the stored article (once written, if it is in this batch)
                keep_alias(self.store, article) if first else self.later.append(article)
                self.report.skipped.append(article.source)
                if on_article:
                    on_article(article, "skipped")
                continue
            yield for_store(article, self.options.get("title"), self.options.get("source"))

    def finish(self) -> None:
        for article in self.later:
            keep_alias(self.store, article)


def ingest(paths: list[str], store: KgStore, **options: Unpack[IngestOptions]) -> IngestReport:
    """Add the articles at `paths` (files, directories, globs, .jsonl, URLs, `-`) to `store`.

    Every input is read and checked first (nothing is written if one is bad), which also counts the
    articles for `on_start` (a progress bar's total). `on_article(article, what)` is called once per
    article with what = added, replaced, skipped or failed. `workers` spaCy processes parse in parallel;
    extraction and writing stay in this process, so one store handle does every write.
    """
    replace, model = options.get("replace", False), options.get("model")
    on_article, on_start = options.get("on_article"), options.get("on_start")
    workers, batch_size = options.get("workers", 1), options.get("batch_size", 32)
    if workers < 1:
        raise InputError(f"--workers {workers}: give a number of processes, 1 or more")
    report = IngestReport()
    articles = ArticleInput(paths, store, report, options)
    total = articles.count()
    if on_start:
        on_start(total)

    def failed(article: Article, why: str) -> None:
        report.failed.append((article.source, why))
        if on_article:
            on_article(article, "failed")

    for article, _facts, graph in stream(iter(articles), model, workers, batch_size, failed):
        existed = replace and store.has_article(iris.content_id(article))
        write_article(store, graph, iris.content_id(article), existed)
        report.facts += graph.fact_count()
        (report.replaced if existed else report.added).append(article.source)
        if on_article:
            on_article(article, "replaced" if existed else "added")
    articles.finish()
    if len(report.added) + len(report.replaced) >= COMPACT_AFTER:
        store.compact()
    return report


@dataclass(frozen=True)
class Removed:
    """The article `remove` took out."""

    id: str
    title: str
    source: str


def remove(store: KgStore, article: str) -> Removed:
    """Take one article out of `store`: its named graph and the triples only it gave the merged default graph,
    in one atomic update, so the store is then the store that never had it.

    `article` is its id, a start of its id that no other id shares (6 characters or more), or its source
    path or URL. An unknown or ambiguous one is an InputError, and nothing is changed.
    """
    from kg.netgraph import articles
    from kg.netview import resolve_article

    known = articles(store)
    wanted = article.strip()
    starting = sorted(a for a in known if wanted and a.startswith(wanted))
    if wanted not in known and len(starting) > 1:
        shown = ", ".join(starting[:5]) + (", ..." if len(starting) > 5 else "")
        raise InputError(f"'{article}' is the start of {len(starting)} article ids ({shown}); give more of the id")
    chosen = known[resolve_article(known, wanted)]
    store.remove(iris.article_graph(chosen.id))
    return Removed(chosen.id, chosen.title, chosen.source)
