"""Round 17's seat rules kept to what they were written for (kg/extract/elections.py): two seats a headline joins
are no seat only when the pair is said in the headline alone and each part is a seat of its own in the article
(_without_joined_seats); a word after an opening
bracket is a seat's like any other, only an opening quote capitalises it by position (_opens_sentence); a results
heading's last place is the table's seat only when it is one of the article's seats or the article names none
(_heading_ends_in_place); a seatless "election" before a table is dropped only when it is a body's name
("Elections Canada's count"), as "the last election" is another contest than the article's by-election."""

import datetime as dt

from kg.extract import extract
from kg.nlp import analyse
from tests.extract.conftest import lexicon_with


def _results(facts):
    return {(e.seat, e.winner) for e in facts.elections}


def test_a_seat_with_and_its_parts_named_alone_in_the_body_stays_whole(facts_of):
    text = ("Labour's Ann Roe won Fenby and Hale with 12,000 votes on Thursday. The seat covers the market town of "
            "Fenby and the villages around Hale.")
    assert ("Fenby and Hale", "Ann Roe") in _results(facts_of(text, dt.date(2022, 5, 1)))


def test_a_seat_with_and_said_once_in_its_by_election_stays_whole(facts_of):
    text = ("Ann Roe of the Labour Party won the Fenby and Ashmoor by-election. Turnout was highest in Fenby, where "
            "the Conservatives' Tom Ure lives, and lowest in Ashmoor.")
    assert ("Fenby and Ashmoor", "Ann Roe") in _results(facts_of(text, dt.date(2022, 5, 1)))


def test_a_headline_seat_with_and_whose_parts_win_nothing_alone_stays_whole(facts_of):
    text = ("Labour's Ann Roe wins Fenby and Ashmoor by-election\n\n"
            "The vote was held on Thursday. Turnout was highest on Fenby Road and lowest in Ashmoor.")
    assert ("Fenby and Ashmoor", "Ann Roe") in _results(facts_of(text, dt.date(2022, 5, 1)))


def test_two_seats_a_headline_joins_told_by_their_lines_are_no_one_seat(facts_of):
    text = ("Labour keeps Fenby and Hale in by-elections\n\n"
            "Labour won both seats that went to by-elections on Thursday.\n\n"
            "Fenby (Assembly): Labour's Ann Roe defeated Tom Ure by 812 votes.\n\n"
            "Hale (Assembly): Labour's Jo Platt beat Kay Dunn by 300 votes.")
    assert not any(seat == "Fenby and Hale" for seat, _ in _results(facts_of(text, dt.date(2019, 10, 25))))


def test_a_place_after_an_opening_bracket_is_a_seat(facts_of):
    text = ("(Kelby by-election) Labour's Ann Roe won 1,204 votes to Tom Ure's 977 and took the seat from the "
            "Conservatives.")
    assert ("Kelby", "Ann Roe") in _results(facts_of(text, dt.date(2022, 5, 1)))


def test_a_heading_place_that_is_none_of_the_articles_seats_is_no_seat(facts_of):
    text = ("Labour gains in the Fenby by-election\n\n"
            "Labour's Ann Roe took the Fenby seat from the Conservatives on Thursday.\n\n"
            "The count in full for Ashmoor County:\n"
            "Ann Roe (Lab) 11,204\n"
            "Tom Ure (Con) 9,977\n"
            "Jo Platt (LD) 2,331\n")
    seats = {seat for seat, _ in _results(facts_of(text, dt.date(2021, 5, 8)))}
    assert "Fenby" in seats
    assert "Ashmoor County" not in seats


def test_a_heading_place_word_added_to_the_data_is_read(nlp, tmp_path):
    """"at" is no word of the shipped heading_place_words; added, "The count at Kelby West:" names its table's seat."""
    doc = analyse("By-election night\n\nThe count at Kelby West:\nAnn Roe (Lab) 9,204\nTom Ure (Con) 8,977\n"
                  "Jo Platt (LD) 2,331\n", nlp)
    assert ("Kelby West", "Ann Roe") not in _results(extract(doc, nlp, dt.date(2023, 6, 20)))
    lexicon = lexicon_with(tmp_path, heading_place_words=["at"])
    assert ("Kelby West", "Ann Roe") in _results(extract(doc, nlp, dt.date(2023, 6, 20), lexicon))


def test_an_election_bodys_count_is_of_the_articles_by_election(facts_of):
    text = ("LIVE: By-election night in Fenby-Nord—Hale\n\n"
            "12:20 a.m. — Elections Canada's count with all polls reporting in Fenby-Nord—Hale:\n"
            "Ann Roe (LPC) 16,204\n"
            "Tom Ure (CPC) 14,977\n"
            "Jo Platt (NDP) 5,331\n")
    tables = [e for e in facts_of(text, dt.date(2023, 6, 20)).elections if "results.tally-table" in e.rules]
    assert tables and all(e.kind == "by-election" and e.seat == "Fenby-Nord—Hale" for e in tables)


def test_a_table_of_the_last_election_is_not_the_by_elections_result(facts_of):
    text = ("Fenby by-election called for July\n\n"
            "The by-election follows the death of Tom Ure, the Conservative MP.\n\n"
            "Results of the last election, with all polls in for Fenby:\n"
            "Tom Ure (Con) 19,204\n"
            "Ann Roe (Lab) 8,977\n"
            "Jo Platt (LD) 2,331\n")
    tables = [e for e in facts_of(text, dt.date(2023, 6, 20)).elections if "results.tally-table" in e.rules]
    assert not any(e.kind == "by-election" for e in tables)
