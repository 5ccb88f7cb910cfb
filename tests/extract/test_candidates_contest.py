"""Head-to-head results read for the candidates' parties (roles.candidate-pair in kg/extract/candidates.py)."""

import datetime as dt


def _candidates(facts, rule="roles.candidate-pair"):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and rule in f.rules}


def test_lost_to_with_the_subject_past_an_aside(facts_of):
    facts = facts_of("Labour's Ann Roe - a close aide of Jo Platt - lost to Reform UK's Tom Ure by 400 votes.")
    assert _candidates(facts) == {("Ann Roe", "Labour Party"), ("Tom Ure", "Reform UK")}


def test_party_title_before_the_name(facts_of):
    facts = facts_of("In Fenby, Labour's Ann Roe defeated Green Party leader Tom Ure by a margin of 679 votes.")
    assert _candidates(facts) == {("Ann Roe", "Labour Party"), ("Tom Ure", "Green Party")}


def test_party_after_the_name_and_a_bracketed_code(facts_of):
    facts = facts_of("Labour Party (Lab)'s Ann Roe defeated Tom Ure of the Green Party.")
    assert _candidates(facts) == {("Ann Roe", "Labour Party"), ("Tom Ure", "Green Party")}
    # roles.verb reads the same sentence: each side keeps the party stated at the name
    assert _candidates(facts, "roles.verb") == {("Ann Roe", "Labour Party"), ("Tom Ure", "Green Party")}


def test_to_defeat_after_the_tally(facts_of):
    facts = facts_of("Labour leader Ann Roe polled 12,000 votes to defeat her closest rival, Tom Ure of the Green Party.")
    assert _candidates(facts) == {("Ann Roe", "Labour Party"), ("Tom Ure", "Green Party")}


def test_a_race_of_years_before_leaves_the_winner_out(facts_of):
    facts = facts_of("Labour's Ann Roe had won the Fenby seat in 2015 defeating the Conservatives' actor-turned-politician Tom Ure.",
                     dt.date(2024, 5, 3))
    assert _candidates(facts) == {("Tom Ure", "Conservative Party")}


def test_one_party_on_both_sides_is_no_contest_between_parties(facts_of):
    facts = facts_of("Labour's Ann Roe defeated Labour's Tom Ure in the selection.")
    assert not _candidates(facts)


def test_a_name_in_a_clause_of_its_own_is_not_a_side(facts_of):
    facts = facts_of("Labour's Ann Roe defeated Tom Ure, who had the backing of Conservative leader Jo Platt.")
    assert not _candidates(facts)


def _mates(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "running mate"}


def test_running_mates_stand_for_the_party_of_whose_mates_they_are(facts_of):
    facts = facts_of("Democrat Jim Dane beat Republican Tom Ure. Dane's running mate, Ann Roe, beat Ure's running mate, Kay Platt.")
    assert _mates(facts) == {("Ann Roe", "Democratic Party"), ("Kay Platt", "Republican Party")}


def test_running_mates_listed_and_by_the_copula(facts_of):
    facts = facts_of("Republican Jim Dane won the race for governor. Dane's running mates, Ann Roe and Tom Ure, won too.")
    assert _mates(facts) == {("Ann Roe", "Republican Party"), ("Tom Ure", "Republican Party")}
    assert _mates(facts_of("Ann Roe was Tom Ure's running mate in 2022.")) == {("Ann Roe", None)}


def test_running_mates_take_the_party_their_principal_is_given_elsewhere(facts_of):
    facts = facts_of("Jim Dane has been elected governor, as Republicans swept the state's top offices. "
                     "Dane's running mates, Ann Roe and Del. Tom Ure, were declared winners too.")
    assert _mates(facts) == {("Ann Roe", "Republican Party"), ("Tom Ure", "Republican Party")}


def test_the_side_whose_party_is_stated_when_the_other_names_none(facts_of):
    facts = facts_of("Tom Ure polled 12,000 votes to defeat his closest rival, Ann Roe of the Green Party.")
    assert _candidates(facts) == {("Ann Roe", "Green Party")}


def test_one_stated_side_of_a_leadership_contest_is_no_candidacy_for_that_party(facts_of):
    facts = facts_of("Tom Ure polled 120 votes to defeat his closest rival, Ann Roe of the Green Party, for the leadership.")
    assert not _candidates(facts)


def test_the_defeated_side_with_its_party_when_the_winner_has_none_stated(facts_of):
    facts = facts_of("INEC declared the governorship results across Nigeria. Kelby Governor Ann Roe won a second term with "
                     "648,210 votes to defeat Tom Ure of the Labour Party(LP), who polled 287,506.")
    assert ("Tom Ure", "Labour Party (Nigeria)") in _candidates(facts)


def test_a_defeat_in_a_leadership_vote_gives_no_candidate_for_the_seat(facts_of):
    facts = facts_of("Ann Roe was re-elected party leader to defeat Tom Ure of the Green Party in the leadership ballot.")
    assert not _candidates(facts)


def test_a_name_inside_the_object_is_no_rival(facts_of):
    for text in ("Ann Roe won the Fenby by-election for Labour. The council defeated Green councillor Tom Ure's motion "
                 "on parking.",
                 "Ann Roe won the Fenby by-election for Labour. The council defeated the motion of Green councillor Tom Ure "
                 "on parking."):
        assert not _candidates(facts_of(text, dt.date(2024, 5, 3))), text


def test_a_contest_to_come_names_its_sides(facts_of):
    facts = facts_of("Tom Ure won the Republican nomination for Fenby's 1st Congressional District on Tuesday. "
                     "Ure will face Democrat Ann Roe in November for the open seat.")
    assert ("Ann Roe", "Democratic Party") in _candidates(facts)
    facts = facts_of("Tom Ure won the Republican nomination on Tuesday. Ure would face Democrat Ann Roe if she ran.")
    assert not _candidates(facts)


def test_a_general_election_seat_told_as_a_race_in_one_sentence(facts_of):
    facts = facts_of("In Kelby, the BJP's Ann Roe won the Fenby Lok Sabha seat by a margin of 1,02,317 votes, while Congress "
                     "nominee Tom Ure finished a distant second.")
    assert ("Ann Roe", "Bharatiya Janata Party") in _candidates(facts, "roles.candidate-winner")


def test_a_general_election_seat_won_with_no_rival_beside_it_is_no_race(facts_of):
    facts = facts_of("The BJP's Ann Roe won the Fenby Lok Sabha seat in the general election. Congress nominee Tom Ure was "
                     "elsewhere on the day, and finished a distant second in Kelby.")
    assert not _candidates(facts, "roles.candidate-winner")
