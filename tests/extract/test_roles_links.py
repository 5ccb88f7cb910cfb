"""How a verb links a person to a role (kg/extract/roles.py, data/patterns/role_links.jsonl): descriptions that are
no office, candidacies in an earlier contest, and chamber seats and terms told by a possessive."""

import datetime as dt

from tests.extract.conftest import roles


def test_known_as_is_a_description_not_an_office(facts_of):
    facts = facts_of("Among colleagues in Hale, Ann Roe was known as a thrifty lawmaker.")
    assert not [f for f in facts.roles if f.person == "Ann Roe"]


def test_seen_as_is_no_office_but_served_as_is(facts_of):
    facts = facts_of("Tom Ure was widely seen as a future leader of the party. Ann Roe served as party chairman.")
    assert not [f for f in facts.roles if f.person == "Tom Ure"]
    assert any(f.person == "Ann Roe" and f.role == "party chairman" for f in facts.roles)


def test_the_one_beaten_in_an_earlier_year_is_no_candidate(facts_of):
    facts = facts_of("In 1998 Tom Ure beat the veteran incumbent Ann Roe by a wide margin. "
                     "Jo Platt won the Fenby special election.", dt.date(2003, 4, 9))
    assert not [f for f in facts.roles if f.person == "Ann Roe" and f.role == "candidate"]


def test_the_one_run_against_two_prior_times_is_no_candidate(facts_of):
    facts = facts_of("Jo Platt ran unsuccessfully against Tom Ure on three previous occasions.")
    assert not [f for f in facts.roles if f.person == "Tom Ure" and f.role == "candidate"]


def test_a_rival_in_this_contest_is_still_a_candidate(facts_of):
    facts = facts_of("Tom Ure will run against Ann Roe in the Fenby special election.")
    assert {("Tom Ure", "candidate"), ("Ann Roe", "candidate")} <= {(p, r) for p, r, _ in roles(facts)}


def test_representing_a_place_is_no_mp_for_a_state_senator(facts_of):
    facts = facts_of("State Sen. Ann Roe, who represented Denver for years, spoke on Monday.")
    assert ("Ann Roe", "state senator", None) in roles(facts)
    assert not [f for f in facts.roles if f.role == "mp"]


def test_representing_a_place_is_still_an_mp_without_another_title(facts_of):
    facts = facts_of("Ann Roe, who represented Denver for years, spoke on Monday.")
    assert any(f.person == "Ann Roe" and f.role == "mp" for f in facts.roles)


def test_senate_term_after_a_bare_apostrophe_and_a_qualifier(facts_of):
    facts = facts_of("Tom Ure will fill what is left of Ann Rees' U.S. Senate term.")
    assert any(f.person == "Ann Rees" and f.role == "senator" for f in facts.roles)


def test_a_portfolio_named_alone_in_a_reshuffle(facts_of):
    facts = facts_of("Under the new cabinet line-up, Tom Ure gains police while Jo Platt takes over food safety.")
    assert ("Tom Ure", "police minister", None) in roles(facts)
    assert ("Jo Platt", "food safety minister", None) in roles(facts)


def test_a_portfolio_lost_is_a_former_one(facts_of):
    facts = facts_of("The minister said Tom Ure loses customs in the reshuffle.")
    fact = next(f for f in facts.roles if f.role == "customs minister")
    assert fact.person == "Tom Ure" and fact.status == "former"


def test_an_idiom_or_a_determined_object_is_no_portfolio(facts_of):
    facts = facts_of("The cabinet met. Ann Roe secured investment for the town and will take care of it. "
                     "Tom Ure took the police to court.")
    assert not [f for f in facts.roles if f.role.endswith("minister") and f.person in ("Ann Roe", "Tom Ure")]


def test_a_bare_portfolio_word_outside_an_article_about_ministers_is_none(facts_of):
    facts = facts_of("Each morning Tom Ure gains police reports by email. Ann Roe keeps Customs.")
    assert not [f for f in facts.roles if f.role.endswith("minister")]


