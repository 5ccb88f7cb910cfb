"""Round 16: the article's country when its only evidence is short party names and titles, a world party whose name is
an English word, time zones of one country, and a province's own parties (data/parties.json regional_variants)."""

import pytest

from kg.extract.government import ordinary_word
from kg.nlp import load_pipeline
from tests.extract.conftest import roles


def test_shared_names_vote_with_the_titles_when_no_country_is_named(facts_of):
    """"Labor", "Liberal" and "Premier" with no country named: Australia's parties, not Panama's (whose party
    "Opposition" the world's data has, an ordinary word here)."""
    facts = facts_of("Labor candidate Ann Roe conceded to Liberal candidate Tom Ure on Saturday, and thanked Premier Jo Platt. "
                     "The Opposition said nothing.")
    assert ("Ann Roe", "candidate", "Australian Labor Party") in roles(facts)
    assert ("Tom Ure", "candidate", "Liberal Party of Australia") in roles(facts)
    assert not any(f.party and "Panama" in f.party or f.party == "Opposition" for f in facts.roles)


def test_a_time_zone_of_one_country_names_it(facts_of):
    facts = facts_of("Last updated 9.42pm AEST. Labor candidate Ann Roe won the seat of Fenby. The Opposition said nothing.")
    assert ("Ann Roe", "candidate", "Australian Labor Party") in roles(facts)


@pytest.mark.parametrize("text", [
    "NAIROBI -- Opposition MP Ann Roe lost her seat on Monday.",
    "NAIROBI -- Ann Roe, the Opposition candidate, won the seat on Monday.",
])
def test_a_world_party_named_by_an_english_word_is_no_party_where_its_country_is_not_named(facts_of, text):
    assert not any(f.party and "Opposition" in f.party for f in facts_of(text).roles)


@pytest.mark.parametrize(("word", "expected"), [
    ("Opposition", True), ("Merchants", True), ("Likud", False), ("EFF", False), ("New Democrats", False)])
def test_an_ordinary_word_is_one_word_of_the_dictionary_not_initials(word, expected):
    load_pipeline()  # the model's dictionary comes with it
    assert ordinary_word(word) is expected


def test_a_province_s_progressive_conservatives_are_its_own_party(facts_of):
    facts = facts_of("Progressive Conservative Ann Roe won the seat of Fenby in the Manitoba legislature by 64 votes, "
                     "defeating New Democrat Tom Ure.")
    assert ("Ann Roe", "candidate", "Progressive Conservative Party of Manitoba") in roles(facts)
    assert ("Tom Ure", "candidate", "New Democratic Party of Manitoba") in roles(facts)


def test_initials_defined_after_a_possessive_name_spell_the_whole_name(facts_of):
    """"the Ashmoor People's Movement (APM)": the possessive is inside the name the initials spell, so the party is the
    whole name, not the shorter "People's Movement" the world's data knows."""
    facts = facts_of("WINDHOEK -- The Ashmoor People's Movement (APM) won the seat on Friday. APM candidate Ann Roe took 1,402 votes.")
    assert ("Ann Roe", "candidate", "Ashmoor People's Movement (Namibia)") in roles(facts)


def test_a_bracket_after_the_name_s_possessive_defines_its_initials(facts_of):
    """"the Popular Democratic Movement's (PDM) councillor": the initials are the name the article gives, not the party
    another of that country's parties' initials name in the data."""
    facts = facts_of("WINDHOEK -- The vacancy arose when the Popular Democratic Movement's (PDM) councillor Ann Roe resigned. "
                     "PDM candidate Tom Ure finished third.")
    assert ("Tom Ure", "candidate", "Popular Democratic Movement (Namibia)") in roles(facts)


@pytest.mark.parametrize("text", [
    "In Wellington, National Council member Ann Roe said the vote would hold.",
    "The parliament elected National Councillor Ann Roe to the cabinet in Wellington. She entered the National Council in 2007.",
])
def test_a_title_word_that_opens_a_chamber_s_name_is_no_party(facts_of, text):
    assert not any(f.person == "Ann Roe" and f.party for f in facts_of(text).roles)


def test_a_title_word_before_a_member_s_title_is_still_the_party(facts_of):
    facts = facts_of("In Wellington, National Councillor Ann Roe won the Fenby ward.")
    assert ("Ann Roe", "councillor", "New Zealand National Party") in roles(facts)
