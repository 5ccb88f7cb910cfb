"""Reliability and safety (issue 5): bad input, crashes, concurrent use, injection.

Every bad input gives one `Error: ...` line on stderr, a non-zero exit code, no traceback, and leaves the
store byte for byte as it was. Crash and concurrency tests run real `kg` processes (seeded, bounded in
time and count) on short synthetic articles with invented names.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from kg import iris
from kg.article import decode, english_ratio, make_article, read_articles
from kg.cli import app
from kg.errors import InputError, QueryError
from kg.queries import bind_params, named_queries, resolve_query, rows_of
from kg.store import FORMAT_VERSION, MARKER, KgStore, is_update, memory_store, open_store
from tests.conftest import ROOT

runner = CliRunner()
MAIN = str(ROOT / "main.py")

# ---- synthetic articles (invented people; never text from the corpus) ------------------------------------

FIRST = ["Ann", "Tom", "Cora", "Ivo", "Maud", "Rex", "Lena", "Owen", "Tess", "Hugo", "Nia", "Piers", "Edda", "Saul", "Vera"]
LAST = ["Lowe", "Brack", "Pell", "Marsh", "Quill", "Dunmore", "Feld", "Garrow", "Hesketh", "Ince", "Jory", "Kettle", "Lusk"]
SEAT_HEADS = ["Fen", "Ash", "Oak", "Wex", "Thorn", "Brom"]
SEAT_TAILS = ["by", "ford", "combe", "ley", "mere"]
PARTIES = ["Labour", "Conservative", "Liberal Democrat"]


def synthetic_articles(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    seats = [head + tail for head in SEAT_HEADS for tail in SEAT_TAILS]
    texts = []
    for i in range(n):
        winner, old, leader = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3))
        party, old_party, leader_party = (rng.choice(PARTIES) for _ in range(3))
        seat = seats[i % len(seats)] + ("" if i < len(seats) else f" {i}")
        texts.append(
            f"date 2019-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
            f"{party} MP {winner} won the {seat} by-election. "
            f"The {seat} by-election was called after the resignation of {old_party} MP {old}. "
            f"{winner}, the {party} candidate, said the result was a good one. "
            f"{leader_party} leader {leader} congratulated {winner}.\n"
        )
    return texts


SHORT = "Labour MP Ann Lowe won the Fenby by-election. Conservative leader Tom Brack congratulated her.\n"

# ---- helpers ---------------------------------------------------------------------------------------------


def snapshot(directory: Path) -> dict[str, str] | None:
    """Every file under `directory` with a hash of its bytes (None: the directory does not exist)."""
    if not directory.exists():
        return None
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def quads_of(location: Path | str) -> set[tuple[str, ...]]:
    store = open_store(str(location), lock_timeout=30)
    try:
        return {tuple(str(x) for x in q) for q in store.quads()}  # type: ignore[attr-defined]
    finally:
        store.close()


def by_graph(quads: set[tuple[str, ...]]) -> dict[str, set[tuple[str, ...]]]:
    graphs: dict[str, set[tuple[str, ...]]] = {}
    for s, p, o, g in quads:
        graphs.setdefault(g, set()).add((s, p, o))
    return graphs


def assert_clean_failure(result, needle: str, code: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """One `Error: ...` line (what is wrong; what to do), a non-zero exit code, no traceback."""
    assert result.exit_code != 0, result.output
    if code is not None:
        assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and "; " in lines[0], lines[0]
    assert needle in lines[0], lines[0]


def kg_process(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, MAIN, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---- a small store, built once and copied for each test ---------------------------------------------------


@pytest.fixture(scope="module")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("base")
    article = root / "fenby.txt"
    article.write_text("date 2019-03-07\n" + SHORT)
    store = root / "store"
    result = runner.invoke(app, ["--store", str(store), "add", str(article)])
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture
def store(base_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(base_store, copy)
    return copy


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """One file (or directory) for each kind of bad input."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(SHORT)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("  \n\t \n")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    (d / "cp1252.txt").write_bytes("Sinn F\xe9in's Ann Lowe won the Fenby by-election.".encode("cp1252"))
    (d / "big.txt").write_text(SHORT * 10)
    (d / "malformed-date.txt").write_text("date: 2017-2\n" + SHORT)
    (d / "impossible-date.txt").write_text("date 2017-02-30\n" + SHORT)
    (d / "bad.jsonl").write_text('{"text": "Labour won."}\n{"text": \n')
    (d / "bad-date.jsonl").write_text('{"text": "Labour won.", "date": 5}\n')
    (d / "big-record.jsonl").write_text(json.dumps({"text": SHORT * 10}) + "\n")
    (d / "surrogate.jsonl").write_text('{"text": "Ann Lowe \\udcff won."}\n')
    (d / "no-articles").mkdir()
    (d / "no-articles" / "notes.md").write_text("not an article")
    (d / "mixed").mkdir()
    (d / "mixed" / "a-good.txt").write_text(SHORT)
    (d / "mixed" / "b-bad.txt").write_bytes(b"\x00\x01\x02")
    os.mkfifo(d / "pipe.txt")
    return d


