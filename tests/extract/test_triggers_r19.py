"""Round 19's vacancies (kg/extract/triggers.py): a by-election named only as the way a seat is not filled
("rather than by by-election") is none of the article's contests."""

import datetime as dt


def test_a_contest_named_as_the_way_not_taken_is_no_contest_of_the_article(facts_of):
    text = ("Kay Dunn has been co-opted to the Assembly as the new member for Fenby. Ms Dunn fills the seat vacated by "
            "Tom Ure following his election to Parliament. Vacancies in the Assembly are filled by the party's "
            "nominating officer rather than by by-election.")
    assert not facts_of(text).triggers


def test_forgone_reads_the_words_before_the_contest():
    from kg.extract.lexicon import load_lexicon
    from kg.extract.triggers import _forgone
    from kg.nlp import analyse, load_pipeline

    doc = analyse("The seat is filled by the party rather than by by-election, not instead of a vote.", load_pipeline(None))
    start = next(t.i for t in doc if t.lower_ == "rather") + 3  # "rather than by | by-election"
    assert _forgone(doc, start - 1, load_lexicon())
    assert not _forgone(doc, 2, load_lexicon())


def test_a_by_election_named_by_its_country_gives_no_seat_to_its_vacancies(facts_of):
    text = ("Ruling party keeps Fenby seat in Iceland by-election\n\n"
            "The governing Labour Party has retained the Fenby seat, with its candidate Jo Platt winning Friday's "
            "by-election. The by-election was held after the death in April of the seat's long-serving member, Tom Ure, "
            "who died in hospital after a long illness.")
    found = {(t.person, t.cause, t.seat) for t in facts_of(text, dt.date(2014, 6, 21)).triggers}
    assert ("Tom Ure", "death", "Fenby") in found


def test_a_win_the_court_overturned_is_its_winners_vacancy(facts_of):
    text = ("Jo Platt polled 4,118 votes in Saturday's Fenby by-election against 3,902 for Tom Ure of the ruling "
            "Labour Party (LP), whose victory in the 7 October 2022 general election was overturned by the court in "
            "February.")
    found = {(t.person, t.cause, t.seat) for t in facts_of(text, dt.date(2023, 6, 22)).triggers}
    assert ("Tom Ure", "disqualification", "Fenby") in found


def test_a_voided_election_of_a_member_is_no_election_to_another_office(facts_of):
    text = ("In 2012 Labour's Jo Platt won the Fenby seat in a by-election after the Supreme Court voided the 2011 "
            "election of the sitting member, Tom Ure, on bribery charges.")
    found = {(t.person, t.cause, t.seat) for t in facts_of(text, dt.date(2014, 6, 21)).triggers}
    assert found == {("Tom Ure", "disqualification", "Fenby")}


def test_overturning_a_majority_is_no_ruling(facts_of):
    text = ("Kay Dunn won Thursday's Fenby by-election with a majority of 4,812 over Labour's Sam Kelby, overturning "
            "a Labour majority of more than 9,000 at the general election.")
    assert not facts_of(text, dt.date(2008, 7, 25)).triggers
