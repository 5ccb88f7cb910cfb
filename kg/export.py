"""Serialising the whole dataset, named graphs included where the format has them; or the entity
network (GraphML, GEXF) for network tools such as Gephi, which cannot read RDF."""

from __future__ import annotations

from functools import lru_cache

from rdflib import OWL, RDF, XSD, Dataset, Graph

from kg.config import ONTOLOGY_FILE
from kg.errors import InputError
from kg.namespaces import KGO, PREFIXES
from kg.netgraph import NETWORK_FORMATS, network_document, to_networkx
from kg.store import KgStore

FORMATS = {"turtle": "turtle", "ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}


#: Datatypes a JSON-LD term states, so its values read as plain strings ("2017-02-24"); integers need none (JSON numbers).
_COERCED = {str(KGO.eventDate): str(XSD.date), str(KGO.year): str(XSD.gYear)}


@lru_cache(maxsize=1)
def jsonld_context() -> dict[str, object]:
    """The JSON-LD `@context`: one plain term per property of the ontology ("winner", "status", "label"...), links
    as {"@id": ...} values, dates as strings; kg's prefixes for the rest. What a web developer reads as JSON keys."""
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    context: dict[str, object] = {prefix: ns for prefix, ns in PREFIXES.items() if prefix != "id"}
    kgo = str(KGO._NS)
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in sorted(str(p) for p in ontology.subjects(RDF.type, kind)):
            if not prop.startswith(kgo):
                continue
            name = "kgo:" + prop[len(kgo):]
            term: object = {"@id": name, "@type": "@id"} if kind == OWL.ObjectProperty else name
            if prop in _COERCED:
                term = {"@id": name, "@type": "xsd:" + _COERCED[prop][len(str(XSD)):]}
            context[name[4:]] = term
    context.update({
        "label": "rdfs:label",
        "title": "dcterms:title",
        "identifier": "dcterms:identifier",
        "issued": {"@id": "dcterms:issued", "@type": "xsd:date"},
        "derivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
        "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
    })
    return context


def export(store: KgStore, fmt: str) -> str:
    if fmt in NETWORK_FORMATS:
        return network_document(to_networkx(store), fmt)
    if fmt not in FORMATS:
        raise InputError(f"unknown export format '{fmt}'; use one of: {', '.join([*FORMATS, *NETWORK_FORMATS])}")
    rdflib_format = FORMATS[fmt]
    quads = store.rdf_quads()
    if rdflib_format in ("trig", "nquads", "json-ld"):
        out = Dataset()
        for prefix, ns in PREFIXES.items():
            out.bind(prefix, ns)
        for s, p, o, g in quads:
            out.graph(g).add((s, p, o))  # type: ignore[arg-type]
        if rdflib_format == "json-ld":
            return out.serialize(format=rdflib_format, context=jsonld_context(), auto_compact=True)
        return out.serialize(format=rdflib_format)
    merged = Graph()
    for prefix, ns in PREFIXES.items():
        merged.bind(prefix, ns)
    for s, p, o, _ in quads:
        merged.add((s, p, o))
    return merged.serialize(format=rdflib_format)
