"""Round 20's vacancies (kg/extract/triggers.py): a round-up's sections (a table's rows and outcome lines are no
headings; "Kelby Council, Hale ward" and "214th Legislative District" lines are), a leaver's new post is not the seat
left, a contest held out of its time ("partial", "early") fills a vacancy, an appointment that left the seat vacant, a
party expulsion that vacated a seat, and a winner leaving a council seat for the contest that sets off (also when
reported as settled: "confirmed she would resign")."""

import datetime as dt


def _found(facts_of, text: str, published: dt.date = dt.date(2026, 3, 13)) -> set[tuple[str, str | None]]:
    return {(t.person, t.seat) for t in facts_of(text, published).triggers}


def test_a_tables_rows_and_outcome_lines_are_no_headings_of_a_round_up(facts_of):
    text = ("Labour took one ward and the Conservatives held one in Wednesday's round of municipal by-elections.\n\n"
            "Kelby District Council, Ward 12 (Fenby)\n"
            "Lab – Ann Roe – 1,944 (46.2%)\n"
            "Con – Tom Ure – 1,511 (35.9%)\n"
            "LAB GAIN FROM CON\n\n"
            "The by-election followed the death of Conservative councillor Jo Platt in August.\n\n"
            "Hale District Council, Ward 4 (Ashmoor)\n"
            "Con – Kay Dunn – 2,027 (58.9%)\n"
            "Lab – Lee Hale – 1,402 (27.3%)\n"
            "CON HOLD\n\n"
            "The by-election was called after Conservative councillor Sam Kelby died in a car accident in September.\n")
    found = {(person, " ".join((seat or "").split()[-2:])) for person, seat in _found(facts_of, text)}
    assert ("Jo Platt", "Ward 12") in found
    assert ("Sam Kelby", "Ward 4") in found


def test_table_rows_are_read_as_no_heading():
    from kg.extract.triggers import _headings

    text = ("Kelby Council, Ward 12 (Fenby)\nLAB – Ann Roe – 1,944 (46.2%)\nCON – Tom Ure – 1,511 (35.9%)\n\n"
            "Hale Council, Ward 4 (Ashmoor)\nCON – Kay Dunn – 2,027 (58.9%)\n")
    assert [seat for _, seat in _headings(text, frozenset({"ward"}))] == ["Kelby Council Ward 12", "Hale Council Ward 4"]


def test_a_council_and_ward_heading_names_the_ward_as_its_sections_seat(facts_of):
    text = ("Thursday's council by-elections produced a Reform UK gain and a Labour hold.\n\n"
            "Kelby District Council, Fenby Heath ward (Conservative defence)\n"
            "Fenby Heath: Ann Roe (Reform UK) 612\n"
            "Fenby Heath: Tom Ure (Conservative) 401\n"
            "REFORM UK GAIN FROM CONSERVATIVE. Turnout 24.1%.\n\n"
            "The vacancy arose after Conservative councillor Jo Platt resigned on health grounds.\n\n"
            "Hale Borough Council, Ashmoor Marsh ward (Independent defence)\n"
            "Ashmoor Marsh: Kay Dunn (Labour) 477\n"
            "Ashmoor Marsh: Lee Hale (Independent) 402\n"
            "LABOUR GAIN FROM INDEPENDENT. Turnout 19.8%.\n\n"
            "Independent councillor Sam Kelby stood down after moving to Spain. Ms Dunn, a retired prison officer, "
            "thanked voters.\n")
    found = _found(facts_of, text)
    assert ("Jo Platt", "Fenby Heath") in found
    assert ("Sam Kelby", "Ashmoor Marsh") in found
    assert not any(person == "Kay Dunn" for person, _ in found)  # "a retired prison officer" left no seat


def test_numbered_district_lines_head_a_round_up_of_special_elections(facts_of):
    text = ("Democrats win two of three special elections\n\n"
            "Here's how the three races shook out:\n\n"
            "114th Legislative District (Kelby County)\n"
            "Democrat Ann Roe defeated Republican Tom Ure, 8,911 to 5,240. Roe, a borough councilwoman, "
            "ran on school funding.\n\n"
            "117th Legislative District (Hale County)\n"
            "Democrat Jo Platt beat Republican Kay Dunn, 6,402 to 5,877. The seat opened when Democratic Rep. Lee Hale "
            "resigned after being elected county controller in November.\n\n"
            "121st Legislative District (Fenby County)\n"
            "Republican Sam Kelby easily defeated Democrat Ann Kirby, 7,118 to 2,954. The seat was vacated by "
            "Republican Rep. Tom Ashby, who resigned in January to join the state utility commission.\n")
    found = _found(facts_of, text, dt.date(2025, 2, 5))
    assert ("Lee Hale", "117th Legislative District") in found
    assert ("Tom Ashby", "121st Legislative District") in found


def test_the_seat_a_leaver_quit_to_contest_is_not_the_seat_left(facts_of):
    text = ("Labor has retained the state seat of Fenby, with Ann Roe claiming victory in yesterday's by-election "
            "caused by the resignation of former member Tom Ure, who quit the assembly to contest the federal seat of "
            "Hale Heights for Labor.")
    found = _found(facts_of, text)
    assert ("Tom Ure", "Fenby") in found
    assert ("Tom Ure", "Hale Heights") not in found


