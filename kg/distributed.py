"""Ingestion on a Dask distributed cluster: `kg add --cluster ADDRESS` (or KG_CLUSTER).

The client reads and checks the articles (as `kg add` does), then streams them to the cluster in chunks, with a
bounded number of chunks in flight, so a corpus of any size is never held in memory. Each worker runs kg's own
flow (kg.ingest.stream: spaCy, extraction, mapping) over a chunk inside `nlp.memory_zone()`, and returns text,
never spaCy objects:

- embedded store: each article's named graph as N-Triples (with its graph IRI: one N-Quads graph), which the
  client writes, one atomic update per article, as `kg add` does: one process owns the RocksDB directory;
- SPARQL server: the worker writes its articles itself (one atomic update each) and returns only what it did,
  so the client is not the bottleneck.

An article's id names its graph, and a write replaces the graph whole, so a task is safe to run again: a worker
killed mid-chunk makes the scheduler run the chunk elsewhere, which writes the same graphs again (nothing
doubled, nothing lost), and the same command run again adds only what is missing.

Workers load the spaCy pipeline once: at start with `dask worker ... --preload kg.distributed` (dask_setup
below), else when the client registers its worker plugin. Credentials for a SPARQL server never travel through
the scheduler: workers read their own KG_USER / KG_PASSWORD (a `local:N` cluster is given the client's).

`local:N` starts a LocalCluster of N single-threaded worker processes bound to 127.0.0.1, with no dashboard.
Dask's scheduler unpickles what it receives: anything beyond one machine or a private network needs tls://
(see the README, "Teams: ingestion on a Dask cluster").
"""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Unpack

from rdflib import URIRef

from kg.article import Article
from kg.config import model_name
from kg.errors import InputError, KgError
from kg.ingest import COMPACT_AFTER, ArticleInput, IngestOptions, IngestReport, keep_alias, stream, write_article
from kg.iris import content_id
from kg.mapping import ArticleTriples
from kg.nlp import load_pipeline
from kg.store import KgStore, open_store

if TYPE_CHECKING:
    from distributed import Client

#: Articles per task: about a second of a worker's time, so a lost worker costs little and progress moves.
CHUNK_SIZE = 8
#: How long a client waits for the cluster's first worker before it gives up.
WAIT_FOR_WORKERS = 60.0
CONNECT_TIMEOUT = 30.0
_LOCAL = re.compile(r"^local:(\d+)$")
_PLUGIN = "kg-pipeline"


class ClusterOptions(IngestOptions, total=False):
    """`ingest`'s options, and how the work is cut for the cluster."""

    chunk_size: int  # articles per task
    in_flight: int  # tasks submitted and not yet done (default: 2 per worker thread, at least 4)
    credentials: tuple[str, str] | None  # the server's account, given to a local:N cluster's workers only


@dataclass(frozen=True)
class Target:
    """The SPARQL server the workers write to, without credentials (each worker uses its own KG_USER / KG_PASSWORD)."""

    url: str
    update_url: str | None


@dataclass(frozen=True)
class Job:
    """What every task of one `kg add --cluster` shares."""

    model: str
    replace: bool
    batch_size: int
    target: Target | None  # None: return the graphs, the client writes them (embedded store)


@dataclass(frozen=True)
class Outcome:
    """One article, as a worker leaves it: text only, so nothing of spaCy ever crosses the wire."""

    source: str
    what: str  # added, replaced, skipped or failed when the worker wrote (or skipped) it; "parsed" when the client writes
    article_id: str = ""
    graph: str = ""  # the named graph's IRI, with...
    ntriples: str = ""  # ...its triples: together, the article's graph in N-Quads
    facts: int = 0
    why: str = ""


# ---- the worker side ----------------------------------------------------------------------------------------------
#: One chunk at a time per worker process: spaCy's memory zones are not thread-safe (a worker should have --nthreads 1).
_WORK = threading.Lock()
_STORES: dict[Target, KgStore] = {}


