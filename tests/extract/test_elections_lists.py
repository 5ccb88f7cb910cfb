"""Results told as lists, as live blogs tell them: several seats one party won, and "Name (Seat)" lines under a
sentence saying they were re-elected (kg/extract/elections.py: results.listed-seats, results.listed-winners)."""


def _results(facts):  # type: ignore[no-untyped-def]
    return {(e.seat, e.winner, e.party) for e in facts.elections}


def test_each_seat_a_party_won_is_a_result(facts_of):
    facts = facts_of("The Conservatives have won Fenby, Hale, Upper Dunmore and Wexcombe.")
    assert {("Fenby", None, "Conservative Party"), ("Hale", None, "Conservative Party"),
            ("Upper Dunmore", None, "Conservative Party"), ("Wexcombe", None, "Conservative Party")} <= _results(facts)


def test_seats_of_a_list_retained(facts_of):
    facts = facts_of("The night saw the Conservatives retain the marginal seats of Fenby and Hale.")
    assert {("Fenby", None, "Conservative Party"), ("Hale", None, "Conservative Party")} <= _results(facts)


def test_a_forecast_list_is_no_result(facts_of):
    facts = facts_of("The Conservatives could win Fenby, Hale and Wexcombe.")
    assert not facts.elections


def test_listed_winners_under_a_result_sentence(facts_of):
    facts = facts_of("Nearly every member forced out over the rule has been re-elected.\n- Ann Roe (Fenby)\n"
                     "- Tom Ure (Hale)\n- Sara Mills (Wexcombe)\n")
    assert {("Fenby", "Ann Roe"), ("Hale", "Tom Ure"), ("Wexcombe", "Sara Mills")} <= {(e.seat, e.winner) for e in facts.elections}


def test_listed_names_under_another_sentence_are_no_results(facts_of):
    facts = facts_of("These members spoke in the debate.\n- Ann Roe (Fenby)\n- Tom Ure (Hale)\n")
    assert not facts.elections


def test_a_bracketed_party_is_no_seat(facts_of):
    facts = facts_of("These members have been re-elected.\n- Ann Roe (Labour)\n- Tom Ure (Conservative)\n")
    assert all(e.seat not in ("Labour", "Conservative") for e in facts.elections)


def test_a_single_line_is_no_list(facts_of):
    facts = facts_of("She was re-elected.\nAnn Roe (Fenby)\n")
    assert not any(e.seat == "Fenby" for e in facts.elections)


def test_the_seat_held_on_to_not_the_region_after_it(facts_of):
    facts = facts_of("The Green Party's Tom Ure beat Ann Roe to hold on to Fenby in Western Australia.")
    assert ("Fenby", "Tom Ure") in {(e.seat, e.winner) for e in facts.elections}
    assert not any(e.seat == "South Australia" for e in facts.elections)


def test_one_seat_named_with_and_is_not_split(facts_of):
    facts = facts_of("The Conservatives have won Heywood and Middleton.")
    assert not any(e.seat in ("Heywood", "Middleton") for e in facts.elections)


def test_a_party_win_takes_the_candidate_the_next_line_names(facts_of):
    facts = facts_of("The Hale by-election and the Fenby by-election were held on Saturday. The Labour Party has claimed victory "
                     "in Hale.\nTom Ure is the Labour candidate who gave a victory speech tonight.")
    assert ("Hale", "Tom Ure", "Labour Party") in _results(facts)


def test_a_candidate_named_far_from_the_party_win_is_not_its_winner(facts_of):
    facts = facts_of("The Hale by-election and the Fenby by-election were held on Saturday. Tom Ure is the Labour candidate "
                     "in Fenby. The weather was fine and turnout was high in both places. The Labour Party has claimed "
                     "victory in Hale.")
    assert ("Hale", "Tom Ure", "Labour Party") not in _results(facts)