def test_an_early_election_for_mayor_after_a_death_is_that_mayors_vacancy(facts_of):
    text = ("The election commission has set 15 March as the date of an early election for mayor of the municipality "
            "of Fenby, following the death last month of Mayor Tom Ure.")
    assert ("Tom Ure", "Fenby") in _found(facts_of, text, dt.date(2026, 2, 2))


def test_an_early_election_its_voters_held_is_of_their_place(facts_of):
    text = ("Voters in Fenby on Sunday elected Ann Roe as mayor in an early election called after the death in March "
            "of mayor Tom Ure.")
    assert ("Tom Ure", "Fenby") in _found(facts_of, text, dt.date(2015, 6, 22))


def test_early_general_elections_are_no_vacancy_contest(facts_of):
    text = "The president called early elections after the resignation of Prime Minister Tom Ure."
    assert not facts_of(text, dt.date(2015, 6, 22)).triggers


def test_an_appointment_that_left_the_seat_vacant_is_its_vacancy(facts_of):
    text = ("The ruling party has retained the Fenby constituency after a partial legislative election on 14 June. "
            "The seat fell vacant in January when its member, Tom Ure, was appointed Minister of Fisheries in the "
            "government reshuffle.")
    assert ("Tom Ure", "Fenby") in _found(facts_of, text, dt.date(2025, 6, 22))


def test_an_appointment_told_alone_leaves_no_seat(facts_of):
    text = ("Ann Roe won the Fenby by-election on Thursday. In January Tom Ure was appointed Minister of Fisheries in "
            "the government reshuffle.")
    assert ("Tom Ure", "Fenby") not in _found(facts_of, text, dt.date(2025, 6, 22))


def test_an_expulsion_that_vacated_the_seat_is_its_vacancy(facts_of):
    text = ("Labour took the Fenby ward by-election on Wednesday. The seat was vacated when Conservative councillor "
            "Tom Ure was expelled from the party for bringing it into disrepute.")
    assert ("Tom Ure", "Fenby") in _found(facts_of, text, dt.date(2025, 6, 22))


def test_the_winner_leaving_the_council_sets_off_a_ward_by_election(facts_of):
    text = ("Labour has held Fenby at a by-election triggered by the death of its MP Tom Ure. Ann Roe, the deputy "
            "leader of Kelby Borough Council, took 12,000 votes.\n\n"
            "Ms Roe is expected to take her seat in the Commons next week. She will stand down from the borough "
            "council, which will trigger a by-election in her Hale Park ward.")
    found = _found(facts_of, text)
    assert ("Ann Roe", "Hale Park") in found
    assert ("Tom Ure", "Fenby") in found


def test_a_by_election_triggered_by_a_death_keeps_its_winner_out(facts_of):
    text = ("Labour has held Fenby at a by-election triggered by the death of its MP Tom Ure. Ann Roe took 12,000 votes. "
            "She resigned from the council last year, which triggered a by-election in the Fenby ward.")
    assert not any(person == "Ann Roe" and seat == "Fenby" for person, seat in _found(facts_of, text))


def test_the_articles_own_contest_set_off_again_keeps_its_winner_out(facts_of):
    text = ("Ann Roe won Tuesday's special election in Fenby's 9th District, keeping the seat in Democratic hands.\n\n"
            "Tom Ure, who first won the seat in 1998, was confirmed as ambassador in June. She resigned from the House "
            "the day before her swearing-in, triggering the special election.")
    assert not any(person == "Ann Roe" for person, _ in _found(facts_of, text, dt.date(2009, 11, 4)))


def test_a_former_councillor_who_resigned_under_a_round_up_heading_left_that_seat(facts_of):
    text = ("Labour and the Conservatives each held a ward in Wednesday's round of municipal by-elections.\n\n"
            "Kelby District Council, Ward 12 (Fenby)\n"
            "LAB – Ann Roe – 1,944 (46.2%)\n"
            "CON – Tom Ure – 1,511 (35.9%)\n"
            "LAB HOLD\n\n"
            "Former Labour councillor Jo Platt resigned after being appointed to a post in the provincial health "
            "department.\n\n"
            "Hale District Council, Ward 4 (Ashmoor)\n"
            "CON – Kay Dunn – 2,027 (58.9%)\n"
            "LAB – Lee Hale – 1,402 (27.3%)\n"
            "CON HOLD\n\n"
            "The by-election was called after Conservative councillor Sam Kelby died in September.\n")
    found = {(person, " ".join((seat or "").split()[-2:])) for person, seat in _found(facts_of, text)}
    assert ("Jo Platt", "Ward 12") in found


def test_a_winner_who_confirmed_she_would_leave_her_council_seat_sets_off_its_by_election(facts_of):
    text = ("Plaid Cymru has kept Fenby after county councillor Ann Roe won yesterday's Fenby by-election, called "
            "following the death of the constituency's member, Tom Ure. Mr Ure had held the seat since 1999.\n\n"
            "Ms Roe, who has represented the Hale ward on Kelby County Council since 2017, confirmed she would resign "
            "her council seat before Christmas, triggering a by-election in Hale early in the new year.")
    found = _found(facts_of, text, dt.date(2023, 11, 10))
    assert ("Ann Roe", "Hale") in found
    assert ("Tom Ure", "Fenby") in found


def test_a_supposed_departure_sets_off_nothing(facts_of):
    text = ("Ann Roe won yesterday's Fenby by-election. If she resigned her council seat, it would trigger a "
            "by-election in Hale.")
    assert not any(person == "Ann Roe" for person, _ in _found(facts_of, text, dt.date(2023, 11, 10)))
