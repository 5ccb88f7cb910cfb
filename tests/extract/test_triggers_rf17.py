"""Round 17 review fixes (kg/extract/triggers.py): narrowings of the round's vacancy-seat rules, each probed with a
sentence the rule over-reached on."""

import datetime as dt


def _triggers(facts_of, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text, dt.date(2022, 11, 25)).triggers}


def test_the_seat_an_election_is_for_wins_over_the_voters_town(facts_of):
    text = ("Voters in Hale elected a new councillor for the Fenby ward after Tom Ure resigned. Labour's Ann Roe won "
            "the Fenby by-election.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "resignation", "Fenby") in found
    assert ("Tom Ure", "resignation", "Hale") not in found


def test_voters_in_a_country_name_no_seat(facts_of):
    text = ("Voters in Scotland elected a new MSP after Jo Platt resigned. The Fenby by-election was won by Kay Dunn of "
            "the SNP.")
    assert ("Jo Platt", "resignation", "Fenby") in _triggers(facts_of, text)


def test_a_capitals_line_over_one_contests_table_is_no_seat(facts_of):
    text = ("Labour held Fenby in Thursday's by-election.\n\nKEY FIGURES\nAnn Roe (Lab) 1,027\nTom Ure (Con) 800\n"
            "The vote was called after the death of Jo Platt.\n\nLOCAL FACTS\nTurnout (2019) 1,234\n"
            "Population (2021) 12,000\n")
    found = _triggers(facts_of, text)
    assert ("Jo Platt", "death", "Fenby") in found
    assert all(seat != "Key Figures" for _, _, seat in found)
