"""Hostile input and faults (issue 13, second part): writes where kg must not write, texts the pipeline cannot
take, bad text, signals, queries that do not end, control characters, and the tracebacks that were left.

Each test failed before its fix. Like tests/test_reliability.py: real kg processes where signals or devices
matter, servers on loopback, every process bounded in time and cleaned up, seeded, and the store compared
byte for byte (tests.test_reliability.snapshot) where it matters.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import ROOT
from tests.test_reliability import OBSERVED, SHORT, _lines_until, assert_clean_failure, by_graph, quads_of, snapshot, synthetic_articles
from tests.test_security import _Quiet, serve  # noqa: F401 - the fixture

runner = CliRunner()
MAIN = str(ROOT / "main.py")
RUN_LIMIT = 60  # seconds any kg process may run here


def kg_run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, MAIN, *args], cwd=cwd, capture_output=True, text=True, timeout=RUN_LIMIT,
                          env={**os.environ, **(env or {})}, **kwargs)  # type: ignore[call-overload]


def one_error_line(done: subprocess.CompletedProcess[str], needle: str) -> None:
    assert done.returncode not in (0, None), done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.strip().splitlines() if not line.startswith(("Warning: ", "waiting for"))]
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr
    assert needle in lines[0], lines[0]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-base")
    (root / "fenby.txt").write_text("date 2019-03-07\n" + SHORT)
    result = runner.invoke(app, ["--store", str(root / "store"), "add", str(root / "fenby.txt")])
    assert result.exit_code == 0, result.output
    return root / "store"


@pytest.fixture
def store(base: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(base, copy)
    return copy


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(SHORT)
    return path


# ---- 1. writes where kg must not write -------------------------------------------------------------------

OUT_CASES = [
    (["viz", "--out", "{store}/kg-store.json"], "--out"),
    (["viz", "--out", "{store}/view.html"], "--out"),
    (["viz", "--out", "{store}/oxigraph/new/x.html"], "--out"),
    (["viz", "--out", "{store}"], "--out"),
    (["export", "--out", "{store}/kg.lock"], "--out"),
    (["export", "--format", "nt", "--out", "{link}/kg-store.json"], "--out"),
]


@pytest.mark.parametrize("args,needle", OUT_CASES, ids=[" ".join(c[0]) for c in OUT_CASES])
def test_output_inside_the_store_is_refused_before_anything_is_written(store, tmp_path, args, needle):
    link = tmp_path / "link"
    link.symlink_to(store)  # the same directory under another name
    before = snapshot(store)
    filled = [a.format(store=store, link=link) for a in args]
    result = runner.invoke(app, ["--store", str(store), *filled])
    assert_clean_failure(result, "is inside the store", code=2)
    assert snapshot(store) == before


def test_eval_json_inside_the_store_is_refused(store, tmp_path):
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "eval", str(tmp_path), "--json", str(store / "kg-store.json")])
    assert_clean_failure(result, "is inside the store", code=2)
    assert snapshot(store) == before


def test_output_beside_the_store_is_written(store, tmp_path):
    out = tmp_path / "store-view" / "view.html"  # a name that starts like the store's is not inside it
    result = runner.invoke(app, ["--store", str(store), "viz", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()


class _Missing(_Quiet):
    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.mark.parametrize("case", ["failing URL", "--workers 0", "unknown --model"])
@pytest.mark.parametrize("exists", [False, True], ids=["no store yet", "a store"])
def test_a_failing_add_neither_creates_nor_changes_the_store(store, tmp_path, good, serve, case, exists):  # noqa: F811
    target = store if exists else tmp_path / "new-store"
    before = snapshot(target)
    args, needle = {
        "failing URL": ([str(good), serve(_Missing).url + "/gone.html"], "HTTP 404"),
        "--workers 0": (["--workers", "0", str(good)], "--workers 0"),
        "unknown --model": (["--model", "xx_no_such_model", str(good)], "xx_no_such_model"),
    }[case]
    result = runner.invoke(app, ["--store", str(target), "add", *args])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ") and needle in result.stderr, result.stderr
    assert snapshot(target) == before  # None when there was no store: still none


# ---- 2. texts the pipeline cannot take; a limit applied after decompression -------------------------------

def _long_text(chars: int) -> str:
    sentence = "Labour MP Ann Lowe won the Fenby by-election after a long count in the town hall. "
    return (sentence * (chars // len(sentence) + 1))[:chars]


@pytest.mark.parametrize("case", ["250 kB .txt", "1.2 MB JSON Lines record", "1.5 MB stdin", "2 MB .txt with --max-bytes"])
def test_a_text_too_long_for_the_pipeline_is_refused_up_front(store, tmp_path, good, case):
    """spaCy refuses texts over 1,000,000 characters (E088, a traceback, the rest of the batch dropped), and long
    before that takes minutes and gigabytes: refused with the reason before anything is written."""
    stdin = None
    if case == "250 kB .txt":
        args = [str(good), str(tmp_path / "long.txt")]
        (tmp_path / "long.txt").write_text(_long_text(250_000))
    elif case == "1.2 MB JSON Lines record":
        args = ["--max-bytes", "5000000", str(tmp_path / "long.jsonl")]
        (tmp_path / "long.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in (SHORT, _long_text(1_200_000))))
    elif case == "1.5 MB stdin":
        args, stdin = ["-"], _long_text(1_500_000).encode()
    else:
        args = ["--max-bytes", "3000000", str(good), str(tmp_path / "long.txt")]
        (tmp_path / "long.txt").write_text(_long_text(2_000_000))
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "add", *args], input=stdin)
    assert_clean_failure(result, "over the 200,000 kg's pipeline takes in one article", code=2)
    assert "split it" in result.stderr
    assert snapshot(store) == before


def _gzip_page(padding: int) -> bytes:
    import gzip

    page = ("<!doctype html><html><head><title>Fenby by-election</title></head><body><article>"
            "<p>Labour MP Ann Lowe won the Fenby by-election on Thursday with a majority of 3,000 votes.</p>"
            "<p>Conservative leader Tom Brack congratulated her on the result in the town hall.</p>"
            f"</article><!-- {' ' * padding} --></body></html>")
    return gzip.compress(page.encode(), compresslevel=9)


def test_a_gzip_page_is_held_to_the_limit_once_decompressed(store, tmp_path):
    bomb = tmp_path / "page.html"
    bomb.write_bytes(_gzip_page(12_900_000))  # ~13 kB on disk, 12.9 MB inflated
    assert bomb.stat().st_size < 100_000
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "add", str(bomb)])
    assert_clean_failure(result, "once decompressed (gzip)", code=2)
    assert snapshot(store) == before
    huge = tmp_path / "huge.html"  # 2 GB once inflated: refused after inflating at most the limit
    import gzip

    with gzip.open(huge, "wb", compresslevel=9) as out:
        for _ in range(2000):
            out.write(b" " * 1_000_000)
    result = runner.invoke(app, ["--store", str(store), "add", str(huge)])
    assert_clean_failure(result, "once decompressed (gzip)", code=2)
    assert snapshot(store) == before


def test_a_gzip_page_within_the_limit_is_read(store, tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(_gzip_page(1_000))
    result = runner.invoke(app, ["--store", str(store), "add", str(page)])
    assert result.exit_code == 0, result.output
    assert "added 1" in result.stdout


# ---- 3. bad text: UTF-32, binary behind a byte-order mark, NUL characters -----------------------------------

BAD_TEXT = [
    ("utf32-le.txt", SHORT.encode("utf-32"), "is UTF-32"),
    ("utf32-be.txt", b"\x00\x00\xfe\xff" + SHORT.encode("utf-32-be"), "is UTF-32"),
    ("png-after-bom.txt", b"\xff\xfe" + b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + bytes(range(256)) * 4,
     "not valid UTF-16 (byte 290): a binary file"),
    ("zeros-after-bom.txt", b"\xfe\xff" + b"\x00\x41\x00\x00" * 50, "binary file"),
    ("bad-utf16.txt", b"\xff\xfe" + "Ann Lowe".encode("utf-16-le") + b"\x00\xdc", "not valid UTF-16"),
    ("nul.jsonl", b'{"text": "Labour MP Ann Lowe\\u0000 won the Fenby by-election."}\n', "NUL character"),
]


@pytest.mark.parametrize("name,data,needle", BAD_TEXT, ids=[c[0] for c in BAD_TEXT])
def test_text_that_is_not_text_is_refused_in_one_line(store, tmp_path, good, name, data, needle):
    (tmp_path / name).write_bytes(data)
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "add", str(good), str(tmp_path / name)])
    assert_clean_failure(result, needle, code=2)
    assert snapshot(store) == before
    if name.endswith(".jsonl"):
        return  # stdin is read as one plain-text article
    result = runner.invoke(app, ["--store", str(store), "add", "-"], input=data)  # the same bytes on stdin
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert snapshot(store) == before


# ---- 6. Ctrl-C to `kg add --workers 2` (the kg process alone) ----------------------------------------------

@pytest.fixture(scope="module")
def big_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 short articles: several of spaCy's batches, so its workers still have texts queued when Ctrl-C comes."""
    root = tmp_path_factory.mktemp("big-batch")
    (root / "articles").mkdir()
    for i, text in enumerate(synthetic_articles(120, seed=13)):
        (root / "articles" / f"article-{i:03d}.txt").write_text(text)
    (root / "observed.py").write_text(OBSERVED)
    return root


