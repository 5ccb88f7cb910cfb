"""Security and deadlines (issue 13): what kg sends, to whom, for how long.

Hostile queries, servers that redirect, trickle or pretend to be a writable Virtuoso, and store URLs holding
passwords, all on loopback. Servers are started per test in threads, answer only loopback, and are stopped
(and their handler loops ended) when the test ends; every run of kg is bounded in time; the embedded
store is compared byte for byte before and after.
"""

from __future__ import annotations

import http.server
import json
import os
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from kg import iris
from kg.cli import app
from kg.errors import QueryError
from kg.remote import redact
from kg.store import KgStore, memory_store, open_store
from tests.conftest import ROOT, free_port
from tests.test_reliability import assert_clean_failure, snapshot

runner = CliRunner()
MAIN = str(ROOT / "main.py")
RUN_LIMIT = 40  # seconds any kg process may run here; a kg that hangs fails the test instead of hanging it

# ---- servers on loopback ----------------------------------------------------------------------------------


class _Server:
    """A threaded HTTP server on a free loopback port, always shut down."""

    def __init__(self, handler: type[http.server.BaseHTTPRequestHandler]) -> None:
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def serve() -> Iterator:  # type: ignore[type-arg]
    started: list[_Server] = []

    def start(handler: type[http.server.BaseHTTPRequestHandler]) -> _Server:
        started.append(_Server(handler))
        return started[-1]

    yield start
    for server in started:
        server.close()


def _sparql_of(handler: http.server.BaseHTTPRequestHandler) -> str:
    """The query or update in a SPARQL protocol POST (form, or a direct body)."""
    body = handler.rfile.read(int(handler.headers.get("Content-Length", 0) or 0)).decode("utf-8", "replace")
    if handler.headers.get_content_type() == "application/x-www-form-urlencoded":
        form = parse_qs(body)
        return (form.get("query") or form.get("update") or [""])[0]
    return body


