"""Parties of countries kg knows from the open data: the country an article's dateline or places give, and the titles
of members that are no party (data/gazetteer/parties.json cues and patterns, built by kg/gazetteer)."""

import pytest

from tests.extract.conftest import roles


@pytest.mark.parametrize(("text", "party"), [
    ("BERLIN -- Social Democrats leader Ann Roe said on Monday the coalition would hold.", "Social Democratic Party of Germany"),
    ("LISBON -- Social Democratic Party leader Ann Roe said on Monday the coalition would hold.",
     "Social Democratic Party (Portugal)"),
    ("NAIROBI -- Democratic Party candidate Ann Roe won the seat on Monday.", "Democratic Party (Kenya)"),
    ("ABUJA -- PDP governor Ann Roe said on Monday the party would hold the state.", "People's Democratic Party (Nigeria)"),
    ("NEW DELHI -- SP leader Ann Roe said on Monday the alliance would hold.", "Samajwadi Party"),
    ("Ann Roe, the Democratic Party candidate, won the seat in Mombasa on Monday.", "Democratic Party (Kenya)"),
])
def test_a_dateline_or_a_city_names_the_country_whose_party_it_is(facts_of, text, party):
    assert ("Ann Roe", roles(facts_of(text)).pop()[1], party) in roles(facts_of(text))


def test_a_foreign_city_in_an_american_story_changes_no_party(facts_of):
    facts = facts_of("WASHINGTON -- Democratic Senator Ann Roe said in America on Monday that the Paris talks had failed.")
    assert ("Ann Roe", "senator", "Democratic Party") in roles(facts)


def test_a_county_assembly_member_is_no_malaysian_party(facts_of):
    """"MCA" before a Kenyan name is a member of a county assembly: Malaysia's party of those initials is no party here."""
    facts = facts_of("NAIROBI, Kenya -- Nairobi MCA Ann Roe was elected speaker of the county assembly on Monday. "
                     "She defeated Tom Ure, the Jubilee Party candidate.")
    assert not any(f.party and "Malaysian" in f.party for f in facts.roles)
    assert not any(f.person == "Ann Roe" and f.party for f in facts.roles)


def test_an_mep_in_a_portuguese_story_is_no_party(facts_of):
    facts = facts_of("LISBON -- Socialist MEP Ann Roe said on Monday that Portugal would back the plan.")
    assert not any(f.party and "Hope" in f.party for f in facts.roles)


def test_the_greens_of_a_french_article_today_are_the_party_in_being(facts_of):
    facts = facts_of("PARIS -- The Socialist led with 41%, and the Greens' candidate, Ann Roe, came fourth in the by-election.")
    assert any(f.person == "Ann Roe" and f.party == "Europe Ecology – The Greens" for f in facts.roles)

