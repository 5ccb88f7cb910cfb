"""Round 19: a party's name the article defines by its initials, built head first ("the Coalition for Fair Renewal
(CFR)"), is that party, not the known party's name inside it (kg/extract/party_names.py defined_names)."""


def test_a_name_headed_by_a_party_word_before_for_is_the_party_its_initials_define(facts_of) -> None:
    facts = facts_of("MONROVIA, Liberia – Ann Roe of the opposition Coalition for Fair Renewal (CFR) won the Fenby "
                     "by-election. The CFR's county chairman, Tom Ure, welcomed it.")
    parties = {f.person: f.party for f in facts.roles}
    assert parties.get("Ann Roe", "").startswith("Coalition for Fair Renewal")
    assert parties.get("Tom Ure", "").startswith("Coalition for Fair Renewal")


def test_a_name_whose_initials_do_not_fit_is_left_alone(facts_of) -> None:
    facts = facts_of("MONROVIA, Liberia - Ann Roe of the Coalition for Fair Renewal (XYZ) won the Fenby by-election.")
    assert not any((f.party or "").startswith("Coalition for Fair Renewal") for f in facts.roles)
