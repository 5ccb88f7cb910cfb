"""Round 20: an abbreviated honorific with its stop ("Hon.", data/lexicon.json honorifics) ends no sentence
before the name it titles (kg/nlp.py _names_run_on), as "Dr." and "Sen." do not."""


def test_the_late_hon_before_a_name_ends_no_sentence(nlp):
    doc = nlp("The by-election was called after the death of the MP, the late Hon. Tom Ure, in April.")
    assert len(list(doc.sents)) == 1


def test_a_death_titled_hon_still_triggers_the_by_election(facts_of):
    facts = facts_of("Counting is under way for the West Fenby by-election, called after the death of the "
                     "constituency's MP, the late Hon. Tom Ure, in April.")
    assert {(t.person, t.seat) for t in facts.triggers} == {("Tom Ure", "West Fenby")}
