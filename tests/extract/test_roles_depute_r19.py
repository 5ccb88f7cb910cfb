"""Round 19 (wave two): "depute" is Scots for deputy: a Scottish council's depute provost and a party's depute leader
are offices (data/roles.json heads, data/lexicon.json role_prefixes)."""


def _roles(facts):  # type: ignore[no-untyped-def]
    return {(f.person, f.role) for f in facts.roles}


def test_a_council_s_depute_provost_is_an_office(facts_of) -> None:
    facts = facts_of("Councillor Ann Roe, who represented the ward, served as Kelby's depute provost.")
    assert ("Ann Roe", "depute provost") in _roles(facts)


def test_a_party_s_depute_leader_is_an_office(facts_of) -> None:
    facts = facts_of("Ann Roe, the SNP's depute leader, spoke at the count in Fenby.")
    assert ("Ann Roe", "depute leader") in _roles(facts)


def test_a_university_s_deputy_provost_is_no_political_office(facts_of) -> None:
    facts = facts_of("Tom Ure, the university's deputy provost, spoke.")
    assert not any(f.person == "Tom Ure" for f in facts.roles)
