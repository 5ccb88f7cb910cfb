"""Round 20: results of the current contests -- title-case sections of numbered seats, counted contests, partial
elections, a member's leaving for another post, a province's round of contests, and lines labelling the one elected."""

import datetime as dt

from kg.extract.elections import election_mentions, section_headings
from kg.extract.lexicon import load_lexicon
from kg.nlp import analyse


def results(facts):
    return {(f.seat, f.winner, f.party) for f in facts.elections}


_SPECIALS = ("Democrats keep state House edge as three Fenby special elections split 2-1\n\n"
             "KELBY — Democrats held onto their narrow majority in the state House on Tuesday night, winning two of three "
             "special elections held across the state, while Republicans kept a rural seat in the north.\n\n"
             "Here's how the three races shook out, according to unofficial results:\n\n"
             "114th Legislative District (Hale County)\n"
             "Democrat Ann Roe defeated Republican Tom Ure, 8,911 to 5,240, to succeed the late Rep. Jo Platt, a Democrat who "
             "died in March.\n\n"
             "117th Legislative District (Ashmoor County)\n"
             "Democrat Kay Dunn beat Republican Lee Hale, 6,402 to 5,877, in the most closely watched of the night's contests.\n\n"
             "121st Legislative District (Kelby and Fenby counties)\n"
             "Republican Sam Kelby easily defeated Democrat Ted Marsh, 7,118 to 2,954.\n\n"
             "The new members will be sworn in next week.")


def test_title_case_numbered_districts_head_a_round_up_s_sections(facts_of):
    """"114th Legislative District (Hale County)" on a line of its own heads a section: each win told under it is
    that district's, and "three Fenby special elections" makes no seat of "Fenby"."""
    found = results(facts_of(_SPECIALS, dt.date(2025, 5, 21)))
    assert ("114th Legislative District", "Ann Roe", "Democratic Party") in found
    assert ("117th Legislative District", "Kay Dunn", "Democratic Party") in found
    assert ("121st Legislative District", "Sam Kelby", "Republican Party") in found
    assert not any(seat in ("Fenby", "Legislative District") for seat, _, _ in found)


def test_a_numbered_seat_line_is_a_heading_whatever_its_case():
    """A numbered seat's name alone on a line after a blank one is a heading; a sentence that opens with one is not."""
    text = ("A long opening paragraph about the state's three special elections held on the same Tuesday night.\n\n"
            "214th Legislative District (Hale County)\nAnn Roe won.\n\n"
            "Ward 12 (Fenby Park)\nTom Ure won.\n\n"
            "The 3rd District result was close.")
    headings = [line for _, line in section_headings(text)]
    assert "214th Legislative District (Hale County)" in headings
    assert "Ward 12 (Fenby Park)" in headings
    assert not any(line.startswith("The 3rd") for line in headings)


def test_a_counted_plural_contest_names_no_seat(nlp):
    """"three Fenby special elections": the place of several contests, none of them its seat; "the 2004 Fenby
    by-elections" is dated, not counted, and "the Fenby and Hale by-elections" names two seats."""
    lexicon = load_lexicon()
    counted = election_mentions(analyse("Democrats won as three Fenby special elections split 2-1.", nlp), lexicon)
    assert [m.seat for m in counted] == [None]
    two = election_mentions(analyse("Labour won the Fenby and Hale by-elections.", nlp), lexicon)
    assert {m.seat for m in two} == {"Fenby", "Hale"}


def test_a_partial_election_is_a_by_election(facts_of):
    """"a partial legislative election" (as French- and Albanian-speaking countries call a by-election) is the seat's
    by-election."""
    text = ("Fenby: Roe wins partial election for seat left by new minister\n\n"
            "The Kelby People's Party has retained the Fenby constituency after a partial legislative election on 14 June. "
            "Ann Roe, the Kelby People's Party candidate, won the partial election with 18,406 votes.")
    facts = facts_of(text, dt.date(2025, 6, 22))
    assert any(f.kind == "by-election" and f.seat == "Fenby" and f.winner == "Ann Roe" for f in facts.elections)


def test_a_member_who_left_to_become_another_office_won_no_seat(facts_of):
    """"after former Rep. Tom Ure resigned to become president of a university": the member's new post wins him no
    seat in the contest's sentence."""
    text = ("Republican Roe wins Kelby special election to replace congressman who left for university job\n\n"
            "By ASSOCIATED PRESS\n\n"
            "FENBY, Ind. (AP) — Republican state Sen. Ann Roe won a special election Tuesday for an open U.S. House seat in "
            "southern Kelby, keeping the seat in GOP hands after former Rep. Tom Ure resigned to become president of "
            "Hale State University.\n\nRoe defeated Democrat Lee Hale in the 11th Congressional District.")
    found = results(facts_of(text, dt.date(2025, 3, 12)))
    assert not any(winner == "Tom Ure" for _, winner, _ in found)
    assert ("11th Congressional District", "Ann Roe", "Republican Party") in found


