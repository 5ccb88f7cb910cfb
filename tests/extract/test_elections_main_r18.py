"""Round 18: results outside round-ups: a contest held beside the article's, and a win verb that only says something."""

import datetime as dt


def results(facts):  # type: ignore[no-untyped-def]
    return {(f.seat, f.winner, f.party) for f in facts.elections}


def test_a_contest_held_on_the_same_day_is_not_the_article_s(facts_of):
    """The article's contest is told as "the by-election"; a council contest "held on the same day" is named. The main
    result is not the council seat's, and the council seat's winner keeps the seat its sentence names."""
    facts = facts_of("Labour takes Fenby and Kelby\n\nAnn Roe has become the first Labour MP in Fenby and Kelby's history "
                     "after the party won the by-election. Ms Roe polled 16,884 votes. Fenby and Kelby had returned a "
                     "Conservative at every election since 1983.\n\nIn a county council by-election in the Ashmoor division, "
                     "held on the same day, the Liberal Democrats' Lee Dunn gained the seat from the Conservatives.",
                     dt.date(2023, 10, 20))
    found = results(facts)
    assert any(seat in ("Fenby", "Fenby and Kelby") and winner == "Ann Roe" and party == "Labour Party"
               for seat, winner, party in found)  # the seat as the headline or the text names it
    assert ("Ashmoor", "Lee Dunn", "Liberal Democrats") in found
    assert not any(f.seat == "Ashmoor" and f.winner == "Ann Roe" for f in facts.elections)


def test_claimed_with_a_clause_says_and_wins_nothing(facts_of):
    """"claimed his vote had cost the Tories the seat": a claim of something, no win, and so no member's role."""
    facts = facts_of("Ann Roe won the Fenby by-election for Labour on Thursday. Reform UK's Jo Platt, a haulage firm owner from "
                     "Kelby, saved his deposit for the first time in the party's short history here and claimed his vote had "
                     "cost the Tories the seat.", dt.date(2023, 10, 20))
    assert not any(f.winner == "Jo Platt" for f in facts.elections)
    assert not any(f.person == "Jo Platt" and f.role == "mp" for f in facts.roles)
    assert ("Fenby", "Ann Roe", "Labour Party") in results(facts)
