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
    from kg.extract.members import _council_bracketed

    assert _council_bracketed("FENBY MARSH (Kelby District Council)", load_lexicon()) == "fenby marsh"
    assert _council_bracketed("FENBY MARSH (Lab hold)", load_lexicon()) is None
    assert _council_bracketed("Fenby Marsh (Kelby District Council)", load_lexicon()) is None
