"""A forename known from the open data's politicians whatever order the data writes a name in (round 16,
kg/extract/people.py): a parliament's roll writes "Surname, Title Forename"."""

from kg.extract.lexicon import load_lexicon
from kg.extract.people import _forename_of


def test_a_name_written_surname_first_opens_with_the_word_after_the_comma_and_its_title():
    lexicon = load_lexicon()
    assert _forename_of("Roe, Shri Ann", lexicon) == "Ann"
    assert _forename_of("Roe, Dr. Ann Kay", lexicon) == "Ann"
    assert _forename_of("Ure, Smt. Kay", lexicon) == "Kay"


def test_a_name_in_its_own_order_opens_with_its_first_word_and_a_suffix_is_no_forename():
    lexicon = load_lexicon()
    assert _forename_of("Ann Roe", lexicon) == "Ann"
    assert _forename_of("Tom Ure, Jr.", lexicon) == "Tom"
    assert _forename_of("Roe", lexicon) is None
    assert _forename_of("Roe, Jr.", lexicon) is None
