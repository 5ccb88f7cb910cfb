"""Over-reaches a review of round 15 found in the people and candidates rules (kg/extract/people.py, candidates.py):
a first surname used alone is no one's when the word is another person's forename, and the rules read their word
lists from the article's lexicon (a copy of data/ a contributor edits), not from the shipped one."""

from spacy.tokens import Span

from kg.extract import extract
from kg.extract.candidates import _vote_count
from kg.extract.lexicon import load_lexicon
from kg.extract.people import find_mentions, resolve
from kg.nlp import analyse
from tests.extract.conftest import lexicon_with


def _resolved(text: str) -> dict[str, str]:
    doc = analyse(text)
    mentions = find_mentions(doc, load_lexicon())
    return {m.name: person for m, person in resolve(doc, mentions)[0].items()}


def test_a_word_that_is_another_person_s_forename_is_that_person_not_a_first_surname():
    """"Lee" is inside "Tom Lee Ure" and opens "Lee Hale": the forename of a full name is read before a word inside
    another's name, so the councillor is Lee Hale, not the by-election's winner."""
    resolved = _resolved("Tom Lee Ure won the Fenby by-election for Labour. Lee Hale, the Green candidate, came third. "
                         "Lee, a Kelby councillor, said she was disappointed.")
    assert resolved["Lee"] == "Lee Hale"


def test_a_first_surname_that_is_the_forename_of_two_others_is_not_the_name_it_is_inside():
    """"Lee" opens two other full names: which of them is meant is unsure, but it is not Tom Lee Ure."""
    resolved = _resolved("Tom Lee Ure won the Fenby by-election for Labour. Lee Hale and Lee Dunn stood for the Greens. "
                         "Mr Lee said he was disappointed.")
    assert resolved["Lee"] != "Tom Lee Ure"


def test_the_first_surname_rule_still_reads_a_word_no_one_s_forename():
    resolved = _resolved("Ann Kay Roe Ure won the Fenby seat for Labour. Lee Hale came third. Roe said she was humbled.")
    assert resolved["Roe"] == "Ann Kay Roe Ure"


def test_a_place_particle_added_to_the_data_runs_a_place_on_to_its_office(tmp_path):
    """"zum" is no particle in the shipped list; added to place_particles in a copy, "Fenby zum Hale mayor Ann Roe"
    is the place of the mayor's office, and the model's PERSON "Fenby" no person."""
    doc = analyse("Jo Platt won, beating Fenby zum Hale mayor Ann Roe in the vote.")
    at = {t.text: t.i for t in doc}
    doc.ents = [Span(doc, at["Jo"], at["Platt"] + 1, label="PERSON"), Span(doc, at["Fenby"], at["Fenby"] + 1, label="PERSON"),
                Span(doc, at["Ann"], at["Roe"] + 1, label="PERSON")]
    assert "Fenby" in [m.name for m in find_mentions(doc, load_lexicon())]
    assert "Fenby" not in [m.name for m in find_mentions(doc, lexicon_with(tmp_path, place_particles=["zum"]))]


def test_a_currency_sign_added_to_the_data_makes_a_sum_no_count_of_votes(tmp_path):
    doc = analyse("Ann Roe raised Kr 18,402 for the campaign.")
    k = next(t.i for t in doc if t.text == "18,402")
    assert _vote_count(doc, k, load_lexicon()) is not None
    assert _vote_count(doc, k, lexicon_with(tmp_path, currency_signs=["Kr"])) is None


def test_an_article_added_to_the_data_is_read_before_a_listed_independent(nlp, tmp_path):
    """The candidates' lists read the lexicon's one list of articles: "as an independent" with the shipped list, and
    an article a contributor adds there as well."""
    text = "Other contenders are Ann Roe (Scottish Liberal Democrats), Tom Ure (Fenby Family Party), and Jo Platt as {} independent."
    shipped = extract(analyse(text.format("an"), nlp), nlp)
    assert ("Jo Platt", "Independent") in {(f.person, f.party) for f in shipped.roles if "roles.candidate-list" in f.rules}
    doc = analyse(text.format("ye"), nlp)
    assert ("Jo Platt", "Independent") not in {(f.person, f.party) for f in extract(doc, nlp).roles}
    found = extract(doc, nlp, None, lexicon_with(tmp_path, articles=["ye"]))
    assert ("Jo Platt", "Independent") in {(f.person, f.party) for f in found.roles if "roles.candidate-list" in f.rules}
