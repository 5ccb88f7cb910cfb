"""Round 18: one reader of a round-up's heading lines of a council and its seat (kg/extract/elections.py body_heading),
which the results rules (outcome lines, results.outcome-heading) and the trigger rules (a round-up's sections) both
call, so the two read the same lines as headings."""

from kg.extract.elections import BodyHeading, body_heading


def test_a_dashed_heading_reads_council_seat_and_bracketed_result():
    assert body_heading("KELBY - Fenby Marsh (Reform UK gain from Con)") == BodyHeading(
        "KELBY", "Fenby Marsh", "Reform UK gain from Con", None)


def test_a_colon_heading_reads_the_seats_area_and_the_result_after_the_dash():
    assert body_heading("HALE: Ward 4 (Ashmoor) - Lab hold") == BodyHeading("HALE", "Ward 4", "Ashmoor", "Lab hold")


def test_a_line_that_is_no_council_and_seat_is_not_read():
    assert body_heading("Roe concedes: Hale was always hers") is None
    assert body_heading("Fenby Marsh (Lab hold)") is None  # no council's name before the seat


def test_results_and_triggers_take_the_same_lines_as_headings(facts_of):
    text = ("Council by-elections: two seats change hands\n\nTwo council seats were fought on Thursday, and both of them "
            "changed hands.\n\nKELBY - Fenby Marsh (Green gain from Con)\nKay Dunn won the seat for the Greens. The seat "
            "fell vacant when the Conservatives' Lee Hale was disqualified.\nKay Dunn (Green) 1,034\nSam Kelby (Con) 902\n\n"
            "HALE: Ward 4 (Ashmoor) - Lab gain from Con\nJo Platt won the ward for Labour. The by-election followed the "
            "death of councillor Tom Ure in June.\nJo Platt (Lab) 1,210\nAnn Roe (Con) 1,001\n")
    facts = facts_of(text)
    results = {(e.seat, e.winner) for e in facts.elections if e.winner}
    assert ("Fenby Marsh", "Kay Dunn") in results
    assert ("Ward 4", "Jo Platt") in results
    vacancies = {(t.person, t.seat) for t in facts.triggers}
    assert ("Lee Hale", "Fenby Marsh") in vacancies
    assert ("Tom Ure", "Hale Ward 4") in vacancies
