"""The store: an rdflib Dataset over Oxigraph on disk, or over a SPARQL 1.1 server.

Layout, the same embedded or remote: one named graph per article, the ontology in its own graph, and
the default graph holding their merge (each triple once), which is what queries read. An article is
written with one SPARQL UPDATE (drop its graph and the default-graph triples no other graph supports,
insert it again in its graph and in the default graph), which Oxigraph and SPARQL servers apply
atomically: an article is whole or absent.

Why a merged default graph rather than a "union default graph" query option: Oxigraph 0.5 (embedded
or `oxigraph serve --union-default-graph`) returns a triple once *per graph* holding it (oxigraph#1919,
fixed in 0.6), and every article repeats the labels of the parties, roles and people it mentions, so a
join on a party's label multiplied by the number of articles naming it: the named queries did not finish
on a store of a few hundred articles. Stores in format 1 (no merged default graph) are still read, over
the union, and are upgraded by the first `kg add`.
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result
from rdflib.term import Node

from kg import iris
from kg.config import ONTOLOGY_FILE
from kg.errors import KgError, QueryError, StoreError
from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES
from kg.remote import REJECTED, Remote, default_update_url, split_credentials

FORMAT_VERSION = 2
#: Format 1 had no merged default graph: still read (over the union of the named graphs), upgraded on write.
_READABLE_FORMATS = (1, 2)
MARKER = "kg-store.json"
_UPGRADE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
_PREFIX_IRIS = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
_FLUSH_EVERY = 500
#: kg's prefixes for a server, on one line so that the server's "line N" in an error stays right from line 2 on.
_PROLOGUE = " ".join(f"PREFIX {prefix}: <{ns}>" for prefix, ns in PREFIXES.items()) + " "


class Rows(Protocol):
    """A named graph already written as N-Triples (kg.mapping.ArticleTriples): put_graph takes it as it is."""

    identifier: URIRef

    def nt(self) -> str: ...


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def syntax_message(error: str) -> str:
    """Oxigraph's "error at 3:14: expected one of ..." as one line that names the line and the column."""
    error = error.splitlines()[0] if error else "syntax error"
    where = re.match(r"error at (\d+):(\d+):\s*(.*)", error)
    if where:
        line, column, detail = where.groups()
        detail = detail if len(detail) <= 100 else detail[:97].rstrip(", ") + "..."
        error = f"line {line}, column {column}: {detail}"
    return f"malformed SPARQL at {error}; fix the query (kg query --list shows the built-in ones)"


QUERY, UPDATE = "query", "update"
_PARSER_POSITION = re.compile(r"\s*\(at char \d+\), \(line:\d+, col:\d+\)$")


def parse_sparql(sparql: str) -> tuple[str | None, object]:
    """What SPARQL's grammar makes of the text: (QUERY, parse tree), (UPDATE, parse tree) or (None, the query parser's error).

    Read-only is decided here, by rdflib's SPARQL 1.1 parser, never by looking for keywords in the text:
    a comment, a string or an IRI can hold anything (`# see "x"` then `INSERT DATA`, `<>`...), and only a
    parser knows where they end. Text that is neither a query nor an update is refused before it reaches
    any store, so a server that would run an update sent to its query endpoint (Virtuoso) never sees one.
    """
    return _parser().submit(_parse, sparql).result()


@functools.cache
def _parser() -> ThreadPoolExecutor:
    """One thread of its own for rdflib's parser: pyparsing keeps frames of its last parse (and their callers) alive,
    which from the caller's thread would keep a closed store's RocksDB open, and it is not thread-safe."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-sparql-parser")


def _parse(sparql: str) -> tuple[str | None, object]:
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return QUERY, parseQuery(sparql)
    except Exception as exc:  # pyparsing's ParseException; RecursionError on absurdly nested text
        error: object = exc.with_traceback(None)
    try:
        tree = parseUpdate(sparql)
        if dict.get(tree, "request"):  # an empty text, or only comments, is an empty update: not one
            return UPDATE, tree
    except Exception:  # noqa: S110 - neither a query nor an update: the query parser's error is the one to show
        pass
    return None, error


def is_update(sparql: str) -> bool:
    return parse_sparql(sparql)[0] == UPDATE


def uses_service(tree: object) -> bool:
    """Whether a parsed query holds a SERVICE clause (which makes the store send a request to another server)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
    return False


