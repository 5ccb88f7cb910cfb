"""Round 19 (wave two): what someone won for a party is a seat, not a person, whatever the model tagged it
(kg/extract/people.py _won_for_a_party): "who won Fenby Marsh for Labour" names no person "Fenby Marsh"."""
from spacy.tokens import Span

from kg.extract.lexicon import load_lexicon
from kg.extract.people import find_mentions
from kg.nlp import analyse


def _names_with_place_tagged_person(nlp, text: str, place: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The mentions found when the model has read the place's name as a person's (as it does for unfamiliar names)."""
    doc = analyse(text, nlp)
    start = next(t.i for t in doc if t.text == place.split()[0])
    span = Span(doc, start, start + len(place.split()), label="PERSON")
    doc.set_ents([span], default="unmodified")
    return {m.name for m in find_mentions(doc, load_lexicon())}


def test_a_seat_won_for_a_party_is_no_person(nlp) -> None:
    names = _names_with_place_tagged_person(
        nlp, "Ann Roe, who won Sukhdev Nagar for the Shiv Sena in 2024, lost her former seat.", "Sukhdev Nagar")
    assert "Ann Roe" in names
    assert "Sukhdev Nagar" not in names


def test_a_person_won_over_stays_a_person(nlp) -> None:
    names = _names_with_place_tagged_person(
        nlp, "Ann Roe won over Tom Ure for the Labour campaign in 2024.", "Tom Ure")
    assert "Tom Ure" in names
