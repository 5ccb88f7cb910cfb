"""Round 19: results of the current contests in round-ups and numbered seats."""

import datetime as dt

from kg.extract.elections import election_mentions
from kg.extract.lexicon import load_lexicon
from kg.nlp import analyse


def results(facts):
    return {(f.seat, f.winner, f.party) for f in facts.elections}


def test_a_capitals_heading_with_its_council_in_brackets_opens_a_section(facts_of):
    """"FENBY MARSH (Kelby District Council)" heads a section: its outcome line and table are that ward's result."""
    text = ("Council by-election results\n\nResults from Thursday. Figures supplied by returning officers; changes are "
            "from the last time each ward was fought.\n\n"
            "FENBY MARSH (Kelby District Council)\nLab gain from Con\nJo Platt (Lab) 842\nTom Ure (Con) 611\n"
            "Majority 231. Turnout 29.4%.\nThe by-election followed the death of a long-serving councillor.\n\n"
            "HALE PARK (Ashmoor Borough Council)\nCon hold\nKay Dunn (Con) 1,027\nLee Hale (Lab) 455\n"
            "Majority 572. Turnout 21.8%.\n")
    found = results(facts_of(text, dt.date(2024, 11, 25)))
    assert ("Fenby Marsh", "Jo Platt", "Labour Party") in found
    assert ("Hale Park", "Kay Dunn", "Conservative Party") in found


_FIRST_PREFERENCES = ("Council by-elections\n\nTwo wards were fought on Thursday, and the counts ran late into the night in "
                      "both of them.\n\nKELBY - FENBY MARSH\n\n{said}\n\nFirst preferences:\n"
                      "Labour (Jo Platt) 1,412 (52.0%)\nConservative (Tom Ure) 902 (33.2%)\nElectorate 9,511.\n\n"
                      "ASHMOOR - HALE PARK\n\nThe Conservatives took Hale Park from the Greens.\n\nFirst preferences:\n"
                      "Conservative (Kay Dunn) 1,106 (48.1%)\nGreen (Lee Hale) 998 (43.4%)\n")


def test_a_party_s_win_in_a_section_takes_the_top_of_its_first_preference_table(facts_of):
    """"Labour held Fenby Marsh" names a party; the table printed "Labour (Jo Platt) 1,412 (52.0%)" names its winner."""
    found = results(facts_of(_FIRST_PREFERENCES.format(said="Labour held Fenby Marsh comfortably."), dt.date(2024, 3, 8)))
    assert ("Fenby Marsh", "Jo Platt", "Labour Party") in found
    assert ("Hale Park", "Kay Dunn", "Conservative Party") in found
    assert not any(winner is None for _, winner, _ in found)


def test_a_table_topped_by_another_party_names_no_winner_for_it(facts_of):
    """"The Greens held Fenby Marsh" over a table Labour tops: the table's top is not the Greens' winner."""
    found = results(facts_of(_FIRST_PREFERENCES.format(said="The Greens held Fenby Marsh comfortably."), dt.date(2024, 3, 8)))
    assert not any(winner == "Jo Platt" and party == "Green Party" for _, winner, party in found)


def test_a_numbered_district_is_the_seat_not_the_state_of_its_chamber(facts_of):
    """"a Maryland House of Delegates seat" names the state's chamber; "House District 14" is the seat; "other special
    elections in Maryland" are the state's several contests, none of them the seat."""
    text = ("Democrat flips Maryland House seat\n\nFENBY, Md. (AP) — Democrat Ann Roe won a special election Tuesday for a "
            "Maryland House of Delegates seat that came open when Republican Del. Tom Ure died in November.\n\n"
            "The victory in House District 14 gives Democrats 52 seats in the House.\n\n"
            "Turnout was about 21% of registered voters, roughly in line with other recent special elections in Maryland.")
    found = results(facts_of(text, dt.date(2025, 1, 8)))
    assert ("House District 14", "Ann Roe", "Democratic Party") in found
    assert not any(seat in ("Maryland", "Delegates") for seat, _, _ in found)


