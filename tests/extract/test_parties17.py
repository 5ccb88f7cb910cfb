"""Parties, round 16's second wave: the country several shared party names agree on."""

from tests.extract.conftest import roles


def test_shared_party_names_that_meet_in_one_country_name_it(facts_of):
    """"the Colorado Party" (Paraguay's or Uruguay's) and "the Broad Front" (Argentina's, Costa Rica's, Peru's or
    Uruguay's), in an article naming no country, meet only in Uruguay: both are that country's parties."""
    facts = facts_of("Ann Roe of the Colorado Party was elected alcalde of Fenby on Sunday. Tom Ure of the Broad Front "
                     "was elected alcalde of Kelby.")
    assert ("Ann Roe", "alcalde of fenby", "Colorado Party (Uruguay)") in roles(facts)
    assert ("Tom Ure", "alcalde of kelby", "Broad Front (Uruguay)") in roles(facts)


def test_shared_names_that_meet_in_many_countries_name_none_of_them(facts_of):
    """"Republican" and "Democratic" are both parties' names in a dozen countries: they agree on no one country."""
    facts = facts_of("Republican Ann Roe was elected governor on Tuesday, defeating Democratic state Sen. Tom Ure.")
    assert ("Ann Roe", "governor", "Republican Party") in roles(facts)
