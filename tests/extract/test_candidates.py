"""A contest's field: result tables, lists of contenders and head-to-head results (kg/extract/candidates.py)."""

import datetime as dt

from tests.extract.conftest import roles


def _candidates(facts, rule):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and rule in f.rules}


def test_result_table_with_parties_in_brackets(facts_of):
    facts = facts_of("The count in Fenby ended at dawn.\n\nAnn Roe (Labour) 12,345 votes\nTom Ure (Conservatives) 2,857 votes\n"
                     "Jo Platt (LD) 352 votes\nLady Kay Dunn (Fenby First Party) 197 votes\n")
    assert _candidates(facts, "roles.candidate-tally") >= {
        ("Ann Roe", "Labour Party"), ("Tom Ure", "Conservative Party"), ("Jo Platt", "Liberal Democrats"),
        ("Kay Dunn", "Fenby First Party")}


def test_result_table_with_dashes_and_a_ballot_slogan(facts_of):
    facts = facts_of("Ann Roe - Reform UK- 412\n\nTom Ure - The Green Party - 297\n\n"
                     "Jo Platt - Fenby Alliance. No Tolls. - 72\n\n")
    assert _candidates(facts, "roles.candidate-tally") == {
        ("Ann Roe", "Reform UK"), ("Tom Ure", "Green Party"), ("Jo Platt", "Fenby Alliance")}


def test_one_line_is_not_a_table(facts_of):
    facts = facts_of("Ann Roe (Labour) 12,345 votes\n\nThe turnout was low.")
    assert not _candidates(facts, "roles.candidate-tally")


def test_a_place_or_a_year_in_brackets_is_no_party(facts_of):
    facts = facts_of("Ann Roe (Fenby) 2019\nTom Ure (Reuters) 2018\n")
    assert not _candidates(facts, "roles.candidate-tally")


def test_table_without_parties_in_a_race_without_parties(facts_of):
    facts = facts_of("Chicago chose its mayor.\n\nAnn Roe, 53,717 - 49 percent\n\nTom Ure, 50,974 - 45 percent\n")
    assert _candidates(facts, "roles.candidate-tally") == {("Ann Roe", None), ("Tom Ure", None)}


def test_table_without_parties_in_a_partisan_article_gives_no_partyless_candidate(facts_of):
    facts = facts_of("Labour held the seat.\n\nAnn Roe, 53,717 - 49 percent\n\nTom Ure, 50,974 - 45 percent\n")
    assert not _candidates(facts, "roles.candidate-tally")


