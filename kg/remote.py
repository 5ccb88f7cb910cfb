"""A small SPARQL 1.1 Protocol client, for a kg store kept on a server (Oxigraph, Fuseki, GraphDB, ...).

Why not rdflib's SPARQLStore alone: it sends queries by GET (a long query overflows the URL), turns any
HTTP failure into "You did something wrong", cannot list quads, and cannot ask for the union of the named
graphs that every kg query expects. This client POSTs forms, maps each failure to a one-line kg error that
never contains credentials, and finds out once, when the store is opened, how this server can be made to
answer over the union of the named graphs.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import sys
from collections.abc import Iterator
from io import BytesIO
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urlencode, urlsplit, urlunsplit
from urllib.request import HTTPDigestAuthHandler, HTTPPasswordMgrWithDefaultRealm, Request

from rdflib.query import Result
from rdflib.term import Node

from kg import __version__, config, net
from kg.errors import QueryError, StoreError
from kg.terminal import printable

#: Queries read the server's default graph as it is: it holds the merge of kg's named graphs (kg.store).
UNION_NONE = "none"
#: For data written before the merged default graph, read only: Oxigraph's `union-default-graph` parameter.
UNION_PARAM = "param"
#: The same, on any SPARQL 1.1 server: every named graph sent as a `default-graph-uri` (slower on big stores).
UNION_LISTED = "listed"

#: How a query the server refused (HTTP 400) starts; the server's own message follows.
REJECTED = "the SPARQL server rejected the query: "
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


#: scheme://userinfo@host[:port][/?#...] taking the last '@' before the host: userinfo may hold raw / ? # (a mistake)
_LENIENT = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<userinfo>.*)@(?P<host>\[[0-9A-Fa-f:.]+\]|[^/?#@\[\]]*)(?P<rest>[/?#].*)?$",
                      re.DOTALL)
_RESERVED = "/?#"


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL without any `user:password@`, and the credentials to send (the URL's, else KG_USER/KG_PASSWORD).

    The URL without credentials is what kg prints and puts into messages, so a password never reaches a
    terminal or a log. A password holding a raw `/`, `?` or `#` makes the URL mean another host; it is
    refused with a message that does not repeat it.
    """
    parts = urlsplit(url)
    lenient = _LENIENT.match(url)
    if parts.username is None and lenient and any(c in lenient["userinfo"] for c in _RESERVED):
        raise StoreError("the store URL has an '@' after a '/', '?' or '#': if it holds user:password, percent-encode those "
                         "characters in it (%2F %3F %23), or give the account in KG_USER and KG_PASSWORD instead")
    try:
        port = parts.port
    except ValueError:
        raise StoreError(f"the store URL {redact(url)} has a port that is not a number from 1 to 65535; fix --store") from None
    if parts.username is not None:
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        if port:
            host = f"{host}:{port}"
        clean = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
        return clean, (unquote(parts.username), unquote(parts.password or ""))
    if os.environ.get("KG_USER"):
        return url, (os.environ["KG_USER"], os.environ.get("KG_PASSWORD", ""))
    return url, None


def redact(location: str) -> str:
    """A store location fit to print: a URL loses any `user:password@` (even a malformed one); a directory is kept."""
    if not location.startswith(("http://", "https://")):
        return location
    lenient = _LENIENT.match(location)
    return f"{lenient['scheme']}{lenient['host']}{lenient['rest'] or ''}" if lenient else location


def default_update_url(query_url: str) -> str:
    """Oxigraph's and Fuseki's convention: .../query answers queries, .../update takes updates."""
    return re.sub(r"/query$", "/update", query_url)


def _raw_boolean(data: bytes, content_type: str, parsed: object) -> object:
    """An ASK answer's "boolean" as the server sent it (rdflib turns any JSON value into a bool: "false" is true)."""
    if content_type.endswith("json"):
        try:
            return json.loads(data).get("boolean")
        except (ValueError, AttributeError, RecursionError):
            return None
    return parsed


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    line = text.splitlines()[0] if text else "(no message)"
    return line if len(line) <= 200 else line[:197] + "..."


