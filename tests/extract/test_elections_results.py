"""Results told in passing, and contests named by their place and kind (kg/extract/elections.py): sentences
written for the test, with invented names."""

import datetime as dt


def _results(facts):
    return {(e.seat, e.winner) for e in facts.elections}


def test_topping_the_poll_is_a_count_not_a_forecast(facts_of):
    facts = facts_of("Ann Roe of Fianna Fáil topped the polls and was duly elected in the Fenby byelection.")
    assert ("Fenby", "Ann Roe") in _results(facts)


def test_votes_polled_are_a_tally_not_a_forecast(facts_of):
    facts = facts_of("Kenton Governor Tom Ure polled 273,424 votes to defeat his closest opponents.")
    assert any(e.winner == "Tom Ure" and e.seat == "Kenton" and e.kind == "gubernatorial election" for e in facts.elections)


def test_an_opinion_poll_still_hedges(facts_of):
    assert not facts_of("Ann Roe is leading the polls and will win the Fenby by-election.").elections
    assert not facts_of("Polls suggest Ann Roe won the Fenby by-election.").elections


def test_member_elected_is_elected_for_the_seat_of_the_title(facts_of):
    facts = facts_of("Fenby MP Ann Roe, who was first elected in December, 2018, spoke.", dt.date(2021, 3, 9))
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" and e.year == 2018 and e.kind == "general election"
               for e in facts.elections)


def test_member_elected_to_another_office_is_not_the_titles_seat(facts_of):
    facts = facts_of("Fenby MP Ann Roe was elected leader of the Labour Party.")
    assert not any(e.seat == "Fenby" for e in facts.elections)


def test_a_party_before_the_title_is_no_seat(facts_of):
    assert not any(e.seat for e in facts_of("Tory MP Ann Roe was re-elected in 2019.", dt.date(2022, 1, 20)).elections)


def test_contest_named_by_its_place(facts_of):
    assert ("Fenby", "Ann Roe") in _results(facts_of("Ann Roe won the Fenby race."))
    facts = facts_of("Ann Roe avoided a second round, comfortably winning the Greater Fenby contest with 58 per cent of the vote.")
    assert ("Greater Fenby", "Ann Roe") in _results(facts)


def test_mayoral_race_of_a_place_the_model_takes_for_an_organisation(facts_of):
    facts = facts_of("Ann Roe won the Fenby mayoral race.")
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" and e.kind == "mayoral election" for e in facts.elections)


def test_a_chamber_a_party_or_a_year_before_a_race_is_no_seat(facts_of):
    for text in ("Ann Roe won the Senate race.", "Ann Roe won the Democratic race.", "Ann Roe won the 2019 race.",
                 "Ann Roe won the contest."):
        assert not any(e.seat for e in facts_of(text).elections), text


def test_run_off_won_in_a_place_named_with_of(facts_of):
    facts = facts_of("Conservative Ann Roe took office as the metro mayor once she won a run-off against Labour's "
                     "Tom Ure in the West of Fenby.")
    assert any(e.seat == "West of Fenby" and e.winner == "Ann Roe" and e.party == "Conservative Party" for e in facts.elections)


def test_by_election_in_a_place_named_with_of(facts_of):
    assert ("Isle of Fenby", "Ann Roe") in _results(facts_of("Ann Roe won the by-election in the Isle of Fenby."))


def test_a_win_produced_in_a_place(facts_of):
    facts = facts_of("Conservative Ann Roe produced a surprise win in Fenby Valley.")
    assert any(e.seat == "Fenby Valley" and e.winner == "Ann Roe" and e.party == "Conservative Party" for e in facts.elections)


def test_a_pronoun_in_a_clause_on_the_winners_verb_is_the_winner(facts_of):
    facts = facts_of("Ann Roe spoke first. Later, Conservative Tom Ure took office as the metro mayor once he won a run-off "
                     "against Labour's Jo Hale in the West of Fenby.")
    assert {(e.seat, e.winner) for e in facts.elections} == {("West of Fenby", "Tom Ure")}


def test_seat_named_after_seat_in(facts_of):
    facts = facts_of("Labour has kept its seat in Fenby and Hale, a second by-election win for the party. "
                     "Ann Roe retained the Kenton constituency with a majority of about 7,500.")
    assert {(e.seat, e.winner) for e in facts.elections} == {("Fenby and Hale", "Ann Roe")}


