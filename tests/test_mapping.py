from rdflib import RDFS
from rdflib.namespace import PROV

from kg import iris
from kg.article import make_article
from kg.ingest import process
from kg.namespaces import KGO

TEXT = "date 2017-02-24 The Kelby by-election was called after the resignation of Labour MP Ruth Dale."


def graph_of(text: str):
    article = make_article(text, "test.txt")
    ((_, facts, graph),) = list(process([article]))
    return article, facts, graph


def test_graph_is_the_articles_named_graph_with_provenance():
    article, facts, graph = graph_of(TEXT)
    assert graph.identifier == iris.article_graph(article.id)
    for assignment in graph.subjects(KGO.person, None):
        assert (assignment, PROV.wasDerivedFrom, iris.article(article.id)) in graph
        evidence = graph.value(assignment, KGO.evidence)
        start, end = int(graph.value(evidence, KGO.start)), int(graph.value(evidence, KGO.end))
        assert article.text[start:end] == str(graph.value(evidence, KGO.text))


def test_every_node_has_a_label_and_iris_are_deterministic():
    _, _, first = graph_of(TEXT)
    _, _, second = graph_of(TEXT)
    assert set(first) == set(second)
    for node in set(first.subjects(predicate=None)) - set(first.subjects(KGO.article)):
        if (node, None, None) in first and str(node).startswith(str(iris.ID)) and "/merge/" not in str(node) \
                and "/evidence/" not in str(node):
            assert first.value(node, RDFS.label) is not None, node


def test_vacancy_triggers_election():
    _, _, graph = graph_of(TEXT)
    vacancy = next(graph.subjects(KGO.triggered, None))
    assert str(graph.value(graph.value(vacancy, KGO.vacatedBy), RDFS.label)) == "Ruth Dale"
    assert str(graph.value(graph.value(vacancy, KGO.triggered), RDFS.label)) == "2017 Kelby by-election"


def test_person_iri_same_across_articles_and_short_names_scoped():
    assert iris.person("Ruth Dale", "a") == iris.person("ruth  dale", "b")
    assert iris.person("Dale", "a") != iris.person("Dale", "b")


def test_same_entities_across_articles_are_one_node(tmp_path):
    from kg.ingest import ingest
    from kg.queries import rows_of
    from kg.store import memory_store

    (tmp_path / "a.txt").write_text("Tory MP Ann Lowe won the Fenby by-election.")
    (tmp_path / "b.txt").write_text("Conservative candidate Ann Lowe spoke. Later Lowe said the Tories would win.")
    store = memory_store()
    ingest([str(tmp_path)], store)
    _, people = rows_of(store.query("SELECT DISTINCT ?p WHERE { ?p a kgo:Person ; rdfs:label 'Ann Lowe' }"))
    _, parties = rows_of(store.query("SELECT DISTINCT ?p WHERE { ?p a kgo:Party }"))
    assert len(people) == 1 and len(parties) == 1
    _, merges = rows_of(store.query("SELECT ?m ?rule WHERE { ?x kgo:mention ?m ; kgo:rule ?rule }"))
    assert ["Lowe", "surname matches one full name"] in merges


def test_every_fact_node_names_the_rule_that_made_it():
    import kg.extract  # noqa: F401
    from kg.extract.registry import RULES

    _, facts, graph = graph_of(TEXT + " Ann Roe won the Kelby by-election for the Green Party.")
    fact_nodes = {*graph.subjects(KGO.person, None), *graph.subjects(KGO.vacatedBy, None),
                  *graph.subjects(KGO.winner, None), *graph.subjects(KGO.winningParty, None)}
    assert facts.roles and facts.elections and facts.triggers
    for node in fact_nodes:
        rules = {str(r) for r in graph.objects(node, KGO.rule)}
        assert rules and rules <= set(RULES), node
    vacancy = next(graph.subjects(KGO.vacatedBy, None))
    assert {str(r) for r in graph.objects(vacancy, KGO.rule)} == {"triggers.vacancy-beside-election"}


