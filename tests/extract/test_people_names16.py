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


def _with_entities(text: str, entities: list[tuple[str, str]]):
    """The text's parse with the model's entities replaced by the given (words, label) pairs, each at its first
    place: a name the model did not know, read as an organisation."""
    from spacy.tokens import Span

    from kg.nlp import analyse

    doc = analyse(text)
    spans = []
    for words, label in entities:
        n = len(words.split())
        start = next(i for i in range(len(doc) - n + 1) if doc[i : i + n].text == words
                     and all(not (s.start <= i < s.end) for s in spans))
        spans.append(Span(doc, start, start + n, label=label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def test_a_name_of_three_words_read_as_an_organisation_is_the_full_name_of_its_surname_used_alone():
    from kg.extract.people import find_mentions, resolve

    doc = _with_entities("The list led by Ann Kay Roe took the council, and Roe replaced Ure as mayor.",
                         [("Ann Kay Roe", "ORG"), ("Roe", "PERSON"), ("Ure", "PERSON")])
    mentions = find_mentions(doc, load_lexicon())
    assert "Ann Kay Roe" in [m.name for m in mentions]
    resolved = {m.name: person for m, person in resolve(doc, mentions)[0].items()}
    assert resolved["Roe"] == "Ann Kay Roe"


def test_a_place_before_a_forename_and_surname_opens_no_name():
    from kg.extract.people import find_mentions

    doc = _with_entities("The list led by Fenby Kay Roe took the council, and Roe replaced Ure as mayor.",
                         [("Fenby", "GPE"), ("Kay Roe", "ORG"), ("Roe", "PERSON"), ("Ure", "PERSON")])
    assert "Fenby Kay Roe" not in [m.name for m in find_mentions(doc, load_lexicon())]
