"""A place told alone (round 17, kg/extract/candidates.py roles.candidate-placed): "Act's Jo Platt was third." and
"Tom Ure of the Greens finished fourth" end their clause at the place, with no count or rival after it; a place
that something qualifies ("third in the marathon") is another sense and gives nothing."""

import datetime as dt

_DAY = dt.date(2024, 5, 3)
_WON = "Labour's Ann Roe won the Fenby by-election with 12,000 votes. "


def _placed(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and "roles.candidate-placed" in f.rules}


def test_a_place_that_ends_its_sentence(facts_of):
    facts = facts_of(_WON + "The Conservatives' Jo Platt was second. The Green Party's Tom Ure was third.", _DAY)
    assert _placed(facts) == {("Jo Platt", "Conservative Party"), ("Tom Ure", "Green Party")}


def test_a_place_told_by_finish_or_come(facts_of):
    facts = facts_of(_WON + "Liberal Democrat Jo Platt came third, and Tom Ure of the Green Party finished fourth.", _DAY)
    assert _placed(facts) == {("Jo Platt", "Liberal Democrats"), ("Tom Ure", "Green Party")}


def test_a_place_in_something_else_gives_nothing(facts_of):
    facts = facts_of(_WON + "Tom Ure of the Green Party came third in the Fenby marathon.", _DAY)
    assert _placed(facts) == set()



def test_a_placing_added_to_the_data_is_read_when_told_alone(nlp, tmp_path):
    from kg.extract import extract
    from kg.nlp import analyse
    from tests.extract.conftest import lexicon_with
    doc = analyse(_WON + "Tom Ure of the Green Party finished seventh.", nlp)
    assert not _placed(extract(doc, nlp))
    assert _placed(extract(doc, nlp, None, lexicon_with(tmp_path, placings=["seventh"]))) == {("Tom Ure", "Green Party")}
