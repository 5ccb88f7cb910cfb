"""kg remove: an article leaves the store whole (its named graph and its share of the merged default graph),
so the store is then quad for quad the store that never had it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.ingest import ingest, remove
from kg.queries import resolve_query, rows_of
from kg.store import KgStore, open_store
from tests.test_remote import XSD_STRING, plain_server, server  # noqa: F401  (fixtures)

runner = CliRunner()
# two articles sharing entities (Jeremy Corbyn, the Labour Party, his role): the merged default graph holds those once
FENBY = "date 2017-02-24\nLabour MP Ann Lowe won the Fenby by-election. Labour Party leader Jeremy Corbyn welcomed the result.\n"
HOLT = "date 2017-03-01\nConservative MP Tom Hale criticised Labour Party leader Jeremy Corbyn over the Holt by-election.\n"


def everything(store: KgStore) -> set[tuple[str, ...]]:
    """Every quad of the store: the named graphs' and the merged default graph's (graph name "")."""
    def term(node: object) -> str:
        return node.n3().removesuffix(f"^^<{XSD_STRING}>")  # type: ignore[attr-defined]

    named = {tuple(term(t) for t in quad) for quad in store.rdf_quads()}
    default = {(term(s), term(p), term(o), "") for s, p, o in store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")}  # type: ignore[misc]
    return named | default


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "fenby.txt").write_text(FENBY)
    (tmp_path / "holt.txt").write_text(HOLT)
    return str(tmp_path / "fenby.txt"), str(tmp_path / "holt.txt")


@pytest.mark.parametrize("gone", [0, 1], ids=["the first added", "the last added"])
def test_removing_an_article_leaves_the_store_that_never_had_it(tmp_path, articles, gone):
    kept = articles[1 - gone]
    with open_store(str(tmp_path / "only"), write=True) as only:
        ingest([kept], only)
        expected = everything(only)
    with open_store(str(tmp_path / "both"), write=True) as both:
        ingest(list(articles), both)
        shared = everything(both) & expected
        assert any("jeremy-corbyn" in quad[0] and quad[3] == "" for quad in shared), "the articles share an entity"
        removed = remove(both, articles[gone])
        assert removed.source == articles[gone]
        assert everything(both) == expected


@pytest.mark.slow
def test_remove_on_a_sparql_server(server, articles):  # noqa: F811
    with open_store(server, write=True) as remote:
        ingest([articles[1]], remote)
        expected = everything(remote)
        ingest([articles[0]], remote)
        assert everything(remote) != expected
        remove(remote, articles[0])
        assert everything(remote) == expected


def test_kg_remove_by_id_prefix_and_source(tmp_path, articles):
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["--store", store, "add", *articles]).exit_code == 0
    with open_store(store) as reader:
        ids = {str(r[1]): str(r[0]) for r in reader.query("SELECT ?id ?source WHERE { ?a dcterms:identifier ?id ; kgo:source ?source }")}  # type: ignore[index]
    by_source = runner.invoke(app, ["--store", store, "remove", articles[0]])
    assert by_source.exit_code == 0, by_source.output
    assert by_source.output.startswith(f"removed {ids[articles[0]]} ")
    by_prefix = runner.invoke(app, ["--store", store, "remove", ids[articles[1]][:8]])
    assert by_prefix.exit_code == 0, by_prefix.output
    listing = runner.invoke(app, ["--store", store, "query", "articles", "-f", "csv"]).output
    assert listing.splitlines() == ["title,published,source,id,aliases,hash"]


def test_unknown_or_ambiguous_article_is_one_error_line_and_changes_nothing(tmp_path):
    jsonl = tmp_path / "two.jsonl"
    jsonl.write_text('{"id": "fenby", "text": "Labour MP Ann Lowe won."}\n{"id": "fenby", "text": "Tory MP Tom Hale lost."}\n')
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["--store", store, "add", str(jsonl)]).exit_code == 0
    with open_store(store) as reader:
        before = everything(reader)
    # an article's id is its content's; "fenby", the id both records gave, is an alias of two articles
    for wanted, needle in (("fenby", "the id given to 2 articles"), ("nothing-like-it", "no article 'nothing-like-it'")):
        result = runner.invoke(app, ["--store", store, "remove", wanted])
        assert result.exit_code == 2, result.output
        assert len(result.output.splitlines()) == 1 and result.output.startswith("Error: ") and needle in result.output
    with open_store(store) as reader:
        assert everything(reader) == before
        ids = sorted(row[3] for row in rows_of(reader.query(resolve_query("articles")))[1])
        with pytest.raises(InputError, match=", ".join(ids)):
            remove(reader, "fenby")


def test_kg_remove_on_no_store_creates_none(tmp_path):
    result = runner.invoke(app, ["--store", str(tmp_path / "none"), "remove", "abc"])
    assert result.exit_code != 0 and result.output.startswith("Error: ") and "no kg store" in result.output
    assert not (tmp_path / "none").exists()