ADD_CASES = [
    (["missing.txt"], {}, "no such file or directory"),
    (["no-articles"], {}, "holds no articles"),
    (["empty.txt"], {}, "the article is empty"),
    (["blank.txt"], {}, "the article is empty"),
    (["binary.txt"], {}, "binary file"),
    (["cp1252.txt"], {}, "not valid UTF-8"),
    (["--max-bytes", "200", "big.txt"], {}, "over the 200-byte limit"),
    (["big.txt"], {"KG_MAX_BYTES": "200"}, "over the 200-byte limit"),
    (["--max-bytes", "200", "big-record.jsonl"], {}, "over the 200-byte limit"),
    (["--max-bytes", "0", "good.txt"], {}, "positive number of bytes"),
    (["good.txt"], {"KG_MAX_BYTES": "lots"}, "KG_MAX_BYTES"),
    (["malformed-date.txt"], {}, "malformed date header"),
    (["impossible-date.txt"], {}, "not a real date"),
    (["--date", "2017-13-01", "good.txt"], {}, "--date"),
    (["bad.jsonl"], {}, "not valid JSON"),
    (["bad-date.jsonl"], {}, "not a real date"),
    (["surrogate.jsonl"], {}, "invalid character"),
    (["mixed"], {}, "binary file"),
    (["good.txt", "binary.txt"], {}, "binary file"),
    (["pipe.txt"], {}, "not a regular file"),
]


@pytest.mark.parametrize("args,env,needle", ADD_CASES, ids=[" ".join(c[0]) + "".join(c[1]) for c in ADD_CASES])
def test_bad_input_to_add_leaves_the_store_byte_for_byte(store, inputs, args, env, needle, monkeypatch):
    monkeypatch.chdir(inputs)
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "add", *args], env=env)
    assert_clean_failure(result, needle, code=2)
    assert snapshot(store) == before


@pytest.mark.parametrize("args,env,needle", ADD_CASES[:6], ids=[" ".join(c[0]) for c in ADD_CASES[:6]])
def test_bad_input_creates_no_store(tmp_path, inputs, args, env, needle, monkeypatch):
    monkeypatch.chdir(inputs)
    result = runner.invoke(app, ["--store", str(tmp_path / "new-store"), "add", *args], env=env)
    assert_clean_failure(result, needle, code=2)
    assert not (tmp_path / "new-store").exists()


def test_empty_stdin_refused(store):
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "add", "-"], input=b"  \n")
    assert_clean_failure(result, "stdin: the article is empty", code=2)
    assert snapshot(store) == before


def test_stdin_is_read_once_and_added(store):
    result = runner.invoke(app, ["--store", str(store), "add", "-"], input=b"Labour MP Ivo Marsh won the Oakley by-election.")
    assert result.exit_code == 0, result.output
    assert "added 1" in result.stdout


QUERY_CASES = [
    (["query", "SELECT ?s\nWHERE {\n  ?s ?p\n}"], "malformed SPARQL at line 3, column 3", 3),
    (["query", "no-such-query"], "unknown query 'no-such-query'", 3),
    (["query", "DELETE WHERE { ?s ?p ?o }"], "read-only", 3),
    (["query", "insert data { <urn:a> <urn:b> <urn:c> }"], "read-only", 3),
    (["query", "# a comment\nPREFIX x: <urn:x#>\nDROP ALL"], "read-only", 3),
    (["query", "CLEAR DEFAULT"], "read-only", 3),
    (["query", "LOAD <http://127.0.0.1:9/x.ttl>"], "read-only", 3),
    (["query", "person", "--format", "xml"], "unknown format 'xml'", 2),
    (["query", "person", "--param", "Ann Lowe"], "is not NAME=VALUE", 2),
    (["query", "person", "--param", "who=Ann Lowe"], "takes no parameter who", 2),
    (["query", "person", "--param", "name=Ann \udcff"], "not text", 3),
    (["query", "missing.rq"], "no such query file", 2),
    (["export", "--format", "rdfxml"], "unknown export format", 2),
    (["--lock-timeout", "-1", "query", "person"], "--lock-timeout", 2),
]


