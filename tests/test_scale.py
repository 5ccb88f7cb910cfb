"""Batch ingestion (directories, globs, JSON Lines, HTML, URLs, workers), the merged default graph, old stores."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from typer.testing import CliRunner

import kg.ingest
from kg.article import read_articles
from kg.cli import app
from kg.errors import InputError
from kg.ingest import ingest
from kg.queries import named_queries, rows_of
from kg.store import MARKER, memory_store, open_store
from kg.web import fetch

runner = CliRunner()
COMPARED = ("person-roles", "election-winners", "by-election-triggers")
ARTICLE = "Labour MP {name} has resigned from the shadow cabinet, the party said on {day}.\n"
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Lowe wins Brindlemoor | The Daily Planet</title>
<meta property="og:title" content="Lowe wins Brindlemoor by-election">
<meta property="article:published_time" content="2019-03-04T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Lowe wins Brindlemoor by-election</h1>
<p>Conservative candidate Ann Lowe has won the Brindlemoor by-election, beating her Labour rival Tom Hale by 2,000 votes.</p>
<p>The contest was called after the resignation of Labour MP Jim Platt, Brindlemoor's member since 2001.</p>
<p>Ms Lowe thanked her volunteers and said the new hospital would be her first priority in Parliament.</p></article>
<footer>Copyright 2019 The Daily Planet. Read our cookie policy and privacy notice.</footer></body></html>
"""


def _rows(store, name):  # type: ignore[no-untyped-def]
    return rows_of(store.query(named_queries()[name].text))


def _articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"article-{number}.txt"
        path.write_text(ARTICLE.format(name=f"Ann Example{'abcdefghij'[number]}", day="Monday"), encoding="utf-8")
        paths.append(path)
    return paths


# ---- the merged default graph ------------------------------------------------------------------------------
def test_a_triple_several_articles_hold_is_seen_once_and_leaves_with_the_last():
    store = memory_store()
    party = URIRef("https://w3id.org/polkg/id/party/labour-party")
    graphs = []
    for name in ("a", "b"):
        graph = Graph(identifier=URIRef(f"https://w3id.org/polkg/graph/article/{name}"))
        graph.add((party, RDFS.label, Literal("Labour Party")))
        graph.add((URIRef(f"https://example.org/{name}"), RDFS.label, Literal(name)))
        store.put_graph(graph)
        graphs.append(graph)
    labels = "SELECT ?l WHERE { <https://w3id.org/polkg/id/party/labour-party> rdfs:label ?l }"
    assert [str(r[0]) for r in store.query(labels)] == ["Labour Party"]  # once, not once per article
    graphs[0].remove((party, None, None))
    store.put_graph(graphs[0])  # "a" re-extracted without the party: "b" still names it
    assert len(list(store.query(labels))) == 1
    graphs[1].remove((party, None, None))
    store.put_graph(graphs[1])
    assert len(list(store.query(labels))) == 0
    assert len(list(store.query("SELECT ?s WHERE { ?s rdfs:label ?l FILTER(STRSTARTS(STR(?s), 'https://example.org/')) }"))) == 2


def test_a_format_1_store_is_read_over_the_union_then_upgraded_by_a_write(seed_store, store_dir):
    before = {name: _rows(seed_store, name) for name in COMPARED}
    assert seed_store._inner is not None
    seed_store._inner.update("DROP DEFAULT")  # what kg wrote before the merged default graph
    seed_store.close()
    (store_dir / MARKER).write_text(json.dumps({"format_version": 1, "kind": "kg store"}))
    with open_store(str(store_dir)) as old:
        assert old._union and {name: _rows(old, name) for name in COMPARED} == before
    with open_store(str(store_dir), write=True) as upgraded:
        assert not upgraded._union and {name: _rows(upgraded, name) for name in COMPARED} == before
    assert json.loads((store_dir / MARKER).read_text())["format_version"] == 2


# ---- batch input -------------------------------------------------------------------------------------------
def test_directories_globs_json_lines_and_html_in_one_batch(tmp_path):
    folder = tmp_path / "news"
    _articles(folder, 3)
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(
        "\n".join(json.dumps({"text": ARTICLE.format(name=f"Bo Sample{n}", day="Friday"), "id": f"rec-{n}"}) for n in "xy") + "\n",
        encoding="utf-8")
    totals: list[int] = []
    seen: list[str] = []
    with open_store(str(tmp_path / "store"), write=True) as store:
        report = ingest([str(tmp_path / "news" / "*.txt"), str(tmp_path / "more.jsonl")], store, on_start=totals.append,
                        on_article=lambda article, what: seen.append(what))
        assert totals == [5] and len(report.added) == 5 and seen == ["added"] * 5
        report = ingest([str(folder)], store)  # the directory: its 3 .txt again, and the page
        assert len(report.skipped) == 3 and len(report.added) == 1 and not report.failed
        titles = [row[0] for row in _rows(store, "articles")[1]]
    assert "Lowe wins Brindlemoor by-election" in titles


def test_a_pattern_that_matches_nothing_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no file matches"):
        list(read_articles([str(tmp_path / "nothing-*.txt")]))


def test_json_lines_are_streamed_not_read_whole(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "Labour MP Ann Lowe spoke."}) + "\n" + "{not json\n", encoding="utf-8")
    articles = read_articles([str(path)])
    assert next(articles).text == "Labour MP Ann Lowe spoke."  # yielded before the bad line is read
    with pytest.raises(InputError, match=r"big.jsonl:2"):
        next(articles)


