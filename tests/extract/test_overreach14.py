"""A reviewer's sentences against round 14's rules (candidates in a count, round-up seats, line tables, partisan
candidates, a seat's winner, vacancies told by "it" or a place): each states no fact a journalist would not.
Sentences invented for the test."""

import pytest


@pytest.mark.parametrize("text", [
    "Ann Roe won the Fenby by-election. Labour's Tom Ure, the council leader, promised a 2 per cent cut in council tax.",
    "Ann Roe won the Fenby by-election. Labour's Tom Ure donated 12,500 to a Hale food bank.",
])
def test_a_figure_of_no_vote_makes_no_candidate(facts_of, text):
    assert not any(f.person == "Tom Ure" and f.role == "candidate" for f in facts_of(text).roles)


def test_places_sentences_open_with_are_no_seats_in_an_article_of_no_election(facts_of):
    facts = facts_of("In Kelby, Ann Roe defeated Tom Ure in a chess match. In Ashmoor, Jo Platt beat Kay Dunn at darts.")
    assert not facts.elections


def test_a_prize_s_final_is_no_round_up_seat(facts_of):
    facts = facts_of("In Fenby, the sun shone as Ann Roe beat Tom Ure in the final of the Hale tennis open. "
                     "The general election is in May.")
    assert not facts.elections


@pytest.mark.parametrize("text", [
    "The Fenby by-election is on Thursday. League table:\nFenby United 54\nHale Rovers 51\nKelby Town 48",
    "The Fenby by-election is on Thursday. Donations to the campaign:\nAnn Roe (Fenby) 12,000\nTom Ure (Hale) 8,500",
])
def test_lines_of_names_and_numbers_are_no_result_without_a_contest_and_parties(facts_of, text):
    assert not facts_of(text).elections


def test_a_listed_candidate_without_a_party_is_kept(facts_of):
    facts = facts_of("The candidates in the Fenby by-election are Labour's Ann Roe, Conservative Tom Ure and local "
                     "businessman Jo Platt.")
    assert any(f.person == "Jo Platt" and f.role == "candidate" for f in facts.roles)


def test_the_winner_of_a_league_s_division_is_no_seat_s(facts_of):
    assert not facts_of("Lee Hale was declared the winner of the Ashmoor division of the county chess league.").elections


@pytest.mark.parametrize("text", [
    "Ann Roe won the Fenby by-election in May. Tom Ure's resignation as treasurer triggered a vote on the party's budget.",
    "Ann Roe won the Fenby by-election. It fell vacant at the bakery after Tom Ure retired.",
])
def test_a_vacancy_of_no_seat_triggers_nothing(facts_of, text):
    assert not facts_of(text).triggers


def test_a_place_left_empty_is_a_seat_only_if_contested(facts_of):
    facts = facts_of("The Fenby by-election is on Thursday. The Kelby Arms fell vacant after landlord Tom Ure retired.")
    assert not any(t.seat == "Kelby Arms" for t in facts.triggers)
