"""Round 19 (wave two): a winner the article itself titles as a sitting member of a legislature's house keeps that
title; the result adds no second one guessed from its chamber (kg/extract/members.py _house_titled)."""
import datetime as dt


def _titles(facts, person):  # type: ignore[no-untyped-def]
    return {f.role for f in facts.roles if f.person == person}


def test_a_winner_titled_representative_gets_no_guessed_mp(facts_of):
    facts = facts_of("MONROVIA, Liberia - Ann Roe of the Unity Party won the Fenby district by-election on Tuesday. "
                     "Representative Ann Roe thanked the voters of Fenby.", dt.date(2024, 5, 2))
    titles = _titles(facts, "Ann Roe")
    assert "representative" in titles
    assert "mp" not in titles


def test_a_winner_titled_ms_gets_no_guessed_mp_for_a_past_win(facts_of):
    facts = facts_of("Plaid Cymru's Tom Ure, who won Fenby in 2016, stood down this year. Tom Ure MS said he would "
                     "return to farming.", dt.date(2023, 3, 1))
    titles = _titles(facts, "Tom Ure")
    assert "mp" not in titles


def test_a_former_member_who_wins_becomes_the_member(facts_of):
    facts = facts_of("Former MLA Ann Roe won the Fenby by-election for Labour.", dt.date(2023, 10, 20))
    assert "mp" in _titles(facts, "Ann Roe")


def test_a_councillor_who_wins_a_by_election_becomes_its_mp(facts_of):
    facts = facts_of("Councillor Ann Roe won the Fenby by-election for Labour.", dt.date(2023, 10, 20))
    assert "mp" in _titles(facts, "Ann Roe")



def test_a_member_s_earlier_council_seat_stays_a_councillor_s(facts_of):
    """An MP the article titles so keeps the council seat she won before: the guard is for a house's titles only."""
    facts = facts_of("Council by-elections\n\nTom Ure gained Fenby ward for the Conservatives. The vacancy arose when "
                     "Labour MP Ann Roe, who won Fenby ward in 2022, resigned her council seat to concentrate on "
                     "Westminster.", dt.date(2025, 3, 1))
    assert {"mp", "councillor"} <= _titles(facts, "Ann Roe")
