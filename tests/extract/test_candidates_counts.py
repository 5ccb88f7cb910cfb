"""Candidates told by their counts in running text: "N votes to M for X" (kg/extract/candidates.py)."""

import datetime as dt

_DAY = dt.date(2024, 5, 3)


def _candidates(facts, rule):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and rule in f.rules}


def test_a_count_set_against_another_for_a_named_rival(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Ms Roe had 12,480 votes to 8,568 for Labour's Tom Ure.", _DAY)
    assert _candidates(facts, "roles.candidate-votes-to") == {("Tom Ure", "Labour Party")}


def test_returns_gave_her_votes_to_his_with_a_share_between(facts_of):
    facts = facts_of("Returns gave Ann Roe 2,847 votes, or 50 percent, to 2,806 for Republican Tom Ure, a shop owner.", _DAY)
    assert _candidates(facts, "roles.candidate-votes-to") == {("Tom Ure", "Republican Party")}


def test_a_council_vote_a_survey_a_hypothetical_or_a_share_is_no_field(facts_of):
    for text in ("The council voted 7 to 2 for Labour's Tom Ure.",
                 "A survey gave Ann Roe 412 votes to 300 for Labour's Tom Ure.",
                 "Ann Roe would get 5,000 votes to 4,000 for Labour's Tom Ure.",
                 "Ann Roe led 52 to 48 per cent for Labour's Tom Ure."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-votes-to"), text


def test_a_count_without_the_rivals_party_or_of_years_before_gives_none(facts_of):
    for text in ("Ann Roe won the ballot with 54 votes to 44 for Tom Ure.",
                 "In 2015 Ann Roe had 9,000 votes to 7,000 for Labour's Tom Ure."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-votes-to"), text
