"""What triggered a by-election: a person's resignation, death, recall, peerage or disqualification.

Only a vacancy stated in the same sentence as a by-election or special election counts: a minister
leaving the cabinet triggers nothing. A party leader's death or resignation in a sentence about the
leadership triggers that party's leadership election.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from kg.extract.dates import event_date
from kg.extract.elections import ElectionMention, election_label, election_mentions, possessive_seat, primary_seat
from kg.extract.lexicon import Lexicon, fold
from kg.extract.model import ElectionFact, RoleFact, TriggerFact
from kg.extract.people import Mention, evidence_for, subject_person
from kg.extract.registry import example, rule

_VACANCY_KINDS = {"by-election", "special election"}


def _causes_in(sent: Span, lexicon: Lexicon) -> list[tuple[int, str]]:
    found = []
    for tok in sent:
        cause = lexicon.causes.get(fold(tok.text)) or lexicon.causes.get(fold(tok.lemma_))
        if cause is None and tok.i + 1 < sent.end:
            cause = lexicon.causes.get(fold(f"{tok.text} {tok.doc[tok.i + 1].text}"))
        if cause:
            found.append((tok.i, cause))
    return found


@rule("triggers.leader-vacancy", "triggers", examples=[
    example("Ann Roe became Labour leader in 2019. After the death of leader Ann Roe, Tom Ure won the leadership.",
            "Ann Roe | death | Leader of the Labour Party")])
def _leadership_trigger(sent: Span, lexicon: Lexicon, people: list[Mention], resolved: dict[Mention, str],
                        leaders: dict[str, str]) -> TriggerFact | None:
    """"After the death of leader John Smith in 1994 ... a clear run at the leadership"."""
    if not any(t.lower_ == "leadership" for t in sent):
        return None
    for index, cause in _causes_in(sent, lexicon):
        if cause not in ("death", "resignation"):
            continue
        for mention in people:
            person = resolved.get(mention, mention.name)
            if person in leaders and (abs(mention.start - index) <= 4 or abs(mention.end - 1 - index) <= 4):
                party = leaders[person]
                years = [int(t.text) for t in sent if t.like_num and len(t.text) == 4 and t.text.isdigit()]
                year = years[0] if years else None
                seat = f"Leader of the {party}"
                label = election_label("leadership election", party, year)
                return TriggerFact(person, cause, seat, label, evidence_for(sent), year, ("triggers.leader-vacancy",))
    return None


@rule("triggers.vacancy-in-term", "triggers")
def _term_trigger(sent: Span, lexicon: Lexicon, people: list[Mention], resolved: dict[Mention, str],
                  results: list[ElectionFact], published: dt.date | None) -> TriggerFact | None:
    """"elected to complete the term of Frank L., whose death in June gave rise to the campaign": a vacancy
    in a holder's term, filled by the contest the article reports."""
    contest = next((r for r in results if r.seat and r.kind in _VACANCY_KINDS), None)
    if contest is None or not any(t.lower_ in ("term", "seat") for t in sent):
        return None
    for index, cause in _causes_in(sent, lexicon):
        if cause not in ("death", "resignation"):
            continue
        near = [m for m in people if abs(m.start - index) <= 4 or abs(m.end - 1 - index) <= 4]
        if near:
            person = min(near, key=lambda m: min(abs(m.start - index), abs(m.end - 1 - index)))
            return TriggerFact(resolved.get(person, person.name), cause, contest.seat, contest.election,
                               evidence_for(sent), contest.year or (published.year if published else None),
                               ("triggers.vacancy-in-term",))
    return None


@rule("triggers.winner-replaces", "triggers")
def _replaced_trigger(sent: Span, lexicon: Lexicon, mentions: list[Mention], resolved: dict[Mention, str],
                      contest: ElectionFact | None, published: dt.date | None) -> TriggerFact | None:
    """"She replaces Dennis Walsh, who stood down in September": the by-election's winner replaces someone
    whose departure the sentence tells; that departure made the vacancy."""
    if contest is None or contest.winner is None:
        return None
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for verb in sent:
        if verb.lemma_ not in ("replace", "succeed") or verb.pos_ != "VERB":
            continue
        successor = subject_person(sent.doc, verb, by_token, mentions, resolved)
        replaced = next((by_token[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in by_token), None)
        if successor is None or replaced is None or resolved.get(successor, successor.name) != contest.winner:
            continue
        for index, cause in _causes_in(sent, lexicon):
            if replaced.end <= index <= replaced.end + 8:
                return TriggerFact(resolved.get(replaced, replaced.name), cause, contest.seat, contest.election,
                                   evidence_for(sent), contest.year or (published.year if published else None),
                                   ("triggers.winner-replaces",))
    return None


_CONTEST_NOUNS = {"contest", "election", "poll", "vote", "race", "ballot"}


def _about_the_contest(sent: Span, lexicon: Lexicon) -> bool:
    """A sentence that speaks of the article's by-election without naming it: "The contest was triggered
    when ...", "Voters go to the polls after ..."."""
    for tok in sent:
        if tok.lemma_ in lexicon.trigger_verbs and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in _CONTEST_NOUNS
                                                       for c in tok.children):
            return True
        if tok.lower_ == "polls" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "to" and any(
                t.lower_ in ("after", "because", "following") for t in tok.doc[tok.i + 1 : sent.end]):
            return True
    return False


