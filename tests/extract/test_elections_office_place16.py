"""An office's place is the article's place for that office, not any place it names (round 16 review): a governorship
won with no state named is not of a state another person moved to, a mayoralty not of a neighbouring town's mayor,
and a club's presidency no country's (kg/extract/elections.py)."""

import datetime as dt


def test_a_state_told_of_another_person_is_no_governorship(facts_of):
    facts = facts_of("Tom Ure was elected governor in 2015. Ann Roe, who had campaigned for him, moved to Georgia last "
                     "year.", dt.date(2021, 3, 19))
    assert not any(e.winner == "Tom Ure" and e.seat == "Georgia" for e in facts.elections)


def test_a_state_the_article_names_of_no_one_is_still_the_governorship(facts_of):
    facts = facts_of("Montana voters went to the polls on Tuesday. Tom Ure was elected governor in 2015.",
                     dt.date(2021, 3, 19))
    assert any(e.winner == "Tom Ure" and e.seat == "Montana" for e in facts.elections)


def test_a_neighbouring_towns_mayor_is_no_mayoralty(facts_of):
    facts = facts_of("Fenby residents went to the polls on Sunday. Tom Ure won the mayoralty in 2005. Ann Roe, the mayor "
                     "of neighbouring Kelby, endorsed his rival.", dt.date(2021, 3, 19))
    assert not any(e.winner == "Tom Ure" and e.seat == "Kelby" for e in facts.elections)


def test_another_persons_mayoralty_is_not_the_winners(facts_of):
    facts = facts_of("Tom Ure won the mayoralty in 2005. Ann Roe, the mayor of Kelby, endorsed his rival.",
                     dt.date(2021, 3, 19))
    assert not any(e.winner == "Tom Ure" and e.seat == "Kelby" for e in facts.elections)


def test_a_clubs_presidency_is_no_countrys(facts_of):
    facts = facts_of("The council meeting ended at 9pm AEST, when Tom Ure, chairman of the Fenby Rugby Club, was elected "
                     "president of the club.", dt.date(2021, 3, 19))
    assert not any(e.winner == "Tom Ure" for e in facts.elections)


def test_a_deputy_mayor_elected_is_not_the_mayoralty_of_the_mayors_town(facts_of):
    # the mayor's town is named, so only the 'deputy' guard (_office_kind) keeps the deputy's election from being a
    # mayoralty of it
    facts = facts_of("Ann Roe is the mayor of Fenby. Tom Ure was elected deputy mayor in 2022.", dt.date(2022, 9, 15))
    assert not any(e.winner == "Tom Ure" and e.seat == "Fenby" for e in facts.elections)
