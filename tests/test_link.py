"""Linking people to Wikidata (kg/link.py) against the built gazetteer (data/gazetteer/people.json).

The people are real public figures, because linking is to real data; the facts and sentences are invented for the
test. Each link must hold with a further clue at the right date, and be refused when a clue contradicts or the date
does not fit.
"""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import URIRef
from rdflib.namespace import OWL

from kg import link
from kg.extract.model import ElectionFact, Evidence, Facts, RoleFact
from kg.namespaces import WD

EV = Evidence(0, 10, "A sentence.")


def _role(person: str, role: str, party: str | None, basis: str | None = None, rules: tuple[str, ...] = ("roles.test",)) -> RoleFact:
    return RoleFact(person, role, party, EV, "current", basis, rules)


def _linked(facts: Facts, day: dt.date | None) -> dict[str, str]:
    return {found.person: found.wikidata for found in link.links(facts, day)}


# the done-means checks of issue 16: name + party or office, at a date within a term
@pytest.mark.parametrize(("person", "role", "party", "day", "wikidata"), [
    ("Maria Cantwell", "senator", "Democratic Party", dt.date(2020, 5, 1), "Q22250"),  # a sitting US senator
    ("Adam Vaughan", "mp", "Liberal Party of Canada", dt.date(2017, 3, 1), "Q4679921"),  # a Canadian MP of 2015-2019
    ("Achim Kessler", "mp", "The Left (Germany)", dt.date(2019, 6, 1), "Q39678866"),  # a Bundestag member of 2017-2021
    ("Adam Bandt", "mp", "Australian Greens", dt.date(2017, 8, 1), "Q4678672"),  # an Australian federal MP
    ("Justin Trudeau", "prime minister", None, dt.date(2018, 1, 10), "Q3099714"),  # a head of government (ParlGov cabinets)
    ("Angela Merkel", "chancellor", None, dt.date(2019, 2, 1), "Q567"),
])
def test_known_people_are_linked_at_the_right_date(person: str, role: str, party: str | None, day: dt.date, wikidata: str) -> None:
    assert _linked(Facts(roles=(_role(person, role, party),)), day) == {person: wikidata}


def test_another_party_refuses_the_link() -> None:
    facts = Facts(roles=(_role("Maria Cantwell", "senator", "Republican Party"),))
    assert _linked(facts, dt.date(2020, 5, 1)) == {}
    facts = Facts(roles=(_role("Adam Vaughan", "mp", "Conservative Party of Canada"),))
    assert _linked(facts, dt.date(2017, 3, 1)) == {}


def test_another_country_refuses_the_link() -> None:
    # the article's parties are all British: an MP "Adam Bandt" in it is not the Australian MP
    alone = Facts(roles=(_role("Adam Bandt", "mp", None),))
    assert _linked(alone, dt.date(2017, 8, 1)) == {"Adam Bandt": "Q4678672"}
    british = Facts(roles=(_role("Adam Bandt", "mp", None), _role("Ann Fenby", "mp", "Labour Party")))
    assert _linked(british, dt.date(2017, 8, 1)) == {}


@pytest.mark.parametrize("day", [dt.date(1990, 1, 1), dt.date(2012, 1, 1), None])
def test_a_date_outside_the_terms_or_no_date_refuses_the_link(day: dt.date | None) -> None:
    facts = Facts(roles=(_role("Adam Vaughan", "mp", "Liberal Party of Canada"),))
    assert _linked(facts, day) == {}


def test_the_name_alone_is_not_enough() -> None:
    facts = Facts(roles=(_role("Adam Vaughan", "spokesman", None),))  # no party, no office of the data, no country
    assert _linked(facts, dt.date(2017, 3, 1)) == {}


def test_a_party_or_role_from_the_reference_data_is_no_clue() -> None:
    # "the prime minister's claims" read as Trudeau's office by the gazetteer itself: circular, so no link
    facts = Facts(roles=(_role("Justin Trudeau", "prime minister", "Liberal Party of Canada", "known head of government",
                               ("government.unnamed-holder",)),))
    assert _linked(facts, dt.date(2018, 1, 10)) == {}


