"""Round 14: a party of the article's own country or province, not another's of a shared or shortened name."""

from tests.extract.conftest import roles


def test_a_province_s_own_party_named_whole_cues_its_politics(facts_of):
    """One "MNA" against one "Commons": the Parti Québécois and the ADQ say the story is Quebec's, so its Liberals are
    the province's."""
    text = ("MONTREAL -- The Parti Québécois took Fenby from the Liberals in a byelection on Monday. Liberal MNA Ann Roe "
            "had held it since 1994. Action démocratique du Québec candidate Tom Ure finished third. Jo Platt, who once sat "
            "in the Commons, said little.")
    assert ("Ann Roe", "mna", "Quebec Liberal Party") in roles(facts_of(text))


def test_a_short_name_of_a_party_the_article_names_whole(facts_of):
    """"Republican candidate Ann Roe" in a Chilean article that names "the Republican Party": the Chilean party of the
    whole name, not a new "Republican (Chile)"."""
    text = ("SANTIAGO, Chile -- Republican candidate Ann Roe was second in Fenby with 29 percent. The Republican Party, "
            "which leads the polls, did well in the capital, Chilean papers said.")
    assert ("Ann Roe", "candidate", "Republican Party (Chile)") in roles(facts_of(text))


def test_an_unresolved_name_is_the_party_of_the_country_named_so(facts_of):
    """"The Communist Party" of a Chilean article is the Communist Party of Chile."""
    text = ("SANTIAGO, Chile -- Ann Roe, the Communist Party candidate, was third in the Fenby mayoral race, Chilean papers "
            "said. Tom Ure of National Renewal was second.")
    assert ("Ann Roe", "candidate", "Communist Party of Chile") in roles(facts_of(text))


def test_a_party_s_dashed_initials_in_any_spelling(facts_of):
    """Zimbabwe's ruling party as news writes it ("Zanu PF's Ann Roe"), not a party of another country's "National Union"."""
    facts = facts_of("HARARE - Zanu PF's Ann Roe won the Fenby by-election with 9,874 votes, Zimbabwean officials said.")
    assert any(f[0] == "Ann Roe" and f[2] == "Zimbabwe African National Union – Patriotic Front" for f in roles(facts))
