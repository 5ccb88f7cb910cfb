"""kg's pipeline does some of spaCy's work more cheaply; these check it is the same work."""

from __future__ import annotations

import spacy

from kg.config import model_name
from kg.extract.lexicon import load_lexicon
from kg.nlp import _AttributeLookup, _load_pipeline, _party_patterns

TEXTS = [
    "Labour's candidate, Jo Smith, won the seat. I told her it was gonna be close, y'all, and it ain't over.",
    "Let's see: there were nothin' but recounts.\n\nThe Conservative Party's Theresa May said she'd gotta go. You did it!",
    "That is what they did, and the Lib-Dems, the SNP and Plaid Cymru got 12,345 votes between them.   Which ones?",
    "",
    "\n\n",
]


def test_attribute_lookup_matches_as_spacy_matcher(nlp):  # type: ignore[no-untyped-def]
    shipped = spacy.load(model_name())
    ruler = shipped.get_pipe("attribute_ruler")
    lookup = _AttributeLookup(ruler.matcher, [str(i) for i in range(len(ruler.attrs))], shipped.vocab)
    assert not len(lookup.rest)  # every pattern of the shipped model is looked up, none left to the Matcher
    with shipped.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(shipped.pipe(TEXTS))
    for doc in docs:
        assert sorted(lookup(doc, allow_missing=True)) == sorted(ruler.matcher(doc, allow_missing=True))


def test_attributes_as_with_spacy_matcher(nlp):  # type: ignore[no-untyped-def]
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import AttributeRuler

    plain = _load_pipeline.__wrapped__(model_name())  # a second pipeline, its attribute_ruler given its Matcher back
    ruler = plain.get_pipe("attribute_ruler")
    ruler.matcher = ruler.matcher.original
    assert type(ruler) is not AttributeRuler and type(plain.get_pipe("lemmatizer")) is not EnglishLemmatizer
    ruler.__class__ = AttributeRuler  # and spaCy's own ways of setting the attributes and the lemmas
    plain.get_pipe("lemmatizer").__class__ = EnglishLemmatizer
    for ours, theirs in zip(nlp.pipe(TEXTS), plain.pipe(TEXTS), strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in ours] == \
            [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in theirs]


def test_party_aliases_are_phrases_matched_as_the_tokenizer_splits_them(nlp):  # type: ignore[no-untyped-def]
    patterns = _party_patterns(load_lexicon(), nlp)
    assert all(isinstance(p["pattern"], str) for p in patterns)  # every alias a PhraseMatcher pattern: thousands stay cheap
    doc = nlp("Plaid Cymru, the Lib-Dems and the Women's Equality Party met Theresa May.")
    found = [(e.text, e.label_, e.id_) for e in doc.ents]
    assert ("Plaid Cymru", "PARTY", "Plaid Cymru") in found and ("Theresa May", "PERSON", "") in found
    assert ("Lib-Dems", "PARTY", "Liberal Democrats") in found  # split by the tokenizer: a space-split pattern never matched
    assert ("Women's Equality Party", "PARTY", "Women's Equality Party") in found


def test_a_line_break_before_a_capital_starts_a_sentence_but_a_wrapped_line_does_not(nlp):  # type: ignore[no-untyped-def]
    from kg.nlp import analyse

    doc = analyse("The changes:\n- Ann Roe becomes health minister\n- Tom Ure becomes transport minister after talks with\nthe party.", nlp)
    starts = [s.text.strip() for s in doc.sents]
    assert any(s.startswith("Ann Roe becomes") for s in starts)
    assert any(s.startswith("Tom Ure becomes") and s.endswith("the party.") for s in starts)


def test_list_bullets_are_blanked_in_place():  # type: ignore[no-untyped-def]
    from kg.nlp import mask_noise

    text = "Changes:\n- Ann Roe (Fenby)\n• Tom Ure (Arden)\nA well-known - and spaced - dash stays."
    masked = mask_noise(text)
    assert len(masked) == len(text)
    assert "\n  Ann Roe (Fenby)\n  Tom Ure (Arden)\n" in masked and "well-known - and spaced - dash" in masked


