"""Fields listed party by party or candidate by candidate in running text (kg/extract/candidates.py)."""

import datetime as dt

_NIGERIA = "INEC said the by-election in Fenby Federal Constituency of Kano State will hold in March. "


def _candidates(facts, rule):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and rule in f.rules}


def test_parties_each_with_their_candidate_after_a_sponsoring_verb(facts_of):
    facts = facts_of(_NIGERIA + "The APC has sponsored Ann Roe; APGA, Tom Ure; and PDP, Jo Platt.")
    assert _candidates(facts, "roles.candidate-by-party") == {
        ("Ann Roe", "All Progressives Congress"), ("Tom Ure", "All Progressives Grand Alliance"),
        ("Jo Platt", "People's Democratic Party (Nigeria)")}


def test_a_party_kg_cannot_read_keeps_the_list_but_gives_no_fact(facts_of):
    facts = facts_of(_NIGERIA + "It will be contested by three parties, namely: ACCORD, Sani Ade; APC, Musa Okafor; "
                                "and APGA, Emeka Obi.")
    assert _candidates(facts, "roles.candidate-by-party") == {
        ("Musa Okafor", "All Progressives Congress"), ("Emeka Obi", "All Progressives Grand Alliance")}


def test_one_party_and_a_name_is_no_list(facts_of):
    facts = facts_of(_NIGERIA + "According to the APC, Ann Roe will campaign in the state.")
    assert not _candidates(facts, "roles.candidate-by-party")


def test_party_then_name_without_semicolons_or_a_sponsor_is_no_field(facts_of):
    facts = facts_of(_NIGERIA + "Leaders of the APC, Ann Roe and PDP, Tom Ure met on Monday.")
    assert not _candidates(facts, "roles.candidate-by-party")


def test_parties_and_candidates_paired_respectively(facts_of):
    facts = facts_of(_NIGERIA + "Three parties will contest it, namely: APC, APGA and PDP with Bola Idris, Kemi Alabi "
                                "and Femi Ojo as their candidates, respectively.")
    assert _candidates(facts, "roles.candidate-respectively") == {
        ("Bola Idris", "All Progressives Congress"), ("Kemi Alabi", "All Progressives Grand Alliance"),
        ("Femi Ojo", "People's Democratic Party (Nigeria)")}


def test_lists_of_different_lengths_are_not_paired(facts_of):
    facts = facts_of(_NIGERIA + "APC, APGA and PDP with Bola Idris and Femi Ojo as their candidates, respectively.")
    assert not _candidates(facts, "roles.candidate-respectively")


def test_tally_told_in_a_sentence_with_codes_read_in_the_country(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for Fine Gael. Ms Roe received 8,841 first preference votes, "
                     "Tom Ure (FF) 7,416, Jo Platt (SF) 2,873 and Sam Boyle (Lab) 1,046. Candidates excluded were "
                     "Ind Joe Tully (47) and Green Party's Sean Doyle (423).")
    assert _candidates(facts, "roles.candidate-tally-inline") == {
        ("Tom Ure", "Fianna Fáil"), ("Jo Platt", "Sinn Féin"), ("Sam Boyle", "Labour Party (Ireland)"),
        ("Joe Tully", "Independent"), ("Sean Doyle", "Green Party (Ireland)")}


def test_tally_with_votes_in_brackets_in_a_race_without_parties(facts_of):
    facts = facts_of("Ann Roe was proclaimed the new representative of Fenby. She beat three other candidates: "
                     "former Hale Mayor Tom Ure (38,215 votes), Jo Platt (1,274 votes), and Kay Dunn (986 votes).")
    assert _candidates(facts, "roles.candidate-tally-inline") == {("Tom Ure", None), ("Jo Platt", None), ("Kay Dunn", None)}


def test_one_name_with_votes_is_no_tally_and_a_year_is_no_count(facts_of):
    facts = facts_of("Ann Roe (FF) 7,416 was the best result. Tom Ure (1998) and Jo Platt (2004) wrote books.")
    assert not _candidates(facts, "roles.candidate-tally-inline")


