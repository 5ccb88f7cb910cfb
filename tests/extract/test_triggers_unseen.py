"""Vacancies as news from anywhere tells them (round 10, kg/extract/triggers.py): sentences written for the test,
with invented names."""

import datetime as dt

_ROUND = ("Kelby, October 24 (PTI) Votes in Monday's assembly bypolls were counted on Thursday, with the BJP keeping the Fenby "
          "(SC) seat in Westshire.\n\nIn Hale Khas, the JD(U)'s Ann Kumari beat the RJD's Tom Yadav by 2,410 votes. ")


def test_a_place_opening_the_sentence_is_the_seat_though_tagged_a_person(facts_of):
    facts = facts_of(_ROUND, dt.date(2019, 10, 24))
    assert ("Hale Khas", "Ann Kumari") in {(e.seat, e.winner) for e in facts.elections}


def test_a_vacancy_told_after_a_result_is_that_results_seat(facts_of):
    facts = facts_of(_ROUND + "The seat had fallen vacant on the death of four-time RJD MLA Jo Yadav in July.", dt.date(2019, 10, 24))
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Jo Yadav", "death", "Hale Khas")}
    facts = facts_of(_ROUND + "The bypoll was necessitated by the resignation of AAP legislator Jo Yadav, who quit the Assembly in "
                     "April.", dt.date(2019, 10, 24))
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Jo Yadav", "resignation", "Hale Khas")}


def test_a_vacancy_in_another_paragraph_is_not_that_results(facts_of):
    facts = facts_of(_ROUND + "\n\nThe seat had fallen vacant on the death of four-time RJD MLA Jo Yadav in July.", dt.date(2019, 10, 24))
    assert not any(t.seat == "Hale Khas" for t in facts.triggers)


_RUNOFF = "Jo Platt won Tuesday's special election runoff for Fenby House District 18 by just 41 votes. "


def test_a_comma_before_resigned_is_no_cause_of_its_own(facts_of):
    facts = facts_of(_RUNOFF + "The seat opened in June when state Rep. Tom Ure, R-Hale, resigned after Gov. Ann Roe appointed him "
                     "probate judge of Kelby County.", dt.date(2023, 12, 6))
    assert {(t.person, t.cause) for t in facts.triggers} == {("Tom Ure", "resignation")}


def test_a_district_keeps_its_number(facts_of):
    facts = facts_of(_RUNOFF, dt.date(2023, 12, 6))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Fenby House District 18", "Jo Platt")}


def test_a_seat_held_by_one_who_died(facts_of):
    facts = facts_of("Liberal Ann Roe won the Fenby byelection yesterday, beating PC candidate Tom Ure by 2,214 votes. It had been "
                     "held for the PCs since 1995 by Jo Platt, the MPP and one-time assistant to the minister, who died of a heart "
                     "attack in June at 58.", dt.date(2001, 9, 21))
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Jo Platt", "death", "Fenby")}


def test_a_seat_held_by_one_whose_aide_died_is_no_vacancy(facts_of):
    facts = facts_of("Liberal Ann Roe won the Fenby byelection yesterday. Her aide, who died in June, had worked for Jo Platt.",
                     dt.date(2001, 9, 21))
    assert not facts.triggers


def test_a_ward_named_by_its_number(facts_of):
    facts = facts_of("A ward 14 by-election was set for July after DA councillor Ann Roe died in February.", dt.date(2025, 5, 20))
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Ann Roe", "death", "Ward 14")}
