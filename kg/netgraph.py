"""The knowledge graph as a networkx MultiDiGraph of entities, for the HTML view and graph analytics.

Role assignments and vacancies are n-ary in RDF; here they become labelled edges (person -leader->
party, person -resignation triggered-> election), which is what a reader of a network expects.
"""

from __future__ import annotations

import networkx as nx

from kg.store import KgStore

_EDGES = """
SELECT ?s ?sl ?st ?rel ?o ?ol ?ot ?sentence ?source WHERE {
  {
    ?a a kgo:RoleAssignment ; kgo:person ?s ; kgo:role/rdfs:label ?role ; kgo:evidence ?ev .
    OPTIONAL { ?a kgo:party ?pt }
    OPTIONAL { ?a kgo:role ?r }
    BIND(COALESCE(?pt, ?r) AS ?o)
    BIND(IF(BOUND(?pt), CONCAT("member of (", ?role, ")"), "holds role") AS ?rel)
    BIND("person" AS ?st) BIND(IF(BOUND(?pt), "party", "role") AS ?ot)
  } UNION {
    ?o kgo:winner ?s ; kgo:evidence ?ev . BIND("won" AS ?rel) BIND("person" AS ?st) BIND("election" AS ?ot)
  } UNION {
    ?s kgo:winningParty ?o ; kgo:evidence ?ev . BIND("won by" AS ?rel) BIND("election" AS ?st) BIND("party" AS ?ot)
  } UNION {
    ?s kgo:seat ?o ; kgo:evidence ?ev . BIND("for seat" AS ?rel) BIND("election" AS ?st) BIND("seat" AS ?ot)
  } UNION {
    ?v kgo:vacatedBy ?s ; kgo:triggered ?o ; kgo:cause ?cause ; kgo:evidence ?ev .
    BIND(CONCAT(?cause, " triggered") AS ?rel) BIND("person" AS ?st) BIND("election" AS ?ot)
  }
  ?s rdfs:label ?sl . ?o rdfs:label ?ol .
  ?ev kgo:text ?sentence ; kgo:article ?art . ?art kgo:source ?source .
}
"""


def to_networkx(store: KgStore) -> nx.MultiDiGraph:
    """Nodes keyed by IRI with label/type/evidence; one edge per (s, relation, o), evidence collected."""
    graph = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str], dict[str, object]] = {}
    for row in store.query(_EDGES):
        s, sl, st, rel, o, ol, ot, sentence, source = (str(x) for x in row)  # type: ignore[union-attr]
        for node, label, kind in ((s, sl, st), (o, ol, ot)):
            if node not in graph:
                graph.add_node(node, label=label, type=kind, evidence=set(), roles=set())
        graph.nodes[s]["evidence"].add((source, sentence))
        graph.nodes[o]["evidence"].add((source, sentence))
        if st == "person" and rel.startswith(("member of", "holds role")):
            role = rel[len("member of (") : -1] if rel.startswith("member of") else ol
            graph.nodes[s]["roles"].add(role)
        key = (s, rel, o)
        data = edges.setdefault(key, {"label": rel, "evidence": set()})
        evidence: set[tuple[str, str]] = data["evidence"]  # type: ignore[assignment]
        evidence.add((source, sentence))
    for (s, rel, o), data in edges.items():
        graph.add_edge(s, o, key=rel, **data)
    return graph
