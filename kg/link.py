"""People linked to Wikidata: a person of an article is the same as a politician of kg's reference data only when
the evidence says so.

The reference data (data/gazetteer/people.json, built by kg.gazetteer.build) lists politicians with Wikidata ids
and their terms: country, office, party, area, dates, and which dataset says so. A person is linked when

- the name is theirs (folded: case, accents and punctuation aside), and exactly one such politician passes;
- a term of theirs covers the article's publication date (no date, no link);
- at least one more clue agrees: the person's party in the article, their office (a role of theirs), their seat
  or area, or the article's country (the one country of the parties it names);
- no clue contradicts: another party than any of those terms', another country than theirs.

The link is data in the article's graph, so a wrong one can be audited (`kg query person` shows it) and goes with
its article: `<person> owl:sameAs wd:Q…`, and a `kgo:WikidataLink` node naming the person, the item, each clue that
agreed (`kgo:clue`), the dataset (`kgo:dataset`), the rule, and the sentence of the first fact that gave a clue.

Person IRIs are not changed by a link. A full name's IRI is already the same node in every article (kg.iris), and
the queries, the view and the evaluation rely on it; making linked people's IRIs Wikidata ids instead would split
one person into a linked and an unlinked node whenever one article has a clue and another has none. Two namesakes
in the data stay apart here: neither is linked (two candidates pass, or a clue contradicts). If two articles link
one node to two different items, the node has two owl:sameAs, which `kg query person` shows side by side.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from rdflib import RDF, Namespace
from rdflib.namespace import OWL

from kg import reference
from kg.article import Article
from kg.extract.lexicon import DATA_DIR, DataError, fold, load_lexicon
from kg.extract.model import Evidence, Facts
from kg.namespaces import BASE, KGO, WD

#: the link's own terms (ontology/kg.ttl, "People: Wikidata links")
_LINK = Namespace(BASE + "ontology#")

#: the built file, under DATA_DIR
BUILT = "gazetteer/people.json"
RULE = "link.name-and-clue"
#: a role's words that name each office of the data ("member of parliament" is canonicalised to "mp" already)
OFFICE_WORDS = {"mp": {"mp", "deputy", "lawmaker", "member", "td"}, "representative": {"representative", "congressman", "congresswoman"},
                "senator": {"senator"}}


@dataclass(frozen=True)
class DataTerm:
    country: str
    office: str
    party: str | None
    area: str | None
    start: dt.date
    end: dt.date | None
    source: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Politician:
    wikidata: str
    name: str
    terms: tuple[DataTerm, ...]


@dataclass
class Clues:
    """What an article says of one person."""

    parties: set[str] = field(default_factory=set)
    offices: set[str] = field(default_factory=set)  # role labels
    areas: set[str] = field(default_factory=set)  # folded seats
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    person: str
    wikidata: str
    clues: tuple[str, ...]  # "party", "office", "area", "country"
    datasets: tuple[str, ...]
    evidence: Evidence | None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@cache
def politicians() -> dict[str, tuple[Politician, ...]]:
    """Folded name -> the politicians of that name."""
    path = DATA_DIR / BUILT
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found: dict[str, list[Politician]] = {}
        for wikidata, name, terms in data["people"]:
            rows = tuple(DataTerm(c, o, p, a, _date(s) or dt.date.min, _date(e), src) for c, o, p, a, s, e, src in terms)
            found.setdefault(fold(name), []).append(Politician(wikidata, name, rows))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: unreadable ({exc}); rebuild it with python -m kg.gazetteer.build ../shared/opendata") from None
    return {k: tuple(v) for k, v in found.items()}


def _office_fits(label: str, office: str) -> bool:
    head = label.split(" for ")[0].split(" from ")[0].split(" of ")[0].strip()
    return head == office or head in OFFICE_WORDS.get(office, ())


def _area_fits(areas: set[str], area: str | None) -> bool:
    if not area:
        return False
    words = f" {fold(area)} "
    return any(f" {a} " in words for a in areas)


def _judge(politician: Politician, clues: Clues, country: str | None, day: dt.date) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The clues that agree and the datasets, or None when the date does not fit or a clue contradicts."""
    terms = [t for t in politician.terms if t.covers(day)]
    if not terms:
        return None
    parties = {t.party for t in terms if t.party}
    if clues.parties and parties and not clues.parties & parties:
        return None  # another party
    if country is not None and country not in {t.country for t in terms}:
        return None  # another country
    agreed = []
    if clues.parties & parties:
        agreed.append("party")
    if any(_office_fits(label, t.office) for label in clues.offices for t in terms):
        agreed.append("office")
    if any(_area_fits(clues.areas, t.area) for t in terms):
        agreed.append("area")
    if country is not None:
        agreed.append("country")
    return (tuple(agreed), tuple(sorted({t.source for t in terms}))) if agreed else None


