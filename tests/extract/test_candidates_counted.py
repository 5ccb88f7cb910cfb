"""A person tied to a party inside a sentence that reports a contest's count is that party's candidate (round 14):
roles.candidate-counted in kg/extract/candidates.py, and the party and name readings it leans on (kg/extract/people.py)."""

import datetime as dt

_DAY = dt.date(2024, 5, 3)


def _counted(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and "roles.candidate-counted" in f.rules}


def test_a_possessive_party_and_a_gapped_count_or_a_place_after_the_name(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. In the first round Ann Roe led with 31 percent, the Greens' Tom Ure 17, "
                     "and Jo Platt of the Labour Party, 5 percent.", _DAY)
    assert {("Tom Ure", "Green Party"), ("Jo Platt", "Labour Party")} <= _counted(facts)


def test_a_party_word_before_the_name_and_a_share_drawn(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Libertarian Tom Ure drew about 1 percent of the vote.", _DAY)
    assert _counted(facts) == {("Tom Ure", "Libertarian Party")}


def test_the_other_side_of_a_count_over_or_for_past_a_title(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election by 300 votes over the SNP's Tom Ure, with Labour's Jo Platt a distant "
                     "third.", _DAY)
    assert _counted(facts) == {("Tom Ure", "Scottish National Party"), ("Jo Platt", "Labour Party")}
    facts = facts_of("Ann Roe won the Fenby by-election. Ms Roe took 12,020 votes, against 9,100 for the Labour candidate, "
                     "Councillor Jo Platt, and 4,370 for Labour's Mr Tom Ure.", _DAY)
    assert {("Jo Platt", "Labour Party"), ("Tom Ure", "Labour Party")} <= _counted(facts)


def test_names_joined_by_and_share_the_place_told_after_the_last(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Jo Platt of the Green Party and Tom Ure, an Independent from Hale, "
                     "were eliminated on the second and third counts.", _DAY)
    assert _counted(facts) == {("Jo Platt", "Green Party"), ("Tom Ure", "Independent")}


def test_the_winner_a_survey_a_hypothetical_or_a_speaker_is_no_counted_candidate(facts_of):
    for text in ("Labour's Ann Roe won the Fenby by-election with 52 percent of the vote.",
                 "Ann Roe won the Fenby by-election. A poll gave Labour's Tom Ure 40 percent.",
                 "Ann Roe won the Fenby by-election. Labour's Tom Ure would get 40 percent, the party said.",
                 "Ann Roe won the Fenby by-election. Labour's Tom Ure said the 40 percent showed a swing.",
                 "Labour's Tom Ure said inflation hit 5 percent in March."):
        assert not (_counted(facts_of(text, _DAY)) - {("Ann Roe", None)}), text


def test_a_turnout_or_a_swing_is_no_share_of_the_name_before_it(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election with 9,316 votes. Labour's Tom Ure blamed a turnout of 31 percent.", _DAY)
    assert not _counted(facts)

