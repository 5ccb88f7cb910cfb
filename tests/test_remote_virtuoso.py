"""kg against OpenLink Virtuoso (Debian: apt-get install virtuoso-opensource), started on loopback in tmp_path.

Virtuoso differs from Oxigraph where kg notices: its default graph is every graph (no triples of its own),
an update without GRAPH is refused, its system graphs are always there, and its authenticated endpoint
(/sparql-auth, where dba may write) takes HTTP Digest only. One throwaway server serves the module.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from urllib.error import URLError
from urllib.request import urlopen

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import ingest
from kg.store import KgStore, open_store
from tests.conftest import SEED, assert_same_named_rows, free_port, stop_server

pytestmark = pytest.mark.slow
runner = CliRunner()
COMPARED = ("person-roles", "election-winners", "by-election-triggers")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

_INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping           = 0
TempStorage        = TempDatabase
[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
Striping           = 0
[Parameters]
ServerPort         = 127.0.0.1:{sql}
DisableUnixSocket  = 1
CaseMode           = 2
DirsAllowed        = .
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
[HTTPServer]
ServerPort         = 127.0.0.1:{http}
ServerRoot         = {d}
ServerThreads      = 4
Charset            = UTF-8
[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(query URL, update URL with dba's default credentials) of a fresh Virtuoso; always stopped."""
    binary = shutil.which("virtuoso-t")
    if not binary:
        pytest.skip("Virtuoso is not installed (no virtuoso-t; Debian: apt-get install virtuoso-opensource)")
    home = tmp_path_factory.mktemp("virtuoso")
    http, sql = free_port(), free_port()
    (home / "virtuoso.ini").write_text(_INI.format(d=home, sql=sql, http=http))
    log = open(home / "stdout.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen([binary, "+foreground", "+configfile", str(home / "virtuoso.ini")],
                               cwd=home, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http}"
    try:
        deadline = time.monotonic() + 45  # a fresh database takes about 4 s
        while True:
            if process.poll() is not None:
                pytest.fail(f"virtuoso-t exited with {process.returncode}: {(home / 'stdout.log').read_text()[-500:]}")
            try:
                with urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except (URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail("Virtuoso did not answer SPARQL within 45 s")
            time.sleep(0.2)
        yield f"{base}/sparql", f"http://dba:dba@127.0.0.1:{http}/sparql-auth"  # dba/dba: a new database's default
    finally:
        stop_server(process, 20)
        log.close()


def _quads(store: KgStore) -> set[tuple[str, ...]]:
    """Quads as N-Triples terms; a simple literal is an xsd:string in RDF 1.1 (Virtuoso keeps the two apart)."""
    return {tuple(term.n3().removesuffix(f"^^<{XSD_STRING}>") for term in quad) for quad in store.rdf_quads()}


def test_seed_gives_the_same_rows_and_quads_as_the_embedded_store(virtuoso, seed_store):
    query_url, update_url = virtuoso
    with open_store(query_url, write=True, update_url=update_url) as remote:
        report = ingest([str(SEED)], remote)
        assert len(report.added) == 1
        assert_same_named_rows(remote, seed_store, COMPARED)
        assert _quads(remote) == _quads(seed_store)  # kg's graphs only: not Virtuoso's own system graphs
    with open_store(query_url) as reader:  # a reader needs no credentials
        assert_same_named_rows(reader, seed_store, COMPARED)


def test_re_add_is_idempotent_and_the_cli_writes_with_digest(virtuoso):
    query_url, update_url = virtuoso
    with open_store(query_url, write=True, update_url=update_url) as remote:
        ingest([str(SEED)], remote)  # present already if the test above ran; added otherwise
        before = _quads(remote)
        again = ingest([str(SEED)], remote)
        assert again.skipped and not again.added and _quads(remote) == before
        replaced = ingest([str(SEED)], remote, replace=True)
        assert replaced.replaced and _quads(remote) == before
    args = ["--store", query_url, "--update-url", update_url]
    result = runner.invoke(app, [*args, "add", str(SEED)])
    assert result.exit_code == 0 and "already in the store" in result.output and "added 0" in result.output, result.output
    assert "dba:dba" not in result.output
    stats = runner.invoke(app, [*args, "stats"])
    assert stats.exit_code == 0 and "by article" in stats.output, stats.output
    table = runner.invoke(app, ["--store", query_url, "query", "election-winners"])
    assert table.exit_code == 0 and "Trudy Harrison" in table.output, table.output
