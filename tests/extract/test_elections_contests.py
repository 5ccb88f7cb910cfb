"""Contests for an office or a whole country, and contests named the way other countries name them
(kg/extract/elections.py): sentences written for the test, with invented names."""

import datetime as dt

from kg.extract.elections import election_mentions
from kg.extract.lexicon import load_lexicon


def test_presidential_election_won_needs_no_seat_or_year(facts_of):
    facts = facts_of("Mara Velez, the leader of the Civic Party, has now won the presidential snap election.")
    assert any(e.winner == "Mara Velez" and e.kind == "presidential election" and e.seat is None for e in facts.elections)


def test_elected_president_of_a_country(facts_of):
    facts = facts_of("Tomas Urrutia was elected president of Portugal on Sunday.")
    assert any(e.winner == "Tomas Urrutia" and e.seat == "Portugal" and e.kind == "presidential election" for e in facts.elections)


def test_a_countrys_elections_won_by_a_party_leader_are_its_general_election(facts_of):
    facts = facts_of("Anna Moretti, the leader of the Green Party, who won the elections on March 3, formed a government on Friday.")
    assert any(e.winner == "Anna Moretti" and e.kind == "general election" and e.seat is None for e in facts.elections)


def test_a_seatless_win_of_a_local_election_is_still_no_result(facts_of):
    facts = facts_of("Anna Moretti won the election easily.")
    assert not facts.elections


def test_party_election_winner_title(facts_of):
    facts = facts_of("The talks went on, with Labour election winner Tom Ure set to become prime minister.")
    assert any(e.winner == "Tom Ure" and e.kind == "general election" and e.party == "Labour Party" for e in facts.elections)


def test_governor_re_elected_is_the_contest_for_the_governorship(facts_of):
    facts = facts_of("Kenton Governor Rita Okafor was re-elected with 76,134 votes.")
    assert any(e.winner == "Rita Okafor" and e.seat == "Kenton" and e.kind == "gubernatorial election" for e in facts.elections)


def test_governor_beating_challengers_keeps_the_office(facts_of):
    facts = facts_of("Kenton Governor Rita Okafor of the Labour Party defeated her challengers on Saturday.")
    assert any(e.winner == "Rita Okafor" and e.seat == "Kenton" and e.kind == "gubernatorial election" for e in facts.elections)


def test_governor_losing_re_election_loses_the_office_to_the_winner(facts_of):
    facts = facts_of("Kenton Governor Musa Bello lost re-election to Ada Nwosu of the Labour Party.")
    assert any(e.winner == "Ada Nwosu" and e.seat == "Kenton" and e.kind == "gubernatorial election" for e in facts.elections)
    assert not any(e.seat == "Musa Bello" or e.seat == "Bello" for e in facts.elections)


def test_governor_declared_the_winner(facts_of):
    facts = facts_of("Kenton Governor Rita Okafor of the Labour Party was declared the winner on Monday.")
    assert any(e.winner == "Rita Okafor" and e.seat == "Kenton" for e in facts.elections)


def test_a_governors_contest_makes_no_member_of_a_chamber(facts_of):
    facts = facts_of("Kenton Governor Rita Okafor was re-elected to defeat Tom Ure, a serving senator.")
    assert any(e.seat == "Kenton" for e in facts.elections)
    assert not any(f.person == "Rita Okafor" and f.role in ("senator", "mp") for f in facts.roles)


def test_bypolls_are_by_elections_held_where_the_text_says(nlp):
    doc = nlp("Bypolls were held in Fenby and Hale on Thursday.")
    found = election_mentions(doc, load_lexicon())
    assert {(m.kind, m.seat) for m in found} == {("by-election", "Fenby"), ("by-election", "Hale")}


def test_a_chamber_is_never_the_seat(nlp):
    found = election_mentions(nlp("Voters went to the polls in the Fenby Lok Sabha by-poll."), load_lexicon())
    assert [(m.kind, m.seat) for m in found] == [("by-election", "Fenby")]
    found = election_mentions(nlp("The Lok Sabha byelections were rigged, he said."), load_lexicon())
    assert [m.seat for m in found] == [None]


def test_a_win_told_with_the_rival_beaten_is_one_result(facts_of):
    facts = facts_of("Bypolls were held in Fenby and Hale on Thursday. Turnout in Hale was low, and Hale voters were angry. "
                     "Ravi Khanna had won the Fenby seat in 2019, defeating Jaya Nath by a margin of 1,000 votes.",
                     published=dt.date(2022, 6, 26))
    assert {e.seat for e in facts.elections if e.winner == "Ravi Khanna"} == {"Fenby"}


def test_contests_told_one_by_one_after_in_place(facts_of):
    facts = facts_of("The Unity Alliance won three by-elections on Thursday. "
                     "In Marawa John Otieno trounced Peter Kamau.")
    assert any(e.winner == "John Otieno" and e.seat == "Marawa" for e in facts.elections)


def test_seat_told_in_the_sentence_before_with_the_winner(facts_of):
    facts = facts_of("The Fenby parliamentary seat fell empty after Ann Roe was appointed minister. "
                     "Roe had been elected to a third term in the 2022 general election.", published=dt.date(2023, 1, 6))
    assert any(e.winner == "Ann Roe" and e.seat == "Fenby" and e.year == 2022 for e in facts.elections)


def test_seat_named_earlier_in_the_sentence(facts_of):
    facts = facts_of("Democrats had held the Fenby seat for a century until Republican Tom Ure won it in 2010.")
    assert [(e.seat, e.winner, e.party, e.year) for e in facts.elections] == [("Fenby", "Tom Ure", "Republican Party", 2010)]


def test_a_presidents_title_names_no_contest_won(facts_of):
    facts = facts_of("President Tomas Urrutia won the vote on the budget on Tuesday.")
    assert not facts.elections


def test_a_by_election_result_needs_its_seat(facts_of):
    facts = facts_of("The by-elections were held in two seats on Thursday. "
                     "In the by-election results announced today, Tom Ure lost to Jo Platt by over 42,000 votes.",
                     published=dt.date(2022, 6, 26))
    assert not facts.elections


def test_a_bare_election_won_is_the_articles_office_contest(facts_of):
    facts = facts_of("Tom Ure has been elected the 61st governor of Fenby. Ann Roe won election by nearly 9 points in 2017.")
    assert any(e.winner == "Ann Roe" and e.seat == "Fenby" and e.kind == "gubernatorial election" and e.year == 2017
               for e in facts.elections)
    facts = facts_of("Tom Ure has been elected the 61st governor of Fenby. Ann Roe won election to the Senate in 2017.")
    assert not any(e.winner == "Ann Roe" and e.seat == "Fenby" for e in facts.elections)