@pytest.fixture(scope="module")
def big_reference(big_batch: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, ...]]]:
    store = tmp_path_factory.mktemp("big-reference") / "store"
    done = kg_run("--store", str(store), "add", str(big_batch / "articles"))
    assert done.returncode == 0 and "added 120," in done.stdout, done.stderr
    return by_graph(quads_of(store))


def _children(pid: int) -> list[int]:
    with contextlib.suppress(OSError):
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return []


@pytest.mark.slow
def test_ctrl_c_to_kg_add_with_workers_ends_it_and_its_workers(big_batch, big_reference, tmp_path):
    """SIGINT to the kg process alone (not its process group): kg used to hang in 5 of 6 tries, joining spaCy
    workers that waited to send docs nobody would read. Now it ends (exit 130, one Error line), its workers too,
    and every article in the store is whole."""
    rng = random.Random(6)
    store = tmp_path / "store"
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, str(big_batch / "observed.py"), "--store", str(store), "add", "--workers", "2",
                                 str(big_batch / "articles")], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        workers: list[int] = []
        try:
            assert _lines_until(proc, "@@wrote", rng.randint(1, 12))
            workers = _children(proc.pid)
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=30)  # hung forever before
            if proc.returncode == 0:
                break  # it finished first
            assert proc.returncode == 130 and "Traceback" not in err, err
            assert err.strip().splitlines()[-1].startswith("Error: interrupted; the articles written so far are whole"), err
            assert "W127" not in err
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
                for pid in workers:  # orphaned workers of a kg that hung: ended here, not left running
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGKILL)
        for pid in workers:  # spaCy's workers ended with kg (a zombie has been reaped by the time kg exits)
            assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
        graphs = by_graph(quads_of(store))
        assert graphs and all(triples == big_reference[name] for name, triples in graphs.items())
    done = kg_run("--store", str(store), "add", str(big_batch / "articles"))
    assert done.returncode == 0, done.stderr
    assert by_graph(quads_of(store)) == big_reference


