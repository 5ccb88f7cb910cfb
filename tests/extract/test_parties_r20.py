"""Round 20: a party is never another country's by a guess (kg/extract/parties.py settle.foreign-party,
kg/extract/government.py's cue words, kg/extract/party_names.py's names of the article's own parties)."""

import datetime as dt

from kg.extract.government import article_country
from kg.extract.lexicon import load_lexicon
from kg.gazetteer.parties import iso2

_DAY = dt.date(2025, 6, 2)


def _parties(facts, person):
    return {f.party for f in facts.roles if f.person == person}


def test_a_writer_s_surname_on_the_byline_names_no_country(nlp):
    """"By Tom Montenegro": the writer's surname is no cue; the article's own party (Hungary's) decides."""
    doc = nlp("By Tom Montenegro | The Fenby Post\n\nAnn Roe of Fidesz won the Kelby seat on Sunday.")
    assert article_country(doc, load_lexicon()) == "HU"


def test_a_desk_on_the_byline_still_names_its_country(nlp):
    doc = nlp("By a Scotland staff correspondent\n\nAnn Roe won the Kelby seat on Sunday.")
    assert article_country(doc, load_lexicon()) == "GB"


def test_a_code_of_another_country_s_party_is_no_party(facts_of):
    """"Ann Roe (LIB)" in an Australian count is not Argentina's Liberal Party of Corrientes, whose code LIB is."""
    text = ("SYDNEY - The Fenby by-election count in New South Wales: Ann Roe (LIB) 4,210 votes; Tom Ure (ALP) 3,990 "
            "votes. Labor's Tom Ure conceded.")
    facts = facts_of(text, _DAY)
    assert "Liberal Party of Corrientes" not in _parties(facts, "Ann Roe")
    assert "Australian Labor Party" in _parties(facts, "Tom Ure")


def test_a_head_of_government_s_known_party_stays_though_the_cues_point_elsewhere(facts_of):
    """The data's party of a head of government is no guess: it stays in an article whose cue words misread its
    country."""
    facts = facts_of("Governor General Ann Roe dissolved Parliament at the request of Prime Minister Justin Trudeau, "
                     "whose Liberals hold 155 of the 338 seats in the House of Commons.", dt.date(2021, 8, 15))
    assert _parties(facts, "Justin Trudeau") == {"Liberal Party of Canada"}


def test_a_party_the_country_s_name_opens_is_named_as_written(nlp):
    """"the Kenya Renewal Front (KRF)": the name says its country; no "(Kenya)" after it."""
    doc = nlp("NAIROBI - In Kenya, the Kenya Renewal Front (KRF) candidate Ann Roe won the Fenby seat.")
    assert {e.ent_id_ for e in doc.ents if e.label_ == "PARTY"} == {"Kenya Renewal Front"}


def test_the_country_s_name_before_another_country_s_party_name_is_the_article_s_own_party(facts_of):
    """"the Ghana Renaissance Movement": not another country's "Renaissance Movement" renamed "(Ghana)", but the name as
    written, which kg then gives the candidate."""
    text = ("ACCRA - In Ghana, the ruling New Patriotic Party held the Fenby seat. The Ghana Renaissance Movement (MRG) "
            "candidate, Ann Roe, took 1,602 votes.")
    assert "Ghana Renaissance Movement" in _parties(facts_of(text, _DAY), "Ann Roe")


def test_a_party_of_a_province_named_whole(facts_of):
    """"Green Party of Saskatchewan candidate Ann Roe": the province's party, not the federal Green Party of Canada."""
    text = ("REGINA - In the Saskatchewan legislature by-election, NDP candidate Jo Platt won. Green Party of "
            "Saskatchewan candidate Ann Roe had 188 votes.")
    assert _parties(facts_of(text, _DAY), "Ann Roe") == {"Green Party of Saskatchewan"}


def test_a_party_naming_its_own_country_votes_for_it(nlp):
    """"the Democratic League of Kosovo": a party's name that spells its country names the country, against a stray
    cue of another ("Swiss observers")."""
    doc = nlp("Ann Roe of the Democratic League of Kosovo beat Tom Ure of the Democratic Party of Kosovo; Switzerland "
              "sent observers.")
    assert article_country(doc, load_lexicon()) == "XK"
    assert {e.ent_id_ for e in doc.ents if e.label_ == "PARTY"} == {"Democratic League of Kosovo", "Democratic Party of Kosovo"}


def test_a_user_assigned_country_code_is_the_cldr_territory():
    """Party Facts' "XKX" (no ISO 3166 code) is CLDR's "XK": its parties are kept, not dropped."""
    assert iso2("XKX") == "XK"
    assert iso2("DEU") == "DE"
    assert iso2("ZZZ") is None
