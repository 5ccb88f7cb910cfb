"""kg add --cluster: a real `dask scheduler` and two `dask worker` processes on 127.0.0.1 (bounded in time, always
stopped), writing into an embedded store and into an `oxigraph serve` store: the same quads as a plain kg add, also
when a worker is killed (SIGKILL) mid-run and the same command is run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import ingest
from kg.store import open_store
from tests.conftest import ROOT, free_port, stop_server

runner = CliRunner()
ARTICLES = 16
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _quads(location: str) -> set[tuple[str, ...]]:
    """A store's named-graph quads as N-Triples terms (a simple literal is an xsd:string, whichever way it is written)."""
    with open_store(location) as store:
        return {tuple(term.n3().removesuffix(f"^^<{XSD_STRING}>") for term in quad) for quad in store.rdf_quads()}


# ---- fast: what is refused before any cluster is reached ---------------------------------------------------------
@pytest.mark.parametrize("address", ["local:0", "local:x", "local"])
def test_a_bad_local_cluster_is_refused(tmp_path, article_file, address):
    result = runner.invoke(app, ["--store", str(tmp_path / "s"), "add", str(article_file("Some text.")), "--cluster", address])
    assert result.exit_code == 2, result.output
    assert "local:N" in result.output


def test_workers_and_a_cluster_are_not_mixed(tmp_path, article_file):
    result = runner.invoke(app, ["--store", str(tmp_path / "s"), "add", str(article_file("Some text.")), "--cluster", "local:1",
                                 "--workers", "2"])
    assert result.exit_code == 2 and "size the cluster's workers" in result.output


def test_no_scheduler_is_one_error_line(tmp_path, article_file, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("kg.distributed.CONNECT_TIMEOUT", 1.0)
    address = f"tcp://127.0.0.1:{free_port()}"
    result = runner.invoke(app, ["--store", str(tmp_path / "s"), "add", str(article_file("Some text.")), "--cluster", address])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot reach the Dask scheduler at {address}")


# ---- a real cluster --------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Short synthetic articles (bench/synth.py: invented people, template sentences): the title and first paragraphs."""
    from bench.synth import article_text, make_world

    world = make_world()
    folder = tmp_path_factory.mktemp("corpus")
    for number in range(ARTICLES):
        paragraphs = article_text(world, number).split("\n\n")
        (folder / f"article-{number:03d}.txt").write_text("\n\n".join(paragraphs[:4]), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, ...]]:
    """The quads of a plain kg add of the corpus."""
    location = str(tmp_path_factory.mktemp("plain") / "store")
    with open_store(location, write=True) as store:
        assert len(ingest([str(corpus)], store).added) == ARTICLES
    return _quads(location)


@dataclass
class Cluster:
    address: str
    workers: list[subprocess.Popen[bytes]]


def _dask() -> str:
    found = Path(sys.executable).with_name("dask")
    if not found.exists():
        pytest.skip("Dask is not installed: pip install 'dask[distributed]'")
    return str(found)


@contextmanager
def dask_cluster(logs: Path) -> Iterator[Cluster]:
    """`dask scheduler` and two single-threaded `dask worker`s (no nanny: a killed worker stays dead), on 127.0.0.1 only."""
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    started: list[subprocess.Popen[bytes]] = []

    def start(name: str, args: list[str]) -> subprocess.Popen[bytes]:
        with open(logs / f"{name}.log", "wb") as log:
            started.append(subprocess.Popen([_dask(), *args], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=logs))
        return started[-1]

    try:
        start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"])
        workers = [start(f"worker-{n}", ["worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny",
                                         "--no-dashboard", "--name", f"w{n}", "--preload", "kg.distributed"]) for n in (1, 2)]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)  # each worker loads the spaCy pipeline as it starts
        yield Cluster(address, workers)
    finally:
        for process in reversed(started):
            stop_server(process, 10)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    pytest.importorskip("distributed")
    with dask_cluster(tmp_path_factory.mktemp("dask")) as found:
        yield found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    from tests.test_remote import _serve

    yield from _serve(tmp_path / "server", union=False)