@pytest.mark.parametrize("args,needle,code", QUERY_CASES, ids=[c[1] for c in QUERY_CASES])
def test_bad_queries_leave_the_store_byte_for_byte(store, args, needle, code):
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), *args])
    assert_clean_failure(result, needle, code=code)
    assert snapshot(store) == before


def test_unknown_query_lists_the_known_ones(store):
    result = runner.invoke(app, ["--store", str(store), "query", "no-such-query"])
    for name in named_queries():
        assert name in result.stderr


def test_update_is_refused_and_nothing_changes(store):
    before = quads_of(store)
    for update in ("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "DROP SILENT ALL",
                   "PREFIX k: <urn:k#> # note\n  WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                   "ADD DEFAULT TO <urn:g>", "CREATE GRAPH <urn:g>"):
        result = runner.invoke(app, ["--store", str(store), "query", update])
        assert result.exit_code == 3 and "read-only" in result.stderr
    assert quads_of(store) == before


def test_export_to_a_missing_directory(store, tmp_path):
    result = runner.invoke(app, ["--store", str(store), "export", "--out", str(tmp_path / "no" / "such" / "x.trig")])
    assert_clean_failure(result, "cannot write it", code=2)


def _not_a_store(tmp_path: Path) -> Path:
    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    return other


def _future_store(store: Path) -> Path:
    (store / MARKER).write_text(json.dumps({"format_version": 99, "kind": "kg store"}))
    return store


def _damaged_store(store: Path) -> Path:
    (store / MARKER).write_text("{ half a marker")
    return store


def _file_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.txt"
    path.write_text("not a directory")
    return path


STORE_CASES = [
    ("not a kg store", lambda store, tmp: _not_a_store(tmp), "is not a kg store"),
    ("incompatible version", lambda store, tmp: _future_store(store), "store format 99"),
    ("damaged marker", lambda store, tmp: _damaged_store(store), "is damaged"),
    ("a file", lambda store, tmp: _file_store(tmp), "is a file"),
]


@pytest.mark.parametrize("command", [["query", "person"], ["add", "good.txt"], ["stats"], ["export"]])
@pytest.mark.parametrize("name,make,needle", STORE_CASES, ids=[c[0] for c in STORE_CASES])
def test_unusable_store_refused_and_left_alone(store, tmp_path, inputs, monkeypatch, command, name, make, needle):
    monkeypatch.chdir(inputs)
    target = make(store, tmp_path)
    before = snapshot(target) if target.is_dir() else target.read_bytes()
    result = runner.invoke(app, ["--store", str(target), *command])
    assert_clean_failure(result, needle, code=4)
    assert (snapshot(target) if target.is_dir() else target.read_bytes()) == before  # no kg.lock left behind


def test_no_store_yet_for_reading(tmp_path):
    result = runner.invoke(app, ["--store", str(tmp_path / "none"), "query", "person"])
    assert_clean_failure(result, "no kg store", code=4)
    assert not (tmp_path / "none").exists()


def test_store_that_cannot_be_created(inputs, monkeypatch):
    monkeypatch.chdir(inputs)
    result = runner.invoke(app, ["--store", "/proc/kg-store", "add", "good.txt"])
    assert_clean_failure(result, "cannot create the store directory", code=4)


@pytest.mark.parametrize("command", [["query", "person"], ["add", "good.txt"]])
def test_unreachable_remote_store(inputs, monkeypatch, command):
    monkeypatch.chdir(inputs)
    url = f"http://127.0.0.1:{closed_port()}/query"
    result = runner.invoke(app, ["--store", url, *command])
    assert_clean_failure(result, url, code=4)
    assert "reach" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("case", ["binary file", "malformed SPARQL", "unreachable server", "not a kg store"])
def test_real_process_errors_are_one_line(store, inputs, tmp_path, case):
    args, needle, code = {
        "binary file": (["add", "binary.txt"], "binary file", 2),
        "malformed SPARQL": (["query", "SELECT * WHERE {\n ?s ?p ?o .\n FILTER(\n}"], "line 3, column 2", 3),
        "unreachable server": (["--store", f"http://127.0.0.1:{closed_port()}/query", "query", "person"], "cannot reach", 4),
        "not a kg store": (["--store", str(_not_a_store(tmp_path)), "stats"], "not a kg store", 4),
    }[case]
    before = snapshot(store)
    done = kg_process("--store", str(store), *args, cwd=inputs)  # a second --store overrides the first
    assert done.returncode == code, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("Error: ") and needle in done.stderr, done.stderr
    assert done.stdout == ""
    assert snapshot(store) == before


# ---- HTML as .txt, and an article that is not English: added, and said so ---------------------------------

def test_html_given_as_txt_is_reduced_to_text_with_a_warning(store, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("<!doctype html><html><head><title>By-election</title><script>var x = '<p>';</script></head>"
                    "<body><p>Labour MP <b>Nia Quill</b> won the Ashcombe by-election.</p></body></html>")
    result = runner.invoke(app, ["--store", str(store), "add", str(page)])
    assert result.exit_code == 0, result.output
    assert "Warning: " in result.stderr and "looks like HTML" in result.stderr
    rows = runner.invoke(app, ["--store", str(store), "query", "person", "--param", "name=Nia Quill", "-f", "json"])
    facts = json.loads(rows.stdout)
    assert facts and all("<" not in fact["sentence"] for fact in facts)


FRENCH = ("Le Parti travailliste a remporté dimanche l'élection partielle de Wexmere. La candidate, Anne Lebrun, "
          "a obtenu plus de la moitié des voix selon les résultats publiés par la préfecture. Le député sortant, "
          "Paul Granet, avait démissionné en janvier pour des raisons de santé, ce qui a provoqué ce scrutin "
          "anticipé dans la circonscription.")


def test_non_english_article_is_added_with_a_warning(store, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH)
    result = runner.invoke(app, ["--store", str(store), "add", str(path)])
    assert result.exit_code == 0, result.output
    assert "does not look like English" in result.stderr and "added 1" in result.stdout
    assert english_ratio(FRENCH) is not None and english_ratio(FRENCH) < 0.15  # type: ignore[operator]


def test_english_articles_get_no_language_warning():
    for text in synthetic_articles(3):
        article = make_article(text * 3, "x")
        assert not [w for w in article.warnings if "English" in w]
    assert english_ratio("Ann Lowe won.") is None  # too short to judge


# ---- property-based: the article reader -------------------------------------------------------------------

any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)  # surrogates included


def _plain(text: str) -> bool:
    """Text with no date header and no HTML: the reader should give back exactly its stripped body."""
    from kg.article import _DATE_HEADER, _HTML_HINT

    return not _DATE_HEADER.match(text) and not _HTML_HINT.search(text[:2000])


@settings(max_examples=300, deadline=None)
@given(any_text)
@example("date 2017-02-29\nx")
@example("<p><![if x]></p>")
@example("<!doctype html><p>\udcff</p>")
@example("\x00\ufeff date 2017-02-24 ")
def test_reader_gives_an_article_or_an_input_error(text):
    try:
        article = make_article(text, "x")
    except InputError:
        return
    assert article.text and article.text == article.text.strip()
    article.text.encode("utf-8")  # storable
    if _plain(text):
        assert article.text == text.strip()
    assert article.id == make_article(text, "y").id  # identity is the content, not the file name


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
@example(b"\xff\xfe" + "Sinn Féin".encode("utf-16-le"))
@example(b"\xef\xbb\xbf")
@example(b"Labour \xe9")
def test_any_bytes_decode_to_text_or_an_input_error(data):
    try:
        text = decode(data, "f")
    except InputError:
        return
    assert isinstance(text, str)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("scratch")


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".jsonl"]))
@example(data=b'{"text": "A.", "date": "2017-02-30"}', suffix=".jsonl")
@example(data=b'{"text": "A.", "id": "\\udcff", "title": "\\ud800"}', suffix=".jsonl")
@example(data=b'"just a string"\n[]\n', suffix=".jsonl")
def test_any_file_reads_as_articles_or_an_input_error(scratch, data, suffix):
    path = scratch / f"article{suffix}"
    path.write_bytes(data)
    try:
        articles = list(read_articles([str(path)], max_bytes=1000))
    except InputError:
        return
    for article in articles:
        assert article.text == article.text.strip() and article.text
        for value in (article.text, article.title, article.source, article.id):
            value.encode("utf-8")
    if suffix == ".txt" and _plain(text := decode(data, "f")):
        assert [a.text for a in articles] == [text.strip()]  # exactly the stripped body


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200).filter(lambda t: t.strip() and _plain(t)))
def test_utf8_and_utf16_files_read_back_exactly(text):
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16")):
        if "\x00" in text:
            continue  # NUL means binary, in any encoding, by design (tests/test_hostile.py)
        assert make_article(decode(data, "f"), "f").text == text.strip()


