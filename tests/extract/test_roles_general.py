"""Role forms written the way reporters and encyclopedias anywhere write about politicians (kg/extract/roles.py):
an office told in a relative clause on a description ("X is a Labour politician who has been the MP for Y"), a
title placed "from" somewhere before the name, a seat represented "for" a party, an office one was "elected as"."""

from tests.extract.conftest import roles


def test_an_office_in_a_relative_clause_on_a_description_is_the_subjects(facts_of):
    facts = facts_of("Sam Hale is a Labour politician who has been the Member of Parliament for Lea since 2015.")
    assert ("Sam Hale", "mp", "Labour Party") in roles(facts)


def test_an_encyclopedia_lead_gives_the_office_served(facts_of):
    facts = facts_of("Tom Ure is a Democratic politician who served as the Governor of Fenby.")
    assert any(p == "Tom Ure" and r.startswith("governor") and party == "Democratic Party" for p, r, party in roles(facts))


def test_a_description_without_a_copula_gives_no_one_the_office(facts_of):
    # "who" qualifies the politician the reporter met, not the speaker
    facts = facts_of("Ann Roe met a Labour politician who has been the MP for Lea since 2015.")
    assert not [f for f in facts.roles if f.person == "Ann Roe" and f.role == "mp"]


def test_a_title_from_a_place_before_the_name_in_apposition(facts_of):
    facts = facts_of("The Republican congressman from Fenby, Lee Fenn, voted no.")
    assert ("Lee Fenn", "representative", "Republican Party") in roles(facts)


def test_a_visitor_from_a_place_is_no_title(facts_of):
    facts = facts_of("The visitor from Kelby, Lee Fenn, spoke.")
    assert not [f for f in facts.roles if f.person == "Lee Fenn"]


def test_representing_a_place_for_a_party_is_a_seat_for_that_party(facts_of):
    facts = facts_of("Jo Platt, who represents Fenby for the Liberal Democrats, disagreed.")
    assert ("Jo Platt", "mp", "Liberal Democrats") in roles(facts)


def test_representing_a_place_as_a_party_member(facts_of):
    facts = facts_of("Jo Platt represented Fenby as a Conservative for a decade.")
    assert any(p == "Jo Platt" and r == "mp" and party == "Conservative Party" for p, r, party in roles(facts))


def test_representing_a_client_is_no_seat(facts_of):
    facts = facts_of("Jo Platt, a lawyer, represented Tom Ure for years.")
    assert not [f for f in facts.roles if f.role == "mp"]


def test_an_office_one_was_elected_as_in_apposition(facts_of):
    facts = facts_of("Ann Roe, elected as a Labour councillor in 2019, spoke.")
    assert any(p == "Ann Roe" and r == "councillor" for p, r, _ in roles(facts))


def test_elected_in_a_year_alone_is_no_office(facts_of):
    facts = facts_of("Ann Roe, elected in 2019, spoke.")
    assert not [f for f in facts.roles if f.person == "Ann Roe"]


def test_a_description_opening_the_sentence_is_the_named_subjects(facts_of):
    facts = facts_of("A Labour MP since 2010, Tom Ure said the plan was wrong.")
    assert ("Tom Ure", "mp", "Labour Party") in roles(facts)


def test_a_description_opening_the_sentence_is_the_pronoun_subjects(facts_of):
    facts = facts_of("Ann Roe spoke first. A former health minister since 2016, she chairs the committee.")
    assert any(p == "Ann Roe" and r == "health minister" for p, r, _ in roles(facts))


def test_an_opening_clause_with_a_verb_is_no_description(facts_of):
    facts = facts_of("The Labour leader visited Fenby, Tom Ure said on Monday.")
    assert not [f for f in facts.roles if f.person == "Tom Ure"]


def test_the_critic_of_a_leader_named_after_is_not_the_leader(facts_of):
    facts = facts_of("A critic of the Labour leader, Tom Ure said the plan was wrong.")
    assert not [f for f in facts.roles if f.person == "Tom Ure" and f.role == "leader"]


def test_a_term_as_an_office_is_its_holders(facts_of):
    facts = facts_of("Ann Roe, now in her third term as mayor, said the plan was wrong.")
    assert ("Ann Roe", "mayor", None) in roles(facts)


