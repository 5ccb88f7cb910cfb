"""The word lists of the roles, people, parties and government rules are data (data/lexicon.json): a word a
contributor adds to a list, in a copy of data/, changes what the rules read, with no code changed."""

from kg.extract import extract
from kg.extract.lexicon import load_lexicon
from kg.extract.parties import party_moves
from kg.extract.people import find_mentions, resolve, spouses
from kg.nlp import analyse
from tests.extract.conftest import lexicon_with


def test_a_joining_verb_added_to_the_data_is_a_move_to_the_party(nlp, tmp_path):
    """"embraced" is no verb of joining in the shipped list; added to joining_verbs, the person moved to the party."""
    doc = analyse("Ann Roe has embraced the Green Party.", nlp)
    mentions = find_mentions(doc, load_lexicon())
    resolved = resolve(doc, mentions)[0]
    assert "Ann Roe" not in party_moves(doc, mentions, resolved, load_lexicon())
    moves = party_moves(doc, mentions, resolved, lexicon_with(tmp_path, joining_verbs=["embrace"]))
    assert moves["Ann Roe"] == ("Green Party", set())


def test_a_ministerial_word_added_to_the_data_makes_a_government_office(tmp_path):
    """"commissioner" is no minister's word in the shipped list; added to ministerial_heads, the government rules take
    "trade commissioner" for a government office (and "shadow" still unmakes one)."""
    from kg.extract.government import ministerial

    lexicon = lexicon_with(tmp_path, ministerial_heads=["commissioner"])
    assert not ministerial("trade commissioner", load_lexicon())
    assert ministerial("trade commissioner", lexicon)
    assert not ministerial("shadow trade commissioner", lexicon)


def test_a_spouse_word_added_to_the_data_gives_the_forename_the_spouses_surname(nlp, tmp_path):
    """"partner" is no spouse word in the shipped list; added to spouses, the people.spouse-surname rule makes the
    lone forename after it "Ann Ure"."""
    doc = analyse("Tom Ure's partner Ann said she was proud.", nlp)
    mentions = find_mentions(doc, load_lexicon())
    resolved = resolve(doc, mentions)[0]
    assert "Ann Ure" not in spouses(doc, mentions, resolved, load_lexicon()).values()
    assert "Ann Ure" in spouses(doc, mentions, resolved, lexicon_with(tmp_path, spouses=["partner"])).values()


def test_a_verb_of_leaving_added_to_the_data_makes_the_predicates_role_former(nlp, tmp_path):
    """"ejected" is no verb of leaving a role in the shipped former_verbs; added there, roles.predicate reads "was
    ejected as chief whip" as a role held before, not now."""
    doc = analyse("Tom Ure was ejected as chief whip of the Fenby Party.", nlp)

    def statuses(facts):
        return {f.status for f in facts.roles if f.person == "Tom Ure" and "roles.predicate" in f.rules}

    assert statuses(extract(doc, nlp)) == {"current"}
    assert statuses(extract(doc, nlp, None, lexicon_with(tmp_path, former_verbs=["eject"]))) == {"former"}


def test_a_verb_of_refusing_added_to_the_data_makes_no_candidate(nlp, tmp_path):
    """"shunned running" is a bid made for the shipped refusing_verbs; with "shun" added there, it is a bid refused."""
    doc = analyse("Ann Roe shunned running for mayor of Fenby.", nlp)
    assert any(f.role == "candidate" for f in extract(doc, nlp).roles)
    assert not any(f.role == "candidate" for f in extract(doc, nlp, None, lexicon_with(tmp_path, refusing_verbs=["shun"])).roles)