# ---- property-based: IRI minting --------------------------------------------------------------------------

names = st.text(st.characters(codec="utf-8"), min_size=1, max_size=50)


@settings(max_examples=300, deadline=None)
@given(names, st.sampled_from(["person", "party", "seat", "election", "role"]))
def test_any_name_gives_a_valid_iri(name, kind):
    for iri in (iris.entity(kind, name), iris.person(name, "0123abcd"), iris.article_graph(name)):
        pyoxigraph.NamedNode(str(iri))  # Oxigraph validates IRIs strictly: raises if not a valid IRI
        assert not any(c in str(iri) for c in ' <>"{}|\\^`\n\t')


@settings(max_examples=300, deadline=None)
@given(names, names)
@example("Ann Lowe", "ANN  LOWE")
@example("Séan O'Neill", "Sean ONeill")
@example("!", "?")
@example("Ann/Lowe", "Ann Lowe")
def test_same_key_same_iri_different_key_different_iri(a, b):
    assert iris.entity("person", a) == iris.entity("person", a)
    same_iri = iris.entity("party", a) == iris.entity("party", b)
    if iris.key(a) and iris.key(b):
        assert (iris.key(a) == iris.key(b)) == same_iri
        assert (iris.key(a) == iris.key(b)) == (iris.person(a, "art") == iris.person(b, "art"))
    elif iris.key(a) or iris.key(b):  # a name and a name made only of punctuation
        assert not same_iri
    else:  # two names made only of punctuation: distinct unless they are the same once stripped
        assert (a.strip() == b.strip()) == same_iri


