import json

import pytest

from kg.errors import InputError, QueryError, StoreError
from kg.ingest import ingest
from kg.store import MARKER, open_store
from tests.conftest import SEED


def quads(store):
    return {tuple(str(x) for x in q) for q in store.quads()}


def test_persist_reopen_same_triples(seed_store, store_dir):
    before = quads(seed_store)
    seed_store.close()
    reopened = open_store(str(store_dir))
    try:
        assert quads(reopened) == before
        assert len(before) > 100
    finally:
        reopened.close()


def test_re_add_changes_nothing_and_replace_reextracts(seed_store):
    before = quads(seed_store)
    report = ingest([str(SEED)], seed_store)
    assert report.skipped and not report.added
    assert quads(seed_store) == before
    report = ingest([str(SEED)], seed_store, replace=True)
    assert report.replaced and quads(seed_store) == before


def test_update_refused(seed_store):
    with pytest.raises(QueryError, match="read-only"):
        seed_store.query("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }")


def test_malformed_sparql_says_where(seed_store):
    with pytest.raises(QueryError, match="malformed|line|column"):
        seed_store.query("SELECT ?s WHERE { ?s ?p }")


def test_missing_store_and_foreign_directory(tmp_path):
    with pytest.raises(StoreError, match="no kg store"):
        open_store(str(tmp_path / "nothing"))
    other = tmp_path / "other"
    other.mkdir()
    (other / "file.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(str(other), write=True)


def test_incompatible_version_refused(seed_store, store_dir):
    seed_store.close()
    (store_dir / MARKER).write_text(json.dumps({"format_version": 99}))
    with pytest.raises(StoreError, match="format 99"):
        open_store(str(store_dir))


def test_bad_file_in_batch_leaves_store_unchanged(seed_store, article_file):
    before = quads(seed_store)
    good = article_file("Labour MP Ann Lowe spoke.", "good.txt")
    bad = article_file(b"\x89PNG\r\n\x1a\n\x00\x00IHDR", "bad.txt")
    with pytest.raises(InputError, match="binary"):
        ingest([str(good), str(bad)], seed_store)
    assert quads(seed_store) == before


def test_compact_keeps_every_quad(seed_store, store_dir):
    before = quads(seed_store)
    seed_store.compact()
    assert quads(seed_store) == before
    seed_store.close()
    reopened = open_store(str(store_dir))
    try:
        assert quads(reopened) == before
    finally:
        reopened.close()
