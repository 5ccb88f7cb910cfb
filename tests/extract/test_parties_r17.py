"""Round 17: a party's name and the initials it defines in brackets are one naming of it; a Canadian tally's party codes."""

from kg.extract.lexicon import load_lexicon
from tests.extract.conftest import roles


def test_a_party_named_with_its_initials_is_still_named_once(facts_of):
    """"Jo Platt of the Botswana Congress Party (BCP)": the party is Jo Platt's, not a free party of the sentence for the
    MP the next sentence tells of, whose party the article does not state."""
    facts = facts_of("The Fenby by-election followed the death of the constituency's MP, Tom Ure, in Kelby, Botswana. Ann Roe of "
                     "the UDC polled 5,812 votes. Jo Platt of the Botswana Congress Party (BCP) came third with 1,230 votes. Ure, "
                     "a former assistant minister of agriculture, had won the seat in 2014.")
    assert ("Jo Platt", "candidate", "Botswana Congress Party") in roles(facts)
    assert not any(f.person == "Tom Ure" and f.party == "Botswana Congress Party" for f in facts.roles)


def test_a_canadian_tally_s_liberal_code(facts_of):
    """"(LPC)": the Liberal Party of Canada's short name, which Party Facts' copy of Wikidata tags "LPC/English"."""
    facts = facts_of("Federal byelection in Ottawa. Results for Fenby: Ann Roe (CPC) 14,886; Tom Ure (LPC) 4,390; "
                     "Jo Platt (GPC) 3,772.")
    assert ("Tom Ure", "candidate", "Liberal Party of Canada") in roles(facts)


def test_gold_names_in_english_wikipedia_s_other_titles_meet_kg_s():
    lexicon = load_lexicon()
    assert lexicon.canonical_party("Libertarian Party (United States)") == "Libertarian Party"
    assert lexicon.canonical_party("Revival (Bulgaria)") == "Revival (Bulgarian political party)"


def test_a_shared_party_name_is_the_party_named_with_its_country_s_demonym(facts_of):
    """"the Reform Party" of an Estonian article: the Estonian Reform Party, not a party of no country."""
    facts = facts_of("In Tallinn, Estonia, Prime Minister Ann Roe of the Reform Party said the coalition would hold.")
    assert ("Ann Roe", "prime minister", "Estonian Reform Party") in roles(facts)



def test_a_shared_party_name_is_no_party_the_country_s_data_saw_last_long_ago(facts_of):
    """"the Communist Party" of a 2022 Italian article is not the Italian Communist Party, dissolved in 1991; in a
    Bulgarian one the dissolved Bulgarian Communist Party no longer cancels the Communist Party of Bulgaria."""
    italian = facts_of("date 2022-05-01\nIn Italy, Ann Roe, the Communist Party's candidate for mayor of Fenby, conceded to Tom Ure.")
    assert not any(f.party == "Italian Communist Party" for f in italian.roles)
    japanese = facts_of("date 2022-05-01\nIn Tokyo, Japan, Ann Roe said her New Party would contest every Japanese prefecture. "
                        "Ann Roe is the leader of the New Party.")
    assert not any(f.party == "Japan New Party" for f in japanese.roles)
    bulgarian = facts_of("date 2022-05-01\nBulgaria's Communist Party leader Ann Roe said the coalition would fall.")
    assert ("Ann Roe", "leader", "Communist Party of Bulgaria") in roles(bulgarian)


def test_a_party_name_less_a_province_s_name_is_no_name_of_the_country_s_party():
    """"Newfoundland and Labrador New Democratic Party" less its first word is no party name; "Quebec Liberal Party" less
    "Quebec" must not cancel the Liberal Party of Canada: only the country's name and demonyms are stripped."""
    from kg.extract.party_names import _of_country_names

    canadian = _of_country_names(load_lexicon(), "CA")
    assert not any(key.startswith("and ") for key in canadian)
    assert canadian.get("Liberal Party") == "Liberal Party of Canada"
    assert canadian.get("New Democratic Party") == "New Democratic Party of Canada"
    assert "Political Party" not in _of_country_names(load_lexicon(), "FJ")
