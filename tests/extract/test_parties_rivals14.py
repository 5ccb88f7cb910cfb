"""Round 14: the party of someone's rival is not theirs."""

from tests.extract.conftest import roles


def test_the_party_that_took_something_from_a_person_is_their_rival(facts_of):
    """"The Greens took a Conservative seat from Premier Ann Roe's government": the Greens are who beat her."""
    facts = facts_of("The Fenby Greens took a Conservative seat from Premier Ann Roe's government in a byelection on Thursday.")
    assert not any(f[0] == "Ann Roe" and f[2] and "Green" in f[2] for f in roles(facts))


def test_a_headline_naming_two_parties_is_no_one_s_party(facts_of):
    """"Greens grab Tory seat": a contest of two parties; the article's main person may be on either side."""
    text = ("Greens grab Tory seat in Fenby\n\nVoters in Fenby went to the polls on Thursday. Turnout was low, at 31 per cent. "
            "Premier Ann Roe said the result would not change her course. Ann Roe spoke to reporters in Hale on Friday. "
            "Ann Roe will visit Kelby next week.")
    assert not any(f[0] == "Ann Roe" and f[2] and "Green" in f[2] for f in roles(facts_of(text)))
