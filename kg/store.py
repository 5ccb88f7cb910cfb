"""The store: an rdflib Dataset over Oxigraph on disk, or over a SPARQL 1.1 server.

Layout, the same embedded or remote: one named graph per article, the ontology in its own graph, and
queries over the union of them. An article is written with one SPARQL UPDATE (drop its graph, insert
it again), which Oxigraph and SPARQL servers apply atomically: an article is whole or absent.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result

from kg import iris
from kg.config import ONTOLOGY_FILE
from kg.errors import QueryError, StoreError
from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES

FORMAT_VERSION = 1
MARKER = "kg-store.json"
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"#[^\n<>\"]*$", re.MULTILINE)


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def is_update(sparql: str) -> bool:
    return bool(_UPDATE.match(_COMMENT.sub("", sparql)))


class KgStore:
    """A kg store, opened for reading or writing. Use `open_store` rather than this directly."""

    def __init__(self, location: str, dataset: Dataset, *, remote: bool, lock: IO[str] | None = None,
                 inner: pyoxigraph.Store | None = None, writable: bool = False) -> None:
        self.location = location
        self.writable = writable
        self.dataset = dataset
        self.remote = remote
        self._lock = lock
        self._inner = inner

    # ---- reading -------------------------------------------------------------------------
    def query(self, sparql: str) -> Result:
        """Run a read-only SPARQL query; an UPDATE is refused, a syntax error says where."""
        if is_update(sparql):
            raise QueryError("kg query is read-only: this is a SPARQL UPDATE; use kg add / kg add --replace to change the store")
        try:
            return self.dataset.query(sparql, initNs=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}".splitlines()[0]) from None
        except Exception as exc:  # remote servers and rdflib raise many kinds; all mean the query failed
            if self.remote:
                raise StoreError(f"the SPARQL server at {self.location} failed the query: {str(exc).splitlines()[0]}") from None
            raise QueryError(f"the query failed: {str(exc).splitlines()[0]}") from None

    def has_article(self, article_id: str) -> bool:
        graph = iris.article_graph(article_id)
        return bool(self.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").askAnswer)

    def article_graphs(self) -> list[URIRef]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a kgo:Article } }")
        return sorted(URIRef(str(row[0])) for row in rows)  # type: ignore[index]

    def quads(self) -> Iterator[tuple[object, object, object, object]]:
        if self._inner is not None:
            yield from self._inner  # type: ignore[misc]
            return
        yield from self.dataset.quads((None, None, None, None))

    # ---- writing -------------------------------------------------------------------------
    def put_graph(self, graph: Graph) -> None:
        """Replace one named graph with `graph`, atomically."""
        name = graph.identifier
        body = graph.serialize(format="nt")
        update = f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}"
        try:
            if self._inner is not None:
                self._inner.update(update)
            else:
                self.dataset.update(update)
        except Exception as exc:
            raise StoreError(f"could not write to the store at {self.location}: {str(exc).splitlines()[0]}") from None

    def ensure_ontology(self) -> None:
        if not bool(self.query(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}").askAnswer):
            ontology = Graph(identifier=ONTOLOGY_GRAPH)
            ontology.parse(ONTOLOGY_FILE, format="turtle")
            self.put_graph(ontology)

    def close(self) -> None:
        if self._inner is not None:
            if self.writable and self.location != ":memory:":
                self._inner.flush()  # oxrdflib's close() does not flush; reopening would be slow
            self._inner = None
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def __enter__(self) -> KgStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_marker(path: Path) -> None:
    marker = path / MARKER
    if not marker.exists():
        raise StoreError(f"{path} is not a kg store (no {MARKER}); choose another --store or an empty directory")
    try:
        version = json.loads(marker.read_text())["format_version"]
    except (ValueError, KeyError, TypeError):
        raise StoreError(f"{path}/{MARKER} is damaged; restore it or rebuild the store with kg add") from None
    if version != FORMAT_VERSION:
        raise StoreError(
            f"{path} was written by a kg with store format {version}, this kg reads format {FORMAT_VERSION}; "
            "export it with the kg that wrote it and re-add the articles"
        )


def _take_lock(path: Path, write: bool, timeout: float) -> IO[str]:
    handle = open(path / "kg.lock", "a+")  # noqa: SIM115 - held for the store's lifetime
    mode = fcntl.LOCK_EX if write else fcntl.LOCK_SH
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if not told:
                import sys

                print(f"waiting for the store at {path} (another kg is writing to it)...", file=sys.stderr)
                told = True
            if time.monotonic() > deadline:
                handle.close()
                raise StoreError(
                    f"the store at {path} stayed busy for {timeout:.0f}s (another kg process is using it); "
                    "try again when it finishes, or raise --lock-timeout"
                ) from None
            time.sleep(0.1)


def _open_local(location: str, write: bool, lock_timeout: float) -> KgStore:
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a kg store directory; choose another --store")
    if not path.exists() or not any(path.iterdir()):
        if not write:
            raise StoreError(f"no kg store at {path}; add articles first with: kg add PATH (or choose --store)")
        path.mkdir(parents=True, exist_ok=True)
        (path / MARKER).write_text(json.dumps({"format_version": FORMAT_VERSION, "kind": "kg store"}) + "\n")
    _check_marker(path)
    lock = _take_lock(path, write, lock_timeout)
    try:
        inner = pyoxigraph.Store(str(path / "oxigraph")) if write else pyoxigraph.Store.read_only(str(path / "oxigraph"))
    except OSError as exc:
        lock.close()
        raise StoreError(f"cannot open the store at {path}: {str(exc).splitlines()[0]}") from None
    dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
    store = KgStore(str(path), dataset, remote=False, lock=lock, inner=inner, writable=write)
    if write:
        store.ensure_ontology()
    return store


def _open_remote(url: str, update_url: str | None, write: bool) -> KgStore:
    update = update_url or os.environ.get("KG_UPDATE_URL") or re.sub(r"/query$", "/update", url)
    auth = None
    if os.environ.get("KG_USER"):
        auth = (os.environ["KG_USER"], os.environ.get("KG_PASSWORD", ""))
    backend = SPARQLUpdateStore(query_endpoint=url, update_endpoint=update, auth=auth, autocommit=True)
    dataset = Dataset(store=backend, default_union=True)
    store = KgStore(url, dataset, remote=True, writable=write)
    try:
        store.query("ASK { ?s ?p ?o }")
    except StoreError:
        raise StoreError(f"cannot reach the SPARQL server at {url}; check the URL and that the server is running") from None
    if write:
        store.ensure_ontology()
    return store


def open_store(location: str, *, write: bool = False, update_url: str | None = None,
               lock_timeout: float = 60.0) -> KgStore:
    if is_remote(location):
        return _open_remote(location, update_url, write)
    return _open_local(location, write, lock_timeout)


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
    store = KgStore(":memory:", Dataset(store=OxigraphStore(store=inner), default_union=True), remote=False, inner=inner)
    store.ensure_ontology()
    return store