def test_running_for_an_office_is_a_candidacy(facts_of):
    facts = facts_of("Tom Ure and Ann Roe both run for whip this week. Jo Platt is running for governor.")
    assert {("Tom Ure", "candidate"), ("Ann Roe", "candidate"), ("Jo Platt", "candidate")} <= {(p, r) for p, r, _ in roles(facts)}


def test_running_for_anything_else_is_none(facts_of):
    facts = facts_of("Jo Platt is running for cover after the vote.")
    assert not [f for f in facts.roles if f.person == "Jo Platt"]


def test_running_for_an_office_in_an_earlier_year_is_no_candidacy_now(facts_of):
    facts = facts_of("Tom Ure ran for mayor in 2010.", dt.date(2019, 3, 1))
    assert not [f for f in facts.roles if f.person == "Tom Ure" and f.role == "candidate"]


def test_president_of_a_board_of_supervisors_is_an_office(facts_of):
    facts = facts_of("Opposing the plan was Jo Platt, president of the Kelby Board of Supervisors. "
                     "Tom Ure is the chairman of the Fenby Golf Club.")
    assert any(f.person == "Jo Platt" and f.role.startswith("president of the kelby board") for f in facts.roles)
    assert not [f for f in facts.roles if f.person == "Tom Ure"]


def test_a_title_then_a_participle_clause_then_the_name(facts_of):
    facts = facts_of("Praise came on Friday from the Labor opposition leader aiming to win the seat back, Tom Ure, in Fenby.")
    assert any(f.person == "Tom Ure" and f.role == "opposition leader" for f in facts.roles)


def test_a_participle_clause_then_a_speaker_is_no_holder(facts_of):
    facts = facts_of("Critics of the leader speaking on Monday, Tom Ure said, were wrong. "
                     "Aides to the mayor speaking in Hale, Ann Roe told reporters, were upset.")
    assert not [f for f in facts.roles if f.person in ("Tom Ure", "Ann Roe")]


_DEPARTMENTS = ("Cabinet nominees\nCommerce Department\nAnn Roe\nShe ran a bank in Fenby.\n"
                "Energy Department\nSen. Tom Ure (R-Hale)\nHe chaired a committee.\n")


def test_departments_listed_with_their_heads_on_the_next_line(facts_of):
    facts = facts_of(_DEPARTMENTS)
    assert ("Ann Roe", "secretary of commerce", None) in {(p, r, None) for p, r, _ in roles(facts)}
    assert any(f.person == "Tom Ure" and f.role == "secretary of energy" for f in facts.roles)


def test_a_ministry_line_gives_its_minister(facts_of):
    facts = facts_of("The new cabinet\nMinistry of Health\nAnn Roe\nMinistry of Transport\nTom Ure\n")
    assert {("Ann Roe", "health minister"), ("Tom Ure", "transport minister")} <= {(p, r) for p, r, _ in roles(facts)}


def test_one_department_line_or_no_cabinet_cue_is_no_list(facts_of):
    lone = facts_of("Cabinet nominees\nCommerce Department\nAnn Roe\nShe ran a bank in Fenby.\n")
    uncued = facts_of("Our staff\nCommerce Department\nAnn Roe\nEnergy Department\nTom Ure\n")
    assert not [f for f in [*lone.roles, *uncued.roles] if f.role.startswith("secretary")]


def test_a_post_taken_or_lost_named_by_its_title(facts_of):
    facts = facts_of("Ann Roe took on the deputy leader job last year. Jo Platt lost the finance minister post in the reshuffle.")
    assert any(f.person == "Ann Roe" and f.role == "deputy leader" and f.status == "current" for f in facts.roles)
    assert any(f.person == "Jo Platt" and f.role == "finance minister" and f.status == "former" for f in facts.roles)


def test_a_post_given_is_not_the_giver_s(facts_of):
    facts = facts_of("Premier Jo Platt gave Tom Ure the health minister role.")
    assert not [f for f in facts.roles if f.person == "Jo Platt" and f.role == "health minister"]