# ---- 5. a query that does not end: a timeout, and Ctrl-C, on the embedded store -----------------------------

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.mark.slow
def test_a_query_that_does_not_end_is_stopped_at_the_timeout(store, good):
    before = snapshot(store)
    started = time.monotonic()
    done = kg_run("--store", str(store), "query", CARTESIAN, "--timeout", "2")
    one_error_line(done, "did not finish within 2 s")
    assert done.returncode == 3 and done.stdout == ""
    assert time.monotonic() - started < RUN_LIMIT  # it ran until killed before
    done = kg_run("--store", str(store), "query", CARTESIAN, env={"KG_QUERY_TIMEOUT": "1.5"})
    one_error_line(done, "did not finish within 1.5 s")
    assert snapshot(store) == before
    assert kg_run("--store", str(store), "--lock-timeout", "5", "add", str(good)).returncode == 0  # the lock went with kg


def _thread_names(pid: int) -> set[str]:
    """The names of a process's threads; a thread that ends while they are read is left out (not an error)."""
    names = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            names.add((task / "comm").read_text().strip())
    return names


@pytest.mark.slow
def test_ctrl_c_ends_a_query_that_does_not_end(store):
    before = snapshot(store)
    proc = subprocess.Popen([sys.executable, "-c", "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
                             "from kg.cli import app; app(prog_name='kg')", "--store", str(store), "query", CARTESIAN],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + RUN_LIMIT  # wait until the query runs: its thread exists
        while time.monotonic() < deadline and "kg-query" not in _thread_names(proc.pid):
            time.sleep(0.1)
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)  # Ctrl-C went unseen before
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130 and out == "", err
    assert err.strip().splitlines() == ["Error: interrupted; the store is whole (each change kg makes is one atomic update)"]
    assert snapshot(store) == before


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon"])
def test_a_bad_query_timeout_is_one_line(store, value):
    result = runner.invoke(app, ["--store", str(store), "query", "person", "--timeout", value])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ") and "--timeout" in result.stderr