def _remote_store(target: Target) -> KgStore:
    """The worker's own connection to the SPARQL server, opened once per process."""
    store = _STORES.get(target)
    if store is None:
        store = _STORES[target] = open_store(target.url, write=True, update_url=target.update_url)
    return store


def _todo_on_worker(articles: list[Article], job: Job, store: KgStore | None,
                    outcomes: list[Outcome]) -> tuple[list[Article], set[str]]:
    """The articles to parse, and the ids already in the server's store (so a write there is a replacement)."""
    if store is None:
        return articles, set()
    todo, present = [], set()
    for article in articles:
        if store.has_article(content_id(article)):
            if not job.replace:
                keep_alias(store, article)  # as kg.ingest.ArticleInput does for an embedded store
                outcomes.append(Outcome(article.source, "skipped", content_id(article)))
                continue
            present.add(content_id(article))
        todo.append(article)
    return todo, present


def run_chunk(articles: list[Article], job: Job) -> list[Outcome]:
    """A task: parse, extract and map a chunk of articles in one `nlp.pipe` stream inside a memory zone; write
    them to the server (job.target) or return their graphs as text. Extraction failures are outcomes; a store
    that cannot be written raises (the client stops the run: every article is whole or absent)."""
    outcomes: list[Outcome] = []

    def failed(article: Article, why: str) -> None:
        outcomes.append(Outcome(article.source, "failed", content_id(article), why=why))

    with _WORK:
        nlp = load_pipeline(job.model)
        store = _remote_store(job.target) if job.target else None
        todo, present = _todo_on_worker(articles, job, store, outcomes)
        with nlp.memory_zone():  # the strings of a chunk's docs are freed after it: memory stays flat over a long run
            for article, _facts, graph in stream(todo, job.model, 1, job.batch_size, failed):
                facts, key = graph.fact_count(), content_id(article)
                if store is None:
                    outcomes.append(Outcome(article.source, "parsed", key, str(graph.identifier), graph.nt(), facts))
                    continue
                write_article(store, graph, key, key in present)
                outcomes.append(Outcome(article.source, "replaced" if key in present else "added", key, facts=facts))
    return outcomes


_WARM: set[str] = set()


def _warm(model: str) -> None:
    """Load the pipeline, then freeze it and everything else alive for good (gc.freeze): a worker's full collections
    no longer walk the model, and kg.ingest.stream, seeing objects frozen, does not freeze and unfreeze per chunk.
    Once per model (a preloaded worker is warmed again by the plugin), and never while a chunk runs (its objects
    would be frozen with the model)."""
    with _WORK:
        if model in _WARM:
            return
        load_pipeline(model)
        gc.collect()
        gc.freeze()
        _WARM.add(model)


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - dask is needed only with --cluster
    WorkerPlugin = object  # type: ignore[assignment,misc]


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads the spaCy pipeline on each worker as it joins (off the event loop, so the worker keeps answering)."""

    idempotent = True

    def __init__(self, model: str) -> None:
        self.model = model

    async def setup(self, worker: Any) -> None:
        await asyncio.to_thread(_warm, self.model)


async def dask_setup(worker: Any) -> None:
    """`dask worker ADDRESS --preload kg.distributed`: load the pipeline (KG_MODEL or the default) at start."""
    if type(worker).__name__ == "Worker":  # a scheduler or nanny preloading kg has nothing to load
        await asyncio.to_thread(_warm, model_name())


# ---- the client side ----------------------------------------------------------------------------------------------
def _local_size(address: str) -> int | None:
    found = _LOCAL.match(address.strip())
    if found:
        if int(found[1]) < 1:
            raise InputError(f"--cluster {address}: give local:N with N workers, 1 or more")
        return int(found[1])
    if re.match(r"^local(:|$)", address.strip()):
        raise InputError(f"--cluster {address}: give local:N (N single-threaded workers on this machine), e.g. local:2")
    return None


def _worker_env(credentials: tuple[str, str] | None) -> dict[str, str]:
    """A local cluster's workers write to the client's server with the client's credentials (they never leave the machine)."""
    return {"KG_USER": credentials[0], "KG_PASSWORD": credentials[1]} if credentials else {}


