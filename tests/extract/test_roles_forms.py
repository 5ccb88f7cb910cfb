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


def test_a_hyphened_surname_after_pro_tem_is_whole(facts_of):
    facts = facts_of("Mayor Pro Tem Ann Roe-Hale presided over the meeting.")
    assert ("Ann Roe-Hale", "mayor pro tem", None) in roles(facts)


def test_council_member_before_a_name_is_an_office(facts_of):
    facts = facts_of("City Council Member Tom Ure, a Democrat, was absent. Assembly Member Ann Roe introduced the bill.")
    assert ("Tom Ure", "city council member", "Democratic Party") in roles(facts)
    assert ("Ann Roe", "assembly member", None) in roles(facts)


def test_a_member_of_a_committee_is_still_no_office(facts_of):
    assert not facts_of("Ann Roe was a member of the council's finance committee.").roles


def test_a_generic_office_of_a_body_outside_politics_is_none(facts_of):
    for text in ("Union leader Tom Ure backed the Labour candidate.",
                 "Tom Ure, president of the Fenby Chamber of Commerce, backed Labour.",
                 "Tom Ure, chairman of Fenby Water company, met Labour MPs."):
        assert not [f for f in facts_of(text).roles if f.person == "Tom Ure"], text


def test_a_party_or_a_portfolio_among_the_words_keeps_the_office(facts_of):
    assert ("Tom Ure", "leader", "Christian Democratic Union") in roles(
        facts_of("Tom Ure, leader of the Christian Democratic Union, spoke."))
    assert any(p == "Ann Roe" and "business secretary" in r for p, r, _ in roles(
        facts_of("Business Secretary Ann Roe said the plan was sound.")))


def test_a_candidacy_only_offered_or_considered_is_none(facts_of):
    for text in ("Former minister Ann Roe would stand in the Fenby by-election if asked, she said.",
                 "Ann Roe had considered running for the Liberal nomination in Fenby but decided against it.",
                 "Labour is expected to name Councillor Ann Roe as its candidate next week.",
                 "Former MPP Ann Roe is expected to be named the candidate this week."):
        assert not [f for f in facts_of(text).roles if f.person == "Ann Roe" and f.role.startswith("candidate")], text


def test_beating_a_rival_in_a_club_vote_makes_no_candidate(facts_of):
    facts = facts_of("Tom Ure was elected chairman of Fenby Rovers at the club's annual meeting, beating fellow "
                     "director Ann Roe in a vote of shareholders.")
    assert not [f for f in facts.roles if f.role == "candidate"]


def test_hoping_to_stand_for_a_party_is_a_candidacy(facts_of):
    assert ("Ann Roe", "candidate", "Labour Party") in roles(facts_of("Ann Roe hopes to stand for Labour in Fenby."))


def test_a_title_then_a_partys_possessive_then_the_name(facts_of):
    facts = facts_of("The claim was disputed by the current health minister, Labour’s Ann Roe, who said otherwise.")
    assert ("Ann Roe", "health minister", "Labour Party") in roles(facts)


def test_a_countrys_possessive_makes_a_generic_title_political(facts_of):
    facts = facts_of("Tom Ure received France's president, Ann Roe, at the palace.")
    assert ("Ann Roe", "president", None) in roles(facts)
    assert not facts_of("Tom Ure met the club's president, Ann Roe, on Monday.").roles


def test_replaced_as_an_office_by_someone_gives_them_the_office(facts_of):
    facts = facts_of("Ann Roe was replaced as chief whip by Tom Ure-Hale.")
    assert ("Tom Ure-Hale", "chief whip", None) in roles(facts)


def test_vowing_to_carry_on_in_an_office_is_holding_it(facts_of):
    facts = facts_of("Labour's Jo Platt won the seat in 2005. She vows to carry on as a hard-working constituency MP.")
    assert ("Jo Platt", "constituency mp", "Labour Party") in roles(facts)
