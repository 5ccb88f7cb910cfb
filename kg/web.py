"""Web pages as articles: HTML files and URLs, reduced to their main text and metadata with trafilatura.

A news page is mostly not the article (menus, related links, cookie notices, comments); extracting facts
from that boilerplate would put wrong people into the graph, so the main text is taken with trafilatura,
along with the page's title and publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from urllib.error import HTTPError, URLError
from urllib.request import OpenerDirector, Request

from kg import __version__, config, net
from kg.errors import InputError

HTML_SUFFIXES = {".html", ".htm"}


@lru_cache(maxsize=1)
def _opener() -> OpenerDirector:
    """Deadlines on every request (kg.net); redirects followed to http and https only; no credentials, ever."""
    return net.opener(follow_redirects=True)


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def html_text(data: bytes | str, source: str, url: str | None = None) -> tuple[str, str | None, dt.date | None]:
    """The page's main text (paragraphs separated by blank lines), its title and its publication date."""
    import trafilatura  # imported here: it takes a while to import and most runs read plain text

    try:
        document = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                               include_tables=False)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(f"{source}: the page could not be parsed as HTML ({type(exc).__name__}); save it as text instead") from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(f"{source}: no article text found in the page; save the article's text as a .txt file instead")
    paragraphs = (line.strip() for line in text.splitlines())
    title = getattr(document, "title", None) or None
    published = None
    raw_date = getattr(document, "date", None)
    if isinstance(raw_date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw_date):
        try:
            published = dt.date.fromisoformat(raw_date)
        except ValueError:
            published = None
    return "\n\n".join(p for p in paragraphs if p), title, published


@lru_cache(maxsize=32)
def fetch(url: str, limit: int) -> tuple[bytes, str]:
    """GET a page (body, content type), refusing one over `limit` bytes; cached, because a batch reads its input twice."""
    request = Request(url, headers={"User-Agent": f"kg/{__version__} (+https://w3id.org/polkg)", "Accept": "text/html, text/plain;q=0.9"})
    seconds = config.http_timeout()
    try:
        with net.deadline(seconds, config.connect_timeout()), _opener().open(request, timeout=seconds) as response:
            body = response.read(limit + 1)
            content_type = response.headers.get_content_type()
    except net.Timeout:
        raise InputError(f"{url}: the page did not arrive within {seconds:g} s; try again later, or allow more time with "
                         "KG_TIMEOUT=SECONDS") from None
    except HTTPError as exc:
        raise InputError(f"{url}: the server answered HTTP {exc.code} ({exc.reason}); check the address") from None
    except (URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InputError(f"{url}: cannot fetch the page ({str(reason).splitlines()[0]}); check the address and the network") from None
    if len(body) > limit:
        raise InputError(f"{url}: the page is over the {limit:,}-byte limit for one article; raise it with --max-bytes / KG_MAX_BYTES")
    return body, content_type
