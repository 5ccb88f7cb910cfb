"""A place told alone (round 17 review, kg/extract/candidates.py roles.candidate-placed) is the count's only where no
frame of another occasion hangs on its clause: "In a poll of party members last year, Jo Platt came second" or "Asked
to rank the issues, Ann Roe put housing first; Kay Dunn was second" place no candidate; "In the by-election, Jo
Platt came second" still does."""

import datetime as dt

_DAY = dt.date(2024, 5, 3)
_WON = "Labour's Ann Roe won the Fenby by-election with 12,000 votes. "


def _placed(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and "roles.candidate-placed" in f.rules}


def test_a_place_in_a_ranking_of_issues_gives_nothing(facts_of):
    facts = facts_of(_WON + "Asked to rank the issues, Jo Platt put housing first; Kay Dunn of the Greens was second.", _DAY)
    assert _placed(facts) == set()


def test_a_place_in_a_poll_of_members_gives_nothing(facts_of):
    facts = facts_of(_WON + "In a poll of party members last year, the Conservatives' Jo Platt came second.", _DAY)
    assert _placed(facts) == set()


def test_a_place_framed_by_the_contest_is_still_the_counts(facts_of):
    facts = facts_of(_WON + "In the by-election, the Conservatives' Jo Platt came second.", _DAY)
    assert _placed(facts) == {("Jo Platt", "Conservative Party")}


def test_the_words_that_join_a_next_clause_are_read_from_the_data(nlp, tmp_path):
    from kg.extract import extract
    from kg.nlp import analyse
    from tests.extract.conftest import lexicon_with
    doc = analyse(_WON + "Tom Ure of the Green Party finished fourth, whereas Jo Platt withdrew.", nlp)
    assert not _placed(extract(doc, nlp, _DAY))
    assert _placed(extract(doc, nlp, _DAY, lexicon_with(tmp_path, place_clause_joins=["whereas"]))) == {("Tom Ure", "Green Party")}