def test_a_politician_of_the_open_data_is_a_person_whatever_the_model_guesses(nlp):  # type: ignore[no-untyped-def]
    # a name of data/gazetteer/people.json the bare model takes for an organisation; the invented one stays its guess
    doc = nlp("The seat was won by Tadamori Oshima on Sunday.")
    assert ("Tadamori Oshima", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_one_word_or_party_name_of_the_open_data_is_no_person_pattern():  # type: ignore[no-untyped-def]
    from kg.nlp import _politician_patterns

    names = {str(p["pattern"]) for p in _politician_patterns(load_lexicon())}
    assert names and all(len(name.split()) >= 2 and not load_lexicon().party_of(name) for name in names)


def test_a_curly_apostrophe_in_a_name_reads_as_a_straight_one(nlp):  # type: ignore[no-untyped-def]
    from kg.nlp import analyse

    text = "Fenby council leader Maura O’Dwyer says she’ll stand again. Ann Roe’s aide agreed."
    doc = analyse(text, nlp)
    straight = analyse(text.replace("O’Dwyer", "O'Dwyer"), nlp)
    assert [(t.pos_, t.ent_type_) for t in doc] == [(t.pos_, t.ent_type_) for t in straight]
    assert doc.text == text and "O’Dwyer" in [t.text for t in doc]  # the text as written, every offset kept
    assert any(e.text == "Maura O’Dwyer" and e.label_ == "PERSON" for e in doc.ents)


def test_no_sentence_starts_inside_a_name_on_its_line_or_after_an_abbreviated_title(nlp):  # type: ignore[no-untyped-def]
    from kg.nlp import analyse, mask_noise

    text = "The results:\n\nTilda Warrick - Independent - 250\n\nSen. Ann Roe won the Fenby No. 5 district. Tom Ure Jr. lost."
    doc = nlp.make_doc(mask_noise(text))
    for name, proc in nlp.pipeline:  # the boundaries set before the parser, which it then keeps
        if name == "parser":
            break
        doc = proc(doc)
    inside = [t for t in doc if t.text in ("Warrick", "Ann", "5")]
    assert [t.is_sent_start for t in inside] == [False, False, False]
    assert doc[[t.text for t in doc].index("Tilda")].is_sent_start
    sents = [s.text.strip() for s in analyse(text, nlp).sents]
    assert "Tilda Warrick - Independent - 250" in sents and "Sen. Ann Roe won the Fenby No. 5 district." in sents


def test_a_sentence_ends_after_no_before_a_name(nlp):  # type: ignore[no-untyped-def]
    """"No." joins only a number ("No. 5"): the answer "No." before a name ends its sentence."""
    from kg.nlp import analyse

    sents = [s.text.strip() for s in analyse("Asked if she would stand again, Ann Roe said No. Tom Ure said yes.", nlp).sents]
    assert sents == ["Asked if she would stand again, Ann Roe said No.", "Tom Ure said yes."]


def test_an_opening_quote_inside_a_word_is_read_as_its_apostrophe():  # type: ignore[no-untyped-def]
    from kg.nlp import mask_noise

    text = "Labour‘s Tom Ure said ‘no’ to Jo O‘Dwyer."
    masked = mask_noise(text)
    assert len(masked) == len(text)
    assert "Labour’s Tom Ure" in masked and "Jo O’Dwyer" in masked
    assert "said ‘no’ to" in masked  # a quotation that opens before a word stays one


def test_a_bracket_defining_a_name_s_initials_is_no_photo_credit() -> None:
    """"(PA)" and "(AP)" are agencies' credits, and also the initials a party is given on first mention ("Patriotic
    Alliance (PA)"): blanking those lost the party of every later "PA" row in a round-up's table."""
    from kg.nlp import mask_noise

    for text in ("Ann Roe of the Patriotic Alliance (PA) won the ward.", "Tom Ure, of the Alliance Party (AP), spoke."):
        assert mask_noise(text) == text
    for credit in ("Tom Ure at the count in Fenby. (PA)", "Ann Roe said (AP)"):
        assert "(" not in mask_noise(credit)
