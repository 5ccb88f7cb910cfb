"""Round 15's review of the vacancy rules (kg/extract/triggers.py): a single by-election's live-blog lines are no seats,
a seat whose first word is a common word is still one, a co-option mentioned beside a by-election the vacancy made
keeps it, and a crossing of the floor or a ruling counts only as the seat's loss."""


def _triggers(facts_of, text: str) -> set[tuple[str, str, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text).triggers}


def test_a_live_blogs_capitals_lines_are_no_seat(facts_of):
    text = ("Fenby by-election: live\n\nBREAKING\n\nPolls have closed in the Fenby by-election.\n\nKEY POINTS\n\n"
            "Voters in Fenby are choosing a successor to Tom Ure. The by-election was triggered when Tom Ure resigned in March.\n\n"
            "ANALYSIS\n\nAnn Roe of Labour is the favourite.\n")
    assert _triggers(facts_of, text) == {("Tom Ure", "resignation", "Fenby")}


def test_a_watch_line_is_no_seat(facts_of):
    text = ("Fenby by-election result\n\nLIVE UPDATES\n\nThe Fenby by-election was held on Thursday.\n\nWATCH\n\n"
            "The contest was caused by the death of Tom Ure, who had been the MP since 2010.\n\n"
            "Ann Roe won the seat for Labour with 12,400 votes.\n")
    assert _triggers(facts_of, text) == {("Tom Ure", "death", "Fenby")}


def test_a_results_lists_turnout_line_is_no_seat(facts_of):
    text = ("Results: Fenby by-election\n\nRESULT\n\nAnn Roe (Labour) 12,400\nTom Ure (Conservative) 8,100\n\nTURNOUT\n\n"
            "Turnout was 41 per cent. The by-election was caused by the resignation of Lee Hale, who quit in May.\n")
    assert _triggers(facts_of, text) == {("Lee Hale", "resignation", "Fenby")}


def test_a_dashed_live_line_is_no_seat(facts_of):
    text = ("Fenby by-election: count live\n\nLIVE — Fenby By-election Count\n\nThe by-election was caused by the "
            "resignation of Tom Ure.\n\nUPDATE — Ann Roe Wins\n\nAnn Roe won with 9,000 votes.\n")
    assert _triggers(facts_of, text) == {("Tom Ure", "resignation", "Fenby")}


def test_a_seat_whose_first_word_is_a_common_word(facts_of):
    text = "Ann Roe has won the Much Hadley by-election. The by-election was caused by the resignation of Tom Ure."
    assert _triggers(facts_of, text) == {("Tom Ure", "resignation", "Much Hadley")}


def test_a_ward_whose_first_word_is_an_ordinal(facts_of):
    text = ("Ann Roe has won the Third Ward special election. The special election was caused by the death of "
            "Alderman Tom Ure.")
    assert ("Tom Ure", "death", "Third Ward") in _triggers(facts_of, text)


def test_a_co_option_rejected_keeps_the_by_election_it_forced(facts_of):
    text = ("Ann Roe resigned from the council, forcing the Fenby by-election, after members rejected a plan to fill "
            "the seat by co-option.")
    assert _triggers(facts_of, text) == {("Ann Roe", "resignation", "Fenby")}


def test_who_only_ruled_on_a_crossing_lost_no_seat(facts_of):
    text = ("The Fenby by-election was held after Tom Ure crossed the floor. Kay Dunn, the Speaker, who ruled that he "
            "had crossed the floor, said the seat was vacant.")
    assert all(person != "Kay Dunn" for person, _, _ in _triggers(facts_of, text))


def test_a_rival_who_once_crossed_the_floor_lost_no_seat(facts_of):
    text = "Ann Roe won the Fenby by-election, beating Tom Ure, who crossed the floor to the Labour Party in 2019."
    assert _triggers(facts_of, text) == set()


def test_a_crossing_before_a_retirement_is_no_disqualification(facts_of):
    text = "Ann Roe won the Fenby by-election. Jo Platt, who crossed the floor in 2010, lost the seat when she retired in 2015."
    assert ("Jo Platt", "disqualification", "Fenby") not in _triggers(facts_of, text)
