"""Result forms of news from anywhere (round 11, kg/extract/elections.py): seats as each country writes them, passive
wins, a party's ticket, seats won two at a time. Sentences written for the test, with invented names."""

import datetime as dt


def _results(facts):
    return {(e.seat, e.winner, e.party) for e in facts.elections}


def test_a_district_named_by_its_state_code_is_the_seat(facts_of):
    facts = facts_of("Ann Roe (D) defeated Tom Ure (R) in NV-4 by 3,000 votes.", dt.date(2024, 11, 6))
    assert _results(facts) == {("NV-4", "Ann Roe", "Democratic Party")}
    assert [e.majority for e in facts.elections] == [3000]
    assert ("Ann Roe", "representative", "Democratic Party") in {(r.person, r.role, r.party) for r in facts.roles}
    assert ("TX-23", "Ann Roe", None) in _results(facts_of("Tom Ure lost to Ann Roe in TX-23.", dt.date(2024, 11, 6)))
    assert ("NV-4", "Ann Roe", "Democratic Party") in _results(facts_of("Ann Roe won NV-4 for the Democrats.", dt.date(2024, 11, 6)))


def test_a_code_of_no_state_is_no_district(facts_of):
    assert not facts_of("Ann Roe defeated Tom Ure in XQ-4 by 3,000 votes.", dt.date(2024, 11, 6)).elections


def test_a_states_ordinal_is_its_district(facts_of):
    facts = facts_of("Ann Roe, a Democrat, won Ohio’s 12th on Tuesday.", dt.date(2024, 11, 6))
    assert _results(facts) == {("Ohio’s 12th", "Ann Roe", "Democratic Party")}
    facts = facts_of("Ann Roe, a Republican, won New York's 3rd by 800 votes.", dt.date(2024, 11, 6))
    assert _results(facts) == {("New York's 3rd", "Ann Roe", "Republican Party")}
    assert not facts_of("Ann Roe won Ohio's 12th birthday party.", dt.date(2024, 11, 6)).elections


def test_a_riding_is_a_seat_won(facts_of):
    facts = facts_of("Liberal Ann Roe won the riding of Lakeview—Hillside.", dt.date(2024, 11, 6))
    assert [(e.seat, e.winner) for e in facts.elections] == [("Lakeview—Hillside", "Ann Roe")]


def test_a_name_held_for_a_party_is_a_seat(facts_of):
    facts = facts_of("Ann Roe held Fenby for Labour by just six votes.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Fenby", "Ann Roe", "Labour Party")}
    assert [e.majority for e in facts.elections] == [6]
    assert not facts_of("Ann Roe visited Tom Ure for Labour.", dt.date(2024, 5, 3)).elections


def test_a_passive_win_is_the_agents(facts_of):
    facts = facts_of("The Fenby by-election was held on Thursday, won by Labour's Ann Roe.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Fenby", "Ann Roe", "Labour Party")}
    assert _results(facts_of("Kelby, won by Tom Ure for the Liberal Democrats, was close.")) == {
        ("Kelby", "Tom Ure", "Liberal Democrats")}
    assert _results(facts_of("The Hale seat was taken by the Liberal Democrats.")) == {("Hale", None, "Liberal Democrats")}


def test_a_passive_win_of_no_contest_or_a_hedged_one_is_no_result(facts_of):
    assert not facts_of("The award was won by Ann Roe.").elections
    assert not facts_of("Fenby could be won by Ann Roe.").elections
    assert not facts_of("The Fenby seat was not won by Ann Roe.").elections


def test_a_partys_ticket_is_the_winners_party(facts_of):
    facts = facts_of("Ann Roe won the Hale seat on a Labour ticket in 2005.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Hale", "Ann Roe", "Labour Party")}
    facts = facts_of("Ann Roe, a Labour member, won Hale on a Green Party ticket.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Hale", "Ann Roe", "Green Party")}


def test_an_assembly_seat_won_makes_a_member_of_the_assembly(facts_of):
    facts = facts_of("In 2005 Ann Roe won the Hale assembly seat.", dt.date(2024, 5, 3))
    assert {(r.person, r.role) for r in facts.roles} == {("Ann Roe", "mla")}


def test_both_seats_won_are_results(facts_of):
    facts = facts_of("Tom Ure won both Fenby and Hale at the general election and chose to sit for Hale.", dt.date(2024, 5, 3))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Fenby", "Tom Ure"), ("Hale", "Tom Ure")}
    facts = facts_of("Tom Ure was elected for both Fenby and Hale in 2019.", dt.date(2024, 5, 3))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Fenby", "Tom Ure"), ("Hale", "Tom Ure")}
    facts = facts_of("Ann Roe of the Greens won from both Fenby and Hale.", dt.date(2024, 5, 3))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Fenby", "Ann Roe"), ("Hale", "Ann Roe")}


def test_a_seat_named_with_and_is_one_seat(facts_of):
    facts = facts_of("Tom Ure won Heywood and Middleton.", dt.date(2024, 5, 3))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Heywood and Middleton", "Tom Ure")}


