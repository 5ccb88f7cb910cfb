"""The rule registry: every rule's example sentences give their facts, made by that rule; the order is complete."""

from __future__ import annotations

import datetime as dt

import pytest

import kg.extract  # noqa: F401  (registers the rules)
from kg.extract.pipeline import render, same_facts
from kg.extract.registry import ORDER, RULES, check_order, in_order, rule

_EXAMPLES = [(r.name, n, ex) for r in in_order() for n, ex in enumerate(r.examples)]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "number", "example"), _EXAMPLES, ids=[f"{n}[{i}]" for n, i, _ in _EXAMPLES])
def test_each_example_gives_its_facts_from_its_rule(name, number, example, facts_of):  # type: ignore[no-untyped-def]
    published = dt.date.fromisoformat(example.published) if example.published else None
    facts = facts_of(example.text, published)
    found = [*facts.roles, *facts.elections, *facts.triggers]
    # a rule that makes facts must be named on them; a rule that revises facts (a party) must leave them so
    made = {render(f) for f in found if name in f.rules or not RULES[name].makes_facts}
    for fact in example.facts:
        assert fact in made, f"{name}: {example.text!r} should give {fact!r}; got {[(render(f), f.rules) for f in found]}"


def test_every_rule_that_makes_facts_has_an_example() -> None:
    assert [r.name for r in in_order() if r.makes_facts and not r.examples] == []


def test_order_lists_every_registered_rule_once_in_its_stage() -> None:
    assert check_order() == []
    assert [r.name for r in in_order()] == [n for names in ORDER.values() for n in names]


def test_every_rule_says_what_it_does() -> None:
    assert [r.name for r in RULES.values() if not r.summary] == []


def test_a_rule_of_an_unknown_stage_or_a_second_rule_of_one_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown stage"):
        rule("roles.x", "nowhere")
    with pytest.raises(ValueError, match="registered twice"):
        rule("roles.apposition", "roles")(lambda ctx, found: [])


def test_the_same_fact_from_two_rules_is_one_fact_naming_both() -> None:
    from kg.extract.model import Evidence, RoleFact

    ev = Evidence(0, 10, "Ann Roe MP")
    one = RoleFact("Ann Roe", "mp", None, ev, rules=("roles.title-before-name",))
    two = RoleFact("Ann Roe", "mp", None, ev, rules=("roles.member-after-name",))
    assert same_facts([one, two, one]) == (RoleFact("Ann Roe", "mp", None, ev,
                                                    rules=("roles.title-before-name", "roles.member-after-name")),)
