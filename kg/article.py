"""Reading articles: plain text (optionally headed by a date line, `date 2017-02-24` or `Date: 24 February 2017`) and JSON Lines.

Decoding is strict: text that is not UTF-8 (or UTF-16 with a BOM) is refused rather than guessed at,
because a wrongly decoded name would become a wrong node in the graph.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import hashlib
import json
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.web import HTML_SUFFIXES, fetch, html_text, is_url

#: Anything that may be a date header (the reader looks closer); a text that does not match it has none.
_DATE_HEADER = re.compile(r"\A\s*date[:\s]\s*(\S+)", re.IGNORECASE)
_HEADER_START = re.compile(r"\A\s*date(:\s*|\s+)", re.IGNORECASE)
_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
    ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"), ("december", "dec")), 1)
    for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_END = r"(?![\w/-])"
#: The publication dates kg reads, each with how it is described when a date is refused. Numbers alone
#: (24/02/2017) are read day first or month first, whichever is a real date; when both are (02/05/2025:
#: 2 May or 5 February?) the date is refused, not guessed: British and American articles write it each way.
DATE_FORMS = (
    ("2025-05-02", re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _END)),
    ("2 May 2025", re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})" + _END, re.IGNORECASE)),
    ("May 2, 2025", re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+(?P<year>\d{4})" + _END, re.IGNORECASE)),
    ("24/02/2017 or 02/24/2017", re.compile(r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})" + _END)),
)
_DATE_WORD = re.compile(r"(?:" + _MONTH + r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b", re.IGNORECASE)
_TRIED = "; ".join(form for form, _ in DATE_FORMS)
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|!doctype)\b", re.IGNORECASE)
ARTICLE_SUFFIXES = {".txt", ".text", ".jsonl", ".html", ".htm"}
#: Common English function words. English news text has about a third of its words among them (0.33-0.40
#: on the corpus), French or German text under a tenth, so below ENGLISH_MIN the article is probably not English.
_ENGLISH_WORDS = frozenset({
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
    "were", "be", "been", "are", "has", "have", "had", "that", "this", "which", "who", "it", "its", "he", "she", "his",
    "her", "they", "their", "not", "said", "after", "will", "would",
})
ENGLISH_MIN = 0.15
_LANGUAGE_MIN_WORDS = 30  # shorter texts are not judged
#: The longest article text kg's pipeline takes, in characters. spaCy refuses a text over 1,000,000 (E088), and
#: well below that the cost is what stops: spaCy and extraction take about 0.2 s and 4.5 MB of memory per
#: 1,000 characters, so 200,000 characters take ~40 s and ~0.9 GB (per worker). News articles are a few
#: thousand characters (the longest in the gold corpus: 6,425); a longer text is a book or a crawl, refused
#: up front with the reason, before anything is written.
MAX_TEXT_CHARS = 200_000
#: The largest --max-bytes kg takes (1 GiB): reads of a page or a record are sized by the limit, and a text is held
#: to MAX_TEXT_CHARS anyway; a limit of 10**20 bytes failed with an OverflowError.
MOST_BYTES = 1 << 30
#: How many gzip layers a page may come in (a server's gzip around a .html.gz is two).
_GZIP_LAYERS = 3


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


def _date_of(found: re.Match[str], shown: str, where: str) -> dt.date:
    """The date a DATE_FORMS match names; an impossible date, or numbers that read as two dates, are refused."""
    parts = found.groupdict()
    year = int(parts["year"])
    if parts.get("first"):
        first, second = int(parts["first"]), int(parts["second"])
        readings = set()
        for day, month in ((first, second), (second, first)):
            with contextlib.suppress(ValueError):
                readings.add(dt.date(year, month, day))
        if len(readings) > 1:
            one, other = sorted(readings, key=lambda d: d != dt.date(year, second, first))
            raise InputError(f"{where}: '{shown}' could be {one.day} {one:%B} or {other.day} {other:%B}; "
                             f"write it as YYYY-MM-DD ({one.isoformat()} or {other.isoformat()})")
        if readings:
            return readings.pop()
    else:
        named = parts["month"]
        with contextlib.suppress(ValueError):
            return dt.date(year, int(named) if named.isdigit() else _MONTHS[named.lower()], int(parts["day"]))
    raise InputError(f"{where}: '{shown}' is not a real date; write it as YYYY-MM-DD (e.g. 2017-02-24)")


def parse_date(value: object, where: str) -> dt.date:
    """A date given as an option or a JSON field, in any of DATE_FORMS."""
    text = value.strip() if isinstance(value, str) else ""
    for _, form in DATE_FORMS:
        found = form.fullmatch(text)
        if found:
            return _date_of(found, text, where)
    raise InputError(f"{where}: '{value}' is not a real date in a form kg reads ({_TRIED}); write it as YYYY-MM-DD (e.g. 2017-02-24)")


def _date_header(raw: str, source: str) -> tuple[dt.date | None, str]:
    """The publication date of a first line `date 2017-02-24` or `Date: 24 February 2017` (any of DATE_FORMS),
    and the text after it. A text merely starting with the word ("Date night at...") has no header; a line that
    looks like one but cannot be read is refused, quoted whole, with the forms that were tried."""
    start = _HEADER_START.match(raw)
    if not start:
        return None, raw
    line = raw[start.start():].strip().splitlines()[0].strip()
    line = line if len(line) <= 80 else line[:77] + "..."
    for _, form in DATE_FORMS:
        found = form.match(raw, start.end())
        if found:
            return _date_of(found, line, f"{source}: date header"), raw[found.end():]
    rest = raw[start.end():]
    if rest[:1].isdigit() or (":" in start.group(1) and _DATE_WORD.match(rest)):
        raise InputError(f"{source}: malformed date header '{line}': it is in none of the forms kg reads ({_TRIED}); "
                         "write it as e.g. 'date 2017-02-24'")
    return None, raw


def _title_of(text: str) -> str:
    first = text.strip().splitlines()[0].strip()
    return first if len(first) <= 120 else first[:117].rstrip() + "..."


def english_ratio(text: str) -> float | None:
    """The share of common English words among the text's words, or None when it is too short to judge."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < _LANGUAGE_MIN_WORDS:
        return None
    return sum(word in _ENGLISH_WORDS for word in words) / len(words)