class Remote:
    """One SPARQL server: a query endpoint, an update endpoint, optional credentials (Basic; Digest if asked).

    Virtuoso has no default graph of its own: a query without FROM reads every graph (each copy of a triple
    counted, its own system graphs included) and an update without GRAPH is refused (SP031). There kg
    writes only the named graphs and lets queries read Virtuoso's default. It does not keep the merge in a
    named graph read with `default-graph-uri`: with any dataset given (that parameter, FROM, or `define
    input:named-graph-exclude`), Virtuoso 7.2 answers `ASK { GRAPH <g> { ?s ?p ?o } }` true for a graph
    that does not exist, and `SELECT ... { GRAPH <g> { ... } }` with no rows for one that does.
    """

    def __init__(self, query_url: str, update_url: str, auth: tuple[str, str] | None = None,
                 timeout: float | None = None) -> None:
        self.query_url = query_url
        self.update_url = update_url
        #: the most one request may take, connecting to last byte (KG_TIMEOUT), and connecting (KG_CONNECT_TIMEOUT)
        self.timeout = config.http_timeout() if timeout is None else timeout
        self.connect_timeout = min(config.connect_timeout(), self.timeout)
        self.union = UNION_NONE
        #: False on a server whose default graph is every graph, with no triples of its own (Virtuoso; see probe)
        self.own_default_graph = True
        self.server = ""  # the Server header of the last answer
        self._headers = {"User-Agent": f"kg/{__version__}"}
        passwords = HTTPPasswordMgrWithDefaultRealm()
        if auth is not None:
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
            self._headers["Authorization"] = f"Basic {token}"
            for url in {query_url, update_url}:
                passwords.add_password(None, url, auth[0], auth[1])  # type: ignore[arg-type]
        # Basic is sent up front; a server answering 401 with a Digest challenge (Virtuoso's /sparql-auth) gets Digest.
        # Redirects are not followed: urllib would send the Authorization header on to wherever the server points.
        self._opener = net.opener(HTTPDigestAuthHandler(passwords), follow_redirects=False)

    def __repr__(self) -> str:  # never the credentials
        return f"Remote({self.query_url!r}, {self.update_url!r}, union={self.union!r}, own_default_graph={self.own_default_graph!r})"

    # ---- protocol ------------------------------------------------------------------------
    def _post(self, url: str, body: bytes, content_type: str, what: str) -> tuple[bytes, str]:
        try:
            return self._send(url, body, content_type)
        except HTTPError as exc:
            if exc.code == 401 and "Authorization" in self._headers:
                # Virtuoso's /sparql-auth answers a Basic header it does not take with a bare 401, no challenge: ask
                # once more without it, so that a server wanting Digest says so (the opener then answers it)
                exc.close()
                del self._headers["Authorization"]
                return self._post(url, body, content_type, what)
            if 300 <= exc.code < 400:
                location = redact(exc.headers.get("Location", "") or "(no Location)")
                exc.close()
                raise StoreError(
                    f"the SPARQL server at {url} redirected the {what} to {location} (HTTP {exc.code}); kg does not follow a "
                    "SPARQL server's redirects (they would take your requests and credentials elsewhere): give the address "
                    "it answers at as --store"
                ) from None
            detail = _first_line(exc.read())
            if exc.code in (401, 403):
                raise StoreError(
                    f"the SPARQL server at {url} refused access (HTTP {exc.code}); "
                    "set KG_USER and KG_PASSWORD to an account allowed to " + ("write" if what == "update" else "read")
                ) from None
            if exc.code == 400:
                raise QueryError(REJECTED + detail if what == "query" else f"the SPARQL server rejected the {what}: {detail}") from None
            raise StoreError(f"the SPARQL server at {url} answered HTTP {exc.code} to the {what}: {detail}") from None
        except net.Timeout:
            raise StoreError(
                f"the SPARQL server at {url} did not answer the {what} within {self.timeout:g} s; "
                "check the server, or allow more time with KG_TIMEOUT=SECONDS"
            ) from None
        except (URLError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise StoreError(
                f"cannot reach the SPARQL server at {url} ({str(reason).splitlines()[0]}); "
                "check the URL and that the server is running"
            ) from None

    def _send(self, url: str, body: bytes, content_type: str) -> tuple[bytes, str]:
        headers = {**self._headers, "Content-Type": content_type, "Accept": _ACCEPT}
        with net.deadline(self.timeout, self.connect_timeout), \
                self._opener.open(Request(url, data=body, headers=headers, method="POST"), timeout=self.timeout) as response:
            self.server = response.headers.get("Server", "")
            return response.read(), response.headers.get_content_type()

    def _dataset_params(self) -> list[tuple[str, str]]:
        if self.union == UNION_PARAM:
            return [("union-default-graph", "")]
        if self.union == UNION_LISTED:
            graphs = [str(row[0]) for row in self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", [], "SELECT")]  # type: ignore[index]
            return [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs]
        return []

    def _select(self, sparql: str, params: list[tuple[str, str]], form: str | None = None) -> Result:
        """The server's answer to a query of `form` (SELECT, ASK, CONSTRUCT, DESCRIBE): one of that form, or StoreError."""
        body = urlencode([("query", sparql), *params]).encode("utf-8")
        data, content_type = self._post(self.query_url, body, "application/x-www-form-urlencoded", "query")
        try:
            result = Result.parse(BytesIO(data), content_type=content_type)
        except Exception as exc:  # a proxy's HTML error page, a truncated answer...
            raise StoreError(
                f"the SPARQL server at {self.query_url} sent an answer kg cannot read ({content_type}): "
                f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
            ) from None
        wrong = None
        if form is not None and result.type != form:
            wrong = f"a {result.type} answer to a {form} query"
        elif result.type == "ASK" and not isinstance(answer := _raw_boolean(data, content_type, result.askAnswer), bool):
            wrong = f"the boolean {str(answer)[:40]!r}, not true or false"  # rdflib reads any JSON value, "false" as true
        if wrong:
            raise StoreError(f"the SPARQL server at {self.query_url} sent an answer kg cannot read ({wrong}); "
                             "check that --store is a SPARQL 1.1 query endpoint")
        return result

    def query(self, sparql: str, form: str | None = None) -> Result:
        """Run a query over the union of the named graphs, however this server provides it."""
        return self._select(sparql, self._dataset_params(), form)

    def update(self, sparql: str) -> None:
        """Run a SPARQL UPDATE; the server applies one request as one transaction."""
        self._post(self.update_url, sparql.encode("utf-8"), "application/sparql-update; charset=utf-8", "update")

    def probe(self) -> None:
        """Check the server answers (unreachable, refused or not SPARQL: one StoreError line), and learn its kind."""
        self._select("ASK { ?s ?p ?o }", [], "ASK")
        if self.server.startswith("Virtuoso/"):
            self.own_default_graph = False

    def quads(self) -> Iterator[tuple[Node, Node, Node, Node]]:
        from kg.namespaces import GRAPH

        # kg's graphs only: a server may hold others (Virtuoso's system graphs, another application's data)
        ours = f'SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPH}")) }}'
        for row in self._select(ours, [], "SELECT"):
            s, p, o, g = row  # type: ignore[misc]
            yield s, p, o, g

    # ---- what the server's default graph holds ----------------------------------------------
    def detect_layout(self, write: bool) -> str:
        """Find how this server shows kg's data to a query without GRAPH, and use that from now on.

        kg keeps the merge of its named graphs in the default graph (kg.store), so queries need no server
        option. A triple of the ontology graph is counted in the default graph: once is right. More than
        once, the server also unions the named graphs into it, each copy counted (`oxigraph serve
        --union-default-graph` in Oxigraph 0.5): answers stay right for kg's queries, which aggregate with
        DISTINCT, but joins multiply, so a warning says to restart the server without that option. None:
        the data was written by a kg before the merged default graph: it is filled in when writing, and
        when only reading, queries ask for the union instead (`union-default-graph`, else every graph listed).
        """
        from kg.namespaces import ONTOLOGY_GRAPH

        self.union = UNION_NONE
        if not self.own_default_graph:
            return self.union  # the default graph is every graph: kg's data is there, once per graph holding it
        sample = list(self._select(
            f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o FILTER(isIRI(?s) && !isBlank(?o)) }} }} LIMIT 1", [], "SELECT"))
        if not sample:
            return self.union  # not a kg store yet: nothing to see either way
        s, p, o = sample[0]  # type: ignore[misc]
        counted = list(self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {s.n3()} {p.n3()} {o.n3()} }}", [], "SELECT"))
        copies = int(str(counted[0][0])) if counted else 0  # type: ignore[index]
        if copies > 1:
            print(printable(f"Warning: the SPARQL server at {self.query_url} counts a triple once per graph holding it (a union default "
                  "graph, e.g. oxigraph serve --union-default-graph): queries are slower than they need be; restart it "
                  "without that option", one_line=True), file=sys.stderr, flush=True)
            return self.union
        if copies == 1:
            return self.union
        if write:
            self.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            return self.union
        probe = f"ASK {{ {s.n3()} {p.n3()} {o.n3()} }}"
        for mode in (UNION_PARAM, UNION_LISTED):
            self.union = mode
            if bool(self.query(probe, "ASK").askAnswer):
                return mode
        raise StoreError(f"the SPARQL server at {self.query_url} does not show kg's data to queries; "
                         "add an article with this kg (kg add) to bring the store up to date")