# ---- 4. control characters from file names, titles and article text never reach the terminal raw -----------

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
RETITLE, CLEAR = "\x1b]0;owned\x07", "\x1b[2J\x1b[H"


def assert_no_raw_control(*outputs: str) -> None:
    for output in outputs:
        assert not RAW_CONTROL.search(output), repr(output)


def test_control_characters_are_escaped_in_everything_kg_prints(store, tmp_path):
    name = tmp_path / f"evil{CLEAR}\r\u202eName.txt"
    name.write_text(f"{RETITLE}Labour MP Cora Pell{CLEAR} won the Oakley by-election.\r\nHer rival Tom Brack conceded.\n")
    jsonl = tmp_path / "titled.jsonl"
    jsonl.write_text(json.dumps({"text": "Labour MP Ivo Marsh won the Ashby by-election.", "title": f"Ashby{RETITLE}\u009b2J",
                                 "url": f"https://example.org/{CLEAR}"}) + "\n")
    outputs = []
    for args in (["add", str(name), str(jsonl)], ["add", str(name)], ["stats"], ["query", "articles"],
                 ["query", "articles", "-f", "csv"], ["path", "Cora Pell", "Tom Brack", "-e"],
                 ["add", str(tmp_path / f"missing{RETITLE}.txt")]):
        result = runner.invoke(app, ["--store", str(store), *args])
        outputs.append(result.stdout + result.stderr)
        assert_no_raw_control(result.stdout, result.stderr)
        if args[-1].endswith("missing" + RETITLE + ".txt"):
            assert result.stderr.count("\n") == 1 and "\\u001b]0;owned\\u0007" in result.stderr
    assert "\\u001b[2J" in outputs[0] + outputs[1]  # shown, escaped: the user sees what the name holds
    answer = runner.invoke(app, ["--store", str(store), "query", "articles", "-f", "json"])
    assert_no_raw_control(answer.stdout)
    titles = {row["title"] for row in json.loads(answer.stdout)}  # still valid JSON, and the same values
    assert f"Ashby{RETITLE}\u009b2J" in titles
    export = runner.invoke(app, ["--store", str(store), "export", "-f", "nt"])
    assert_no_raw_control(export.stdout)


def test_a_control_character_in_an_error_is_escaped_in_a_real_terminal_pipe(tmp_path):
    bad = tmp_path / f"a{CLEAR}b.txt"
    bad.write_bytes(b"\x00\x01binary")
    done = kg_run("--store", str(tmp_path / "store"), "add", str(bad))
    one_error_line(done, "\\u001b[2J")
    assert_no_raw_control(done.stdout, done.stderr)


# ---- 7. one Error line, not a traceback --------------------------------------------------------------------

