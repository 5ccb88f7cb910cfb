"""Forms the candidacy rules must not read as a candidacy: a job, an organisation's term, a trophy, a game, a cabinet
seat (kg/extract/candidates.py). Each sentence is set beside the form the rule is for, which must still give its fact."""

import datetime as dt

_DAY = dt.date(2019, 5, 1)


def _candidates(facts, rule):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and rule in f.rules}


def test_a_party_picking_someone_for_a_job_is_no_candidacy(facts_of):
    for text in ("The Conservatives picked Tom Ure to run the party's campaign in London.",
                 "Labour has chosen Ann Roe to run its press office.",
                 "The SNP selected Jo Platt to challenge the ruling in the Court of Session.",
                 "Labour selected Ann Roe to take questions from reporters."):
        assert not _candidates(facts_of(text, _DAY), "roles.selected-to-contest"), text
    facts = facts_of("Labour has selected Ann Roe to fight the Fenby by-election.", _DAY)
    assert _candidates(facts, "roles.selected-to-contest") == {("Ann Roe", "Labour Party")}


def test_a_term_of_a_club_or_an_appointed_post_is_no_candidacy(facts_of):
    for text in ("Ann Roe is seeking a second term as chair of the Fenby Rotary Club.",
                 "Republican Tom Ure is running for a third term as president of the Kelby Rotary Club.",
                 "Jo Platt is seeking re-election as chair of the Hale residents' association.",
                 "Federal Reserve chair Jo Platt is seeking a second term, which requires Senate confirmation."):
        assert not _candidates(facts_of(text, _DAY), "roles.seeking-term"), text
    facts = facts_of("Republican Tom Ure is running for a third term as mayor of Kelby.", _DAY)
    assert _candidates(facts, "roles.seeking-term") == {("Tom Ure", "Republican Party")}


def test_a_chair_or_a_cup_taken_from_someone_is_no_seat(facts_of):
    for text in ("Labour's Ann Roe took the chair of the Fenby committee from Conservative Tom Ure.",
                 "Labour's Ann Roe won the Fenby Cup from the Tory Tom Ure in the parliamentary golf match."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-seat-taken"), text
    facts = facts_of("Labour's Ann Roe won the seat from the Tory Tom Ure by 812 votes.", _DAY)
    assert _candidates(facts, "roles.candidate-seat-taken") == {("Ann Roe", "Labour Party"), ("Tom Ure", "Conservative Party")}


def test_a_field_of_another_contest_is_no_field_of_the_election(facts_of):
    for text in ("Ahead of next month's general election, Labour's Ann Roe and Tory Tom Ure came first and second in the MPs' "
                 "charity fun run.",
                 "The general election is in May. Labour's Ann Roe and Tom Ure of the Greens were eliminated from Celebrity "
                 "Masterchef on Sunday."):
        assert not _candidates(facts_of(text, _DAY), "roles.candidate-joined"), text
    facts = facts_of("Labour's Ann Roe and Tom Ure of the Greens were eliminated in the Fenby by-election.", _DAY)
    assert _candidates(facts, "roles.candidate-joined") == {("Ann Roe", "Labour Party"), ("Tom Ure", "Green Party")}


def test_a_seat_at_the_cabinet_table_is_no_count(facts_of):
    facts = facts_of("Labour's Ann Roe lost her seat at the cabinet table after the vote on Syria.", _DAY)
    assert not _candidates(facts, "roles.candidate-own-count")
    facts = facts_of("Labour's Ann Roe lost her seat at the election by 312 votes.", _DAY)
    assert _candidates(facts, "roles.candidate-own-count") == {("Ann Roe", "Labour Party")}
