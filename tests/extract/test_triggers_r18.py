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


def test_the_vacancy_followed_a_death_speaks_of_the_contest(facts_of):
    text = ("Jo Platt won the Fenby by-election on Thursday. The vacancy followed the death in April of Cllr Ann Roe, "
            "a Conservative who had served Hale since 2006.")
    assert ("Ann Roe", "Fenby") in _triggers(facts_of, text)


def test_the_vacancy_arose_from_a_death_speaks_of_the_contest(facts_of):
    text = "Jo Platt won the Fenby by-election on Thursday. The vacancy arose from the death of Cllr Ann Roe (Lab)."
    assert ("Ann Roe", "Fenby") in _triggers(facts_of, text)


def test_a_vacancy_with_its_own_owner_is_not_the_contests(facts_of):
    text = "Jo Platt won the Fenby by-election on Thursday. A vacancy on the board arose when Ann Roe resigned."
    assert ("Ann Roe", "Fenby") not in _triggers(facts_of, text)


def test_an_expulsion_from_the_party_that_cost_the_seat_is_a_vacancy(facts_of):
    text = ("Jo Platt won the Fenby by-election on Thursday. The vacancy arose after councillor Ann Roe was expelled "
            "from the party in May, which cost her her seat.")
    assert ("Ann Roe", "Fenby") in _triggers(facts_of, text)


def test_an_expulsion_from_the_party_alone_is_no_vacancy(facts_of):
    text = "Jo Platt won the Fenby by-election on Thursday. Ann Roe was expelled from the party in May."
    assert ("Ann Roe", "Fenby") not in _triggers(facts_of, text)


def test_a_place_a_vacancys_sentence_opens_with_is_its_seat_among_several(facts_of):
    text = ("Bypolls were held in three seats on Saturday. Ann Roe won the Fenby bypoll. In Hale in Kelby district, a "
            "by-election was necessitated by the death of MLA Tom Ure in August. His son retained the seat.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "Hale") in found
    assert ("Tom Ure", "Fenby") not in found


def test_a_month_a_sentence_opens_with_is_no_seat(facts_of):
    text = ("Bypolls were held in three seats on Saturday. Ann Roe won the Fenby bypoll. In June, a by-election was "
            "necessitated by the death of MLA Tom Ure.")
    assert not any(seat == "June" for _, seat in _triggers(facts_of, text))


_BRACKETED_REGION = """By-election wrap: Greens take Fenby ward

Staff Reporter | 15 August 2024

Three wards were contested on Wednesday.

Fenby, Ward 9 (Kelby Province)
Jo Platt won with 58% of the vote, taking the ward from Labour.
The seat fell vacant after the death in June of councillor Ann Roe, who had represented the ward since 2016.

Hale, Ward 44 (Ashmoor Province)
Kay Dunn held the ward with 79%.
The by-election was triggered when councillor Tom Ure resigned after being sworn in as a member of the provincial
legislature.

Next week: four wards in Dunmere.
"""


def test_a_heading_of_body_and_ward_with_its_region_in_brackets_gives_the_seat(facts_of):
    found = _triggers(facts_of, _BRACKETED_REGION)
    assert any(person == "Ann Roe" and (seat or "").startswith("Fenby") for person, seat in found)
    assert ("Tom Ure", "Hale Ward 44") in found


def test_a_retirement_at_an_earlier_election_is_no_vacancy(facts_of):
    text = ("Ann Roe won the Fenby by-election on Saturday. Tom Ure held it for Labour from 2002 until his retirement "
            "at the 2014 election.")
    assert not any(person == "Tom Ure" for person, _ in _triggers(facts_of, text))


def test_a_retirement_years_before_the_contest_is_no_vacancy(facts_of):
    text = ("Ann Roe won the 2023 Fenby by-election after Lee Hale resigned. Dame Jo Platt, the Tory MP for 27 "
            "years, retired in 2010, when Sir Lee Hale held the seat for the party with a majority of 9,870.")
    found = _triggers(facts_of, text)
    assert ("Lee Hale", "Fenby") in found
    assert not any(person == "Jo Platt" for person, _ in found)


def test_a_resignation_in_the_contests_year_is_still_its_vacancy(facts_of):
    text = "Ann Roe won the Fenby by-election in 2023. The by-election was caused by the resignation of Tom Ure in 2023."
    assert ("Tom Ure", "Fenby") in _triggers(facts_of, text)


def test_sworn_in_as_a_member_of_another_house_leaves_the_seat(facts_of):
    text = ("Jo Platt won the Fenby by-election. The seat became vacant when the former ward councillor, Ann Roe, was "
            "sworn in as a member of the Kelby Provincial Legislature after the May elections.")
    assert ("Ann Roe", "Fenby") in _triggers(facts_of, text)


def test_sworn_in_to_a_committee_leaves_no_seat(facts_of):
    text = ("Jo Platt won the Fenby by-election. The seat became vacant when Ann Roe was sworn in as a member of the "
            "county's planning committee.")
    assert ("Ann Roe", "Fenby") not in _triggers(facts_of, text)