def test_a_seat_numbered_with_no_is_named_whole(nlp):
    """"the Fenby-Hale No. 12 constituency": the number is part of the seat's name, and a results heading in capitals
    ("FENBY-HALE No. 12 BY-ELECTION", its first word capitalised by its place alone) is the same seat."""
    text = ("Labour reclaims Fenby-Hale in rerun\n\nLabour has won back the Fenby-Hale No. 12 constituency in a "
            "by-election held after the court nullified last year's result.\n\nFENBY-HALE No. 12 BY-ELECTION\n\n"
            "Turnout was 39.6 per cent.\n")
    seats = {m.seat for m in election_mentions(analyse(text, nlp), load_lexicon()) if m.seat}
    assert seats == {"Fenby-Hale No. 12"}


def test_a_district_numbered_with_a_hash_keeps_its_number(facts_of, nlp):
    """"the people of District #4": the seat is "District #4", not a bare "District"."""
    text = ("Widow wins Kelby District #4 by-election\n\nFENBY - The commission declared Ann Roe winner of the July 16 "
            "by-election in Kelby County Electoral District #4, the seat left vacant by the death of her husband.\n\n"
            "Roe thanked the people of District #4 for their support.\n\n\"This victory is the people's victory,\" "
            "Roe said.")
    found = facts_of(text, dt.date(2024, 7, 20))
    assert "District" not in {f.seat for f in found.elections}
    seats = {m.seat for m in election_mentions(analyse(text, nlp), load_lexicon()) if m.seat}
    assert "Kelby County Electoral District #4" in seats


def test_a_place_in_a_beaten_rival_s_title_is_no_seat(facts_of):
    """"beating Kelby County Commissioner Tom Ure", "defeated Tom Ure, a former Kelby County commissioner": the county
    is the rival's office, not the contest's place."""
    for text in ("Ann Roe, who has run Fenby as acting mayor since May, won Tuesday's special election, beating a fellow "
                 "Democrat, Kelby County Commissioner Tom Ure, by more than 14 percentage points.",
                 "On April 19, 2022, Ann Roe defeated Republican Tom Ure, a Fenby rancher and former Kelby County "
                 "commissioner, with 58.7% of the vote."):
        assert not any(f.seat == "Kelby County" for f in facts_of(text, dt.date(2024, 8, 7)).elections)


def test_votes_cast_by_delegates_are_the_party_s_leadership_vote(facts_of):
    """"won 702 of the votes cast by delegates at a congress held in Fenby" chose the party's leader, not Fenby's."""
    text = ("The Green Party chose a new leader on Sunday. Ann Roe won 702 of the 1,214 votes cast by delegates at an "
            "extraordinary congress held on the outskirts of Fenby, defeating Tom Ure.")
    found = results(facts_of(text, dt.date(2025, 3, 10)))
    assert ("Leader of the Green Party", "Ann Roe", "Green Party") in found
    assert not any(seat == "Fenby" for seat, _, _ in found)


def test_a_party_electing_its_chairman_elects_its_leader(facts_of):
    """"The Greens elected Ann Roe as its chairman, defeating Tom Ure at a congress in Hale": a leadership vote,
    no contest of Hale; "as first vice-president" is no leader."""
    text = ("The Green Party elected Ann Roe as its chairman on Sunday, narrowly defeating Tom Ure at a party congress "
            "held in Hale. Delegates also elected Jo Platt as first vice-president.")
    found = results(facts_of(text, dt.date(2023, 6, 12)))
    assert ("Leader of the Green Party", "Ann Roe", "Green Party") in found
    assert not any(seat == "Hale" for seat, _, _ in found)
    assert not any(winner == "Jo Platt" for _, winner, _ in found)


def test_a_place_s_next_election_is_nobody_s_win(facts_of):
    """"Fenby's next regular local election is due in 2027": a contest to come, not Fenby's (or anyone's) win."""
    text = "Partial elections are held in Albania when a mayor's post falls vacant. Fenby's next regular local election is due in 2027."
    assert not facts_of(text, dt.date(2024, 3, 11)).elections
