"""The people rules read the article's lexicon (the one the pipeline was handed), not the shipped one: a word a
contributor adds to data/lexicon.json in a copy of data/ changes how names are read, with no code changed."""

from kg.extract.lexicon import load_lexicon
from kg.extract.people import _cut_short, find_mentions, resolve, surname
from kg.nlp import analyse
from tests.extract.conftest import lexicon_with


def test_a_generational_suffix_added_to_the_data_is_no_surname(tmp_path):
    """"Xiv" is no suffix in the shipped list; added to name_suffixes, "Tom Ure Xiv"'s surname is "Ure"."""
    assert surname("Tom Ure Xiv", load_lexicon()) == "Xiv"
    assert surname("Tom Ure Xiv", lexicon_with(tmp_path, name_suffixes=["Xiv"])) == "Ure"


def test_a_suffix_added_to_the_data_keeps_a_name_from_being_cut_short(tmp_path):
    """"Ann Roe" is "Ann Roe Abdul Kelby" cut short, but not "Ann Roe Abdul Xiv" once "Xiv" is a suffix in the data."""
    names = {"Ann Roe", "Ann Roe Abdul Xiv"}
    assert _cut_short(names, frozenset(), load_lexicon()) == {"Ann Roe": "Ann Roe Abdul Xiv"}
    assert _cut_short(names, frozenset(), lexicon_with(tmp_path, name_suffixes=["Xiv"])) == {}


def test_a_peerage_title_added_to_the_data_resolves_the_peer(nlp, tmp_path):
    """"Margrave" is no peerage title in the shipped list; added to peerage_titles, "Margrave Ure" is the article's
    one Ure given in full, as "Lord Ure" is."""
    doc = analyse("Tom Ure spoke on Monday. Margrave Ure and Kay Dunn said the vote would go ahead.", nlp)
    for lexicon, peer in ((load_lexicon(), "Margrave Ure"), (lexicon_with(tmp_path, peerage_titles=["Margrave"]), "Tom Ure")):
        mentions = find_mentions(doc, lexicon)
        resolved = {m.name: person for m, person in resolve(doc, mentions, lexicon)[0].items()}
        assert resolved["Margrave Ure"] == peer