def _add(store: str, corpus: Path, address: str) -> str:
    result = runner.invoke(app, ["--store", store, "add", str(corpus), "--cluster", address])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[-1]


@pytest.mark.slow
def test_a_cluster_fills_an_embedded_store_as_a_plain_add_does(cluster, corpus, reference, tmp_path):
    store = str(tmp_path / "store")
    assert _add(store, corpus, cluster.address).startswith(f"added {ARTICLES}, replaced 0, skipped 0, failed 0 article(s)")
    assert _quads(store) == reference
    assert _add(store, corpus, cluster.address).startswith(f"added 0, replaced 0, skipped {ARTICLES}, failed 0")


@pytest.mark.slow
def test_stdin_keeps_its_title_and_source_on_a_cluster(cluster, tmp_path):
    """`kg add - --title T --source S --cluster ...` stores what a plain add stores (the cluster dropped them)."""
    store = str(tmp_path / "store")
    text = "Ann Roe won the Fenby by-election for the Green Party on Thursday."
    result = runner.invoke(app, ["--store", store, "add", "-", "--title", "Fenby result", "--source", "https://example.org/fenby",
                                 "--date", "2024-05-03", "--cluster", cluster.address], input=text)
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["--store", store, "query", "articles", "--format", "json"])
    assert "Fenby result" in listed.output and "https://example.org/fenby" in listed.output, listed.output


@pytest.mark.slow
def test_workers_write_to_a_sparql_server_as_a_plain_add_does(cluster, corpus, reference, server):
    assert _add(server, corpus, cluster.address).startswith(f"added {ARTICLES}, replaced 0, skipped 0, failed 0 article(s)")
    assert _quads(server) == reference
    assert _add(server, corpus, cluster.address).startswith(f"added 0, replaced 0, skipped {ARTICLES}, failed 0")


def _aliased_inputs(folder: Path) -> tuple[Path, Path]:
    """A plain text, then JSON Lines records: the same text under two ids (a repeat), another text with an id."""
    import json

    folder.mkdir()
    first, second = "Labour MP Ruth Dale spoke in Kelby.", "Green councillor Tam Orr resigned in Fenby."
    (folder / "plain.txt").write_text(first, encoding="utf-8")
    records = folder / "recs.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in [{"id": "rec-1", "text": first}, {"id": "rec-2", "text": second},
                                                                 {"id": "rec-3", "text": second}]), encoding="utf-8")
    return folder / "plain.txt", records


@pytest.mark.slow
@pytest.mark.parametrize("where", ["embedded", "server"])
def test_ids_become_aliases_on_a_cluster_as_in_a_plain_add(where, cluster, tmp_path, request):
    """An id given to a stored text, or a repeat's id, is kept as an alias, as a plain add keeps it (the cluster's copy
    of the input loop dropped them); --replace keeps the aliases."""
    plain, records = _aliased_inputs(tmp_path / "in")
    stores = [request.getfixturevalue("server"), str(tmp_path / "plain-server")] if where == "server" else \
        [str(tmp_path / "cluster"), str(tmp_path / "plain")]
    with open_store(stores[1], write=True) as opened:
        ingest([str(plain)], opened)
        ingest([str(records)], opened)
    expected = _quads(stores[1])
    for args in ([str(plain)], [str(records)], [str(plain), "--replace"]):
        result = runner.invoke(app, ["--store", stores[0], "add", *args, "--cluster", cluster.address])
        assert result.exit_code == 0, result.output
    assert any("rec-1" in quad[2] for quad in _quads(stores[0])) and any("rec-3" in quad[2] for quad in _quads(stores[0]))
    assert _quads(stores[0]) == expected


