"""Round 19 (wave two): initials a party writes with its joining word counted ("the Coalition of Independents (COI)")
define it as well as initials that skip it (kg/extract/party_names.py _initials_run)."""


def test_initials_that_count_of_define_the_party(facts_of) -> None:
    facts = facts_of("NASSAU, Bahamas - Ann Roe is standing for the Alliance of Fenby Voters (AOFV) in the Kelby "
                     "by-election. The AOFV chairman, Tom Ure, welcomed it.")
    parties = {f.person: f.party or "" for f in facts.roles}
    assert parties.get("Tom Ure", "").startswith("Alliance of Fenby Voters")


def test_initials_that_skip_of_still_define_the_party(facts_of) -> None:
    facts = facts_of("NASSAU, Bahamas - Ann Roe is standing for the Alliance of Fenby Voters (AFV) in the Kelby "
                     "by-election. The AFV chairman, Tom Ure, welcomed it.")
    parties = {f.person: f.party or "" for f in facts.roles}
    assert parties.get("Tom Ure", "").startswith("Alliance of Fenby Voters")


def test_initials_that_fit_neither_way_define_nothing(facts_of) -> None:
    facts = facts_of("NASSAU, Bahamas - The Alliance of Fenby Voters (XQZ) chairman, Tom Ure, welcomed it.")
    assert not any((f.party or "").startswith("Alliance of Fenby Voters") for f in facts.roles)
