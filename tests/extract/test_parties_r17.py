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