def test_a_seat_is_a_clue() -> None:
    won = ElectionFact("2016 Melbourne federal election", "general election", "Melbourne", "Adam Bandt", None, EV, year=2016)
    found = link.links(Facts(elections=(won,)), dt.date(2017, 8, 1))
    assert [(f.wikidata, f.clues) for f in found] == [("Q4678672", ("area",))]


def test_one_word_names_are_never_linked() -> None:
    assert _linked(Facts(roles=(_role("Cantwell", "senator", "Democratic Party"),)), dt.date(2020, 5, 1)) == {}


def test_the_link_is_data_in_the_articles_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.article import make_article
    from kg.mapping import article_triples
    from kg.namespaces import BASE

    article = make_article("date 2020-05-01 Senator Maria Cantwell spoke.", "t.txt")
    facts = Facts(roles=(_role("Maria Cantwell", "senator", "Democratic Party"),))
    graph = article_triples(article, facts).graph()
    person = next(graph.subjects(OWL.sameAs, WD.Q22250))
    ontology = BASE + "ontology#"
    node = next(graph.subjects(URIRef(ontology + "linkedPerson"), person))
    clues = {str(o) for s, p, o in graph if s == node and str(p) == ontology + "clue"}
    assert clues == {"party", "office", "country"}  # the country: that of the article's parties
    assert any(str(p) == ontology + "dataset" and str(o) == "us-congress/legislators-current" for s, p, o in graph if s == node)
    monkeypatch.setenv("KG_GAZETTEER", "off")
    assert not list(article_triples(article, facts).graph().subjects(OWL.sameAs, WD.Q22250))


def test_the_view_links_a_linked_person_to_wikidata_and_shows_a_party_from_reference_data(tmp_path, facts_of) -> None:  # type: ignore[no-untyped-def]
    from kg.article import make_article
    from kg.mapping import article_triples
    from kg.netgraph import to_networkx
    from kg.store import open_store
    from kg.viz import page_data

    article = make_article("date 2020-05-01 Senator Maria Cantwell spoke. Theresa May spoke too.", "t.txt")
    facts = Facts(roles=(_role("Maria Cantwell", "senator", "Democratic Party"),
                         _role("Theresa May", "mp", "Conservative Party", "the known party of a head of government")))
    store = open_store(str(tmp_path / "store"), write=True)
    try:
        store.put_graph(article_triples(article, facts).graph())
        graph = to_networkx(store)
    finally:
        store.close()
    ids = {key: f"e{i}" for i, key in enumerate(graph.edges(keys=True))}
    data = page_data(graph, ids)
    cantwell = next(n for n in data["nodes"].values() if n["l"] == "Maria Cantwell")  # type: ignore[attr-defined]
    assert cantwell["wd"] == "Q22250"  # the page links it to wikidata.org/wiki/Q22250 (rel="noopener noreferrer")
    bases = {e.get("pb") for e in data["edges"].values()}  # type: ignore[attr-defined]
    assert "reference data: the known party of a head of government" in bases


def test_kg_export_carries_the_links(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from kg.cli import app

    article = tmp_path / "a.txt"
    article.write_text("date 2020-05-01\n\nSenator Maria Cantwell, a Democrat from Washington, spoke in the Senate on Monday.\n",
                       encoding="utf-8")
    runner, store = CliRunner(), str(tmp_path / "store")
    assert runner.invoke(app, ["--store", store, "add", str(article)]).exit_code == 0
    exported = runner.invoke(app, ["--store", store, "export", "--format", "nt"])
    assert "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q22250>" in exported.output
    shown = runner.invoke(app, ["--store", store, "query", "person", "--param", "name=Maria Cantwell", "--format", "csv"])
    row = next(line for line in shown.output.splitlines() if ",wikidata," in line)
    assert "Q22250 (" in row and "office" in row and "party" in row and "us-congress/legislators-current" in row