def test_in_a_partisan_article_an_item_without_a_party_gives_nothing(facts_of):
    facts = facts_of("Labour held Fenby. Ann Roe (Lab) got 7,416 votes, Tom Ure (2,100 votes) and Jo Platt (950 votes).")
    assert ("Tom Ure", None) not in _candidates(facts, "roles.candidate-tally-inline")


def test_a_leadership_tally_gives_its_field_the_party_whose_leadership_it_was(facts_of):
    facts = facts_of("Ann Roe has been chosen as the next leader of the Labour Party.\n\nLeadership results:\n\n"
                     "Ann Roe – 241,356 (54.8%)\nTom Ure – 117,904 (26.9%)\nJo Platt – 68,302 (18.3%)\n")
    assert {("Tom Ure", "Labour Party"), ("Jo Platt", "Labour Party")} <= _candidates(facts, "roles.candidate-tally")


def test_a_by_election_tally_without_parties_takes_no_leadership_party(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for Labour.\n\nTom Ure – 13,218 (26.9%)\nJo Platt – 7,597 (18.3%)\n")
    assert not _candidates(facts, "roles.candidate-tally")


def test_rivals_listed_after_the_winner_beat_them(facts_of):
    facts = facts_of("Ann Roe was elected Labour's deputy leader. She beat three rivals - Tom Ure, who came second, "
                     "Jo Platt and finally Kay Dunn.")
    assert _candidates(facts, "roles.candidate-rivals") == {
        ("Tom Ure", "Labour Party"), ("Jo Platt", "Labour Party"), ("Kay Dunn", "Labour Party")}


def test_rivals_beaten_years_before_or_not_listed_are_not_this_field(facts_of):
    facts = facts_of("Labour's Ann Roe spoke in 2024. In 2015 she beat three rivals - Tom Ure, Jo Platt and Kay Dunn. "
                     "She also beat her rivals in the polls, said Sam Boyle.", dt.date(2024, 5, 1))
    assert not _candidates(facts, "roles.candidate-rivals")


def test_a_place_in_the_count_with_its_share(facts_of):
    facts = facts_of("Labour's Ann Roe won the Fenby mayoralty. Conservative Tom Ure was second on 19.4 per cent. "
                     "Sam Boyle was re-elected with 648,210 votes, followed by Bob Hart aka Kelbo with 51,873 votes.")
    assert _candidates(facts, "roles.candidate-placed") == {("Tom Ure", "Conservative Party"), ("Bob Hart", None)}


def test_a_place_without_a_count_or_years_before_is_no_candidacy(facts_of):
    facts = facts_of("Ann Roe was second in line for the job. The march was followed by Tom Ure with a speech. "
                     "In 2010 Jo Platt was third on 12 per cent.", dt.date(2024, 5, 1))
    assert not _candidates(facts, "roles.candidate-placed")


def test_several_standing_for_a_partys_deputy_leadership(facts_of):
    facts = facts_of("Tom Ure, Jo Platt and Kay Dunn are standing for the Labour deputy leadership.")
    assert _candidates(facts, "roles.candidate-for-leader") == {
        ("Tom Ure", "Labour Party"), ("Jo Platt", "Labour Party"), ("Kay Dunn", "Labour Party")}


def test_standing_for_leader_takes_the_articles_one_party(facts_of):
    facts = facts_of("The Liberal Democrats will elect a new leader in June. Ann Roe is standing for deputy leader.")
    assert _candidates(facts, "roles.candidate-for-leader") == {("Ann Roe", "Liberal Democrats")}


def test_would_stand_or_refusing_to_stand_or_a_seat_is_no_leadership_candidacy(facts_of):
    facts = facts_of("Labour will elect a new leader. Sam Boyle would stand for leader. Bob Hart refused to stand for the "
                     "leadership. Kay Dunn is standing for the Fenby seat as Labour's former deputy leader.")
    assert not _candidates(facts, "roles.candidate-for-leader")


def test_his_opponent_is_both_sides_of_the_race(facts_of):
    facts = facts_of("Two candidates are vying in the Fenby by-election. Tom Ure is backed by the Greens. "
                     "His opponent is Jo Platt, 43. Kay Dunn is Tom Ure's rival too.")
    assert _candidates(facts, "roles.candidate-opponent") >= {("Jo Platt", None), ("Kay Dunn", None)}
    assert "Tom Ure" in {person for person, _ in _candidates(facts, "roles.candidate-opponent")}


def test_an_opponent_outside_an_election_story_is_no_candidate(facts_of):
    facts = facts_of("Tom Ure runs a bakery in Fenby. His opponent is Jo Platt, who lost the chess final.")
    assert not _candidates(facts, "roles.candidate-opponent")


def test_standing_down_or_running_the_count_is_no_field(facts_of):
    for text in ("Ann Roe won the Fenby by-election for Labour. Standing down at the same election were Tom Ure for the "
                 "Greens and Jo Platt for Reform UK.",
                 "Ann Roe won the Fenby by-election for Labour. Running the count were Tom Ure for the Greens and Jo Platt "
                 "for Reform UK."):
        assert not _candidates(facts_of(text, dt.date(2024, 5, 3)), "roles.candidate-list"), text


def test_standing_in_the_candidacy_sense_still_lists_the_field(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for Labour. Also standing were Tom Ure for the Greens and Jo Platt "
                     "for Reform UK.", dt.date(2024, 5, 3))
    assert _candidates(facts, "roles.candidate-list") == {("Tom Ure", "Green Party"), ("Jo Platt", "Reform UK")}


def test_every_item_of_a_listed_subject_stood(facts_of):
    facts = facts_of("Sinn Féin's Ann Roe, Tom Ure of the Greens and Labour's Jo Platt were eliminated in the Fenby by-election.")
    assert {p for p, _ in _candidates(facts, "roles.candidate-joined")} == {"Ann Roe", "Tom Ure", "Jo Platt"}


def test_listed_subject_with_bracketed_codes_placed_in_the_count(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. Tom Ure (Con) and Jo Platt (LD) finished well behind.")
    assert _candidates(facts, "roles.candidate-joined") == {("Tom Ure", "Conservative Party"), ("Jo Platt", "Liberal Democrats")}


def test_listed_subject_that_contested_or_stood(facts_of):
    facts = facts_of("Ann Roe (Lab), Tom Ure (Con) and Jo Platt (Green) contested the Fenby by-election.")
    assert _candidates(facts, "roles.candidate-joined") == {
        ("Ann Roe", "Labour Party"), ("Tom Ure", "Conservative Party"), ("Jo Platt", "Green Party")}
    facts = facts_of("In the Fenby by-election, Tom Ure of the SDP and Labour's Jo Platt also stood.")
    assert {p for p, _ in _candidates(facts, "roles.candidate-joined")} == {"Tom Ure", "Jo Platt"}


def test_a_name_inside_an_item_or_a_hypothetical_list_is_no_candidate(facts_of):
    facts = facts_of("Ann Roe, an aide of Labour's Tom Ure, was eliminated in the Fenby by-election.")
    assert not _candidates(facts, "roles.candidate-joined")
    facts = facts_of("Labour's Ann Roe and Tom Ure of the Greens would stand in the Fenby by-election if it were called.")
    assert not _candidates(facts, "roles.candidate-joined")
    facts = facts_of("Labour's Ann Roe and Tom Ure of the Greens stood by the decision to hold the Fenby by-election.")
    assert not _candidates(facts, "roles.candidate-joined")


def test_a_listed_subject_in_an_article_without_an_election_is_none(facts_of):
    facts = facts_of("Labour's Ann Roe and Tom Ure of the Greens were eliminated in the semi-finals of the Fenby Open.")
    assert not _candidates(facts, "roles.candidate-joined")


def test_a_list_item_with_its_party_in_its_title_and_a_party_in_the_article_s_country(facts_of):
    facts = facts_of("Nominations have closed for the Fenby by-election. The candidates are Fianna Fáil's Ann Roe, Tom Ure of "
                     "the Greens, Sinn Féin's Jo Platt and the Independent councillor Kay Dunn.")
    assert _candidates(facts, "roles.candidate-list") == {
        ("Ann Roe", "Fianna Fáil"), ("Tom Ure", "Green Party (Ireland)"), ("Jo Platt", "Sinn Féin"), ("Kay Dunn", "Independent")}


def test_a_title_outside_the_list_gives_no_party(facts_of):
    facts = facts_of("The candidates are Ann Roe (Labour) and Tom Ure (Green), said Labour leader Jo Platt.")
    assert "Jo Platt" not in {p for p, _ in _candidates(facts, "roles.candidate-list")}


def test_a_listed_field_vying_for_seats_or_on_the_ballot(facts_of):
    facts = facts_of("Counting continues in Fenby. Fianna Fáil's Tom Ure, Jo Platt of the Greens and the Social Democrats' Kay Dunn "
                     "are battling for the constituency's two remaining seats.")
    assert _candidates(facts, "roles.candidate-joined") == {
        ("Tom Ure", "Fianna Fáil"), ("Jo Platt", "Green Party (Ireland)"), ("Kay Dunn", "Social Democrats")}
    facts = facts_of("Democrat Ann Roe and Republican Tom Ure are on the ballot in next month's special election for House District 9.")
    assert _candidates(facts, "roles.candidate-joined") == {("Ann Roe", "Democratic Party"), ("Tom Ure", "Republican Party")}


def test_a_listed_pair_fighting_for_something_else_is_no_field(facts_of):
    facts = facts_of("Democrat Ann Roe and Republican Tom Ure are battling for the rights of miners in Fenby.")
    assert not _candidates(facts, "roles.candidate-joined")


def test_a_candidate_s_own_part_in_the_count(facts_of):
    facts = facts_of("Counting continues in Fenby, where Sinn Féin's Ann Roe topped the poll and was elected on the first count.")
    assert _candidates(facts, "roles.candidate-own-count") == {("Ann Roe", "Sinn Féin")}
    facts = facts_of("In Fenby, Labour's Ann Roe was returned on the ninth count, but Fine Gael's Tom Ure lost the seat he had held "
                     "since 1989.", dt.date(1997, 6, 8))
    assert _candidates(facts, "roles.candidate-own-count") == {("Tom Ure", "Fine Gael")}


def test_a_survey_s_poll_a_board_s_seat_or_a_recall_is_no_count(facts_of):
    for text in ("Labour's Ann Roe topped the poll of party members on the leadership question.",
                 "Labour's Ann Roe topped a YouGov poll of possible leaders before the Fenby by-election.",
                 "Labour's Ann Roe lost her seat on the council's planning committee after the vote.",
                 "Conservative MP Tom Ure lost his seat after 11.2 per cent of eligible voters in Fenby signed a recall petition."):
        assert not _candidates(facts_of(text), "roles.candidate-own-count"), text


def test_an_office_holder_seeking_a_further_term_stands(facts_of):
    facts = facts_of("The Socialist (PSOE) mayor, Ann Roe, is seeking a second term.")
    assert _candidates(facts, "roles.seeking-term") == {("Ann Roe", "Spanish Socialist Workers Party")}
    facts = facts_of("Republican Gov. Tom Ure is seeking re-election in November.")
    assert _candidates(facts, "roles.seeking-term") == {("Tom Ure", "Republican Party")}


def test_a_term_not_sought_only_planned_or_served_is_no_candidacy(facts_of):
    for text in ("Republican Gov. Tom Ure will not seek re-election in November.", "Republican Gov. Tom Ure plans to seek a second term.",
                 "Ann Roe has served a second term as mayor of Fenby.", "Ann Roe may run for a second term."):
        assert not _candidates(facts_of(text), "roles.seeking-term"), text


def test_a_party_selects_someone_to_fight_the_contest(facts_of):
    facts = facts_of("Voters in Fenby go to the polls on Thursday. Labour has selected Ann Roe, a local GP, to defend a majority of 9,870.")
    assert _candidates(facts, "roles.selected-to-contest") == {("Ann Roe", "Labour Party")}
    facts = facts_of("Tom Ure was chosen by the Liberal Democrats to fight the Fenby by-election.")
    assert _candidates(facts, "roles.selected-to-contest") == {("Tom Ure", "Liberal Democrats")}


def test_a_party_selecting_someone_for_other_work_or_maybe_is_no_candidacy(facts_of):
    for text in ("Labour has selected Ann Roe to lead its review of housing policy.",
                 "Labour could select Ann Roe to fight the Fenby by-election."):
        assert not _candidates(facts_of(text), "roles.selected-to-contest"), text


def test_a_list_split_at_a_curly_possessive_still_stood(facts_of):
    facts = facts_of("Counting continues in Fenby. Jo Platt of the Greens and the Social Democrats’ Kay Dunn are battling for "
                     "the two remaining seats.")
    assert _candidates(facts, "roles.candidate-joined") == {("Jo Platt", "Green Party (Ireland)"), ("Kay Dunn", "Social Democrats")}


def test_a_seat_taken_off_a_rival_of_another_party(facts_of):
    facts = facts_of("Reform UK's Ann Roe won the seat from Labour's Tom Ure.")
    assert _candidates(facts, "roles.candidate-seat-taken") == {("Ann Roe", "Reform UK"), ("Tom Ure", "Labour Party")}


def test_a_thing_taken_from_someone_is_no_seat(facts_of):
    for text in ("Labour's Ann Roe took the microphone from the Tory Tom Ure.", "Labour's Ann Roe took the chair from Labour's Tom Ure."):
        assert not _candidates(facts_of(text), "roles.candidate-seat-taken"), text


def _any_candidates(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate"}


def test_a_bid_only_weighed_or_talked_of_is_no_candidacy(facts_of):
    for text in ("Ann Roe had considered running for the Fenby seat as a Labour candidate but decided against it.",
                 "Labour is expected to name Councillor Tom Ure as its candidate next week.",
                 "Party sources say former MPP Jo Platt is expected to be named the candidate this week.",
                 "Councillor Ann Roe, who had considered running for the Labour nomination in Fenby, ruled herself out."):
        assert not _any_candidates(facts_of(text)), text


def test_a_bid_made_after_weighing_it_stands(facts_of):
    facts = facts_of("Ann Roe, who had considered retiring, is standing for Labour in the Fenby by-election.")
    assert ("Ann Roe", "Labour Party") in _any_candidates(facts)


def test_a_club_s_vote_beating_a_fellow_director_is_no_public_race(facts_of):
    facts = facts_of("Ann Roe was elected chairman of Fenby Rovers at the club's annual general meeting on Thursday, beating "
                     "fellow director Tom Ure in a vote of shareholders.")
    assert not _any_candidates(facts)
    facts = facts_of("Republican Tom Ure was elected governor of Kelby on Tuesday, defeating Democratic state Sen. Ann Roe.")
    assert _any_candidates(facts) >= {("Tom Ure", "Republican Party"), ("Ann Roe", "Democratic Party")}


def test_a_race_without_parties_told_by_its_count_is_a_public_race(facts_of):
    facts = facts_of("Council member Ann Roe was elected mayor of Fenby on Saturday, defeating incumbent Mayor Tom Ure in a runoff, "
                     "5,214 votes to 4,870.")
    assert {p for p, _ in _any_candidates(facts)} >= {"Ann Roe", "Tom Ure"}


def test_named_as_their_candidate_takes_the_party_that_names(facts_of):
    facts = facts_of("The Liberal Democrats have picked Ann Roe as their candidate for Fenby.")
    assert _candidates(facts, "roles.named-as-candidate") == {("Ann Roe", "Liberal Democrats")}


def test_a_bid_supposed_if_asked_is_no_candidacy_but_reported_speech_may_be(facts_of):
    facts = facts_of("Former minister Ann Roe would stand in the Marlow by-election if asked, she told BBC Radio 4 on Wednesday, "
                     "but Labour is expected to name Councillor Tom Ure as its candidate next week.")
    assert not _any_candidates(facts)