JSONL_CASES = [
    ("nested.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n", [], "nested too deeply"),
    ("bigint.jsonl", '{"text": "Labour won.", "n": ' + "9" * 5000 + "}\n", [], "JSON kg cannot read"),
    ("good.jsonl", json.dumps({"text": SHORT}) + "\n", ["--max-bytes", "9" * 30], "more than kg reads for one article"),
]


@pytest.mark.parametrize("name,data,options,needle", JSONL_CASES, ids=[c[0] for c in JSONL_CASES])
def test_json_lines_json_cannot_read_is_one_line(store, tmp_path, name, data, options, needle):
    (tmp_path / name).write_text(data)
    before = snapshot(store)
    result = runner.invoke(app, ["--store", str(store), "add", *options, str(tmp_path / name)])
    assert_clean_failure(result, needle, code=2)
    assert snapshot(store) == before


def test_a_query_file_that_is_not_utf8_is_one_line(store, tmp_path):
    (tmp_path / "q.rq").write_bytes(b"\xff\xfeSELECT * WHERE { ?s ?p ?o }")
    result = runner.invoke(app, ["--store", str(store), "query", str(tmp_path / "q.rq")])
    assert_clean_failure(result, "not UTF-8", code=2)


def test_a_marker_that_is_a_directory_is_one_line(store, good):
    (store / "kg-store.json").unlink()
    (store / "kg-store.json").mkdir()
    before = snapshot(store)
    for command in (["query", "articles"], ["add", str(good)], ["stats"]):
        result = runner.invoke(app, ["--store", str(store), *command])
        assert_clean_failure(result, "cannot be read", code=4)
    assert snapshot(store) == before


def _damage(store: Path, how: str) -> None:
    files = sorted((store / "oxigraph").iterdir())
    if how == "CURRENT":
        (store / "oxigraph" / "CURRENT").write_bytes(b"\x00garbage")
    elif how == "MANIFEST":
        next(f for f in files if f.name.startswith("MANIFEST")).write_bytes(os.urandom(300))
    elif how == "table shortened":
        next(f for f in files if f.suffix == ".sst").write_bytes(b"short")
    else:  # the middle third of every table file overwritten, sizes kept
        rng = random.Random(7)
        for table in (f for f in files if f.suffix == ".sst"):
            data = bytearray(table.read_bytes())
            for i in range(len(data) // 3, 2 * len(data) // 3):
                data[i] = rng.randrange(256)
            table.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["CURRENT", "MANIFEST", "table shortened", "table overwritten"])
def test_a_damaged_rocksdb_is_one_line_and_left_alone(store, good, how):
    _damage(store, how)

    def data() -> dict[str, str]:  # RocksDB's own diagnostic LOG is written by any attempt to open it
        return {name: digest for name, digest in (snapshot(store) or {}).items() if not name.startswith("oxigraph/LOG")}

    before = data()
    for command in (["query", "articles"], ["stats"], ["export"], ["add", str(good)]):
        result = runner.invoke(app, ["--store", str(store), *command])
        assert_clean_failure(result, "is damaged", code=4)
    assert data() == before


@pytest.mark.slow
@pytest.mark.parametrize("args", [["query", "articles"], ["--version"]], ids=["query", "--version"])
def test_stdout_on_a_full_device_is_one_line(store, args):
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, MAIN, "--store", str(store), *args], cwd=ROOT, stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=RUN_LIMIT)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines() == ["Error: cannot write the output (No space left on device); free some space or "
                                                "write it elsewhere"]


def _file_size_limit(limit: int):  # type: ignore[no-untyped-def]
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # Python ignores SIGXFSZ: writes fail (EFBIG)


@pytest.mark.slow
def test_disk_full_during_add_is_one_line_and_loses_nothing(big_batch, big_reference, tmp_path):
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, MAIN, "--store", str(store), "add", str(big_batch / "articles")], cwd=ROOT,
                          capture_output=True, text=True, timeout=RUN_LIMIT * 2, preexec_fn=_file_size_limit(1_500_000))
    one_error_line(done, "could not write to the store")
    assert done.returncode == 4
    graphs = by_graph(quads_of(store))  # what was written before the disk filled is there, each article whole
    assert 1 < len(graphs) < len(big_reference)
    assert all(triples == big_reference[name] for name, triples in graphs.items())


