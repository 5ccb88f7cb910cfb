"""Heads of government and governing parties (kg/extract/government.py), on sentences written for the test."""

import datetime as dt

from kg.extract.government import gazetteer, ministerial
from tests.extract.conftest import roles


def test_gazetteer_terms_are_ordered_and_do_not_overlap():
    known = gazetteer()
    for office in {(t.office, t.country) for t in known.terms}:
        terms = [t for t in known.terms if (t.office, t.country) == office]
        for earlier, later in zip(terms, terms[1:], strict=False):
            assert earlier.end is not None and earlier.end <= later.start, (earlier, later)


def test_possessive_government_names_the_head_of_government(facts_of):
    facts = facts_of("In Tony Blair's first government, Ruth Ellery was put in charge of schools.")
    assert ("Tony Blair", "prime minister", "Labour Party") in roles(facts)


def test_premiership_of(facts_of):
    facts = facts_of("Lee Fenn was a junior health minister during the premiership of Margaret Thatcher in the 1980s.")
    assert ("Margaret Thatcher", "prime minister", "Conservative Party") in roles(facts)


def test_unknown_person_government_gives_no_role(facts_of):
    facts = facts_of("Under Derek Mallon's government, the council cut its budget.")
    assert not any(f.role == "prime minister" for f in facts.roles)


def test_moving_into_downing_street(facts_of):
    facts = facts_of("The second round of voting let John Major move into Downing Street.")
    assert ("John Major", "prime minister", "Conservative Party") in roles(facts)


def test_unnamed_prime_minister_is_the_one_the_article_names(facts_of):
    text = ("Critics attacked Tony Blair over the war. Gordon Brown's Budget was debated on Tuesday. "
            "Jo Platt set the chancellor's sums against the prime minister's promises.")
    facts = facts_of(text)
    assert ("Tony Blair", "prime minister", "Labour Party") in roles(facts)
    assert ("Gordon Brown", "chancellor", "Labour Party") in roles(facts)


def test_unnamed_prime_minister_is_ambiguous_between_two_named_holders(facts_of):
    facts = facts_of("Tony Blair and Gordon Brown met in London. MPs questioned the prime minister's claims.")
    assert not any(f.role == "prime minister" for f in facts.roles)


def test_unnamed_prime_minister_by_publication_date(facts_of):
    text = "Tony Blair and Gordon Brown met in London. MPs questioned the prime minister's claims."
    facts = facts_of(text, dt.date(2008, 3, 1))
    assert ("Gordon Brown", "prime minister", "Labour Party") in roles(facts)
    assert not any(f.person == "Tony Blair" and f.role == "prime minister" for f in facts.roles)


def test_title_and_surname_complete_a_known_name(facts_of):
    facts = facts_of("President Obama swept into the White House promising change.")
    assert any(f.person == "Barack Obama" and f.role == "president" for f in facts.roles)
    assert any(m.mention == "Obama" and m.entity == "Barack Obama" and m.rule == "known head of government"
               for m in facts.merges)


def test_ambiguous_title_and_surname_left_alone(facts_of):
    facts = facts_of("President Bush spoke in Washington on Monday.")
    assert not any(f.person.startswith("George") for f in facts.roles)


def test_ambiguous_title_and_surname_settled_by_date(facts_of):
    facts = facts_of("President Bush spoke in Washington on Monday.", dt.date(2006, 5, 2))
    assert any(f.person == "George W. Bush" and f.role == "president" for f in facts.roles)


def test_serving_minister_takes_the_governing_party(facts_of):
    text = ("Prime Minister Tony Blair praised the plan. The Tories attacked it. "
            "Foreign Secretary Priya Landon said the Conservatives were wrong.")
    facts = facts_of(text)
    assert ("Priya Landon", "foreign secretary", "Labour Party") in roles(facts)


def test_no_governing_party_in_a_coalition(facts_of):
    text = "Foreign Secretary Priya Landon said the Conservatives were wrong."
    facts = facts_of(text, dt.date(2012, 6, 1))
    assert not any(f.person == "Priya Landon" and f.party_basis == "the governing party" for f in facts.roles)


def test_governing_party_by_publication_date(facts_of):
    text = "Home Secretary Priya Landon visited Leeds, where Labour councillors protested."
    facts = facts_of(text, dt.date(2017, 3, 1))
    assert ("Priya Landon", "home secretary", "Conservative Party") in roles(facts)


def test_general_election_winner_who_took_office_is_head_of_government(facts_of):
    facts = facts_of("The Tory leader, Margaret Thatcher, swept into power after the 1979 vote.")
    assert ("Margaret Thatcher", "prime minister", "Conservative Party") in roles(facts)


def test_ministerial_roles():
    assert ministerial("foreign secretary") and ministerial("treasury minister") and ministerial("chancellor")
    assert not ministerial("shadow chancellor") and not ministerial("general secretary")
    assert not ministerial("prime minister") and not ministerial("first minister")


