"""Review of round 15 (kg/extract/elections.py): a seat named like someone of the article is still a seat, and "won the
district" is no seat's result where its sentence tells of another contest, office or candidacy. Invented names only."""

import datetime as dt


def _results(facts):
    return {(e.seat, e.winner) for e in facts.elections}


def test_a_winner_sharing_the_seats_name_keeps_the_result(facts_of):
    facts = facts_of("Jo Kelby won the Kelby by-election for Labour on Thursday.")
    assert ("Kelby", "Jo Kelby") in _results(facts)


def test_a_winner_described_and_sharing_the_seats_name_keeps_the_result(facts_of):
    facts = facts_of("Tom Hale, a farmer, won the Hale by-election, held after the death of Ann Roe.")
    assert ("Hale", "Tom Hale") in _results(facts)


def test_someone_else_sharing_the_seats_name_keeps_the_result(facts_of):
    facts = facts_of("Ann Roe won the Kelby by-election. Tom Kelby, her agent, was not surprised.")
    assert ("Kelby", "Ann Roe") in _results(facts)


def test_a_titled_surname_is_still_no_seat(facts_of):
    facts = facts_of("Labour councillor Ann Roe has been elected to the Senate. Ms Roe's election leaves a vacancy on "
                     "Fenby County Council.")
    assert not any(e.seat == "Roe" for e in facts.elections)


def test_the_district_won_for_another_office_is_no_result(facts_of):
    facts = facts_of("Ann Roe won the Fenby mayoral election in 2018. Tom Ure, the Republican presidential candidate, "
                     "won the district in 2016.", dt.date(2019, 1, 10))
    assert not any(e.winner == "Tom Ure" for e in facts.elections)
    assert not any(r.person == "Tom Ure" and r.role == "mayor" for r in facts.roles)


def test_the_district_won_in_a_referendum_is_no_result(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. In the national referendum, Tom Ure won the district with 61 "
                     "per cent for the No side.")
    assert not any(e.winner == "Tom Ure" for e in facts.elections)
    assert not any(r.person == "Tom Ure" and r.role == "mp" for r in facts.roles)
