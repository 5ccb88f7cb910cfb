"""Round 18: seats and offices of contests: a by-election's province, a bare kind of place, an office taken to resign."""

import datetime as dt


def test_a_by_elections_region_is_not_the_seat_a_later_win_is_for(facts_of):
    """"a Tory seat in northern Saskatchewan byelection": the province holds many seats, so "took the riding in the
    1995 general election" is the riding the article names, never a province-wide "Saskatchewan" result."""
    facts = facts_of("Liberals grab Tory seat in northern Saskatchewan byelection\n\nLiberal Ann Roe won the riding of "
                     "Fenby Lakes by 1,203 votes over Conservative Tom Ure. The seat became vacant in June when Tory MLA "
                     "Lee Hale resigned. Hale took the riding from the New Democrats in the 1995 general election.",
                     dt.date(1997, 9, 5))
    assert not any(f.seat == "Saskatchewan" for f in facts.elections)
    assert ("Fenby Lakes", "Lee Hale") in {(f.seat, f.winner) for f in facts.elections}


def test_a_kind_of_place_before_an_office_is_no_place(facts_of):
    """"Village mayor Roe": the headline's capital on a kind of place is no town; "the mayor of the village of Kelby"
    names the town after the kind's "of"."""
    facts = facts_of("Village mayor Roe takes over Labour\n\nAnn Roe, the mayor of a small village, was elected chairman "
                     "of the Labour Party on Sunday.", dt.date(2021, 11, 1))
    assert not any(f.seat == "Village" for f in facts.elections)


def test_the_place_after_a_kind_of_place_is_the_office_s(facts_of):
    """"the mayor of the village of Kelby": the town is the name after the kind's "of", so the headline's mayoralty
    with no place of its own is Kelby's."""
    facts = facts_of("Village mayor Roe takes over Labour\n\nAnn Roe, the mayor of the village of Kelby, was elected "
                     "chairman of the Labour Party on Sunday.", dt.date(2021, 11, 1))
    assert {f.seat for f in facts.elections if f.kind == "mayoral election"} <= {"Kelby"}
    assert "Kelby" in {f.seat for f in facts.elections}


def test_taking_the_chiltern_hundreds_is_no_win(facts_of):
    """The office a member takes to leave the Commons is a resignation: no seat of that name, no result for him."""
    facts = facts_of("Tom Ure, the Conservative MP for Fenby since 2010, took the Chiltern Hundreds in August ahead of "
                     "his introduction to the Lords. Ann Roe won the Fenby by-election for Labour.", dt.date(2023, 10, 20))
    assert not any("Chiltern" in (f.seat or "") for f in facts.elections)
    assert not any(f.winner == "Tom Ure" and f.year == 2023 for f in facts.elections)
