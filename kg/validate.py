"""Checking the store against the SHACL shapes in ontology/shapes.ttl with pySHACL.

Each article's named graph is checked on its own: an article states its facts at its publication date, so
"one status per role assignment" or "one winner per election" holds within an article (two articles may
differ: a role current in 2017 is former in 2020). Each graph carries every node it mentions, typed and
labelled, so it can be checked alone; and every violation is then one article's, which is what a user fixes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from kg.config import ONTOLOGY_FILE, SHAPES_FILE
from kg.namespaces import GRAPH, KGO, ONTOLOGY_GRAPH, PREFIXES
from kg.store import KgStore

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with the article whose graph it is in."""

    article: str  # the article's id (or the graph's IRI, for a graph that is not an article's)
    title: str
    focus: str  # the node the shape was checked on
    path: str  # the property, as prefix:name
    message: str

    def line(self) -> str:
        title = self.title if len(self.title) <= 60 else self.title[:59].rstrip() + "\u2026"
        return f"{self.article} ({title}): {self.focus} {self.path}: {self.message}"


@dataclass(frozen=True)
class Validation:
    conforms: bool
    report: str
    triples: int
    violations: tuple[Violation, ...] = field(default=())


def union_graph(store: KgStore) -> Graph:
    graph = Graph()
    for s, p, o, _ in store.rdf_quads():
        graph.add((s, p, o))
    return graph


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@lru_cache(maxsize=1)
def _superclasses() -> dict[Node, frozenset[Node]]:
    """Each class of the ontology with all its superclasses: the rdf:type triples RDFS inference would add."""
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    return {cls: frozenset(c for c in ontology.transitive_objects(cls, RDFS.subClassOf) if c is not None)
            for cls in set(ontology.subjects(RDFS.subClassOf, None))}


def _with_types(graph: Graph) -> Graph:
    """The graph with the superclasses of its nodes' types (RDFS inference over the ontology's classes, done
    once here rather than by pySHACL for every graph: the same result in a fraction of the time)."""
    supers = _superclasses()
    for s, cls in list(graph.subject_objects(RDF.type)):
        for parent in supers.get(cls, ()):
            graph.add((s, RDF.type, parent))
    return graph


def _short(node: Node | None) -> str:
    if node is None:
        return "-"
    text = str(node)
    for prefix, ns in PREFIXES.items():
        if text.startswith(str(ns)) and len(text) > len(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return text


def _article_of(graph: Graph, name: Node) -> tuple[str, str]:
    """The id and title of the article whose graph this is (the graph's IRI when it holds no article)."""
    for article in graph.subjects(RDF.type, KGO.Article):
        return str(graph.value(article, DCTERMS.identifier) or article), str(graph.value(article, RDFS.label) or "")
    return str(name), ""


def _violations(graph: Graph, name: Node) -> tuple[bool, str, list[Violation]]:
    conforms, results, text = shacl_validate(_with_types(graph), shacl_graph=_shapes(), inference="none")
    if conforms:
        return True, "", []
    article, title = _article_of(graph, name)
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus, path = results.value(result, SH.focusNode), results.value(result, SH.resultPath)
        message = str(results.value(result, SH.resultMessage) or "")
        if message.startswith("More than") and focus is not None and path is not None:  # say which values disagree
            values = sorted(str(graph.value(v, RDFS.label) or v) for v in graph.objects(focus, path))  # type: ignore[arg-type]
            message = f"{len(values)} values ({'; '.join(values)}), where one is allowed"
        found.append(Violation(article, title, _short(focus), _short(path), message))
    return False, str(text), sorted(found, key=lambda v: (v.focus, v.path, v.message))


def validate(store: KgStore) -> Validation:
    """Every named graph of kg's (the ontology's excepted) against the shapes; the violations each with its article."""
    graphs: dict[Node, Graph] = defaultdict(Graph)
    for s, p, o, g in store.rdf_quads():
        graphs[g].add((s, p, o))
    conforms, reports, violations, triples = True, [], [], 0
    for name in sorted(graphs, key=str):
        triples += len(graphs[name])
        if not str(name).startswith(str(GRAPH)) or name == ONTOLOGY_GRAPH:
            continue
        ok, report, found = _violations(graphs[name], name)
        if not ok:
            conforms = False
            reports.append(f"# {name}\n{report}")
            violations.extend(found)
    return Validation(conforms, "\n".join(reports), triples, tuple(violations))
