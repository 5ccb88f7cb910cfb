"""What makes a bare "member" no seat's (round 17 review, kg/extract/roles.py roles.seat-member): an indefinite "a
former member" is anyone's; a party's former member left the party and a council's or a club's held no seat; a
status word alone ("the late member") is a seat's only where the article names an election or the sentence a seat
or its contest. A seat's, a place's or a party's sitting member still holds the seat."""

import datetime as dt

_DAY = dt.date(2024, 5, 3)


def _members(facts):
    return {(f.person, f.party) for f in facts.roles if f.role == "member" and "roles.seat-member" in f.rules}


def test_an_indefinite_former_member_holds_no_seat(facts_of):
    facts = facts_of("A former member, Tom Ure, said the Labour Party had lost its way.", _DAY)
    assert _members(facts) == set()


def test_a_party_or_a_councils_member_holds_no_seat(facts_of):
    assert _members(facts_of("The Green Party's former member, Jo Platt, now sits as an independent councillor.", _DAY)) == set()
    assert _members(facts_of("The council's outgoing member, Tom Ure, spoke at the meeting.", _DAY)) == set()


def test_a_status_word_of_a_board_or_club_holds_no_seat(facts_of):
    board = "The Fenby Harbour Board was wound up in 2019. Its last member, Jo Platt, said the decision was a mistake."
    club = "The Ashmoor Rotary Club met on Monday. The late member, Kay Dunn, was remembered with a minute's silence."
    assert _members(facts_of(board, _DAY)) == set()
    assert _members(facts_of(club, _DAY)) == set()


def test_a_status_word_in_an_article_about_an_election_still_holds_the_seat(facts_of):
    facts = facts_of("The Hale by-election is on Thursday. The late member, Kay Dunn, held it for 20 years.", _DAY)
    assert _members(facts) == {("Kay Dunn", None)}


def test_a_party_sitting_member_and_a_places_former_member_hold_the_seat(facts_of):
    sitting = facts_of("Labour's sitting member, Ann Roe, will stand again in the Fenby by-election.", _DAY)
    assert _members(sitting) == {("Ann Roe", "Labour Party")}
    former = facts_of("The Fenby by-election follows the death of Fenby's former member, Tom Ure.", _DAY)
    assert {person for person, _ in _members(former)} == {"Tom Ure"}


def test_the_determiners_and_contexts_are_read_from_the_data(nlp, tmp_path):
    import json
    import shutil

    from kg.config import DATA_DIR
    from kg.extract import extract
    from kg.extract.lexicon import load_lexicon
    from kg.nlp import analyse
    doc = analyse("The Ashmoor Rotary Club met on Monday. The late member, Kay Dunn, was remembered.", nlp)
    assert not _members(extract(doc, nlp, _DAY))
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("articles"))
    roles = json.loads((data / "roles.json").read_text(encoding="utf-8"))
    roles["seat_member_contexts"] = [*roles["seat_member_contexts"], "remember"]
    (data / "roles.json").write_text(json.dumps(roles), encoding="utf-8")
    assert _members(extract(doc, nlp, _DAY, load_lexicon(data))) == {("Kay Dunn", None)}
