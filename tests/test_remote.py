"""kg against a real SPARQL 1.1 server: `oxigraph serve` (the PyPI package `oxigraph`) started on loopback.

The server is started once per test in a fresh directory, with or without its union-default-graph
option: kg must give the same answers either way, and the same as the embedded store.
"""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError, StoreError
from kg.ingest import ingest
from kg.remote import UNION_LISTED, UNION_NONE, UNION_PARAM
from kg.store import KgStore, open_store
from tests.conftest import SEED, assert_same_named_rows, free_port, named_rows, stop_server

pytestmark = pytest.mark.slow
runner = CliRunner()
COMPARED = ("person-roles", "election-winners", "by-election-triggers")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _oxigraph() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server is not installed (it is in the dev extras: pip install -e '.[dev]')")
    return found


def _serve(location: Path, union: bool) -> Iterator[str]:
    """Start `oxigraph serve` on a free loopback port, wait (bounded) until it listens, always stop it."""
    port = free_port()
    args = [_oxigraph(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    if union:
        args.append("--union-default-graph")
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {process.returncode}: {process.stderr.read().decode()[:500]}")  # type: ignore[union-attr]
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not listen within 30 s")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop_server(process, 10)
        if process.stderr:
            process.stderr.close()


@pytest.fixture(params=[True, False], ids=["union-default-graph", "plain"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A server with the documented setting (--union-default-graph), and one without it."""
    yield from _serve(tmp_path / "server", union=request.param)


@pytest.fixture
def plain_server(tmp_path: Path) -> Iterator[str]:
    yield from _serve(tmp_path / "plain-server", union=False)


def _quads(store: KgStore) -> set[tuple[str, ...]]:
    """Quads as N-Triples terms; a simple literal is an xsd:string in RDF 1.1, whichever way a reader writes it."""
    return {tuple(term.n3().removesuffix(f"^^<{XSD_STRING}>") for term in quad) for quad in store.rdf_quads()}


def test_seed_gives_the_same_rows_and_quads_as_the_embedded_store(server, seed_store):
    with open_store(server, write=True) as remote:
        report = ingest([str(SEED)], remote)
        assert len(report.added) == 1
        assert_same_named_rows(remote, seed_store, COMPARED)
        remote_quads = _quads(remote)
    assert remote_quads == _quads(seed_store)
    assert not any(term.startswith("_:") for quad in remote_quads for term in quad), "no blank nodes on the wire"


def test_a_union_default_graph_on_the_server_is_detected_and_warned_about(server, request, capsys):
    """kg needs no server option; a union default graph (which Oxigraph 0.5 fills with one copy per graph) is told."""
    with open_store(server, write=True) as remote:
        assert remote._client is not None and remote._client.union == UNION_NONE
    union = "union-default-graph" in request.node.callspec.id
    assert ("without that option" in capsys.readouterr().err) == union


def test_data_written_before_the_merged_default_graph_is_read_then_upgraded(plain_server, seed_store):
    """Named graphs only (kg's store format 1): read over the union (Oxigraph's parameter, or every graph listed
    in the request, plain SPARQL 1.1 protocol), and brought up to date by the next write."""
    with open_store(plain_server, write=True) as remote:
        ingest([str(SEED)], remote)
        assert remote._client is not None
        remote._client.update("DROP DEFAULT")
    with open_store(plain_server) as reader:
        assert reader._client is not None and reader._client.union == UNION_PARAM
        for name in COMPARED:
            assert named_rows(reader, name) == named_rows(seed_store, name), name
        reader._client.union = UNION_LISTED
        for name in COMPARED:
            assert named_rows(reader, name) == named_rows(seed_store, name), name
    with open_store(plain_server, write=True) as writer:
        assert writer._client is not None and writer._client.union == UNION_NONE
        for name in COMPARED:
            assert named_rows(writer, name) == named_rows(seed_store, name), name


def test_re_add_is_idempotent_by_article_id(plain_server):
    with open_store(plain_server, write=True) as remote:
        ingest([str(SEED)], remote)
        before = _quads(remote)
        again = ingest([str(SEED)], remote)
        assert again.skipped and not again.added and _quads(remote) == before
        replaced = ingest([str(SEED)], remote, replace=True)
        assert replaced.replaced and _quads(remote) == before
    result = runner.invoke(app, ["--store", plain_server, "add", str(SEED)])
    assert result.exit_code == 0 and "already in the store" in result.output and "added 0" in result.output


def test_every_command_works_against_the_server(plain_server, tmp_path):
    assert runner.invoke(app, ["--store", plain_server, "add", str(SEED)]).exit_code == 0
    table = runner.invoke(app, ["--store", plain_server, "query", "election-winners"])
    assert table.exit_code == 0 and "Trudy Harrison" in table.output
    stats = runner.invoke(app, ["--store", plain_server, "stats"])
    assert stats.exit_code == 0 and "articles" in stats.output
    export = runner.invoke(app, ["--store", plain_server, "export", "--format", "nq"])
    assert export.exit_code == 0 and "graph/article/" in export.output
    validate = runner.invoke(app, ["--store", plain_server, "validate"])
    assert validate.exit_code == 0, validate.output
    out = tmp_path / "view.html"
    viz = runner.invoke(app, ["--store", plain_server, "viz", "--out", str(out)])
    assert viz.exit_code == 0 and out.stat().st_size > 0
    bad = runner.invoke(app, ["--store", plain_server, "query", "SELECT ?s WHERE { ?s ?p }"])
    assert bad.exit_code == QueryError.exit_code and bad.output.startswith("Error: ") and "line 1, column 19" in bad.output


def test_unreachable_server_is_one_line_store_error():
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match="cannot reach the SPARQL server") as caught:
        open_store(url)
    assert "\n" not in str(caught.value)
    result = runner.invoke(app, ["--store", url, "query", "person-roles"])
    assert result.exit_code == StoreError.exit_code
    assert result.output.startswith("Error: cannot reach") and result.output.count("\n") == 1 and "Traceback" not in result.output


class _Refusing(http.server.BaseHTTPRequestHandler):
    """A server that refuses everyone, and remembers the Authorization header it was sent."""

    seen: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        self.seen.append(self.headers.get("Authorization", ""))
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="kg"')
        self.end_headers()
        self.wfile.write(b"unauthorised")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def refusing_server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/query"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_credentials_are_sent_but_never_printed(refusing_server, plain_server, monkeypatch):
    secret = "s3cret-Pa55"
    monkeypatch.setenv("KG_USER", "alice")
    monkeypatch.setenv("KG_PASSWORD", secret)
    _Refusing.seen.clear()
    refused = runner.invoke(app, ["--store", refusing_server, "add", str(SEED)])
    assert refused.exit_code == StoreError.exit_code and "refused access (HTTP 401)" in refused.output
    assert _Refusing.seen and _Refusing.seen[0].startswith("Basic ")  # the credentials were sent...
    unreachable = runner.invoke(app, ["--store", f"http://127.0.0.1:{free_port()}/query", "stats"])
    in_url = plain_server.replace("http://", f"http://bob:{secret}@")
    added = runner.invoke(app, ["--store", in_url, "add", str(SEED)])
    stats = runner.invoke(app, ["--store", in_url, "stats"])
    assert added.exit_code == 0 and stats.exit_code == 0, added.output + stats.output
    for result in (refused, unreachable, added, stats):  # ...and never shown
        assert secret not in result.output and "alice" not in result.output and "bob" not in result.output
    with open_store(in_url) as store:
        assert secret not in store.location and secret not in repr(store._client)
