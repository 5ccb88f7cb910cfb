"""Candidates told by their counts in running text: "N votes to M for X" (kg/extract/candidates.py)."""

import datetime as dt

_DAY = dt.date(2024, 5, 3)


def _candidates(facts, rule):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and rule in f.rules}


def test_a_count_set_against_another_for_a_named_rival(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. The count put Ms Roe on 9,316 votes to 7,054 for Labour's Tom Ure.", _DAY)
    assert _candidates(facts, "roles.candidate-votes-to") == {("Tom Ure", "Labour Party")}


def test_returns_gave_her_votes_to_his_with_a_share_between(facts_of):
    facts = facts_of("The county tally credited Ann Roe with 4,127 votes, or 52 percent, to 3,806 for Republican Tom Ure, a nurse.", _DAY)
    assert _candidates(facts, "roles.candidate-votes-to") == {("Tom Ure", "Republican Party")}


def test_a_council_vote_a_survey_a_hypothetical_or_a_share_is_no_field(facts_of):
    for text in ("The council voted 7 to 2 for Labour's Tom Ure.",
                 "A survey gave Ann Roe 412 votes to 300 for Labour's Tom Ure.",
                 "Ann Roe would get 5,000 votes to 4,000 for Labour's Tom Ure.",
                 "Ann Roe led 52 to 48 per cent for Labour's Tom Ure."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-votes-to"), text


def test_a_count_without_the_rivals_party_or_of_years_before_gives_none(facts_of):
    for text in ("Ann Roe won the ballot with 54 votes to 44 for Tom Ure.",
                 "In 2015 Ann Roe had 9,000 votes to 7,000 for Labour's Tom Ure."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-votes-to"), text


def test_a_council_round_up_sets_the_party_first_and_the_name_in_brackets(facts_of):
    facts = facts_of("Fenby DC, Abbey Vale\nLD gain from Con. LD (Tom Ure) 834, Con 611, Lab 140, Green 55.\n"
                     "Kelby CC, Harbourside\nInd hold. Ind (Kay Dunn) 455, Plaid Cymru 301. Plaid Cymru (Sam Lee) 612, Lab 488.", _DAY)
    assert _candidates(facts, "roles.candidate-tally-inline") == {
        ("Tom Ure", "Liberal Democrats"), ("Kay Dunn", "Independent"), ("Sam Lee", "Plaid Cymru")}


def test_a_name_in_brackets_alone_is_no_round_up(facts_of):
    facts = facts_of("Labour (Tom Ure) 834 was the figure the clerk read out.", _DAY)
    assert not _candidates(facts, "roles.candidate-tally-inline")


def test_a_tally_with_the_party_after_of_and_shares_in_brackets(facts_of):
    facts = facts_of("Ann Roe won the Fenby mayoral election. Jo Platt of the Green Party (2,960), the independent Tom Ure "
                     "(8,215) and Reform UK's Sam Lee (1,032) went out in the first round. Kay Dunn of the Liberal Democrats "
                     "(9.4%) and Labour's Pat Kerr (6.1%) followed them in the second.", _DAY)
    assert _candidates(facts, "roles.candidate-tally-inline") >= {
        ("Jo Platt", "Green Party"), ("Kay Dunn", "Liberal Democrats"), ("Pat Kerr", "Labour Party")}


def test_shares_in_a_survey_are_no_tally(facts_of):
    facts = facts_of("Ann Roe won the Fenby mayoral election. A poll put Lee Cole (45%) ahead of Labour's Max Bird (40%).", _DAY)
    assert not _candidates(facts, "roles.candidate-tally-inline")


def test_a_place_ahead_of_another_and_a_bare_count(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Tom Ure of the Greens was fourth behind Jo Platt. "
                     "Reform UK's Kay Dunn mustered 1,175. The independent Sam Lee collected 731.", _DAY)
    assert _candidates(facts, "roles.candidate-placed") == {
        ("Tom Ure", "Green Party"), ("Kay Dunn", "Reform UK"), ("Sam Lee", "Independent")}


def test_no_place_or_count_outside_a_contest_nor_a_hypothetical_or_partyless_one(facts_of):
    for text in ("Tom Ure of the Greens was fourth behind Jo Platt in the charity run.",
                 "Ann Roe won the Fenby by-election. Reform UK's Kay Dunn would get 500.",
                 "Ann Roe won the Fenby by-election. Labour's Kay Dunn got 3 in the end.",
                 "Ann Roe won the Fenby by-election for Labour. Kay Dunn mustered 1,175."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-placed"), text


def test_a_place_told_without_its_count(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. The runner-up, with 29.5%, was the former senator Tom Ure, a Labour "
                     "member. Reform UK's Jo Platt was a distant third.", _DAY)
    assert _candidates(facts, "roles.candidate-placed") == {("Tom Ure", "Labour Party"), ("Jo Platt", "Reform UK")}


def test_a_third_generation_farmer_is_no_place(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Labour's Tom Ure was a third-generation farmer.", _DAY)
    assert not _candidates(facts, "roles.candidate-placed")


def test_a_rival_beaten_by_someone_the_text_does_not_name(facts_of):
    facts = facts_of("Ann Roe won the Fenby mayoral election. The former officer beat Labour's Tom Ure after second preferences "
                     "were counted.", _DAY)
    assert ("Tom Ure", "Labour Party") in _candidates(facts, "roles.candidate-pair")


def test_a_seat_lost_to_a_rival_of_a_party(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. In May she lost Hale to Tom Ure of the Labour Party by 906 votes.", _DAY)
    assert ("Tom Ure", "Labour Party") in _candidates(facts, "roles.candidate-pair")


def test_a_job_lost_to_someone_or_a_leadership_beaten_is_no_field(facts_of):
    for text in ("Ann Roe won the Fenby by-election. He lost his job to Labour's Tom Ure.",
                 "Ann Roe won the Fenby by-election. The former officer beat Labour's Tom Ure for the party leadership."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-pair"), text


def test_also_standing_lists_the_field(facts_of):
    facts = facts_of("The Fenby by-election is on Thursday. Also standing are Tom Ure of the Labour Party, Jo Platt "
                     "(Reform UK) and Kay Dunn.", _DAY)
    assert _candidates(facts, "roles.candidate-list") == {("Tom Ure", "Labour Party"), ("Jo Platt", "Reform UK"),
                                                          ("Kay Dunn", None)}


def test_saying_they_would_stand_lists_no_field(facts_of):
    facts = facts_of("The Fenby by-election is on Thursday. Ann Roe (Lab) said Tom Ure (Con) would stand.", _DAY)
    assert not _candidates(facts, "roles.candidate-list")


def test_seeking_a_partys_nomination_is_standing_for_it(facts_of):
    facts = facts_of("The Fenby special election is in May. Tom Ure, who is seeking the Republican nomination, spoke on "
                     "Monday. Jo Platt is running for the Democratic nomination for governor.", _DAY)
    assert _candidates(facts, "roles.seeking-nomination") == {("Tom Ure", "Republican Party"),
                                                              ("Jo Platt", "Democratic Party")}


def test_a_nomination_planned_denied_of_years_before_or_of_no_party_is_none(facts_of):
    for text in ("Tom Ure plans to seek the Democratic nomination.", "Tom Ure may run for the Democratic nomination.",
                 "Tom Ure never sought the Democratic nomination.", "In 2008 Tom Ure sought the Democratic nomination.",
                 "Tom Ure is seeking the nomination."):
        assert not _candidates(facts_of(text, _DAY), "roles.seeking-nomination"), text


def test_a_rivals_own_count_after_to(facts_of):
    facts = facts_of("Ann Roe won the race for Fenby's 3rd Congressional District with 58 percent of the vote to "
                     "Republican Tom Ure's 41 percent.", _DAY)
    assert _candidates(facts, "roles.candidate-votes-to") == {("Tom Ure", "Republican Party")}
    for text in ("A poll gave Ann Roe 58 percent to Republican Tom Ure's 41 percent.",
                 "Ann Roe won the leadership ballot by 54 votes to Tom Ure's 44."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-votes-to"), text


def test_a_bare_count_after_a_description_and_the_name_in_apposition(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for Labour with 12,000 votes. The Tory, Tom Ure, got 8,000.", _DAY)
    assert _candidates(facts, "roles.candidate-placed") == {("Tom Ure", "Conservative Party")}


def test_a_field_talked_of_is_no_list(facts_of):
    for text in ("The Fenby by-election is on Thursday. Possible candidates include Tom Ure (Lab) and Jo Platt (Con).",
                 "The Fenby by-election is on Thursday. The candidates could be Tom Ure (Lab) and Jo Platt (Con)."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-list"), text


def test_a_hypothetical_or_surveyed_contest_sets_nobody_against_anyone(facts_of):
    for text in ("The Fenby by-election is on Thursday. If Tom Ure (Lab) stood against Jo Platt (Con), he would win.",
                 "The Fenby by-election is on Thursday. A poll shows Labour's Tom Ure leading Conservative Jo Platt.",
                 "The Fenby by-election is on Thursday. Labour's Tom Ure would beat Conservative Jo Platt, a poll suggests."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-pair"), text


def test_money_a_race_or_a_crowd_is_no_count_or_place_in_the_contest(facts_of):
    for text in ("Ann Roe won the Fenby by-election for Labour. Labour's Tom Ure received 5,000 from donors.",
                 "Ann Roe won the Fenby by-election for Labour. In the Hale marathon on Sunday, Tom Ure of the Greens was "
                 "fourth behind Jo Platt.",
                 "Ann Roe won the Fenby by-election for Labour. At a rally on Friday, Tom Ure of the Greens drew 2,000."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-placed"), text


def test_a_count_for_a_rival_named_after_a_party_s_plural_possessive(facts_of):
    facts = facts_of("Labor's Ann Roe has won the Fenby by-election, polling 38,214 votes after preferences to 31,002 for "
                     "the Greens' Tom Ure.")
    assert ("Tom Ure", "Australian Greens") in {(f.person, f.party) for f in facts.roles if "roles.candidate-votes-to" in f.rules}


def test_a_tally_item_whose_name_the_parser_missed_between_items_it_read(facts_of):
    facts = facts_of("FENBY (Kelby) council by-election: Iwan Prydderch (Plaid Cymru) 812, Carys Howells (Lab) 655, "
                     "Tom Brereton (Con) 201. Plaid Cymru gain from Lab.")
    assert ("Carys Howells", "Labour Party") in {(f.person, f.party) for f in facts.roles if "roles.candidate-tally-inline" in f.rules}


def test_a_bracketed_place_or_a_lone_item_is_no_unread_candidate(facts_of):
    facts = facts_of("Fenby Council (Kelby) 2024: the Town Hall (Grade II) 1850 was sold.")
    assert not [f for f in facts.roles if "roles.candidate-tally-inline" in f.rules]