@pytest.mark.slow
def test_the_same_command_adds_only_what_is_missing(cluster, corpus, reference, tmp_path):
    store = str(tmp_path / "store")
    half = sorted(corpus.iterdir())[: ARTICLES // 2]
    with open_store(store, write=True) as opened:
        ingest([str(path) for path in half], opened)
    assert _add(store, corpus, cluster.address).startswith(f"added {ARTICLES - ARTICLES // 2}, replaced 0, skipped {ARTICLES // 2}, ")
    assert _quads(store) == reference


@pytest.mark.slow
@pytest.mark.parametrize("where", ["embedded", "server"])
def test_a_worker_killed_mid_run_loses_nothing_and_doubles_nothing(where, corpus, reference, tmp_path, request):
    """SIGKILL one of two workers once the first articles are in: its chunks run again on the other."""
    pytest.importorskip("distributed")
    from kg.distributed import ingest_on_cluster

    store = request.getfixturevalue("server") if where == "server" else str(tmp_path / "store")
    logs = tmp_path / "dask"
    logs.mkdir()
    with dask_cluster(logs) as found:
        victim = found.workers[0]
        done: list[str] = []

        def on_article(article, what: str) -> None:
            done.append(what)
            if len(done) == 2:
                victim.send_signal(signal.SIGKILL)

        started = time.monotonic()
        with open_store(store, write=True) as opened:
            report = ingest_on_cluster([str(corpus)], opened, found.address, chunk_size=2, on_article=on_article)
        assert victim.wait(timeout=10) == -signal.SIGKILL
        assert not report.failed, report.failed
        sources = report.added + report.skipped  # a chunk the victim wrote to the server before dying is skipped on its re-run
        assert sorted(sources) == sorted(str(path) for path in corpus.iterdir()), "every article once"
        assert _quads(store) == reference
        assert _add(store, corpus, found.address).startswith(f"added 0, replaced 0, skipped {ARTICLES}, failed 0")
        assert _quads(store) == reference
        assert time.monotonic() - started < 300


def _listening(pids: set[int]) -> set[str]:
    """The addresses (IPv4 and IPv6, hex as /proc shows them) that these processes listen on (Linux /proc)."""
    inodes = set()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with suppress(OSError):
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # LISTEN
                found.add(fields[1].rsplit(":", 1)[0])
    return found


@pytest.mark.slow
def test_a_local_cluster_listens_on_loopback_only(corpus, reference, tmp_path, monkeypatch):
    """local:N: the scheduler, the workers, their nannies and the dashboard all listen on 127.0.0.1, nowhere else."""
    pytest.importorskip("distributed")
    if not Path("/proc/net/tcp").exists():
        pytest.skip("needs Linux /proc to list listening sockets")
    import kg.distributed

    seen: list[str] = []
    listening: set[str] = set()
    connect = kg.distributed.connect

    @contextmanager
    def watched(address: str, env: dict[str, str] | None = None) -> Iterator[object]:
        with connect(address, env) as client:
            client.wait_for_workers(2, timeout=120)
            seen.append(client.scheduler.address)
            seen.extend(client.scheduler_info()["workers"])
            listening.update(_listening({os.getpid(), *client.run(os.getpid).values()}))
            yield client

    monkeypatch.setattr(kg.distributed, "connect", watched)
    store = str(tmp_path / "store")
    assert _add(store, corpus, "local:2").startswith(f"added {ARTICLES}, ")
    assert len(seen) == 3 and all(address.startswith("tcp://127.0.0.1:") for address in seen), seen
    assert listening == {"0100007F"}, listening  # 127.0.0.1, as /proc/net/tcp writes it
    assert _quads(store) == reference


def test_tls_without_a_certificate_says_what_to_set(tmp_path, article_file):
    pytest.importorskip("distributed")
    result = runner.invoke(app, ["--store", str(tmp_path / "s"), "add", str(article_file("Some text.")), "--cluster",
                                 f"tls://127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert "needs this client's TLS certificate" in result.output
