"""Round 18 review mends of the first wave's results rules: an outcome line's place must be a place the article knows,
a seat word takes an earlier contest only when that contest heads the win's own clause, and "held on the same day"
demotes only the contest it tells of."""

import datetime as dt

_DATE = dt.date(2024, 5, 2)


def results(facts):  # type: ignore[no-untyped-def]
    return {(f.seat, f.winner, f.party) for f in facts.elections}


def test_a_live_blog_s_label_before_a_dash_is_no_seat(facts_of):
    """"Update - Lab hold": a live blog's label, not a seat; the result is the article's contest's, or none."""
    found = results(facts_of("Fenby by-election live\n\nUpdate - Lab hold\nAnn Roe (Lab) 1,200\nTom Ure (Con) 900\n\n"
                             "The Fenby by-election was called after Jo Platt died.", _DATE))
    assert not any(seat == "Update" for seat, _, _ in found)


def test_an_outcome_line_of_the_article_s_own_seat(facts_of):
    """"Fenby - Lab hold" in an article of the Fenby by-election: the seat is one the article names."""
    found = results(facts_of("Fenby by-election live\n\nFenby - Lab hold\nAnn Roe (Lab) 1,200\nTom Ure (Con) 900\n\n"
                             "The Fenby by-election was called after Jo Platt died.", _DATE))
    assert ("Fenby", "Ann Roe", "Labour Party") in found


def test_an_outcome_line_of_a_place_a_live_entry_heads(facts_of):
    """A summary line's place that a live entry opens with in capitals ("KELBY WEST — with 94% counted") is a seat."""
    text = ("Council elections live\n\n11:52 p.m.\nWe are wrapping up for the night. Here is the one race we followed all "
            "evening.\nKelby West — Con hold (Tom Ure)\n\n10:31 p.m.\nKELBY WEST — with 94% of the vote counted, the "
            "count gives Tom Ure a comfortable lead over Labour's Ann Roe.\n")
    assert ("Kelby West", "Tom Ure", "Conservative Party") in results(facts_of(text, _DATE))


def test_a_contest_lost_in_a_relative_clause_is_not_the_seat_won(facts_of):
    """"Ann Roe, who lost the Kelby by-election in 2019, won the seat": the seat is the article's contest, not Kelby."""
    found = results(facts_of("Ann Roe, who lost the Kelby by-election in 2019, won the seat for Labour. The Fenby "
                             "by-election was held after Tom Ure died. Ann Roe won the Fenby by-election.", _DATE))
    assert not any(seat == "Kelby" for seat, _, _ in found)
    assert ("Fenby", "Ann Roe", "Labour Party") in found


def test_a_contest_in_an_aside_is_not_the_seat_won(facts_of):
    """"Ann Roe (who had lost the Kelby by-election) won the seat": an aside's contest is another one."""
    found = results(facts_of("Ann Roe (who had lost the Kelby by-election) won the seat for Labour. The Fenby "
                             "by-election was held after Tom Ure died. Ann Roe won the Fenby by-election.", _DATE))
    assert not any(seat == "Kelby" for seat, _, _ in found)


def test_an_earlier_year_s_contest_is_not_the_seat_won(facts_of):
    """"In the 2019 Kelby by-election, Ann Roe won the seat" is no win of this year's seat by way of "the seat"."""
    found = results(facts_of("After losing the Kelby by-election in 2019, Ann Roe won the seat for Labour. The Fenby "
                             "by-election was held after Tom Ure died. Ann Roe won the Fenby by-election.", _DATE))
    assert not any(seat == "Kelby" for seat, _, _ in found)


def test_a_contest_that_heads_the_win_s_clause_is_its_seat(facts_of):
    """"In a council by-election in the Ashmoor division, held on the same day, X gained the seat": Ashmoor."""
    found = results(facts_of("Ann Roe won the Fenby by-election for Labour. In a county council by-election in the "
                             "Ashmoor division, held on the same day, the Liberal Democrats' Lee Dunn gained the seat "
                             "from the Conservatives.", _DATE))
    assert ("Ashmoor", "Lee Dunn", "Liberal Democrats") in found


def test_held_on_the_same_day_as_local_elections_keeps_the_main_contest(facts_of):
    """"The Fenby by-election was held on the same day as local elections": Fenby is still the article's contest, not
    a contest of another year the article names once."""
    found = results(facts_of("The Fenby by-election was held on the same day as local elections. Ann Roe won the seat "
                             "for Labour with 12,000 votes. Tom Ure had contested the Kelby by-election in 2019.", _DATE))
    assert ("Fenby", "Ann Roe", "Labour Party") in found
    assert not any(seat == "Kelby" for seat, _, _ in found)


def test_the_same_day_as_another_contest_keeps_the_main_contest(facts_of):
    """"The Fenby by-election took place on the same day as the Hale mayoral election": Fenby's seat is won."""
    text = ("Fenby by-election: Labour hold\n\nThe Fenby by-election took place on the same day as the Hale mayoral "
            "election. Labour's Ann Roe won the seat with 12,000 votes. Tom Ure had stood in the Kelby by-election.")
    found = results(facts_of(text, _DATE))
    assert ("Fenby", "Ann Roe", "Labour Party") in found
    assert not any(seat == "Kelby" for seat, _, _ in found)


def test_held_on_the_same_day_inside_another_contest_s_words(facts_of):
    """"The Hale council by-election held on the same day went to Tom Ure": Hale is the side contest."""
    found = results(facts_of("Ann Roe won the Fenby by-election. The Hale council by-election held on the same day went "
                             "to Tom Ure. Ann Roe won the seat with 12,000 votes.", _DATE))
    assert not any(seat == "Hale" and winner == "Ann Roe" for seat, winner, _ in found)


def test_a_sentence_opened_by_on_the_same_day_tells_a_side_contest(facts_of):
    """"On the same day, Tom Ure won the Hale council by-election": Hale is the side contest, whatever its count."""
    found = results(facts_of("Ann Roe won the Fenby by-election for Labour. On the same day, Tom Ure won the Hale council "
                             "by-election. Ann Roe won the seat with 12,000 votes. Tom Ure had held the Hale seat before.",
                             _DATE))
    assert not any(seat == "Hale" and winner == "Ann Roe" for seat, winner, _ in found)
