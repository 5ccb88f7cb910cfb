"""Round 18: a round-up of council by-elections that heads each seat with its council's name and outcome ("FENBY -
Ashmoor Rise (Con gain from Lab)", read by elections.body_heading) makes its winner a councillor, not an MP
(kg/extract/members.py _a_ward, _headed_council_seat)."""

_ROUND_UP = """Council by-elections: Labour holds Hale Park

KELBY - Hale Park (Lab hold)
Labour's Ann Roe held Hale Park comfortably despite a strong Green challenge.
Ann Roe (Lab) 1,412
Tom Ure (Green) 1,106

FENBY - Ashmoor Rise (Con gain from Lab)
Jo Platt gained Ashmoor Rise by 88 votes.
Jo Platt (Con) 1,517
Kay Dunn (Lab) 1,429
"""


def _members(facts_of, text: str) -> set[tuple[str, str]]:
    return {(r.person, r.role) for r in facts_of(text).roles if "roles.member-from-result" in r.rules}


def test_a_council_round_ups_headed_seat_makes_a_councillor(facts_of):
    found = _members(facts_of, _ROUND_UP)
    assert ("Jo Platt", "councillor") in found
    assert not any(role == "mp" for _, role in found)


def test_a_states_headed_district_with_no_council_is_no_ward(facts_of):
    text = ("Special elections: Democrats hold Hale\n\nHALE - House District 12 (Dem hold)\n"
            "Ann Roe won House District 12 by 300 votes.\nAnn Roe (Dem) 4,120\nTom Ure (Rep) 3,820\n")
    assert not any(role == "councillor" for _, role in _members(facts_of, text))