def _storable(value: str) -> str:
    """A name, title or id that can be stored: unpaired surrogates (a file name that is not UTF-8) become U+FFFD."""
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)


_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _binary(where: str) -> InputError:
    return InputError(f"{where}: looks like a binary file, not a text article; give a .txt file")


def decode(data: bytes, where: str) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else, UTF-32 and binary included, is refused.

    A NUL character is never text: binary data after a UTF-16 BOM decodes to text full of them."""
    if data.startswith(_UTF32_BOMS):
        raise InputError(f"{where}: is UTF-32 (or binary after a byte-order mark); re-save it as UTF-8, e.g. iconv -f utf-32 -t utf-8")
    utf16 = data.startswith(_UTF16_BOMS)
    if b"\x00" in data and not utf16:
        raise _binary(where)
    try:
        text = data.decode("utf-16") if utf16 else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if utf16:
            raise InputError(f"{where}: starts with a UTF-16 byte-order mark but is not valid UTF-16 (byte {exc.start}): "
                             "a binary file, or damaged; give the text re-saved as UTF-8") from None
        raise InputError(
            f"{where}: is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8, "
            "e.g. iconv -f cp1252 -t utf-8"
        ) from None
    if "\x00" in text:
        raise _binary(where)
    return text


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
    source = _storable(source)
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:  # a JSON "\udcff" escape, say: not text that can be stored
        raise InputError(
            f"{source}: the text holds an invalid character (an unpaired surrogate at position {exc.start}); "
            "fix the text or re-save it as UTF-8"
        ) from None
    if "\x00" in raw:  # a JSON "\u0000" escape, say: no text holds one
        raise InputError(f"{source}: the text holds a NUL character (position {raw.index(chr(0))}); it is not text, fix it")
    published, body = _date_header(raw, source)
    if _HTML_HINT.search(body[:2000]):  # whatever the file is called: one HTML path, the one .html files and URLs take
        body, page_title, page_date = html_text(body, source)
        title, published = title or page_title, published or page_date
        warnings.append(f"{source}: looks like HTML; its main text was extracted (menus, sidebars and links left out)")
    body = body.strip()
    if not body:
        raise InputError(f"{source}: the article is empty; give a file with the article's text")
    if len(body) > MAX_TEXT_CHARS:
        raise InputError(f"{source}: the article's text is {len(body):,} characters, over the {MAX_TEXT_CHARS:,} kg's pipeline "
                         "takes in one article (time and memory grow with it: ~40 s and ~0.9 GB at the limit); split it into articles")
    ratio = english_ratio(body)
    if ratio is not None and ratio < ENGLISH_MIN:
        warnings.append(
            f"{source}: does not look like English ({ratio:.0%} common English words, English text has over 25%); "
            "it was added, but kg's extraction is English-only, so expect few or no facts (add an English translation instead)"
        )
    if date is not None:
        published = date
    digest = content_hash(body)
    return Article(
        id=_storable(article_id) if article_id else digest[:16],
        text=body,
        source=source,
        title=_storable(title) if title else _title_of(body),
        published=published,
        sha256=digest,
        warnings=tuple(warnings),
    )


def _over_limit(where: object, size: int, limit: int) -> InputError:
    return InputError(
        f"{where}: {size:,} bytes is over the {limit:,}-byte limit for one article; "
        "split it, or raise the limit with --max-bytes / KG_MAX_BYTES"
    )


def inflated(data: bytes, limit: int, where: str) -> bytes:
    """Gzip-compressed bytes (a .html saved compressed, a server's gzip body) inflated, at most `limit` bytes of them:
    the size limit is on what kg reads, after decompression, and a small file that inflates to gigabytes is never
    inflated whole (each step asks zlib for at most what is left of the limit). Other bytes are returned as they are."""
    for _ in range(_GZIP_LAYERS):
        if data[:2] != b"\x1f\x8b":
            return data
        out = bytearray()
        while data:  # a gzip file may be several members one after another
            inflater = zlib.decompressobj(31)
            try:
                out += inflater.decompress(data, limit + 1 - len(out))
            except zlib.error:
                raise InputError(f"{where}: is gzip-compressed but damaged; decompress it (gunzip) and check it") from None
            if len(out) > limit:
                raise InputError(f"{where}: over {limit:,} bytes once decompressed (gzip), over the limit for one article; "
                                 "split it, or raise the limit with --max-bytes / KG_MAX_BYTES")
            if not inflater.eof:
                raise InputError(f"{where}: is gzip-compressed but cut short; decompress it (gunzip) and check it")
            data = inflater.unused_data.lstrip(b"\x00")
        data = bytes(out)
    raise InputError(f"{where}: is compressed more than {_GZIP_LAYERS} times over; decompress it and give the text")


def _markup(data: bytes, limit: int, where: str) -> str:
    """A page's bytes as text for trafilatura, decompressed within the limit (trafilatura would inflate up to its own
    20 MB) and decoded as trafilatura decodes pages (UTF-8, else the encoding it detects)."""
    from trafilatura.utils import decode_file

    return decode_file(inflated(data, limit, where), max_size=limit)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise _over_limit(path, size, limit)
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check the file and its permissions") from None


def _jsonl_lines(path: Path, limit: int) -> Iterator[str]:
    """A JSON Lines file line by line, each strictly decoded: a corpus of any size is never read whole."""
    try:
        with path.open("rb") as handle:
            if handle.read(2) in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: rare enough to read whole
                yield from decode(_read_bytes(path, limit * 50), str(path)).splitlines()
                return
            handle.seek(0)
            cap = min(limit * 6 + 4096, sys.maxsize)  # a record's text may be up to 6x longer once JSON-escaped
            number = 0
            while line := handle.readline(cap):
                number += 1
                if len(line) >= cap and not line.endswith(b"\n"):
                    raise _over_limit(f"{path}:{number}", len(line), limit)
                yield decode(line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line, f"{path}:{number}")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); check the file and its permissions") from None


def _jsonl_articles(path: Path, data: str | Iterator[str], date: dt.date | None, limit: int | None = None) -> Iterator[Article]:
    for number, line in enumerate(data.splitlines() if isinstance(data, str) else data, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg}); write one JSON object per line") from None
        except RecursionError:
            raise InputError(f"{where}: JSON nested too deeply to read; write one flat JSON object per line") from None
        except ValueError as exc:  # an integer of over 4,300 digits, say
            raise InputError(f"{where}: JSON kg cannot read ({str(exc).split(':')[0]}); write one JSON object per line") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: each line needs a JSON object with a 'text' string; write one such object per line")
        if record.get("title") is not None and not isinstance(record["title"], str):
            raise InputError(f"{where}: 'title' should be a string; fix the record")
        size = len(record["text"].encode("utf-8", "surrogatepass"))
        if limit is not None and size > limit:
            raise _over_limit(where, size, limit)
        record_date = parse_date(record["date"], where) if record.get("date") else None
        yield make_article(
            record["text"],
            str(record.get("url") or where),
            date=date or record_date,
            title=record.get("title"),
            article_id=str(record["id"]) if record.get("id") else None,
        )


def expand_paths(paths: list[str]) -> list[str]:
    """Files first checked to exist, directories expanded to their article files, globs the shell left alone
    (a quoted `'news/*.txt'`, or a shell that does not expand) expanded here, `-` and URLs kept."""
    found: list[str] = []
    for raw in paths:
        if raw == "-" or is_url(raw):
            found.append(raw)
            continue
        path = Path(raw)
        if not path.exists() and glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(f"{raw}: no file matches this pattern; check the path")
            found.extend(expand_paths(matches))
            continue
        if not path.exists():
            raise InputError(f"{raw}: no such file or directory; check the path")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                raise InputError(f"{raw}: the directory holds no articles (*.txt, *.jsonl, *.html); point at article files")
            found.extend(str(p) for p in files)
        elif not path.is_file():
            raise InputError(f"{raw}: not a regular file (a pipe or device?); give a .txt or .jsonl file, or - for stdin")
        else:
            found.append(raw)
    return found


def _web_article(url: str, date: dt.date | None, limit: int) -> Article:
    """A page fetched from the web: HTML reduced to its main text and metadata, plain text taken as it is."""
    body, content_type = fetch(url, limit)
    if content_type == "text/plain":
        return make_article(decode(inflated(body, limit, url), url), url, date=date)
    text, title, published = html_text(_markup(body, limit, url), url, url=url)
    return make_article(text, url, date=date or published, title=title)


def read_articles(
    paths: list[str], *, date: dt.date | None = None, max_bytes: int = 2_000_000, stdin: bytes | None = None
) -> Iterator[Article]:
    """Yield articles one at a time, so a large batch is never held in memory."""
    if max_bytes > MOST_BYTES:
        raise InputError(f"--max-bytes / KG_MAX_BYTES {max_bytes:,} is more than kg reads for one article ({MOST_BYTES:,} bytes; "
                         f"its text may hold {MAX_TEXT_CHARS:,} characters); give a smaller limit")
    for raw in expand_paths(paths):
        if raw == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            if len(data) > max_bytes:
                raise _over_limit("stdin", len(data), max_bytes)
            yield make_article(decode(data, "stdin"), "stdin", date=date)
            continue
        if is_url(raw):
            yield _web_article(raw, date, max_bytes)
            continue
        path = Path(raw)
        if path.suffix.lower() == ".jsonl":  # many articles, streamed: the file may be any size, each record may not
            yield from _jsonl_articles(path, _jsonl_lines(path, max_bytes), date, max_bytes)
            continue
        if path.suffix.lower() in HTML_SUFFIXES:
            text, title, published = html_text(_markup(_read_bytes(path, max_bytes), max_bytes, raw), raw)
            yield make_article(text, raw, date=date or published, title=title)
            continue
        yield make_article(decode(_read_bytes(path, max_bytes), raw), str(path), date=date)