def test_a_province_s_round_of_contests_gives_no_seat(facts_of):
    """"retained two of its seats and ... took a ward ... in Wednesday's round of by-elections in Kelbyshire": seats
    told by their count, and one of a round's, are none of them named; the province is no seat (nor in the headline's
    "snatch one in Kelbyshire by-elections")."""
    text = ("Labour holds two, Greens snatch one in Kelbyshire by-elections\n\n"
            "KELBY – The Labour Party retained two of its seats and the Green Party took a ward from the Conservative Party "
            "in Wednesday's round of municipal by-elections in Kelbyshire, according to results released by the "
            "electoral commission.\n\nFour wards were contested across three councils.\n\n"
            "Kelby District Council, Ward 13 (Ashmoor)\nLabour – Ann Roe – 4,812 (71.3%)\n"
            "Conservative – Tom Ure – 1,106 (16.4%)\nLAB HOLD\n")
    found = results(facts_of(text, dt.date(2025, 10, 2)))
    assert not any(seat == "Kelbyshire" for seat, _, _ in found)
    assert ("Ward 13", "Ann Roe", "Labour Party") in found


def test_a_line_labelling_the_one_elected_names_its_seat_and_winner(facts_of):
    """"San Pedro de Fenby -- Mayor-elect: Ann Roe (Labour) 4,812; incumbent Tom Ure (Conservative) 4,790. Recount
    requested.": the place before the dash (a "de" inside it) is the seat, the first name its mayor-elect."""
    text = ("Results of the mayoral races held alongside the general election. Winners are listed first.\n\n"
            "KELBYSHIRE\n"
            "San Pedro de Fenby -- Mayor-elect: Ann Roe (Labour) 4,812; incumbent Tom Ure (Conservative) 4,790. Recount "
            "requested.\n"
            "Hale Alto -- Mayor-elect: Kay Dunn (Conservative) 2,944; Lee Hale (Labour) 2,730.\n")
    facts = facts_of(text, dt.date(2025, 12, 6))
    found = results(facts)
    assert ("San Pedro de Fenby", "Ann Roe", "Labour Party") in found
    assert ("Hale Alto", "Kay Dunn", "Conservative Party") in found
    assert all(f.kind == "mayoral election" for f in facts.elections if f.seat in ("San Pedro de Fenby", "Hale Alto"))


def test_a_paragraph_opening_with_a_seat_and_its_chamber_in_brackets_is_its_section(facts_of):
    """"Fenby (Assembly): Labour's Ann Roe defeated ..." and "HALE (Kelbyshire): Tories hold" open sections of a
    round-up: a win told in each is that seat's."""
    text = ("Bypoll results: Labour keeps Fenby, Tories hold Hale\n\n"
            "Labour and the Conservatives won two of the four seats each in the bypolls to the Kelbyshire Assembly, the "
            "results of which were declared on Saturday.\n\n"
            "Fenby (Assembly): Labour's Ann Roe defeated the Conservatives' Tom Ure by 8,412 votes. The seat fell vacant "
            "after Labour MLA Jo Platt died in May.\n\n"
            "Hale (SC) (Assembly): In the day's biggest upset, the Conservatives' Kay Dunn won by 2,106 votes over "
            "Labour's Lee Hale.\n\n"
            "Kelby (Lok Sabha): Labour's Sam Kelby retained the parliamentary seat, defeating Ted Marsh by 9,000 votes.")
    found = results(facts_of(text, dt.date(2019, 10, 24)))
    assert ("Fenby", "Ann Roe", "Labour Party") in found
    assert ("Hale", "Kay Dunn", "Conservative Party") in found


def test_a_title_case_lead_needs_its_bracket_to_head_a_section():
    """"Correction (Dec 5, 19:40):" and a title-case lead with no bracket ("Roe concedes: ...") head no section."""
    text = ("A long opening paragraph about the results of the four bypolls declared on Saturday in the state.\n\n"
            "Fenby (Assembly): Ann Roe won.\n\nCorrection (Dec 5, 19:40): An earlier version misspelt a name.\n\n"
            "Roe concedes: she lost.")
    headings = [line for _, line in section_headings(text)]
    assert headings == ["Fenby"]