def test_shadow_minister_is_not_of_the_governing_party(facts_of):
    text = "Prime Minister Tony Blair spoke. Shadow foreign secretary Priya Landon said Labour had failed."
    facts = facts_of(text)
    assert not any(f.person == "Priya Landon" and f.party == "Labour Party" for f in facts.roles)


def test_known_head_of_government_is_a_person_even_when_the_model_misses_it(facts_of):
    text = "Theresa May moved Rebecca Grant to the Home Office as the prime minister reasserted her authority."
    facts = facts_of(text, dt.date(2018, 1, 9))
    assert ("Theresa May", "prime minister", "Conservative Party") in roles(facts)


def test_reshuffle_gives_the_governing_party_to_earlier_posts(facts_of):
    text = ("Ms Rebecca Grant was appointed Home Secretary, replacing Michael Okonjo, who becomes Justice Secretary. "
            "Mr Okonjo replaces David Ferrars. Tory MPs welcomed the changes.")
    facts = facts_of(text, dt.date(2018, 1, 9))
    assert ("Michael Okonjo", "home secretary", "Conservative Party") in roles(facts)
    assert ("David Ferrars", "justice secretary", "Conservative Party") in roles(facts)


def test_a_party_with_shadow_ministers_does_not_hold_office(facts_of):
    text = ("Parental leave is to grow, said the Trade and Industry Secretary Ann Roe. The Tories mocked the plan. "
            "The Conservative shadow business secretary, Tom Ure, called it a gimmick.")
    facts = facts_of(text)
    assert not any(f.person == "Ann Roe" and f.party == "Conservative Party" for f in facts.roles)


def test_known_heads_of_government_have_a_gender(facts_of):
    facts = facts_of("Margaret Hodgson entered Parliament in 1994. Tony Blair then promoted her. After the 1997 "
                     "landslide she became minister for Europe.")
    assert not any(f.person == "Tony Blair" and f.role.startswith("minister") for f in facts.roles)


def test_another_countrys_minister_does_not_take_the_governing_party(facts_of):
    text = "British Foreign Secretary Boris Johnson met his Australian counterpart Foreign Minister Ann Roe in London."
    facts = facts_of(text, dt.date(2017, 2, 23))
    assert not any(f.person == "Ann Roe" and f.party == "Conservative Party" for f in facts.roles)


def test_office_held_under_an_earlier_head_takes_that_governments_party(facts_of):
    text = ("Health secretary Tom Ure defended the plan to MPs in Westminster. "
            "Ann Roe was health secretary under Boris Johnson.")
    facts = facts_of(text, dt.date(2024, 10, 1))
    assert ("Ann Roe", "health secretary", "Conservative Party") in roles(facts)
    assert ("Tom Ure", "health secretary", "Labour Party") in roles(facts)


def test_former_minister_beside_a_serving_one_is_not_of_todays_government(facts_of):
    text = ("Health secretary Tom Ure defended the plan to MPs in Westminster. "
            "Ben Hale, a former chancellor, agreed with Tom Ure.")
    facts = facts_of(text, dt.date(2024, 10, 1))
    assert not any(f.person == "Ben Hale" and f.party == "Labour Party" for f in facts.roles)


def test_the_chancellor_in_a_german_article_is_the_head_of_government(facts_of):
    text = "Angela Merkel spoke in Berlin about the Bundestag vote. Critics in Germany questioned the chancellor's plans."
    facts = facts_of(text, dt.date(2015, 6, 1))
    assert any(f.person == "Angela Merkel" and f.role == "chancellor" and "government.unnamed-holder" in f.rules
               for f in facts.roles)


def test_the_chancellor_in_a_british_article_is_no_head_of_government(facts_of):
    text = "Tony Blair and Gordon Brown met in London. MPs in Westminster questioned the chancellor's figures."
    facts = facts_of(text, dt.date(2006, 3, 1))
    assert not any("government.unnamed-holder" in f.rules and f.role == "chancellor" for f in facts.roles)


def test_a_state_minister_does_not_take_the_national_governing_party(facts_of):
    text = ("In Ottawa officials met Ann Roe, the Alberta transport minister, and Tom Ure, the health minister, "
            "before the riding vote in Calgary.")
    facts = facts_of(text, dt.date(2019, 6, 1))
    ministers = {f.person: f.party for f in facts.roles if f.role.endswith("minister") and f.role != "prime minister"}
    assert ministers.get("Tom Ure") == "Liberal Party of Canada"
    assert "Ann Roe" in ministers and ministers["Ann Roe"] is None


