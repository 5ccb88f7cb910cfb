"""Round 15's vacancies (kg/extract/triggers.py): a round-up's seats told by headings in capitals, a contest named only
to say there is none, and a seat filled without a vote."""


def _triggers(facts_of, text: str) -> set[tuple[str, str, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text).triggers}


def test_a_capitals_heading_names_the_seat_of_its_section(facts_of):
    text = ("THE WEEK IN POLITICS\n\nThe results of the two by-elections were announced.\n\nHALE NORTH\n"
            "Labour held the seat through Ann Roe. The seat fell vacant in March on the death of Labour MP Tom Ure.\n\n"
            "KELBY WEST\nJo Platt won the seat for the Greens.\n")
    assert ("Tom Ure", "death", "Hale North") in _triggers(facts_of, text)


def test_a_capitals_heading_that_is_no_place_names_no_seat(facts_of):
    text = ("HALE NORTH\nLabour held the seat through Ann Roe.\n\nKELBY WEST\nJo Platt won the seat for the Greens.\n\n"
            "WHAT NEXT\nThe by-election followed the death of Tom Ure.\n")
    assert all(seat != "What Next" for _, _, seat in _triggers(facts_of, text))
    # the line ends the section before it: the vacancy under it is the seat the article names, not the heading's above
    text = ("Results of the two by-elections were announced.\n\n" + text).replace("Tom Ure.", "Tom Ure, the MP for Ashmoor.")
    assert _triggers(facts_of, text) == {("Tom Ure", "death", "Ashmoor")}


def test_no_by_election_yet_is_no_trigger(facts_of):
    text = ("Tom Ure, the Labour member for Hale, gave up his seat in May on his appointment as High Commissioner, but "
            "no by-election date has been set.")
    assert _triggers(facts_of, text) == set()


def test_a_seat_that_will_not_go_to_a_by_election(facts_of):
    text = "The seat will not go to a by-election after Tom Ure resigned."
    assert _triggers(facts_of, text) == set()


def test_a_seat_filled_by_co_option_makes_no_by_election(facts_of):
    text = ("Ann Roe won the Fenby by-election. Separately, councillor Tom Ure has resigned his seat on the same "
            "council; his party will fill it by co-option.")
    assert _triggers(facts_of, text) == set()


def test_a_by_election_held_after_a_resignation_is_still_one(facts_of):
    assert _triggers(facts_of, "The Hale by-election will be held after Tom Ure resigned.") == {("Tom Ure", "resignation", "Hale")}


def test_a_party_before_the_member_title_is_no_seat(facts_of):
    text = "The by-election was necessitated by the death of SP MLA Tom Ure in May."
    assert _triggers(facts_of, text) == {("Tom Ure", "death", None)}


def test_a_member_title_is_no_seat(facts_of):
    assert _triggers(facts_of, "Tom Ure resigned from parliament after he was elected in the MEP by-election.") == set()


def test_a_line_opened_by_a_question_word_names_no_seat(facts_of):
    text = "Read more: How Kelby's by-election rules work. Tom Ure quit in November, which set up the by-election."
    assert all(seat != "How Kelby" for _, _, seat in _triggers(facts_of, text))


_ROUNDUP = ("Results of the three by-elections were announced.\n\nHALE NORTH\nLabour held the seat.\n\nKELBY WEST\n{}\n\n"
            "ASHMOOR\nJo Platt won the seat for the Greens.\n")


def test_a_seat_lost_when_its_member_crossed_to_another_party(facts_of):
    text = _ROUNDUP.format("Labour won back the seat it lost when its former MP, Tom Ure, crossed to the Alliance Party "
                           "last year.")
    assert ("Tom Ure", "disqualification", "Kelby West") in _triggers(facts_of, text)


def test_crossing_the_floor_in_a_who_clause_is_the_clauses_person(facts_of):
    text = _ROUNDUP.format("Ann Roe won by just 48 votes over Tom Ure, the former member, who lost the seat in January "
                           "when the Speaker ruled that by joining the Alliance he had crossed the floor.")
    assert _triggers(facts_of, text) == {("Tom Ure", "disqualification", "Kelby West")}


def test_a_seat_lost_at_an_election_is_no_vacancy(facts_of):
    text = _ROUNDUP.format("Ann Roe, a former MP who lost her seat in 2017, beat Tom Ure comfortably.")
    assert _triggers(facts_of, text) == set()


def test_a_seat_vacated_after_its_member_was_elected_to_the_upper_house(facts_of):
    text = "Ann Roe won the Fenby bypoll. The seat was vacated after MLA Tom Ure was elected to the Rajya Sabha."
    assert _triggers(facts_of, text) == {("Tom Ure", "election to another office", "Fenby")}


def test_a_seat_fell_vacant_when_its_member_took_another_office(facts_of):
    text = "Ann Roe won the Fenby by-election. The seat fell vacant when Tom Ure became an MEP."
    assert _triggers(facts_of, text) == {("Tom Ure", "election to another office", "Fenby")}


def test_a_dashed_heading_names_the_seat_of_its_section(facts_of):
    text = ("Two state House seats were filled in special elections on Tuesday.\n\nHALE — House District 12\n"
            "Ann Roe defeated Jo Platt. The vacancy arose when Rep. Lee Hale resigned in January.\n\n"
            "KELBY — House District 51\nKay Dunn defeated Sam Kelby. The seat was vacated by Rep. Tom Ure, who resigned "
            "in March.\n")
    assert ("Tom Ure", "resignation", "House District 51") in _triggers(facts_of, text)
