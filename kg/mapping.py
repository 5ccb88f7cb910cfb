"""Facts to triples: one named graph per article, whose identifier is the article's named graph.

Every triple of an article lives in its graph (entity labels included), so dropping the graph removes
the article cleanly and every fact can be traced back to it.

The triples are built as N-Triples rows (`ArticleTriples`), the text the store's update carries: an rdflib
Graph per article (a store with its indexes, a namespace manager, a term object per node) cost as much as
writing the article, and ingestion never reads it. `ArticleTriples.graph()` gives the rdflib Graph, the
same triples, to whoever wants one (`article_to_graph`, `kg.ingest.process`).
"""

from __future__ import annotations

import re
from functools import lru_cache

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
_INTEGER = f"^^<{XSD.integer}>"
_TYPE, _LABEL, _DERIVED, _MERGE = f"<{RDF.type}>", f"<{RDFS.label}>", f"<{PROV.wasDerivedFrom}>", f"<{KGO.Merge}>"
_ESCAPES = {"\\": "\\", "n": "\n", '"': '"', "r": "\r"}
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def text(value: str) -> str:
    """A plain literal in N-Triples, escaped as rdflib's N-Triples serializer escapes it."""
    return '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


def typed(value: object, datatype: URIRef) -> str:
    """A typed literal in N-Triples, its lexical form the one rdflib's Literal gives."""
    if type(value) is int and datatype == XSD.integer:
        return f'"{value}"{_INTEGER}'
    return _typed(value, datatype)


@lru_cache(maxsize=1 << 12, typed=True)
def _typed(value: object, datatype: URIRef) -> str:
    literal = Literal(value, datatype=datatype)
    return text(str(literal)) + f"^^<{literal.datatype}>"


def _term(n3: str) -> URIRef | Literal:
    """The rdflib term of an N-Triples term written by this module (the inverse of `text` and `typed`)."""
    if n3.startswith("<"):
        return URIRef(n3[1:-1])
    if n3.endswith(">"):
        lexical, datatype = n3[1:-1].rsplit('"^^<', 1)
        return Literal(_unescape(lexical), datatype=URIRef(datatype))
    return Literal(_unescape(n3[1:-1]))


def _unescape(escaped: str) -> str:
    return _ESCAPED.sub(lambda m: _ESCAPES[m.group(1)], escaped)


class ArticleTriples:
    """An article's named graph as N-Triples rows, each once, in the order they were made."""

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier
        self.rows: dict[str, None] = {}
        self.facts: set[str] = set()  # subjects derived from the article (prov:wasDerivedFrom)
        self.merges: set[str] = set()  # subjects typed kgo:Merge

    def add(self, s: str, p: str, o: str) -> None:
        """Add a triple of N-Triples terms ("<iri>", or a literal from `text` / `typed`)."""
        self.rows[f"{s} {p} {o} .\n"] = None
        if p == _DERIVED:
            self.facts.add(s)
        elif p == _TYPE and o == _MERGE:
            self.merges.add(s)

    @classmethod
    def from_nt(cls, identifier: URIRef, nt: str) -> ArticleTriples:
        """The rows `nt()` gave, back (a cluster worker's graph, received as text by the client that writes it)."""
        triples = cls(identifier)
        for row in nt.split("\n")[:-1]:  # not splitlines: a literal may hold U+2028, U+0085, a form feed... unescaped
            s, p, o = row[:-2].split(" ", 2)
            triples.add(s, p, o)
        return triples

    def nt(self) -> str:
        """The graph in N-Triples, as the store writes it."""
        return "".join(self.rows)

    def fact_count(self) -> int:
        """Its distinct fact nodes (role assignments, elections, vacancies), as `kg stats` counts them by article: a fact
        the rules found twice in one article is one node, so counted once; a mention merge is not a fact."""
        return len(self.facts - self.merges)

    def __len__(self) -> int:
        return len(self.rows)

    def graph(self) -> Graph:
        """The same triples as an rdflib Graph named by the article's graph, with kg's prefixes bound."""
        graph = Graph(identifier=self.identifier)
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        for row in self.rows:
            s, p, o = row[:-3].split(" ", 2)
            graph.add((URIRef(s[1:-1]), URIRef(p[1:-1]), _term(o)))
        return graph


def _iri(name: str) -> str:
    return f"<{name}>"