def test_a_head_of_government_s_own_office_keeps_his_known_party(facts_of):
    import datetime as dt

    # the Conservative party stated at his name elsewhere does not make his premiership a Conservative one
    facts = facts_of("The Conservative candidate Tony Blair lost in Ashby. Prime Minister Tony Blair spoke in London.",
                     dt.date(2001, 5, 1))
    assert ("Tony Blair", "prime minister", "Labour Party") in {(f.person, f.role, f.party) for f in facts.roles}
    assert ("Tony Blair", "candidate", "Conservative Party") in {(f.person, f.role, f.party) for f in facts.roles}


def test_a_devolved_government_s_minister_is_not_given_the_national_governing_party(facts_of):
    stormont = facts_of("The DUP returned to Stormont on Monday. Tom Ure, the health minister, spoke in Belfast.", dt.date(2024, 2, 3))
    assert any(f.person == "Tom Ure" and f.role == "health minister" and f.party != "Conservative Party" for f in stormont.roles)
    westminster = facts_of("The DUP returned to Westminster on Monday. Tom Ure, the health minister, spoke in Belfast.",
                           dt.date(2024, 2, 3))
    assert any(f.person == "Tom Ure" and f.role == "health minister" and f.party == "Conservative Party" for f in westminster.roles)


def test_one_regional_cue_in_a_westminster_story_keeps_the_national_governing_party(facts_of):
    # a Holyrood word in a Westminster reshuffle story does not make its ministers Scotland's
    text = ("In a reshuffle at Westminster on Tuesday the prime minister appointed Tom Ure as foreign secretary and "
            "Ann Roe as home secretary. "
            "The Scottish Government said it was not told.")
    for extra in ("", " Kay Dunn, an SNP MSP, attacked the move."):
        facts = facts_of(text + extra, dt.date(2020, 3, 11))
        got = roles(facts)
        assert ("Tom Ure", "foreign secretary", "Conservative Party") in got, extra
        assert ("Ann Roe", "home secretary", "Conservative Party") in got, extra


def test_a_surname_several_holders_share_takes_their_one_party(facts_of, monkeypatch):
    # two invented presidents were Platt, both Republicans: who is meant stays open, the party does not; a Democrat
    # named beside him lends him nothing
    from kg.extract import government, people
    from kg.extract.officeholders import Gazetteer, Term

    terms = tuple(Term(name, "Republican Party", "president", "US", dt.date(start, 1, 20), dt.date(start + 4, 1, 20))
                  for name, start in (("Kit Platt", 1961), ("Bo Platt", 1977)))
    known = Gazetteer(terms, {"President": ("president", "")}, {}, (), {}, frozenset(), frozenset(),
                      {t.person.lower(): (t,) for t in terms})
    monkeypatch.setattr(government, "gazetteer", lambda: known)
    monkeypatch.setattr(people, "gazetteer", lambda: known)
    facts = facts_of("In Washington on Friday, Senator Ann Roe, a Democrat, attacked President Platt over the budget.",
                     published=dt.date(1995, 6, 1))
    assert ("Platt", "president", "Republican Party") in roles(facts)
    assert ("Platt", "president", "Democratic Party") not in roles(facts)


def test_a_province_named_by_its_own_parties_is_still_a_province(facts_of):
    # the province's own parties carry its name ("Alberta New Democratic Party"): that makes it no national word
    text = ("In Ottawa officials met Ann Roe, the Alberta transport minister, and Tom Ure, the health minister, "
            "before the riding vote in Calgary.\n\nAnother story.\n\nIn Kelby, the Alberta NDP chose no candidate.")
    ministers = {f.person: f.party for f in facts_of(text, dt.date(2019, 6, 1)).roles if f.role.endswith("minister")}
    assert ministers.get("Tom Ure") == "Liberal Party of Canada"
    assert "Ann Roe" in ministers and ministers["Ann Roe"] is None


def test_no_governing_party_after_the_data_ends(facts_of):
    """A head of government the data gives no end holds office only as far as the data reaches: a minister in an
    article years after a dataset's last cabinet is not given that cabinet's party (another may govern by then)."""
    text = "Poland's sport minister, Tom Ure, said on Monday that the reform would pass."
    assert ("Tom Ure", "sport minister", "Law and Justice (Poland)") in roles(facts_of(text, dt.date(2019, 3, 1)))
    assert ("Tom Ure", "sport minister", None) in roles(facts_of(text, dt.date(2026, 3, 1)))


def test_hand_kept_holders_have_no_horizon():
    """The holders since the data (data/officeholders.json) are kept current by hand: they stay in office."""
    known = gazetteer()
    last = [t for t in known.terms if (t.office, t.country) == ("prime minister", "GB")][-1]
    assert last.end is None and last.until is None and last.covers(dt.date(2026, 12, 1))
    polish = [t for t in known.terms if (t.office, t.country) == ("prime minister", "PL")][-1]
    assert polish.until is not None and not polish.covers(polish.until + dt.timedelta(days=1))
