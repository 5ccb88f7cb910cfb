"""The member a result makes where the article tells the contest a council's (round 16, kg/extract/members.py):
a seat whose sentence calls its by-election a regional council's makes a councillor, not an MP."""

from tests.extract.conftest import roles


def test_a_seat_told_in_a_council_by_election_makes_a_councillor(facts_of):
    found = roles(facts_of("Labour retained the Fenby constituency in Friday's regional council by-election. "
                           "Ann Roe won Fenby for Labour."))
    assert ("Ann Roe", "councillor", "Labour Party") in found
    assert ("Ann Roe", "mp", "Labour Party") not in found


def test_a_council_by_election_elsewhere_in_the_article_leaves_a_parliamentary_seat_an_mp(facts_of):
    found = roles(facts_of("Ann Roe won the Fenby by-election for Labour. On the same night the Tories won the Hale "
                           "council by-election."))
    assert ("Ann Roe", "mp", "Labour Party") in found


def test_a_seat_told_with_a_parliamentary_cue_stays_an_mp_though_councils_are_named_there(facts_of):
    found = roles(facts_of("Ann Roe won Fenby for Labour in the parliamentary by-election, a week after the council "
                           "elections."))
    assert ("Ann Roe", "councillor", "Labour Party") not in found
    assert ("Ann Roe", "mp", "Labour Party") in found
