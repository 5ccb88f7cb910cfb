"""Results round-ups and the shared seat and party readings they lean on (kg/extract/elections.py, round 14)."""

import datetime as dt

DAY = dt.date(2021, 12, 10)


def test_opening_coded_seat_is_the_seat_won(facts_of):
    facts = facts_of("In Fenby-3, Alliance candidate Ann Roe defeated Labour leader Tom Ure by 8,214 votes.", DAY)
    assert any(e.seat == "Fenby-3" and e.winner == "Ann Roe" for e in facts.elections)


def test_numbered_wards_of_a_round_up(facts_of):
    facts = facts_of("In Ward 9, Labour's Ann Roe won with 58% of the vote, taking the ward from the Greens. "
                     "In Ward 44, the Greens' Tom Ure held the ward with 79%.", DAY)
    got = {(e.seat, e.winner) for e in facts.elections}
    assert {("Ward 9", "Ann Roe"), ("Ward 44", "Tom Ure")} <= got


def test_opening_place_in_a_general_elections_results(facts_of):
    facts = facts_of("Results of the general election are coming in. In Ashmoor Hillside, the Labour Party's Lee Hale "
                     "holds on comfortably.", DAY)
    assert any(e.seat == "Ashmoor Hillside" and e.winner == "Lee Hale" for e in facts.elections)


def test_opening_place_alone_is_no_seat(facts_of):
    facts = facts_of("In Fenby, Ann Roe defeated Tom Ure in a chess final.", DAY)
    assert not any(e.seat == "Fenby" for e in facts.elections)


def test_election_commission_is_no_contest(nlp):
    from kg.extract.elections import election_mentions
    from kg.extract.lexicon import load_lexicon

    doc = nlp("The Central Election Commission counted every ballot in Fenby by Monday.")
    assert election_mentions(doc, load_lexicon()) == []


def test_constituent_assembly_is_no_seat(nlp):
    from kg.extract.elections import election_mentions
    from kg.extract.lexicon import load_lexicon

    doc = nlp("Tom Ure had won it in the 2013 Constituent Assembly election.")
    assert [m.seat for m in election_mentions(doc, load_lexicon())] == [None]


def test_a_results_heading_names_the_articles_contest(facts_of):
    facts = facts_of("Polls closed in the Fenby by-election. Full result: Ann Roe (LD) 16,204; Tom Ure (Lab) 11,392; "
                     "Jo Platt (C) 7,880.", DAY)
    assert any(e.seat == "Fenby" and e.winner == "Ann Roe" for e in facts.elections)
    assert not any(e.seat == "Full" for e in facts.elections)


def test_a_lettered_seat_keeps_its_bracket(facts_of):
    facts = facts_of("For the Province 3 assembly, Alliance candidate Ann Roe won Fenby 3(A).", DAY)
    assert not any(e.seat == "Fenby 3(A" for e in facts.elections)


def test_a_persons_nomination_is_no_primary(facts_of):
    facts = facts_of("Ann Roe won Fenby 3 for the Greens. Tom Ure had filed his nomination but withdrew.", DAY)
    assert not any(e.kind == "primary" for e in facts.elections)


def test_a_long_tenure_is_no_result(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for the Liberal Democrats. Labour had held the seat for a quarter "
                     "of a century.", dt.date(2008, 7, 25))
    assert not any(e.party == "Labour Party" for e in facts.elections)



def test_the_seat_a_round_up_sentence_opened_with(facts_of):
    facts = facts_of("In Fenby-3, Alliance candidate Ann Roe defeated Labour leader Tom Ure by 8,214 votes. Ure had won "
                     "the seat in the 2013 Constituent Assembly election.", DAY)
    assert any(e.seat == "Fenby-3" and e.winner == "Tom Ure" and e.year == 2013 for e in facts.elections)


def test_a_named_subject_with_its_apposition_won(facts_of):
    facts = facts_of("In Fenby-3, Alliance candidate Ann Roe defeated Labour leader Tom Ure by 8,214 votes. Ure, a former "
                     "state minister for health, had won the seat in the 2013 Constituent Assembly election.", DAY)
    assert any(e.seat == "Fenby-3" and e.winner == "Tom Ure" and e.year == 2013 for e in facts.elections)
