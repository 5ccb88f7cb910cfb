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


_PARTICLE_ROUNDUP = ("Council by-elections\n\nTwo wards were fought on Thursday, and the counts ran late into the night in "
                     "both of them.\n\nKELBY - FENBY MARSH\n\nLabour held Fenby Marsh comfortably.\n\nFirst preferences:\n"
                     "Labour (Ann de Roe) 1,412 (52.0%)\nConservative (Tom Ure) 902 (33.2%)\n\nASHMOOR - HALE PARK\n\n"
                     "The Conservatives took Hale Park from the Greens.\n\nFirst preferences:\n"
                     "Conservative (Kay Dunn) 1,106 (48.1%)\nGreen (Lee Hale) 998 (43.4%)")


def test_a_party_first_item_with_a_particle_in_the_name_gives_the_person_as_winner(facts_of):
    """"Labour (Ann de Roe) 1,412": the results' table reader and the candidates' read the same name (party_first)."""
    facts = facts_of(_PARTICLE_ROUNDUP, dt.date(2026, 5, 8))
    assert {(r.seat, r.winner) for r in facts.elections} >= {("Fenby Marsh", "Ann de Roe"), ("Hale Park", "Kay Dunn")}
    assert not any(r.winner == "Labour" for r in facts.elections)
    assert ("Ann de Roe", "Labour Party") in _tallied(facts)


def test_party_first_reads_the_name_inside_the_brackets():
    from kg.extract.candidates import party_first

    parties = {"Labour", "SNP", "Scottish Greens"}.__contains__
    particles = ("de", "van")
    assert party_first("Labour", "Ann de Roe", parties, particles) == ("Ann de Roe", "Labour")
    assert party_first("Scottish Greens", "Tom van Ure", parties, particles) == ("Tom van Ure", "Scottish Greens")
    assert party_first("Ann Roe", "SNP", parties, particles) is None  # printed name first
    assert party_first("Kelby", "Jo Platt", parties, particles) is None  # a place before the bracket


def test_a_list_nominated_for_an_award_is_no_field(facts_of):
    """"Nominated for the Kelby civic awards were ...": a selecting verb's list is a field only where the sentence or
    its paragraph tells of a contest."""
    for text in ("Nominated for the Kelby civic awards were Ann Roe for Labour and Tom Ure for the Greens, both "
                 "long-serving councillors.",
                 "Picked for the cabinet reshuffle shortlist were Ann Roe for Labour and Tom Ure for the Greens."):
        assert not any("roles.candidate-list" in f.rules for f in facts_of(text, _DAY).roles)


def test_a_list_nominated_in_a_paragraph_of_a_contest_is_its_field(facts_of):
    facts = facts_of("Nominations closed on Friday for the Fenby by-election on 4 April. Picked at the count centre were "
                     "Ann Roe for Labour and Tom Ure for the Greens.", _DAY)
    listed = {(f.person, f.party) for f in facts.roles if "roles.candidate-list" in f.rules}
    assert listed >= {("Ann Roe", "Labour Party"), ("Tom Ure", "Green Party")}


def test_party_first_lines_of_a_table_that_is_no_count_name_no_candidates(facts_of):
    """"Donations:\\nConservative (Tom Ure) 1,412": the shape of a round-up's tally, under a label of no contest."""
    text = ("Fundraising round-up\n\nParties reported their donations this week.\n\nDonations:\n"
            "Conservative (Tom Ure) 1,412\nLabour (Jo Platt) 902")
    assert not _tallied(facts_of(text, _DAY))
    counted = text.replace("Donations:", "Fenby by-election result:")
    assert _tallied(facts_of(counted, _DAY)) >= {("Tom Ure", "Conservative Party"), ("Jo Platt", "Labour Party")}


def test_a_list_nominated_under_a_paragraph_of_a_contest_is_its_field(facts_of):
    facts = facts_of("Four candidates were nominated yesterday for the Fenby by-election.\n\nVoters go to the polls on "
                     "Thursday.\n\nNominated at the Kelby Gymnasium were Ann Roe for Labour and Tom Ure for the Greens. "
                     "Each paid the deposit.", _DAY)
    listed = {(f.person, f.party) for f in facts.roles if "roles.candidate-list" in f.rules}
    assert listed >= {("Ann Roe", "Labour Party"), ("Tom Ure", "Green Party")}
