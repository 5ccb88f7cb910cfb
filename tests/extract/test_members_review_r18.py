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


def test_a_headed_house_district_is_no_ward_though_a_council_is_mentioned(facts_of):
    """"HALE - House District 4 (Rep gain)" heads a legislature's district; "The county council will meet" makes it no
    council's ward: its winner is no councillor."""
    facts = facts_of("KELBY - House District 12 (Dem hold)\n\nAnn Roe won House District 12 for the Democrats.\n\n"
                     "HALE - House District 4 (Rep gain)\n\nTom Ure won House District 4 for the Republicans.\n\n"
                     "The county council will meet next week.\n", dt.date(2024, 11, 6))
    assert not any(f.person == "Tom Ure" and f.role == "councillor" for f in facts.roles)


def test_a_headed_council_ward_is_still_a_ward(facts_of):
    """A round-up of a council's contests ("FENBY - Ashmoor Rise (Con gain from Lab)") heads wards: a councillor."""
    facts = facts_of("FENBY - Ashmoor Rise (Con gain from Lab)\n\nTom Ure won Ashmoor Rise for the Conservatives.\n\n"
                     "KELBY - Hale Park (Lab hold)\n\nAnn Roe won Hale Park for Labour.\n\n"
                     "The borough council will meet next week.\n", dt.date(2024, 5, 3))
    assert any(f.person == "Tom Ure" and f.role == "councillor" for f in facts.roles)