def _json_answer(handler: http.server.BaseHTTPRequestHandler, sparql: str) -> None:
    """ASK: true; anything else: one row binding ?x to "from-elsewhere" (what any SELECT gets)."""
    if sparql.lstrip().upper().startswith("ASK") or " ASK " in sparql.upper():
        answer = {"head": {}, "boolean": True}
    else:
        answer = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "from-elsewhere"}}]}}
    data = json.dumps(answer).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def _recording(answer: str = "json", server: str = "kg-test") -> type[_Quiet]:
    """A handler class of its own (its own record of what it was sent): a SPARQL endpoint, or a redirect."""

    class Recording(_Quiet):
        seen: list[tuple[str, str, str]] = []  # (method, Authorization header, SPARQL text)
        server_version = server
        sys_version = ""
        location = ""

        def _handle(self) -> None:
            sparql = _sparql_of(self) if self.command == "POST" else ""
            self.seen.append((self.command, self.headers.get("Authorization", ""), sparql))
            if answer == "json":
                _json_answer(self, sparql)
                return
            self.send_response(int(answer))
            self.send_header("Location", self.location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET = _handle  # noqa: N815 - the http.server API

    return Recording


# ---- a small embedded store (no spaCy needed) ----------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Path:
    location = tmp_path / "store"
    with open_store(str(location), write=True) as kg:
        graph = Graph(identifier=iris.article_graph("0123456789abcdef"))
        graph.add((URIRef("urn:kg:test:a"), URIRef("urn:kg:test:says"), Literal("kept")))
        kg.put_graph(graph)
    return location


def kg_process(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], float]:
    """A real kg process, bounded in time; (result, seconds it took)."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, MAIN, *args], cwd=ROOT, capture_output=True, text=True, timeout=RUN_LIMIT,
                            env={**os.environ, **(env or {})})
    return result, time.monotonic() - started


# ---- 1. read-only is decided by a parser ------------------------------------------------------------------

HIDDEN_UPDATES = [
    '# see "x"\nINSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }',
    "# <>\nCLEAR GRAPH <urn:g>",
    '#"<\nDROP ALL',
    "PREFIX x: <urn:x#> # it's \"quoted\" <here>\nDELETE WHERE { ?s ?p ?o }",
    "# a\n# \"b\"\n\n  WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("update", HIDDEN_UPDATES, ids=range(len(HIDDEN_UPDATES)))
def test_a_comment_cannot_hide_an_update_from_the_read_only_check(store, update):
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "query", update])
    assert_clean_failure(result, "kg query is read-only", code=QueryError.exit_code)
    assert snapshot(store) == before


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",)), max_size=40),
       st.sampled_from(["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "CLEAR ALL", "DROP GRAPH <urn:g>", "LOAD <http://127.0.0.1:9/x>"]))
def test_an_update_after_any_comment_is_refused_as_one(comment, update):
    store = _mem()
    before = {str(q) for q in store.quads()}
    with pytest.raises(QueryError, match="read-only"):
        store.query(f"#{comment}\n{update}")
    assert {str(q) for q in store.quads()} == before


_MEM: list[KgStore] = []


def _mem() -> KgStore:
    if not _MEM:
        _MEM.append(memory_store())
    return _MEM[0]


def test_a_writable_query_endpoint_never_gets_an_update(serve):
    """A server that would run an update sent to its query endpoint (Virtuoso's /sparql) gets only queries from kg."""
    virtuoso = serve(_recording(server="Virtuoso/07.20.3229"))
    url = virtuoso.url + "/sparql"
    for update in HIDDEN_UPDATES:
        result = runner.invoke(app, ["--store", url, "--update-url", url, "query", update])
        assert_clean_failure(result, "kg query is read-only", code=QueryError.exit_code)
    sent = [sparql for _, _, sparql in virtuoso.httpd.RequestHandlerClass.seen]
    assert sent, "kg opened the store (it asked the server something)"
    for sparql in sent:
        assert not any(word in sparql.upper() for word in ("INSERT", "DELETE", "CLEAR", "DROP")), sparql


# ---- 2. SERVICE is refused unless asked for -----------------------------------------------------------------

SERVICE_QUERIES = [
    "SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}",
    "select ?x where {{ service silent <{url}> {{ ?s ?p ?x }} }}",
    '# "\nSELECT ?x WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?x }} }} }}',
    "SELECT ?x WHERE {{ {{ SELECT ?x WHERE {{ OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?x }} }} }} }} }}",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES, ids=range(len(SERVICE_QUERIES)))
def test_service_is_refused_by_default_and_no_request_leaves(store, serve, template):
    elsewhere = serve(_recording())
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "query", template.format(url=elsewhere.url + "/sparql")])
    assert_clean_failure(result, "--allow-service", code=QueryError.exit_code)
    assert "SERVICE" in result.stderr
    assert elsewhere.httpd.RequestHandlerClass.seen == []
    assert snapshot(store) == before


def test_service_runs_with_allow_service(store, serve):
    elsewhere = serve(_recording())
    query = SERVICE_QUERIES[0].format(url=elsewhere.url + "/sparql")
    result = runner.invoke(app, ["--store", str(store), "query", "--allow-service", query])
    assert result.exit_code == 0, result.output
    assert "from-elsewhere" in result.stdout and elsewhere.httpd.RequestHandlerClass.seen


def test_a_remote_store_is_not_sent_a_service_query(serve):
    server = serve(_recording(server="Virtuoso/07.20.3229"))
    elsewhere = serve(_recording())
    result = runner.invoke(app, ["--store", server.url + "/sparql", "query", SERVICE_QUERIES[0].format(url=elsewhere.url)])
    assert_clean_failure(result, "--allow-service", code=QueryError.exit_code)
    assert not any("SERVICE" in sparql.upper() for _, _, sparql in server.httpd.RequestHandlerClass.seen)


# ---- 3. credentials never cross origins, and are never printed -------------------------------------------------


@pytest.mark.parametrize("code", ["301", "302", "303", "307", "308"])
def test_a_redirect_to_another_origin_gets_no_credentials_and_is_an_error(serve, monkeypatch, code):
    secret = "s3cret-Pa55"
    target = serve(_recording())
    redirector = serve(_recording(answer=code))
    redirector.httpd.RequestHandlerClass.location = target.url + "/query"
    monkeypatch.setenv("KG_USER", "alice")
    monkeypatch.setenv("KG_PASSWORD", secret)
    result = runner.invoke(app, ["--store", redirector.url + "/query", "query", "SELECT ?x WHERE { ?x ?p ?o }"])
    assert_clean_failure(result, "redirected", code=4)
    assert "row" not in result.stdout and secret not in result.output
    assert redirector.httpd.RequestHandlerClass.seen, "the store's own server was asked"
    assert target.httpd.RequestHandlerClass.seen == [], "nothing, credentials least of all, went to the other origin"


