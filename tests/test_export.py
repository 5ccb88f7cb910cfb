"""kg export: JSON-LD a web developer can read (a compact @context), and that still round-trips as RDF."""

import json

from rdflib import XSD, Dataset, Literal

from kg.export import export


def _normal(term):
    """RDF 1.1: a plain literal is an xsd:string one."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def test_jsonld_has_a_compact_context_of_plain_terms(seed_store):
    doc = json.loads(export(seed_store, "jsonld"))
    context = doc["@context"]
    assert context["winner"] == {"@id": "kgo:winner", "@type": "@id"} and context["status"] == "kgo:status"
    assert context["label"] == "rdfs:label" and context["issued"]["@type"] == "xsd:date"
    nodes = [node for graph in doc["@graph"] for node in graph.get("@graph", [])]
    assignment = next(n for n in nodes if n.get("@type") == "kgo:RoleAssignment")
    assert {"person", "role", "status", "label", "derivedFrom"} <= set(assignment)
    assert not any(key.startswith("http") for node in nodes for key in node)
    article = next(n for n in nodes if n.get("@type") == "kgo:Article")
    assert article["issued"] == "2017-02-24"


def test_jsonld_round_trips_with_rdflib(seed_store):
    back = Dataset().parse(data=export(seed_store, "jsonld"), format="json-ld")
    original = {tuple(map(_normal, quad)) for quad in seed_store.rdf_quads()}
    read = {tuple(map(_normal, quad)) for quad in back.quads() if quad[3] is not None}
    assert read == original and len(original) > 100
