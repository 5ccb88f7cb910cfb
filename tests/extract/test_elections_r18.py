"""Round 18: a round-up's lines of a seat's outcome ("KELBY - Fenby Marsh (Reform UK gain from Con)") give their
sections' results, with the section's seat, never the article's main contest."""

import datetime as dt


def results(facts):
    return {(f.seat, f.winner, f.party) for f in facts.elections}


_ROUND_UP = ("Ward by-elections: Reform gains in Kelby\n\nTwo seats were fought on Thursday across the county, and the "
             "night belonged to the insurgents.\n\n"
             "KELBY - Fenby Marsh (Reform UK gain from Con)\n"
             "Lee Hale won the seat for Reform UK with 40 per cent, pushing the Conservatives into second.\n"
             "Lee Hale (Reform UK) 1,034\nTom Ure (Con) 902\n\n"
             "ASHMOOR - Hale Park (Lab hold)\n"
             "Labour's Jo Platt held Hale Park comfortably.\n"
             "Jo Platt (Lab) 1,412\nKay Dunn (Green) 1,106\n")


def test_a_section_heading_names_its_seat_and_outcome(facts_of):
    """"won the seat" under "KELBY - Fenby Marsh (...)" is Fenby Marsh's, not the next section's Hale Park."""
    found = results(facts_of(_ROUND_UP, dt.date(2025, 7, 4)))
    assert ("Fenby Marsh", "Lee Hale", "Reform UK") in found
    assert ("Hale Park", "Jo Platt", "Labour Party") in found
    assert not any(seat == "Hale Park" and winner == "Lee Hale" for seat, winner, _ in found)


def test_the_table_under_an_outcome_heading_names_the_winner(facts_of):
    """No sentence tells who won: the top of the section's table, under a heading of seat and outcome."""
    text = ("Council by-elections\n\nThree seats were fought on Thursday, and Labour had a bad night in the north of "
            "the county.\n\nKELBY - Fenby Marsh (Reform UK gain from Con)\nA long night for the Tories.\n"
            "Lee Hale (Reform UK) 1,034\nTom Ure (Con) 902\n\nASHMOOR - Hale Park (Con hold)\nNo surprise here.\n"
            "Sam Kelby (Con) 1,412\nKay Dunn (Lab) 1,106\n")
    found = results(facts_of(text, dt.date(2025, 7, 4)))
    assert ("Fenby Marsh", "Lee Hale", "Reform UK") in found
    assert ("Hale Park", "Sam Kelby", "Conservative Party") in found


def test_a_numbered_ward_s_heading_after_its_council(facts_of):
    """"HALE: Ward 12 (Ashmoor Heights) - Lab gain from Con": the ward is the seat, not the council before the colon;
    "the ward" won in the section is that ward."""
    text = ("Ward by-elections\n\nTwo municipal by-elections were contested on Wednesday, the first test since the "
            "general election. Here is how they went.\n\n"
            "HALE: Ward 12 (Ashmoor Heights) - Lab gain from Con\n\n"
            "Labour's Ann Roe took the ward with 51% of the vote, ahead of the Conservatives' Tom Ure.\n\n"
            "KELBY: Ward 3 (Fenby Rise) - Con hold\n\n"
            "The Conservatives' Jo Platt retained the ward with 62% of the vote.\n")
    found = results(facts_of(text, dt.date(2024, 8, 15)))
    assert ("Ward 12", "Ann Roe", "Labour Party") in found
    assert ("Ward 3", "Jo Platt", "Conservative Party") in found


def test_a_summary_s_outcome_lines_name_their_winners(facts_of):
    """A live blog's summary: "• Fenby — Lab gain from Con (Ann Roe)", one result a line."""
    text = ("Summary of the races we have followed:\n• Hale Vale — Lab gain from Con (Ann Roe)\n"
            "• Kelby — Con hold (Tom Ure)\nThanks for reading.")
    found = results(facts_of(text, dt.date(2024, 2, 18)))
    assert ("Hale Vale", "Ann Roe", "Labour Party") in found
    assert ("Kelby", "Tom Ure", "Conservative Party") in found


def test_a_line_of_no_seat_s_outcome_is_no_result(facts_of):
    """"The night's story - Lab hold" names no seat before its dash; "Hold the line" is no outcome."""
    text = ("The night's story - Lab hold\nHold the line, Ann Roe told Labour activists in Fenby.")
    assert not results(facts_of(text, dt.date(2024, 2, 18)))


def test_an_outcome_line_under_a_capitals_heading(facts_of):
    """"Lab hold" on a line of its own under "FENBY LOCAL MUNICIPALITY, WARD 23": the heading's seat; "the ward" won in
    the section is that ward, not the place of next week's contests the article names."""
    text = ("By-election watch\n\nThree ward by-elections were held on Wednesday across the province, and the party kept "
            "only one of them.\n\nFENBY LOCAL MUNICIPALITY, WARD 23\nLab 71.2% | Con 24.6%\nLab hold\n\n"
            "Labour's Ann Roe comfortably held the ward, which fell vacant when Tom Ure resigned in May.\n\n"
            "HALE MUNICIPALITY, WARD 7\nCon 58.9% | Lab 37.5%\nCon gain from Lab\n\n"
            "Jo Platt won the ward for the Conservatives by 212 votes.\n\nNext week: four by-elections in Ashmoor.\n")
    found = results(facts_of(text, dt.date(2015, 8, 13)))
    assert ("Fenby Local Municipality Ward 23", "Ann Roe", "Labour Party") in found
    assert ("Hale Municipality Ward 7", "Jo Platt", "Conservative Party") in found
    assert not any(seat == "Ashmoor" for seat, _, _ in found)


def test_a_sentence_opening_with_a_seat_in_a_larger_place(facts_of):
    """"In Kelby Paschim in Fenby district, Ann Roe defeated Tom Ure": the seat is the place the sentence opens with,
    not the district it lies in."""
    text = ("The party also won the other two seats where bypolls were held the same day.\n\n"
            "In Kelby Paschim in Fenby district, Labour's Ann Roe defeated Conservative candidate Tom Ure by 12,905 votes.")
    found = results(facts_of(text, dt.date(2024, 11, 23)))
    assert ("Kelby Paschim", "Ann Roe", "Labour Party") in found
    assert not any(seat == "Fenby" for seat, _, _ in found)
