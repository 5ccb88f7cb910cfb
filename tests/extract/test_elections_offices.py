"""Contests for a place's offices other than its seat in a chamber, and offices that are appointed rather than
contested (kg/extract/elections.py): sentences written for the test, with invented names."""


def _won(facts):
    return {(e.kind, e.seat, e.winner) for e in facts.elections}


def test_the_race_for_an_office_is_of_the_place_the_article_elected_its_governor_in(facts_of):
    facts = facts_of("Ann Roe was elected governor of Kelby. Jo Platt won the race for lieutenant governor.")
    assert ("lieutenant gubernatorial election", "Kelby", "Jo Platt") in _won(facts)
    assert ("gubernatorial election", "Kelby", "Ann Roe") in _won(facts)


def test_winners_listed_with_their_races_pair_up_in_order(facts_of):
    facts = facts_of("Jo Platt and Tom Ure were declared winners in their races for attorney general and lieutenant governor of Kelby.")
    assert ("lieutenant gubernatorial election", "Kelby", "Tom Ure") in _won(facts)
    assert ("attorney general election", "Kelby", "Jo Platt") in _won(facts)
    assert ("attorney general election", "Kelby", "Tom Ure") not in _won(facts)


def test_a_tickets_members_stand_for_its_heads_party(facts_of):
    facts = facts_of("Republican Ann Roe has been elected the 50th governor of Kelby. Her rival was Democrat Hal Dunn. "
                     "Roe's running mates, Jo Platt and Tom Ure, were also declared winners in their respective "
                     "races for attorney general and lieutenant governor.")
    parties = {(e.winner, e.party) for e in facts.elections if e.kind != "gubernatorial election"}
    assert parties == {("Jo Platt", "Republican Party"), ("Tom Ure", "Republican Party")}


def test_a_race_only_hoped_for_or_for_a_party_office_is_no_result(facts_of):
    assert not facts_of("Jo Platt hopes to win the race for mayor of Hale.").elections
    assert not facts_of("Jo Platt won the race for president of the Green Party.").elections


def test_unequal_lists_of_winners_and_offices_pair_nobody(facts_of):
    facts = facts_of("Tom Ure, Jo Platt and Ann Roe were declared winners in their races for mayor and attorney general of Kelby.")
    assert not any(e.kind in ("mayoral election", "attorney general election") for e in facts.elections)


def test_a_cabinet_pick_is_no_candidate_selection(facts_of):
    facts = facts_of("Tom Ure named Jo Platt for the post. Ure picks Platt for Interior Secretary.")
    assert not any(e.seat == "Interior Secretary" for e in facts.elections)


def test_the_winner_of_an_office_contest_holds_the_office(facts_of):
    facts = facts_of("Ann Roe was elected governor of Kelby. Jo Platt won the race for lieutenant governor.")
    assert any(f.person == "Jo Platt" and f.role == "lieutenant governor" and "roles.officer-from-result" in f.rules
               for f in facts.roles)


def test_an_office_the_article_names_already_is_not_given_again(facts_of):
    facts = facts_of("Kenton Governor Ann Roe was re-elected with 76,134 votes.")
    assert any(e.kind == "gubernatorial election" and e.winner == "Ann Roe" for e in facts.elections)
    assert not any("roles.officer-from-result" in f.rules for f in facts.roles)


def test_a_primary_won_in_a_place_the_sentence_names_is_that_places(facts_of):
    facts = facts_of("Voters were angry in Kelby, where Rep. Jo Platt came from behind to oust Sen. Tom Ure in the Democratic primary.")
    assert any(e.kind == "primary" and e.seat == "Kelby" and e.winner == "Jo Platt" and e.party == "Democratic Party"
               for e in facts.elections)


