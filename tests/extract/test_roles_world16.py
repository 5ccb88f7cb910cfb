"""Titles of offices outside the English-speaking world (round 16, data/roles.json heads and lexicon.json member_of):
a Swiss councillor's title read whole, not its first word as a party; Spanish-speaking local offices; a prefect;
membership of a national parliament named in its own language is an MP's seat."""

from tests.extract.conftest import roles


def test_a_councillor_of_a_federal_chamber_is_read_whole_not_its_first_word_as_a_party(facts_of):
    found = roles(facts_of("The parliament elected National Councillor Ann Roe to the Federal Council."))
    assert ("Ann Roe", "national councillor", None) in found
    assert not any(party == "National Party" for _, _, party in found)


def test_a_federal_councillor_keeps_the_party_before_the_title(facts_of):
    assert ("Tom Ure", "federal councillor", "Green Party") in roles(facts_of("Green Federal Councillor Tom Ure resigned."))


def test_spanish_local_offices_are_titles_before_a_name(facts_of):
    found = roles(facts_of("Its alcalde, Tom Ure, resigned in March, and concejal Ann Roe of the Labour Party took over."))
    assert ("Tom Ure", "alcalde", None) in found
    assert ("Ann Roe", "concejal", "Labour Party") in found


def test_an_edila_is_a_party_s_role(facts_of):
    assert ("Ann Roe", "edila", "Liberal Party") in roles(facts_of("The Liberal Party's edila Ann Roe considered standing."))


def test_a_county_prefect_is_one_title(facts_of):
    assert ("Tom Ure", "county prefect", "Labour Party") in roles(facts_of("The Labour county prefect Tom Ure resigned."))


def test_a_member_of_a_parliament_named_in_its_own_language_is_an_mp(facts_of):
    assert ("Ann Roe", "mp", "Labour Party") in roles(facts_of("Ann Roe, a Labour member of the Riigikogu, resigned."))
    assert ("Tom Ure", "mp", None) in roles(facts_of("Tom Ure is a member of the Eduskunta."))


def test_a_member_of_a_foreign_body_not_a_parliament_is_no_mp(facts_of):
    assert not any(role == "mp" for _, role, _ in roles(facts_of("Tom Ure is a member of the Fenby Rotary Club.")))


def test_a_member_of_a_chamber_of_representatives_or_a_great_khural_is_an_mp(facts_of):
    found = roles(facts_of("Her successor is Tom Ure, 51, a Labour member of the Chamber of Representatives, who took the oath."))
    assert ("Tom Ure", "mp", "Labour Party") in found
    assert ("Ann Roe", "mp", "Democratic Party") in roles(facts_of(
        "Ann Roe, the Democratic member of the State Great Khural who won the seat in 2008, was killed in June."))


def test_a_title_then_a_comma_then_the_party_s_possessive_names_the_holder(facts_of):
    found = roles(facts_of("The outgoing mayor, the Progress Party's Tom Ure, did not seek another term."))
    assert ("Tom Ure", "mayor", "Progress Party") in found


def test_the_before_a_word_that_is_no_party_is_no_possessive(facts_of):
    found = roles(facts_of("The outgoing mayor, the town's Tom Ure, did not seek another term."))
    assert not any(party == "Progress Party" for _, _, party in found)
