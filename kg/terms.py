"""pyoxigraph's query answers as rdflib Results, converted row by row and cheaply.

Why not rdflib's own path (Dataset.query over oxrdflib): it converts every value of every row into a new
rdflib term (typed literals through rdflib's Python-value parsing) and builds a dict and a label map per
row, which on the named queries cost more than the query itself. Here the engine is asked directly, each
distinct term is converted once per answer (the same parties, roles and seats recur on many rows), rows
share one label map, and nothing is converted before it is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableSequence
from typing import Any

import pyoxigraph
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result, ResultRow
from rdflib.term import Identifier, Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class _Converter:
    """pyoxigraph terms to rdflib terms, remembering each one already converted."""

    def __init__(self) -> None:
        self._seen: dict[object, Node] = {}

    def __call__(self, term: Any) -> Node | None:
        if term is None:
            return None
        found = self._seen.get(term)
        if found is None:
            found = self._seen[term] = convert(term)
        return found


def convert(term: Any) -> Node:
    """One pyoxigraph term as the rdflib term; a simple literal has no datatype, as a server's answer gives it."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    raise TypeError(f"kg does not handle {type(term).__name__} terms (RDF-star) in answers")


class _Select(Result):
    """A SELECT answer read lazily from pyoxigraph; once read, it can be read again (rows are kept)."""

    def __init__(self, solutions: pyoxigraph.QuerySolutions) -> None:
        super().__init__("SELECT")
        self.vars = [Variable(v.value) for v in solutions.variables]
        self._solutions: pyoxigraph.QuerySolutions | None = solutions
        self._rows: list[ResultRow] = []

    def __iter__(self) -> Iterator[ResultRow]:  # type: ignore[override]
        yield from self._rows
        if self._solutions is None:
            return
        solutions, self._solutions = self._solutions, None
        labels = {str(v): i for i, v in enumerate(self.vars or [])}
        convert_ = _Converter()
        for solution in solutions:
            values = tuple(convert_(term) for term in solution)
            if all(value is None for value in values):
                continue  # as rdflib does: an all-unbound row is no row
            row = tuple.__new__(ResultRow, values)
            row.labels = labels
            self._rows.append(row)
            yield row

    @property  # type: ignore[override,misc]
    def bindings(self) -> MutableSequence[Mapping[Variable, Identifier]]:
        variables = self.vars or []
        return [{v: value for v, value in zip(variables, row, strict=True) if value is not None} for row in self]

    def __len__(self) -> int:
        return sum(1 for _ in self)


def result_of(answer: object) -> Result:
    """An rdflib Result for whatever pyoxigraph's Store.query returned."""
    if isinstance(answer, pyoxigraph.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, pyoxigraph.QuerySolutions):
        return _Select(answer)
    if isinstance(answer, pyoxigraph.QueryTriples):
        result = Result("CONSTRUCT")
        graph = Graph()
        convert_ = _Converter()
        for triple in answer:
            graph.add((convert_(triple.subject), convert_(triple.predicate), convert_(triple.object)))  # type: ignore[arg-type]
        result.graph = graph
        return result
    raise TypeError(f"unexpected answer from pyoxigraph: {type(answer).__name__}")
