"""A seat's bare "member" (round 17, kg/extract/roles.py roles.seat-member): "the sitting member, Ann Roe", "Its last
member, Tom Ure" name the seat's holder, with the party named among the words or at the name; a "member" no seat word
or seat's possessive goes before holds no seat."""

import datetime as dt

_DAY = dt.date(2024, 5, 3)


def _members(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "member" and "roles.seat-member" in f.rules}


def test_the_sitting_member_named_after_a_comma(facts_of):
    facts = facts_of("The Fenby by-election was called when the sitting member, Ann Roe of the Labour Party, resigned.", _DAY)
    assert _members(facts) == {("Ann Roe", "Labour Party")}


def test_its_last_member_is_a_former_member(facts_of):
    facts = facts_of("Its last member, Tom Ure, lost to Jo Platt in 2011.", _DAY)
    assert {person for person, _ in _members(facts)} == {"Tom Ure"}
    assert {f.status for f in facts.roles if f.person == "Tom Ure" and f.role == "member"} == {"former"}


def test_a_party_possessive_after_the_comma(facts_of):
    facts = facts_of("In Fenby the sitting member, the Conservatives' Ann Roe, lost to Tom Ure.", _DAY)
    assert _members(facts) == {("Ann Roe", "Conservative Party")}


def test_a_member_of_no_seat_gives_nothing(facts_of):
    facts = facts_of("A party member, Ann Roe, said the Fenby vote was fair.", _DAY)
    assert _members(facts) == set()
