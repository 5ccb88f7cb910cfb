"""What a seat is (round 15): a title or a person's surname read as a seat is no place, a question word never begins a
place's name, and "the district" a winner took is the seat the article named before (kg/extract/elections.py)."""

import datetime as dt


def test_a_title_before_a_winner_is_no_seat(facts_of):
    facts = facts_of("Fenby constituency (No. 31) is the tightest of the night. Deputy Mayor Ann Roe of the Labour Party "
                     "beats Jo Platt by just 61 votes.")
    assert not any(e.seat == "Deputy" for e in facts.elections)


def test_a_members_title_before_election_is_no_seat(facts_of):
    facts = facts_of("Ann Roe resigned from parliament after she was elected to the European Parliament on the Labour "
                     "ticket in last month's MEP election.")
    assert not any(e.seat == "MEP" for e in facts.elections)


def test_a_persons_surname_is_no_seat(facts_of):
    facts = facts_of("Labour councillor Ann Roe has been elected to the Senate. Ms Roe's election leaves a vacancy on "
                     "Fenby County Council.")
    assert not any(e.seat == "Roe" for e in facts.elections)


def test_a_question_word_is_no_part_of_a_seat(facts_of):
    facts = facts_of("Ann Roe held the seat for Labour in Thursday's by-election.\n\nRelated: Who is Ann Roe? | "
                     "How K.B.'s by-election rules work")
    assert not any(e.seat and e.seat.startswith("How") for e in facts.elections)


def test_the_district_won_is_the_articles_seat(facts_of):
    facts = facts_of("Ann Roe won the District 3 special election on Saturday. The seat was left empty when Tom Ure "
                     "resigned. Ure, who won the district in 2001 and was re-elected in 2003, endorsed Roe.",
                     dt.date(2005, 6, 12))
    assert any(e.winner == "Tom Ure" and e.seat == "District 3" and e.year == 2001 for e in facts.elections)


def test_the_district_won_in_an_article_about_a_mayoralty(facts_of):
    facts = facts_of("Ann Roe of the Labour Party was elected mayor of Fenby on Sunday. The outgoing mayor, Tom Ure, "
                     "was barred from seeking another term. Ure had won the district in 2004 by fewer than 900 votes.",
                     dt.date(2009, 3, 30))
    assert any(e.winner == "Tom Ure" and e.seat == "Fenby" and e.year == 2004 for e in facts.elections)


def test_a_district_not_said_again_is_no_seat(facts_of):
    facts = facts_of("Ann Roe won the District 3 special election on Saturday. Tom Ure won a district in Kelby in 2001.",
                     dt.date(2005, 6, 12))
    assert not any(e.winner == "Tom Ure" and e.seat == "District 3" for e in facts.elections)
