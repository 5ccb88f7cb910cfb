"""Checking the store against the SHACL shapes in ontology/shapes.ttl with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph

from kg.config import ONTOLOGY_FILE, SHAPES_FILE
from kg.store import KgStore


@dataclass(frozen=True)
class Validation:
    conforms: bool
    report: str
    triples: int


def union_graph(store: KgStore) -> Graph:
    graph = Graph()
    for s, p, o, _ in store.rdf_quads():
        graph.add((s, p, o))
    return graph


def validate(store: KgStore) -> Validation:
    data = union_graph(store)
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    return Validation(bool(conforms), str(text), len(data))