def test_a_time_as_an_office_before_the_name(facts_of):
    facts = facts_of("During his time as health minister, Tom Ure cut waiting lists.")
    assert any(p == "Tom Ure" and r == "health minister" for p, r, _ in roles(facts))


def test_winning_a_term_as_an_office(facts_of):
    facts = facts_of("Ann Roe won a second term as governor in 2018.")
    assert any(p == "Ann Roe" and r == "governor" for p, r, _ in roles(facts))


def test_a_tenure_that_ended_is_a_former_office(facts_of):
    facts = facts_of("Ann Roe's tenure as party leader ended in 2019.")
    assert [f.status for f in facts.roles if f.person == "Ann Roe" and f.role == "leader"] == ["former"]


def test_whose_years_in_office_are_unclear_between_two_people_gives_none(facts_of):
    facts = facts_of("Ann Roe praised Tom Ure, citing his years as foreign minister.")
    assert not [f for f in facts.roles if f.role == "foreign minister"]


def test_a_year_as_a_teacher_is_no_office(facts_of):
    facts = facts_of("Ann Roe spent a year as a teacher.")
    assert not facts.roles


def test_a_title_with_adjectives_after_a_possessive_before_the_name(facts_of):
    facts = facts_of("The country's first female prime minister, Ann Roe, said the plan was wrong.")
    assert any(p == "Ann Roe" and r == "prime minister" for p, r, _ in roles(facts))


def test_a_party_code_and_seat_in_brackets_is_a_member(facts_of):
    facts = facts_of("Tom Ure (Con, Fenby and Hale) asked the minister about the closure.")
    assert ("Tom Ure", "mp", "Conservative Party") in roles(facts)


def test_a_party_code_and_a_year_in_brackets_is_no_seat(facts_of):
    facts = facts_of("Ann Roe (Lab, 2019) asked the minister about the closure.")
    assert not [f for f in facts.roles if f.role == "mp"]


def test_a_us_party_code_and_place_does_not_say_the_chamber(facts_of):
    facts = facts_of("Ann Roe (D, Fenby) voted against the bill.")
    assert not [f for f in facts.roles if f.role == "mp"]


def test_a_party_member_of_a_chamber_in_apposition(facts_of):
    facts = facts_of("Ann Roe, a Labour member of the Senate, spoke.")
    assert ("Ann Roe", "senator", "Labour Party") in roles(facts)


def test_a_member_of_a_named_assembly_since_a_year(facts_of):
    facts = facts_of("Tom Ure has been a member of the Fenby Assembly since 2012.")
    assert any(p == "Tom Ure" and r == "assembly member" for p, r, _ in roles(facts))


def test_a_member_of_the_public_or_of_a_party_holds_no_seat(facts_of):
    facts = facts_of("Ann Roe, a member of the public, spoke. Tom Ure is a member of the Labour Party.")
    assert not [f for f in facts.roles if f.role in ("senator", "mp", "assembly member", "councillor")]


def test_a_former_member_of_a_chamber_is_a_former_holder(facts_of):
    facts = facts_of("Ann Roe, a former member of the Senate, spoke.")
    assert [f.status for f in facts.roles if f.person == "Ann Roe" and f.role == "senator"] == ["former"]


def test_an_apposition_ends_where_a_clause_begins(facts_of):
    facts = facts_of("Voters in Hale chose Jo Platt to replace Tom Ure, Labour's mayor since the office began in 1998, "
                     "who is stepping down.")
    assert ("Tom Ure", "mayor", "Labour Party") in roles(facts)


def test_an_office_inside_the_clause_after_an_apposition_is_not_the_names(facts_of):
    facts = facts_of("Tom Ure, a teacher before he became a councillor's aide, spoke at the school.")
    assert not any(f.person == "Tom Ure" and f.role == "councillor" for f in facts.roles)


def test_the_office_an_assistant_serves_is_not_the_assistants(facts_of):
    facts = facts_of("After ten years in Fenby, Tom Ure, an MPP and parliamentary assistant to the health minister, has retired.")
    held = {f.role for f in facts.roles if f.person == "Tom Ure"}
    assert "parliamentary assistant" in held and "health minister" not in held


def test_an_adviser_to_the_prime_minister_is_not_prime_minister(facts_of):
    facts = facts_of("Jo Platt, an adviser to the prime minister, spoke in Fenby.")
    assert not any(f.person == "Jo Platt" and f.role == "prime minister" for f in facts.roles)


