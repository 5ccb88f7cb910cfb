"""Heads of government from the built gazetteer (data/gazetteer/officeholders.json): who held the office in an
article's country at its date. Sentences are written for the test; the heads of government are real, as the data is."""

import datetime as dt

import pytest

from kg.extract.officeholders import gazetteer
from tests.extract.conftest import roles


@pytest.mark.parametrize(("office", "country", "day", "holder", "party"), [
    ("prime minister", "JP", dt.date(2016, 5, 1), "Shinzo Abe", "Liberal Democratic Party (Japan)"),
    ("chancellor", "DE", dt.date(2019, 2, 1), "Angela Merkel", "Christian Democratic Union (Germany)"),
    ("prime minister", "CA", dt.date(2018, 2, 1), "Justin Trudeau", "Liberal Party of Canada"),
    ("prime minister", "CA", dt.date(2012, 2, 1), "Stephen Harper", "Conservative Party of Canada"),
    ("prime minister", "GB", dt.date(2008, 3, 1), "Gordon Brown", "Labour Party"),
    ("president", "US", dt.date(2010, 6, 1), "Barack Obama", "Democratic Party"),
    ("prime minister", "IN", dt.date(2016, 6, 1), "Narendra Modi", "Bharatiya Janata Party"),
])
def test_the_holder_at_a_date_comes_from_the_data(office: str, country: str, day: dt.date, holder: str, party: str) -> None:
    term = gazetteer().holder_at(office, country, day)
    assert term is not None and (term.person, term.party) == (holder, party)


def test_holders_carry_wikidata_ids_where_the_legislators_data_has_them() -> None:
    assert {t.wikidata for t in gazetteer().terms_of("Angela Merkel")} == {"Q567"}


def test_coalitions_come_from_the_cabinets() -> None:
    known = gazetteer()
    assert known.coalition("DE", dt.date(2019, 2, 1)) and known.coalition("GB", dt.date(2012, 1, 1))
    assert not known.coalition("GB", dt.date(2017, 1, 1)) and not known.coalition("CA", dt.date(2018, 1, 1))


def test_the_prime_minister_of_a_japanese_article_is_japans(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Shinzo Abe visited Osaka on Monday. Critics in Japan attacked the prime minister's plan.", dt.date(2016, 5, 1))
    assert ("Shinzo Abe", "prime minister", "Liberal Democratic Party (Japan)") in roles(facts)


def test_the_prime_minister_of_a_canadian_article_is_the_one_in_office_then(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Justin Trudeau spoke in Ottawa. Canadian MPs questioned the prime minister's claims."
    assert ("Justin Trudeau", "prime minister", "Liberal Party of Canada") in roles(facts_of(text, dt.date(2018, 2, 1)))
    assert not any(f.role == "prime minister" for f in facts_of(text, dt.date(2012, 2, 1)).roles)  # Harper's, not named
