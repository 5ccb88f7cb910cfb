"""Round 18 review: a provincial article's seat is a national one when the winner's sentences name the nation's house;
a legislature's district headed in a round-up is no ward, whatever council the article mentions."""

import datetime as dt


def test_a_winner_running_for_parliament_in_a_provincial_article_is_an_mp(facts_of):
    """"Roe sat in the Manitoba legislature ... before running for Parliament": the province's cues outnumber the
    nation's, but the winner's contest is the nation's."""
    facts = facts_of("Ann Roe, a former member of the Manitoba legislature, won the Fenby by-election on Monday for the "
                     "Liberals. Roe sat in the Manitoba legislature for a decade before running for Parliament.",
                     dt.date(2024, 6, 20))
    titles = {f.role for f in facts.roles if f.person == "Ann Roe" and f.role in ("mp", "mla")}
    assert titles == {"mp"}


def test_a_provincial_article_s_seat_with_no_national_house_is_still_the_province_s(facts_of):
    """Without a national house named for her, the province-heavy article's seat stays the province's."""
    facts = facts_of("Ann Roe, a former member of the Manitoba legislature, won the Fenby by-election on Monday for the "
                     "Liberals. Roe sat in the Manitoba legislature for a decade before running again.",
                     dt.date(2024, 6, 20))
    assert not any(f.person == "Ann Roe" and f.role == "mp" for f in facts.roles)