def test_appointed_to_a_chambers_seat_is_its_member(facts_of):
    facts = facts_of("Tom Ure was appointed by Gov. Ann Roe to the U.S. Senate seat that Jo Platt held until he died.")
    assert any(f.person == "Tom Ure" and f.role == "senator" for f in facts.roles)


def test_appointed_to_a_state_chambers_seat_is_no_senator_of_the_nation(facts_of):
    facts = facts_of("Tom Ure was appointed by Gov. Ann Roe to the state Senate seat that Jo Platt held until he died.")
    assert not any(f.person == "Tom Ure" and f.role == "senator" for f in facts.roles)


def test_a_party_keeping_someone_as_leader_gives_the_office_to_no_one_before(facts_of):
    facts = facts_of("Although Ann Roe was tipped to take over last year, the Labour party kept faith with Tom Ure "
                     "as Chief Minister.")
    assert not any(f.person == "Ann Roe" and f.role == "chief minister" for f in facts.roles)
    assert any(f.person == "Tom Ure" and f.role == "chief minister" for f in facts.roles)


def test_a_verb_that_makes_someone_an_office_gives_it_to_them(facts_of):
    facts = facts_of("Hale's councillors agreed on Monday to make Labour's Ann Roe executive mayor of Fenby.")
    assert any(f.person == "Ann Roe" and f.role.startswith("executive mayor") for f in facts.roles)
    facts = facts_of("The premier named Tom Ure health minister in a reshuffle.")
    assert any(f.person == "Tom Ure" and f.role == "health minister" for f in facts.roles)


def test_a_making_denied_supposed_or_only_wanted_gives_no_office(facts_of):
    for sentence in ("The voters did not make Ann Roe mayor.", "Labour wants to make Ann Roe mayor of Fenby.",
                     "The Greens hope to name Ann Roe mayor of Hale.", "If the council makes Ann Roe mayor, Tom Ure will resign.",
                     "The board refused to make Ann Roe chairman of Kelby Council."):
        facts = facts_of(sentence)
        assert not any(f.person == "Ann Roe" for f in facts.roles), sentence


def test_one_named_as_someones_deputy_is_no_holder_made_by_the_verb(facts_of):
    facts = facts_of("Ann Roe was named Tom Ure's deputy in Fenby.")
    assert not any(r == "roles.made-holder" for f in facts.roles for r in f.rules)


def test_his_predecessor_held_the_office_just_given(facts_of):
    facts = facts_of("Tom Ure became state premier in March and thanked his predecessor Ann Roe for her work.")
    assert any(f.person == "Ann Roe" and f.role == "state premier" and f.status == "former" for f in facts.roles)


def test_her_predecessor_named_by_the_holder_herself_held_her_office(facts_of):
    facts = facts_of("Ann Roe, the prime minister, thanked her predecessor Jo Platt.")
    assert any(f.person == "Jo Platt" and f.role == "prime minister" and f.status == "former" for f in facts.roles)
    facts = facts_of("Ann Roe spoke in Fenby on Monday. She was elected leader of the Green Party after her predecessor Jo Platt quit.")
    assert any(f.person == "Jo Platt" and f.role == "leader" for f in facts.roles)


def test_the_predecessor_of_someone_else_in_the_sentence_is_not_the_holders(facts_of):
    facts = facts_of("Ann Roe, the prime minister, attacked Tom Ure and his predecessor Jo Platt.")
    assert not any(f.person == "Jo Platt" for f in facts.roles)
    facts = facts_of("Tom Ure met Ann Roe, the prime minister, and her predecessor Jo Platt.")
    assert not any(f.person == "Jo Platt" for f in facts.roles)


def test_a_predecessor_in_an_office_many_hold_is_not_read(facts_of):
    facts = facts_of("Tom Ure, the MP for Fenby, thanked his predecessor Ann Roe in his first speech.")
    assert not any(f.person == "Ann Roe" for f in facts.roles)


def test_leading_a_partys_group_on_a_council_is_its_group_leader(facts_of):
    facts = facts_of("Jo Platt leads the Labour group on Hale Borough Council and spoke first at the count.")
    assert ("Jo Platt", "group leader", "Labour Party") in roles(facts)


def test_leading_a_group_of_no_party_is_no_office(facts_of):
    facts = facts_of("Jo Platt leads a reading group on Fridays in Hale.")
    assert not facts.roles