# ---- property-based: no SPARQL injection where a user's string enters a query -----------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
@example('" } ; DROP ALL ; SELECT * { "')
@example('x" || "" = "')
@example("\\\" ) } UNION { ?s ?p ?o } #")
@example('"""\'\'\'\n\r\\u0022')
def test_a_param_is_always_exactly_one_literal(value):
    sparql = bind_params("SELECT ?x WHERE { BIND({{v}} AS ?x) }", {"v": value})
    rows = list(pyoxigraph.Store().query(sparql))  # type: ignore[arg-type]
    assert len(rows) == 1 and rows[0][0].value == value


@pytest.fixture(scope="module")
def people_store(base_store: Path) -> Iterator[object]:
    store = open_store(str(base_store))
    everyone = rows_of(store.query(resolve_query("person", {"name": ""})))[1]
    yield store, everyone
    store.close()


@settings(max_examples=120, deadline=None)
@given(st.text(max_size=60) | st.sampled_from(["Ann Lowe", "ann lowe", "Tom Brack"]).flatmap(
    lambda name: st.sampled_from([name, name + '" || "" = "', name + '") || true || ("', '" = "" || "' + name])))
def test_person_lookup_by_name_returns_only_that_person(people_store, name):
    store, everyone = people_store
    columns, rows = rows_of(store.query(resolve_query("person", {"name": name})))
    expected = [r for r in everyone if r[0].lower() == name.lower()] if name else everyone
    assert sorted(rows) == sorted(expected)


@pytest.mark.parametrize("value", ['Ann Lowe" || "" = "', "Ann Lowe\") } UNION { ?s ?p ?o } #", "'; DROP ALL; '"])
def test_param_injection_through_the_cli_finds_nothing(store, value):
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "query", "person", "--param", f"name={value}", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    ok = runner.invoke(app, ["--store", str(store), "query", "person", "--param", "name=ann lowe", "-f", "json"])
    assert json.loads(ok.stdout)
    assert snapshot(store) == before


def test_graph_views_send_only_fixed_sparql():
    """`kg viz --focus`, `kg path` and the view filters match names in Python over the graph: no user string is
    ever part of the SPARQL they send (every query argument is a module-level constant)."""
    for module in ("netgraph.py", "netview.py", "stats.py", "export.py", "validate.py"):
        path = ROOT / "kg" / module
        if not path.exists():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id for node in tree.body if isinstance(node, ast.Assign)
                     for target in node.targets if isinstance(target, ast.Name) and isinstance(node.value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "query" and node.args:
                arg = node.args[0]
                assert (isinstance(arg, ast.Name) and arg.id in constants) or isinstance(arg, ast.Constant), \
                    f"{module}:{node.lineno}: a query built at run time"


@pytest.fixture(scope="module")
def entity_graph(base_store: Path):  # type: ignore[no-untyped-def]
    netview = pytest.importorskip("kg.netview")
    if not hasattr(netview, "find_node"):
        pytest.skip("kg.netview.find_node is not there yet")
    from kg.netgraph import to_networkx

    store = open_store(str(base_store))
    try:
        return netview, to_networkx(store)
    finally:
        store.close()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60) | st.sampled_from(["Ann Lowe", "ann  lowe", "Tom Brack", "Labour Party"]).flatmap(
    lambda name: st.sampled_from([name, name + '" || "" = "', name + "> ?p ?o } #", "<" + name + ">"])))
