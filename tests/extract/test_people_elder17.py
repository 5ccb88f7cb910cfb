"""A surname shared by a parent and a child (round 16, kg/extract/people.py): "the elder Ure" is the one the article
names a parent ("his father, Tom Ure"; "Tom Ure, Jo Ure's father"), not whichever Ure was named last; "the younger
Ure" is the other one."""


def _merged(facts, mention: str) -> set[str]:
    return {m.entity for m in facts.merges if m.mention == mention}


def test_the_elder_after_his_father_and_a_title_is_the_father(facts_of):
    facts = facts_of("Congress candidate Jo Ure won the bypoll necessitated by the death of his father, sitting MLA Tom Ure, "
                     "in June. The elder Ure, a Congress veteran and five-time legislator, had won Kelby in 2011. "
                     "He had earlier served as Minister for Fisheries.")
    assert _merged(facts, "Ure") == {"Tom Ure"}
    assert any(f.person == "Tom Ure" and f.role == "minister for fisheries" for f in facts.roles)
    assert not any(f.person == "Jo Ure" and f.role in ("minister for fisheries", "legislator") for f in facts.roles)


def test_the_elder_before_the_childs_possessive_father_is_the_father(facts_of):
    facts = facts_of("The bypoll followed the death of MLA Tom Ure, Jo Ure's father, in May. Jo Ure was the party's candidate. "
                     "The elder Ure had served as a minister for fisheries.")
    assert _merged(facts, "Ure") == {"Tom Ure"}


def test_the_younger_is_the_one_not_named_a_parent(facts_of):
    facts = facts_of("Kay Ure spoke of her mother, Ann Ure, at the rally. Ann Ure was mayor of Fenby. "
                     "The younger Ure, a councillor, said she would stand.")
    assert _merged(facts, "Ure") == {"Kay Ure"}
    assert not any(f.person == "Ann Ure" and f.role == "councillor" for f in facts.roles)


def test_a_friend_of_the_father_is_no_parent(facts_of):
    """"his father's friend Tom Ure" names no parent: the elder Ure stays unresolved rather than a guess."""
    facts = facts_of("Jo Ure thanked his father's friend Tom Ure. The elder Ure, a councillor, said nothing.")
    assert not any(f.person in ("Tom Ure", "Jo Ure") and f.role == "councillor" for f in facts.roles)
