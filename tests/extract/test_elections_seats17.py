"""What is no seat (round 17): a person's surname owning a by-election ("Dunn's by-election record"), a pronoun or
determiner before one ("Our by-election tracker"), a word capitalised only because it opens a quoted sentence
("Midwinter by-elections rarely ..."), and two seats a headline joins ("Labour keeps Fenby and Hale") that the
article names each on its own (kg/extract/elections.py election_mentions, _seat_before, _without_joined_seats)."""

import datetime as dt

from kg.extract.elections import election_mentions
from kg.extract.lexicon import load_lexicon


def _seats(nlp, text):
    return {m.seat for m in election_mentions(nlp(text), load_lexicon()) if m.seat}


def test_a_persons_surname_owning_a_by_election_is_no_seat(nlp):
    text = ("Prime Minister Kay Dunn said nothing on the night. The Greens won the Fenby by-election.\n\n"
            "Related: Dunn's by-election record since 2019")
    seats = _seats(nlp, text)
    assert "Dunn" not in seats
    assert "Fenby" in seats


def test_a_determiner_before_a_by_election_is_no_seat(nlp):
    seats = _seats(nlp, "Labour held the Fenby by-election.\n\nRead more: Our by-election tracker for 2022")
    assert "Our" not in seats


def test_a_word_opening_a_quoted_sentence_is_no_seat(nlp):
    text = ('The turnout in Fenby was low. "Midwinter by-elections with no national question rarely bring people out," '
            "said one academic.")
    assert "Midwinter" not in _seats(nlp, text)


def test_two_seats_a_headline_joins_are_no_one_seat(facts_of):
    text = ("Labour keeps Fenby and Ashmoor in by-elections\n\n"
            "Labour won both by-elections held on Thursday.\n\n"
            "In Fenby, Labour's Ann Roe defeated Tom Ure by 812 votes.\n\n"
            "In Ashmoor, Labour's Jo Platt beat Kay Dunn by 300 votes.")
    facts = facts_of(text, dt.date(2019, 10, 25))
    assert not any(e.seat == "Fenby and Ashmoor" for e in facts.elections)


def test_a_seat_with_and_in_its_name_stays_whole(facts_of):
    text = ("Labour holds Fenby and Ashmoor\n\n"
            "Labour's Ann Roe won the Fenby and Ashmoor by-election on Thursday, beating Tom Ure by 812 votes. "
            "Turnout in Fenby and Ashmoor was 31 per cent.")
    facts = facts_of(text, dt.date(2019, 10, 25))
    assert any(e.seat == "Fenby and Ashmoor" and e.winner == "Ann Roe" for e in facts.elections)


_LIVE = ("LIVE: By-election night in Fenby-Nord—Hale-sur-Mer\n\n"
         "12:20 a.m. — The count with all polls reporting in Fenby-Nord—Hale-sur-Mer:\n"
         "Ann Roe (Lab) 16,204\n"
         "Tom Ure (Con) 14,977\n"
         "Jo Platt (LD) 5,331\n\n"
         "11:35 p.m. — Broadcasters project Labour's Ann Roe will win Fenby-Nord—Hale-sur-Mer, taking the seat "
         "from the Conservatives.\n")


def test_a_table_under_a_heading_ending_in_a_place_is_that_places(facts_of):
    facts = facts_of(_LIVE, dt.date(2023, 6, 20))
    tables = [e for e in facts.elections if "results.tally-table" in e.rules]
    assert any(e.seat == "Fenby-Nord—Hale-sur-Mer" and e.winner == "Ann Roe" for e in tables)


def test_a_dashed_name_won_is_the_seat(facts_of):
    facts = facts_of(_LIVE, dt.date(2023, 6, 20))
    won = [e for e in facts.elections if "results.won-verb" in e.rules]
    assert won and all(e.seat == "Fenby-Nord—Hale-sur-Mer" for e in won)


def test_a_table_with_one_unknown_ballot_code_is_still_a_result(facts_of):
    text = ("By-election night in Kelby\n\n"
            "Results with all polls in for Kelby West:\n"
            "Ann Roe (QZX) 9,204\n"
            "Tom Ure (Con) 8,977\n"
            "Jo Platt (Lab) 2,331\n"
            "Kay Dunn (LD) 1,100\n")
    facts = facts_of(text, dt.date(2023, 6, 20))
    assert any(e.seat == "Kelby West" and e.winner == "Ann Roe" for e in facts.elections)


def test_the_partys_candidate_who_polled_most_won_not_its_candidate_in_another_contest(facts_of):
    text = ("Greens take Fenby from Labour\n\n"
            "The Green Party won the Fenby parliamentary by-election on Saturday.\n\n"
            "Ann Roe of the Greens polled 5,812 votes against 5,401 for Labour's Tom Ure.\n\n"
            "On the same day, voters in the Hale ward elected a new councillor. Labour held the ward: Jo Platt beat the "
            "Green candidate Kay Dunn by six votes.")
    facts = facts_of(text, dt.date(2016, 8, 21))
    fenby = [e for e in facts.elections if e.seat == "Fenby"]
    assert fenby and all(e.winner == "Ann Roe" for e in fenby)