def test_the_last_by_election_is_another_contest_than_the_articles(facts_of):
    facts = facts_of("Labour has kept its seat in Fenby, a second by-election win for the party. "
                     "Ann Roe retained the Kenton constituency with a majority of about 7,500. "
                     "The previous by-election, in the City of Hale a fortnight ago, saw Tom Ure hold the seat for Labour.")
    assert ("Fenby", "Ann Roe") in _results(facts)
    assert ("Hale", "Tom Ure") in _results(facts)
    assert not any(e.seat == "Fenby" and e.winner == "Tom Ure" for e in facts.elections)


def test_declared_winner_in_the_place_the_sentence_opens_with(facts_of):
    facts = facts_of("In Fenby State, Ann Roe of the Unity Party was declared winner with 300,000 votes.")
    assert ("Fenby State", "Ann Roe") in _results(facts)
    assert not facts_of("In March, Ann Roe was declared the winner.").elections


def test_a_nations_chamber_names_no_seat(facts_of, nlp):
    from kg.extract.lexicon import load_lexicon
    from kg.extract.pipeline import build_context
    from kg.nlp import analyse
    facts = facts_of("Voters head to the polls on Thursday in the Scottish Parliament by-election.")
    assert not any(e.seat for e in facts.elections)
    mentions = [e for e in facts_of("The Ohio House special election was won by Ann Roe.").elections]
    assert all(e.seat != "Scottish" for e in mentions)
    # the contest mentions themselves: a nation's chamber names no seat, a state's chamber is a seat in the state
    lexicon = load_lexicon()
    told, _ = build_context(analyse("Voters head to the polls on Thursday in the Scottish Parliament by-election.", nlp), nlp,
                            None, lexicon)
    assert [e.seat for e in told.elections] == [None]
    told, _ = build_context(analyse("The Ohio House special election was won by Ann Roe.", nlp), nlp, None, lexicon)
    assert [e.seat for e in told.elections] == ["Ohio"]


def test_a_career_that_won_a_seat_is_its_owners_and_in_the_party_of_that_clause(facts_of):
    facts = facts_of("Ann Roe is a Labour MP. Mr Roe's career started in the Social Democratic Party, taking the "
                     "Fenby, Hale and Kelby seat in 1987, when he was 26.", dt.date(2016, 3, 8))
    assert any(e.seat == "Fenby, Hale and Kelby" and e.winner == "Ann Roe" and e.party == "Social Democratic Party"
               and e.year == 1987 for e in facts.elections)


def test_the_late_member_is_the_one_whose_death_the_article_tells(facts_of):
    facts = facts_of("Fenby is electing a new MSP after the death of Ann Roe. The late MSP won the seat easily in "
                     "2016 with a majority of 3,147 over Labour. The Fenby by-election is on Thursday.", dt.date(2024, 9, 12))
    won = [e for e in facts.elections if e.winner == "Ann Roe"]
    assert won and all(e.seat == "Fenby" and e.year == 2016 and e.party != "Labour Party" for e in won)


def test_a_deputy_leadership_race_named_before_the_win(facts_of):
    facts = facts_of("Ann Roe was elected Labour leader. In the deputy leadership race held at the same time, "
                     "Labour candidate Jo Hale won on the fourth round with 54.3% of the vote.")
    assert ("Deputy Leader of the Labour Party", "Jo Hale") in _results(facts)
    assert ("Leader of the Labour Party", "Ann Roe") in _results(facts)  # two contests, not one
    assert any(f.person == "Jo Hale" and f.role == "deputy leader" for f in facts.roles)


def test_a_countrys_presidential_election_is_named_with_its_year_and_demonym(facts_of):
    # the demonym as the country's cue words give it (Italy's "Italian"); none made up from the name ("South Korean")
    facts = facts_of("Anna Rossi of Italy's Civic Party has won the presidential snap election by a wide margin.",
                     dt.date(2023, 4, 12))
    # the country the article names is the presidency's seat
    assert any(e.winner == "Anna Rossi" and e.election == "2023 Italian presidential election" and e.seat == "Italy"
               for e in facts.elections)
    undated = facts_of("Kim Soo-ah of South Korea's Civic Party has won the presidential snap election by a wide margin, "
                       "her party's first victory since 1998.")
    assert all(e.year is None and e.election == "presidential election" for e in undated.elections if e.winner)
    assert any(e.winner for e in undated.elections)


