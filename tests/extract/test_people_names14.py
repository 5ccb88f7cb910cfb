"""Names and parties read at a name on news from anywhere (round 14, kg/extract/people.py): a name the model misreads
after "of" and a party, a country's title inside a name, an honorific between a party's possessive and the name."""

from kg.extract.lexicon import load_lexicon
from kg.extract.people import affiliation_at, find_mentions, party_named_after
from kg.nlp import analyse


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(analyse(text), load_lexicon())]


def test_a_party_after_of_vouches_for_the_name_before_it_with_or_without_the():
    """The model reads some names of a count as an organisation's (ORG): what a party has "of" it is
    its candidate or member, whether "the" comes between or not."""
    for text in ("Jo Platt got 2,750 votes while Kay Dunn of PDP trailed with 410.",
                 "Jo Platt got 2,750 votes while Kay Dunn of the PDP trailed with 410."):
        doc = analyse(text)
        assert party_named_after(doc, next(t.i for t in doc if t.lower_ == "of")) is not None, text


def test_one_country_s_title_inside_a_name_is_the_name_s_own_word():
    assert "Ann Kumari Roe" in _names("In Fenby, Labour candidate Tom Ure defeated Congress leader Ann Kumari Roe by 6,020 votes.")
    assert "Ann Roe" in _names("Kumari Ann Roe said the vote would go ahead.")


def test_a_possessive_party_reaches_past_an_honorific_and_an_independent_after_a_comma():
    lexicon = load_lexicon()
    doc = analyse("Ann Roe beat Labour's Mr Tom Ure and Jo Platt, an Independent from Fenby.")
    parties = {m.name: affiliation_at(doc, m, lexicon) for m in find_mentions(doc, lexicon)}
    assert parties["Tom Ure"] == "Labour Party"
    assert parties["Jo Platt"] == "Independent"


def test_a_pilgrim_s_title_opens_no_name():
    assert _names("The death of veteran Alhaj Tom Ure forced a by-election.") == ["Tom Ure"]
