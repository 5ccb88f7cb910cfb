"""Results told in passing, and contests named by their place and kind (kg/extract/elections.py): sentences
written for the test, with invented names."""

import datetime as dt


def _results(facts):
    return {(e.seat, e.winner) for e in facts.elections}


def test_topping_the_poll_is_a_count_not_a_forecast(facts_of):
    facts = facts_of("Fianna Fáil's Ann Roe topped the polls and was elected in the Fenby byelection.")
    assert ("Fenby", "Ann Roe") in _results(facts)


def test_votes_polled_are_a_tally_not_a_forecast(facts_of):
    facts = facts_of("Kenton Governor Tom Ure polled 273,424 votes to defeat his closest opponents.")
    assert any(e.winner == "Tom Ure" and e.seat == "Kenton" and e.kind == "gubernatorial election" for e in facts.elections)


def test_an_opinion_poll_still_hedges(facts_of):
    assert not facts_of("Ann Roe is leading the polls and will win the Fenby by-election.").elections
    assert not facts_of("Polls suggest Ann Roe won the Fenby by-election.").elections


def test_member_elected_is_elected_for_the_seat_of_the_title(facts_of):
    facts = facts_of("Fenby MP Ann Roe, who was elected at the same time in December, 2019, spoke.", dt.date(2022, 1, 20))
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" and e.year == 2019 and e.kind == "general election"
               for e in facts.elections)


def test_member_elected_to_another_office_is_not_the_titles_seat(facts_of):
    facts = facts_of("Fenby MP Ann Roe was elected leader of the Labour Party.")
    assert not any(e.seat == "Fenby" for e in facts.elections)


def test_a_party_before_the_title_is_no_seat(facts_of):
    assert not any(e.seat for e in facts_of("Tory MP Ann Roe was re-elected in 2019.", dt.date(2022, 1, 20)).elections)


def test_contest_named_by_its_place(facts_of):
    assert ("Fenby", "Ann Roe") in _results(facts_of("Ann Roe won the Fenby race."))
    facts = facts_of("Ann Roe did not need a second round, easily winning the Greater Fenby contest with 63 per cent of the vote.")
    assert ("Greater Fenby", "Ann Roe") in _results(facts)


def test_mayoral_race_of_a_place_the_model_takes_for_an_organisation(facts_of):
    facts = facts_of("Ann Roe won the Fenby mayoral race.")
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" and e.kind == "mayoral election" for e in facts.elections)


def test_a_chamber_a_party_or_a_year_before_a_race_is_no_seat(facts_of):
    for text in ("Ann Roe won the Senate race.", "Ann Roe won the Democratic race.", "Ann Roe won the 2019 race.",
                 "Ann Roe won the contest."):
        assert not any(e.seat for e in facts_of(text).elections), text


def test_run_off_won_in_a_place_named_with_of(facts_of):
    facts = facts_of("Conservative Ann Roe became the first metro mayor when she won a run-off against Labour's "
                     "Tom Ure in the West of Fenby.")
    assert any(e.seat == "West of Fenby" and e.winner == "Ann Roe" and e.party == "Conservative Party" for e in facts.elections)


def test_by_election_in_a_place_named_with_of(facts_of):
    assert ("Isle of Fenby", "Ann Roe") in _results(facts_of("Ann Roe won the by-election in the Isle of Fenby."))


def test_a_win_produced_in_a_place(facts_of):
    facts = facts_of("Conservative Ann Roe produced a surprise win in Fenby Valley.")
    assert any(e.seat == "Fenby Valley" and e.winner == "Ann Roe" and e.party == "Conservative Party" for e in facts.elections)


def test_a_pronoun_in_a_clause_on_the_winners_verb_is_the_winner(facts_of):
    facts = facts_of("Ann Roe spoke first. Later, Conservative Tom Ure became the first metro mayor when he won a run-off "
                     "against Labour's Jo Hale in the West of Fenby.")
    assert {(e.seat, e.winner) for e in facts.elections} == {("West of Fenby", "Tom Ure")}


def test_seat_named_after_seat_in(facts_of):
    facts = facts_of("Labour has comfortably held on to its seat in Fenby and Hale, in its second by-election victory. "
                     "Ann Roe retained the Kenton constituency with a majority of nearly 10,000.")
    assert {(e.seat, e.winner) for e in facts.elections} == {("Fenby and Hale", "Ann Roe")}