def test_focus_and_path_names_find_a_node_or_say_none(entity_graph, name):
    netview, graph = entity_graph
    try:
        node = netview.find_node(graph, name)
    except InputError:
        return
    assert node in graph
    label = str(graph.nodes[node].get("label", ""))
    assert node == name.strip() or iris.key(label) == iris.key(name)


update_forms = st.sampled_from([
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL", "DROP DEFAULT", "LOAD <http://127.0.0.1:9/x>", "CREATE GRAPH <urn:g>", "COPY DEFAULT TO <urn:g>",
    "MOVE <urn:a> TO <urn:g>", "ADD <urn:a> TO <urn:g>", "WITH <urn:g> INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL", "ASK {} INSERT DATA { <urn:a> <urn:b> <urn:c> }",
])
prologue = st.lists(st.sampled_from(["PREFIX x: <urn:x#>", "BASE <urn:b/>", "# INSERT? no\n", "\n", "  ", "PREFIX : <urn:e>"]),
                    max_size=4).map(" ".join)


@pytest.fixture(scope="module")
def mem() -> KgStore:
    return memory_store()


@settings(max_examples=200, deadline=None)
@given(prologue, update_forms, st.booleans())
def test_no_update_gets_through_query(mem, head, form, lower):
    store = mem
    before = {str(q) for q in store.quads()}
    sparql = head + " " + (form.lower() if lower else form)
    with pytest.raises(QueryError):
        store.query(sparql)
    assert {str(q) for q in store.quads()} == before


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_query_text_answers_or_fails_with_a_query_error(mem, text):
    before = {str(q) for q in mem.quads()}
    is_update(text)
    with contextlib.suppress(QueryError):
        rows_of(mem.query(text))
    assert {str(q) for q in mem.quads()} == before


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8"), max_size=200))
@example('" } } ; DROP ALL ; INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "')
@example("\x00\x0b\x7f\u2028\\")
def test_article_text_cannot_escape_its_literal_when_written(mem, text):
    """put_graph writes a graph as SPARQL text: whatever an article holds must come back exactly."""
    store = mem
    graph = Graph(identifier=iris.article_graph("0123456789abcdef"))
    graph.add((URIRef("urn:kg:test"), URIRef("urn:kg:text"), Literal(text)))
    store.put_graph(graph)
    got = [q for q in store.quads() if str(q.graph_name) == f"<{graph.identifier}>"]  # type: ignore[attr-defined]
    assert len(got) == 1 and got[0].object.value == text  # type: ignore[attr-defined]


# ---- security: nothing from input reaches a shell or eval -------------------------------------------------

def test_no_shell_eval_or_pickle_in_kg():
    forbidden_calls = {"eval", "exec", "compile", "__import__", "system", "popen", "Popen", "call", "check_call",
                       "check_output", "run", "getoutput", "getstatusoutput", "load", "loads"}
    forbidden_modules = {"subprocess", "pickle", "marshal", "shelve", "pty", "commands"}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not {m.split(".")[0] for m in modules} & forbidden_modules, f"{path}: imports {modules}"
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
                if name == "compile" and owner == "re":
                    continue
                if name in {"load", "loads"}:
                    assert owner in {"json", "spacy"}, f"{path}:{node.lineno}: {owner}.{name}"
                elif name in {"run", "call"}:
                    assert owner not in {"os", "subprocess"}, f"{path}:{node.lineno}"
                else:
                    assert name not in forbidden_calls - {"run", "call", "load", "loads"}, f"{path}:{node.lineno}: {name}"
                for keyword in node.keywords:
                    assert keyword.arg != "shell", f"{path}:{node.lineno}: shell="


# ---- locking: in-process holders, the CLI as a second user ------------------------------------------------

@pytest.mark.parametrize("holder_writes", [False, True], ids=["reader holds", "writer holds"])
@pytest.mark.parametrize("command", [["query", "person"], ["add", "good.txt"]], ids=["query", "add"])
def test_busy_store_waits_then_fails_in_one_line(store, inputs, monkeypatch, holder_writes, command):
    monkeypatch.chdir(inputs)
    holder = open_store(str(store), write=holder_writes)
    try:
        started = time.monotonic()
        result = runner.invoke(app, ["--store", str(store), "--lock-timeout", "0.3", *command])
        if not holder_writes and command[0] == "query":  # readers share the store
            assert result.exit_code == 0, result.output
            return
        assert time.monotonic() - started >= 0.3
        assert result.exit_code == 4, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 2 and lines[0].startswith("waiting for the store") and "another kg process" in lines[0]
        assert lines[1].startswith("Error: ") and "stayed busy for 0.3s" in lines[1] and "--lock-timeout" in lines[1]
    finally:
        holder.close()


