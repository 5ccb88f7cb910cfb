"""Round 19: candidates of a council round-up's table written party first, the name in brackets (roles.candidate-tally
in kg/extract/candidates.py)."""

import datetime as dt

_DAY = dt.date(2024, 3, 8)

_TABLE = """FENBY - KELBY BRAES

The SNP held Kelby Braes, the seat left vacant by the death of councillor Ann Roe.

First preferences:
SNP (Tom Ure) 1,912 (39.5%)
Labour (Jo Platt) 1,644 (33.9%)
Liberal Democrat (Lee Hale) 311 (6.4%)
Reform UK (Sam Kelby) 98 (2.0%)
Electorate 17,362; turnout 27.9%; quota 2,423."""


def _tallied(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and "roles.candidate-tally" in f.rules}


def test_a_table_of_parties_with_their_candidates_in_brackets(facts_of):
    assert _tallied(facts_of(_TABLE, _DAY)) >= {("Tom Ure", "Scottish National Party"), ("Jo Platt", "Labour Party"),
                                                ("Lee Hale", "Liberal Democrats"), ("Sam Kelby", "Reform UK")}


def test_a_place_before_a_bracketed_name_is_no_party(facts_of):
    """"Ashmoor (Tom Ure) 1,204": a word that names no party leaves the line alone."""
    text = "Fenby by-election count:\nAshmoor (Tom Ure) 1,204\nKelby (Jo Platt) 988\nTurnout 31%."
    assert not _tallied(facts_of(text, _DAY))


def test_a_field_listed_after_the_participle_of_a_verb_of_selecting(facts_of):
    facts = facts_of("Four candidates were nominated yesterday for the Fenby by-election. Nominated at the Kelby Gymnasium "
                     "were Ann Roe for Labour, Tom Ure for the Conservatives and Jo Platt for the Greens.", _DAY)
    listed = {(f.person, f.party) for f in facts.roles if "roles.candidate-list" in f.rules}
    assert listed >= {("Ann Roe", "Labour Party"), ("Tom Ure", "Conservative Party"), ("Jo Platt", "Green Party")}


def test_a_selection_that_would_be_made_lists_no_field(facts_of):
    facts = facts_of("If Labour wins, nominated to the board would be Ann Roe for Labour and Tom Ure for the Greens.", _DAY)
    assert not any("roles.candidate-list" in f.rules for f in facts.roles)
