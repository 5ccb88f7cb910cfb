"""Extraction rules as named units: each registered with its stage and example sentences.

Modelled on spaCy's component registry and on GATE's JAPE phases: a rule is found by its name
(`results.won-seat`), runs in a declared stage, and carries the sentences that show what it does, which
the tests run (tests/extract/test_registry.py). Every fact records the names of the rules that made it, so
`kg eval --by-rule` can measure each one and the graph can say which rule produced a wrong fact.

Stages run in the order of STAGES; inside a stage, rules run in the order of the stage's list in ORDER
below (kg.extract.pipeline runs them). A rule is registered where it is written:

    @rule("roles.apposition", "roles", examples=[
        example("Ann Roe, the Labour MP for Fenby, spoke.", "Ann Roe | mp for fenby | Labour Party")])
    def _apposition(ctx, found): ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

#: mentions -> people -> roles -> parties -> results -> triggers -> settle
STAGES = ("mentions", "people", "roles", "parties", "results", "triggers", "settle")


@dataclass(frozen=True)
class Example:
    """A sentence (or a few) and facts it must give, each written as `kg.extract.pipeline.render` writes them:
    "Ann Roe | mp | Labour Party" (role), "Fenby | Tom Ure | Labour Party" (result: seat, winner, party),
    "Jo Platt | death | Fenby" (trigger: person, cause, seat)."""

    text: str
    facts: tuple[str, ...]
    published: str | None = None


def example(text: str, *facts: str, published: str | None = None) -> Example:
    return Example(text, facts, published)


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    func: Callable[..., Any]
    examples: tuple[Example, ...]
    #: "article": called once with the article; "token": offered each token in turn (the results stage)
    scope: str = "article"

    @property
    def family(self) -> str:
        return self.name.split(".")[0]

    @property
    def makes_facts(self) -> bool:
        """Rules of these families find people or revise facts (a party, a duplicate) rather than make them."""
        return self.family not in ("mentions", "people", "parties", "settle")

    @property
    def summary(self) -> str:
        """The first paragraph of the rule's docstring, on one line."""
        return " ".join((self.func.__doc__ or "").strip().split("\n\n")[0].split())


RULES: dict[str, Rule] = {}

#: The order rules run in, stage by stage. A new rule is registered where it is written and listed here.
ORDER: dict[str, tuple[str, ...]] = {
    "mentions": ("mentions.named-people",),
    "people": ("people.resolve", "people.known-head-of-government", "people.spouse-surname", "people.name-after-title"),
    "roles": ("roles.title-before-name", "roles.joined-titles", "roles.apposition", "roles.seat-member", "roles.copula", "roles.predicate",
              "roles.sworn-in", "roles.verb",
              "roles.made-holder",
              "roles.selected-candidate", "roles.seat-taken-from", "roles.served-on", "roles.chamber",
              "roles.definite-subject", "roles.member-after-name", "roles.possessive-leadership", "roles.campaign",
              "roles.predecessor", "roles.plural-title",
              "roles.predecessor-noun",
              "roles.fronted-apposition",
              "roles.tenure", "roles.bracket-seat", "roles.member-of-chamber",
              "roles.portfolio",
              "roles.portfolio-named",
              "roles.line-up", "roles.department-line"),
    "parties": ("parties.title-word", "parties.whose", "parties.unknown-title",
                "parties.infer", "parties.collapse", "government.possessive-government", "government.budget",
                "government.downing-street", "government.unnamed-holder", "parties.governing"),
    # token rules first (each token goes to the first that makes a fact of it), then the article rules
    "results": ("results.won-verb", "results.victory-noun", "results.winner-of", "results.victory-to", "results.second-to",
                "results.lost-to",
                "results.won-by",
                "results.selected", "results.listed-seats", "results.listed-winners",
                "results.tally-table", "results.headed-table", "results.outcome-heading", "results.section-tally", "results.table-winner",
                "results.office-races", "results.elected-as",
                "results.elected-leader", "results.elected-member", "results.elected-speaker", "results.party-winner",
                "roles.member-from-result", "roles.leader-from-result", "roles.officer-from-result", "roles.primary-nominee",
                "government.elected-head", "roles.runner-up",
                "roles.candidate-tally", "roles.candidate-tally-glued", "roles.candidate-list", "roles.candidate-pair",
                "roles.candidate-by-party",
                "roles.candidate-respectively",
                "roles.candidate-tally-inline",
                "roles.candidate-votes-to",
                "roles.candidate-rivals",
                "roles.candidate-joined",
                "roles.candidate-own-count",
                "roles.candidate-seat-taken",
                "roles.candidate-placed",
                "roles.candidate-counted",
                "roles.candidate-for-leader",
                "roles.candidate-opponent",
                "roles.candidate-primary",
                "roles.nominated",
                "roles.seeking-nomination",
                "roles.seeking-term",
                "roles.selected-to-contest",
                "roles.candidate-field",
                "roles.named-as-candidate",
                "roles.candidate-winner", "roles.running-mate"),
    "triggers": ("triggers.event-triggers-contest", "triggers.vacancy-beside-election", "triggers.vacancy-about-contest",
                 "triggers.leader-vacancy", "triggers.office-vacancy",
                 "triggers.vacancy-in-term", "triggers.winner-replaces", "triggers.contest-to-replace",
                 "triggers.successor-elected",
                 "triggers.successor-chosen",
                 "triggers.result-after-vacancy",
                 "triggers.appointed-after",
                 "triggers.listed-members", "triggers.member-departure"),
    "settle": ("settle.one-result", "settle.leadership-contest-party", "settle.one-status", "settle.foreign-party",
               "settle.partisan-candidate",
               "settle.one-contest",
               "settle.same-fact"),
}
F = TypeVar("F", bound=Callable[..., Any])


def rule(name: str, stage: str, *, examples: list[Example] | tuple[Example, ...] = (),
         scope: str = "article") -> Callable[[F], F]:
    """Register `func` as the rule `name` of `stage`; the function itself is returned unchanged."""
    if stage not in STAGES:
        raise ValueError(f"rule {name}: unknown stage {stage!r} (one of {', '.join(STAGES)})")

    def register(func: F) -> F:
        if name in RULES and RULES[name].func is not func:
            raise ValueError(f"rule {name} is registered twice ({RULES[name].func.__qualname__}, {func.__qualname__})")
        RULES[name] = Rule(name, stage, func, tuple(examples), scope)
        return func

    return register


def in_order() -> list[Rule]:
    """Every registered rule, stage by stage in the declared order."""
    return [RULES[name] for stage in STAGES for name in ORDER.get(stage, ()) if name in RULES]


def check_order() -> list[str]:
    """What is wrong with ORDER against the registered rules (empty when they agree)."""
    listed = [name for names in ORDER.values() for name in names]
    problems = [f"{name} is listed twice" for name in sorted({n for n in listed if listed.count(n) > 1})]
    problems += [f"{name} is registered but not listed in ORDER" for name in sorted(set(RULES) - set(listed))]
    problems += [f"{name} is listed in ORDER but not registered" for name in sorted(set(listed) - set(RULES))]
    problems += [f"{name} runs in stage {stage} but is registered for {RULES[name].stage}"
                 for stage, names in ORDER.items() for name in names if name in RULES and RULES[name].stage != stage]
    return problems
