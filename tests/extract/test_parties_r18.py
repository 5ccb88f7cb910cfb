"""Round 18: a province's own parties that carry no province's name (Alberta's United Conservatives) are its own, and
a province's elections agency ("Elections Alberta") cues its politics as its legislature does."""

from tests.extract.conftest import roles

_ALBERTA = ("EDMONTON, Canada — The New Democrats held Fenby in a provincial byelection on Monday, according to results "
            "posted by Elections Alberta. United Conservative candidate Ann Roe was second with 33 per cent. Alberta Liberal "
            "Tom Ure finished fourth. Jo Platt, a United Conservative first elected under the Wildrose banner, died in "
            "January. Elections Alberta said the vote was quiet. The seat came open when the MLA quit to run in Ottawa.")


def test_a_province_s_own_party_is_no_federal_party(facts_of):
    """"United Conservative candidate Ann Roe": Alberta's United Conservative Party, not the Conservative Party of
    Canada; "Alberta Liberal Tom Ure" is of the Alberta Liberal Party, not the Liberal Party of Canada."""
    found = roles(facts_of(_ALBERTA))
    assert ("Ann Roe", "candidate", "United Conservative Party") in found
    assert ("Tom Ure", "candidate", "Alberta Liberal Party") in found
    assert not any(party in ("Conservative Party of Canada", "Liberal Party of Canada") for _, _, party in found)


def test_a_party_named_for_its_province_is_that_province_s(facts_of):
    """"the Republican Party of Alberta's candidate" is no US party."""
    found = roles(facts_of(_ALBERTA + " Kay Dunn, the Republican Party of Alberta candidate, drew four per cent."))
    assert not any(party == "Republican Party" for _, _, party in found)


def test_a_longer_party_name_is_not_a_shorter_one_inside_it(facts_of):
    """"Animal Justice Party candidate Ann Roe": the Australian party of that whole name, not the shorter "Justice Party"
    (a name many countries' parties share) that its last two words spell."""
    found = roles(facts_of("ADELAIDE — Labor held Fenby in the South Australian by-election on Saturday. Animal Justice "
                           "Party candidate Ann Roe came fourth."))
    assert ("Ann Roe", "candidate", "Animal Justice Party") in found


def test_the_english_greens_full_name_is_the_green_party(facts_of):
    """The Green Party of England and Wales is the party kg calls the Green Party: one party, not two."""
    from kg.extract.lexicon import load_lexicon
    assert load_lexicon().canonical_party("Green Party of England and Wales") == "Green Party"
    found = roles(facts_of("Labour held Fenby. Green Party of England and Wales candidate Tom Ure came second."))
    assert ("Tom Ure", "candidate", "Green Party") in found


def test_his_or_her_party_is_the_subject_s(facts_of):
    """"Roe is personally popular; her New Democrats are not": the party after "her" is the only person's in the
    sentence, stronger than the rival party named around her."""
    found = roles(facts_of("Premier Ann Roe spent Thursday night talking. The vote was comfortable for the Liberals. "
                           "Roe is personally popular; her New Democrats, in this corner of the province, are not. "
                           "The Liberals still found a candidate."))
    assert ("Ann Roe", "premier", "New Democrats") in found


def test_his_or_her_party_with_two_people_is_no_one_s(facts_of):
    """With a second person in the sentence, "her" may be either's: the pronoun's party is no evidence."""
    found = roles(facts_of("Premier Ann Roe spent Thursday night talking. The vote was comfortable for the Liberals. "
                           "Roe met Kay Dunn; her New Democrats were not there. The Liberals still found a candidate."))
    assert ("Ann Roe", "premier", "New Democrats") not in found



def test_his_or_her_party_before_a_rival_is_the_rival_s(facts_of):
    """"her Labour rival": the party qualifies the rival, not her; it is no party stated for her."""
    found = facts_of("Premier Ann Roe spent Thursday night talking. The Greens still found a candidate. The count "
                     "was slow. Roe said her Labour rival had run a poor campaign in Fenby.")
    assert not any(f.person == "Ann Roe" and f.party_basis == "stated elsewhere in the article" for f in found.roles)