def _clues(facts: Facts) -> dict[str, Clues]:
    found: dict[str, Clues] = {}
    for role in facts.roles:
        clue = found.setdefault(role.person, Clues())
        if role.party and not reference.from_reference(role):  # a party the data gave is no evidence of the data
            clue.parties.add(role.party)
        if not (role.rules and set(role.rules) <= reference.REFERENCE_RULES):
            clue.offices.add(role.role)
        if " for " in role.role:
            clue.areas.add(fold(role.role.split(" for ", 1)[1]))
        clue.evidence.append(role.evidence)
    for result in facts.elections:
        if result.winner:
            clue = found.setdefault(result.winner, Clues())
            if result.party:
                clue.parties.add(result.party)
            if result.seat:
                clue.areas.add(fold(result.seat))
            clue.evidence.append(result.evidence)
    for trigger in facts.triggers:
        found.setdefault(trigger.person, Clues()).evidence.append(trigger.evidence)
    return found


def article_country(facts: Facts) -> str | None:
    """The one country of the parties the article's facts name (not those the reference data gave), if there is
    exactly one."""
    country_of = {p.name: p.country for p in load_lexicon().parties}
    named = [*(f.party for f in facts.roles if not reference.from_reference(f)), *(f.party for f in facts.elections)]
    countries = {country_of.get(p) for p in named if p} - {None}
    return countries.pop() if len(countries) == 1 else None


def links(facts: Facts, published: dt.date | None) -> list[Link]:
    """The people of an article that the reference data names with a further clue, at its date."""
    if published is None:
        return []
    known = politicians()
    country = article_country(facts)
    out = []
    for person, clue in sorted(_clues(facts).items()):
        if len(fold(person).split()) < 2:
            continue  # a one-word name is only known within its article
        passed = []
        for politician in known.get(fold(person), ()):
            judged = _judge(politician, clue, country, published)
            if judged:
                passed.append((politician, *judged))
        if len({p.wikidata for p, _, _ in passed}) == 1:
            politician, agreed, datasets = passed[0]
            out.append(Link(person, politician.wikidata, agreed, datasets, clue.evidence[0] if clue.evidence else None))
    return out


class Builder(Protocol):
    """What kg.mapping's builder offers: its article, a triple of N-Triples terms, a person's node."""

    article: Article

    def add(self, s: str, p: str, o: str) -> None: ...

    def person(self, name: str) -> str: ...


def _t(iri: str) -> str:
    return f"<{iri}>"


def text(value: str) -> str:
    """A plain literal in N-Triples, escaped as kg.mapping.text escapes it (not imported: kg.mapping imports this module)."""
    return '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


def write(b: Builder, facts: Facts) -> None:
    """The article's links into its graph: owl:sameAs, and the link node that says why."""
    from kg import iris

    article = b.article
    for link in links(facts, article.published):
        person = b.person(link.person)
        target = _t(WD[link.wikidata])
        b.add(person, _t(OWL.sameAs), target)
        node = _t(iris.ID[f"link/{iris.slug(article.id)}/{iris.slug(link.person)}/{link.wikidata}"])
        b.add(node, _t(RDF.type), _t(_LINK.WikidataLink))
        b.add(node, _t(_LINK.linkedPerson), person)
        b.add(node, _t(_LINK.linkTarget), target)
        for clue in link.clues:
            b.add(node, _t(_LINK.clue), text(clue))
        for dataset in link.datasets:
            b.add(node, _t(_LINK.dataset), text(dataset))
        b.add(node, _t(KGO.rule), text(RULE))
        b.add(node, _t(KGO.article), _t(iris.article(article.id)))
        if link.evidence is not None:  # the sentence of a fact that gave a clue: its node is already in the graph
            b.add(node, _t(KGO.evidence), _t(iris.evidence(article.id, link.evidence.start, link.evidence.end)))
