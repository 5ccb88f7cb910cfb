"""Round 16's vacancies (kg/extract/triggers.py): the person set beside what a cause is "of", a round-up's headings of
body and ward, headings that name no seat (a byline, the page's own heading), the place a party held "in" a
by-election, and a body's choice of an office holder that is no by-election."""

import datetime as dt


def _triggers(facts_of, text: str) -> set[tuple[str, str, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text).triggers}


def test_the_name_set_beside_what_a_death_is_of(facts_of):
    text = ("Labour has comfortably held Hale and Fenby in a by-election caused by the death of the constituency's "
            "long-serving Labour MP, Jo Platt, in August.")
    assert ("Jo Platt", "death", "Hale and Fenby") in _triggers(facts_of, text)


def test_the_name_set_beside_a_kin_word(facts_of):
    text = ("Congress candidate Jo Platt won the Fenby bypoll necessitated by the death of his father, sitting MLA "
            "Tom Platt, in June.")
    assert ("Tom Platt", "death", "Fenby") in _triggers(facts_of, text)


def test_a_name_that_opens_the_next_clause_is_not_set_beside(facts_of):
    text = "After the death of the minister, Ann Roe resigned. A by-election in Fenby followed."
    assert all(person != "Ann Roe" or cause != "death" for person, cause, _ in _triggers(facts_of, text))
    # the name the rule is for: set beside the minister, it is the one whose death it was
    beside = "After the death of the minister, Ann Roe, a by-election in Fenby followed."
    assert ("Ann Roe", "death", "Fenby") in _triggers(facts_of, beside)


def test_a_heading_of_body_and_ward_names_the_ward_of_its_section(facts_of):
    text = ("Two ward by-elections were held on Wednesday.\n\nFENBY LOCAL MUNICIPALITY (HALE), WARD 23\nANC hold\n\n"
            "The ANC's Ann Roe held the ward, which fell vacant when ANC councillor Tom Ure resigned in May.\n\n"
            "KELBY MUNICIPALITY (ASHMOOR), WARD 7\nDA gain from ANC\n\n"
            "Jo Platt won the ward for the Democratic Alliance. The by-election followed the death in June of ANC "
            "councillor Lee Hale, who had won the ward in 2011 by just 38 votes.\n\nNext week: four by-elections in Ashmoor.\n")
    found = _triggers(facts_of, text)
    assert ("Lee Hale", "death", "Kelby Municipality Ward 7") in found
    assert all(seat != "Ashmoor" for _, _, seat in found)


def test_a_byline_in_capitals_is_no_seat(facts_of):
    text = ("OPINION\n\nFenby: Labour wins the seat\n\nSAM KELBY\nTuesday, 12 July 2016\n\n"
            "Saturday's by-election in Fenby did what by-elections in safe seats usually do.\n\n"
            "Labour's Jo Platt won the electorate by 1,834 votes over National's Lee Hale.\n\n"
            "Remember why we were here at all. Ann Roe, who first won Fenby for Labour in 2008 and held it with a majority of "
            "more than 4,000 in 2014, resigned from Parliament in April to take a job with the United Nations. But the "
            "by-election cost taxpayers a million dollars to fill a seat.\n\nSam Kelby writes a weekly column on politics.")
    assert _triggers(facts_of, text) == {("Ann Roe", "resignation", "Fenby")}


def test_the_place_a_party_held_in_a_by_election(facts_of):
    text = ("Labour holds Hale and Fenby as turnout slumps\n\nLabour has comfortably held Hale and Fenby in a by-election "
            "caused by the death of its MP, Tom Ure, in August.\n\nMr Ure, who won the seat from the Conservatives in 1997 "
            "and held it until his death, died in hospital aged 67.")
    found = {(t.person, t.cause, t.seat) for t in facts_of(text, dt.date(2012, 11, 16)).triggers}
    assert found == {("Tom Ure", "death", "Hale and Fenby")}


def test_a_council_choosing_a_mayor_is_no_by_election(facts_of):
    text = ("Ann Roe won the Fenby ward by-election for the ANC. Separately, the Kelby council on Tuesday elected the "
            "ANC's Jo Platt as executive mayor, replacing fellow ANC member Tom Ure, who was recalled by the party in July.")
    assert all(person != "Tom Ure" or seat != "Fenby" for person, _, seat in _triggers(facts_of, text))


def test_her_death_in_an_obituary_is_the_death_it_told(facts_of):
    text = ("Ann Roe, who has died aged 55 after a long illness, was the Labour member for Fenby.\n\n"
            "At the 1999 election she contested Fenby, losing to Labour's Tom Ure by 612 votes.\n\n"
            "Her death means a by-election in Fenby, the first since 2011. Ure has said he will not seek a return.")
    assert _triggers(facts_of, text) == {("Ann Roe", "death", "Fenby")}


def test_two_deaths_told_leave_her_death_to_the_pronoun(facts_of):
    text = ("Ann Roe, who has died aged 55, was the Labour member for Fenby. Her mother Kay Dunn died in 1990.\n\n"
            "Her death means a by-election in Fenby.")
    found = _triggers(facts_of, text)
    assert all(person != "Kay Dunn" for person, _, _ in found)
    assert ("Ann Roe", "death", "Fenby") in found


def test_a_ward_the_sentence_opens_with_is_the_seat_left(facts_of):
    text = ("CCM also won two of the three council ward by-elections held on the same day. The opposition's only "
            "success came in Kelby ward, where Jo Platt won by 38 votes.\n\n"
            "In Hale ward, CCM's Ann Roe regained the seat for the party after the sitting councillor, Tom Ure, quit "
            "CHADEMA and resigned his seat in June to join the ruling party.")
    assert ("Tom Ure", "resignation", "Hale") in _triggers(facts_of, text)
