"""Result forms read for news from anywhere (round 10, kg/extract/elections.py): sentences written for the test,
with invented names."""

import datetime as dt


def _results(facts):
    return {(e.seat, e.winner) for e in facts.elections}


def test_not_elected_is_no_result(facts_of):
    facts = facts_of("Ann Roe, the Labour MP for Fenby, has died. Her son Tom Roe, who stood for Labour in the seat in 1989 "
                     "but was not elected, spoke.", dt.date(2003, 2, 18))
    assert not any(e.winner == "Tom Roe" for e in facts.elections)
    assert not facts_of("Jo Platt was never elected in Fenby.", dt.date(2003, 2, 18)).elections


def test_a_members_past_win_is_of_the_seat_the_article_gives_them(facts_of):
    facts = facts_of("Tom Ure, the former Labour TD for Fenby West, died on Sunday. Ure was elected to Dáil Éireann at the 1973 "
                     "general election. He lost it to Fianna Fáil's Jo Platt in 1982 and recaptured it in 1987.",
                     dt.date(2003, 2, 18))
    found = {(e.seat, e.winner, e.year) for e in facts.elections}
    assert {("Fenby West", "Tom Ure", 1973), ("Fenby West", "Jo Platt", 1982), ("Fenby West", "Tom Ure", 1987)} <= found


def test_a_members_election_to_an_upper_chamber_is_not_their_seat(facts_of):
    facts = facts_of("Tom Ure, the former Labour TD for Fenby West, has died. He retired from the Dáil in 1989 and was "
                     "elected to Seanad Éireann the same year.", dt.date(2003, 2, 18))
    assert not any(e.seat == "Fenby West" for e in facts.elections)


def test_the_election_of_a_person_names_no_seat(facts_of):
    facts = facts_of("Ann Roe won the Fenby ward by-election for the Greens. Last year the Hale seat was filled after the court "
                     "nullified the election of Labour's Jo Platt; the Greens' Tom Ure won the repeat poll.", dt.date(2019, 3, 18))
    assert not any(e.seat in ("Jo Platt", "Labour's Jo Platt") for e in facts.elections)
    assert ("Hale", "Jo Platt", "Labour Party") in {(e.seat, e.winner, e.party) for e in facts.elections}
    assert ("Hale", "Tom Ure") in _results(facts)


def test_a_hyphenated_place_keeps_its_joiners(facts_of):
    assert ("Stoke-on-Hale", "Tom Ure") in _results(facts_of("Tom Ure won the by-election in Stoke-on-Hale for Labour."))
    assert ("Val-de-Fenby", "Ann Roe") in _results(facts_of("Ann Roe won the by-election in Val-de-Fenby for the Greens."))


def test_a_seat_named_with_a_bracket_before_its_chamber(facts_of):
    facts = facts_of("The ruling Labour party retained the Fenby (SC) assembly seat in Kelby on Thursday.", dt.date(2019, 10, 24))
    assert {(e.seat, e.party) for e in facts.elections} == {("Fenby", "Labour Party")}


def test_a_place_the_model_takes_for_a_person_is_the_seat_won(facts_of):
    facts = facts_of("The Greens won Ravi Nagar on Monday.", dt.date(2019, 10, 24))
    assert [(e.seat, e.winner) for e in facts.elections] == [("Ravi Nagar", None)]


def test_a_subject_after_its_winning_verb_is_a_misparse(facts_of):
    facts = facts_of("Kelby, October 24 (PTI) The ruling BJP retained the Fenby (SC) assembly seat in Westshire, the Congress "
                     "snatched Hale Kalan in Marlow from the Aam Aadmi Party and the JD(U) won Ravi Nagar in Upshire as votes in "
                     "Monday's bypolls were counted on Thursday.", dt.date(2019, 10, 24))
    assert not any(e.winner == "Ravi Nagar" for e in facts.elections)


def test_a_person_won_by_a_person_is_no_seat(facts_of):
    assert not any(e.seat == "Tom Ure" for e in facts_of("Ann Roe took Tom Ure to the races in 2019.").elections)


def test_an_indian_bypolls_winner_is_an_mla_not_a_representative(facts_of):
    facts = facts_of("The BJP held on to the Fenby (SC) assembly seat in Westshire when votes in Monday's bypolls were counted. "
                     "Congress nominee Ann Kaur won Hale Kalan in Kerala, defeating AAP candidate Tom Brar by 4,115 votes.",
                     dt.date(2019, 10, 24))
    assert ("Hale Kalan", "Ann Kaur") in _results(facts)
    members = {f.role for f in facts.roles if f.person == "Ann Kaur" and "roles.member-from-result" in f.rules}
    assert members == {"mla"}


def test_an_assembly_by_election_anywhere_makes_its_member_an_mla(facts_of):
    facts = facts_of("Ann Roe of the NDP won the Fenby by-election in Saskatchewan, keeping the assembly seat for her party.",
                     dt.date(2019, 10, 24))
    assert {f.role for f in facts.roles if f.person == "Ann Roe" and "roles.member-from-result" in f.rules} == {"mla"}


def test_a_seat_the_text_says_the_contest_was_not_is_no_seat(facts_of):
    facts = facts_of("Liberal Ann Roe captured Fenby—Hale from the Tories in yesterday's byelection. This was not some downtown "
                     "Kelby seat. Roe, 47, a pharmacist, beat PC candidate Tom Ure by 2,214 votes.", dt.date(2001, 9, 21))
    assert not any(e.seat == "Kelby" for e in facts.elections)


def test_the_election_of_a_name_the_model_missed_is_a_persons(facts_of):
    facts = facts_of("The by-election was called after the court annulled, in December, the 2017 election of Tom Ure (LREM), who "
                     "had won the seat by just 139 votes.", dt.date(2019, 3, 18))
    assert not any(e.seat == "Tom Ure" for e in facts.elections)


def test_a_clause_joined_to_the_win_tells_no_leadership_contest(facts_of):
    facts = facts_of("His decision cleared the field for Ann Roe, 49, who was first elected to the Fenby Senate in 1990 and is the "
                     "chamber's assistant minority leader.", dt.date(1997, 5, 1))
    assert not any(e.kind == "leadership election" for e in facts.elections)


def test_a_states_own_senate_is_not_the_articles_seat(facts_of):
    facts = facts_of("On Tuesday state Sen. Ann Roe comfortably won a special election in Ohio's 17th Congressional District. Few "
                     "voters turned out. Roe had been elected to the Ohio Senate in 1992.", dt.date(1997, 5, 1))
    assert {(e.seat, e.year) for e in facts.elections if e.winner == "Ann Roe"} == {("Ohio's 17th Congressional District", 1997)}
