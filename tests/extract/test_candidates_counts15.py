"""Counts set against a winner's, each "for" its candidate (round 15, kg/extract/candidates.py roles.candidate-votes-to):
"against" as well as "to", and every further count the sentence lists, each with its party at the name."""

import datetime as dt

_DAY = dt.date(2024, 5, 3)


def _candidates(facts, rule="roles.candidate-votes-to"):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and rule in f.rules}


def test_counts_set_against_a_winner_s_with_against_each_for_its_candidate(facts_of):
    facts = facts_of("Ann Roe of the Fenby Party polled 24,611 votes against 9,874 for Labour's Tom Ure, and 1,203 for "
                     "the Green Party's (GP) Jo Platt, the returning officer announced.", _DAY)
    assert _candidates(facts) == {("Tom Ure", "Labour Party"), ("Jo Platt", "Green Party")}


def test_a_further_count_without_a_party_at_its_name_gives_nothing(facts_of):
    facts = facts_of("Ann Roe polled 24,611 votes to 9,874 for Labour's Tom Ure and 1,203 for Jo Platt.", _DAY)
    assert _candidates(facts) == {("Tom Ure", "Labour Party")}


def test_a_further_count_of_a_survey_gives_nothing(facts_of):
    facts = facts_of("A poll of 2,400 voters put Ann Roe on 1,100 against 900 for Labour's Tom Ure and 400 for the Greens' Jo Platt.", _DAY)
    assert _candidates(facts) == set()


def test_a_live_count_s_shares_without_their_unit_after_each_party(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Primary votes so far: Ann Roe (Labour) 38.9, Tom Ure (Reform UK) 14.2, "
                     "Jo Platt (Green Party) 8.4.", _DAY)
    assert {("Tom Ure", "Reform UK"), ("Jo Platt", "Green Party")} <= _candidates(facts, "roles.candidate-tally-inline")


def test_a_survey_s_shares_without_their_unit_give_nothing(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. A new poll puts Tom Ure (Reform UK) on 14.2 and Jo Platt (Green Party) 8.4.", _DAY)
    assert _candidates(facts, "roles.candidate-tally-inline") == set()