@rule("triggers.vacancy-about-contest", "triggers", examples=[
    example("The Fenby by-election is on Thursday. The contest was triggered when Tom Ure resigned.",
            "Tom Ure | resignation | Fenby")])
def _about_contest_rule() -> None:
    """A vacancy told in a sentence that speaks of the article's by-election without naming it: "The contest was
    triggered when ...". Applied inside extract_triggers' sentence loop."""


@rule("triggers.vacancy-beside-election", "triggers", examples=[
    example("The Fenby by-election was caused by the death of Labour MP Ann Roe.", "Ann Roe | death | Fenby")])
def extract_triggers(doc: Doc, lexicon: Lexicon, mentions: list[Mention], resolved: dict[Mention, str],
                     published: dt.date | None, roles: list[RoleFact] | None = None,
                     results: list[ElectionFact] | None = None,
                     mentioned: list[ElectionMention] | None = None) -> list[TriggerFact]:
    """Vacancies and their causes; `mentioned` is election_mentions(doc) if the caller has it already."""
    elections = election_mentions(doc) if mentioned is None else mentioned
    primary = primary_seat(doc, elections)
    leaders = {r.person: r.party for r in roles or () if r.role in ("leader", "party leader") and r.party}
    facts = []
    # the seat the article's contest was won in, when its by-election is never named with its seat
    contest = next((r for r in results or () if r.seat and r.kind in _VACANCY_KINDS), None)
    won = contest.seat if contest else None
    vacancy = [e for e in elections if e.kind in _VACANCY_KINDS]
    main = next((e for e in vacancy if e.seat == primary), vacancy[0] if vacancy else None)
    for sent in doc.sents:
        here = [e for e in elections if sent.start <= e.start < sent.end and e.kind in _VACANCY_KINDS]
        rule_name = "triggers.vacancy-beside-election"
        if not here and main is not None and _about_the_contest(sent, lexicon):
            rule_name = "triggers.vacancy-about-contest"
            # "The contest was triggered when ...", "voters in Kettering North go to the polls after ...": the
            # by-election whose seat the sentence names, else the article's
            here = [next((e for e in vacancy if e.seat and e.seat in sent.text), main)]
        if not here:
            people = [m for m in mentions if sent.start <= m.start < sent.end]
            words = {t.lower_ for t in sent}  # each trigger below needs one of its words: one pass, not two
            other = _leadership_trigger(sent, lexicon, people, resolved, leaders) if "leadership" in words else None
            if other is None and not words.isdisjoint(("term", "seat")):
                other = _term_trigger(sent, lexicon, people, resolved, results or [], published)
            if other is None and contest is not None and not words.isdisjoint(("replace", "replaces", "replaced", "succeed",
                                                                                "succeeds", "succeeded")):
                other = _replaced_trigger(sent, lexicon, mentions, resolved, contest, published)
            if other:
                facts.append(other)
            continue
        people = [m for m in mentions if sent.start <= m.start < sent.end]
        for index, cause in _causes_in(sent, lexicon):
            # "the elevation to the Lords of Tory MP Peter Hain": the person the cause is "of", else the nearest
            of = [m for c in doc[index].subtree if c.dep_ == "prep" and c.lower_ == "of"
                  for m in people if any(m.start <= t.i < m.end for t in c.subtree)]
            # "the death in January of the Independent TD X": an "of" just after a date the cause was in
            of = of or [m for c in doc[index + 1 : min(index + 5, sent.end)] if c.lower_ == "of"
                        for m in people if any(m.start <= t.i < m.end for t in c.subtree)]
            near = of or [m for m in people if abs(m.start - index) <= 6 or abs(m.end - 1 - index) <= 6]
            if not near:
                continue
            person = min(near, key=lambda m: min(abs(m.start - index), abs(m.end - 1 - index)))
            election: ElectionMention = next((e for e in here if e.seat), here[0])
            person_at = {i: resolved.get(m, m.name) for m in people for i in range(m.start, m.end)}
            seat = possessive_seat(doc, sent.start, sent.end, person_at) or election.seat or primary or won
            # the by-election's year, not the vacancy's ("resigned in December" of the year before)
            year = election.year or (published.year if published else event_date(sent, published)[1])
            label = election_label(election.kind, seat, year)
            facts.append(TriggerFact(resolved.get(person, person.name), cause, seat, label, evidence_for(sent), year,
                                     (rule_name,)))
            break
    return facts
