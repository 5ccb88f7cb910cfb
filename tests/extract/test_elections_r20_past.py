"""Round 20: past wins told in biographies and background paragraphs."""

import datetime as dt


def results(facts):
    return {(f.seat, f.winner, f.party) for f in facts.elections}


def test_a_seat_lost_to_someone_is_the_seat_the_loser_was_told_winning(facts_of):
    """"He lost the seat in 2014 to Ann Roe": the seat is the one the article told him winning before, not none."""
    text = ("Tom Ure, a former Assembly president, died on Tuesday. He joined the Labour Party as a student. He was first "
            "elected deputy for circuit 2-5, Fenby, in 1994, and held the seat in 1999, 2004 and 2009. He lost the seat in "
            "2014 to the Green Party's Ann Roe, who defeated him by 900 votes.")
    found = results(facts_of(text, dt.date(2024, 10, 18)))
    assert ("Fenby", "Ann Roe", "Green Party") in found


def test_the_losers_won_seat_wins_over_the_articles_contest_for_a_bare_seat_lost(facts_of):
    """Two by-elections; "In 2019 Tom Ure won Fenby ... He had lost the seat in 2014 to Ann Roe": Fenby, Ure's."""
    text = ("Voters in Fenby and Hale go to the polls on Saturday in two by-elections. In the 2019 elections Tom Ure won "
            "Fenby with 61 per cent of the vote. He had lost the seat in 2014 to the Green Party's Ann Roe, who is not "
            "standing this time.")
    found = results(facts_of(text, dt.date(2021, 6, 15)))
    assert ("Fenby", "Ann Roe", "Green Party") in found


def test_a_loser_told_winning_two_seats_owns_no_seat_lost(facts_of):
    """Ure won Fenby and later Hale: "lost the seat to Ann Roe" says neither."""
    text = ("Tom Ure won Fenby for Labour in 2010. He won Hale for Labour in 2015. He lost the seat in 2019 to the Green "
            "Party's Ann Roe.")
    found = results(facts_of(text, dt.date(2024, 10, 18)))
    assert not any(winner == "Ann Roe" and seat in ("Fenby", "Hale") for seat, winner, _ in found)


def test_a_mayor_of_the_municipality_of_a_place_is_its_mayor(facts_of):
    """"an election for mayor of the municipality of Kelby": a mayoral win with no place named is Kelby's."""
    text = ("The election commission has set 15 March as the date of an early election for mayor of the municipality of "
            "Kelby, following the death last month of Mayor Tom Ure. Ure, 61, died on 9 January. He was first elected "
            "mayor in 2017 as the candidate of the Labour Party and was re-elected in the October 2021 local elections.")
    found = results(facts_of(text, dt.date(2026, 2, 2)))
    assert ("Kelby", "Tom Ure", "Labour Party") in found


def test_a_ticket_hung_on_the_seat_won_names_the_party(facts_of):
    """"had won the seat on a Green Party ticket", the parser hanging the ticket on "seat": the ticket's party, not
    the one he switched to."""
    text = ("The Fenby by-election was held on Thursday after the death of Tom Ure, the Labour MP for Fenby. Ure had won "
            "the seat on a Green Party ticket in the 2015 general election, before switching to Labour in 2017.")
    found = results(facts_of(text, dt.date(2021, 3, 14)))
    assert ("Fenby", "Tom Ure", "Green Party") in found


def test_a_tickets_short_name_is_the_party_the_article_names_in_full(facts_of):
    """"on an Animal Justice ticket", with "the Animal Justice Party" named elsewhere: that party, not his later one."""
    text = ("The Fenby by-election was held on Thursday after the death of Tom Ure, the Labour MP for Fenby. The Animal "
            "Justice Party did not stand. Ure had won the constituency in 2015 on an Animal Justice ticket, before "
            "switching to Labour in 2017.")
    found = results(facts_of(text, dt.date(2021, 3, 14)))
    assert ("Fenby", "Tom Ure", "Animal Justice Party") in found
