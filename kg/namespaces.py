"""Namespaces: the project's ontology terms as an rdflib DefinedNamespace, and the IRI bases.

Identifiers live under https://w3id.org/polkg/ (a permanent-identifier service), so the IRIs in a
user's exported graph stay stable whatever machine or server built it.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/polkg/"
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")

ORG = Namespace("http://www.w3.org/ns/org#")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PE = Namespace("https://id.parliament.uk/schema/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")


class KGO(DefinedNamespace):
    """Terms of ontology/kg.ttl; a typo here is an AttributeError, not a silent new IRI."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Person: URIRef
    Party: URIRef
    Role: URIRef
    RoleAssignment: URIRef
    Seat: URIRef
    Election: URIRef
    ByElection: URIRef
    SpecialElection: URIRef
    GeneralElection: URIRef
    LeadershipElection: URIRef
    PrimaryElection: URIRef
    CandidateSelection: URIRef
    Vacancy: URIRef
    Resignation: URIRef
    Death: URIRef
    Recall: URIRef
    ElevationToLords: URIRef
    Disqualification: URIRef
    Article: URIRef
    Evidence: URIRef
    Merge: URIRef
    person: URIRef
    role: URIRef
    party: URIRef
    status: URIRef
    partyBasis: URIRef
    seat: URIRef
    winner: URIRef
    winningParty: URIRef
    candidate: URIRef
    eventDate: URIRef
    year: URIRef
    majority: URIRef
    outcome: URIRef
    vacatedBy: URIRef
    cause: URIRef
    triggered: URIRef
    evidence: URIRef
    article: URIRef
    text: URIRef
    start: URIRef
    end: URIRef
    contentHash: URIRef
    source: URIRef
    mention: URIRef
    mergedInto: URIRef
    rule: URIRef
    extractorVersion: URIRef
    alias: URIRef


PREFIXES = {
    "kgo": str(KGO._NS),
    "id": str(ID),
    "org": str(ORG),
    "opengov": str(OPENGOV),
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "pe": str(PE),
    "owl": "http://www.w3.org/2002/07/owl#",
}
