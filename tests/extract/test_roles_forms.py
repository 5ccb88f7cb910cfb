"""Role and person forms of news from anywhere (kg/extract/roles.py, phrases.py, people.py): titles with words after
their head ("Mayor Pro Tem"), chambers by their own names ("the Lok Sabha"), verbs of leaving that look like verbs
of standing ("stood down as MP"). Sentences written for these tests, with invented names."""

from tests.extract.conftest import roles


def _of(facts, person):
    return {(f.role, f.party, f.status) for f in facts.roles if f.person == person}


def test_pro_tem_belongs_to_the_title_not_the_name(facts_of):
    facts = facts_of("Mayor Pro Tem Jo Platt, a Democrat, chaired the meeting.")
    assert ("Jo Platt", "mayor pro tem", "Democratic Party") in roles(facts)
    assert not [f for f in facts.roles if "Tem" in f.person or "Pro" in f.person]


def test_president_pro_tempore_before_a_name(facts_of):
    facts = facts_of("Senate President Pro Tempore Tom Ure said the vote would wait.")
    assert [f.person for f in facts.roles] == ["Tom Ure"]


def test_elected_to_a_chamber_named_in_its_own_language_is_its_member(facts_of):
    facts = facts_of("Ann Roe was elected to the Lok Sabha from Fenby in 2014 as a Bharatiya Janata Party candidate.")
    assert ("Ann Roe", "mp", "Bharatiya Janata Party") in roles(facts)


def test_a_member_of_a_state_assembly_by_its_own_name_is_an_mla(facts_of):
    facts = facts_of("Tom Ure, a member of the Vidhan Sabha, spoke.")
    assert ("Tom Ure", "mla", None) in roles(facts)


def test_elected_to_a_devolved_parliament_is_its_member(facts_of):
    facts = facts_of("Jo Platt was elected to the Scottish Parliament in 2021.")
    assert any(p == "Jo Platt" and r == "msp" for p, r, _ in roles(facts))


def test_standing_down_as_mp_is_leaving_the_seat_not_standing_for_it(facts_of):
    facts = facts_of("Tom Ure, who defected from the Conservatives to Reform UK, stood down as MP for Fenby.")
    assert not [f for f in facts.roles if f.role.startswith("candidate")]
    assert any(r.startswith("mp") and status == "former" for r, _, status in _of(facts, "Tom Ure"))


def test_stepping_aside_as_leader_is_a_former_leader(facts_of):
    facts = facts_of("Ann Roe stood aside as leader of the Fenby Party.")
    assert {status for r, _, status in _of(facts, "Ann Roe") if r.startswith("leader")} == {"former"}


def test_standing_for_a_party_is_still_a_candidacy(facts_of):
    facts = facts_of("Tom Ure will stand for Reform UK in Fenby.")
    assert ("Tom Ure", "candidate", "Reform UK") in roles(facts)


def test_a_possessive_typed_with_an_opening_quote_is_no_part_of_the_name(facts_of):
    facts = facts_of("Labour‘s Tom Ure, the MP for Fenby, spoke.")
    assert ("Tom Ure", "mp for fenby", "Labour Party") in roles(facts)


def test_an_office_denied_hoped_for_or_conditional_is_not_held(facts_of):
    for text in ("If Ann Roe becomes leader of the Labour Party, she will reshuffle the cabinet.",
                 "Ann Roe would become prime minister if Labour won.",
                 "Ann Roe is not the MP for Fenby, despite reports.",
                 "Ann Roe has never been a minister.",
                 "Ann Roe denied she was a candidate for the leadership.",
                 "Ann Roe hopes to become mayor of Fenby.",
                 "Ann Roe is expected to be named health secretary.",
                 "Ann Roe could be the next leader of the Green Party.",
                 "Ann Roe is tipped to become the next foreign minister.",
                 "Ann Roe declined to become minister of health.",
                 "Ann Roe turned down the post of finance minister."):
        assert not [f for f in facts_of(text).roles if f.person == "Ann Roe"], text


def test_an_office_told_as_done_or_announced_is_held(facts_of):
    for text, role in (("Ann Roe went on to become prime minister.", "prime minister"),
                       ("Ann Roe is no longer the MP for Fenby.", "mp for fenby"),
                       ("Ann Roe would stay finance minister, the party said.", "finance minister"),
                       ("Ann Roe said she was a candidate for the leadership.", "candidate")):
        assert any(f.person == "Ann Roe" and f.role.startswith(role) for f in facts_of(text).roles), text
