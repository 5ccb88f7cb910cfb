"""kg validate: the shapes say what the ontology means (one value of a functional property per article),
and each violation is listed with its article."""

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace
from typer.testing import CliRunner

from kg import iris
from kg.article import make_article
from kg.cli import app
from kg.config import ONTOLOGY_FILE, SHAPES_FILE
from kg.mapping import article_triples
from kg.namespaces import KGO
from kg.store import open_store
from kg.validate import validate
from tests.test_mapping import graph_of

TEXT = "date 2017-02-24 The Kelby by-election was called after the resignation of Labour MP Ruth Dale. Ann Roe won the Kelby by-election."
SH = Namespace("http://www.w3.org/ns/shacl#")


def test_every_functional_property_has_max_count_one_in_the_shapes():
    ontology = Graph().parse(ONTOLOGY_FILE)
    shapes = Graph().parse(SHAPES_FILE)
    functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
    assert {KGO.status, KGO.winner, KGO.winningParty, KGO.seat, KGO.year, KGO.vacatedBy} <= functional
    capped = {shapes.value(prop, SH.path) for prop in shapes.subjects(SH.maxCount, Literal(1))}
    assert functional <= capped, functional - capped


def _store_with(tmp_path, extra):
    """A store holding the test article's graph, plus the triples `extra(graph)` gives (a contradiction)."""
    article, _, graph = graph_of(TEXT)
    for triple in extra(graph):
        graph.add(triple)
    store = open_store(str(tmp_path / "store"), write=True)
    store.put_graph(graph)
    return article, store


def test_a_clean_article_conforms(tmp_path):
    _, store = _store_with(tmp_path, lambda graph: [])
    with store:
        assert validate(store).conforms


@pytest.mark.parametrize("what", ["status", "winner", "winningParty"])
def test_two_values_of_a_functional_property_in_one_article_are_a_violation_named_with_its_article(tmp_path, what):
    def contradiction(graph):
        if what == "status":
            assignment = next(graph.subjects(KGO.status, Literal("current")))
            return [(assignment, KGO.status, Literal("former"))]
        election = next(graph.subjects(KGO.winner, None))
        if what == "winner":
            other = iris.entity("person", "Bo Tull")
            return [(election, KGO.winner, other), (other, RDF.type, KGO.Person), (other, RDFS.label, Literal("Bo Tull"))]
        parties = [iris.entity("party", "Reform UK"), iris.entity("party", "Conservative Party")]
        return [t for p in parties for t in ((election, KGO.winningParty, p), (p, RDF.type, KGO.Party), (p, RDFS.label, Literal("P")))]

    article, store = _store_with(tmp_path, contradiction)
    with store:
        result = validate(store)
    assert not result.conforms
    assert [v.path for v in result.violations] == [f"kgo:{what}"]
    (violation,) = result.violations
    assert violation.article == article.id and violation.title == article.title
    assert violation.focus.startswith("id:") and violation.message.startswith("2 values (") and "where one is allowed" in violation.message
    if what == "status":
        assert violation.message == "2 values (current; former), where one is allowed"
    line = violation.line()
    assert line.startswith(f"{article.id} (") and f"kgo:{what}" in line and violation.focus in line

    cli = CliRunner().invoke(app, ["--store", str(tmp_path / "store"), "validate"])
    assert cli.exit_code == 1
    assert cli.stdout.strip().splitlines() == [line]
    assert "1 violation(s)" in cli.stderr and "1 article(s)" in cli.stderr


def test_articles_may_differ_over_time(tmp_path):
    """A role current in one article and former in a later one is no contradiction: each article is checked alone."""
    store = open_store(str(tmp_path / "store"), write=True)
    with store:
        for text in ("date 2017-02-24 Labour MP Ruth Dale spoke.", "date 2020-02-24 Former Labour MP Ruth Dale spoke."):
            article = make_article(text, "t.txt")
            _, facts, _ = graph_of(text)
            store.put_graph(article_triples(article, facts))
        statuses = {str(r[0]) for r in store.query("SELECT DISTINCT ?s WHERE { ?a kgo:status ?s }")}
        assert statuses == {"current", "former"}
        assert validate(store).conforms
