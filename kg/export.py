"""Serialising the whole dataset, named graphs included where the format has them; or the entity
network (GraphML, GEXF) for network tools such as Gephi, which cannot read RDF."""

from __future__ import annotations

from rdflib import Dataset, Graph

from kg.errors import InputError
from kg.namespaces import PREFIXES
from kg.netgraph import NETWORK_FORMATS, network_document, to_networkx
from kg.store import KgStore

FORMATS = {"turtle": "turtle", "ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}


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
        return out.serialize(format=rdflib_format)
    merged = Graph()
    for prefix, ns in PREFIXES.items():
        merged.bind(prefix, ns)
    for s, p, o, _ in quads:
        merged.add((s, p, o))
    return merged.serialize(format=rdflib_format)