def test_the_winner_of_a_table_was_a_candidate_too(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election.\n\nAnn Roe (Labour) 12,345 votes\nTom Ure (Conservatives) 2,857 votes\n")
    assert _candidates(facts, "roles.candidate-tally") == {("Ann Roe", "Labour Party"), ("Tom Ure", "Conservative Party")}


def test_list_of_candidates_with_for_the_party(facts_of):
    facts = facts_of("The full list of candidates includes Ann Roe for the SNP, Tom Ure for Scottish Labour, "
                     "and Jo Platt for the Scottish Conservatives.")
    assert _candidates(facts, "roles.candidate-list") == {
        ("Ann Roe", "Scottish National Party"), ("Tom Ure", "Labour Party"), ("Jo Platt", "Conservative Party")}


def test_other_contenders_in_brackets_and_an_independent(facts_of):
    facts = facts_of("Other contenders are Ann Roe (Scottish Liberal Democrats), Tom Ure (Fenby Family Party), "
                     "and Jo Platt as an independent.")
    assert _candidates(facts, "roles.candidate-list") == {
        ("Ann Roe", "Liberal Democrats"), ("Tom Ure", "Fenby Family Party"), ("Jo Platt", "Independent")}


def test_people_named_before_the_word_candidates_are_not_the_field(facts_of):
    facts = facts_of("Ann Roe (Lab) and Tom Ure (Con) both endorsed the candidates on Monday.")
    assert not _candidates(facts, "roles.candidate-list")


def test_a_former_member_in_a_list_is_not_a_candidate(facts_of):
    facts = facts_of("The candidates are Ann Roe (Lab), Tom Ure (Con) and former MP Jo Platt (LD).")
    found = _candidates(facts, "roles.candidate-list")
    assert ("Ann Roe", "Labour Party") in found and all(person != "Jo Platt" for person, _ in found)


def test_two_sides_with_bracket_codes(facts_of):
    facts = facts_of("In the regular election, Ann Roe (D) led Tom Ure (R) 50.2% to 49.8%.")
    assert _candidates(facts, "roles.candidate-pair") == {("Ann Roe", "Democratic Party"), ("Tom Ure", "Republican Party")}


def test_two_people_of_one_party_or_no_contest_are_no_pair(facts_of):
    assert not _candidates(facts_of("Ann Roe (R) appointed Tom Ure (R) to the seat."), "roles.candidate-pair")
    assert not _candidates(facts_of("Ann Roe (D) met Tom Ure (R) in Washington."), "roles.candidate-pair")


def test_regional_party_names_are_their_national_party(facts_of):
    found = roles(facts_of("Welsh Labour leader Ann Roe met Scottish Tories leader Tom Ure."))
    assert ("Ann Roe", "leader", "Labour Party") in found and ("Tom Ure", "leader", "Conservative Party") in found


def test_the_winner_of_a_race_with_a_rival_standing_was_a_candidate(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for Labour on Thursday. The Reform UK candidate, Tom Ure, came second.")
    assert ("Ann Roe", "Labour Party") in _candidates(facts, "roles.candidate-winner")


def test_a_win_with_nobody_else_standing_named_makes_no_candidate(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for Labour on Thursday. Turnout was low.")
    assert not _candidates(facts, "roles.candidate-winner")


def test_a_seat_won_at_a_general_election_or_years_ago_makes_no_candidate(facts_of):
    general = facts_of("Ann Roe won Fenby for Labour at the general election. The Reform UK candidate, Tom Ure, came second.")
    old = facts_of("Ann Roe won the Fenby by-election for Labour in 2009. The Reform UK candidate, Tom Ure, spoke on Monday.",
                   published=dt.date(2024, 5, 3))
    assert not _candidates(general, "roles.candidate-winner")
    assert not _candidates(old, "roles.candidate-winner")


def test_result_table_with_the_party_glued_after_the_name(facts_of):
    facts = facts_of("Fenby result, all booths counted\nAnn Roe Labour: 15,359 (54.07%)\nTom Ure Reform UK: 11,347 (39.95%)\n"
                     "Others: 384 (1.35%)\n")
    assert _candidates(facts, "roles.candidate-tally-glued") == {("Ann Roe", "Labour Party"), ("Tom Ure", "Reform UK")}


def test_a_glued_line_needs_a_known_party_a_whole_name_and_a_second_line(facts_of):
    no_party = facts_of("Fenby result\nAnn Roe Smith: 15,359 (54.07%)\nTom Ure Baker: 11,347 (39.95%)\n")
    one_word_name = facts_of("Fenby result\nRoe Labour: 15,359 (54.07%)\nUre Reform UK: 11,347 (39.95%)\n")
    one_line = facts_of("Fenby result\nAnn Roe Labour: 15,359 (54.07%)\n\nTurnout was low.")
    for facts in (no_party, one_word_name, one_line):
        assert not _candidates(facts, "roles.candidate-tally-glued")


def test_without_a_date_a_win_years_before_the_latest_year_named_makes_no_candidate(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for Labour in 2009. In 2024 the Reform UK candidate, Tom Ure, "
                     "spoke on Monday.")
    assert not _candidates(facts, "roles.candidate-winner")


def test_a_row_without_a_party_between_rows_with_parties_stood_under_none(facts_of):
    facts = facts_of("Labour held Fenby.\n\nAnn Roe - Labour - 15,529\n\nTom Ure - 248\n\nJo Platt - Reform UK - 163\n")
    assert _candidates(facts, "roles.candidate-tally") == {
        ("Ann Roe", "Labour Party"), ("Tom Ure", None), ("Jo Platt", "Reform UK")}


def test_a_listed_name_without_a_party_joined_to_the_field_stood_too(facts_of):
    facts = facts_of("The candidates in the Fenby by-election are Sam Boyle (Labour), Kay Dunn (Reform UK) and Bob Hart.")
    assert _candidates(facts, "roles.candidate-list") == {
        ("Sam Boyle", "Labour Party"), ("Kay Dunn", "Reform UK"), ("Bob Hart", None)}


def test_a_name_after_the_field_that_the_list_does_not_join_is_not_in_it(facts_of):
    facts = facts_of("The candidates are Sam Boyle (Labour) and Kay Dunn (Reform UK), the returning officer Bob Hart said.")
    assert ("Bob Hart", None) not in _candidates(facts, "roles.candidate-list")


def test_a_ballot_code_before_the_name_is_its_party_in_a_list(facts_of):
    facts = facts_of("Candidates excluded were Ind Joe Tully (47) and Green Party's Sean Doyle (423) in Fenby, Ireland.")
    assert ("Joe Tully", "Independent") in _candidates(facts, "roles.candidate-list")


def test_a_winner_named_only_as_who_vacated_the_seat_is_no_candidate(facts_of):
    facts = facts_of("Fianna Fáil's Ann Roe won the Fenby by-election. Sinn Féin's Jo Platt came second. In Hale, the "
                     "Fianna Fáil candidate won the seat vacated by Tom Ure, who has moved to a post in Strasbourg.")
    assert ("Tom Ure", "Fianna Fáil") not in _candidates(facts, "roles.candidate-winner")
    assert ("Ann Roe", "Fianna Fáil") in _candidates(facts, "roles.candidate-winner")


def test_a_name_after_a_list_of_rivals_is_no_candidate(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. She beat three rivals - Tom Ure, Jo Platt and Kay Dunn - "
                     "who said Sam Lee was to blame.")
    got = {f.person for f in facts.roles if f.role == "candidate"}
    assert "Sam Lee" not in got
    assert "Tom Ure" in got


def test_standing_for_leader_of_something_other_than_a_party_is_no_candidacy(facts_of):
    facts = facts_of("Tom Ure is standing for leader of the council. Ann Roe leads the Green Party.")
    assert not any(f.person == "Tom Ure" and f.role == "candidate" for f in facts.roles)


def test_a_rival_before_any_contest_is_named_is_no_candidate(facts_of):
    facts = facts_of("Ann Roe is a lawyer. Her rival at school was Tom Ure. The Fenby by-election is on Thursday.")
    assert not any(f.role == "candidate" and f.person in ("Ann Roe", "Tom Ure") for f in facts.roles)


def test_rivals_each_with_a_relative_clause_are_still_listed(facts_of):
    facts = facts_of("Kelby Governor Ann Roe of the APC polled 41,310 to defeat her closest opponents Tom Ure of the PDP who "
                     "scored 9,640 and Jo Platt of the SDP who got 2,115 votes.")
    assert {"Tom Ure", "Jo Platt"} <= {f.person for f in facts.roles if f.role == "candidate"}


def test_glued_table_party_written_with_wide_spaces(facts_of):
    # the party's words set apart by two spaces or a no-break space are not in the line as the words joined by one
    # space: looking them up so raised ValueError and ended the article; read as written, each row is a candidate
    text = "Kelby result\nLee Hale Green  Party: 15,359 (54.07%)\nKay Dunn Reform\u00a0UK: 11,347 (39.95%)"
    assert _candidates(facts_of(text), "roles.candidate-tally-glued") == {("Lee Hale", "Green Party"), ("Kay Dunn", "Reform UK")}
