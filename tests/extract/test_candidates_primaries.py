"""Primaries, nominations, legislative leadership races and a place in a count (kg/extract/candidates.py)."""

import datetime as dt


def _roles(facts, rule, role="candidate"):
    return {(f.person, f.party) for f in facts.roles if f.role == role and rule in f.rules}


def test_both_sides_of_a_primary_stand_for_its_party(facts_of):
    facts = facts_of("Tom Ure came from behind to oust Ann Roe in the Democratic primary.")
    assert _roles(facts, "roles.candidate-primary") == {("Tom Ure", "Democratic Party"), ("Ann Roe", "Democratic Party")}


def test_a_primary_hung_on_the_object_by_the_parser(facts_of):
    facts = facts_of("Tom Ure, a retired judge, ousted three-term Sen. Ann Roe in the Republican primary.")
    assert _roles(facts, "roles.candidate-primary") == {("Tom Ure", "Republican Party"), ("Ann Roe", "Republican Party")}


def test_lost_the_primary_to_and_a_passive_upset(facts_of):
    facts = facts_of("Ann Roe lost the Republican primary to Tom Ure.")
    assert _roles(facts, "roles.candidate-primary") == {("Ann Roe", "Republican Party"), ("Tom Ure", "Republican Party")}
    facts = facts_of("Jo Platt was upset by Kay Dunn in the Democratic primary.")
    assert _roles(facts, "roles.candidate-primary") == {("Jo Platt", "Democratic Party"), ("Kay Dunn", "Democratic Party")}


def test_a_primary_challenge_takes_the_party_stated_at_a_name(facts_of):
    facts = facts_of("Republican Ann Roe faces a primary challenge from Tom Ure.")
    assert _roles(facts, "roles.candidate-primary") == {("Ann Roe", "Republican Party"), ("Tom Ure", "Republican Party")}


def test_no_primary_candidacy_without_a_party_a_contest_or_in_the_past(facts_of):
    assert not _roles(facts_of("Ann Roe faces a primary challenge from Tom Ure."), "roles.candidate-primary")
    assert not _roles(facts_of("Jo Platt endorsed Tom Ure in the Democratic primary."), "roles.candidate-primary")
    assert not _roles(facts_of("Ann Roe could face a Democratic primary challenge from Tom Ure."), "roles.candidate-primary")
    assert not _roles(facts_of("Tom Ure nearly ousted Ann Roe in the Republican primary six years ago."), "roles.candidate-primary")
    assert not _roles(facts_of("Tom Ure beat Ann Roe in the Republican primary in 2012.", dt.date(2024, 5, 3)),
                      "roles.candidate-primary")


def test_a_party_nominates_for_an_office(facts_of):
    facts = facts_of("House Republicans nominated Ann Roe for speaker on Friday.")
    assert _roles(facts, "roles.nominated", "nominee") == {("Ann Roe", "Republican Party")}
    facts = facts_of("Jo Platt was nominated by the Democrats for governor.")
    assert _roles(facts, "roles.nominated", "nominee") == {("Jo Platt", "Democratic Party")}


def test_a_nomination_for_no_office_or_a_hypothetical_is_none(facts_of):
    assert not _roles(facts_of("Ann Roe was nominated for an Emmy."), "roles.nominated", "nominee")
    assert not _roles(facts_of("Republicans could nominate Ann Roe for speaker."), "roles.nominated", "nominee")


def test_running_for_a_legislature_s_party_offices(facts_of):
    facts = facts_of("Kay Ure (R-La.) and Jo Platt (R-Ohio) are officially running for whip.")
    assert _roles(facts, "roles.candidate-for-leader") == {("Kay Ure", "Republican Party"), ("Jo Platt", "Republican Party")}
    facts = facts_of("Ann Roe, a Republican, is running for speaker.")
    assert _roles(facts, "roles.candidate-for-leader") == {("Ann Roe", "Republican Party")}
    assert not _roles(facts_of("Tom Ure is running for speaker of the Fenby assembly."), "roles.candidate-for-leader")


def test_the_runner_up_of_a_party_s_leadership_vote(facts_of):
    facts = facts_of("Ann Roe won the Labour leadership race on Saturday. Tom Ure, a former minister, was runner-up "
                     "on the last ballot with 44.8% of the vote.")
    assert _roles(facts, "roles.candidate-placed") == {("Tom Ure", "Labour Party")}
    assert not _roles(facts_of("Tom Ure was the runner-up on the night."), "roles.candidate-placed")


def test_a_field_named_without_parties(facts_of):
    facts = facts_of("Two candidates are vying in the Fenby by-election. Other contenders include Senator Tom Ure and Jo "
                     "Platt, who came close to beating Kay Dunn last time.")
    assert _roles(facts, "roles.candidate-field") == {("Tom Ure", None), ("Jo Platt", None)}
    facts = facts_of("In the Fenby by-election, contenders include Labour's Ann Roe and Tom Ure.")
    assert _roles(facts, "roles.candidate-field") == {("Ann Roe", "Labour Party"), ("Tom Ure", None)}


def test_a_field_of_maybes_or_without_an_election_is_none(facts_of):
    assert not _roles(facts_of("In the Fenby by-election, possible contenders include Tom Ure and Jo Platt."), "roles.candidate-field")
    assert not _roles(facts_of("Contenders for the prize include Tom Ure and Jo Platt."), "roles.candidate-field")


def test_a_table_row_the_parser_missed_stands_when_the_article_names_the_person(facts_of):
    facts = facts_of("Former senator Ivy Bell Stone conceded.\n\nAnn Roe, 317,329 - 55 percent\nTom Ure, 138,864 - 24 percent\n"
                     "Ivy Bell Stone, 50,974 - 9 percent\n")
    assert ("Ivy Bell Stone", None) in _roles(facts, "roles.candidate-tally")



def test_a_contracted_would_or_a_prediction_is_no_candidacy(facts_of):
    assert not _roles(facts_of("Republican Ann Roe said she'd beat Tom Ure in the primary."), "roles.candidate-primary")
    assert not _roles(facts_of("Republican Ann Roe predicted she will beat Tom Ure in the primary."), "roles.candidate-primary")
    assert _roles(facts_of("Republican Ann Roe said she beat Tom Ure in the primary."), "roles.candidate-primary") == \
        {("Ann Roe", "Republican Party"), ("Tom Ure", "Republican Party")}


def test_a_name_set_as_a_party_s_candidate_in_a_headline(facts_of):
    facts = facts_of("Hale poll latest: Day names Ann Roe as preferred Labor candidate for the seat")
    assert _roles(facts, "roles.named-as-candidate") == {("Ann Roe", "Australian Labor Party")}


def test_no_candidate_set_by_a_hypothetical_or_in_a_race_of_years_before(facts_of):
    assert not _roles(facts_of("Labour would pick Ann Roe as its candidate."), "roles.named-as-candidate")
    assert not _roles(facts_of("Labor chose Ann Roe as its candidate in 2012.", dt.date(2024, 5, 3)), "roles.named-as-candidate")


def test_a_primary_named_without_its_party_is_the_nomination_s_of_the_sentence(facts_of):
    facts = facts_of("State Sen. Ann Roe won the Republican nomination for Ohio's 15th Congressional District on Tuesday, edging "
                     "former Kelby County commissioner Tom Ure by 1,140 votes in a five-way primary.")
    assert ("Tom Ure", "candidate", "Republican Party") in {(f.person, f.role, f.party) for f in facts.roles
                                                            if "roles.candidate-primary" in f.rules}