def test_the_last_by_election_is_another_contest_than_the_articles(facts_of):
    facts = facts_of("Labour has comfortably held on to its seat in Fenby, in its second by-election victory. "
                     "Ann Roe retained the Kenton constituency with a majority of nearly 10,000. "
                     "The last by-election, in the City of Hale two weeks ago, saw Tom Ure hold the seat for Labour.")
    assert ("Fenby", "Ann Roe") in _results(facts)
    assert ("Hale", "Tom Ure") in _results(facts)
    assert not any(e.seat == "Fenby" and e.winner == "Tom Ure" for e in facts.elections)


def test_declared_winner_in_the_place_the_sentence_opens_with(facts_of):
    facts = facts_of("In Fenby State, Ann Roe of the Unity Party was declared winner with 300,000 votes.")
    assert ("Fenby State", "Ann Roe") in _results(facts)
    assert not facts_of("In March, Ann Roe was declared the winner.").elections


def test_a_nations_chamber_names_no_seat(facts_of):
    facts = facts_of("Voters go to the polls in the Scottish Parliament by-election on Thursday.")
    assert not any(e.seat for e in facts.elections)
    mentions = [e for e in facts_of("The Ohio House special election was won by Ann Roe.").elections]
    assert all(e.seat != "Scottish" for e in mentions)


def test_a_career_that_won_a_seat_is_its_owners_and_in_the_party_of_that_clause(facts_of):
    facts = facts_of("Ann Roe is a Labour MP. Mr Roe's political career began in the Social Democratic Party, winning the "
                     "Fenby, Hale and Skye seat in 1983 to become the youngest MP of the time.", dt.date(2015, 6, 2))
    assert any(e.seat == "Fenby, Hale and Skye" and e.winner == "Ann Roe" and e.party == "Social Democratic Party"
               and e.year == 1983 for e in facts.elections)


def test_the_late_member_is_the_one_whose_death_the_article_tells(facts_of):
    facts = facts_of("Voters choose a new MSP following the death of Ann Roe. The late MSP had won the seat comfortably in "
                     "2021 with a majority of 4,582 over Labour. The Fenby by-election is on Thursday.", dt.date(2025, 6, 1))
    won = [e for e in facts.elections if e.winner == "Ann Roe"]
    assert won and all(e.seat == "Fenby" and e.year == 2021 and e.party != "Labour Party" for e in won)


def test_a_deputy_leadership_race_named_before_the_win(facts_of):
    facts = facts_of("Ann Roe was elected Labour leader. In the deputy leadership race running alongside the main race, "
                     "Labour candidate Jo Hale won on the third round with 52.6% of the vote.")
    assert ("Deputy Leader of the Labour Party", "Jo Hale") in _results(facts)
    assert ("Leader of the Labour Party", "Ann Roe") in _results(facts)  # two contests, not one
    assert any(f.person == "Jo Hale" and f.role == "deputy leader" for f in facts.roles)


def test_a_countrys_presidential_election_is_named_with_its_year_and_demonym(facts_of):
    facts = facts_of("Kim Soo-ah, the leader of South Korea's Civic Party, has won the presidential snap election.",
                     dt.date(2025, 6, 4))
    assert any(e.winner == "Kim Soo-ah" and e.election == "2025 South Korean presidential election" and e.seat is None
               for e in facts.elections)
    undated = facts_of("Kim Soo-ah, the leader of South Korea's Civic Party, has won the presidential snap election, "
                       "her party's first victory since 2002.")
    assert all(e.year is None and e.election == "South Korean presidential election" for e in undated.elections if e.winner)


def test_a_win_by_votes_with_no_seat_named_is_the_articles_seat_in_that_years_election(facts_of):
    facts = facts_of("Tom Ure won the Fenby by-election. It was a second successive victory in the swing seat for Labour "
                     "after Ann Roe triumphed by 607 votes in 2017.", dt.date(2019, 6, 7))
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" and e.year == 2017 and e.kind == "general election"
               for e in facts.elections)
    assert any(e.seat == "Fenby" and e.winner == "Tom Ure" and e.kind == "by-election" for e in facts.elections)


def test_a_year_of_anothers_tenure_does_not_date_the_members_election(facts_of):
    facts = facts_of("Ann Roe was elected as the Conservative MP for Fenby, winning the seat from long-term Labour MP, "
                     "Tom Ure, who had held the seat since Labour's landslide victory in 1997.", dt.date(2022, 1, 20))
    won = [e for e in facts.elections if e.winner == "Ann Roe"]
    assert won and all(e.seat == "Fenby" and e.year != 1997 for e in won)
    dated = facts_of("In 1983 Tom Ure was elected MP for Fenby.", dt.date(2022, 1, 20))
    assert any(e.year == 1983 and e.kind == "general election" for e in dated.elections)