def test_each_partys_primary_for_one_seat_has_its_own_winner(facts_of):
    facts = facts_of("Jo Platt won the Democratic primary for the Kelby seat. Tom Ure won the Republican primary for the Kelby seat.")
    assert {(e.winner, e.party) for e in facts.elections if e.kind == "primary"} == {
        ("Jo Platt", "Democratic Party"), ("Tom Ure", "Republican Party")}
    assert len({e.election for e in facts.elections if e.kind == "primary"}) == 2


def test_a_caucus_electing_a_leader_and_a_deputy_holds_two_leadership_votes(facts_of):
    facts = facts_of("The Green Party caucus has elected Ann Roe as the party's new leader and Jo Platt as her deputy\n"
                     "The vote took an hour.")
    won = {(e.seat, e.winner, e.party) for e in facts.elections}
    assert ("Leader of the Green Party", "Ann Roe", "Green Party") in won
    assert ("Deputy Leader of the Green Party", "Jo Platt", "Green Party") in won


def test_a_post_of_another_body_or_a_hoped_for_choice_is_no_leadership_vote(facts_of):
    assert not any(e.kind == "leadership election" for e in facts_of("The Green Party elected Ann Roe as leader of the council.").elections)
    assert not any(e.kind == "leadership election" for e in facts_of("The Green Party elected Ann Roe as deputy speaker.").elections)
    assert not any(e.kind == "leadership election" for e in facts_of("The Green Party may elect Ann Roe as its leader.").elections)


def test_a_chamber_electing_its_speaker_is_a_vote_for_the_speakership(facts_of):
    facts = facts_of("Kelby Republican Rep. Ann Roe, a party whip, was elected House speaker on Wednesday in a floor vote.")
    assert any(e.kind == "speaker election" and e.seat == "Speaker of the House" and e.winner == "Ann Roe"
               and e.party == "Republican Party" for e in facts.elections)
    assert not any(f.person == "Ann Roe" and f.role == "mp" for f in facts.roles)


def test_a_deputy_speaker_elected_is_no_speakership_vote(facts_of):
    facts = facts_of("Ann Roe, a Green Party member, was elected deputy speaker of the Assembly on Monday.")
    assert not any(e.kind == "speaker election" for e in facts.elections)


def test_second_to_a_person_in_a_leadership_race_makes_them_its_winner(facts_of):
    facts = facts_of("Green Party Leader Ann Roe spoke on Thursday. Tom Ure, who had finished second to Roe in a leadership "
                     "campaign, now runs a charity.")
    assert any(e.kind == "leadership election" and e.winner == "Ann Roe" and e.party == "Green Party" for e in facts.elections)
    assert not any(e.winner == "Tom Ure" for e in facts.elections)


def test_a_council_vote_for_mayor_is_the_place_contest(facts_of):
    facts = facts_of("The Hale council elected Ann Roe as mayor on Tuesday.")
    assert [(e.seat, e.winner) for e in facts.elections] == [("Hale", "Ann Roe")]


def test_a_state_parliament_vote_for_premier(facts_of):
    facts = facts_of("Lawmakers in the northern state of Saxony on Thursday elected Ann Roe as state premier.")
    assert [(e.seat, e.winner) for e in facts.elections] == [("Saxony", "Ann Roe")]


def test_a_council_vote_for_its_chair_is_no_result(facts_of):
    facts = facts_of("The Hale council elected Ann Roe as its chair on Tuesday.")
    assert not facts.elections


def test_a_club_vote_for_premier_is_no_contest_of_a_place(facts_of):
    facts = facts_of("Members of the Hale Rowing Club elected Tom Ure as premier rower.")
    assert not facts.elections


def test_a_presidency_won_is_the_country_seat(facts_of):
    facts = facts_of("Voters in Brazil went to the polls. Ann Roe won the presidential election on Sunday.")
    assert [(e.kind, e.seat, e.winner) for e in facts.elections] == [("presidential election", "Brazil", "Ann Roe")]


def test_a_general_election_won_keeps_no_seat(facts_of):
    facts = facts_of("Voters in Brazil went to the polls. Ann Roe won the general election on Sunday.")
    assert all(e.seat is None for e in facts.elections)
