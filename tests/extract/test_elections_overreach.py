"""Contests of no public election (a cup, a prize, a show, a club's post) are no results (kg/extract/elections.py):
sentences written for the test, with invented names."""

import pytest

_NOT_ELECTIONS = [
    "The Fenby Open was won by Ann Roe, who beat Tom Ure in straight sets.",
    "The Fenby Cup was won by Ann Roe of Hale.",
    "The Hale Prize for journalism was won by Tom Ure of the Kelby Herald.",
    "Fenby Cup: Ann Roe (Hale) 14,206; Tom Ure (Kelby) 9,880; Jo Platt (Fenby) 2,311.",
    "Fenby Show results: Ann Roe 14,206; Tom Ure 9,880.",
    "Ann Roe was elected for both Fenby Rotary and Hale Lions as their treasurer.",
]


@pytest.mark.parametrize("text", _NOT_ELECTIONS)
def test_a_contest_of_no_public_election_is_no_result(facts_of, text):
    assert not facts_of(text).elections


def test_a_place_won_by_a_party_is_still_a_result(facts_of):
    facts = facts_of("Kelby was won by Tom Ure for the Liberal Democrats.")
    assert any(e.seat == "Kelby" and e.winner == "Tom Ure" for e in facts.elections)


def test_a_table_of_a_by_election_in_the_article_is_still_a_result(facts_of):
    facts = facts_of("The Fenby by-election was held on Thursday.\nFenby: Ann Roe 14,206; Tom Ure 9,880.")
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" for e in facts.elections)


def test_seats_listed_for_one_elected_are_still_results(facts_of):
    facts = facts_of("Ann Roe was elected for both Fenby and Hale in 2019.")
    assert {"Fenby", "Hale"} <= {e.seat for e in facts.elections}


def test_a_cup_in_an_article_of_an_election_is_still_no_seat(facts_of):
    facts = facts_of("The Fenby by-election was held on Thursday. The Hale Cup was won by Tom Ure.")
    assert not any(e.seat and "Cup" in e.seat for e in facts.elections)


def test_a_place_won_in_a_race_told_is_still_a_result(facts_of):
    facts = facts_of("Fenby was won by Ann Roe, who beat Tom Ure in a close race.")
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" for e in facts.elections)


def test_a_country_is_never_a_by_election_s_seat(facts_of):
    facts = facts_of("Ann Roe won the Fenby seat in a by-election in Kenya on Thursday, defeating Tom Ure of the "
                     "Orange Democratic Movement.")
    assert not any(e.seat == "Kenya" for e in facts.elections)


def test_a_country_is_still_a_presidency_s_seat(facts_of):
    facts = facts_of("Ann Roe won the presidential election in Kenya, defeating Tom Ure of the Orange Democratic Movement.")
    assert any(e.seat == "Kenya" and e.winner == "Ann Roe" for e in facts.elections)
