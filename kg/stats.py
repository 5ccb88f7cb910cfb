"""Counts by type and by article: what a user checks first after adding articles."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.store import KgStore

# kg's graphs only (kg.namespaces.GRAPH): a server may hold others (Virtuoso's system graphs: about 2,600 triples)
_TRIPLES = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/polkg/graph/")) }'
_BY_TYPE = """
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?t . VALUES (?t ?type) { (kgo:Person "persons") (kgo:Party "parties") (kgo:Role "roles")
  (kgo:RoleAssignment "role assignments") (kgo:Seat "seats") (kgo:Election "elections")
  (kgo:Vacancy "vacancies") (kgo:Article "articles") (kgo:Merge "mention merges") }
} GROUP BY ?type ORDER BY ?type
"""
_BY_ARTICLE = """
SELECT ?title ?published (COUNT(DISTINCT ?f) AS ?facts) WHERE {
  ?a a kgo:Article ; rdfs:label ?title .
  OPTIONAL { ?a dcterms:issued ?published }
  OPTIONAL { ?f prov:wasDerivedFrom ?a . FILTER NOT EXISTS { ?f a kgo:Merge } }
} GROUP BY ?title ?published ORDER BY ?published ?title
"""


@dataclass(frozen=True)
class Stats:
    by_type: dict[str, int]
    by_article: list[tuple[str, str, int]]
    triples: int
    #: The most central people: (name, distinct neighbours, PageRank), highest PageRank first.
    central: list[tuple[str, int, float]] = field(default_factory=list)


def stats(store: KgStore, top: int = 10) -> Stats:
    from kg.netgraph import to_networkx
    from kg.netview import central_people

    by_type = {str(r[0]): int(str(r[1])) for r in store.query(_BY_TYPE)}  # type: ignore[index]
    by_article = [(str(r[0]), str(r[1] or ""), int(str(r[2]))) for r in store.query(_BY_ARTICLE)]  # type: ignore[index]
    triples = int(str(next(iter(store.query(_TRIPLES)))[0]))  # type: ignore[index]
    return Stats(by_type, by_article, triples, central_people(to_networkx(store), top))
