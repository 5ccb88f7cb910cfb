"""Round 20's review of wave one: over-reach of the round-up table, trigger and partial-contest rules (invented names)."""

import datetime as dt

DAY = dt.date(2024, 5, 3)

_TABLE = "\n\nFull result\nAnn Roe (Labour) 14,208\nLee Hale (Reform UK) 10,291\nJo Platt (Conservative) 4,602"


def test_a_table_is_not_another_seats_same_party_win(facts_of):
    facts = facts_of("Voters in Fenby went to the polls on Thursday after the death of the town's MP, Tom Ure. Labour held "
                     "Hale in a council by-election on the same day, and Reform UK gained Kelby." + _TABLE, DAY)
    got = {(e.seat, e.winner) for e in facts.elections}
    assert ("Hale", "Ann Roe") not in got
    assert ("Fenby", "Ann Roe") in got
    assert ("Hale", None) in got


def test_a_table_under_a_named_win_stays_its_seats(facts_of):
    facts = facts_of("Ann Roe has won the Fenby by-election for Labour. Labour also held Hale in a council by-election."
                     + _TABLE, DAY)
    got = {(e.seat, e.winner) for e in facts.elections}
    assert ("Hale", "Ann Roe") not in got
    assert ("Fenby", "Ann Roe") in got


def test_a_refused_resignation_sets_off_nothing(facts_of):
    facts = facts_of("Tom Ure said he would not resign his seat, which would trigger a by-election.", DAY)
    assert facts.triggers == ()


def test_a_conditional_resignation_sets_off_nothing(facts_of):
    facts = facts_of("Tom Ure said he would resign only if the party asked him to, which would trigger a by-election.", DAY)
    assert facts.triggers == ()


def test_a_condition_on_the_reporting_verb_sets_off_nothing(facts_of):
    facts = facts_of("Tom Ure confirmed he would resign his seat, triggering a by-election, only if the inquiry found "
                     "against him.", DAY)
    assert facts.triggers == ()


def test_a_confirmed_resignation_still_sets_off_its_contest(facts_of):
    facts = facts_of("Tom Ure confirmed he would resign his Fenby council seat, triggering a by-election.", DAY)
    assert any(t.person == "Tom Ure" and t.cause == "resignation" for t in facts.triggers)


def test_a_said_resignation_with_no_condition_still_sets_off_its_contest(facts_of):
    """'said'/'told' report plans as often as suppositions: the negation and condition checks, not the verb, decide."""
    for text in ("Tom Ure said he would resign his Fenby council seat, triggering a by-election.",
                 "Tom Ure told the council he would resign his Fenby ward seat, triggering a by-election."):
        facts = facts_of(text, DAY)
        assert any(t.person == "Tom Ure" and t.cause == "resignation" for t in facts.triggers), text


def test_an_early_national_election_is_no_by_election(facts_of):
    for text in ("Prime Minister Tom Ure resigned on Monday, and an early parliamentary election will be held in June.",
                 "The president, Ann Roe, resigned, and an early presidential election was called for March.",
                 "Prime Minister Tom Ure resigned, forcing an early election.",
                 "Parliament was dissolved after Prime Minister Tom Ure resigned, and an early election was set for June."):
        assert facts_of(text, DAY).triggers == (), text


def test_an_early_election_for_one_office_is_still_a_by_election(facts_of):
    facts = facts_of("Mayor Tom Ure of Fenby died in May, and an early election for mayor of Fenby was held in July.", DAY)
    assert any(t.person == "Tom Ure" and t.seat == "Fenby" for t in facts.triggers)


def test_a_previous_results_label_is_no_seat(facts_of):
    facts = facts_of("Council by-elections\n\nKelby District Council, Fenby Marsh ward (Con defence)\n"
                     "Previous Result: Ann Roe (Labour) 612\nPrevious Result: Tom Ure (Conservative) 401", DAY)
    assert not any(e.seat == "Previous Result" for e in facts.elections)


def test_a_comparison_table_is_no_result(facts_of):
    facts = facts_of("Ann Roe held Hale for Labour in Thursday's council by-election.\n\nFor comparison, the neighbouring "
                     "ward voted in May:\nKelby District Council, Fenby Marsh ward\nFenby Marsh: Kay Dunn (Labour) 1,812\n"
                     "Fenby Marsh: Lee Hale (Conservative) 1,106", DAY)
    assert not any(e.winner == "Kay Dunn" for e in facts.elections)


def test_a_body_heading_over_an_earlier_count_is_no_result(facts_of):
    for table in ("Kelby District Council, Fenby Marsh ward\nLast time: Kay Dunn (Labour) 1,812\n"
                  "Last time: Lee Hale (Conservative) 1,106",
                  "Kelby District Council, Fenby Marsh ward (2019 result)\nLabour – Kay Dunn – 1,812 (61.3%)\n"
                  "Conservative – Lee Hale – 1,106 (38.7%)"):
        facts = facts_of("Council by-elections were held across Kelby.\n\n" + table, DAY)
        assert not any(e.winner == "Kay Dunn" for e in facts.elections), table


def test_a_councils_other_business_is_no_seat(facts_of):
    facts = facts_of("The council met on Tuesday after the by-election in Hale.\n\nKelby County Council, Budget Motion "
                     "(February)\nKay Dunn (Labour) 32\nLee Hale (Conservative) 21", DAY)
    assert not any(e.seat == "Budget Motion" for e in facts.elections)
