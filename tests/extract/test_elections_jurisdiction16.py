"""An office's contest is for the office's place (round 16): a mayoralty, governorship or presidency won with no place
in the words of the win is the town the article says the mayor is of, the one state it names, the article's country;
with none, no result (kg/extract/elections.py)."""

import datetime as dt


def test_a_mayoralty_won_is_the_towns_the_article_names_the_mayor_of(facts_of):
    facts = facts_of("Ann Roe, the mayor of Fenby, has died aged 80. A teacher, she won the 1996 mayoral election for "
                     "Labour and served three terms.", dt.date(2021, 3, 19))
    won = [e for e in facts.elections if e.winner == "Ann Roe"]
    assert won and all(e.seat == "Fenby" for e in won)


def test_an_office_won_with_no_place_known_is_no_result(facts_of):
    facts = facts_of("Ann Roe, a teacher, was elected mayor in 1996.", dt.date(2021, 3, 19))
    assert not any(e.winner == "Ann Roe" and not e.seat for e in facts.elections)


def test_a_governorship_is_the_one_states_the_article_names(facts_of):
    facts = facts_of("Gov. Ann Roe on Thursday appointed Tom Ure to the vacant seat. \"Montana deserves a senator who "
                     "works,\" Ure said. Roe, who was elected governor in 1996, said she chose him for his record.",
                     dt.date(1997, 8, 15))
    won = [e for e in facts.elections if e.winner == "Ann Roe"]
    assert won and all(e.seat == "Montana" for e in won)


def test_a_mayoralty_won_again_is_the_town_the_voters_elected_in(facts_of):
    facts = facts_of("Voters in Kelby Bay on Sunday elected the Labour Party's Jo Platt as mayor. Her predecessor, Tom "
                     "Ure, who died in March, first won the mayoralty in 2005 and was re-elected in 2009.",
                     dt.date(2015, 6, 22))
    won = {(e.winner, e.seat) for e in facts.elections}
    assert ("Jo Platt", "Kelby Bay") in won and ("Tom Ure", "Kelby Bay") in won
    assert not any(e.winner == "Tom Ure" and not e.seat for e in facts.elections)


def test_a_deputy_mayor_elected_won_no_mayoralty(facts_of):
    facts = facts_of("Ann Roe was elected mayor of Fenby on Thursday. Councillor Tom Ure was elected deputy mayor in 2022.",
                     dt.date(2022, 9, 15))
    assert not any(e.winner == "Tom Ure" and e.seat == "Fenby" for e in facts.elections)


def test_a_town_of_the_articles_country_is_not_elsewhere(facts_of):
    facts = facts_of("The Senegalese Democratic Party swept the country in 2000, when Ann Roe of the party won the "
                     "presidency, and the party's wave reached the town of Fenby in Thies two years later.", dt.date(2021, 3, 19))
    won = [e for e in facts.elections if e.winner == "Ann Roe"]
    assert won and all(e.seat == "Senegal" for e in won)
