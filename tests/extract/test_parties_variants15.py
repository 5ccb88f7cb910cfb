"""A party's names as readers write them (kg.gazetteer.variants), a party an article defines by its initials, and a
province's parties by rule (kg.extract.regions): round 15's party mechanisms, on invented people and places."""

import pytest

from tests.extract.conftest import roles


def test_a_name_kg_makes_for_the_country_s_party_is_the_party_it_names(facts_of):
    """"the Democrats" of a Luxembourg article: kg's "Democrats (Luxembourg)" is the Democratic Party there."""
    facts = facts_of("Ann Roe, the Democrats candidate, won the by-election in Fenby, Luxembourg.")
    assert ("Ann Roe", "candidate", "Democratic Party (Luxembourg)") in roles(facts)


def test_a_native_name_without_party(facts_of):
    facts = facts_of("Ann Roe, the Bharatiya Janata candidate, won the by-election in Fenby, India.")
    assert ("Ann Roe", "candidate", "Bharatiya Janata Party") in roles(facts)


@pytest.mark.parametrize(("text", "party"), [
    ("Tom Ure of the BC Liberals spoke first. Ann Roe, the Liberal candidate, won the Fenby by-election for the B.C. "
     "legislature.", "BC United"),
    ("HALIFAX -- Premier-elect Ann Roe said her Progressive Conservative cabinet will be sworn in soon. Outgoing Liberal "
     "premier Tom Ure conceded.", "Progressive Conservative Association of Nova Scotia"),
])
def test_a_province_s_party_by_rule_from_the_nation_s_short_names(facts_of, text, party):
    """"Liberal" in a British Columbia contest is its own Liberal party: the national Liberal Party's short names go to
    the province's party of the same name, and a province's dateline names its country and its politics."""
    assert any(fact[0] == "Ann Roe" and fact[2] == party for fact in roles(facts_of(text)))


def test_a_state_s_party_is_never_another_country_s(facts_of):
    facts = facts_of("Independence Party candidate Ann Roe drew 311 votes in the Minnesota Senate special election in Fenby.")
    assert not any(fact[2] == "Independence Party (Iceland)" for fact in roles(facts))