@pytest.mark.slow
def test_the_store_deleted_during_add_is_one_line(big_batch, tmp_path):
    store = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, str(big_batch / "observed.py"), "--store", str(store), "add", str(big_batch / "articles")],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert _lines_until(proc, "@@wrote", 3)
        shutil.rmtree(store)
        _, err = proc.communicate(timeout=RUN_LIMIT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 4 and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: could not") and "the store at" in lines[0], err


class _YesServer(_Quiet):
    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
        data = json.dumps({"head": {}, "boolean": "yes"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.mark.parametrize("command", [["query", "articles"], ["query", "ASK { ?s ?p ?o }"], ["stats"]])
def test_a_server_answering_boolean_yes_is_one_line(serve, command):  # noqa: F811
    result = runner.invoke(app, ["--store", serve(_YesServer).url + "/query", *command])
    assert_clean_failure(result, "the boolean 'yes', not true or false", code=4)


GOLD_CASES = [
    ({"text": "Ann Lowe won.", "gold": {"person_role_party": [{"person": 5, "role": "MP"}]}}, "'person' should be a string"),
    ({"text": "Ann Lowe won.", "gold": []}, "'gold' should be an object"),
    ({"text": 7, "gold": {}}, "'text' should be"),
    ({"text": "Ann Lowe won.", "gold": {"election_seat_winner": [{"seat": {"x": 1}}]}}, "'seat' should be a string or a list"),
    ({"text": "Ann Lowe won.", "gold": {"person_role_party": [{"role": "MP"}]}}, "has no 'person'"),
    ({"text": "Ann Lowe won.", "gold": {"resignation_triggers_election": "Ann"}}, "should be a list of facts"),
    ({"text": "Ann Lowe won.", "gold": {}, "published": 2017}, "should be strings"),
    ("[" * 100_000, "not valid JSON"),
]


@pytest.mark.parametrize("record,needle", GOLD_CASES, ids=range(len(GOLD_CASES)))
def test_a_malformed_gold_file_is_one_line(tmp_path, record, needle):
    (tmp_path / "a.json").write_text(record if isinstance(record, str) else json.dumps(record))
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert_clean_failure(result, needle, code=2)


# ---- 8. one HTML path: a page is read as a page whatever it is called (issue 15) ------------------------------

PAGE = ("<!doctype html><html><head><title>Ashcombe result</title>"
        '<meta property="article:published_time" content="2019-03-07"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/politics'>Politics</a></nav>"
        "<article><h1>Ashcombe result</h1>"
        "<p>Labour MP Nia Quill won the Ashcombe by-election on Thursday, holding the seat by 2,000 votes "
        "after a long and bitter campaign across the constituency.</p>"
        "<p>Conservative leader Tom Brack congratulated her on the result in the town hall late on Thursday night.</p>"
        "</article><aside><h2>Most read</h2><ul><li>Green MP Rex Feld won the Oakby by-election</li>"
        "<li>Liberal Democrat leader Owen Garrow quits</li></ul></aside><footer>Copyright</footer></body></html>")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["page.html", "page.txt", "page", "-"])
def test_a_page_gives_the_same_article_whatever_it_is_called(store, tmp_path, name):
    if name != "-":
        (tmp_path / name).write_text(PAGE)
    result = runner.invoke(app, ["--store", str(store), "add", str(tmp_path / name) if name != "-" else "-"],
                           input=PAGE.encode() if name == "-" else None)
    assert result.exit_code == 0, result.output
    people = json.loads(runner.invoke(app, ["--store", str(store), "query", "person", "-f", "json"]).stdout)
    names = {row["person"] for row in people}
    assert "Nia Quill" in names
    assert not names & {"Rex Feld", "Owen Garrow"}, names  # the "Most read" sidebar is not the article
    articles = json.loads(runner.invoke(app, ["--store", str(store), "query", "articles", "-f", "json"]).stdout)
    page = next(a for a in articles if "Ashcombe" in a["title"])
    assert page["title"] == "Ashcombe result" and page["published"] == "2019-03-07", page