@contextmanager
def connect(address: str, env: dict[str, str] | None = None) -> Iterator[Client]:
    """A client of the cluster at `address` (tcp://HOST:PORT, tls://HOST:PORT...), or of a loopback LocalCluster
    of N single-threaded worker processes for `local:N`; closed (and the local cluster stopped) on the way out."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--cluster needs Dask: pip install 'dask[distributed]'") from None
    size = _local_size(address)
    cluster = None
    try:
        if size is not None:
            cluster = LocalCluster(n_workers=size, threads_per_worker=1, processes=True, host="127.0.0.1", protocol="tcp",
                                   scheduler_port=0, dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL, env=env or {})
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, TypeError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        if address.startswith("tls://") and isinstance(exc, TypeError):  # Dask: "TLS expects a `ssl_context` argument"
            raise KgError(f"--cluster {address} needs this client's TLS certificate: set DASK_DISTRIBUTED__COMM__TLS__CA_FILE, "
                          "..._CLIENT__CERT and ..._CLIENT__KEY (README, Teams: Safety)") from None
        raise KgError(f"cannot reach the Dask scheduler at {address} ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__}); "
                      "start one (dask scheduler), check --cluster / KG_CLUSTER, or use --cluster local:N") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _wait_for_workers(client: Client, address: str) -> None:
    try:
        client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
    except (TimeoutError, OSError):
        raise KgError(f"the Dask cluster at {address} has no workers after {WAIT_FOR_WORKERS:g} s; start some: "
                      f"dask worker {address} --nthreads 1 --preload kg.distributed") from None


def _threads(client: Client, fallback: int = 1) -> int:
    """The cluster's worker threads now (`fallback` if the scheduler does not answer: the next result will say why)."""
    try:
        return int(sum(client.nthreads().values()))
    except Exception:
        return fallback


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Run:
    """One run's bookkeeping: the report, the writes through the client, what is in flight."""

    def __init__(self, store: KgStore, job: Job, report: IngestReport, options: ClusterOptions) -> None:
        self.store, self.job, self.report = store, job, report
        self.on_article = options.get("on_article")

    def told(self, article: Article | None, source: str, what: str) -> None:
        if self.on_article:
            self.on_article(article or _Placeholder(source), what)  # type: ignore[arg-type]

    def record(self, outcome: Outcome) -> None:
        report, what = self.report, outcome.what
        if what == "parsed":  # the client writes the graph the worker made
            graph = ArticleTriples.from_nt(URIRef(outcome.graph), outcome.ntriples)
            existed = self.job.replace and self.store.has_article(outcome.article_id)
            write_article(self.store, graph, outcome.article_id, existed)
            what = "replaced" if existed else "added"
        if what == "failed":
            report.failed.append((outcome.source, outcome.why))
        elif what == "skipped":
            report.skipped.append(outcome.source)
        else:
            (report.replaced if what == "replaced" else report.added).append(outcome.source)
            report.facts += outcome.facts
        self.told(None, outcome.source, what)

    def lost(self, chunk: list[Article], why: str) -> None:
        for article in chunk:
            self.report.failed.append((article.source, why))
            self.told(article, article.source, "failed")


@dataclass(frozen=True)
class _Placeholder:
    """What on_article is given for an article the client no longer holds (only its source is known)."""

    source: str
    id: str = ""


def _collect(future: Any, chunk: list[Article], run: _Run) -> None:
    """A finished task's outcomes into the report (and, for an embedded store, its graphs into the store)."""
    from distributed.scheduler import KilledWorker

    try:
        outcomes = future.result()
    except KilledWorker:
        run.lost(chunk, "the cluster lost every worker that ran it (killed or out of memory); run the same kg add again")
        return
    except KgError as exc:  # the store refused a worker's write, the model is missing on a worker...
        raise type(exc)(f"{exc} (on a cluster worker)") from None
    except Exception as exc:  # a worker's bug or a broken cluster: the run stops, what is written is whole
        raise KgError(f"a cluster worker failed ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no message'}); "
                      "the articles written so far are whole, run the same kg add again to add the rest") from None
    finally:
        future.release()
    for outcome in outcomes:
        run.record(outcome)


