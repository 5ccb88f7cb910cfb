"""Vacancies as whole articles tell them (round 12, kg/extract/triggers.py): the parse's slips and the causes news
from several countries names, in sentences written for the test with invented names."""

import datetime as dt


def _told(facts):
    return {(t.person, t.seat) for t in facts.triggers}


def test_vacated_by_a_name_the_parser_hung_on_the_verb(facts_of):
    facts = facts_of("Votes in Monday's bypolls were counted on Thursday.\n\nIn Fenby, BJP candidate Ann Kumar defeated Tom Das "
                     "by 9,214 votes. The seat was vacated by BJP MLA Jo Platt after he was elected to the Lok Sabha in May.",
                     dt.date(2019, 10, 24))
    assert ("Jo Platt", "Fenby") in _told(facts)


def test_an_earlier_by_election_in_a_named_constituency(facts_of):
    facts = facts_of("Ann Roe won the Hale by-election on Thursday.\n\nA by-election in the neighbouring Vulture-Upton "
                     "constituency in 1999, called after the death of the Popular Party deputy Tom Ure, was won by Jo Platt.",
                     dt.date(2003, 11, 14))
    assert ("Tom Ure", "Vulture-Upton") in _told(facts) and ("Tom Ure", "Hale") not in _told(facts)


def test_a_by_election_in_a_chamber_names_no_seat_by_it(facts_of):
    facts = facts_of("Ann Roe won the Hale by-election on Thursday. A by-election in the Senate seat, called after the death "
                     "of Tom Ure, was won by Jo Platt.", dt.date(2003, 11, 14))
    assert not any(t.seat == "Senate" for t in facts.triggers)


_WAKA = ("Ann Roe won the Fenby by-election with a majority of 3,912. Labour's Jo Platt was second, ahead of the former MP "
         "Tom Ure, who stood as an independent. ")


def test_a_seat_declared_vacant_after_a_party_expulsion_is_a_vacancy_of_its_holder_who_stood_again(facts_of):
    facts = facts_of(_WAKA + "Saturday's by-election was forced after Ure was expelled from the Labour Party in August and his "
                     "seat declared vacant under the anti-defection law.", dt.date(2019, 11, 24))
    assert _told(facts) == {("Tom Ure", "Fenby")}


def test_a_party_expulsion_alone_empties_no_seat(facts_of):
    facts = facts_of(_WAKA + "Ure was expelled from the Labour Party in August and sat as an independent.", dt.date(2019, 11, 24))
    assert not facts.triggers
    facts = facts_of(_WAKA + "Saturday's by-election was forced after Ure was expelled from the Labour Party in August.",
                     dt.date(2019, 11, 24))
    assert ("Tom Ure", "Fenby") not in _told(facts)


def test_vacated_by_a_title_the_parser_took_for_the_agent(facts_of):
    facts = facts_of("Votes in Monday's bypolls were counted on Thursday.\n\nIn Fenby, BJP candidate Ann Kumar defeated Tom Das of "
                     "the Samajwadi Party (SP) by 9,214 votes. The BSP's Jo Arif finished third. The seat was vacated by BJP MLA Om "
                     "Jo Platt after he was elected to the Lok Sabha in May.", dt.date(2019, 10, 24))
    assert ("Om Jo Platt", "Fenby") in _told(facts)


def test_an_office_filled_after_the_predecessor_named_stepped_down(facts_of):
    facts = facts_of("Lawmakers in the state of Fenbyshire on Thursday elected Christian Democrat Tom Ure as state premier, "
                     "ending weeks of uncertainty after his predecessor Ann Roe stepped down on health grounds.", dt.date(2009, 5, 14))
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Ann Roe", "resignation", "Premier")}


def test_a_private_body_or_a_predecessor_who_left_later_makes_no_vacancy(facts_of):
    assert not facts_of("The club elected Tom Ure as president after his predecessor Ann Roe stepped down.").triggers
    assert not facts_of("Lawmakers elected Tom Ure as state premier. His predecessor Ann Roe, who stepped down in 2001, "
                        "now teaches.").triggers