def test_a_headline_naming_someone_as_a_party_s_candidate(facts_of):
    facts = facts_of("Fenby seat: Ann Roe chooses Tom Ure as Labor's candidate")
    assert ("Tom Ure", "candidate", "Australian Labor Party") in roles(facts)
    assert not [f for f in facts.roles if f.person == "Ann Roe" and f.role == "candidate"]


def test_a_party_s_state_director(facts_of):
    facts = facts_of("Late on Tuesday, NSW Liberal Party state director Jo Platt wrote to members.")
    assert ("Jo Platt", "state director", "Liberal Party of Australia") in roles(facts)


def test_contenders_include_a_list_with_a_title_before_a_name(facts_of):
    facts = facts_of("The contenders include Senator Tom Ure and Ann Roe, both from Hale.")
    assert {("Tom Ure", "candidate"), ("Ann Roe", "candidate")} <= {(p, r) for p, r, _ in roles(facts)}


def test_a_department_outside_the_us_and_the_uk_is_headed_by_a_minister(facts_of):
    facts = facts_of("The new Fianna Fáil cabinet\nDepartment of Health\nAnn Roe\nDepartment of Transport\nTom Ure\n")
    assert {("Ann Roe", "health minister"), ("Tom Ure", "transport minister")} <= {(p, r) for p, r, _ in roles(facts)}


def test_running_for_a_party_s_office_or_a_place_s_is_a_candidacy(facts_of):
    facts = facts_of("Tom Ure is running for chairman of the Green Party. Ann Roe is running for governor of Fenby.")
    assert {("Tom Ure", "candidate"), ("Ann Roe", "candidate")} <= {(p, r) for p, r, _ in roles(facts)}


def test_a_candidacy_refused_or_denied_is_none(facts_of):
    facts = facts_of("Ann Roe said she will not run for governor of Fenby. Tom Ure ruled out running for mayor.")
    assert not [f for f in facts.roles if f.role == "candidate"]


def test_a_candidacy_that_would_never_be_is_none_for_anyone(facts_of):
    facts = facts_of("Jo Platt said she would never run for mayor of Fenby.")
    assert not [f for f in facts.roles if f.role == "candidate"]


def test_a_bare_object_ending_in_an_idiom_word_is_no_portfolio(facts_of):
    facts = facts_of("The cabinet met. Tom Ure lost customs revenue after the reshuffle.")
    assert not [f for f in facts.roles if f.person == "Tom Ure" and f.role.endswith("minister")]


def test_an_object_taken_into_account_is_no_portfolio(facts_of):
    facts = facts_of("The cabinet met. Ann Roe takes health into account, the minister said.")
    assert not [f for f in facts.roles if f.person == "Ann Roe" and f.role.endswith("minister")]


def test_a_portfolio_not_taken_is_none(facts_of):
    facts = facts_of("The cabinet met. Ann Roe did not take health in the reshuffle.")
    assert not [f for f in facts.roles if f.person == "Ann Roe" and f.role.endswith("minister")]


def test_a_lone_idiom_word_is_no_portfolio(facts_of):
    facts = facts_of("The minister met Tom Ure, who will keep order at the rally. Tom Ure will take care of the budget.")
    assert not [f for f in facts.roles if f.person == "Tom Ure" and f.role.endswith("minister")]


def test_a_reshuffle_told_with_would_is_a_move_made(facts_of):
    facts = facts_of("In the cabinet reshuffle, the premier announced that Tom Ure would take over fisheries.")
    assert ("Tom Ure", "fisheries minister", None) in roles(facts)


def test_a_move_that_might_be_or_would_be_if_is_none(facts_of):
    facts = facts_of("The cabinet met. Tom Ure might keep transport. "
                     "The premier said Ann Roe would take over fisheries if Jo Platt resigned.")
    assert not [f for f in facts.roles if f.role.endswith("minister") and f.person in ("Ann Roe", "Tom Ure")]
