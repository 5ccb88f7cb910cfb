"""The word lists of the election and candidate rules are data (data/lexicon.json): a word a contributor adds to a
list, in a copy of data/, changes what the rules read, with no code changed."""

from kg.extract import extract
from kg.nlp import analyse
from tests.extract.conftest import lexicon_with


def _candidates(facts, rule):
    return {(f.person, f.party) for f in facts.roles if f.role == "candidate" and rule in f.rules}


def test_a_rival_noun_added_to_the_data_is_read_by_the_rivals_rule(nlp, tmp_path):
    """"foes" is no word for rivals in the shipped list; added to rival_nouns, the rule reads the names after it."""
    doc = analyse("Ann Roe was elected Labour's deputy leader. She beat three foes - Tom Ure, Jo Platt and Kay Dunn.", nlp)
    assert not _candidates(extract(doc, nlp), "roles.candidate-rivals")
    lexicon = lexicon_with(tmp_path, rival_nouns=["foe"])
    assert _candidates(extract(doc, nlp, None, lexicon), "roles.candidate-rivals") == {
        ("Tom Ure", "Labour Party"), ("Jo Platt", "Labour Party"), ("Kay Dunn", "Labour Party")}


def test_a_placing_added_to_the_data_is_read_by_the_runner_up_rule(nlp, tmp_path):
    """"placings" is the one list both modules read for where a candidate finished: a new word there makes a
    runner-up of who "finished seventh"."""
    doc = analyse("Ann Roe (Labour) won the Fenby by-election with 9,000 votes. Tom Ure of the Greens finished seventh on the night.", nlp)
    assert not _candidates(extract(doc, nlp), "roles.runner-up")
    lexicon = lexicon_with(tmp_path, placings=["seventh"])
    assert "Tom Ure" in {person for person, _ in _candidates(extract(doc, nlp, None, lexicon), "roles.runner-up")}
