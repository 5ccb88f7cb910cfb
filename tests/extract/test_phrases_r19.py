"""Round 19: a trade's noun before a generic head makes a job, not an office, whatever place comes before it
(kg/extract/phrases.py _political, _trade)."""

import datetime as dt

_DAY = dt.date(2025, 1, 8)


def test_an_insurance_agent_of_a_place_is_no_office(facts_of):
    facts = facts_of("Ann Roe, a Democrat, won the special election with 52.1%, ahead of 47.4% for Republican Tom Ure, "
                     "an Ashmoor Heights insurance agent and the late delegate's nephew.", _DAY)
    assert not any("agent" in f.role for f in facts.roles)


def test_a_place_still_makes_a_county_chairman_an_office(facts_of):
    facts = facts_of("Ann Roe, the Fenby County chairman of the Republican Party, endorsed Tom Ure.", _DAY)
    assert any(f.person == "Ann Roe" and "chairman" in f.role for f in facts.roles)
