"""Facts to triples: one rdflib Graph per article, whose identifier is the article's named graph.

Every triple of an article lives in its graph (entity labels included), so dropping the graph removes
the article cleanly and every fact can be traced back to it.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from kg import __version__, iris
from kg.article import Article
from kg.extract.lexicon import load_lexicon
from kg.extract.model import Evidence, Facts
from kg.namespaces import KGO, PREFIXES, WD

_ELECTION_CLASS = {
    "by-election": KGO.ByElection,
    "special election": KGO.SpecialElection,
    "general election": KGO.GeneralElection,
    "leadership election": KGO.LeadershipElection,
    "primary": KGO.PrimaryElection,
    "candidate selection": KGO.CandidateSelection,
}
_CAUSE_CLASS = {
    "resignation": KGO.Resignation,
    "death": KGO.Death,
    "recall": KGO.Recall,
    "elevation to the Lords": KGO.ElevationToLords,
    "disqualification": KGO.Disqualification,
}


class _Builder:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.graph = Graph(identifier=iris.article_graph(article.id))
        for prefix, ns in PREFIXES.items():
            self.graph.bind(prefix, ns)
        self.article_iri = iris.article(article.id)
        self.parties = {p.name: p for p in load_lexicon().parties}

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def node(self, iri: URIRef, cls: URIRef, label: str) -> URIRef:
        self.add(iri, RDF.type, cls)
        self.add(iri, RDFS.label, Literal(label))
        return iri

    def person(self, name: str) -> URIRef:
        return self.node(iris.person(name, self.article.id), KGO.Person, name)

    def party(self, name: str) -> URIRef:
        iri = self.node(iris.entity("party", name), KGO.Party, name)
        known = self.parties.get(name)
        if known and known.wikidata:
            self.add(iri, OWL.sameAs, WD[known.wikidata])
        return iri

    def seat(self, name: str) -> URIRef:
        return self.node(iris.entity("seat", name), KGO.Seat, name)

    def election(self, label: str, kind: str, seat: str | None, year: int | None) -> URIRef:
        iri = self.node(iris.entity("election", label), KGO.Election, label)
        if kind in _ELECTION_CLASS:
            self.add(iri, RDF.type, _ELECTION_CLASS[kind])
        if seat:
            self.add(iri, KGO.seat, self.seat(seat))
        if year:
            self.add(iri, KGO.year, Literal(str(year), datatype=XSD.gYear))
        return iri

    def sourced(self, fact: URIRef, evidence: Evidence) -> None:
        """Tie a fact to its article and its sentence (with offsets into the article text)."""
        ev = iris.evidence(self.article.id, evidence.start, evidence.end)
        self.add(ev, RDF.type, KGO.Evidence)
        self.add(ev, KGO.article, self.article_iri)
        self.add(ev, KGO.start, Literal(evidence.start, datatype=XSD.integer))
        self.add(ev, KGO.end, Literal(evidence.end, datatype=XSD.integer))
        self.add(ev, KGO.text, Literal(evidence.text))
        self.add(fact, KGO.evidence, ev)
        self.add(fact, PROV.wasDerivedFrom, self.article_iri)

    def article_node(self) -> None:
        a = self.article
        self.node(self.article_iri, KGO.Article, a.title)
        self.add(self.article_iri, DCTERMS.title, Literal(a.title))
        self.add(self.article_iri, KGO.source, Literal(a.source))
        self.add(self.article_iri, KGO.contentHash, Literal(a.sha256))
        self.add(self.article_iri, DCTERMS.identifier, Literal(a.id))
        self.add(self.article_iri, KGO.extractorVersion, Literal(__version__))
        if a.published:
            self.add(self.article_iri, DCTERMS.issued, Literal(a.published.isoformat(), datatype=XSD.date))

    def made_by(self, fact: URIRef, rules: tuple[str, ...]) -> None:
        """The rules that made a fact (kg.extract.registry names), so SPARQL can filter by them."""
        for name in rules:
            self.add(fact, KGO.rule, Literal(name))


def _roles(b: _Builder, facts: Facts) -> None:
    for role in facts.roles:
        person = b.person(role.person)
        assignment = iris.assignment(person, role.role, role.party)
        label = f"{role.person}: {role.role}" + (f" ({role.party})" if role.party else "")
        b.node(assignment, KGO.RoleAssignment, label)
        b.add(assignment, KGO.person, person)
        b.add(assignment, KGO.role, b.node(iris.entity("role", role.role), KGO.Role, role.role))
        if role.party:
            b.add(assignment, KGO.party, b.party(role.party))
            if role.party_basis:
                b.add(assignment, KGO.partyBasis, Literal(role.party_basis))
        b.add(assignment, KGO.status, Literal(role.status))
        b.made_by(assignment, role.rules)
        b.sourced(assignment, role.evidence)


def _results(b: _Builder, facts: Facts) -> None:
    for result in facts.elections:
        election = b.election(result.election, result.kind, result.seat, result.year)
        if result.winner:
            winner = b.person(result.winner)
            b.add(election, KGO.winner, winner)
            b.add(election, KGO.candidate, winner)
        if result.party:
            b.add(election, KGO.winningParty, b.party(result.party))
        if result.date:
            b.add(election, KGO.eventDate, Literal(result.date.isoformat(), datatype=XSD.date))
        if result.majority is not None:
            b.add(election, KGO.majority, Literal(result.majority, datatype=XSD.integer))
        if result.outcome:
            b.add(election, KGO.outcome, Literal(result.outcome))
        b.made_by(election, result.rules)
        b.sourced(election, result.evidence)
    if facts.contest:  # the article's one contest: its "candidate" roles are that contest's candidates
        contest = iris.entity("election", facts.contest)
        for role in facts.roles:
            if role.role.startswith("candidate") and role.status == "current":
                b.add(contest, KGO.candidate, b.person(role.person))


def _triggers(b: _Builder, facts: Facts) -> None:
    for trigger in facts.triggers:
        person = b.person(trigger.person)
        kind = next((k for k in _ELECTION_CLASS if trigger.election.endswith(k)), "by-election")
        election = b.election(trigger.election, kind, trigger.seat, trigger.year)
        vacancy = iris.vacancy(person, trigger.cause, election)
        b.node(vacancy, KGO.Vacancy, f"{trigger.cause} of {trigger.person}")
        if trigger.cause in _CAUSE_CLASS:
            b.add(vacancy, RDF.type, _CAUSE_CLASS[trigger.cause])
        b.add(vacancy, KGO.vacatedBy, person)
        b.add(vacancy, KGO.cause, Literal(trigger.cause))
        b.add(vacancy, KGO.triggered, election)
        b.made_by(vacancy, trigger.rules)
        b.sourced(vacancy, trigger.evidence)


def _merges(b: _Builder, facts: Facts) -> None:
    for number, merge in enumerate(facts.merges):
        node = iris.ID[f"merge/{iris.slug(b.article.id)}/{number}"]
        b.add(node, RDF.type, KGO.Merge)
        b.add(node, KGO.mention, Literal(merge.mention))
        b.add(node, KGO.mergedInto, iris.person(merge.entity, b.article.id))
        b.add(node, KGO.rule, Literal(merge.rule))
        b.sourced(node, merge.evidence)


def article_to_graph(article: Article, facts: Facts) -> Graph:
    b = _Builder(article)
    b.article_node()
    for part in (_roles, _results, _triggers, _merges):
        part(b, facts)
    return b.graph
