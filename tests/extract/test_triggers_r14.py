"""Round 14's vacancies (kg/extract/triggers.py): a seat left empty told by the seat ("it fell vacant", "was vacated
when"), a cause done to the member named beside its object, "whose death ... necessitated the bypoll", and "the seat" or
"that riding" of the contest told just before."""


def _triggers(facts_of, text: str) -> set[tuple[str, str, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text).triggers}


def test_it_fell_vacant_when_the_member_died(facts_of):
    text = ("Ann Roe won the Fenby by-election. It fell vacant in May, when Tom Ure, the veteran Labour MP who first "
            "won it in 1983, died at his home.")
    assert _triggers(facts_of, text) == {("Tom Ure", "death", "Fenby")}


def test_expelled_members_named_beside_the_object(facts_of):
    text = ("Labour won both by-elections. The Fenby and Hale seats fell vacant after Labour expelled the sitting MPs, "
            "Tom Ure and Lee Hale, for backing a rival.")
    assert _triggers(facts_of, text) == {("Tom Ure", "disqualification", "Fenby"), ("Lee Hale", "disqualification", "Hale")}


def test_the_party_that_expels_is_not_who_left(facts_of):
    text = ("Ann Roe won the Fenby by-election. The seat fell vacant after Labour expelled the sitting MP, Tom Ure, "
            "for backing a rival.")
    assert _triggers(facts_of, text) == {("Tom Ure", "disqualification", "Fenby")}


def test_place_vacated_when_its_member_was_recalled(facts_of):
    text = ("Labour won all three by-elections. Kelby North was vacated when its Green MP, Tom Ure, was recalled by "
            "his party after he sided with a breakaway faction.")
    assert _triggers(facts_of, text) == {("Tom Ure", "recall", "Kelby North")}


def test_whose_death_necessitated_the_bypoll(facts_of):
    text = "Ann Roe won the Fenby bypoll. Tom Ure, the four-time Labour MLA whose death in August necessitated the bypoll."
    assert _triggers(facts_of, text) == {("Tom Ure", "death", "Fenby")}


def test_whose_death_forced_the_poll(facts_of):
    text = ("Ann Roe won the Fenby by-election. Tom Ure, the Labour MP whose death in January forced the poll, had "
            "held the seat since 1990.")
    assert _triggers(facts_of, text) == {("Tom Ure", "death", "Fenby")}


def test_that_riding_is_the_one_told_just_before(facts_of):
    text = ("Labour held one riding and lost another in two provincial byelections on Monday.\n\n"
            "Ann Roe took Fenby for Labour with 46 per cent of the vote.\n\n"
            "In Hale, Liberal Jo Platt won by just 412 votes over Kay Dunn.\n\n"
            "That riding was vacated by former Liberal minister Tom Ure, who quit in November.")
    assert ("Tom Ure", "resignation", "Hale") in _triggers(facts_of, text)


def test_a_seat_named_vacant_with_no_cause_names_no_one(facts_of):
    text = "Ann Roe won the Fenby by-election. The seat fell vacant in January, and six candidates stood."
    assert not facts_of(text).triggers

