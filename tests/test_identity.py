"""An article's identity is its content: the same text is one article however it comes (a .txt, a JSON Lines
record with an id of its own, stdin); the record's id is kept as an alias; sources can be found again; and the
graph alone is enough to check every evidence offset."""

import json

from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import ingest
from kg.queries import resolve_query, rows_of
from kg.store import memory_store, open_store
from tests.conftest import SEED

runner = CliRunner()
TEXT = "date 2017-02-24\nLabour MP Ruth Dale spoke in Kelby. She praised the council."


def _articles(store):
    columns, rows = rows_of(store.query(resolve_query("articles")))
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _inputs(tmp_path):
    (tmp_path / "recs.jsonl").write_text(json.dumps({"id": "rec-7", "text": TEXT, "title": "Dale speaks"}) + "\n")
    (tmp_path / "same.txt").write_text(TEXT)
    return str(tmp_path / "recs.jsonl"), str(tmp_path / "same.txt")


def test_the_same_text_as_a_record_with_an_id_and_as_a_txt_is_one_article_with_the_id_as_alias(tmp_path):
    record, plain = _inputs(tmp_path)
    for order in ([record, plain], [plain, record], [[record, plain]], [[plain, record]]):
        store = memory_store()
        for paths in order:
            ingest(paths if isinstance(paths, list) else [paths], store)
        (article,) = _articles(store)
        assert article["aliases"] == "rec-7", order
        assert len(store.article_graphs()) == 1


def test_replace_keeps_the_aliases(tmp_path):
    record, plain = _inputs(tmp_path)
    store = memory_store()
    ingest([record], store)
    ingest([plain], store, replace=True)
    (article,) = _articles(store)
    assert article["aliases"] == "rec-7" and article["source"] == plain


def test_kg_remove_and_view_accept_the_alias(tmp_path):
    record, plain = _inputs(tmp_path)
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["--store", store, "add", plain, record]).exit_code == 0
    viz = runner.invoke(app, ["--store", store, "viz", "--article", "rec-7", "--out", str(tmp_path / "v.html")])
    assert viz.exit_code == 0, viz.output
    removed = runner.invoke(app, ["--store", store, "remove", "rec-7"])
    assert removed.exit_code == 0 and removed.stdout.startswith("removed "), removed.output
    with open_store(store) as opened:
        assert _articles(opened) == []


def test_sources_are_stored_absolute(tmp_path, monkeypatch):
    _inputs(tmp_path)
    (tmp_path / "other.jsonl").write_text(json.dumps({"text": "Tory MP Bo Tull resigned from the party."}) + "\n")
    monkeypatch.chdir(tmp_path)
    store = memory_store()
    ingest(["same.txt", "other.jsonl"], store)
    assert {a["source"] for a in _articles(store)} == {str(tmp_path / "same.txt"), f"{tmp_path / 'other.jsonl'}:1"}


def test_stdin_takes_a_title_and_a_source(tmp_path):
    store = str(tmp_path / "store")
    added = runner.invoke(app, ["--store", store, "add", "-", "--title", "Tull goes", "--source", "https://example.org/tull"],
                          input="Tory MP Bo Tull resigned from the party.\n")
    assert added.exit_code == 0, added.output
    with open_store(store) as opened:
        (article,) = _articles(opened)
    assert (article["title"], article["source"]) == ("Tull goes", "https://example.org/tull")
    refused = runner.invoke(app, ["--store", str(tmp_path / "none"), "add", str(SEED), "--title", "x"])
    assert refused.exit_code == 2 and "stdin" in refused.stderr and not (tmp_path / "none").exists()


def test_every_evidence_offset_checks_against_the_text_stored_in_the_graph(tmp_path):
    record, plain = _inputs(tmp_path)
    (tmp_path / "more.txt").write_text("The Kelby by-election was triggered by the death of Tory MP Tom Ure.\n\n"
                                       "Ann Roe, the Green Party candidate, won the Kelby by-election. Ms Roe thanked voters.")
    store = memory_store()
    ingest([str(SEED), record, str(tmp_path / "more.txt")], store)
    rows = list(store.query("""
        SELECT ?text ?start ?end ?sentence WHERE {
          ?ev a kgo:Evidence ; kgo:article ?a ; kgo:start ?start ; kgo:end ?end ; kgo:text ?sentence . ?a kgo:text ?text }"""))
    evidence = {str(r[0]) for r in store.query("SELECT ?ev WHERE { ?ev a kgo:Evidence }")}
    assert len(rows) == len(evidence) > 20  # every evidence node, each with its article's text
    for text, start, end, sentence in rows:  # type: ignore[misc]
        assert " ".join(str(text)[int(start):int(end)].split()) == str(sentence) and str(sentence)
