"""Round 18: in an article about a province's politics, a seat won with no chamber named is the province's."""

from tests.extract.conftest import roles


def test_a_seat_won_in_a_provincial_obituary_makes_a_provincial_member(facts_of):
    """"He won Fenby that spring": the Manitoba legislature's member, an MLA, not an MP."""
    found = roles(facts_of("Tom Ure, the New Democrat who represented Fenby in the Manitoba legislature for two decades, "
                           "died on Sunday. He won Fenby in 1988 by 311 votes. Premier Ann Roe said the Manitoba legislature "
                           "would lower its flag and a by-election would be called in due course."))
    assert any(person == "Tom Ure" and role == "mla" for person, role, _ in found)
    assert not any(person == "Tom Ure" and role == "mp" for person, role, _ in found)


def test_a_federal_seat_in_a_provincial_story_stays_the_nation_s(facts_of):
    """"won Kelby for the federal Conservatives": the result's own words say the nation's house."""
    found = roles(facts_of("Jo Platt quit the Alberta legislature in November. Platt won Kelby for the federal Conservatives in "
                           "the October election. The Alberta legislature will sit in the fall."))
    assert not any(person == "Jo Platt" and role == "mla" for person, role, _ in found)
