"""Parties in news from countries kg's hand-made list does not cover: the country an article's own definitions give,
the names it shortens its own parties to, and the answers kg cannot know, which it withholds."""

from tests.extract.conftest import roles


def test_initials_defined_after_a_party_s_name_vote_for_its_country_not_another_s(facts_of):
    """"the Nationalist People's Coalition (NPC)": the initials are that party, not another country's of those letters,
    so they never outvote the country the full name gives."""
    facts = facts_of("Mayor Ann Roe of the Liberal Party (LP) was re-elected in Fenby City, beating Tom Ure of the Nationalist "
                     "People's Coalition (NPC). The NPC said it would protest; the NPC had held the city before.")
    assert ("Ann Roe", "mayor", "Liberal Party (Philippines)") in roles(facts)
    assert not any(f.party and "Canada" in f.party for f in facts.roles)


def test_a_bare_name_is_the_article_s_own_party_named_by_its_demonym(facts_of):
    """"Labor" in an Israeli article is the Israeli Labor Party, not another country's party of that name, nor an
    alliance named with a bracketed kind of body."""
    facts = facts_of("JERUSALEM -- Labor's Ann Roe, a city councilman, finished third with 15 percent.")
    assert ("Ann Roe", "city councilman", "Israeli Labor Party") in roles(facts)


def test_another_country_s_party_name_is_qualified_by_the_article_s_country(facts_of):
    facts = facts_of("JERUSALEM -- Forward councillor Ann Roe said on Tuesday that the vote was fair.")
    assert not any(f.party and "alliance" in f.party for f in facts.roles)


def test_a_word_inside_a_local_list_s_name_is_no_party(facts_of):
    """"the Kelby Forward list": one word of a longer name is not another country's party of that name."""
    facts = facts_of("JERUSALEM -- Ann Roe, who heads the Kelby Forward list, was elected mayor on Tuesday.")
    assert not any(f.party for f in facts.roles if f.person == "Ann Roe")


def test_an_acronym_written_as_a_word_is_the_party_of_the_article_s_country(facts_of):
    facts = facts_of("KUALA LUMPUR -- Umno's Ann Roe won the Kelby seat on Monday.")
    assert [e.party for e in facts.elections] == ["United Malays National Organisation"]


def test_an_acronym_written_as_a_word_is_no_party_where_the_country_has_none_of_those_initials(facts_of):
    facts = facts_of("NAIROBI -- Umno's Ann Roe won the Kelby seat on Monday.")
    assert not any(e.party for e in facts.elections)


def test_a_party_called_the_opposition_is_not_the_prime_minister_s(facts_of):
    facts = facts_of("WARSAW -- Prime Minister Ann Roe replaced three ministers on Wednesday as her coalition trails the "
                     "opposition Law and Justice in the polls.")
    assert ("Ann Roe", "prime minister", "Law and Justice (Poland)") not in roles(facts)


def test_the_opposition_s_own_leader_keeps_its_party(facts_of):
    facts = facts_of("WARSAW -- The opposition Law and Justice leader Ann Roe said on Wednesday that the coalition would fall.")
    assert ("Ann Roe", "leader", "Law and Justice (Poland)") in roles(facts)


def test_a_people_s_name_inside_a_party_s_name_is_no_cue_for_their_country(facts_of):
    """"the Somali Democratic Union" of Djibouti: the demonym in a party's name does not make the article Somalia's."""
    facts = facts_of("DJIBOUTI -- Somali Democratic Union leader Ann Roe said on Monday that the vote would be close.")
    assert ("Ann Roe", "leader", "Somali Democratic Union") in roles(facts)


def test_a_dashed_name_is_known_typed_with_a_hyphen(facts_of):
    facts = facts_of("MANILA -- Councilor Ann Roe of PDP-Laban lost the mayoral race in Fenby City.")
    assert ("Ann Roe", "councillor", "PDP–Laban") in roles(facts)


def test_initials_that_are_a_party_of_the_name_they_follow_still_vote_for_its_country(facts_of):
    """"the Home Rule Party (HRP)": the initials are a party of that very name (Burma's), which the article means, not
    another country's party that has the name only as an alias."""
    facts = facts_of("Home Rule Party (HRP) leader Ann Roe said on Monday that the vote would be close.")
    assert not any(f.party and "Faroe" in f.party for f in facts.roles)
