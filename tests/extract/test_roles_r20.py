"""Round 20: members of world parliaments and party officers. "a Member of the National Assembly" (capitalised, or
not) is that title; "Ann Roe, first elected in 2014 as a Labour deputy for Kelby" gives the name its participle
clause qualifies the office; a party's "first secretary" is its officer."""


def _roles(facts):  # type: ignore[no-untyped-def]
    return {(f.person, f.role) for f in facts.roles}


def _parties(facts):  # type: ignore[no-untyped-def]
    return {(f.person, f.role, f.party) for f in facts.roles}


def test_a_capitalised_member_of_the_national_assembly(facts_of) -> None:
    facts = facts_of("Ann Roe is a lawyer from Fenby. She was a Member of the National Assembly from 2015 to 2020.")
    assert ("Ann Roe", "member of the national assembly") in _roles(facts)


def test_a_party_member_of_the_national_assembly_is_that_title(facts_of) -> None:
    facts = facts_of("Tom Ure, a Labour member of the National Assembly, endorsed Ann Roe.")
    assert ("Tom Ure", "member of the national assembly", "Labour Party") in _parties(facts)


def test_a_participle_clause_on_a_name_gives_it_the_office(facts_of) -> None:
    facts = facts_of("Ann Roe, first elected in 2014 as a Labour deputy for Kelby province and re-elected in 2019, "
                     "did not return to parliament.")
    assert ("Ann Roe", "deputy", "Labour Party") in _parties(facts)


def test_a_party_s_first_secretary_is_its_officer(facts_of) -> None:
    facts = facts_of("Tom Ure served out his term, and Labour's provincial first secretary, Ann Roe, rewarded him.")
    assert ("Ann Roe", "provincial first secretary", "Labour Party") in _parties(facts)


def test_an_embassy_s_first_secretary_is_no_party_officer(facts_of) -> None:
    facts = facts_of("Ann Roe, first secretary at the embassy, spoke.")
    assert not any(f.person == "Ann Roe" for f in facts.roles)


def test_one_who_acts_as_mayor_is_the_acting_mayor(facts_of) -> None:
    facts = facts_of("Under the law, the deputy mayor, Tom Ure, has acted as mayor of Fenby since her death.")
    roles = {role for person, role in _roles(facts) if person == "Tom Ure"}
    assert any(role.startswith("acting mayor") for role in roles)
    assert not any(role.startswith("mayor") for role in roles)


def test_a_dated_title_in_apposition_goes_on_to_a_second(facts_of) -> None:
    facts = facts_of("Ann Roe, 63, a Labour deputy since 2007 and vice-president of the party, told reporters she would wait.")
    assert ("Ann Roe", "vice-president") in _roles(facts)


def test_its_member_after_a_seat_is_the_seat_s_member(facts_of) -> None:
    facts = facts_of("The seat fell vacant in January when its member, Tom Ure, was appointed Minister of Livestock.")
    assert ("Tom Ure", "member") in _roles(facts)


def test_its_member_after_a_club_holds_no_seat(facts_of) -> None:
    facts = facts_of("The club grew in January when its member, Tom Ure, was appointed Minister of Livestock.")
    assert ("Tom Ure", "member") not in _roles(facts)