class _Terms:
    """kg's vocabulary as N-Triples terms: KGO.person -> "<https://w3id.org/polkg/ontology#person>"."""

    def __getattr__(self, name: str) -> str:
        value = _iri(getattr(KGO, name))
        setattr(self, name, value)
        return value


_K = _Terms()


class _Builder:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.key = iris.content_id(article)  # the article's identity: its content, not a name it was given
        self.graph = ArticleTriples(iris.article_graph(self.key))
        self.article_iri = _iri(iris.article(self.key))
        self.parties = _party_links()
        self.identified: set[str] = set()  # elections known by seat (or office) and year: one node across articles

    def add(self, s: str, p: str, o: str) -> None:
        self.graph.add(s, p, o)

    def node(self, iri: str, cls: str, label: str) -> str:
        self.add(iri, _TYPE, cls)
        self.add(iri, _LABEL, text(label))
        return iri

    def person(self, name: str) -> str:
        return self.node(_iri(iris.person(name, self.key)), _K.Person, name)

    def party(self, name: str) -> str:
        iri = self.node(_iri(iris.entity("party", name)), _K.Party, name)
        same = self.parties.get(name)
        if same:
            self.add(iri, _SAME_AS, same)
        return iri

    def seat(self, name: str) -> str:
        return self.node(_iri(iris.entity("seat", name)), _K.Seat, name)

    def election_iri(self, label: str) -> str:
        return _iri(iris.election(label, self.key, label in self.identified))

    def election(self, label: str, kind: str, seat: str | None, year: int | None) -> str:
        iri = self.node(self.election_iri(label), _K.Election, label)
        if label not in self.identified:  # scoped to this article: say which (its facts say so too, by their evidence)
            self.add(iri, _K.article, self.article_iri)
        if kind in _ELECTION_CLASS:
            self.add(iri, _TYPE, _iri(_ELECTION_CLASS[kind]))
        if seat:
            self.add(iri, _K.seat, self.seat(seat))
        if year:
            self.add(iri, _K.year, typed(str(year), XSD.gYear))
        return iri

    def sourced(self, fact: str, evidence: Evidence) -> None:
        """Tie a fact to its article and its sentence (with offsets into the article text)."""
        ev = _iri(iris.evidence(self.key, evidence.start, evidence.end))
        self.add(ev, _TYPE, _K.Evidence)
        self.add(ev, _K.article, self.article_iri)
        self.add(ev, _K.start, typed(evidence.start, XSD.integer))
        self.add(ev, _K.end, typed(evidence.end, XSD.integer))
        # the sentence as the article has it at those offsets (whitespace runs as one space): the extractor's copy
        # is of the text spaCy read, where photo credits were masked, so it could differ from the article's
        self.add(ev, _K.text, text(" ".join(self.article.text[evidence.start:evidence.end].split()) or evidence.text))
        self.add(fact, _K.evidence, ev)
        self.add(fact, _DERIVED, self.article_iri)

    def article_node(self) -> None:
        a = self.article
        self.node(self.article_iri, _K.Article, a.title)
        self.add(self.article_iri, _iri(DCTERMS.title), text(a.title))
        self.add(self.article_iri, _K.source, text(a.source))
        self.add(self.article_iri, _K.contentHash, text(a.sha256))
        self.add(self.article_iri, _iri(DCTERMS.identifier), text(self.key))
        alias = iris.alias(a)
        if alias:
            self.add(self.article_iri, _K.alias, text(alias))
        self.add(self.article_iri, _K.text, text(a.text))  # what every evidence offset points into
        self.add(self.article_iri, _K.extractorVersion, text(__version__))
        if a.published:
            self.add(self.article_iri, _iri(DCTERMS.issued), typed(a.published.isoformat(), XSD.date))

    def made_by(self, fact: str, rules: tuple[str, ...]) -> None:
        """The rules that made a fact (kg.extract.registry names), so SPARQL can filter by them."""
        for name in rules:
            self.add(fact, _K.rule, text(name))


_SAME_AS = _iri(OWL.sameAs)
_PARTY_LINKS: list[tuple[object, dict[str, str]]] = []  # (the lexicon, its links), for the lexicon loaded last


def _party_links() -> dict[str, str]:
    """owl:sameAs targets of the lexicon's parties that have a Wikidata id, by party name."""
    lexicon = load_lexicon()
    if not _PARTY_LINKS or _PARTY_LINKS[0][0] is not lexicon:
        known = {p.name: p for p in lexicon.parties}
        _PARTY_LINKS[:] = [(lexicon, {name: _iri(WD[p.wikidata]) for name, p in known.items() if p.wikidata})]
    return _PARTY_LINKS[0][1]


