"""Round 16's second wave of vacancies (kg/extract/triggers.py): a vacancy told after the article turns to another
matter ("Meanwhile, ...") is not its contest's; a seat set beside a name ("Fenby, the Kelby seat") is
the name's; a seat the leaver himself won elsewhere in the same sentence is the post he moved to; a
seatless repeat of a vacancy told with its seat is dropped; leaving a ministry leaves no seat."""


def _triggers(facts_of, text: str) -> set[tuple[str, str, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text).triggers}


_CONTEST = ("Ann Roe won the Fenby by-election on Sunday, beating Jo Platt by 3,000 votes. The by-election was caused by "
            "the death of Labour MP Lee Hale in May. ")


def test_a_vacancy_after_meanwhile_is_not_the_articles_contest(facts_of):
    text = _CONTEST + ("Party spokesperson Sam Kelby said Platt would contest again. Meanwhile, the seat of Labour MP "
                       "Tom Ure in Kelby remains vacant after he resigned last month to join the Conservatives.")
    found = _triggers(facts_of, text)
    assert ("Lee Hale", "death", "Fenby") in found
    assert found == {("Lee Hale", "death", "Fenby")}


def test_a_vacancy_after_elsewhere_is_not_the_articles_contest(facts_of):
    text = _CONTEST + "Kay Dunn said she was pleased. Elsewhere, a seat in Kelby fell vacant after she resigned from the council."
    assert _triggers(facts_of, text) == {("Lee Hale", "death", "Fenby")}


def test_a_vacancy_told_without_a_shift_is_still_the_contests(facts_of):
    text = "Ann Roe won the Fenby by-election on Sunday, beating Jo Platt. Voters chose a new MP after Tom Ure's resignation."
    assert ("Tom Ure", "resignation", "Fenby") in _triggers(facts_of, text)


def test_a_seat_set_beside_a_name_is_that_names_not_its_citys(facts_of):
    text = ("A by-election is under way. Polls have closed in Ashmoor, the south-eastern Kelby seat vacated by former "
            "health minister Ann Roe, who quit state parliament in June citing ill health.")
    assert ("Ann Roe", "resignation", "Ashmoor") in _triggers(facts_of, text)


def test_the_seat_a_leaver_won_elsewhere_is_not_the_seat_left(facts_of):
    text = ("Three bypolls were counted on Thursday. In Fenby, BJP candidate Ann Roe defeated Jo Platt by 9,214 votes, "
            "according to the Election Commission. The seat was vacated by BJP MLA Tom Ure after he was elected to the "
            "Lok Sabha from Kelby in May.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "resignation", "Fenby") in found
    assert ("Tom Ure", "resignation", "Kelby") not in found


def test_a_seatless_repeat_of_a_vacancy_told_with_its_seat_is_dropped():
    from kg.extract.model import Evidence, TriggerFact
    from kg.extract.triggers import _without_seatless_repeats

    told = TriggerFact("Tom Ure", "resignation", "Fenby", "2020 Fenby by-election", Evidence(0, 10, "x"), 2020)
    again = TriggerFact("Tom Ure", "resignation", None, "2020 by-election", Evidence(20, 30, "y"), 2020)
    other = TriggerFact("Ann Roe", "death", None, "2020 by-election", Evidence(40, 50, "z"), 2020)
    assert _without_seatless_repeats([told, again, other]) == [told, other]


def test_leaving_a_ministry_leaves_no_seat(facts_of):
    text = ("Ann Roe, who resigned as health minister last year, won the Fenby by-election on Thursday. The by-election "
            "was caused by the death of Tom Ure.")
    assert _triggers(facts_of, text) == {("Tom Ure", "death", "Fenby")}


def test_leaving_a_ministry_and_the_house_leaves_the_seat(facts_of):
    text = "The Fenby by-election follows the resignation of Tom Ure, who resigned as minister and as MP in May."
    assert ("Tom Ure", "resignation", "Fenby") in _triggers(facts_of, text)
