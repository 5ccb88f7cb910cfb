"""Round 18 review: a party after "his"/"her" is the subject's only when no other person is named in its sentence or
the sentence before, where the pronoun may point back to."""

import datetime as dt


def test_his_party_after_a_rival_in_the_sentence_before_is_not_the_subject_s(facts_of):
    """"..., beating Tom Ure. Ann Roe said his Labour Party ...": "his" points back to Tom Ure; Labour is not Ann Roe's,
    nor her result's (she won for the Greens)."""
    facts = facts_of("Ann Roe won the Fenby by-election for the Greens on Thursday, beating Tom Ure. Ann Roe said his "
                     "Labour Party had lost touch with voters.", dt.date(2024, 5, 3))
    assert not any(f.person == "Ann Roe" and f.party == "Labour Party" for f in facts.roles)
    assert not any(f.winner == "Ann Roe" and f.party == "Labour Party" for f in facts.elections)


def test_her_party_with_only_her_before_is_still_hers(facts_of):
    """The sentence before names the same person (by surname): "her" can point at no one else."""
    facts = facts_of("Premier Ann Roe spent Thursday night talking. The vote was comfortable for the Liberals. "
                     "Roe is personally popular; her New Democrats, in this corner of the province, are not.")
    assert any(f.person == "Ann Roe" and f.role == "premier" and f.party == "New Democrats" for f in facts.roles)
