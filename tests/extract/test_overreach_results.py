"""Results and candidacies a sentence does not give (kg/extract/elections.py, kg/extract/candidates.py): past races
told in a sentence that also names a day of this week, votes by the wrong body, verbs that name nobody a candidate.
Sentences written for the test, with invented names."""
import datetime as dt

_NOW = dt.date(2024, 5, 3)


def _won(facts):
    return {(e.election, e.seat, e.winner) for e in facts.elections}


def _candidates(facts, rule):
    return {r.person for r in facts.roles if r.role == "candidate" and rule in r.rules}


def test_a_race_won_years_ago_is_of_its_own_year_and_makes_no_current_officer(facts_of):
    facts = facts_of("Jo Platt, who won the race for governor of Kelby in 2010, endorsed Tom Ure on Monday.", _NOW)
    races = {e.election for e in facts.elections if "office-races" in " ".join(e.rules)}
    assert races == {"2010 Kelby gubernatorial election"}
    assert not any(r.role == "governor" and r.status == "current" for r in facts.roles)


def test_a_speaker_chosen_years_ago_is_of_that_years_vote(facts_of):
    facts = facts_of("Ann Roe, who became Speaker of the Assembly after being elected Speaker of the Assembly in 2016, "
                     "stepped down on Tuesday.", _NOW)
    assert {e.election for e in facts.elections if e.kind == "speaker election"} == {"2016 Speaker of the Assembly speaker election"}


def test_a_speakers_chamber_keeps_its_small_words_small(facts_of):
    facts = facts_of("On Thursday the members elected Ann Roe as Speaker of the House of Delegates.", _NOW)
    assert {e.seat for e in facts.elections if e.kind == "speaker election"} == {"Speaker of the House of Delegates"}


def test_a_former_speaker_elected_elsewhere_wins_no_speaker_vote(facts_of):
    facts = facts_of("Ann Roe, a former Speaker of the Assembly, was elected to the Senate.", _NOW)
    assert not any(e.kind == "speaker election" for e in facts.elections)


def test_a_council_group_choosing_its_leader_is_no_party_leadership_vote(facts_of):
    facts = facts_of("On Friday the Labour councillors of Fenby chose Ann Roe as their group's new leader.", _NOW)
    assert not any(e.kind == "leadership election" for e in facts.elections)


def test_a_caucus_vote_years_ago_is_of_its_year(facts_of):
    facts = facts_of("The Green Party caucus elected Tom Ure as leader in 2015, and he quit on Monday.", _NOW)
    assert ("2015 Green Party leadership election", "Leader of the Green Party", "Tom Ure") in _won(facts)


def test_a_party_turning_someone_down_as_candidate_names_no_candidate(facts_of):
    assert not _candidates(facts_of("Labor turned down Ann Roe as its candidate for Fenby.", _NOW), "roles.named-as-candidate")
    assert not _candidates(facts_of("The Greens have dumped Tom Ure as their candidate in Hale.", _NOW), "roles.named-as-candidate")


def test_a_party_choosing_someone_as_candidate_names_a_candidate(facts_of):
    facts = facts_of("The Greens have chosen Jo Platt as their candidate in Hale.", _NOW)
    assert _candidates(facts, "roles.named-as-candidate") == {"Jo Platt"}


def test_running_someone_elses_campaign_in_a_primary_is_no_candidacy(facts_of):
    facts = facts_of("Republican Jo Platt managed the campaign of Tom Ure in the Republican primary.", _NOW)
    assert "Jo Platt" not in _candidates(facts, "roles.candidate-primary")
    facts = facts_of("Republican Jo Platt ran Tom Ure's ads in the Republican primary.", _NOW)
    assert "Jo Platt" not in _candidates(facts, "roles.candidate-primary")


def test_an_ago_of_another_clause_leaves_the_primary_current(facts_of):
    facts = facts_of("Ann Roe, who left the state senate three years ago, defeated Tom Ure in the Democratic primary.", _NOW)
    assert _candidates(facts, "roles.candidate-primary") == {"Ann Roe", "Tom Ure"}


def test_a_primary_only_predicted_without_a_modal_is_no_candidacy(facts_of):
    facts = facts_of("Jo Platt predicted Ann Roe wins the Republican primary.", _NOW)
    assert not _candidates(facts, "roles.candidate-primary")
