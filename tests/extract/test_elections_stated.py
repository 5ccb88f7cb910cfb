"""What a result or vacancy needs before kg states it (kg/extract/elections.py stated_seat, kg/extract/regions.py):
a seat that can be the contest's. Sentences written for the test, with invented people and seats."""

from kg.extract.elections import stated_seat
from kg.extract.lexicon import load_lexicon
from kg.extract.regions import regions
from tests.extract.conftest import roles


def test_a_chamber_is_no_seat(facts_of):
    facts = facts_of("Tom Ure won the Senate seat for the Unity Front in last month's general election.")
    assert not [e for e in facts.elections if e.seat and "Senate" in e.seat]


def test_a_lower_houses_state_is_no_seat_nor_a_vacancys(facts_of):
    facts = facts_of("The Unity Front retained the Ohio House seat in a special election after the death of Tom Ure.")
    assert not [e for e in facts.elections if e.seat in ("Ohio", "Ohio House")]
    assert not [t for t in facts.triggers if t.seat in ("Ohio", "Ohio House")]


def test_a_chamber_glued_to_a_numbered_seat_is_dropped_from_it(facts_of):
    facts = facts_of("The Unity Front retained the NA-112 Fenby-II National Assembly seat in Thursday's by-elections.")
    assert [e.seat for e in facts.elections] == ["NA-112 Fenby-II"]


def test_a_by_elections_province_is_not_its_seat(facts_of):
    facts = facts_of("The Unity Front held on to a provincial seat in Sindh in Thursday's by-elections. "
                     "Ann Roe won the by-election, caused by the death of Tom Ure.")
    assert not [e for e in facts.elections if e.seat == "Sindh"]
    assert not [t for t in facts.triggers if t.seat == "Sindh"]
    assert ("Ann Roe", "mp", "Unity Front") in roles(facts)  # the winner is a member all the same


def test_a_by_election_in_a_named_seat_is_stated(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election, caused by the death of Tom Ure.")
    assert [e.seat for e in facts.elections] == ["Fenby"]
    assert [(t.person, t.seat) for t in facts.triggers] == [("Tom Ure", "Fenby")]


def test_a_region_is_the_seat_of_a_contest_for_the_whole_region():
    lexicon = load_lexicon()
    assert stated_seat("Balochistan", "general election", lexicon) == "Balochistan"
    assert stated_seat("Balochistan", "by-election", lexicon) is None
    assert stated_seat("Montana Senate", "special election", lexicon) == "Montana"  # a senator's seat is the state
    assert stated_seat("U.S. Senate", "general election", lexicon) == "U.S. Senate"  # a country's chamber, left whole


def test_regions_leave_out_names_that_are_constituencies():
    """New Zealand's Northland is a region and an electorate: a by-election for it is stated."""
    assert "sindh" in regions() and "northland" not in regions()
    assert stated_seat("Northland", "by-election", load_lexicon()) == "Northland"



def test_a_presidency_won_is_the_country_its_cues_name(facts_of):
    """The article's country known from its cue words (a currency here), not its name: the presidency is its seat."""
    facts = facts_of("President-elect Ann Roe, who won the presidency on Sunday, said the soles would stay strong.")
    assert [(e.kind, e.seat, e.winner) for e in facts.elections] == [("presidential election", "Peru", "Ann Roe")]


def test_a_presidency_in_an_article_of_no_known_country_keeps_no_seat(facts_of):
    facts = facts_of("President-elect Ann Roe, who won the presidency on Sunday, thanked voters.")
    assert all(e.seat is None for e in facts.elections)
