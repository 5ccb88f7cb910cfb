"""Round 19: "House seats" of a country other than the US make no US representative (kg/extract/members.py
member_title)."""

import datetime as dt


def _members(facts):
    return {(f.person, f.role) for f in facts.roles if "roles.member-from-result" in f.rules}


def test_another_countrys_house_seats_make_its_mp(facts_of):
    facts = facts_of("NASSAU, Bahamas – Ann Roe of the PLP won the Fenby seat in the 2021 general election as the PLP "
                     "swept to power with 32 of the 39 House seats.", dt.date(2024, 9, 20))
    assert ("Ann Roe", "mp") in _members(facts) and ("Ann Roe", "representative") not in _members(facts)


def test_a_us_house_seat_still_makes_a_representative(facts_of):
    facts = facts_of("Ann Roe, a Democrat, won the Fenby House seat in Ohio in the special election on Tuesday.",
                     dt.date(2024, 9, 20))
    assert ("Ann Roe", "representative") in _members(facts)