def test_a_seat_held_until_a_year_is_a_tenure_not_the_result(facts_of):
    facts = facts_of("Ann Roe won the Fenby by-election for the Greens with 9,000 votes. The Conservatives, who held the seat "
                     "until 2019, came third.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Fenby", "Ann Roe", "Green Party")}
    facts = facts_of("Ann Roe won the Fenby by-election for the Greens. Labour held the seat from 1997 to 2019.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Fenby", "Ann Roe", "Green Party")}


def test_a_seat_flipped_or_claimed_from_a_party(facts_of):
    facts = facts_of("Republican Ann Roe flipped NV-4 on Tuesday night, ousting Rep. Tom Ure by 3,412 votes.", dt.date(2024, 11, 6))
    assert _results(facts) == {("NV-4", "Ann Roe", "Republican Party")}
    assert _results(facts_of("The Greens wrested Hale from Labour.", dt.date(2024, 5, 3))) == {("Hale", None, "Green Party")}


def test_a_seat_flipped_needs_a_seat(facts_of):
    assert not facts_of("Ann Roe flipped the script.", dt.date(2024, 5, 3)).elections
    assert not facts_of("Ann Roe grabbed headlines in Fenby.", dt.date(2024, 5, 3)).elections


def test_a_citys_possessive_is_where_the_seat_is(facts_of):
    facts = facts_of("Labor’s Ann Roe has claimed Sydney’s Fenby from the Liberals.", dt.date(2024, 5, 3))
    assert [(e.winner, e.party) for e in facts.elections] == [("Ann Roe", "Australian Labor Party")]
    assert facts.elections[0].seat in ("Fenby", "Sydney’s Fenby")  # never the city alone
    facts = facts_of("Labor's Ann Roe took Melbourne's Hale West from the Greens.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Hale West", "Ann Roe", "Australian Labor Party")}


def test_a_results_table_line_names_its_winner(facts_of):
    facts = facts_of("Fenby by-election result: Ann Roe (LD) 14,206; Tom Ure (Con) 12,911; Jo Platt (Lab) 3,877. Lib Dem gain "
                     "from Con. Majority 1,295.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Fenby", "Ann Roe", "Liberal Democrats")}
    facts = facts_of("HALE (Kelshire) council by-election: Tom Ure (Lab) 655, Ann Roe (Plaid Cymru) 812, Jo Platt (Con) 201.",
                     dt.date(2024, 5, 3))
    assert {(e.seat.lower(), e.winner, e.party) for e in facts.elections} == {("hale", "Ann Roe", "Plaid Cymru")}
    assert ("Ann Roe", "councillor") in {(r.person, r.role) for r in facts.roles}
    facts = facts_of("GENERAL ELECTION RESULTS\nFenby West: Ann Roe (Con) 18,432; Tom Ure (Lab) 17,951.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Fenby West", "Ann Roe", "Conservative Party")}


def test_a_results_table_won_by_a_party_alone(facts_of):
    facts = facts_of("Kelby council by-election: Con 611, Lab 988, LD 140.", dt.date(2024, 5, 3))
    assert _results(facts) == {("Kelby", None, "Labour Party")}


def test_figures_that_are_no_table_give_no_result(facts_of):
    assert not facts_of("The poll: Ann Roe 45, Tom Ure 40.", dt.date(2024, 5, 3)).elections
    assert not facts_of("Fenby by-election: Ann Roe (LD) 900; Tom Ure (Con) 900.", dt.date(2024, 5, 3)).elections
    assert not facts_of("Fenby by-election: Ann Roe said 900 people came, Tom Ure 400.", dt.date(2024, 5, 3)).elections


def test_an_irish_local_electoral_area_and_a_new_zealand_electorate_are_seats(facts_of):
    facts = facts_of("Fianna Fáil's Ann Roe was returned in the Kelmore local electoral area by just six votes after a full "
                     "recount on Sunday, taking the last of the six council seats.", dt.date(2014, 5, 26))
    assert _results(facts) == {("Kelmore", "Ann Roe", "Fianna Fáil")}
    assert ("Ann Roe", "councillor") in {(r.person, r.role) for r in facts.roles}
    facts = facts_of("Ann Roe won the Kelmore electorate for Labour in 2014.", dt.date(2020, 10, 18))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Kelmore", "Ann Roe")}


def test_a_win_told_before_an_apposition_ends_is_the_persons(facts_of):
    facts = facts_of("Tom Ure, a list MP before winning the Kelmore seat in 2014, spoke.", dt.date(2020, 10, 18))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Kelmore", "Tom Ure")}
    assert not facts_of("The race before winning the Kelmore seat was long.", dt.date(2020, 10, 18)).elections


def test_a_post_of_an_organisation_is_no_public_contest(facts_of):
    facts = facts_of("Tom Ure was elected chairman of Fenby Rovers at the club’s annual general meeting on Thursday, beating "
                     "fellow director Ann Roe in a vote of shareholders.", dt.date(2019, 6, 28))
    assert not facts.elections
    assert not facts_of("Ann Roe was elected treasurer in 2019.", dt.date(2024, 5, 3)).elections
    assert not facts_of("Ann Roe was elected president of the Fenby Rovers on Thursday.", dt.date(2024, 5, 3)).elections


