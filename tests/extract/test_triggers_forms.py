"""Vacancies told in the forms of issue 14's list (round 11, kg/extract/triggers.py): sentences written for the test,
with invented names."""

import datetime as dt

_WON = "Ann Roe won the Fenby by-election for Labour on Thursday. "


def _told(facts):  # type: ignore[no-untyped-def]
    return {(t.person, t.cause, t.seat) for t in facts.triggers}


def test_a_member_until_death_in_a_who_clause(facts_of):
    facts = facts_of("Tom Ure, who had been the Conservative MP for Fenby until his death in March, was well liked. "
                     "The Fenby by-election was held on Thursday.", dt.date(2024, 6, 1))
    assert _told(facts) == {("Tom Ure", "death", "Fenby")}


def test_a_member_until_he_died_or_resigned(facts_of):
    assert _told(facts_of(_WON + "Tom Ure was the member for Fenby until he died last year.")) == {("Tom Ure", "death", "Fenby")}
    assert _told(facts_of(_WON + "Tom Ure served as MP for Fenby until his resignation in May.")) == {
        ("Tom Ure", "resignation", "Fenby")}


def test_a_minister_until_death_left_no_seat(facts_of):
    assert not facts_of(_WON + "Tom Ure was health minister until his death in 2001.").triggers


def test_a_member_for_two_seats_keeps_one(facts_of):
    facts = facts_of("Tom Ure, who won both Fenby and Hale at the general election, kept Hale, forcing a by-election in Fenby.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Fenby")}
    facts = facts_of(_WON + "Tom Ure, elected in both Fenby and Hale in May, kept Hale.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Fenby")}
    facts = facts_of(_WON + "Jo Platt, who had won both seats in May, chose to keep Hale.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Jo Platt", "Fenby")}


def test_a_party_keeping_a_seat_is_no_vacancy(facts_of):
    assert not facts_of("Labour kept Hale, forcing a by-election in Fenby.").triggers
    assert not facts_of(_WON + "Tom Ure kept Hale for the Conservatives.").triggers


def test_the_seat_stood_down_from(facts_of):
    facts = facts_of("Tom Ure, who defected from the Conservatives to Reform UK, stood down as MP for Fenby, triggering a by-election.")
    assert _told(facts) == {("Tom Ure", "resignation", "Fenby")}
    facts = facts_of("A by-election was called after Jo Platt resigned as the Labour member for Hale and Kelby.")
    assert _told(facts) == {("Jo Platt", "resignation", "Hale and Kelby")}


def test_a_head_of_government_elected_after_a_resignation(facts_of):
    facts = facts_of("The state parliament elected Tom Ure as premier, succeeding Ann Roe, who resigned for health reasons.")
    assert {(t.person, t.cause, t.seat.lower()) for t in facts.triggers} == {("Ann Roe", "resignation", "premier")}
    facts = facts_of("Lawmakers elected Jo Platt as prime minister on Tuesday, replacing Tom Ure, who died in office.")
    assert {(t.person, t.seat.lower()) for t in facts.triggers} == {("Tom Ure", "prime minister")}


def test_a_successor_to_one_whose_leaving_is_not_told_makes_nothing(facts_of):
    assert not facts_of("Tom Ure was elected premier, replacing Ann Roe.").triggers
    assert not facts_of("Parliament will elect a new premier to replace Ann Roe, who could resign on Friday.").triggers


def test_a_members_departure_in_a_sentence_of_its_own(facts_of):
    facts = facts_of("Tom Ure, the Labour MP for Fenby, died in March.\n\nHis funeral was held in the town.\n\n"
                     "The Fenby by-election will be held on June 5.")
    assert _told(facts) == {("Tom Ure", "death", "Fenby")}
    facts = facts_of(_WON + "\n\nFenby MP Tom Ure was expelled from the Commons in March.")
    assert _told(facts) == {("Tom Ure", "disqualification", "Fenby")}
    facts = facts_of("Tom Ure quit as the MP for Fenby in April after he was named chief executive of a charity. "
                     "The by-election is on Thursday.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Fenby")}


