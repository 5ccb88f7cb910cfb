"""Which facts come from kg's reference data rather than the text, marked as such or, if the user asks for only
what the text says (`kg --no-gazetteer`, KG_GAZETTEER=off), taken out.

Reporters seldom say that Tony Blair was prime minister or that a minister's party governed; kg's heads-of-
government gazetteer (data/gazetteer/officeholders.json) tells, and kg.extract.government gives such facts their
`party_basis`. Here those bases are marked `reference data: ...` in kgo:partyBasis, so `kg query person` and the
view show a reader which parties the text never stated. Without the gazetteer, a role the text gave keeps its
role and loses the party the data gave it; a role only the data gave ("the prime minister's claims" read as
Theresa May's office) is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.model import Facts, RoleFact

#: the party bases kg.extract.government gives from the heads-of-government gazetteer
REFERENCE_BASES = frozenset({"known head of government", "the known party of a head of government",
                             "the party of the government the office was held in", "the governing party"})
#: what marks them in the graph
PREFIX = "reference data: "
#: the rules whose roles come from the gazetteer, not the text (the text names a government, not an office)
REFERENCE_RULES = frozenset({"government.possessive-government", "government.downing-street", "government.unnamed-holder",
                             "government.elected-head"})


def from_reference(fact: RoleFact) -> bool:
    return (fact.party_basis or "") in REFERENCE_BASES or (fact.party_basis or "").startswith(PREFIX)


def marked(facts: Facts) -> Facts:
    """Every party the reference data gave, its basis marked `reference data: ...`."""
    roles = tuple(replace(f, party_basis=PREFIX + (f.party_basis or "")) if f.party_basis in REFERENCE_BASES else f
                  for f in facts.roles)
    return replace(facts, roles=roles)


def text_only(facts: Facts) -> Facts:
    """Only what the text says: roles made from the gazetteer alone go, parties it gave are taken off."""
    roles = []
    for fact in facts.roles:
        if set(fact.rules) <= REFERENCE_RULES and fact.rules:
            continue
        if from_reference(fact):
            fact = replace(fact, party=None, party_basis=None)
        roles.append(fact)
    return replace(facts, roles=tuple(roles))


def prepare(facts: Facts, use_gazetteer: bool) -> Facts:
    """The facts as they are written to the graph: reference data marked, or taken out."""
    return marked(facts) if use_gazetteer else text_only(facts)
