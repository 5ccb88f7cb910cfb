"""The knowledge graph as a networkx MultiDiGraph of entities, for the HTML view and graph analytics.

Role assignments and vacancies are n-ary in RDF; here they become labelled edges (person -leader->
party, person -resignation triggered-> election), which is what a reader of a network expects.
Every node and edge keeps the articles and sentences behind it, so a view can be cut down to some
articles (one article, a date range) and still say where each fact came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, replace

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from kg.store import KgStore

_EDGES = """
SELECT ?s ?sl ?st ?rel ?o ?ol ?ot ?sentence ?source ?aid ?rule ?status ?basis WHERE {
  {
    ?a a kgo:RoleAssignment ; kgo:person ?s ; kgo:role/rdfs:label ?role ; kgo:evidence ?ev .
    OPTIONAL { ?a kgo:party ?pt }
    OPTIONAL { ?a kgo:role ?r }
    BIND(COALESCE(?pt, ?r) AS ?o)
    BIND(IF(BOUND(?pt), CONCAT("member of (", ?role, ")"), "holds role") AS ?rel)
    BIND("person" AS ?st) BIND(IF(BOUND(?pt), "party", "role") AS ?ot)
    OPTIONAL { ?a kgo:rule ?rule }
    OPTIONAL { ?a kgo:status ?status }
    OPTIONAL { ?a kgo:partyBasis ?basis FILTER(STRSTARTS(?basis, "reference data")) }
  } UNION {
    ?o kgo:winner ?s ; kgo:evidence ?ev . BIND("won" AS ?rel) BIND("person" AS ?st) BIND("election" AS ?ot)
    OPTIONAL { ?o kgo:rule ?rule }
  } UNION {
    ?s kgo:winningParty ?o ; kgo:evidence ?ev . BIND("won by" AS ?rel) BIND("election" AS ?st) BIND("party" AS ?ot)
    OPTIONAL { ?s kgo:rule ?rule }
  } UNION {
    ?s kgo:seat ?o ; kgo:evidence ?ev . BIND("for seat" AS ?rel) BIND("election" AS ?st) BIND("seat" AS ?ot)
    OPTIONAL { ?s kgo:rule ?rule }
  } UNION {
    ?v kgo:vacatedBy ?s ; kgo:triggered ?o ; kgo:cause ?cause ; kgo:evidence ?ev .
    BIND(CONCAT(?cause, " triggered") AS ?rel) BIND("person" AS ?st) BIND("election" AS ?ot)
    OPTIONAL { ?v kgo:rule ?rule }
  }
  ?s rdfs:label ?sl . ?o rdfs:label ?ol .
  ?ev kgo:text ?sentence ; kgo:article ?art . ?art kgo:source ?source ; dcterms:identifier ?aid .
}
"""
#: What the details panel says about an entity beyond its relations: Wikidata, an election's numbers.
_DETAILS = """
SELECT ?s ?key ?value WHERE {
  { ?s owl:sameAs ?value . BIND("wikidata" AS ?key) FILTER(STRSTARTS(STR(?value), "http://www.wikidata.org/entity/")) }
  UNION { ?s kgo:majority ?value . BIND("majority" AS ?key) }
  UNION { ?s kgo:eventDate ?value . BIND("date" AS ?key) }
  UNION { ?s kgo:outcome ?value . BIND("outcome" AS ?key) }
}
"""
_ARTICLES = """
SELECT ?aid ?title ?source ?published ?alias WHERE {
  ?art a kgo:Article ; dcterms:identifier ?aid ; rdfs:label ?title ; kgo:source ?source .
  OPTIONAL { ?art dcterms:issued ?published }
  OPTIONAL { ?art kgo:alias ?alias }
}
"""


@dataclass(frozen=True)
class ArticleInfo:
    """What a view says about an article: enough to name it and place it in time."""

    id: str
    title: str
    source: str
    published: dt.date | None
    aliases: tuple[str, ...] = ()  # other ids it was given (JSON Lines records' ids)


def articles(store: KgStore) -> dict[str, ArticleInfo]:
    """Every article in the store by id; the publication date is None when the article had none."""
    found: dict[str, ArticleInfo] = {}
    for row in store.query(_ARTICLES):
        aid, title, source, published, alias = row  # type: ignore[misc]
        if str(aid) in found and alias is not None:  # one row per alias
            known = found[str(aid)]
            found[str(aid)] = replace(known, aliases=tuple(sorted({*known.aliases, str(alias)})))
            continue
        date = None
        if published is not None:
            try:
                date = dt.date.fromisoformat(str(published)[:10])
            except ValueError:  # a malformed date in a hand-made store: treat it as undated
                date = None
        found[str(aid)] = ArticleInfo(str(aid), str(title), str(source), date, (str(alias),) if alias is not None else ())
    return found


def to_networkx(store: KgStore, only: Collection[str] | None = None) -> nx.MultiDiGraph:
    """Nodes keyed by IRI with label/type/roles/evidence/articles; one edge per (s, relation, o).

    `only`, when given, is a set of article ids: the graph is then built from their facts alone, so a
    node or edge appears only if one of those articles states it. `graph.graph["articles"]` maps the id
    of every article behind the graph to its ArticleInfo (for headings and date ranges).
    """
    graph = nx.MultiDiGraph()
    known = articles(store)
    used: dict[str, ArticleInfo] = {}
    edges: dict[tuple[str, str, str], dict[str, object]] = {}
    for row in store.query(_EDGES):
        s, sl, st, rel, o, ol, ot, sentence, source, aid, rule, status, basis = (str(x) if x is not None else "" for x in row)  # type: ignore[union-attr]
        if only is not None and aid not in only:
            continue
        if aid in known:
            used[aid] = known[aid]
        for node, label, kind in ((s, sl, st), (o, ol, ot)):
            if node not in graph:
                graph.add_node(node, label=label, type=kind, evidence=set(), roles=set(), articles=set())
            graph.nodes[node]["evidence"].add((source, sentence))
            graph.nodes[node]["articles"].add(aid)
        if st == "person" and rel.startswith(("member of", "holds role")):
            role = rel[len("member of (") : -1] if rel.startswith("member of") else ol
            graph.nodes[s]["roles"].add(role)
            if status:  # current or former, for the tooltip: "mp (former)"
                graph.nodes[s].setdefault("role_status", {}).setdefault(role, set()).add(status)
        key = (s, rel, o)
        data = edges.setdefault(key, {"label": rel, "evidence": set(), "articles": set(), "rules": set(), "status": set(), "proofs": set()})
        data["evidence"].add((source, sentence))  # type: ignore[attr-defined]
        data["proofs"].add((aid, sentence, rule))  # type: ignore[attr-defined]  # each sentence with its article and rule
        if status:  # a role held now or before (roles only)
            data["status"].add(status)  # type: ignore[attr-defined]
        if basis:  # a party kg's reference data gave, not the text (kg.reference)
            data.setdefault("basis", set()).add(basis)  # type: ignore[attr-defined]
        if rule:  # the extraction rules behind the relation (none in stores written before kg recorded them)
            data["rules"].add(rule)  # type: ignore[attr-defined]
        data["articles"].add(aid)  # type: ignore[attr-defined]
    for (s, rel, o), data in edges.items():
        graph.add_edge(s, o, key=rel, **data)
    _add_details(store, graph)
    graph.graph["articles"] = used
    return graph


def _add_details(store: KgStore, graph: nx.MultiDiGraph) -> None:
    """Node attributes `wikidata` (a Q-id), `majority`, `date` and `outcome` where the store has them."""
    for row in store.query(_DETAILS):
        node, key, value = (str(x) for x in row)  # type: ignore[union-attr]
        if node not in graph:
            continue
        if key == "wikidata":
            value = value.rsplit("/", 1)[-1]
        graph.nodes[node][key] = value


#: Formats of `network_document`: for Gephi, Cytoscape and other network tools.
NETWORK_FORMATS = ("graphml", "gexf")


def _xml_text(value: object) -> str:
    """Text XML 1.0 can hold: articles may carry control characters that would make the file unreadable."""
    return "".join(ch for ch in str(value) if ch in "\t\n\r" or (ch >= " " and ch not in "\ufffe\uffff"))


def flat_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with only string and number attributes, as GraphML and GEXF require.

    Sets become sorted, "; "-joined strings (roles, article ids, sources); evidence sentences are
    joined with " | " so a tool can still show where a node or edge came from.
    """
    infos: dict[str, ArticleInfo] = graph.graph.get("articles", {})
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        evidence = sorted(data.get("evidence", ()))
        ids = sorted(data.get("articles", ()))
        dates = sorted(str(infos[a].published) for a in ids if a in infos and infos[a].published)
        flat.add_node(node, label=_xml_text(data.get("label", node)), type=str(data.get("type", "")),
                      roles=_xml_text("; ".join(sorted(data.get("roles", ())))), articles=_xml_text("; ".join(ids)),
                      first_published=dates[0] if dates else "", last_published=dates[-1] if dates else "",
                      sources=_xml_text("; ".join(sorted({s for s, _ in evidence}))),
                      evidence=_xml_text(" | ".join(sentence for _, sentence in evidence)), n_evidence=len(evidence))
    for s, o, key, data in graph.edges(keys=True, data=True):
        evidence = sorted(data.get("evidence", ()))
        ids = sorted(data.get("articles", ()))
        dates = sorted(str(infos[a].published) for a in ids if a in infos and infos[a].published)
        flat.add_edge(s, o, key=_xml_text(key), label=_xml_text(data.get("label", key)), articles=_xml_text("; ".join(ids)),
                      first_published=dates[0] if dates else "", last_published=dates[-1] if dates else "",
                      rules="; ".join(sorted(data.get("rules", ()))),
                      status="; ".join(sorted(data.get("status", ()))),
                      evidence=_xml_text(" | ".join(sentence for _, sentence in evidence)), n_evidence=len(evidence))
    for _, data in flat.nodes(data=True):  # every text attribute, whatever it holds, as text XML can hold
        data.update({k: _xml_text(v) for k, v in data.items() if isinstance(v, str)})
    for _, _, data in flat.edges(data=True):
        data.update({k: _xml_text(v) for k, v in data.items() if isinstance(v, str)})
    return flat


