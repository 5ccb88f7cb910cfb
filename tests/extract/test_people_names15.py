"""Names resolved to the fullest form an article gives, and a place never a person (round 15, kg/extract/people.py):
a forename the model read as a place before the rest of the name, a first surname used alone after a name of four
words, a place's name run through its particles before the office its holder holds."""

from spacy.tokens import Doc, Span

from kg.extract.lexicon import load_lexicon
from kg.extract.people import affiliation_at, find_mentions, politicians_forenames, resolve
from kg.nlp import analyse


def _relabelled(text: str, labels: dict[str, str]) -> Doc:
    """The text's parse with the model's entities replaced: each word of `labels` its own entity of that label, the
    rest of a run of capitalised words after it one PERSON (the misreads the model makes of names it does not know)."""
    doc = analyse(text)
    spans: list[Span] = []
    i = 0
    while i < len(doc):
        label = labels.get(doc[i].text)
        if label is not None:
            spans.append(Span(doc, i, i + 1, label=label))
            end = i + 1
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].text not in labels:
                end += 1
            if end > i + 1:
                spans.append(Span(doc, i + 1, end, label="PERSON"))
            i = end
        else:
            i += 1
    doc.ents = spans
    return doc


def _forename() -> str:
    """A forename the open data's politicians have (the rule reads that list, not a list of the test's own)."""
    return next(w for w in ("Florence", "Victoria", "Claudia", "Maria") if w in politicians_forenames(load_lexicon()))


def test_a_known_forename_read_as_a_place_before_a_full_name_opens_that_name():
    first = _forename()
    doc = _relabelled(f"The job went to Liberal Party candidate {first} Kay Roe Dunn on Sunday.", {first: "GPE"})
    assert f"{first} Kay Roe Dunn" in [m.name for m in find_mentions(doc, load_lexicon())]


def test_a_word_read_as_a_place_that_opens_no_politician_s_name_stays_out_of_the_name():
    assert "Fenbyshire" not in politicians_forenames(load_lexicon())
    doc = _relabelled("The job went to Liberal Party candidate Fenbyshire Kay Roe Dunn on Sunday.", {"Fenbyshire": "GPE"})
    assert "Kay Roe Dunn" in [m.name for m in find_mentions(doc, load_lexicon())]


def test_a_first_surname_alone_is_the_name_of_four_words_it_is_inside():
    doc = analyse("Ann Kay Roe Ure won the Fenby seat for Labour. Roe said she was humbled.")
    mentions = find_mentions(doc, load_lexicon())
    resolved = {m.name: person for m, person in resolve(doc, mentions)[0].items()}
    assert resolved["Roe"] == "Ann Kay Roe Ure"


def test_a_surname_that_ends_a_name_still_wins_over_one_inside_another():
    doc = analyse("Tom Roe won the Fenby seat for Labour, and Ann Kay Roe Ure won Hale. Roe said he was humbled.")
    mentions = find_mentions(doc, load_lexicon())
    resolved = {m.name: person for m, person in resolve(doc, mentions)[0].items()}
    assert resolved["Roe"] == "Tom Roe"


def test_a_place_run_through_its_particles_before_an_office_is_no_person():
    """The model's PERSON "Fenby" of "Fenby an der Hale mayor Ann Roe": the place of the mayor's office, not a person."""
    doc = analyse("Jo Platt won, beating Fenby an der Hale mayor Ann Roe in the vote.")
    at = {t.text: t.i for t in doc}
    doc.ents = [Span(doc, at["Jo"], at["Platt"] + 1, label="PERSON"), Span(doc, at["Fenby"], at["Fenby"] + 1, label="PERSON"),
                Span(doc, at["Ann"], at["Roe"] + 1, label="PERSON")]
    names = [m.name for m in find_mentions(doc, load_lexicon())]
    assert "Fenby" not in names and "Ann Roe" in names


def test_a_possessive_party_reaches_past_its_short_name_in_brackets():
    lexicon = load_lexicon()
    doc = analyse("Tom Ure won 1,203 votes for the Labour Party's (LP) Ann Roe.")
    parties = {m.name: affiliation_at(doc, m, lexicon) for m in find_mentions(doc, lexicon)}
    assert parties["Ann Roe"] == "Labour Party"