def test_triples_are_the_graph_rdflib_would_write():
    from rdflib import XSD, Literal
    from rdflib.plugins.serializers.nt import _quoteLiteral

    from kg.mapping import _term, text, typed

    for value in ['a"b\\c\nd\re', "\\n", "\x00\u2028\\u0041", '"^^<x>', ""]:
        assert text(value) == _quoteLiteral(Literal(value)) and _term(text(value)) == Literal(value)
    for value, datatype in [(5, XSD.integer), ("2019", XSD.gYear), ("2019-01-02", XSD.date)]:
        assert typed(value, datatype) == _quoteLiteral(Literal(value, datatype=datatype))
    article, _, graph = graph_of(TEXT)
    assert set(graph) and graph.serialize(format="nt").count("\n") == len(graph)


def test_an_election_not_known_by_seat_and_year_is_scoped_to_its_article_with_provenance(tmp_path):
    """"The by-election" of two articles are two elections: neither is the shared .../election/by-election."""
    from kg.ingest import ingest
    from kg.store import memory_store

    (tmp_path / "a.txt").write_text("The by-election was caused by the death of Tory MP Tom Ure.")
    (tmp_path / "b.txt").write_text("The by-election was called after the resignation of Labour MP Ann Roe.")
    store = memory_store()
    ingest([str(tmp_path)], store)
    rows = list(store.query("SELECT ?e ?art ?id WHERE { ?v kgo:triggered ?e . ?e kgo:article ?art . ?art dcterms:identifier ?id }"))
    assert len(rows) == 2 and len({str(r[0]) for r in rows}) == 2
    for election, article, article_id in rows:  # type: ignore[misc]
        assert str(election) == str(iris.ID) + f"election/{article_id}/by-election" and election != iris.entity("election", "by-election")
        assert article == iris.article(str(article_id))
    assert not store.query(f"ASK {{ <{iris.entity('election', 'by-election')}> ?p ?o }}").askAnswer


def test_an_election_known_by_seat_and_year_is_one_node_and_results_keep_provenance():
    from kg.extract.model import ElectionFact, Evidence, Facts
    from kg.mapping import article_triples

    text = "Ann Roe won it. Ann Roe won the 2017 Kelby by-election."
    known = ElectionFact("2017 Kelby by-election", "by-election", "Kelby", "Ann Roe", None, Evidence(16, 55, text[16:55]), year=2017)
    unknown = ElectionFact("by-election", "by-election", None, "Ann Roe", None, Evidence(0, 15, text[:15]))
    graphs = []
    for name in ("one.txt", "two.txt"):
        article = make_article(f"{text} ({name})", name)
        graphs.append((article, article_triples(article, Facts(elections=(known, unknown))).graph()))
    (a, first), (b, second) = graphs
    assert (iris.entity("election", "2017 Kelby by-election"), KGO.winner, iris.entity("person", "Ann Roe")) in first & second
    scoped = iris.election("by-election", a.id, identified=False)
    assert (scoped, PROV.wasDerivedFrom, iris.article(a.id)) in first and (scoped, KGO.article, iris.article(a.id)) in first
    assert (scoped, None, None) not in second and (iris.election("by-election", b.id, identified=False), KGO.winner, None) in second


def test_rows_sent_as_text_come_back_the_same_whatever_characters_a_literal_holds():
    """A cluster worker sends nt() and the client rebuilds the rows with from_nt: a literal holding characters that
    str.splitlines takes for line breaks (U+2028, U+0085, a form feed), which N-Triples leaves unescaped, stays whole."""
    from rdflib import URIRef

    from kg.mapping import ArticleTriples, text

    sent = ArticleTriples(URIRef("https://example.org/graph"))
    sent.add("<https://example.org/a>", f"<{KGO.text}>", text("one\u2028two\x85three\x0cfour\nfive \" . six"))
    sent.add("<https://example.org/a>", f"<{RDFS.label}>", text("Ann Roe"))
    received = ArticleTriples.from_nt(sent.identifier, sent.nt())
    assert received.nt() == sent.nt() and len(received) == 2