def test_a_members_departure_from_no_seat_or_another_seat_is_none(facts_of):
    assert not facts_of("Tom Ure, the MP for Fenby, resigned as health minister in March. The Fenby by-election is on Thursday.").triggers
    assert not facts_of("Tom Ure, the MP for Fenby, quit Labour in March. The Fenby by-election is on Thursday.").triggers
    assert not facts_of(_WON + "Tom Ure, the MP for Hale, died in May.").triggers
    assert not facts_of("Tom Ure, the MP for Fenby, may resign next year. The Fenby by-election is on Thursday.").triggers
    assert not facts_of("Tom Ure, the MP for Fenby, said he would stand down to fight the mayoral race. "
                        "The Fenby by-election is on Thursday.").triggers


def test_left_parliament_for_another_post(facts_of):
    facts = facts_of("Tom Ure left parliament to become an adviser to the prime minister, triggering a by-election in Fenby.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Fenby")}


def test_the_seat_a_member_sat_for_when_the_by_election_names_none(facts_of):
    facts = facts_of("Fenby MP Tom Ure stood down in protest at the policy, and Ann Roe won the by-election that followed.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Fenby")}


def test_her_death_is_the_clause_subjects_though_a_place_stands_nearer(facts_of):
    facts = facts_of("Jo Platt, who served as Labour MP for Upper Kelby Vale from 1997 until her death in May, was mourned. "
                     "The Upper Kelby Vale by-election will be held on Thursday.")
    assert _told(facts) == {("Jo Platt", "death", "Upper Kelby Vale")}


def test_resigned_the_seat_named_then_the_bypoll(facts_of):
    facts = facts_of("Tom Ure, elected for both Fenby and Kelby in May, resigned the Kelby seat on Monday. "
                     "A bypoll in Kelby must be held within six months.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Kelby")}


def test_the_seat_opened_and_the_poll_held_after(facts_of):
    facts = facts_of("Jo Platt won the special election for House District 12. The seat opened up when Rep. Tom Ure resigned in May.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "House District 12")}
    facts = facts_of(_WON + "The poll was held after Labour councillor Tom Ure stood down for health reasons.")
    assert _told(facts) == {("Tom Ure", "resignation", "Fenby")}
    assert not facts_of(_WON + "The poll was held after a bitter campaign in which Tom Ure attacked her.").triggers


def test_a_chamber_voting_to_expel_a_member(facts_of):
    facts = facts_of("A special election for the Fenby seat will be held in May after the state senate voted to expel Tom Ure.")
    assert _told(facts) == {("Tom Ure", "disqualification", "Fenby")}
    assert not facts_of(_WON + "The state party voted to expel Tom Ure from the party.").triggers


def test_a_defection_then_standing_down_when_the_parser_loses_the_subject(facts_of):
    facts = facts_of("The Fenby by-election was caused when Tom Ure, elected as a Conservative in 2010, defected to Reform UK in "
                     "September and stood down to seek a fresh mandate. Overnight he won the seat back for his new party.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "Fenby")}
    assert not facts_of("Ann Roe won the Fenby by-election, held after standing down was forced on the sitting member.").triggers


def test_a_club_or_company_electing_its_president_is_no_vacancy(facts_of):
    for text in ("The football federation elected Tom Ure as president, succeeding Ann Roe, who resigned over a bribery scandal.",
                 "The board elected Tom Ure as president of Fenby Motors, succeeding Ann Roe, who died in January.",
                 "The university's council chose Tom Ure as chancellor, replacing Ann Roe, who died in January.",
                 "Fenby Rovers elected Jo Platt as club president, succeeding Tom Ure, who retired after 20 years."):
        assert not facts_of(text, dt.date(2019, 5, 1)).triggers, text


def test_a_former_members_death_years_after_the_contest_made_no_vacancy(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election in 2017. Tom Ure, the former MP for Fenby, died last week, aged 91.",
                     dt.date(2019, 5, 1))
    assert not facts.triggers


def test_a_club_expelling_a_member_unseats_nobody(facts_of):
    facts = facts_of("The golf club voted to expel Tom Ure, the MP for Fenby. The Fenby by-election was held in 2016.",
                     dt.date(2019, 5, 1))
    assert not facts.triggers