def test_a_member_a_court_ruled_ineligible_who_won_the_seat_back(facts_of):
    facts = facts_of("Labor's Ann Roe has won back Fenby in Saturday's by-election, less than four months after the High Court "
                     "ruled she had been ineligible to sit in Parliament because of her Italian citizenship.", dt.date(2018, 6, 17))
    assert _told(facts) == {("Ann Roe", "Fenby")}


def test_a_ruling_against_another_is_not_the_winners_vacancy(facts_of):
    facts = facts_of("Labor's Ann Roe has won Fenby in Saturday's by-election. Tom Ure, who sat for Fenby, stood down in March. "
                     "Months later the High Court ruled she had been ineligible to sit on the council.", dt.date(2018, 6, 17))
    assert ("Ann Roe", "Fenby") not in _told(facts)


_ROUNDUP = ("Council by-elections: three seats were contested on Thursday.\n"
            "Fenby DC, Hale North\n"
            "Lab hold. Lab (Ann Roe) 612, Con 488. The by-election followed the resignation of Conservative councillor Tom Ure.\n"
            "Kelby BC, Upton West\n"
            "Con gain from Lab. Con (Jo Platt) 402, Lab 398. Called after Cllr Sam Lee (Lab) was disqualified for failing to "
            "attend a meeting for six months.\n"
            "Hale DC, Marsh End\n"
            "LD hold. LD (Kim Ash) 300, Con 200. Cllr Pat Dunn (LD) stood down for family reasons.\n")


def test_each_vacancy_of_a_round_up_is_its_headings_seat(facts_of):
    facts = facts_of(_ROUNDUP, dt.date(2018, 7, 27))
    assert _told(facts) == {("Tom Ure", "Hale North"), ("Sam Lee", "Upton West"), ("Pat Dunn", "Marsh End")}


def test_a_round_up_heading_makes_no_vacancy_of_other_news(facts_of):
    text = _ROUNDUP.replace("Cllr Pat Dunn (LD) stood down for family reasons.", "Cllr Pat Dunn (LD) said she was delighted.")
    text = text.replace("Called after Cllr Sam Lee (Lab) was disqualified for failing to attend a meeting for six months.",
                        "Cllr Sam Lee (Lab) resigned as council leader.")
    assert _told(facts_of(text, dt.date(2018, 7, 27))) == {("Tom Ure", "Hale North")}


def test_one_heading_is_no_round_up(facts_of):
    facts = facts_of("Fenby DC, Hale North\nAnn Roe won the Kelby by-election on Thursday. The by-election followed the "
                     "resignation of councillor Tom Ure.", dt.date(2018, 7, 27))
    assert _told(facts) == {("Tom Ure", "Kelby")}


def test_voters_choosing_a_successor_to_one_who_died(facts_of):
    facts = facts_of("Voters in Fenby and Upton go to the polls on Thursday to choose a successor to Labour's Ann Roe, who "
                     "represented the seat from 1983 until her death in January. Labour has selected Tom Ure to defend a majority "
                     "of 9,870.", dt.date(1995, 3, 1))
    assert {(t.person, t.cause, t.seat) for t in facts.triggers} == {("Ann Roe", "death", "Fenby and Upton")}


def test_no_successor_vacancy_from_a_plan_a_party_or_no_departure(facts_of):
    assert not facts_of("Voters in Fenby will choose a successor to Ann Roe, who plans to resign next year.").triggers
    assert not facts_of("The party members in Fenby chose a successor to Ann Roe, who died in May.").triggers
    assert not facts_of("Voters in Fenby go to the polls to choose a successor to Ann Roe, who is retiring as leader.").triggers


def test_a_successor_who_won_another_contest_leaves_the_articles_seat_alone(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election on Saturday. In Hale, Jo Platt held the seat for the Nationals. Mr Platt "
                     "replaces Tom Ure, who quit Parliament in April.", dt.date(2018, 6, 17))
    assert ("Tom Ure", "Fenby") not in _told(facts)


def test_the_winner_replacing_one_who_quit_parliament_is_the_articles_vacancy(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election on Saturday. Ms Roe replaces Tom Ure, who quit Parliament in April.",
                     dt.date(2018, 6, 17))
    assert _told(facts) == {("Tom Ure", "Fenby")}