def _parser_message(error: object) -> str:
    """rdflib's "Expected SelectQuery, found '?'  (at char 26), (line:3, col:9)" as kg's one-line syntax error."""
    line, column = getattr(error, "lineno", None), getattr(error, "col", None)
    detail = _PARSER_POSITION.sub("", str(error).splitlines()[0] if str(error) else type(error).__name__)
    detail = detail if len(detail) <= 100 else detail[:97] + "..."
    where = f"line {line}, column {column}" if line and column else "its start"
    return f"malformed SPARQL at {where}: {detail}; fix the query (kg query --list shows the built-in ones)"


_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


def _form(tree: object) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a parsed query (what a server's answer must be)."""
    try:
        return _FORMS.get(getattr(tree[1], "name", ""))  # type: ignore[index]
    except (IndexError, TypeError, KeyError):
        return None


def check_read_only(sparql: str, allow_service: bool = False) -> str | None:
    """Refuse anything but a SPARQL query, and a query with SERVICE unless it is allowed; QueryError says why.
    Returns the query's form (SELECT, ASK, CONSTRUCT, DESCRIBE)."""
    kind, parsed = parse_sparql(sparql)
    if kind == UPDATE:
        raise QueryError("kg query is read-only: this is a SPARQL UPDATE; use kg add / kg add --replace to change the store")
    if kind is None:
        raise QueryError(_parser_message(parsed))
    if not allow_service and uses_service(parsed):
        raise QueryError("the query holds SERVICE, which makes the store send a request to another server; "
                         "kg query --allow-service runs it (federation, e.g. with Wikidata)")
    return _form(parsed)


def _drop(name: object, merged: bool) -> str:
    """The update that drops named graph `name` and, with `merged`, its triples from the merged default graph that
    no other named graph holds (a graph is a set: a triple another article also gives stays)."""
    if not merged:
        return f"DROP SILENT GRAPH <{name}>"
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{name}>) }} }} ;\n"
            f"DROP SILENT GRAPH <{name}>")