def test_lock_timeout_from_the_environment(store):
    holder = open_store(str(store), write=True)
    try:
        result = runner.invoke(app, ["--store", str(store), "query", "person"], env={"KG_LOCK_TIMEOUT": "0.2"})
        assert result.exit_code == 4 and "stayed busy for 0.2s" in result.stderr
    finally:
        holder.close()


def test_closed_store_can_be_reopened_at_once_while_still_referenced(store):
    """close() frees RocksDB before releasing kg.lock, so the next writer never finds RocksDB's LOCK taken."""
    first = open_store(str(store), write=True)
    first.query("ASK { ?s ?p ?o }")
    first.close()
    second = open_store(str(store), write=True, lock_timeout=0)  # `first` is still referenced here
    second.close()
    assert first.dataset is not None


def test_a_store_whose_first_add_was_interrupted_is_still_usable(tmp_path, inputs):
    """An interrupted first `kg add` can leave only kg.lock (and a temporary marker) behind."""
    store = tmp_path / "store"
    store.mkdir()
    (store / "kg.lock").write_text("")
    (store / (MARKER + ".tmp")).write_text("{")
    result = runner.invoke(app, ["--store", str(store), "query", "person"])
    assert_clean_failure(result, "no kg store", code=4)
    result = runner.invoke(app, ["--store", str(store), "add", str(inputs / "good.txt")])
    assert result.exit_code == 0, result.output
    assert json.loads((store / MARKER).read_text())["format_version"] == FORMAT_VERSION


# ---- real processes: a batch, kills, two writers, a reader during a write -----------------------------------

OBSERVED = """
import os, signal, sys, time
from pathlib import Path
from kg import store as kg_store
from kg.cli import app

real_put_graph = kg_store.KgStore.put_graph
written = 0
pause_after = int(os.environ.get("KG_TEST_PAUSE_AFTER", "-1"))
go = Path(os.environ.get("KG_TEST_GO", "/nonexistent"))

def put_graph(self, graph):
    global written
    print("@@writing", graph.identifier, flush=True)
    real_put_graph(self, graph)
    written += 1
    print("@@wrote", graph.identifier, flush=True)
    if written == pause_after:
        deadline = time.monotonic() + 60
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.02)

kg_store.KgStore.put_graph = put_graph
signal.signal(signal.SIGINT, signal.default_int_handler)  # even if the test runner's parent ignores Ctrl-C
app(prog_name="kg")
"""


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30 short articles in two halves, a/ and b/."""
    root = tmp_path_factory.mktemp("batch")
    for i, text in enumerate(synthetic_articles(30)):
        half = root / ("a" if i < 15 else "b")
        half.mkdir(exist_ok=True)
        (half / f"article-{i:02d}.txt").write_text(text)
    (root / "observed.py").write_text(OBSERVED)
    return root


@pytest.fixture(scope="module")
def reference(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, ...]]]:
    """The store a batch gives when nothing goes wrong, graph by graph."""
    store = tmp_path_factory.mktemp("reference") / "store"
    done = kg_process("--store", str(store), "add", str(batch / "a"), str(batch / "b"))
    assert done.returncode == 0 and "added 30," in done.stdout, done.stderr
    graphs = by_graph(quads_of(store))
    assert len(graphs) == 31  # 30 articles and the ontology
    assert all(len(triples) > 20 for triples in graphs.values())
    return graphs


def observed(store: Path, batch: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(batch / "observed.py"), "--store", str(store), *args],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def assert_every_article_whole(store: Path, reference: dict[str, set[tuple[str, ...]]]) -> int:
    """The store reopens; each graph in it is exactly the reference graph. Returns the number of articles."""
    if not (store / MARKER).exists():
        return 0  # killed before the store was created: nothing to check, nothing lost
    graphs = by_graph(quads_of(store))
    for name, triples in graphs.items():
        assert name in reference, f"unexpected graph {name}"
        assert triples == reference[name], f"{name}: {len(triples)} triples, expected {len(reference[name])}"
    return sum(1 for name in graphs if "/graph/article/" in name)


def _lines_until(proc: subprocess.Popen[str], prefix: str, count: int) -> bool:
    """Read the process's stdout until the count-th line starting with prefix; False if it ended first."""
    assert proc.stdout is not None
    seen = 0
    for line in proc.stdout:
        if line.startswith(prefix):
            seen += 1
            if seen >= count:
                return True
    return False