def test_a_public_post_elected_to_is_still_a_result(facts_of):
    assert [e.winner for e in facts_of("Ann Roe was elected in 2019.", dt.date(2024, 5, 3)).elections] == ["Ann Roe"]
    facts = facts_of("Ann Roe was elected governor of Kelby in 2019.", dt.date(2024, 5, 3))
    assert {(e.seat, e.winner, e.kind) for e in facts.elections} == {("Kelby", "Ann Roe", "gubernatorial election")}


def test_a_mayor_is_of_a_place_however_the_model_tags_it(facts_of):
    facts = facts_of("The DA's Ann Roe was elected executive mayor of Nelson Kelby Bay on Thursday after the councillors "
                     "abstained.", dt.date(2018, 8, 24))
    assert [(e.seat, e.winner, e.kind) for e in facts.elections] == [("Nelson Kelby Bay", "Ann Roe", "mayoral election")]


def test_a_governors_race_lost_is_the_states(facts_of):
    facts = facts_of("Jo Platt, a Democrat who served two terms as Wisconsin’s secretary of state before losing the 1998 "
                     "governor’s race to Republican Tom Ure, died Saturday in Madison.", dt.date(2023, 1, 9))
    assert {(e.seat, e.winner, e.kind) for e in facts.elections} == {("Wisconsin", "Tom Ure", "gubernatorial election")}


def test_a_seat_lost_is_the_one_the_loser_represented(facts_of):
    facts = facts_of("Former Conservative MP Tom Ure, who represented Fenby from 1983 until 1997, has been appointed chairman "
                     "of a trust. He lost the seat to Labour's Ann Roe, who held it until 2010.", dt.date(2015, 3, 2))
    assert _results(facts) == {("Fenby", "Ann Roe", "Labour Party")}
    assert not any(e.year == 2010 for e in facts.elections)
    assert not facts_of("Tom Ure represented Ann Roe in court. He lost the case to Jo Platt.", dt.date(2015, 3, 2)).elections


def test_a_member_elected_on_a_count_is_the_constituencys(facts_of):
    facts = facts_of("Counting continues in Kelmore West, where Sinn Féin’s Ann Roe topped the poll and was elected on the first "
                     "count.", dt.date(2020, 2, 9))
    assert _results(facts) == {("Kelmore West", "Ann Roe", "Sinn Féin")}
    facts = facts_of("In Kelmore West, Labour’s Ann Roe was returned on the ninth count, but Fine Gael’s Tom Ure lost the seat "
                     "he had held since 1989.", dt.date(1997, 6, 8))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Kelmore West", "Ann Roe")}
    assert not facts_of("Ann Roe topped the poll for most popular politician.", dt.date(2020, 2, 9)).elections


def test_becoming_another_office_is_no_seat_won(facts_of):
    facts = facts_of("Among them was Labour's Ann Roe, the MP for Kelmore Bay, who becomes Minister of Customs.", dt.date(2020, 11, 6))
    assert not facts.elections
    facts = facts_of("Ann Roe became the MP for Fenby in 2010.", dt.date(2020, 11, 6))
    assert {(e.seat, e.winner) for e in facts.elections} == {("Fenby", "Ann Roe")}


def test_a_chambers_choice_of_an_officer_makes_no_member(facts_of):
    facts = facts_of("The state parliament elected Tom Ure (CDU) as premier of Saxony.", dt.date(2024, 5, 3))
    assert not any(r.role == "mp" for r in facts.roles)
    facts = facts_of("Voters in Fenby elected Ann Roe as their MP.", dt.date(2024, 5, 3))
    assert ("Fenby", "Ann Roe") in {(e.seat, e.winner) for e in facts.elections}
    assert ("Ann Roe", "mp") in {(r.person, r.role) for r in facts.roles}


def test_elected_to_a_chamber_from_a_constituency_the_model_took_for_a_person(facts_of):
    facts = facts_of("Tom Ure was elected to the Haryana Legislative Assembly from Sohan Khurd in 2005.")
    assert [(e.seat, e.winner) for e in facts.elections] == [("Sohan Khurd", "Tom Ure")]


def test_she_of_a_clause_after_a_passive_is_the_one_person_named_before(facts_of):
    facts = facts_of("Tom Ure won Hale in 2015. "
                     "The Fenby seat was vacated by Ann Roe after she was elected to the Senate from Kelby in 2019.")
    assert ("Kelby", "Ann Roe") in [(e.seat, e.winner) for e in facts.elections]
    assert ("Kelby", "Tom Ure") not in [(e.seat, e.winner) for e in facts.elections]


def test_elected_to_a_council_from_a_rival_ward_is_no_seat_named(facts_of):
    facts = facts_of("Ann Roe was elected to the council from Tom Ure's old ward.")
    assert all(e.seat != "Tom Ure" for e in facts.elections)
