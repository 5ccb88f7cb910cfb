"""Round 20: the article's country (kg/extract/government.py cue_votes): a country's cue word inside a continent's or
a region's name, or a body of its states (data/patterns/continents.jsonl), is no vote for that country."""

from kg.extract.government import article_country, cue_votes
from kg.extract.lexicon import load_lexicon


def test_observers_of_the_organization_of_american_states_name_no_country(nlp):
    doc = nlp("Observers from the Organization of American States praised the count. "
              "Ann Roe won the Kelby mayoralty in Honduras on Sunday.")
    assert article_country(doc, load_lexicon()) == "HN"


def test_latin_and_inter_american_bodies_name_no_country(nlp):
    doc = nlp("Ann Roe, a Latin American scholar, left the Inter-American Development Bank for Central America.")
    named, titles = cue_votes(doc, load_lexicon())
    assert not named["US"] and not titles["US"]


def test_an_american_on_his_own_still_names_the_country(nlp):
    doc = nlp("The American senator Tom Ure visited Kelby.")
    named, _ = cue_votes(doc, load_lexicon())
    assert named["US"] == 1