def test_a_win_by_votes_with_no_seat_named_is_the_articles_seat_in_that_years_election(facts_of):
    facts = facts_of("Tom Ure won the Fenby by-election. It was Labour's second win running in the marginal seat, "
                     "after Ann Roe triumphed by 318 votes in 2015.", dt.date(2017, 5, 4))
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" and e.year == 2015 and e.kind == "general election"
               for e in facts.elections)
    assert any(e.seat == "Fenby" and e.winner == "Tom Ure" and e.kind == "by-election" for e in facts.elections)


def test_a_year_of_anothers_tenure_does_not_date_the_members_election(facts_of):
    facts = facts_of("Ann Roe was elected as the Tory MP for Fenby, taking the seat from long-serving Labour MP, "
                     "Tom Ure, who had held Fenby since Labour's big victory in 2001.", dt.date(2021, 11, 3))
    won = [e for e in facts.elections if e.winner == "Ann Roe"]
    assert won and all(e.seat == "Fenby" and e.year != 2001 for e in won)
    dated = facts_of("In 1979 Tom Ure was elected MP for Fenby.", dt.date(2021, 11, 3))
    assert any(e.year == 1979 and e.kind == "general election" for e in dated.elections)


def test_a_win_in_another_country_is_not_named_for_the_articles(facts_of):
    facts = facts_of("Nigeria's opposition met in Abuja on Monday. In Nigerian politics, Tom Ure leads the Unity Party. "
                     "In neighbouring Ghana, Ann Roe won the presidential election.", dt.date(2023, 3, 8))
    assert not any("Nigerian" in e.election for e in facts.elections)


def test_a_past_win_told_in_an_obituary_is_not_of_the_articles_year(facts_of):
    facts = facts_of("Ann Roe, the former prime minister who won the general election for Labour, has died aged 90.",
                     dt.date(2024, 2, 9))
    assert not any(e.year == 2024 for e in facts.elections)


def test_a_countrys_demonym_is_never_made_up_from_its_name():
    from kg.extract.elections import national_label
    from kg.extract.lexicon import load_lexicon
    lexicon = load_lexicon()
    for country in ("RO", "MD", "MT", "GH", "CN", "AR", "PA"):
        label = national_label("presidential election", 2020, country, lexicon)
        assert not any(bad in label for bad in ("Roman ", "Moldovei", "Malti", "Ghanan", "Chinan", "Argentinan", "Panaman")), label


def test_a_by_election_then_in_a_persons_words_is_no_seat(facts_of):
    facts = facts_of("Ann Roe won the by-election. The by-election, in Tom Ure's words, was a disaster for Labour.")
    assert not any(e.seat == "Tom Ure" for e in facts.elections)


def test_a_nations_chamber_before_the_contest_leaves_the_place_after_it(facts_of):
    facts = facts_of("Ann Roe won the Scottish Parliament by-election in Fenby.")
    assert ("Fenby", "Ann Roe") in _results(facts)
    assert not any(e.seat in ("Parliament", "Scottish") for e in facts.elections)


def test_a_member_elected_onto_a_committee_or_by_colleagues_is_no_general_election(facts_of):
    for text in ("Kelby MP Tom Ure was elected onto the committee in 2020.",
                 "Kelby MP Tom Ure was elected by his colleagues to chair the Treasury committee in 2020."):
        assert not any(e.seat == "Kelby" for e in facts_of(text, dt.date(2022, 5, 17)).elections), text


def test_a_year_after_since_she_won_is_her_wins():
    from kg.extract.dates import event_date
    from kg.nlp import analyse, load_pipeline
    doc = analyse("Ann Roe has sat for Fenby since she won the by-election in 2016.", load_pipeline())
    assert event_date(next(doc.sents), dt.date(2021, 4, 6))[1] == 2016


def test_taking_up_a_seat_in_a_city_is_no_result_there(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election. She succeeds Tom Ure, a party colleague who now "
                     "holds a seat in Kelby.", dt.date(2024, 7, 5))
    assert not any(e.seat == "Kelby" for e in facts.elections)


def test_a_seat_won_at_a_named_general_election_is_no_by_election(facts_of):
    facts = facts_of("The Fenby by-election was called after Tom Ure, who won the seat at the 2014 general election, resigned.",
                     dt.date(2021, 6, 1))
    assert any(e.winner == "Tom Ure" and e.seat == "Fenby" and e.kind == "general election" and e.year == 2014
               for e in facts.elections)
    assert not any(e.winner == "Tom Ure" and e.kind == "by-election" for e in facts.elections)