def test_html_file_gives_main_text_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = read_articles([str(path)])
    assert "Ann Lowe has won the Brindlemoor by-election" in article.text
    assert "cookie policy" not in article.text and "Sport" not in article.text
    assert article.title == "Lowe wins Brindlemoor by-election"
    assert article.published is not None and article.published.isoformat() == "2019-03-04"


@pytest.mark.slow
def test_workers_give_the_same_store_as_one_process(tmp_path):
    _articles(tmp_path / "in", 6)
    stores = []
    for workers in (1, 2):
        with open_store(str(tmp_path / f"store-{workers}"), write=True) as store:
            report = ingest([str(tmp_path / "in")], store, workers=workers, batch_size=2)
            assert len(report.added) == 6
            stores.append({tuple(str(t) for t in quad) for quad in store.rdf_quads()})
    assert stores[0] == stores[1]


def test_an_article_whose_extraction_fails_is_reported_and_the_rest_written(tmp_path, monkeypatch):
    paths = _articles(tmp_path / "in", 3)
    real = kg.ingest.extract

    def flaky(doc, nlp, published=None):  # type: ignore[no-untyped-def]
        if "Ann Exampleb" in doc.text:
            raise ValueError("an unexpected parse")
        return real(doc, nlp, published)

    monkeypatch.setattr(kg.ingest, "extract", flaky)
    result = runner.invoke(app, ["--store", str(tmp_path / "store"), "add", str(tmp_path / "in")])
    assert result.exit_code == 1
    assert f"{paths[1]}: failed: extraction failed (ValueError: an unexpected parse)" in result.output
    assert "added 2, replaced 0, skipped 0, failed 1 article(s)" in result.output


def test_workers_must_be_a_positive_number(tmp_path):
    _articles(tmp_path / "in", 1)
    result = runner.invoke(app, ["--store", str(tmp_path / "store"), "add", str(tmp_path / "in"), "--workers", "0"])
    assert result.exit_code == 2 and result.output.startswith("Error: --workers 0")


# ---- URLs, from a server on loopback ----------------------------------------------------------------------------
class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "plain.txt").write_text(ARTICLE.format(name="Cy Plain", day="Tuesday"), encoding="utf-8")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    fetch.cache_clear()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        fetch.cache_clear()


def test_add_url_fetches_the_page_and_reads_it_like_an_html_file(site, tmp_path):
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["--store", store, "add", f"{site}/page.html", f"{site}/plain.txt"])
    assert result.exit_code == 0, result.output
    assert "added 2" in result.output
    sources = runner.invoke(app, ["--store", store, "query", "articles", "--format", "json"]).output
    assert f"{site}/page.html" in sources and "Lowe wins Brindlemoor by-election" in sources


def test_a_url_that_fails_is_one_line_and_nothing_is_written(site, tmp_path):
    store = tmp_path / "store"
    result = runner.invoke(app, ["--store", str(store), "add", f"{site}/page.html", f"{site}/missing.html"])
    assert result.exit_code == 2 and result.output.startswith(f"Error: {site}/missing.html: the server answered HTTP 404")
    assert result.output.count("\n") == 1
    if store.exists():  # the store may have been created; no article is in it
        assert "(0 rows)" in runner.invoke(app, ["--store", str(store), "query", "articles"]).output


class _Cycle:
    """Garbage only the cyclic collector frees: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


def _stream_one() -> None:
    from kg.article import make_article

    article = make_article("Labour MP Ann Lowe spoke in Fenby.", source="t.txt")
    assert len(list(kg.ingest.stream([article], None, 1, 4, None))) == 1


def test_a_stream_does_not_freeze_garbage_for_good():
    """The stream freezes what is alive (the model) for speed; garbage waiting for the collector must not be frozen
    with it, or a process that streams many times (a cluster worker, a chunk per stream) grows without end."""
    import gc
    import weakref

    _stream_one()  # the pipeline loaded (loading it runs full collections of its own)
    garbage = _Cycle()
    gone = weakref.ref(garbage)
    del garbage
    _stream_one()
    assert gc.get_freeze_count() == 0, "the stream unfreezes what it froze"
    assert gone() is None, "collected, not frozen"


def test_a_cluster_worker_freezes_its_model_once_and_streams_leave_it_frozen():
    import gc

    import kg.distributed
    from kg.config import model_name
    from kg.distributed import _warm

    try:
        _warm(model_name())
        frozen = gc.get_freeze_count()
        assert frozen > 0
        _stream_one()
        # neither freezes more nor unfreezes the worker's model (a frozen object freed by its last reference leaves the count)
        assert 0.99 * frozen < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
        kg.distributed._WARM.clear()


def test_kg_eval_collects_once_for_the_run_not_once_per_article(tmp_path, monkeypatch):
    """kg eval streams article by article: a full collection per stream (about 0.2 s each) made it several times
    slower on short articles; the run freezes the model once instead."""
    import gc

    from kg.evaluate import evaluate

    for number in range(3):
        record = {"id": f"g{number}", "published": "2024-05-03", "gold": {"person_role_party": []},
                  "text": f"Labour MP Ann Roe{number} spoke in Fenby."}
        (tmp_path / f"g{number}.json").write_text(json.dumps(record), encoding="utf-8")
    collections: list[int] = []
    collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda *args: collections.append(1) or collect(*args))
    evaluate(tmp_path)
    assert len(collections) == 1
