"""Where extraction's flow meets: a parsed article through the stages of kg.extract.registry.STAGES.

mentions -> people build the ArticleContext (who is named, and who each name is); roles, parties, results,
triggers and settle run the registered rules listed for them in kg.extract.registry.ORDER and collect their
facts, each tagged with the rule that made it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import candidates, elections, government, members, parties, roles, triggers  # noqa: F401  (each registers its rules)
from kg.extract.context import ArticleContext, Found
from kg.extract.elections import election_label, election_mentions
from kg.extract.lexicon import Lexicon, fold, load_lexicon
from kg.extract.model import VACANCY_KINDS, ElectionFact, Facts, Merge, RoleFact, TriggerFact
from kg.extract.people import evidence_for, find_mentions, resolve, spouses
from kg.extract.phrases import role_phrases
from kg.extract.registry import ORDER, RULES, example, rule

_FactT = RoleFact | ElectionFact | TriggerFact


def build_context(doc: Doc, nlp: Language, published: dt.date | None,
                  lexicon: Lexicon) -> tuple[ArticleContext, list[Merge]]:
    """The mentions and people stages: who is named, and the fullest name each mention refers to."""
    mentions = find_mentions(doc, lexicon)
    phrases = role_phrases(doc, nlp, lexicon)
    # names found after titles are resolved with the rest: "candidate Tom Ure" is who a later "Ure" is
    mentions = sorted(mentions + roles.names_after_titles(doc, phrases, mentions, lexicon), key=lambda m: m.start)
    resolved, merges = resolve(doc, mentions, lexicon)
    completions: list[tuple[Callable[[dict], dict], str]] = [  # type: ignore[type-arg]
        (lambda r: government.complete_names(doc, mentions, r, published), "known head of government"),
        (lambda r: spouses(doc, mentions, r, lexicon), "forename after 'his wife' or 'her son' takes the family's surname")]
    for complete, why in completions:
        completed = complete(resolved)
        merges += [Merge(m.name, completed[m], why, evidence_for(doc[m.start : m.end]))
                   for m in mentions if completed[m] != resolved.get(m, m.name)]
        resolved = completed
    people = {resolved.get(m, m.name) for m in mentions}
    country = government.article_country(doc, lexicon)
    ctx = ArticleContext(doc, nlp, lexicon, published, tuple(mentions), resolved, tuple(phrases), country,
                         government.country_of(country, people), tuple(election_mentions(doc, lexicon)))
    return ctx, merges


def _roles_stage(ctx: ArticleContext, found: Found) -> None:
    for name in ORDER["roles"]:
        found.pairs += [(m, p, name) for m, p in RULES[name].func(ctx, found)]
    found.roles = roles.role_facts(ctx, found.pairs)


def _parties_stage(ctx: ArticleContext, found: Found) -> None:
    """Rules that settle parties return the revised list; rules that make facts (government roles) return new ones."""
    for name in ORDER["parties"]:
        made = RULES[name].func(ctx, found)
        found.roles = found.roles + made if RULES[name].makes_facts else made


def _results_stage(ctx: ArticleContext, found: Found) -> None:
    """The `results.*` rules find the elections (kg.extract.elections runs them token by token); the stage's other
    rules, in ORDER, make roles of those results (members, leaders, candidates), each seeing the roles before it."""
    told = elections.extract_elections(ctx, found.roles)
    found.elections = elections.one_result(told)  # settled now: the members and candidates below derive from them
    kept = {(f.election, f.winner) for f in found.elections}
    found.won = found.elections + [f for f in told if f.winner and (f.election, f.winner) not in kept]
    for name in ORDER["results"]:
        if RULES[name].family != "results":
            found.roles = found.roles + RULES[name].func(ctx, found)
    found.roles = parties.collapse(found.roles, ctx.lexicon)


def _triggers_stage(ctx: ArticleContext, found: Found) -> None:
    found.triggers = triggers.extract_triggers(ctx, found.roles, found.elections)


@rule("settle.same-fact", "settle")
def same_facts(facts: list[_FactT]) -> tuple[_FactT, ...]:  # type: ignore[valid-type]
    """One fact found by two rules is one fact that names both."""
    merged: dict[object, _FactT] = {}  # type: ignore[valid-type]
    for fact in facts:
        key = replace(fact, rules=())
        if key in merged:
            known = merged[key]
            merged[key] = replace(known, rules=(*known.rules, *(r for r in fact.rules if r not in known.rules)))
        else:
            merged[key] = fact
    return tuple(merged.values())


#: rules that date a role from a result's year rather than from the text's own words ("former", "ex-")
_DATED_FROM_RESULTS = {"roles.member-from-result", "roles.leader-from-result"}


@rule("settle.one-status", "settle", examples=[
    example("Former Labour MP Tom Ure spoke. Tom Ure, the Labour MP, was there.", "Tom Ure | mp | Labour Party")])
def one_status(roles: list[RoleFact]) -> list[RoleFact]:
    """One role of one person for one party has one status: "Former X" said anywhere makes it former only, as
    a later "the MP" is the article naming the same past office again; a status dated only from an old result
    yields to what the text says."""
    statuses: dict[tuple[str, str, str | None], set[str]] = {}
    for fact in roles:
        if not set(fact.rules) <= _DATED_FROM_RESULTS:
            statuses.setdefault((fact.person, fact.role, fact.party), set()).add(fact.status)
    out = []
    for fact in roles:
        said = statuses.get((fact.person, fact.role, fact.party))
        status = ("former" if "former" in said else fact.status if fact.status in said else sorted(said)[0]) if said else fact.status
        out.append(fact if status == fact.status else replace(fact, status=status, rules=(*fact.rules, "settle.one-status")))
    return out


@rule("settle.partisan-candidate", "settle")
def partisan_candidates(roles: list[RoleFact]) -> list[RoleFact]:
    """A candidate kg gives no party from a place in a count, in an article whose candidates have parties, has a party
    the text states somewhere kg did not read (a table's column, a name two sentences away): the candidacy without it
    would be a false fact, so it is withheld. A race of no parties (a nonpartisan mayoralty) keeps its candidates, and
    so does a list or a verb of candidacy, which news writes of independents and of a race of no parties beside
    another."""
    parties = {f.party for f in roles if f.role == "candidate" and f.party}
    if len(parties) < 2:
        return roles
    return [f for f in roles if f.role != "candidate" or f.party or not set(f.rules) <= _COUNTED]


#: the rules that make a candidate of a place in a count ("Jo Platt was third with 400 votes"), where news gives the
#: party with the name; a list of candidates or a verb ("Jo Platt is running") may name none in a partisan article, and
#: a results table's row without a party between rows with theirs is a candidate who stood under none
_COUNTED = frozenset({"roles.runner-up", "roles.candidate-placed", "roles.candidate-counted",
                      "roles.candidate-tally-inline", "roles.candidate-own-count"})


_CODED = re.compile(r"^([A-Z]{2})-0?(\d{1,2})$")
_SPELLED = re.compile(r"^(.+?)['’]s (\d{1,2})(?:st|nd|rd|th)(?: Congressional)? District$", re.I)


def _district(seat: str, states: dict[str, str]) -> tuple[str, int] | None:
    """"OH-9" and "Ohio's 9th Congressional District" are one district: (state, number)."""
    coded = _CODED.match(seat)
    if coded and coded.group(1) in states:
        return fold(states[coded.group(1)]), int(coded.group(2))
    spelled = _SPELLED.match(seat)
    return (fold(spelled.group(1)), int(spelled.group(2))) if spelled else None


def _short_of(short: str, full: str, states: dict[str, str] | None = None) -> bool:
    """"Fenby" is "Fenby and Hale" named short; "Kelby" is "Marlow's Kelby" without its city;
    "OH-9" is "Ohio's 9th Congressional District"."""
    a, b = fold(short), fold(full)
    if states and len(short) < len(full) and _district(short, states) is not None:
        return _district(short, states) == _district(full, states)
    deputy = b.startswith("deputy ") and not a.startswith("deputy ")  # a deputy leadership is a contest of its own
    return a != b and bool(a) and not deputy and (b.startswith(a + " ") or b.endswith(" " + a))


@rule("settle.one-contest", "settle", examples=[
    example("Ann Roe won the Fenby and Hale by-election for Reform UK. The Fenby by-election came about through "
            "the resignation of Tom Ure.", "Tom Ure | resignation | Fenby and Hale")])
def one_contest(elections: list[ElectionFact], triggers: list[TriggerFact],
                states: dict[str, str] | None = None) -> tuple[list[ElectionFact], list[TriggerFact]]:
    """Within an article, a contest named by its seat's short name is the contest named in full, when the
    article names one such contest of that kind: "the Fenby by-election" is "the Fenby and Hale
    by-election", one election and not two."""
    full: dict[str, set[tuple[str, int | None]]] = {}
    for fact in elections:
        if fact.seat:
            full.setdefault(fact.kind, set()).add((fact.seat, fact.year))

    def fuller(kind: str, seat: str | None) -> tuple[str, int | None] | None:
        if seat is None:
            return None
        options = {(s, y) for s, y in full.get(kind, ()) if _short_of(seat, s, states)}
        return options.pop() if len(options) == 1 else None

    settled = []
    for fact in elections:
        named = fuller(fact.kind, fact.seat)
        settled.append(fact if named is None else replace(
            fact, seat=named[0], election=election_label(fact.kind, named[0], fact.year or named[1]),
            rules=(*fact.rules, "settle.one-contest")))
    moved = []
    for trigger in triggers:
        kind = next((k for k in sorted(full, key=len, reverse=True) if trigger.election.endswith(k)), None)
        named = fuller(kind, trigger.seat) if kind else None
        moved.append(trigger if named is None or kind is None else replace(
            trigger, seat=named[0], election=election_label(kind, named[0], trigger.year or named[1]),
            rules=(*trigger.rules, "settle.one-contest")))
    return settled, moved


def _main_contest(doc: Doc, won: list[ElectionFact]) -> str | None:
    """The contest the article is about: of its by-elections, the one whose seat it names most often."""
    text = doc.text  # rebuilt from every token on each access: read it once
    contests = {e.election: text.count(e.seat or "\0") for e in won if e.kind in VACANCY_KINDS}
    ranked = sorted(contests.items(), key=lambda item: -item[1])
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def extract(doc: Doc, nlp: Language, published: dt.date | None = None, lexicon: Lexicon | None = None) -> Facts:
    """All facts of one article, each carrying the rules that made it."""
    ctx, merges = build_context(doc, nlp, published, lexicon or load_lexicon())
    found = Found()
    for stage in (_roles_stage, _parties_stage, _results_stage, _triggers_stage):
        stage(ctx, found)
    found.roles, found.elections = parties.foreign_parties(ctx, one_status(elections.inside_the_contest(found.roles, found.elections)),
                                                           found.elections)
    found.roles = partisan_candidates(found.roles)
    found.elections, found.triggers = one_contest(found.elections, found.triggers, ctx.lexicon.us_state_codes)
    # what has no seat the contest can be for is not told (its winner's role, derived above, stays)
    found.elections, found.triggers = elections.stated(found.elections, ctx.lexicon), triggers.stated(found.triggers, ctx.lexicon)
    people = {f.person for f in found.roles} | {f.winner for f in found.elections} | {f.person for f in found.triggers}
    first_merges: dict[tuple[str, str], Merge] = {}
    for merge in merges:
        if merge.entity in people:
            first_merges.setdefault((merge.mention, merge.entity), merge)
    return Facts(same_facts(found.roles), same_facts(found.elections), same_facts(found.triggers),  # type: ignore[arg-type]
                 tuple(first_merges.values()), _main_contest(doc, found.elections))


def render(fact: _FactT) -> str:  # type: ignore[valid-type]
    """A fact as rule examples write it: "person | role | party", "seat | winner | party", "person | cause | seat"."""
    if isinstance(fact, RoleFact):
        return f"{fact.person} | {fact.role} | {fact.party}"
    if isinstance(fact, ElectionFact):
        return f"{fact.seat} | {fact.winner} | {fact.party}"
    return f"{fact.person} | {fact.cause} | {fact.seat}"  # type: ignore[union-attr]
