"""The whole flow (kg/extract/pipeline.py, kg/nlp.py): evidence, photo captions, one fact said twice, several families at once."""

from tests.extract.conftest import roles


def test_photo_credit_and_gallery_counter_are_not_facts(facts_of):
    facts = facts_of("1/20 3 March 2017 Labour MP Ann Lowe visits a school in Leeds PA wire\n\n"
                     "2/20 3 March 2017 Storm Doris hits the coast Getty Images")
    assert ("Ann Lowe", "mp", "Labour Party") in roles(facts)
    assert not any("Doris" in f.person for f in facts.roles)


def test_every_fact_has_evidence_inside_the_text(facts_of):
    text = "The Kelby by-election was triggered by the resignation of Labour MP Ruth Dale."
    facts = facts_of(text)
    for fact in (*facts.roles, *facts.triggers):
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text


def test_one_member_role_said_twice_is_one_fact(facts_of):
    facts = facts_of("Labour's Joan Sheldon won the Erewash seat in 1997. "
                     "She says she will fight on as a hard-working constituency MP.")
    assert [f.role for f in facts.roles if f.person == "Joan Sheldon"] == ["constituency mp"]


def test_us_special_elections(facts_of):
    facts = facts_of("Democrat Connor Lambert won the special election in Pennsylvania's 18th Congressional District, "
                     "a seat vacated by Republican Rep. Tim Murfey, who resigned in October.")
    assert [(e.winner, e.party) for e in facts.elections] == [("Connor Lambert", "Democratic Party")]
    assert [(t.person, t.cause) for t in facts.triggers] == [("Tim Murfey", "resignation")]
    facts = facts_of("Republican Greg Gianford won Montana's special election for the House seat vacated by "
                     "Ryan Zinker, who became interior secretary.")
    assert [(t.person, t.seat) for t in facts.triggers] == [("Ryan Zinker", "Montana")]


def test_a_former_role_is_former_only(facts_of):
    """"Former Labour MP Tom Ure" and then "Tom Ure, the Labour MP": one role, former, never current and former."""
    facts = facts_of("Former Labour MP Tom Ure spoke. Tom Ure, the Labour MP, was there.")
    statuses = {f.status for f in facts.roles if (f.person, f.role) == ("Tom Ure", "mp")}
    assert statuses == {"former"}
