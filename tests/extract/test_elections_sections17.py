"""A round-up's sections (round 16, second wave): under a heading line that names a place ("FENBY NORTH", "FENBY
WARD 3", a live blog's "23:58 Fenby: ..."), "the seat" said bare and an office won with no place ("was elected
mayor") are its section heading's place; a
masthead's label or a byline above the first paragraph, and a heading of ordinary words ("WHAT IT MEANS"), heads no
section (kg/extract/elections.py section_headings, section_place)."""

import datetime as dt

import spacy

from kg.extract.elections import section_headings, section_place

_ROUND_UP = (
    "By-elections: two seats change hands\n\n"
    "The electoral commission announced the results of last Thursday's by-elections on Saturday. Here is the round-up "
    "of the seats our reporters followed.\n\n"
    "FENBY NORTH\n"
    "The Green Party's Ann Roe took the seat from Labour's Tom Ure with a majority of 2,114.\n\n"
    "HALE WEST\n"
    "The council met on Tuesday, and Labour's Jo Platt was elected mayor with the votes of the Greens.\n\n"
    "WHAT IT MEANS\n"
    "The results leave the government slightly stronger in parliament as it prepares its budget.\n"
)


def test_a_win_under_a_place_heading_is_that_places(facts_of):
    facts = facts_of(_ROUND_UP, dt.date(2002, 7, 1))
    won = {(e.winner, e.seat) for e in facts.elections}
    assert ("Ann Roe", "Fenby North") in won
    assert ("Jo Platt", "Hale West") in won


def test_a_later_sections_win_is_not_the_first_sections_seat(facts_of):
    facts = facts_of(_ROUND_UP, dt.date(2002, 7, 1))
    assert not any(e.winner == "Jo Platt" and e.seat == "Fenby North" for e in facts.elections)


def test_headings_name_their_places_as_the_text_would():
    vocab = spacy.blank("en").vocab
    assert section_place("FENBY LOCAL MUNICIPALITY (HALE), WARD 23", vocab) == "Fenby Local Municipality Ward 23"
    assert section_place("WHAT IT MEANS", vocab) is None
    assert section_place("LOCAL ELECTIONS '95", vocab) is None
    assert section_place("THE WEEK IN POLITICS", vocab) is None


def test_a_live_blogs_timed_entries_head_sections():
    text = ("LIVE: Local elections\n\nThe polls have closed and the counting has begun in every town hall across the "
            "whole region tonight.\n\n23:58 Fenby: Roe romps home\nAnn Roe has won.\n\n23:20 Kelby: Ure holds on\nTom "
            "Ure has won.\n\n22:10 Prime Minister reacts\nShe spoke.\n\n10:30 am: Turnout is low.\n")
    assert [h for _, h in section_headings(text)] == ["", "Fenby", "Kelby", "", ""]


def test_a_masthead_label_and_a_byline_head_no_section():
    text = ("OPINION\n\nFenby: Labour wins the seat\n\nANN ROE\nTuesday, 12 July 2016\n\nSaturday's by-election in Fenby "
            "did what by-elections in safe seats usually do, and then everybody spun it.\n")
    assert [h for _, h in section_headings(text)] == ["", ""]