@pytest.mark.parametrize("password", ["pa#ssXQ", "pa/ssXQ", "pXQ?ss#w/rdZZ", "aXQ#b@cZZ"])
@pytest.mark.parametrize("command", [["query", "person"], ["stats"]])
def test_a_password_with_reserved_characters_is_never_printed(password, command):
    url = f"http://bob:{password}@127.0.0.1:{free_port()}/query"
    result = runner.invoke(app, ["--store", url, *command])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("Error: "), result.output
    assert "XQ" not in result.output and "ZZ" not in result.output
    assert "bob" not in result.output and password not in redact(url)


def test_a_port_out_of_range_is_one_line():
    result = runner.invoke(app, ["--store", "http://bob:pw@127.0.0.1:99999/query", "stats"])
    assert_clean_failure(result, "port", code=4)
    assert "pw" not in result.output.replace("Error: ", "")


def test_a_percent_encoded_password_is_sent_decoded(serve):
    server = serve(_recording(server="Virtuoso/07.20.3229"))
    url = server.url.replace("http://", "http://bob:pa%23ss%2Fw@") + "/sparql"
    result = runner.invoke(app, ["--store", url, "query", "SELECT ?x WHERE { ?x ?p ?o }"])
    assert result.exit_code == 0, result.output
    import base64

    assert server.httpd.RequestHandlerClass.seen[0][1] == "Basic " + base64.b64encode(b"bob:pa#ss/w").decode()
    assert "pa%23ss" not in result.output


# ---- 4. deadlines ----------------------------------------------------------------------------------------------


class _Trickle(socketserver.ThreadingTCPServer):
    """Answers every connection with `head`, then one byte of `drip` every `every` seconds, until told to stop."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, head: bytes, every: float) -> None:
        self.head, self.every, self.stop = head, every, threading.Event()
        self.connections = 0
        super().__init__(("127.0.0.1", 0), _TrickleHandler)


class _TrickleHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        server: _Trickle = self.server  # type: ignore[assignment]
        server.connections += 1
        self.request.settimeout(2)
        try:
            self.request.recv(65536)  # the request (its head is enough)
            self.request.sendall(server.head)
            while not server.stop.wait(server.every):
                self.request.sendall(b"a")
        except OSError:
            pass  # the client hung up: what a deadline does


@pytest.fixture(params=["head", "body"])
def trickle(request: pytest.FixtureRequest) -> Iterator[str]:
    """A server that never finishes: its headers (one byte every 2 s), or a body promised 10,000 bytes long."""
    head = b"HTTP/1.1 200 OK\r\nX-Slow: " if request.param == "head" else \
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10000\r\n\r\n<html><body><p>"
    server = _Trickle(head, every=2.0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_a_trickling_sparql_server_is_cut_off_at_the_deadline(trickle):
    result, took = kg_process("--store", trickle + "/query", "query", "person-roles", env={"KG_TIMEOUT": "5"})
    assert result.returncode == 4, result.stderr
    assert result.stderr.startswith("Error: ") and "did not answer the query within 5 s" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert took < 5 + 15, took  # the deadline, plus starting Python and importing kg


def test_a_trickling_web_page_is_cut_off_at_the_deadline(trickle, tmp_path):
    location = tmp_path / "store"
    result, took = kg_process("--store", str(location), "add", trickle + "/page.html", env={"KG_TIMEOUT": "5"})
    assert result.returncode == 2, result.stderr
    assert "did not arrive within 5 s" in result.stderr and "Traceback" not in result.stderr
    assert took < 5 + 30, took  # the deadline, plus starting Python and importing kg's pipeline


@pytest.mark.parametrize("value", ["abc", "0", "-3", "nan", "inf"])
def test_a_bad_timeout_setting_is_one_line(store, monkeypatch, value, serve):
    server = serve(_recording(server="Virtuoso/07.20.3229"))
    monkeypatch.setenv("KG_TIMEOUT", value)
    result = runner.invoke(app, ["--store", server.url + "/sparql", "stats"])
    assert_clean_failure(result, "KG_TIMEOUT", code=2)
