"""Round 18's vacancies (kg/extract/triggers.py): a round-up's headings of a body in capitals, then a colon or a spaced
dash, then the seat with its result ("FENBY - Hale North (Lab hold)", "KELBY: Ward 23 (Ashmoor Park) - Con gain from
Lab") give each section's vacancy its own seat, not the article's first or last contest."""


def _triggers(facts_of, text: str) -> set[tuple[str, str | None]]:
    return {(t.person, t.seat) for t in facts_of(text).triggers}


_DASHED = """Council by-elections: Greens gain in Fenby

Three council seats were fought on Thursday. Here is how each of them went.

FENBY - Hale North (Lab hold)
Labour's Ann Roe held Hale North comfortably. The by-election was called after Cllr Tom Ure (Lab) stood down in May.
Ann Roe (Lab) 1,412
Jo Platt (Green) 1,106

KELBY - Ashmoor Park (Green gain from Con)
Kay Dunn won the seat for the Greens. The seat fell vacant when the Conservatives' Lee Hale was disqualified.
Kay Dunn (Green) 1,034
Sam Kelby (Con) 902

Next week: By-elections in Dunmere and Orwick.
"""

_COLON = """By-elections: two wards change hands

Two municipal by-elections were contested on Wednesday.

FENBY: Ward 84 (Hale Park) - Green gain from Lab

Ann Roe won the ward for the Greens with 51%. The by-election followed the death of councillor Tom Ure in June.

KELBY: Ward 12 (Ashmoor Heights) - Lab hold

Jo Platt held the ward for Labour. The seat fell vacant when councillor Lee Hale resigned to take up a post in the
provincial government.

Next week's by-elections: Dunmere Ward 7.
"""


def test_a_dashed_heading_of_body_and_seat_gives_its_sections_vacancy_the_seat(facts_of):
    found = _triggers(facts_of, _DASHED)
    assert ("Tom Ure", "Hale North") in found
    assert ("Lee Hale", "Ashmoor Park") in found
    assert not any(seat in ("Dunmere", "Orwick") for _, seat in found)


def test_a_colon_heading_of_body_and_numbered_ward_gives_the_bodys_ward(facts_of):
    found = _triggers(facts_of, _COLON)
    assert ("Tom Ure", "Fenby Ward 84") in found
    assert ("Lee Hale", "Kelby Ward 12") in found


def test_a_capitals_line_after_the_dash_is_no_seat():
    from kg.extract.triggers import _headings

    text = "FENBY BY-ELECTION - FIRST COUNT\nAnn Roe (Lab) 1,412\nKELBY - SECOND COUNT\nJo Platt (Lab) 1,000\n"
    assert _headings(text) == []
