from __future__ import annotations

import datetime as dt
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.model import Facts
from kg.nlp import analyse, load_pipeline
from kg.store import KgStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "copeland-2017-independent.txt"
SHARED = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline()


@pytest.fixture(scope="session")
def facts_of(nlp):  # type: ignore[no-untyped-def]
    """Extract facts from a short text written for a test."""
    def run(text: str, published: dt.date | None = None) -> Facts:
        return extract(analyse(text, nlp), nlp, published)
    return run


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def seed_store(store_dir: Path) -> Iterator[KgStore]:
    from kg.ingest import ingest

    store = open_store(str(store_dir), write=True)
    ingest([str(SEED)], store)
    yield store
    store.close()


@pytest.fixture
def article_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(text: str | bytes, name: str = "a.txt") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path
    return write


def stop_server(process: subprocess.Popen[bytes], timeout: float) -> None:
    """Stop a server a test started: politely, then firmly if it does not go within `timeout` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port() -> int:
    """A loopback port nobody listens on, for a server a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def named_rows(store: KgStore, name: str) -> tuple[list[str], list[list[str]]]:
    """A named query's columns and rows, as kg prints them."""
    from kg.queries import named_queries, rows_of

    return rows_of(store.query(named_queries()[name].text))


def assert_same_named_rows(store: KgStore, reference: KgStore, names: tuple[str, ...]) -> None:
    """Each named query gives `store` the same rows as `reference`, and some rows."""
    def unordered(result: tuple[list[str], list[list[str]]]) -> tuple[list[str], list[list[str]]]:
        # SPARQL leaves GROUP_CONCAT's order to the store: "rule-a, rule-b" from one is "rule-b, rule-a" from another
        columns, rows = result
        return columns, [[", ".join(sorted(v.split(", "))) if c == "rules" else v for c, v in zip(columns, row, strict=True)]
                         for row in rows]

    for name in names:
        columns, rows = unordered(named_rows(store, name))
        assert (columns, rows) == unordered(named_rows(reference, name)), name
        assert rows, f"{name} gave no rows"
