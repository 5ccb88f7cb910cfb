"""Which part of the network to look at: an entity's neighbourhood, some node types, one article, a
date range; the shortest connection between two entities; the most central people.

All of it works on the networkx graph of kg.netgraph, so the HTML view, `kg path` and `kg stats`
agree on what the graph is. Names are matched as the named queries match them (case-insensitively),
and a name that matches nothing or several entities is an error that says what to type instead.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx

from kg.errors import InputError, KgError
from kg.extract.lexicon import fold
from kg.netgraph import ArticleInfo, articles, to_networkx
from kg.store import KgStore

#: The node types a view can be limited to (`kg viz --type`).
NODE_TYPES = ("person", "party", "election", "seat", "role", "event")
#: At most this many entities beyond a focused view travel in its page, to be shown on double-click.
MAX_BEYOND = 2000


class UnknownEntityError(InputError):
    """A name given for an entity (--focus, kg path) matches no entity, or more than one."""


class UnknownArticleError(InputError):
    """--article names no article in the store."""


class NoPathError(KgError):
    """Two entities exist but nothing in the graph connects them."""

    exit_code = 1


@dataclass(frozen=True)
class ViewFilter:
    """What `kg viz` was asked to draw; every field left at its default means: everything."""

    focus: str | None = None
    depth: int = 1
    types: tuple[str, ...] = ()
    article: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def is_empty(self) -> bool:
        return not (self.focus or self.types or self.article or self.since or self.until)

    def describe(self) -> str:
        """The filter in words, for the heading: a reader must know the view is partial."""
        parts = []
        if self.focus:
            parts.append(f"around {self.focus} (depth {self.depth})")
        if self.types:
            parts.append("types: " + ", ".join(self.types))
        if self.article:
            parts.append(f"article {self.article}")
        if self.since or self.until:
            parts.append(f"published {self.since or '…'} to {self.until or '…'}")
        return "; ".join(parts)


@dataclass(frozen=True)
class Beyond:
    """The hop past a focused view: what its page carries, undrawn, for a double-click to add.

    `graph` holds the drawn entities, up to `limit` of their undrawn neighbours (`shipped`, of
    `total`) and every relation among them.
    """

    graph: nx.MultiDiGraph
    shipped: int
    total: int
    limit: int = MAX_BEYOND


@dataclass(frozen=True)
class View:
    """A graph ready to draw, and the words that go above it."""

    graph: nx.MultiDiGraph
    heading: str
    filter: ViewFilter = field(default_factory=ViewFilter)
    beyond: Beyond | None = None


@dataclass(frozen=True)
class Step:
    """One hop of a path, from `start` to `end` (in path order), and the relations that link them.

    `forward` says which way the facts were stated: start -relations-> end, or end -relations-> start.
    """

    start: str
    end: str
    relations: tuple[str, ...]
    forward: bool
    evidence: tuple[tuple[str, str], ...]


# ---- names -----------------------------------------------------------------------------------------
def _describe(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    return f"{data.get('label', node)} ({data.get('type', '?')}, {node})"


def close_labels(wanted: str, labels: Collection[str], n: int = 3) -> list[str]:
    """Up to `n` labels a user may have meant by `wanted`: spelt alike, or holding it ("galloway" -> George Galloway)."""
    ordered = sorted(labels)
    close = difflib.get_close_matches(wanted, ordered, n=n, cutoff=0.6)
    folded = fold(wanted)
    close += [label for label in ordered if folded and folded in fold(label) and label not in close][: n - len(close)]
    return close


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node a user means by `name`: its label, case-insensitively (as in queries), or its IRI.

    A folded match (accents and punctuation ignored) is accepted when the exact one finds nothing.
    Raises UnknownEntityError naming close labels when nothing matches, and the candidates' IRIs when
    several do (a one-word name scoped to its article, a seat and a person of the same name...).
    """
    wanted = name.strip()
    if wanted in graph:
        return wanted
    exact = [n for n, d in graph.nodes(data=True) if str(d.get("label", "")).casefold() == wanted.casefold()]
    matches = exact or [n for n, d in graph.nodes(data=True) if fold(str(d.get("label", ""))) == fold(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        shown = "; ".join(_describe(graph, n) for n in sorted(matches)[:5])
        raise UnknownEntityError(f"'{name}' is ambiguous: it names {len(matches)} entities ({shown}); give the IRI instead")
    close = close_labels(wanted, {str(d.get("label", "")) for _, d in graph.nodes(data=True)})
    hint = f"; did you mean: {', '.join(close)}?" if close else "; kg query person-roles lists the people"
    raise UnknownEntityError(f"no entity named '{name}' in the graph{hint}")


def resolve_article(known: dict[str, ArticleInfo], value: str) -> str:
    """The id of the article the user means: its id (or a unique prefix of 6+ characters), an alias (a JSON Lines
    record's id), its source as stored, or a path to the same file (older kg stored sources as given, often relative)."""
    wanted = value.strip()
    if wanted in known:
        return wanted
    aliased = sorted(a.id for a in known.values() if wanted in a.aliases)  # a JSON Lines record's own id
    if len(aliased) == 1:
        return aliased[0]
    if aliased:  # records of different texts given the same id
        raise UnknownArticleError(f"'{value}' is the id given to {len(aliased)} articles ({', '.join(aliased)}); "
                                  "give one of these ids instead")
    prefixed = [a for a in known if len(wanted) >= 6 and a.startswith(wanted.lower())]
    if len(prefixed) == 1:
        return prefixed[0]
    by_source = [a.id for a in known.values() if a.source == wanted]
    if not by_source:
        target = Path(wanted).expanduser().resolve()
        by_source = [a.id for a in known.values() if a.source not in ("", "-") and Path(a.source).expanduser().resolve() == target]
    if not by_source:  # the same file named from another directory: one path ends with the other
        given = Path(wanted).as_posix()
        by_source = [a.id for a in known.values() if a.source not in ("", "-") and
                     (given.endswith("/" + a.source.lstrip("./")) or a.source.endswith("/" + given.lstrip("./")))]
    if len(by_source) == 1:
        return by_source[0]
    if by_source:  # the same file added twice with different text: the newest copy is not knowable here
        raise UnknownArticleError(f"--article '{value}' is the source of {len(by_source)} articles ({', '.join(sorted(by_source))}); "
                                  "give one of these ids instead")
    sample = ", ".join(sorted(f"{a.id} ({a.source})" for a in known.values())[:3])
    raise UnknownArticleError(f"no article '{value}' in the store; give an article id or its source path "
                              f"(kg query articles lists them{': ' + sample if sample else ''})")


def select_articles(known: dict[str, ArticleInfo], flt: ViewFilter) -> set[str] | None:
    """The article ids a filter keeps, or None for all. A date range drops undated articles."""
    if flt.since and flt.until and flt.since > flt.until:
        raise InputError(f"--since {flt.since} is after --until {flt.until}; swap them")
    if not (flt.article or flt.since or flt.until):
        return None
    chosen = set(known)
    if flt.article:
        chosen = {resolve_article(known, flt.article)}
    if flt.since or flt.until:
        lo, hi = flt.since or dt.date.min, flt.until or dt.date.max
        chosen = {a for a in chosen if known[a].published and lo <= known[a].published <= hi}  # type: ignore[operator]
    return chosen


# ---- cutting the graph down ------------------------------------------------------------------------
def filter_graph(graph: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1,
                 types: Collection[str] = ()) -> nx.MultiDiGraph:
    """The part of `graph` to draw: only `types` (the focus entity is always kept), then the entities
    within `depth` hops of `focus`, following edges either way.

    Types are applied first so that a neighbourhood is connected through the drawn types only.
    """
    unknown = sorted(set(types) - set(NODE_TYPES))
    if unknown:
        raise InputError(f"unknown --type {', '.join(unknown)}; use one of: {', '.join(NODE_TYPES)}")
    if depth < 0:
        raise InputError(f"--depth must be 0 or more, not {depth}")
    centre = find_node(graph, focus) if focus else None
    kept = graph
    if types:
        wanted = set(types)
        kept = graph.subgraph(n for n, d in graph.nodes(data=True) if d.get("type") in wanted or n == centre)
    if centre is not None:
        reach = nx.single_source_shortest_path_length(kept.to_undirected(as_view=True), centre, cutoff=depth)
        kept = kept.subgraph(reach)
    result = nx.MultiDiGraph(kept)  # a copy: views of views are slow to draw and keep the big graph alive
    result.graph.update(graph.graph)
    if centre is not None:
        result.graph["focus"] = centre  # drawn highlighted
    return result


def beyond(graph: nx.MultiDiGraph, drawn: nx.MultiDiGraph, *, types: Collection[str] = (),
           limit: int = MAX_BEYOND) -> Beyond:
    """The neighbours of the `drawn` entities that `graph` has and `drawn` lacks (of `types` only, when
    given), the best connected first, at most `limit` of them; with every relation among all of them."""
    wanted = set(types)
    ring: set[str] = set()
    undirected = graph.to_undirected(as_view=True)
    for node in drawn:
        ring.update(n for n in undirected.neighbors(node) if n not in drawn and (not wanted or graph.nodes[n].get("type") in wanted))
    chosen = sorted(ring, key=lambda n: (-undirected.degree(n), str(graph.nodes[n].get("label", n)), n))[: max(limit, 0)]
    result = nx.MultiDiGraph(graph.subgraph([*drawn, *chosen]))
    result.graph.update(drawn.graph)
    return Beyond(result, len(chosen), len(ring), limit)


def date_range(graph: nx.MultiDiGraph) -> tuple[dt.date, dt.date] | None:
    """First and last publication date of the articles behind the drawn entities (None when undated)."""
    infos: dict[str, ArticleInfo] = graph.graph.get("articles", {})
    ids = set().union(*(d.get("articles", set()) for _, d in graph.nodes(data=True))) if graph else set()
    dates = sorted(infos[a].published for a in ids if a in infos and infos[a].published)  # type: ignore[type-var]
    return (dates[0], dates[-1]) if dates else None  # type: ignore[return-value]


def heading(graph: nx.MultiDiGraph, store_label: str, flt: ViewFilter | None = None) -> str:
    """One line: counts, the articles and their publication dates, the filter, the store."""
    infos: dict[str, ArticleInfo] = graph.graph.get("articles", {})
    ids = set().union(*(d.get("articles", set()) for _, d in graph.nodes(data=True))) if graph else set()
    n_articles = len(ids & set(infos)) if infos else len(ids)
    span = date_range(graph)
    when = "no publication dates" if span is None else (
        f"published {span[0]}" if span[0] == span[1] else f"published {span[0]} to {span[1]}")
    parts = [f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} relations",
             f"{n_articles} article{'s' if n_articles != 1 else ''} ({when})"]
    if flt and not flt.is_empty():
        parts.append(flt.describe())
    parts.append(f"store: {store_label}")
    return "kg: " + " · ".join(parts)


def build_view(store: KgStore, flt: ViewFilter | None = None, store_label: str | None = None) -> View:
    """Read the store and cut it down as `flt` says: what `kg viz` draws.

    An empty result of a filter is an error (a blank page would look like a bug); an empty store is not.
    """
    flt = flt or ViewFilter()
    if flt.depth != 1 and not flt.focus:
        raise InputError("--depth says how far from the --focus entity to draw; give --focus NAME with it")
    only = select_articles(articles(store), flt)
    whole = graph = to_networkx(store, only)
    if flt.focus or flt.types:
        graph = filter_graph(graph, focus=flt.focus, depth=flt.depth, types=flt.types)
    more = beyond(whole, graph, types=flt.types) if flt.focus else None  # a double-click shows the next hop
    if not flt.is_empty() and graph.number_of_nodes() == 0:
        raise InputError(f"nothing to draw: no facts match {flt.describe()}")
    if "focus" in graph.graph:  # the heading names the entity as the graph spells it, not as typed
        flt = replace(flt, focus=str(graph.nodes[graph.graph["focus"]].get("label", flt.focus)))
    return View(graph, heading(graph, store_label or store.location, flt), flt, more)


# ---- paths and centrality -------------------------------------------------------------------------
def shortest_connection(graph: nx.MultiDiGraph, a: str, b: str) -> list[Step]:
    """The fewest hops from entity `a` to entity `b`, each with the relations (and sentences) that link them.

    Edges are followed either way (a person "won" an election, the election was "won by" a party), and
    each step shows them in the direction the facts were stated.
    """
    start, end = find_node(graph, a), find_node(graph, b)
    try:
        nodes = nx.shortest_path(graph.to_undirected(as_view=True), start, end)
    except nx.NetworkXNoPath:
        raise NoPathError(f"nothing connects {graph.nodes[start]['label']} and {graph.nodes[end]['label']} "
                          "in the store (they are in separate parts of the graph)") from None
    steps = []
    for u, v in zip(nodes, nodes[1:], strict=False):
        for forward, (s, o) in ((True, (u, v)), (False, (v, u))):
            data = graph.get_edge_data(s, o) or {}
            if data:
                evidence = sorted({ev for d in data.values() for ev in d.get("evidence", ())})
                steps.append(Step(str(graph.nodes[u]["label"]), str(graph.nodes[v]["label"]),
                                  tuple(sorted(str(d["label"]) for d in data.values())), forward, tuple(evidence)))
    return steps


def find_path(store: KgStore, a: str, b: str) -> list[Step]:
    """`kg path`: the shortest connection between two entities named as in queries."""
    return shortest_connection(to_networkx(store), a, b)


def central_people(graph: nx.MultiDiGraph, top: int = 10) -> list[tuple[str, int, float]]:
    """The `top` people by degree (distinct neighbours), ties broken by PageRank, with both numbers.

    Over the undirected graph, because every relation of a person points away from them (person ->
    party, person -> election): directed PageRank would rank every person the same. PageRank alone
    does not rank: it shares rank out per component, so a person alone with one role in a small island
    would outrank a party leader in the main cluster.
    """
    simple = nx.Graph(graph)
    if simple.number_of_nodes() == 0:
        return []
    rank = nx.pagerank(simple)
    people = [n for n, d in graph.nodes(data=True) if d.get("type") == "person"]
    people.sort(key=lambda n: (-simple.degree(n), -rank[n], str(graph.nodes[n]["label"])))
    return [(str(graph.nodes[n]["label"]), simple.degree(n), rank[n]) for n in people[:top]]


def path_lines(steps: Iterable[Step], evidence: bool = False) -> list[str]:
    """Steps as lines of text for the terminal."""
    lines = []
    for step in steps:
        relations = "; ".join(step.relations)
        arrow = f"-[{relations}]->" if step.forward else f"<-[{relations}]-"
        lines.append(f"{step.start} {arrow} {step.end}")
        if evidence:
            lines.extend(f"    \u201c{sentence}\u201d ({source})" for source, sentence in step.evidence[:3])
    return lines
