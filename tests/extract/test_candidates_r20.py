"""Round 20: a round-up's results tables whose lines print the seat before each candidate ("Fenby Marsh: Ann Roe (Lab)
612") or the party, the candidate and the votes between dashes ("Labour – Ann Roe – 1,812 (61.3%)"), and the seat's
result such a table gives (roles.candidate-tally in kg/extract/candidates.py, results.headed-table in
kg/extract/elections.py)."""

import datetime as dt

_DAY = dt.date(2026, 2, 13)

_LABELLED = """COUNCIL BY-ELECTIONS: two gains on a busy night

Thursday's council by-elections produced two gains. Our round-up, with figures from returning officers.

Kelby District Council, Fenby Marsh ward (Conservative defence)
Fenby Marsh: Ann Roe (Reform UK) 612
Fenby Marsh: Tom Ure (Conservative) 401
Fenby Marsh: Jo Platt (Labour) 97
REFORM UK GAIN FROM CONSERVATIVE. Turnout 24.1%.

Ashmoor Borough Council, Hale Green ward (Labour defence)
Hale Green: Kay Dunn (Labour) 944
Hale Green: Lee Hale (Green Party) 210
LABOUR HOLD. Turnout 21.6%."""

_DASHED = """Two wards were contested in Wednesday's municipal by-elections.

City of Kelby, Ward 12 (Ashmoor)
Labour – Kay Dunn – 1,812 (61.3%)
Conservative – Lee Hale – 1,106 (38.7%)
LAB HOLD

Fenby Local Municipality, Ward 3 (Hale)
Conservative – Sam Kelby – 988 (52.0%)
Labour – Jo Platt – 912 (48.0%)
CON GAIN FROM LAB"""


def _tallied(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and "roles.candidate-tally" in f.rules}


def _results(facts):
    return {(f.seat, f.winner, f.party) for f in facts.elections}


def test_a_seat_printed_before_each_candidate_is_no_part_of_the_name(facts_of):
    tallied = _tallied(facts_of(_LABELLED, _DAY))
    assert tallied >= {("Ann Roe", "Reform UK"), ("Tom Ure", "Conservative Party"), ("Kay Dunn", "Labour Party"),
                       ("Lee Hale", "Green Party")}
    assert not any(":" in person for person, _ in tallied)


def test_the_label_every_line_prints_is_the_seat_its_top_candidate_won(facts_of):
    results = _results(facts_of(_LABELLED, _DAY))
    assert ("Fenby Marsh", "Ann Roe", "Reform UK") in results
    assert ("Hale Green", "Kay Dunn", "Labour Party") in results


def test_party_then_candidate_between_dashes(facts_of):
    assert _tallied(facts_of(_DASHED, _DAY)) >= {("Kay Dunn", "Labour Party"), ("Lee Hale", "Conservative Party"),
                                                 ("Sam Kelby", "Conservative Party"), ("Jo Platt", "Labour Party")}


def test_a_local_bodys_heading_over_a_table_names_its_seat(facts_of):
    results = _results(facts_of(_DASHED, _DAY))
    assert ("Ward 12", "Kay Dunn", "Labour Party") in results
    assert ("Ward 3", "Sam Kelby", "Conservative Party") in results


def test_a_table_of_no_election_under_a_bodys_heading_is_no_result(facts_of):
    """A council's list of grants, a line each, in an article that names no election, is no seat's result."""
    text = ("Grants awarded this year.\n\nKelby District Council, Fenby Marsh ward\nLabour – Kay Dunn – 1,812 (61.3%)\n"
            "Conservative – Lee Hale – 1,106 (38.7%)")
    assert not _results(facts_of(text, _DAY))


def test_a_tables_heading_run_into_its_first_line_is_no_seat(facts_of):
    """"First preferences: Ann Roe (Lab) 412" opens a table under its heading; the heading is no seat."""
    text = ("The Fenby by-election was held on Thursday.\n\nFirst preferences: Ann Roe (Labour) 1,412\n"
            "Tom Ure (Conservative) 902")
    assert not any(seat == "First preferences" for seat, _, _ in _results(facts_of(text, _DAY)))


_ONE_TABLE = """Labour holds Fenby in by-election after death of veteran MP

Labour has held Fenby at a by-election triggered by the death of its long-serving MP Tom Ure.

Mr Ure, who had represented the Midlands seat since 2005, died in January.

Full result

Ann Roe (Labour) 14,208
Jo Platt (Reform UK) 10,291
Kay Dunn (Conservative) 4,602"""


def test_a_partys_win_takes_the_top_of_the_articles_one_table(facts_of):
    """"Labour has held Fenby" and a table under "Full result" topped by Labour's candidate: she won Fenby, and the
    table's seat taken from "the Midlands seat" gives way to the seat the party's win names."""
    results = _results(facts_of(_ONE_TABLE, _DAY))
    assert ("Fenby", "Ann Roe", "Labour Party") in results
    assert not any(seat == "Fenby" and winner is None for seat, winner, _ in results)
    assert not any(seat == "Midlands" for seat, _, _ in results)


def test_a_partys_win_keeps_no_winner_from_another_partys_table(facts_of):
    text = _ONE_TABLE.replace("(Labour) 14,208", "(Green Party) 14,208")
    assert not any(winner == "Ann Roe" and party == "Labour Party" for _, winner, party in _results(facts_of(text, _DAY)))


def test_a_labelled_line_left_unread_leaves_the_seat_undecided(facts_of):
    """A line of the same label whose party kg does not know may be the real winner: the rest name no result."""
    text = _LABELLED.replace("Fenby Marsh: Ann Roe (Reform UK) 612", "Fenby Marsh: Ann Roe (Fenby 1st) 612")
    assert not any(seat == "Fenby Marsh" for seat, _, _ in _results(facts_of(text, _DAY)))
