"""Round 19's members (kg/extract/members.py): a round-up's ward headed in capitals with its council in brackets
("FENBY MARSH (Kelby District Council)") is a council's seat, so its winner is a councillor, never an MP."""
import datetime as dt

_ROUNDUP = ("Council by-election results\n\nResults from Thursday. Figures supplied by returning officers; changes are "
            "from the last time each ward was fought.\n\n"
            "FENBY MARSH (Kelby District Council)\nLab gain from Con\nJo Platt (Lab) 842\nTom Ure (Con) 611\n"
            "Majority 231. Turnout 29.4%.\n\n"
            "HALE PARK (Ashmoor Borough Council)\nCon hold\nKay Dunn (Con) 1,027\nLee Hale (Lab) 455\n"
            "Majority 572. Turnout 21.8%.\n")


def test_a_ward_headed_with_its_council_in_brackets_makes_its_winner_a_councillor(facts_of):
    roles = {(f.person, f.role) for f in facts_of(_ROUNDUP, dt.date(2024, 11, 25)).roles}
    assert ("Jo Platt", "councillor") in roles and ("Kay Dunn", "councillor") in roles
    assert not {("Jo Platt", "mp"), ("Kay Dunn", "mp")} & roles


def test_a_bracket_that_names_no_council_makes_no_council_seat():
    from kg.extract.lexicon import load_lexicon
    from kg.extract.members import _council_section_seat

    assert _council_section_seat("FENBY MARSH (Kelby District Council)", load_lexicon()) == "fenby marsh"
    assert _council_section_seat("FENBY MARSH (Lab hold)", load_lexicon()) is None
    assert _council_section_seat("WHAT IT MEANS", load_lexicon()) is None


def test_a_title_case_line_with_a_council_in_brackets_heads_no_section():
    from kg.extract.elections import section_headings

    text = "Council news\n\nThe council met on Thursday, and the parties argued over the budget late into the night.\n\n"
    assert not [h for _, h in section_headings(text + "Fenby Marsh (Kelby District Council)\n\nMore.") if h]
    assert [h for _, h in section_headings(text + "FENBY MARSH (Kelby District Council)\n\nMore.") if h]


_CAPITALS_ROUNDUP = ("Council by-elections\n\nTwo wards were fought on Thursday, and the counts ran late into the night in "
                     "both of them.\n\nKELBY - FENBY MARSH\n\nLabour held Fenby Marsh comfortably.\n\nFirst preferences:\n"
                     "Labour (Jo Platt) 1,412 (52.0%)\nConservative (Tom Ure) 902 (33.2%)\n\nASHMOOR - HALE PARK\n\n"
                     "The Conservatives took Hale Park from the Greens.\n\nFirst preferences:\n"
                     "Conservative (Kay Dunn) 1,106 (48.1%)\nGreen (Lee Hale) 998 (43.4%)")


def test_a_ward_headed_by_its_council_in_capitals_makes_its_winner_a_councillor(facts_of):
    """"KELBY - FENBY MARSH": the section the results read its winner from is a council's ward, as members read it."""
    roles = {(f.person, f.role) for f in facts_of(_CAPITALS_ROUNDUP, dt.date(2026, 5, 8)).roles}
    assert ("Jo Platt", "councillor") in roles and ("Kay Dunn", "councillor") in roles
    assert not {("Jo Platt", "mp"), ("Kay Dunn", "mp")} & roles
