"""Deterministic IRIs: the same name gives the same IRI in every article and on every machine.

A name is folded (case, accents, punctuation) to a key, and the key is percent-encoded into the
path, so any name gives a valid IRI and different keys never collide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import URIRef

from kg.extract.lexicon import fold
from kg.namespaces import GRAPH, ID

if TYPE_CHECKING:
    from kg.article import Article


def key(name: str) -> str:
    return fold(name).replace(" ", "-")


def slug(name: str) -> str:
    folded = key(name)
    if not folded:  # a name made only of punctuation still needs a distinct, valid IRI
        return "_" + quote(name.strip(), safe="").lower()
    return quote(folded, safe="-")


def entity(kind: str, name: str) -> URIRef:
    return ID[f"{kind}/{slug(name)}"]


def person(name: str, article_id: str) -> URIRef:
    """A one-word name ("Howard") is only known within its article, so its IRI is scoped to it."""
    if len(fold(name).split()) < 2:
        return ID[f"person/{slug(article_id)}/{slug(name)}"]
    return entity("person", name)


def election(label: str, article_id: str, identified: bool) -> URIRef:
    """An election known by its seat (or office) and year is one node in every article that names it; one that is
    not ("the by-election", "the general election") is only known within its article, so its IRI is scoped to it:
    unrelated by-elections of different articles never merge."""
    if identified:
        return entity("election", label)
    return ID[f"election/{slug(article_id)}/{slug(label)}"]


def content_id(article: Article) -> str:
    """An article's identity: its text's SHA-256 (16 hex digits), whatever it was called or whatever id a JSON
    Lines record gave it, so the same text is one article under any name."""
    return article.sha256[:16]


def alias(article: Article) -> str | None:
    """The id an article was given (a JSON Lines record's `id`) when that is not its content id: kept as an alias."""
    return article.id if article.id != content_id(article) else None


def article(article_id: str) -> URIRef:
    return ID[f"article/{slug(article_id)}"]


def article_graph(article_id: str) -> URIRef:
    return GRAPH[f"article/{slug(article_id)}"]


def evidence(article_id: str, start: int, end: int) -> URIRef:
    return ID[f"evidence/{slug(article_id)}/{start}-{end}"]


def assignment(person_iri: URIRef, role: str, party: str | None) -> URIRef:
    tail = str(person_iri).rsplit("/person/", 1)[1]
    return ID[f"assignment/{tail}/{slug(role)}/{slug(party) if party else 'no-party'}"]


def vacancy(person_iri: URIRef, cause: str, election_iri: URIRef) -> URIRef:
    tail = str(person_iri).rsplit("/person/", 1)[1]
    return ID[f"vacancy/{tail}/{slug(cause)}/{str(election_iri).split('/election/', 1)[1]}"]