def _roles(b: _Builder, facts: Facts) -> None:
    for role in facts.roles:
        person = b.person(role.person)
        assignment = _iri(iris.assignment(URIRef(person[1:-1]), role.role, role.party))
        label = f"{role.person}: {role.role}" + (f" ({role.party})" if role.party else "")
        b.node(assignment, _K.RoleAssignment, label)
        b.add(assignment, _K.person, person)
        b.add(assignment, _K.role, b.node(_iri(iris.entity("role", role.role)), _K.Role, role.role))
        if role.party:
            b.add(assignment, _K.party, b.party(role.party))
            if role.party_basis:
                b.add(assignment, _K.partyBasis, text(role.party_basis))
        b.add(assignment, _K.status, text(role.status))
        b.made_by(assignment, role.rules)
        b.sourced(assignment, role.evidence)


def _results(b: _Builder, facts: Facts) -> None:
    for result in facts.elections:
        election = b.election(result.election, result.kind, result.seat, result.year)
        if result.winner:
            winner = b.person(result.winner)
            b.add(election, _K.winner, winner)
            b.add(election, _K.candidate, winner)
        if result.party:
            b.add(election, _K.winningParty, b.party(result.party))
        if result.date:
            b.add(election, _K.eventDate, typed(result.date.isoformat(), XSD.date))
        if result.majority is not None:
            b.add(election, _K.majority, typed(result.majority, XSD.integer))
        if result.outcome:
            b.add(election, _K.outcome, text(result.outcome))
        b.made_by(election, result.rules)
        b.sourced(election, result.evidence)
    if facts.contest:  # the article's one contest: its "candidate" roles are that contest's candidates
        contest = b.election_iri(facts.contest)
        for role in facts.roles:
            if role.role.startswith("candidate") and role.status == "current":
                b.add(contest, _K.candidate, b.person(role.person))


def _triggers(b: _Builder, facts: Facts) -> None:
    for trigger in facts.triggers:
        person = b.person(trigger.person)
        kind = next((k for k in _ELECTION_CLASS if trigger.election.endswith(k)), "by-election")
        election = b.election(trigger.election, kind, trigger.seat, trigger.year)
        vacancy = _iri(iris.vacancy(URIRef(person[1:-1]), trigger.cause, URIRef(election[1:-1])))
        b.node(vacancy, _K.Vacancy, f"{trigger.cause} of {trigger.person}")
        if trigger.cause in _CAUSE_CLASS:
            b.add(vacancy, _TYPE, _iri(_CAUSE_CLASS[trigger.cause]))
        b.add(vacancy, _K.vacatedBy, person)
        b.add(vacancy, _K.cause, text(trigger.cause))
        b.add(vacancy, _K.triggered, election)
        b.made_by(vacancy, trigger.rules)
        b.sourced(vacancy, trigger.evidence)


def _merges(b: _Builder, facts: Facts) -> None:
    for number, merge in enumerate(facts.merges):
        node = _iri(iris.ID[f"merge/{iris.slug(b.key)}/{number}"])
        b.add(node, _TYPE, _MERGE)
        b.add(node, _K.mention, text(merge.mention))
        b.add(node, _K.mergedInto, _iri(iris.person(merge.entity, b.key)))
        b.add(node, _K.rule, text(merge.rule))
        b.sourced(node, merge.evidence)


def article_triples(article: Article, facts: Facts) -> ArticleTriples:
    """The article's named graph as N-Triples rows: what ingestion writes."""
    from kg import config, link, reference  # kg.link and kg.reference: facts from reference data, and links to Wikidata

    gazetteer = config.use_gazetteer()
    facts = reference.prepare(facts, gazetteer)
    b = _Builder(article)
    b.identified = {e.election for e in facts.elections if e.seat and e.year} | {t.election for t in facts.triggers if t.seat and t.year}
    b.article_node()
    for part in (_roles, _results, _triggers, _merges):
        part(b, facts)
    if gazetteer:
        link.write(b, facts)
    return b.graph


def article_to_graph(article: Article, facts: Facts) -> Graph:
    """The article's named graph as an rdflib Graph (the same triples as `article_triples`)."""
    return article_triples(article, facts).graph()
