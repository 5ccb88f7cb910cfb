"""HTTP for kg (SPARQL servers and web pages): every request has a connect timeout and a total deadline.

A socket timeout alone bounds each read, not the request: a server sending one byte every few seconds
never trips it, and kg would wait forever (holding the store's lock during `kg add`). So each request runs
under a `deadline`: a timer that, when the time is up, shuts the request's sockets down, which wakes any
blocked read; the request then fails with `Timeout`, even if what was read so far looked complete.

Redirects: a SPARQL server's are never followed (see kg.remote); a web page's are followed to http and
https addresses only, and kg never sends credentials with a page request.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from kg import config

_current = threading.local()


class Timeout(Exception):  # noqa: N818 - reads as "net.Timeout"
    """A request did not finish within its deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds:g} s")
        self.seconds = seconds


class _Deadline:
    def __init__(self, seconds: float, connect: float) -> None:
        self.seconds = seconds
        self.connect = min(connect, seconds)
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def add(self, sock: socket.socket) -> None:
        # a duplicate descriptor of our own: TLS detaches the original socket object when it wraps it, and
        # shutting down any descriptor of a connection ends the connection for all of them
        copy = sock.dup()
        with self._lock:
            self._sockets.append(copy)
            if self.expired:
                _shut(copy)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by the other end
        sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def deadline(seconds: float, connect: float = config.DEFAULT_CONNECT_TIMEOUT) -> Iterator[None]:
    """Run the requests made in this block (in this thread) under one total deadline, connecting within `connect`
    seconds; raise Timeout when the deadline is passed."""
    guard = _Deadline(seconds, connect)
    outer = getattr(_current, "deadline", None)
    _current.deadline = guard
    guard._timer.start()
    try:
        yield
    except Exception:
        if guard.expired:
            raise Timeout(seconds) from None
        raise
    finally:
        _current.deadline = outer
        guard.close()
    if guard.expired:  # a read cut short by the shutdown can look like a complete (empty or truncated) answer
        raise Timeout(seconds)


def _connect(address: tuple[str, int], timeout: Any = None, source_address: Any = None) -> socket.socket:
    """socket.create_connection with kg's connect timeout; then reads wait up to the request's own timeout."""
    guard = getattr(_current, "deadline", None)
    sock = socket.create_connection(address, guard.connect if guard else config.DEFAULT_CONNECT_TIMEOUT, source_address)
    sock.settimeout(timeout if isinstance(timeout, (int, float)) else None)
    if guard is not None:
        guard.add(sock)
    return sock


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connect


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connect


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPConnection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPSConnection, req, context=getattr(self, "_context", None))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is not followed: the caller gets it as an HTTPError (3xx) with its Location."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed to http and https addresses only (urllib also follows ftp)."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def opener(*handlers: urllib.request.BaseHandler, follow_redirects: bool) -> urllib.request.OpenerDirector:
    """An opener whose connections keep kg's deadlines; redirects followed (web pages) or not (SPARQL servers)."""
    redirects = _WebRedirects() if follow_redirects else _NoRedirects()
    return urllib.request.build_opener(_HTTPHandler(), _HTTPSHandler(), redirects, *handlers)

