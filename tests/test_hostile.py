"""Hostile input and faults (issue 13, second part): writes where kg must not write, texts the pipeline cannot
take, bad text, signals, queries that do not end, control characters, and the tracebacks that were left.

Each test failed before its fix. Like tests/test_reliability.py: real kg processes where signals or devices
matter, servers on loopback, every process bounded in time and cleaned up, seeded, and the store compared
byte for byte (tests.test_reliability.snapshot) where it matters.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import ROOT
from tests.test_reliability import SHORT, assert_clean_failure, snapshot
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
