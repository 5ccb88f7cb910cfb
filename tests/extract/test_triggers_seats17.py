"""Round 17 (kg/extract/triggers.py): a vacancy's seat is read from its own sentence or section before the article's
main contest, and never from a contest whose "seat" is a pronoun or a word capitalised only by
opening its sentence; a contest the text denies ("there will be no by-election in X") makes no vacancy."""

import datetime as dt


def _triggers(facts_of, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text, dt.date(2022, 11, 25)).triggers}


def test_a_determiner_is_no_contests_seat(facts_of):
    text = ("Labour held Fenby in Thursday's by-election, with Ann Roe elected by 612 votes. The contest was called "
            "after Tom Ure resigned as the town's MP to run a charity.\n\nRead more: Our by-election tracker")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "resignation", "Fenby") in found
    assert all(seat != "Our" for _, _, seat in found)


def test_a_word_opening_a_quotation_is_no_contests_seat(facts_of):
    text = ("Ann Roe held Fenby for Labour in Thursday's by-election. The contest was called after Tom Ure resigned as "
            "the town's MP.\n\n\"Midwinter by-elections rarely bring people out,\" said one academic.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "resignation", "Fenby") in found
    assert all(seat != "Midwinter" for _, _, seat in found)


def test_a_round_up_heading_with_its_council_in_brackets(facts_of):
    text = ("Council by-election results\n\n"
            "KELBY NORTH (Fenby District Council)\nLab gain from Con\nAnn Roe (Lab) 842\nTom Ure (Con) 611\n"
            "The by-election followed the death in September of Conservative councillor Lee Hale.\n\n"
            "ASHMOOR (Hale Borough Council)\nCon hold\nJo Platt (Con) 1,027\nSam Kelby (Lab) 455\n"
            "Caused by the resignation of Conservative councillor Kay Dunn, who has moved away.\n")
    found = _triggers(facts_of, text)
    assert ("Lee Hale", "death", "Kelby North") in found
    assert ("Kay Dunn", "resignation", "Ashmoor") in found


def test_a_denied_contest_read_as_an_interjection_makes_no_vacancy(facts_of):
    text = ("Ann Roe won the Fenby by-election for Labour. There will be no by-election in Kelby ward, where the "
            "resignation last week of Conservative councillor Tom Ure came within six months of the May elections.")
    assert all(person != "Tom Ure" for person, _, _ in _triggers(facts_of, text))


def test_the_voters_place_is_the_seat_left(facts_of):
    text = ("Ann Roe won the Fenby by-election on Saturday. On the same day, voters in the Kelby ward elected a new "
            "councillor after the sitting councillor, Tom Ure, resigned in April to take up a post abroad.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "resignation", "Kelby") in found
    assert ("Tom Ure", "resignation", "Fenby") not in found


def test_a_lower_case_word_is_no_seat(facts_of):
    text = ("Jo Platt will hold Fenby, the projections say. The by-election was called after the death in February of "
            "longtime Conservative MP Tom Ure, who first won the riding in 2008.")
    assert all(seat != "longtime" for _, _, seat in _triggers(facts_of, text))


def test_a_list_seat_filled_by_the_next_name_makes_no_vacancy(facts_of):
    text = ("Ann Roe held Fenby for Labour in Thursday's by-election, called after Tom Ure resigned. Separately, the "
            "regional list seat left vacant by the death last month of Lee Hale will be filled by the next available "
            "name on the party's regional list.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "resignation", "Fenby") in found
    assert all(person != "Lee Hale" for person, _, _ in found)