@pytest.mark.slow
def test_sigkill_during_a_batch_loses_nothing_and_rerun_finishes(batch, reference, tmp_path):
    """Kill `kg add` (30 articles) again and again: first while it writes the ontology into a new store, then
    just before or just after the k-th article is written, at a random moment, or with Ctrl-C (SIGINT)."""
    rng = random.Random(20240605)
    store = tmp_path / "store"
    killed_mid_write = 0
    for trial in range(8):
        present = assert_every_article_whole(store, reference)
        if present == 30:
            break
        mode = "ontology" if trial == 0 else ("sigint", "before write", "after write", "any time")[trial % 4]
        proc = observed(store, batch, "add", str(batch / "a"), str(batch / "b"))
        watchdog = threading.Timer(60, proc.kill)
        watchdog.start()
        try:
            if mode == "any time":  # start-up, validation, spaCy, writing or closing
                time.sleep(rng.uniform(0.2, 1.8))
            else:
                k = 1 if mode == "ontology" else rng.randint(1, max(1, (30 - present) // 3))
                if _lines_until(proc, "@@writing" if mode in ("ontology", "before write") else "@@wrote", k):
                    time.sleep(rng.uniform(0, 0.004))
                    killed_mid_write += 1
            proc.send_signal(signal.SIGINT if mode == "sigint" else signal.SIGKILL)
            _, err = proc.communicate(timeout=30)
            if mode == "sigint" and proc.returncode != 0:
                assert proc.returncode == 130 and "Traceback" not in err, err
                assert err.strip().splitlines()[-1].startswith("Error: interrupted; the articles written so far are whole")
        finally:
            watchdog.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert killed_mid_write >= 3
    before = assert_every_article_whole(store, reference)
    done = kg_process("--store", str(store), "add", str(batch / "a"), str(batch / "b"))
    assert done.returncode == 0, done.stderr
    assert f"added {30 - before}, replaced 0, skipped {before}" in done.stdout
    assert by_graph(quads_of(store)) == reference  # the rest added, nothing twice, nothing missing


@pytest.mark.slow
def test_two_writers_take_turns(batch, reference, tmp_path):
    store = tmp_path / "store"
    procs = [subprocess.Popen([sys.executable, MAIN, "--store", str(store), "--lock-timeout", "90", "add", str(batch / half)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for half in "ab"]
    results = []
    try:
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            results.append((proc.returncode, out, err))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    for code, out, err in results:
        assert code == 0, err
        assert "added 15, replaced 0, skipped 0" in out
        assert all(line.startswith("waiting for the store") for line in err.splitlines()), err
    assert by_graph(quads_of(store)) == reference


@pytest.mark.slow
def test_writer_waits_for_the_lock_then_runs(batch, reference, tmp_path):
    """A second writer prints "waiting for the store" and goes on when the first one closes (a held reference to
    the first store object must not keep RocksDB's own lock taken)."""
    store = tmp_path / "store"
    holder = open_store(str(store), write=True)
    proc = subprocess.Popen([sys.executable, MAIN, "--store", str(store), "add", str(batch / "a"), str(batch / "b")],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        assert proc.stderr.readline().startswith("waiting for the store")
        holder.close()
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "added 30," in out and "Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert by_graph(quads_of(store)) == reference
    assert holder.dataset is not None


@pytest.mark.slow
def test_query_during_a_write_waits_and_sees_a_whole_state(batch, reference, tmp_path):
    store = tmp_path / "store"
    assert kg_process("--store", str(store), "add", str(batch / "a")).returncode == 0
    go = tmp_path / "go"
    writer = observed(store, batch, "add", str(batch / "b"), env={"KG_TEST_PAUSE_AFTER": "3", "KG_TEST_GO": str(go)})
    count = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    reader = None
    try:
        assert _lines_until(writer, "@@wrote", 3)  # paused with 3 of 15 new articles written, lock held
        impatient = kg_process("--store", str(store), "--lock-timeout", "0.5", "query", count)
        assert impatient.returncode == 4 and impatient.stderr.splitlines()[-1].startswith("Error: the store at")
        assert "Traceback" not in impatient.stderr
        reader = subprocess.Popen([sys.executable, MAIN, "--store", str(store), "query", count, "-f", "json"],
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert reader.stderr is not None
        assert reader.stderr.readline().startswith("waiting for the store")
        go.write_text("go")
        writer.communicate(timeout=120)
        assert writer.returncode == 0
        out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0, err
    finally:
        for proc in (writer, reader):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    counts = {row["g"]: int(row["n"]) for row in json.loads(out)}
    assert counts == {name.strip("<>"): len(triples) for name, triples in reference.items()}



def test_stats_counts_only_kgs_graphs():
    from kg.namespaces import GRAPH
    from kg.stats import _TRIPLES

    assert f'"{GRAPH}"' in _TRIPLES
