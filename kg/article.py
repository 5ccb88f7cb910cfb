"""Reading articles: plain text (optionally headed by `date YYYY-MM-DD`) and JSON Lines.

Decoding is strict: text that is not UTF-8 (or UTF-16 with a BOM) is refused rather than guessed at,
because a wrongly decoded name would become a wrong node in the graph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError

_DATE_HEADER = re.compile(r"\A\s*date[:\s]\s*(\S+)", re.IGNORECASE)
_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|!doctype)\b", re.IGNORECASE)
ARTICLE_SUFFIXES = {".txt", ".text", ".jsonl"}


@dataclass(frozen=True)
class Article:
    """One article, as the rest of the flow sees it: `text` is what offsets point into."""

    id: str
    text: str
    source: str
    title: str
    published: dt.date | None
    sha256: str
    warnings: tuple[str, ...] = ()


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            f"{where}: '{value}' is not a real date; write it as YYYY-MM-DD (e.g. 2017-02-24)"
        ) from None


def _title_of(text: str) -> str:
    first = text.strip().splitlines()[0].strip()
    return first if len(first) <= 120 else first[:117].rstrip() + "..."


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("p", "br", "div", "h1", "h2", "h3", "li", "title"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).splitlines())
    return "\n\n".join(line for line in lines if line)


def decode(data: bytes, where: str) -> str:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: looks like a binary file, not a text article; give a .txt file")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8, "
            "e.g. iconv -f cp1252 -t utf-8"
        ) from None


def make_article(
    raw: str,
    source: str,
    *,
    date: dt.date | None = None,
    title: str | None = None,
    article_id: str | None = None,
) -> Article:
    """Split off the date header, check the text is usable, and give the article its identity.

    The id is the content hash unless one is given, so re-adding the same text is recognised
    whatever the file is called.
    """
    warnings: list[str] = []
    body = raw
    published = None
    header = _DATE_HEADER.match(raw)
    if header and _DATE_LIKE.match(header.group(1)):
        published = parse_date(header.group(1), f"{source}: date header")
        body = raw[header.end() :]
    elif header and re.match(r"\A\s*date:?\s*\d", raw, re.IGNORECASE):
        raise InputError(f"{source}: malformed date header '{header.group(0).strip()}'; write 'date YYYY-MM-DD'")
    if _HTML_HINT.search(body[:2000]):
        body = html_to_text(body)
        warnings.append(f"{source}: looks like HTML; its text was extracted from the markup")
    body = body.strip()
    if not body:
        raise InputError(f"{source}: the article is empty; give a file with the article's text")
    if date is not None:
        published = date
    digest = content_hash(body)
    return Article(
        id=article_id or digest[:16],
        text=body,
        source=source,
        title=title or _title_of(body),
        published=published,
        sha256=digest,
        warnings=tuple(warnings),
    )


def _read_bytes(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise InputError(
            f"{path}: {size:,} bytes is over the {limit:,}-byte limit for one article; "
            "split it, or raise the limit with --max-bytes / KG_MAX_BYTES"
        )
    return path.read_bytes()


def _jsonl_articles(path: Path, data: str, date: dt.date | None) -> Iterator[Article]:
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg}); write one JSON object per line") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: each line needs a JSON object with a 'text' string")
        record_date = parse_date(record["date"], where) if record.get("date") else None
        yield make_article(
            record["text"],
            str(record.get("url") or where),
            date=date or record_date,
            title=record.get("title"),
            article_id=str(record["id"]) if record.get("id") else None,
        )


def expand_paths(paths: list[str]) -> list[str]:
    """Files first checked to exist, directories expanded to their article files, `-` kept."""
    found: list[str] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or directory; check the path")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                raise InputError(f"{raw}: the directory holds no articles (*.txt, *.jsonl); point at article files")
            found.extend(str(p) for p in files)
        else:
            found.append(raw)
    return found


def read_articles(
    paths: list[str], *, date: dt.date | None = None, max_bytes: int = 2_000_000, stdin: bytes | None = None
) -> Iterator[Article]:
    """Yield articles one at a time, so a large batch is never held in memory."""
    for raw in expand_paths(paths):
        if raw == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            if len(data) > max_bytes:
                raise InputError(f"stdin: over the {max_bytes:,}-byte limit for one article")
            yield make_article(decode(data, "stdin"), "stdin", date=date)
            continue
        path = Path(raw)
        text = decode(_read_bytes(path, max_bytes * (50 if path.suffix == ".jsonl" else 1)), raw)
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_articles(path, text, date)
        else:
            yield make_article(text, str(path), date=date)
