"""Round 19: a past win told in passing. "Tom Ure, who had held the seat since 2015" is the result of the seat's
earlier election (results.held-since); "the post", a party's tenure or a year not before the article's are none."""

import datetime as dt


def results(facts):
    return {(f.seat, f.winner, f.party) for f in facts.elections}


def test_a_tenure_since_a_year_is_a_past_win_of_the_contest_s_seat(facts_of):
    text = ("Ann Roe won the Fenby by-election on Thursday. The contest was triggered when voters signed a petition to "
            "remove Tom Ure, who had held the seat for the Conservatives since 2015.")
    found = results(facts_of(text, dt.date(2023, 10, 20)))
    assert ("Fenby", "Tom Ure", "Conservative Party") in found


def test_a_named_seat_held_from_a_year(facts_of):
    text = "Ann Roe won the Fenby by-election on Saturday. Tom Ure held Ashmoor from 2014 until he retired last year."
    found = results(facts_of(text, dt.date(2024, 5, 2)))
    assert ("Ashmoor", "Tom Ure", None) in found
    assert ("Fenby", "Tom Ure", None) not in found


def test_a_tenure_since_an_election_of_a_year(facts_of):
    text = ("Ann Roe won the Fenby by-election on Saturday. The by-election was triggered by the resignation of Tom "
            "Ure, the Liberal MP who had held the seat since the 2008 state election.")
    found = results(facts_of(text, dt.date(2019, 3, 16)))
    assert any(seat == "Fenby" and winner == "Tom Ure" for seat, winner, _ in found)


def test_a_post_held_or_a_party_s_tenure_is_no_win(facts_of):
    text = ("Ann Roe won the Fenby by-election on Thursday, taking a seat the Conservatives had held since 2010. "
            "Lee Hale, who had held the post since 2019, stood down.")
    found = results(facts_of(text, dt.date(2023, 10, 20)))
    assert not any(winner == "Lee Hale" for _, winner, _ in found)
    assert not any(winner is None for _, winner, _ in found)


def test_a_tenure_from_the_article_s_own_year_is_none(facts_of):
    text = "Ann Roe won the Fenby by-election on Thursday. Tom Ure, who had held the seat since 2023, had resigned."
    found = results(facts_of(text, dt.date(2023, 10, 20)))
    assert not any(winner == "Tom Ure" for _, winner, _ in found)


def test_a_seat_represented_since_a_year(facts_of):
    text = ("Ann Roe won the Fenby by-election on Thursday. The vacancy arose from the death of Cllr Tom Ure, who had "
            "represented the ward for Labour since 1995.")
    found = results(facts_of(text, dt.date(2018, 5, 4)))
    assert ("Fenby", "Tom Ure", "Labour Party") in found


def test_an_area_represented_on_a_council_is_no_seat_won(facts_of):
    text = ("Ann Roe won the Fenby by-election on Thursday. Jo Platt, who has represented the Hale Water area on "
            "Ashmoor Council since 2014, will take her place.")
    found = results(facts_of(text, dt.date(2021, 5, 4)))
    assert not any(winner == "Jo Platt" for _, winner, _ in found)


def test_a_past_win_in_a_relative_clause_on_a_passive_subject(facts_of):
    """"Dunn, who won the seat in 1995, was convicted": the relative clause is active, whatever the main clause is."""
    text = ("Tom Ure of Labour won the Fenby by-election on Saturday. The seat fell vacant after Kay Dunn was "
            "disqualified. Dunn, who won the seat for the Conservatives in 1995, was convicted of corruption in April.")
    found = results(facts_of(text, dt.date(1997, 7, 13)))
    assert ("Fenby", "Kay Dunn", "Conservative Party") in found
    assert ("Fenby", "Tom Ure", "Labour Party") in found


def test_a_passive_relative_clause_still_needs_an_electing_verb(facts_of):
    text = ("Tom Ure of Labour won the Fenby by-election on Saturday. Kay Dunn, who was held in high regard in 1995, "
            "was convicted of corruption in April.")
    found = results(facts_of(text, dt.date(1997, 7, 13)))
    assert not any(winner == "Kay Dunn" for _, winner, _ in found)


def test_a_contest_s_seat_the_model_takes_for_a_name_is_held(facts_of):
    text = "Ann Roe won the Kelby by-election on Saturday. Tom Ure held Kelby from 2014 until he retired last year."
    found = results(facts_of(text, dt.date(2024, 5, 2)))
    assert ("Kelby", "Tom Ure", None) in found



def test_the_seat_held_is_no_contest_named_only_after_it(facts_of):
    text = ("Lib Dems take Hale Park\nThe by-election followed the death of Conservative councillor Tom Ure, who had "
            "represented the ward since 2003.\nThere will be no by-election in Fenby ward, where Jo Platt resigned.")
    found = results(facts_of(text, dt.date(2022, 11, 25)))
    assert not any(winner == "Tom Ure" for _, winner, _ in found)