def network_document(graph: nx.MultiDiGraph, fmt: str) -> str:
    """The graph as GraphML or GEXF text: entities with label, type, roles, articles; labelled relations."""
    flat = flat_copy(graph)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(flat)) + "\n"
    if fmt == "gexf":
        return _gexf(flat)
    raise ValueError(f"not a network format: {fmt}")


class _GexfWriter(GEXFWriter):  # type: ignore[misc]
    """networkx's GEXF writer without its `networkx_key` attribute: an edge's key is its relation, already its label."""

    def add_attributes(self, node_or_edge: str, xml_obj: object, data: dict[str, object], default: object) -> object:
        return super().add_attributes(node_or_edge, xml_obj, {k: v for k, v in data.items() if k != "key"}, default)


def _gexf(flat: nx.MultiDiGraph) -> str:
    """GEXF for Gephi's timeline: each entity and relation starts at the first publication date of the articles
    behind it (a dynamic graph, time format "date"), and stays; an undated one is there throughout."""
    timed = nx.MultiDiGraph()
    for node, data in flat.nodes(data=True):
        timed.add_node(node, **data, **({"start": data["first_published"]} if data.get("first_published") else {}))
    for s, o, key, data in flat.edges(keys=True, data=True):
        timed.add_edge(s, o, key=key, **data, **({"start": data["first_published"]} if data.get("first_published") else {}))
    writer = _GexfWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(timed)
    return "\n".join(str(writer).splitlines()) + "\n"