class KgStore:
    """A kg store, opened for reading or writing. Use `open_store` rather than this directly."""

    # the store's parts, put together only by open_store, remote_store and memory_store below
    def __init__(self, location: str, dataset: Dataset, *, remote: bool, lock: IO[str] | None = None,  # noqa: PLR0913
                 inner: pyoxigraph.Store | None = None, writable: bool = False, client: Remote | None = None,
                 union: bool = False) -> None:
        self.location = location
        self.writable = writable
        self.dataset = dataset
        self.remote = remote
        self._lock = lock
        self._inner = inner
        self._client = client
        self._union = union  # a format-1 store opened read-only: query the union of the named graphs
        self._unflushed = 0  # articles written since RocksDB's memtables were last flushed
        self._abandoned = False  # a query still runs in a thread kg gave up waiting for (see _bounded)

    # ---- reading -------------------------------------------------------------------------
    def query(self, sparql: str, *, allow_service: bool = False, timeout: float | None = None) -> Result:
        """Run a read-only SPARQL query; an UPDATE is refused, a syntax error says where, SERVICE needs allow_service.

        With `timeout` (seconds) the answer is read whole within that time (on a server: the request's deadline),
        else QueryError; on the embedded store Ctrl-C then ends the wait at once (see _bounded)."""
        form = check_read_only(sparql, allow_service)
        if self._client is not None:
            if timeout is not None:
                self._client.timeout = min(self._client.timeout, timeout)
            try:
                return self._client.query(_PROLOGUE + sparql, form)
            except QueryError as exc:  # Oxigraph's "error at L:C": point at the user's text, not at kg's prefixes
                detail = str(exc).removeprefix(REJECTED)
                detail = re.sub(r"^error at 1:(\d+)", lambda m: f"error at 1:{max(1, int(m.group(1)) - len(_PROLOGUE))}", detail)
                raise QueryError(syntax_message(detail) if detail.startswith("error at ") else str(exc)) from None
        try:
            if self._inner is not None:
                if timeout is not None:
                    return self._bounded(sparql, timeout)
                return _native_result(self._inner.query(sparql, prefixes=_PREFIX_IRIS, use_default_graph_as_union=self._union))
            return self.dataset.query(sparql, initNs=PREFIXES)
        except KgError:
            raise
        except SyntaxError as exc:
            raise QueryError(syntax_message(str(exc))) from None
        except UnicodeEncodeError:
            raise QueryError("the query holds characters that are not text (bytes that were not UTF-8 on the command line?); "
                             "check your terminal's encoding") from None
        except Exception as exc:  # remote servers and rdflib raise many kinds; all mean the query failed
            if self.remote:
                raise StoreError(f"the SPARQL server at {self.location} failed the query: {str(exc).splitlines()[0]}") from None
            raise QueryError(f"the query failed: {str(exc).splitlines()[0]}") from None

    def _bounded(self, sparql: str, timeout: float) -> Result:
        """The embedded store's answer, evaluated and read whole in a thread of its own, waited for up to `timeout`.

        Oxigraph has no query timeout and cannot be interrupted: a cartesian product ran until killed, Ctrl-C
        unseen. It releases the GIL while it evaluates, so this thread waits, and a timeout or Ctrl-C leaves the
        query behind: the store is then abandoned (close() keeps kg.lock, so no writer opens the database under the
        running query) and kg exits, which ends the query. Reading changes nothing, so the store is intact."""
        inner, union = self._inner, self._union
        assert inner is not None
        box: dict[str, object] = {}
        done = threading.Event()

        def run() -> None:
            try:
                result = _native_result(inner.query(sparql, prefixes=_PREFIX_IRIS, use_default_graph_as_union=union))
                if result.type == "SELECT":
                    for _ in result:  # evaluate and convert every row here, under the deadline
                        pass
                box["result"] = result
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name="kg-query", daemon=True).start()
        try:
            finished = done.wait(timeout)
        except BaseException:  # Ctrl-C while waiting
            self._abandoned = True
            raise
        if not finished:
            self._abandoned = True
            raise QueryError(f"the query did not finish within {timeout:g} s; narrow it (a LIMIT, fewer unconnected patterns) "
                             "or allow more time with kg query --timeout SECONDS (or KG_QUERY_TIMEOUT)")
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box["result"]  # type: ignore[return-value]

    def has_article(self, article_id: str) -> bool:
        graph = iris.article_graph(article_id)
        if self._inner is not None:  # asked once per article a batch writes: a lookup, not a parsed query
            return self._holds(graph)
        return bool(self.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").askAnswer)

    def article_graphs(self) -> list[URIRef]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a kgo:Article } }")
        return sorted(URIRef(str(row[0])) for row in rows)  # type: ignore[index]

    def quads(self) -> Iterator[tuple[object, object, object, object]]:
        """The quads of the named graphs (the merged default graph is derived from them, so left out)."""
        if self._inner is not None:
            for quad in self._inner:
                if not isinstance(quad.graph_name, pyoxigraph.DefaultGraph):
                    yield quad  # type: ignore[misc]
            return
        yield from self.rdf_quads()

    def rdf_quads(self) -> Iterator[tuple[Node, Node, Node, Node]]:
        """Every quad of the named graphs as rdflib terms, embedded or remote (rdflib's SPARQLStore cannot list quads)."""
        if self._client is not None:
            yield from self._client.quads()
            return
        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            name = g.identifier if isinstance(g, Graph) else g
            if name is not None and name != DATASET_DEFAULT_GRAPH_ID:
                yield s, p, o, name  # type: ignore[misc]

    # ---- writing -------------------------------------------------------------------------
    def put_graph(self, graph: Graph | Rows) -> None:
        """Replace one named graph with `graph`, and keep the merged default graph in step, atomically.

        The default graph loses the old graph's triples that no other named graph holds, then gains the
        new ones (a graph is a set: a triple already there from another article stays once). `graph` is an
        rdflib Graph, or its N-Triples rows (kg.mapping.ArticleTriples, what ingestion writes).
        """
        name = graph.identifier
        body = graph.serialize(format="nt") if isinstance(graph, Graph) else graph.nt()
        if self._client is not None and not self._client.own_default_graph:  # Virtuoso: no default graph to keep
            self._write(f"{_drop(name, merged=False)} ;\nINSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}")
            return
        insert = f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}}\n{body}\n}}"  # the named graph and the merged default
        if self._inner is not None and not self._holds(name):
            # a new graph in the embedded store: nothing to drop, so the insert alone (a quarter of the write's time
            # went to the delete); no other writer can add the graph meanwhile, since a writer holds kg.lock
            self._write(insert, flush=True)
        else:
            self._write(f"{_drop(name, merged=True)} ;\n{insert}", flush=self._inner is not None)

    def _write(self, update: str, flush: bool = False) -> None:
        """Run one SPARQL update, the store's unit of atomicity; `flush` counts it toward RocksDB's next flush."""
        try:
            if self._inner is not None:
                self._inner.update(update)
                self._unflushed += flush
                if self._unflushed >= _FLUSH_EVERY:  # else RocksDB's memtables grow with the batch: +150 MB / 1,000 articles
                    self._inner.flush()
                    self._unflushed = 0
            elif self._client is not None:
                self._client.update(update)
            else:
                self.dataset.update(update)
        except KgError as exc:
            raise StoreError(f"could not write to the store at {self.location}: {exc}") from None
        except Exception as exc:
            raise StoreError(f"could not write to the store at {self.location}: {str(exc).splitlines()[0]}") from None

    def _holds(self, name: str) -> bool:
        """Whether the embedded store's named graph `name` holds a triple (a name that is no IRI: as if it did,
        so that put_graph takes its general path, whose update then fails as it always did)."""
        assert self._inner is not None
        try:
            graph = pyoxigraph.NamedNode(str(name))
        except ValueError:
            return True
        return next(iter(self._inner.quads_for_pattern(None, None, None, graph)), None) is not None

    def remove(self, name: URIRef) -> None:
        """Drop one named graph and its share of the merged default graph (the triples no other named graph
        holds), atomically: one SPARQL update, the first half of put_graph's. The caller checks the graph exists."""
        merged = not (self._client is not None and not self._client.own_default_graph)  # Virtuoso keeps none
        self._write(_drop(name, merged))

    def compact(self) -> None:
        """Compact the on-disk store (RocksDB): after thousands of single-article writes it is about 3x smaller."""
        if self._inner is not None and self.writable and self.location != ":memory:":
            try:
                self._inner.flush()
                self._inner.optimize()
            except OSError as exc:
                raise StoreError(f"could not compact the store at {self.location}: {str(exc).splitlines()[0]}") from None

    def ensure_ontology(self) -> None:
        if not bool(self.query(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}").askAnswer):
            ontology = Graph(identifier=ONTOLOGY_GRAPH)
            ontology.parse(ONTOLOGY_FILE, format="turtle")
            self.put_graph(ontology)

    def close(self) -> None:
        """Flush and release the store; a flush that fails (a full disk, the directory deleted) is a StoreError, raised
        once everything is released: the articles written before it are whole (each was one atomic update)."""
        if self._abandoned:  # a query still runs on the database: keep it and kg.lock until this process exits
            return
        failed = None
        if self._inner is not None:
            if self.writable and self.location != ":memory:":
                try:
                    self._inner.flush()  # oxrdflib's close() does not flush; reopening would be slow
                except (OSError, RuntimeError) as exc:
                    failed = " ".join(str(exc).split())[:300] or type(exc).__name__
            self._inner = None
            # Drop every reference to the Oxigraph store *before* the lock is released: RocksDB keeps its own
            # LOCK file until the store is freed, and another kg that got kg.lock could not open it meanwhile.
            self.dataset.close()
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None
        if failed:
            raise StoreError(f"could not finish writing the store at {self.location}: {failed}; free some space, check the "
                             "directory, then run the same kg add again (the articles written before are whole)")

    def __enter__(self) -> KgStore:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        try:
            self.close()
        except StoreError:
            if kind is None:  # else the error already on its way says more
                raise


def _check_marker(path: Path) -> int:
    """The store's format, if this kg reads it."""
    marker = path / MARKER
    if not marker.exists():
        raise StoreError(f"{path} is not a kg store (no {MARKER}); choose another --store or an empty directory")
    try:
        version = json.loads(marker.read_text())["format_version"]
    except OSError as exc:  # a directory, unreadable, an I/O error
        raise StoreError(f"{path}/{MARKER} cannot be read ({exc.strerror or exc}); restore it, or check its permissions") from None
    except (ValueError, KeyError, TypeError, RecursionError):
        raise StoreError(f"{path}/{MARKER} is damaged; restore it or rebuild the store with kg add") from None
    if version not in _READABLE_FORMATS:
        raise StoreError(
            f"{path} was written by a kg with store format {version}, this kg reads format {FORMAT_VERSION}; "
            "export it with the kg that wrote it and re-add the articles"
        )
    return int(version)


LOCK_FILE = "kg.lock"
_MARKER_TMP = MARKER + ".tmp"


def _is_fresh(path: Path) -> bool:
    """No store here yet: no directory, an empty one, or only what an interrupted first `kg add` leaves."""
    return not path.exists() or all(p.name in (LOCK_FILE, _MARKER_TMP) for p in path.iterdir())


def _write_marker(path: Path) -> None:
    """Write the marker atomically (temporary file, then rename), so no reader ever sees half of it."""
    tmp = path / _MARKER_TMP
    tmp.write_text(json.dumps({"format_version": FORMAT_VERSION, "kind": "kg store"}) + "\n")
    os.replace(tmp, path / MARKER)


def _take_lock(path: Path, write: bool, timeout: float) -> IO[str]:
    """kg.lock: one writer (exclusive) or many readers (shared), across processes; wait up to `timeout` seconds."""
    try:
        handle = open(path / LOCK_FILE, "a+")  # noqa: SIM115 - held for the store's lifetime
    except OSError as exc:
        if write or not (path / LOCK_FILE).exists():
            raise StoreError(f"cannot lock the store at {path} ({exc.strerror or exc}); check its permissions") from None
        handle = open(path / LOCK_FILE)  # noqa: SIM115 - a reader of a store it may not write to
    mode = fcntl.LOCK_EX if write else fcntl.LOCK_SH
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                raise StoreError(
                    f"the store at {path} stayed busy for {timeout:g}s (another kg process is using it); "
                    "try again when it finishes, or wait longer with kg --lock-timeout SECONDS (or KG_LOCK_TIMEOUT)"
                ) from None
            if not told:
                import sys

                from kg.terminal import printable

                print(printable(f"waiting for the store at {path}: another kg process is using it (up to {timeout:g}s, "
                                "see --lock-timeout)...", one_line=True), file=sys.stderr, flush=True)
                told = True
            time.sleep(0.05)


def _open_oxigraph(path: Path, write: bool, timeout: float) -> pyoxigraph.Store:
    """Open the RocksDB directory. kg.lock is already held, but a kg that has just released it may still be
    closing RocksDB (whose own LOCK it holds until then), so a busy RocksDB lock is waited for too."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if write:
                return pyoxigraph.Store(str(path / "oxigraph"))
            if not (path / "oxigraph").exists():
                raise StoreError(f"the store at {path} holds no data yet; add articles first with: kg add PATH")
            return pyoxigraph.Store.read_only(str(path / "oxigraph"))
        except RuntimeError as exc:  # RocksDB's "Corruption: ..." (a damaged CURRENT, MANIFEST or table file)
            message = " ".join(str(exc).split())[:300] or type(exc).__name__
            raise StoreError(f"the store at {path} is damaged ({message}); restore it from a backup, or rebuild it "
                             "in a new directory with kg add") from None
        except OSError as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if write and "lock" in message.lower():
                if time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise StoreError(
                    f"the store at {path} is held open by another program ({message}); close it and try again"
                ) from None
            raise StoreError(f"cannot open the store at {path}: {message}") from None


def _open_local(location: str, write: bool, lock_timeout: float) -> KgStore:
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a kg store directory; choose another --store")
    fresh = _is_fresh(path)
    if fresh and not write:
        raise StoreError(f"no kg store at {path}; add articles first with: kg add PATH (or choose --store)")
    if fresh:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the store directory {path} ({exc.strerror or exc}); choose another --store") from None
    else:
        _check_marker(path)  # before kg.lock is created: a directory that is not a kg store is left alone
    lock = _take_lock(path, write, lock_timeout)
    store: KgStore | None = None
    try:
        if write and _is_fresh(path):  # under the lock: two first `kg add`s do not both create the store
            _write_marker(path)
        version = _check_marker(path)
        inner = _open_oxigraph(path, write, lock_timeout)
        if write and version < FORMAT_VERSION:  # format 1 -> 2: fill the merged default graph, once
            inner.update(_UPGRADE)
            inner.flush()
            _write_marker(path)
            version = FORMAT_VERSION
        union = version < FORMAT_VERSION
        dataset = Dataset(store=OxigraphStore(store=inner), default_union=union)
        store = KgStore(str(path), dataset, remote=False, lock=lock, inner=inner, writable=write, union=union)
        if write:
            store.ensure_ontology()
        return store
    except BaseException:
        if store is not None:
            store.close()
        else:
            lock.close()
        raise


def _open_remote(url: str, update_url: str | None, write: bool) -> KgStore:
    """A store on a SPARQL 1.1 server: queries and updates go through kg.remote, credentials from the environment.

    `location` is the URL without any credentials, since it is printed. Opening checks the server answers,
    writes the ontology graph if it is missing (when writing), then checks what the server's default graph
    shows (kg.remote.Remote.detect_layout), so queries see every article once whatever its settings.
    """
    url, auth = split_credentials(url)
    update, update_auth = split_credentials(update_url or os.environ.get("KG_UPDATE_URL") or default_update_url(url))
    client = Remote(url, update, auth or update_auth)
    # rdflib's view of the same server, for code that wants an rdflib Dataset; kg itself goes through `client`
    backend = SPARQLUpdateStore(query_endpoint=url, update_endpoint=update, auth=auth or update_auth, autocommit=True)
    dataset = Dataset(store=backend)
    store = KgStore(url, dataset, remote=True, writable=write, client=client)
    client.probe()  # unreachable, refused or not SPARQL: one StoreError line; Virtuoso: no default graph of its own
    if write:
        store.ensure_ontology()
    client.detect_layout(write)
    return store


def open_store(location: str, *, write: bool = False, update_url: str | None = None,
               lock_timeout: float = 60.0) -> KgStore:
    if is_remote(location):
        return _open_remote(location, update_url, write)
    return _open_local(location, write, lock_timeout)


def _native_result(answer: object) -> Result:
    """pyoxigraph's answer as an rdflib Result, converted row by row as it is read (see kg.terms)."""
    from kg.terms import result_of

    return result_of(answer)


@contextmanager
def opened(location: str, **kwargs: object) -> Iterator[KgStore]:
    store = open_store(location, **kwargs)  # type: ignore[arg-type]
    try:
        yield store
    finally:
        store.close()


def memory_store() -> KgStore:
    """A throwaway in-memory store, laid out like the on-disk one (used by kg eval and tests)."""
    inner = pyoxigraph.Store()
    store = KgStore(":memory:", Dataset(store=OxigraphStore(store=inner)), remote=False, inner=inner)
    store.ensure_ontology()
    return store