def _still_workers(client: Client, address: str, since: float | None) -> float | None:
    """None while the cluster has workers; the time it has had none since, until that is WAIT_FOR_WORKERS (then an error)."""
    if _threads(client, 0):
        return None
    now = time.monotonic()
    if since is not None and now - since > WAIT_FOR_WORKERS:
        raise KgError(f"the Dask cluster at {address} has had no workers for {WAIT_FOR_WORKERS:g} s; "
                      f"the articles written so far are whole: start workers (dask worker {address} --nthreads 1 --preload kg.distributed) "
                      "and run the same kg add again")
    return since if since is not None else now


def _run(client: Client, chunks: Iterator[list[Article]], run: _Run, address: str, in_flight: int | None) -> None:
    """Submit chunks as earlier ones finish (at most `in_flight` outstanding), record each as it completes."""
    from distributed import wait

    limit = in_flight or max(4, 2 * _threads(client))
    outstanding: dict[Any, list[Article]] = {}
    idle: float | None = None

    def top_up() -> None:
        while len(outstanding) < limit:
            chunk = next(chunks, None)
            if chunk is None:
                return
            outstanding[client.submit(run_chunk, chunk, run.job, pure=False)] = chunk

    try:
        top_up()
        while outstanding:
            try:
                done = wait(list(outstanding), timeout=5, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                idle = _still_workers(client, address, idle)
                continue
            for future in done:
                _collect(future, outstanding.pop(future), run)
            top_up()
    finally:
        for future in outstanding:
            future.cancel()


def ingest_on_cluster(paths: list[str], store: KgStore, cluster: str, **options: Unpack[ClusterOptions]) -> IngestReport:
    """`kg.ingest.ingest` with the parsing, extraction and mapping (and a SPARQL server's writes) on a Dask cluster.

    The same inputs, checks, callbacks and report: everything is read and checked first (on_start is told the
    total), an article already in the store is skipped unless `replace`, and on_article is told each article's
    fate as its chunk completes (in completion order, not input order).
    """
    if options.get("workers", 1) != 1:
        raise InputError("--workers sets spaCy processes on this machine; with --cluster, size the cluster's workers instead")
    replace, on_start = options.get("replace", False), options.get("on_start")
    chunk_size = options.get("chunk_size", CHUNK_SIZE)
    if chunk_size < 1:
        raise InputError(f"chunk size {chunk_size}: give a number of articles, 1 or more")
    target = None
    if store.remote:
        from kg.remote import split_credentials

        target = Target(split_credentials(store.location)[0], _update_url(store))
    report = IngestReport()
    articles = ArticleInput(paths, store, report, options, check_store=target is None)  # a server: the workers check
    total = articles.count()
    if on_start:
        on_start(total)
    job = Job(model_name(options.get("model")), replace, options.get("batch_size", 32), target)
    run = _Run(store, job, report, options)

    env = _worker_env(options.get("credentials")) if _local_size(cluster) is not None else None
    with connect(cluster, env) as client:
        client.register_plugin(PipelinePlugin(job.model), name=_PLUGIN)
        _wait_for_workers(client, cluster)
        _run(client, _chunks(iter(articles), chunk_size), run, cluster, options.get("in_flight"))
    articles.finish()
    if target is None and len(report.added) + len(report.replaced) >= COMPACT_AFTER:
        store.compact()
    return report


def _update_url(store: KgStore) -> str | None:
    client = store._client  # noqa: SLF001 - kg's own store: the update endpoint it resolved (KG_UPDATE_URL, --update-url)
    if client is None:
        return None
    from kg.remote import split_credentials

    return split_credentials(client.update_url)[0]
