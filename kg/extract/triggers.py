"""What triggered a by-election: a person's resignation, death, recall, peerage or disqualification.

Only a vacancy stated in the same sentence as a by-election or special election counts: a minister
leaving the cabinet triggers nothing. A party leader's death or resignation in a sentence about the
leadership triggers that party's leadership election.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from kg.extract.candidates import text_lines
from kg.extract.context import ArticleContext
from kg.extract.dates import event_date, year_of
from kg.extract.elections import (
    ElectionMention,
    _country_names,
    _outcome_patterns,
    body_heading,
    election_label,
    opening_place,
    possessive_seat,
    primary_seat,
    restated,
)
from kg.extract.government import ordinary_word
from kg.extract.lexicon import Lexicon, fold
from kg.extract.model import VACANCY_KINDS, ElectionFact, RoleFact, TriggerFact
from kg.extract.people import Mention, antecedent, evidence_for, politicians_forenames, subject_person, surname
from kg.extract.phrases import POSSESSIVES, QUESTION_TAGS, hypothetical, negated, outside_politics
from kg.extract.registry import example, rule


def _private_body(verb: Token, lexicon: Lexicon, more: Sequence[Token] = ()) -> bool:
    """"The golf club voted to expel", "the board elected ... as president", "the university's council chose": a body
    that is no public one (data "private_bodies") acting, and so filling or emptying no public office. Read in the
    verb's subject (or that of the verb it hangs from, "voted to expel"), its agent, what it acts "from", and `more`."""
    heads = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    bodies = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "agent")]
    bodies += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(outside_politics(b.subtree, lexicon) for b in [*bodies, *more])


def _causes_in(sent: Span, lexicon: Lexicon) -> list[tuple[int, str]]:
    found = []
    for tok in sent:
        if _win_overturned(tok, lexicon):  # before "election of" is read as an election to another office
            found.append((tok.i, "disqualification"))
            continue
        cause = lexicon.causes.get(fold(tok.text)) or lexicon.causes.get(fold(tok.lemma_)) or (
            lexicon.cause_verbs.get(tok.lemma_) if tok.pos_ == "VERB" and not _private_body(tok, lexicon) else None)
        if cause is None and tok.i + 1 < sent.end and fold(tok.text):  # "stood down"; not ", resigned" (the comma no cause)
            cause = lexicon.causes.get(fold(f"{tok.text} {tok.doc[tok.i + 1].text}"))
        if cause is None and (tok.lower_ in lexicon.ruling_causes or tok.lemma_.lower() in lexicon.ruling_causes
                              or _crossed_over(tok, lexicon) and _crossing_lost_the_seat(tok, lexicon)):
            cause = "disqualification"  # "the High Court ruled she had been ineligible", "nullified the election of X"
        if cause:
            found.append((tok.i, cause))
    return found


def _win_overturned(tok: Token, lexicon: Lexicon) -> bool:
    """"whose victory in the general election was overturned by the court", "the court voided the 2011 election of Ann
    Roe": a member's win (data "overturned_wins") that a court undoes (data "overturning_verbs") took the seat from its
    winner. The cause is read at the win, whose owner ("whose", "of X") is the one who lost the seat; "overturning a
    Labour majority" names no win, and is a swing."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.overturned_wins:
        return False
    verb = tok.head
    return (tok.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.overturning_verbs
            and not negated(verb))


def _crossed_over(tok: Token, lexicon: Lexicon) -> bool:
    """"the Speaker ruled he had crossed the floor", "lost the seat when he crossed to the ruling party": a member who
    crosses to another party (the floor, or a party named: data "crossing_verbs", "crossed_objects", "crossing_preps",
    "crossed_to_nouns") loses the seat where an anti-defection law holds; only a vacancy rule's sentence reads it
    (crossing alone empties no seat)."""
    if tok.lemma_.lower() not in lexicon.crossing_verbs or tok.pos_ != "VERB":
        return False
    over = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.crossed_objects]
    to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in lexicon.crossing_preps for g in c.children
          if g.dep_ == "pobj" and (g.ent_type_ in ("PARTY", "ORG", "NORP") or g.lemma_ in lexicon.crossed_to_nouns)]
    return bool(over or to)


def _crossing_lost_the_seat(tok: Token, lexicon: Lexicon) -> bool:
    """A crossing of the floor loses the seat only where a ruling or the sentence says so: "the Speaker ruled he had
    crossed the floor", "crossed the floor and the Speaker declared his seat vacant", "lost the seat when he crossed",
    "the by-election was triggered after X crossed over"; a rival "who crossed the floor in 2019" lost nothing by it."""
    ruling = lexicon.ruling_causes
    if any(a.lower_ in ruling or a.lemma_.lower() in ruling for a in tok.ancestors):
        return True
    if any(_seat_made_vacant(t, lexicon) is not None for t in tok.sent if t.lower_ == "vacant"):
        return True
    # the crossing told in (or under) the clause of what emptied the seat or made the contest: "lost the seat when the
    # Speaker ruled he had crossed", "was held after X crossed the floor"
    return any(_why_clause(c) and (_loses_a_seat(c.head, lexicon) or _seat_emptied(c.head, lexicon)
                                   or c.head.lemma_ in lexicon.trigger_verbs or c.head.lemma_ == "hold")
               for c in (tok, *tok.ancestors))


@rule("triggers.leader-vacancy", "triggers", examples=[
    example("Ann Roe became Labour leader in 2019. After the death of leader Ann Roe, Tom Ure won the leadership.",
            "Ann Roe | death | Leader of the Labour Party")])
def _leadership_trigger(ctx: ArticleContext, sent: Span, people: list[Mention],
                        leaders: dict[str, str]) -> TriggerFact | None:
    """"Once leader Ann Roe had died, ... Tom Ure was the favourite for the leadership": a leader's death or
    resignation told in a sentence about the leadership makes the party's leadership election."""
    if not any(t.lower_ == "leadership" for t in sent):
        return None
    for index, cause in _causes_in(sent, ctx.lexicon):
        if cause not in ("death", "resignation"):
            continue
        for mention in people:
            person = ctx.name(mention)
            if person in leaders and (abs(mention.start - index) <= 4 or abs(mention.end - 1 - index) <= 4):
                party = leaders[person]
                years = [y for t in sent if (y := year_of(t)) is not None]
                year = years[0] if years else None
                seat = f"Leader of the {party}"
                label = election_label("leadership election", party, year)
                return TriggerFact(person, cause, seat, label, evidence_for(sent), year, ("triggers.leader-vacancy",))
    return None


def _to_run(sent: Span, index: int, lexicon: Lexicon) -> bool:
    """"Ann Roe quit the bench ... to run for the open Senate seat": who leaves a post to stand for the seat
    is a candidate for it, not the one who left it empty."""
    doc = sent.doc
    return any(doc[i].lower_ == "to" and doc[i + 1].lemma_ in lexicon.running_verbs
               for i in range(index + 1, min(index + 12, sent.end - 1)))


def _left_at_an_earlier_election(tok: Token, year: int | None, lexicon: Lexicon) -> bool:
    """"held it from 2002 until his retirement at the 2014 election", "Ann Roe, the MP for 27 years, retired in 2010,
    when Tom Ure held the seat": a member who stood down at an election (data "polling_nouns"), or left two or more
    years before the contest, left no seat that this by-election fills (a by-election follows its vacancy within
    months). Only the contest's own year (`year`, None when the article gives none) can be later: "triggered when Ann
    Roe resigned in 2023" in a later article tells the contest's vacancy, not an old one. And the early year must be
    the departure's own: in "resigned in 2021 as treasurer and in 2024 quit as MP" the later departure coordinated with
    it is the one that left the seat."""
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and g.lemma_ in lexicon.polling_nouns for g in c.children)
           for c in tok.children):
        return True
    if year is None:
        return False
    years = [_years_on(t) for t in [tok, *(c for c in tok.children if c.dep_ == "conj")]]
    return bool(years[0]) and all(d <= year - 2 for told in years if told for d in told)


def _years_on(tok: Token) -> list[int]:
    """The years "in" a verb's own phrases give ("retired in 2010"), not those of the clauses under it."""
    return [y for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
            if o.dep_ == "pobj" and (y := year_of(o)) is not None]


@rule("triggers.vacancy-in-term", "triggers", examples=[
    example("Tom Ure was elected in 2001 to complete the term of Ann Roe, whose death in June left the Fenby seat "
            "empty. Ure won the Fenby special election.", "Ann Roe | death | Fenby")])
def _term_trigger(ctx: ArticleContext, sent: Span, people: list[Mention],
                  results: list[ElectionFact]) -> TriggerFact | None:
    """"chosen to finish the term of Ann Roe, whose death in spring began the race": a vacancy
    in a holder's term, filled by the contest the article reports."""
    # the contest this sentence tells the result of ("X recaptured the seat held by the late Y"), else the article's
    contests = [r for r in results if r.seat and r.kind in VACANCY_KINDS]
    here = evidence_for(sent).start
    contest = next((r for r in contests if r.evidence.start == here), None) or _result_before(ctx, sent, contests) or (
        contests[0] if contests else None)
    if contest is None or not any(t.lower_ in ("term", "seat") for t in sent):
        return None
    published = ctx.published
    for index, cause in _causes_in(sent, ctx.lexicon):
        if cause not in ("death", "resignation") or _to_run(sent, index, ctx.lexicon):
            continue
        if cause == "resignation" and _left_at_an_earlier_election(sent.doc[index], contest.year, ctx.lexicon):
            continue
        person = _vacated_by(ctx.lexicon, sent, people, index, 4)
        left = _seat_left(ctx, sent.doc[index])  # "resigned the Kelby seat": that seat, not the first contest's
        if person is not None and left is not None and contest.seat and not _same_place(left, contest.seat):
            return None
        if person is not None:
            year = contest.year or (published.year if published else None)
            fronted = _fronted_seat(sent, ctx.lexicon)  # "In Hale ward, Ann Roe regained the seat after ...": that ward's
            seat, election = (fronted, election_label(contest.kind, fronted, year)) if fronted else (contest.seat, contest.election)
            return TriggerFact(ctx.name(person), cause, seat, election, evidence_for(sent), year, ("triggers.vacancy-in-term",))
    return None


#: a round-up's paragraph opened by its seat: "In Hale ward, ...", "In Fenby constituency, ..."
_FRONTED_SEAT = re.compile(r"^In ((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[\s–—-]*){1,4}) ?(\w+),")


def _fronted_seat(sent: Span, lexicon: Lexicon) -> str | None:
    """"In Hale ward, Ann Roe regained the seat after Tom Ure resigned": the seat a sentence opens with, named with its
    seat's word (data "seat_nouns"), is the seat of the contest and the vacancy it tells."""
    found = _FRONTED_SEAT.match(sent.text.strip())
    return found.group(1).strip() if found and found.group(2).lower() in lexicon.seat_nouns else None


def _result_before(ctx: ArticleContext, sent: Span, results: Sequence[ElectionFact]) -> ElectionFact | None:
    """"In Hale, Ann Roe defeated Tom Ure. The seat had fallen vacant on the death of Jo Platt": among several
    contests, a vacancy told after a result, in its paragraph and within two sentences, is that result's seat's."""
    if len({r.seat for r in results if r.seat}) < 2:
        return None
    return _last_result_before(ctx, sent, results)


def _last_result_before(ctx: ArticleContext, sent: Span, results: Sequence[ElectionFact]) -> ElectionFact | None:
    """The last of `results` told in the two sentences before `sent`, in its paragraph: what a vacancy told next to it
    looks back to."""
    doc = ctx.doc
    floor = sent.start
    for _ in range(2):
        if floor == 0 or "\n" in doc[floor - 1].text_with_ws:
            break
        floor = doc[floor - 1].sent.start
    start, end = doc[floor].idx, evidence_for(sent).start
    before = [r for r in results if r.seat and start <= r.evidence.start < end]
    return max(before, key=lambda r: r.evidence.start) if before else None


def _replaced(ctx: ArticleContext, verb: Token) -> Mention | None:
    """The one a verb says was replaced: "replaces X", "succeeds X", "taking over the seat from X"."""
    if verb.pos_ != "VERB":
        return None
    if verb.lemma_ in ctx.lexicon.replacing_verbs:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    elif verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        # "from" on the verb, or on its object ("taking over the seat from X")
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        objects = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                   if g.dep_ == "pobj"]
    else:
        return None
    named = next((ctx.by_token[c.i] for c in objects if c.i in ctx.by_token), None)
    if named is not None or not objects:
        return named
    # "from her brother in law, Defence minister X": a description, then the name it describes (no verb between)
    after = ctx.doc[objects[0].i + 1 : min(objects[0].i + 9, objects[0].sent.end)]
    for tok in after:
        if tok.i in ctx.by_token:
            return ctx.by_token[tok.i]
        if tok.pos_ in ("VERB", "AUX"):
            break
    return None


def _why_replaced(ctx: ArticleContext, sent: Span, replaced: Mention) -> str | None:
    """Why the one replaced left: a departure told just after the name ("X, who resigned in March"), or a new
    office before it ("new Fenby Mayor X": elected to another office)."""
    for index, cause in _causes_in(sent, ctx.lexicon):
        if replaced.end <= index <= replaced.end + 12 and not hypothetical(sent.doc[index], ctx.lexicon):
            return cause
    before = ctx.doc[max(sent.start, replaced.start - 4) : replaced.start]
    if any(t.lower_ == "new" for t in before) and _office_before(ctx, replaced) is not None:
        return "election to another office"
    return None


@rule("triggers.winner-replaces", "triggers", examples=[
    example("Ann Roe won the Fenby by-election for Labour. She replaces Tom Ure, who resigned in March.",
            "Tom Ure | resignation | Fenby"),
    example("Ann Roe won the Fenby by-election. It was her third attempt, taking over the seat from new Hale Mayor Tom Ure.",
            "Tom Ure | election to another office | Fenby")])
def _replaced_trigger(ctx: ArticleContext, sent: Span, known: _Known) -> TriggerFact | None:
    """"She succeeds Tom Ure, who retired last autumn", "taking over the seat from new Mayor X": the
    by-election's winner (or someone the sentence does not name) replaces someone whose departure or new office
    the sentence tells; that departure made the vacancy. Among several by-elections, the one the successor won."""
    by_token, mentions, resolved = ctx.by_token, list(ctx.mentions), dict(ctx.resolved)
    for verb in sent:
        replaced = _replaced(ctx, verb)
        if replaced is None:
            continue
        successor = subject_person(sent.doc, verb, by_token, mentions, resolved, ctx.lexicon)
        if successor is None and _chosen_by_a_body(ctx, verb):
            continue
        won = _won_by(ctx, known, ctx.name(successor) if successor is not None else None)
        if won is None or ctx.name(replaced) == won[0]:
            continue
        cause = _why_replaced(ctx, sent, replaced) if successor is None or ctx.name(successor) == won[0] else None
        if cause is not None:
            return TriggerFact(ctx.name(replaced), cause, won[1], won[2], evidence_for(sent), won[3], ("triggers.winner-replaces",))
    return None


def _chosen_by_a_body(ctx: ArticleContext, verb: Token) -> bool:
    """"the council elected Ann Roe as mayor, replacing Tom Ure": the one who replaces is the one a body chose (the
    object of its electing verb), not a by-election's winner, and the body's choice is no by-election."""
    owner = verb.head if verb.dep_ == "advcl" and verb.head is not verb else None
    return owner is not None and owner.lemma_ in ctx.lexicon.electing_verbs and any(
        c.dep_ == "dobj" and c.i in ctx.by_token for c in owner.children)


def _won_by(ctx: ArticleContext, known: _Known, successor: str | None) -> tuple[str, str | None, str, int | None] | None:
    """The by-election a successor won (winner, seat, election, year); with no successor named, the article's."""
    published = ctx.published
    results = [r for r in known.results if r.seat and r.kind in VACANCY_KINDS and r.winner]
    result = next((r for r in results if r.winner == successor), None if successor else known.contest)
    if result is None or not result.winner:
        return None
    return result.winner, result.seat, result.election, result.year or (published.year if published else None)


def _voters_in(verb: Token) -> Span | None:
    """"Voters in Fenby and Upton go to the polls to choose ...": the place whose voters the sentence's subject are."""
    head = verb
    while head.dep_ in ("advcl", "xcomp", "conj") and head.head.i != head.i:
        head = head.head
    voters = next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_ == "voter"), None)
    place = next((g for c in voters.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                  if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) if voters is not None else None
    if place is None:
        return None
    last = max(t.i for t in place.subtree)
    return verb.doc[min(t.i for t in place.subtree) : last + 1] if all(t.pos_ in ("PROPN", "CCONJ", "PUNCT") or t.lower_ == "&"
                                                                      for t in place.subtree) else None


@rule("triggers.successor-chosen", "triggers", examples=[
    example("Voters in Fenby go to the polls on Thursday to choose a successor to Ann Roe, who represented the seat until "
            "her death in January.", "Ann Roe | death | Fenby", published="1995-03-01")])
def _successor_chosen(ctx: ArticleContext, sent: Span) -> TriggerFact | None:
    """"Voters in Fenby go to the polls to choose a successor to Ann Roe, who died in January": a place's voters choosing
    someone's successor, whose departure the sentence tells as done ("who plans to resign" is not), is that place's
    by-election and its vacancy, though the article never says "by-election"."""
    for noun in sent:
        verb = noun.head
        if noun.lower_ != "successor" or noun.dep_ != "dobj" or verb.lemma_ not in ctx.lexicon.electing_verbs \
                or hypothetical(verb, ctx.lexicon):
            continue
        replaced = next((ctx.by_token[g.i] for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                         if g.dep_ == "pobj" and g.i in ctx.by_token), None)
        place = _voters_in(verb)
        cause = next((c for i, c in _causes_in(sent, ctx.lexicon) if replaced is not None and replaced.end <= i <= replaced.end + 12
                      and ctx.doc[i].tag_ in ("VBD", "VBN", "NN", "NNS") and not hypothetical(ctx.doc[i], ctx.lexicon)), None)
        if replaced is None or place is None or cause is None or place.text == ctx.name(replaced):
            continue
        published = ctx.published
        year = published.year if published else event_date(sent, published)[1]
        return TriggerFact(ctx.name(replaced), cause, place.text, election_label("by-election", place.text, year), evidence_for(sent),
                           year, ("triggers.successor-chosen",))
    return None


def _office_elected(ctx: ArticleContext, sent: Span) -> tuple[Token, Token] | None:
    """"The parliament elected Tom Ure as premier", "Ure was elected Speaker": (the electing verb, the office's word) of
    an office one person holds at a time (data "one_holder_offices"), chosen by a vote in the sentence."""
    offices = ctx.lexicon.one_holder_offices
    for verb in sent:
        if verb.lemma_.lower() not in ctx.lexicon.electing_verbs or verb.pos_ != "VERB" or hypothetical(verb, ctx.lexicon):
            continue
        posts = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
        posts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        posts += [g for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "prep" and a.lower_ == "as"
                  for g in a.children if g.dep_ == "pobj"]  # "elected Tom Ure as premier", the "as" hung on the name
        for post in posts:
            two = f"{post.doc[post.i - 1].lower_} {post.lower_}" if post.i > sent.start else ""
            if (post.lower_ in offices or two in offices) and not _private_body(verb, ctx.lexicon, [post]):
                return verb, post
    return None


def _predecessor_named(ctx: ArticleContext, noun: Token) -> Mention | None:
    """"after his predecessor Ann Roe stepped down": the one a "predecessor" noun names (the name just after it)."""
    if noun.lower_ not in ("predecessor", "predecessors") or noun.i + 1 >= noun.sent.end:
        return None
    after = noun.i + 2 if ctx.doc[noun.i + 1].text == "," else noun.i + 1  # "his predecessor, Ann Roe,"
    return ctx.by_start.get(after)


@rule("triggers.successor-elected", "triggers", examples=[
    example("The state parliament elected Tom Ure as premier, succeeding Ann Roe, who resigned for health reasons.",
            "Ann Roe | resignation | Premier")])
def _successor_elected(ctx: ArticleContext, sent: Span) -> TriggerFact | None:
    """"Parliament elected Tom Ure as premier, succeeding Ann Roe, who resigned": an office one person holds at a
    time, filled by a vote after its holder left; the departure the sentence tells of the one replaced made that
    election (the office is the seat). A replaced holder whose leaving is not told makes nothing."""
    elected = _office_elected(ctx, sent)
    if elected is None:
        return None
    verb, post = elected
    chosen = {ctx.person_at[t.i] for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree if t.i in ctx.person_at}
    for tok in sent:
        replaced = _replaced(ctx, tok) or _predecessor_named(ctx, tok)
        if replaced is None or ctx.name(replaced) in chosen:
            continue
        cause = _why_replaced(ctx, sent, replaced)
        if cause is None:
            continue
        two = ctx.doc[post.i - 1 : post.i + 1].text if post.i > sent.start else ""
        office = two if two.lower() in ctx.lexicon.one_holder_offices else post.text
        seat = office[0].upper() + office[1:]
        published = ctx.published
        year = event_date(sent, published)[1] or (published.year if published else None)
        kind = ctx.lexicon.contest_offices.get(office.lower(), f"{office.lower()} election")
        return TriggerFact(ctx.name(replaced), cause, seat, election_label(kind, None, year), evidence_for(sent), year,
                           ("triggers.successor-elected",))
    return None


def _district_in(sent: Span, lexicon: Lexicon) -> str | None:
    """"In Fenby's No. 5 district, ...": the place whose district (constituency, riding) a sentence is set in. The
    parser may hang the place on "in" beside the district ("No. 5 Lower House electoral district" read as a second
    object), so the place is the one owning ("'s") a word between "in" and the district."""
    doc = sent.doc
    for tok in sent:
        if tok.lemma_ in lexicon.seat_words and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            owners = [t for t in doc[tok.head.i + 1 : tok.i] if t.ent_type_ in ("GPE", "LOC") and doc[t.i + 1].text in POSSESSIVES]
            place = next((e for e in sent.ents if owners and e.start <= owners[0].i < e.end), None)
            if place is not None:
                return place.text
    return None


@rule("triggers.contest-to-replace", "triggers", examples=[
    example("Two by-elections are due this month. In Fenby's 5th district, three hopefuls are vying to replace ex-minister "
            "Tom Ure, who died last year.", "Tom Ure | death | Fenby")])
def _contest_to_replace(ctx: ArticleContext, sent: Span, known: _Known) -> TriggerFact | None:
    """"three hopefuls vie to replace X, who died last year": a contest for the seat of someone whose
    departure the sentence tells, in the place (or the district) the sentence is set in."""
    if known.main is None:
        return None
    for verb in sent:
        if verb.lemma_ not in ctx.lexicon.replacing_verbs or verb.dep_ != "xcomp" or verb.head.lemma_ not in ctx.lexicon.contending_verbs:
            continue
        replaced = _replaced(ctx, verb)
        cause = _why_replaced(ctx, sent, replaced) if replaced is not None else None
        seat = _district_in(sent, ctx.lexicon) or _place_in(sent, ctx.lexicon) or (None if known.several else known.main.seat)
        if replaced is None or cause is None or seat is None:
            continue
        year = known.main.year or (ctx.published.year if ctx.published else None)
        return TriggerFact(ctx.name(replaced), cause, seat, election_label(known.main.kind, seat, year), evidence_for(sent),
                           year, ("triggers.contest-to-replace",))
    return None


_BECAUSE = ("after", "because", "following")


def _why_clause(clause: Token) -> bool:
    """"vacated when its MP was recalled", "lost the seat after he crossed the floor": a clause that tells when or why
    the verb it hangs on befell a seat (its "when" or "after"; the parser may hang "after X was elected" on the verb as
    a conjunct, its "after" a preposition between them), and so what emptied it."""
    if clause.dep_ not in ("advcl", "conj") or clause.head.i >= clause.i:
        return False
    marks = ("when", *_BECAUSE)
    if any(g.dep_ in ("advmod", "mark") and g.lower_ in marks for g in clause.children):
        return True
    return any(t.lower_ in marks for t in clause.doc[clause.head.i + 1 : clause.i])


def _new_holder_after(tok: Token, lexicon: Lexicon) -> bool:
    """"voters chose a new MP once Ann Roe had resigned, after ...": a new holder chosen after a vacancy."""
    doc = tok.doc
    return (tok.lower_ == "new" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in lexicon.seat_holders
            and any(t.lower_ in _BECAUSE for t in doc[tok.i + 2 : tok.sent.end]))


def _fell_vacant(tok: Token, lexicon: Lexicon) -> bool:
    """"Fenby became vacant after Ann Roe quit", "the seat fell vacant after ...", "his seat was declared vacant", "It fell
    vacant in May, when ...": a seat left empty ("it" of an article's contest is its seat: a party does not fall vacant)."""
    if tok.lower_ != "vacant" or tok.dep_ not in ("acomp", "oprd", "attr", "advmod"):
        return False
    if _seat_made_vacant(tok, lexicon) is not None:
        return True
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (_seat_subject(subject, lexicon) or subject.lower_ == "it" and _it_a_seat(tok, lexicon))


def _it_a_seat(tok: Token, lexicon: Lexicon) -> bool:
    """"It fell vacant in May": "it" is a seat when the sentence before names one or its contest, and nothing places the
    vacancy elsewhere ("it fell vacant at the bakery": a job)."""
    if any(c.dep_ == "prep" and c.lower_ == "at" for c in (*tok.children, *tok.head.children)):
        return False
    sent = tok.sent
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(t.lemma_ in lexicon.seat_words or t.lower_ in lexicon.race_nouns or t.lemma_ in lexicon.contest_nouns for t in before)


def _seat_subject(subject: Token, lexicon: Lexicon) -> bool:
    """A subject that names a seat: a seat's word ("the seat", "that riding") or a place's name (no person's)."""
    return subject.lemma_ in lexicon.seat_words or subject.lower_ in lexicon.seat_words or (
        subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON")


def _seat_made_vacant(tok: Token, lexicon: Lexicon) -> Token | None:
    """"his seat (was) declared vacant", "declared the Fenby seat vacant": the seat word "declared vacant" (the verb's
    object, or the subject of a passive or of a clause without its auxiliary). ("His death leaves the seat vacant" is left
    out: "his" was too often taken for another than the one who died.)"""
    if tok.lower_ != "vacant" or tok.dep_ not in ("oprd", "acomp") or tok.head.pos_ != "VERB" or tok.head.lemma_ != "declare":
        return None
    own = [c for c in tok.children if c.dep_ == "compound"]  # "declared the Fenby seat vacant" parsed as one noun phrase
    return next((c for c in [*tok.head.children, *own] if c.dep_ in ("dobj", "nsubjpass", "nsubj", "compound")
                 and c.lemma_ in lexicon.seat_words), None)


def _seat_vacated(tok: Token, lexicon: Lexicon) -> bool:
    """"a seat X vacated", "as X and Y vacated the seats": a seat left empty by someone the
    verb itself names (its subject, or "by")."""
    if tok.lemma_ != "vacate":
        return False
    if not any(c.dep_ in ("nsubj", "agent") for c in tok.children):
        # "Fenby was vacated when its MP was recalled": a seat vacated, the clause after it telling by whom and how (a
        # name vacated is a place's, whatever the model took it for: no person is vacated)
        return any(c.dep_ == "nsubjpass" and (_seat_subject(c, lexicon) or c.pos_ == "PROPN") for c in tok.children) and any(
            c.dep_ == "advcl" and _why_clause(c) for c in tok.children)
    if tok.dep_ in ("acl", "relcl") and tok.head.lower_ in lexicon.vacated_seat_nouns:
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lexicon.vacated_seat_nouns for c in tok.children)


def _left_the_house(tok: Token, lexicon: Lexicon) -> bool:
    """"X quit the party and the Lower House", "resigned from parliament": a member leaving the chamber."""
    if not (lexicon.causes.get(fold(tok.text)) == "resignation" or tok.lemma_ == "leave") or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    return any(fold(t.text) in lexicon.houses and (t.pos_ == "PROPN" or t.lower_ in ("parliament", "legislature"))
               for o in objects for t in _together(o))


def _vacancy_arose(tok: Token, lexicon: Lexicon) -> bool:
    """"The seat opened when the House voted to expel X", "the seat opened up after X resigned": the seat itself the
    subject of the verb that tells how it came empty. ("The vacancy arose when ..." is `_the_vacancy_came`'s, with the
    guards a bare "vacancy" needs.)"""
    if tok.lemma_ != "open" or tok.pos_ != "VERB" or not any(c.dep_ in ("advcl", "prep") for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_ in lexicon.seat_words and not any(c.dep_ == "dobj" for c in tok.children)


def _the_vacancy_came(tok: Token, lexicon: Lexicon) -> bool:
    """"The vacancy arose when Ann Roe resigned", "The vacancy followed the death in April of Cllr Tom Ure", "the vacancy
    arose from the death of ...": the vacancy itself the subject of the verb that tells what made it (a clause, a
    preposition of cause, or the event it followed), so the sentence speaks of the contest that fills it. A vacancy
    with an owner or a place of its own ("a vacancy on the board", "the Fenby vacancy") is not the contest's."""
    if tok.lemma_ not in lexicon.vacancy_arising_verbs or tok.pos_ != "VERB":
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_ not in lexicon.vacancy_nouns or any(
            c.dep_ in ("prep", "compound", "poss", "amod") for c in subject.children):
        return False
    return any(c.dep_ in ("advcl", "prep", "dobj") for c in tok.children) and not (
        _left_another_post(tok, lexicon) or _post_set_up_before(tok.sent, lexicon))


def _left_another_post(verb: Token, lexicon: Lexicon) -> bool:
    """"The vacancy arose when Jo Platt resigned as chair": a vacancy whose cause is leaving a post that is no seat
    ("as" a title no member holds, the test `_other_post` makes) is that post's, not the contest's."""
    under = {t.i for t in verb.subtree}
    return any(i in under and any(not _a_seat_word(o, lexicon) for o in _left_objects(verb.doc[i], ("as",)))
               for i, _ in _causes_in(verb.sent, lexicon))


def _post_set_up_before(sent: Span, lexicon: Lexicon) -> bool:
    """"Kelby council must now choose a new chair. The vacancy arose when ...": "the vacancy" is what the sentence just
    before set up to fill; there a body choosing a leader, a chair or a speaker (data "electing_verbs",
    "appointing_verbs" and "leadership_words") makes it that post's, not a seat's."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return any(t.lemma_ in lexicon.electing_verbs | lexicon.appointing_verbs and t.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_ in lexicon.leadership_words for c in t.children) for t in before)


def _held_after(tok: Token, lexicon: Lexicon) -> bool:
    """"The poll was held after X stood down", "the by-election is being held following the death of X": the contest
    held after (or because of) a departure."""
    if tok.lemma_ != "hold" or not any(c.dep_ == "nsubjpass" and c.lemma_ in lexicon.contest_nouns for c in tok.children):
        return False
    return any(c.lower_ in _BECAUSE or any(g.dep_ == "mark" and g.lower_ in _BECAUSE for g in c.children) for c in tok.children)


def _opening_trigger(tok: Token, lexicon: Lexicon) -> bool:
    """"Called after Cllr Ann Roe was disqualified ...", "Triggered by the death of ...": a round-up's line about its
    contest, opened by the verb that made it, the contest left unsaid."""
    doc = tok.doc
    return (tok.i == tok.sent.start and tok.tag_ == "VBN" and tok.lemma_.lower() in lexicon.trigger_verbs
            and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("after", "by", "when", "following"))


def _recall_petition(tok: Token) -> bool:
    """"which triggered a recall petition": in an article about a by-election, the recall that unseated its member."""
    return tok.lower_ == "recall" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lemma_.lower() == "petition"


def _held_until(tok: Token, lexicon: Lexicon) -> bool:
    """"Ure held the seat from 1997 until his death", "sat for Fenby until ...": a member's term ended by a death or
    a resignation (a minister's "served as minister until" is no seat's)."""
    if lexicon.causes.get(fold(tok.text)) not in ("death", "resignation"):
        return False
    if tok.head.lower_ == "until":
        verb = tok.head.head
    elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in tok.children):  # "until he died"
        verb = tok.head
    else:
        return False
    held = [c for c in verb.children if c.dep_ == "dobj"] + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                                                               for g in c.children if g.dep_ == "pobj"]
    if (verb.lemma_ == "be" or verb.lemma_ in lexicon.holding_verbs) and _member_for(verb, lexicon):
        return True
    return verb.lemma_ in lexicon.holding_verbs and any(
        t.lemma_ in lexicon.seat_words or t.lemma_ in lexicon.held_places or t.pos_ == "PROPN" for t in held)


def _member_for(verb: Token, lexicon: Lexicon) -> bool:
    """"had been the MP for Fenby", "served as member for Hale": a seat's member (its place named with "for"), not a
    minister's office."""
    members = [c for c in verb.children if c.dep_ == "attr"]
    members += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(m.lower_ in lexicon.seat_holders and any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.pos_ == "PROPN" for g in c.subtree) for c in m.children) for m in members)


def _about_the_contest(sent: Span, lexicon: Lexicon) -> bool:
    """A sentence that speaks of the article's by-election without naming it: "The contest was triggered
    when ...", "Voters go to the polls after ...", "to pick a new MSP after ...", "Fenby became vacant
    after ...", "a seat vacated by ...", "X quit the Lower House"."""
    for tok in sent:
        if (_new_holder_after(tok, lexicon) or _fell_vacant(tok, lexicon) or _seat_vacated(tok, lexicon) or _left_the_house(tok, lexicon)
                or _recall_petition(tok) or _held_until(tok, lexicon) or _held_by_the_dead(tok, lexicon) or _kept_the_other(tok, lexicon)):
            return True
        if tok.lemma_ in lexicon.trigger_verbs and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in lexicon.contest_nouns
                                                       for c in tok.children):
            return True
        if _made_the_contest(tok, lexicon):
            return True
        if _vacancy_arose(tok, lexicon) or _the_vacancy_came(tok, lexicon) or _held_after(tok, lexicon) \
                or _opening_trigger(tok, lexicon) or _seat_lost_when(tok, lexicon) or _seat_left_for(tok, lexicon):
            return True
        if tok.lower_ == "polls" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "to" and any(
                t.lower_ in _BECAUSE for t in tok.doc[tok.i + 1 : sent.end]):
            return True
    return False


def _seat_lost_when(tok: Token, lexicon: Lexicon) -> bool:
    """"won back the seat it lost when its MP crossed to the ruling party", "Ure, who lost the seat in January when the
    Speaker ruled he had crossed the floor": a seat lost to what befell its member (a clause of "when" or "after" on
    "lost"; "lost her seat in 2017" is a defeat, told with no such clause)."""
    return _loses_a_seat(tok, lexicon) and any(c.dep_ == "advcl" and _why_clause(c) for c in tok.children)


def _loses_a_seat(tok: Token, lexicon: Lexicon) -> bool:
    """"lost the seat", "the seat it lost", "which cost him his seat": a seat's loss, by a defeat or by what befell its
    member."""
    return tok.lemma_ in lexicon.seat_losing_verbs and tok.pos_ == "VERB" and (
        any(c.dep_ == "dobj" and c.lemma_ in lexicon.seat_words for c in tok.children)
        or tok.dep_ == "relcl" and tok.head.lemma_ in lexicon.seat_words)


def _made_the_contest(tok: Token, lexicon: Lexicon) -> bool:
    """"X, the MLA whose death in August necessitated the bypoll", "his resignation forced the poll", "stepped down,
    triggering the special election": a verb that makes a contest with the contest its object ("the" one, or "a" new one),
    a cause its subject or the verb of leaving it hangs from."""
    if tok.lemma_ not in lexicon.trigger_verbs or tok.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and (c.lemma_ in lexicon.contest_nouns or c.lower_ in lexicon.race_nouns or any(
        fold(g.text) in lexicon.race_nouns for g in c.children if g.dep_ == "compound"))
        and not any(g.dep_ == "prep" and g.lower_ in ("on", "over", "about") for g in c.children)  # "a vote on the budget"
        for c in tok.children)


@dataclass(frozen=True)
class _Known:
    """What the trigger rules read besides the sentence, worked out once per article rather than per sentence."""

    results: list[ElectionFact]
    #: person -> the party they lead, for a leader's vacancy
    leaders: dict[str, str]
    #: the by-election the article reports a result of, if any
    contest: ElectionFact | None
    #: the by-elections and special elections the text names
    vacancy: list[ElectionMention]
    #: the one a sentence about "the contest" means: the primary seat's, else the first named
    main: ElectionMention | None
    #: the seat the article is about (kg.extract.elections.primary_seat)
    primary: str | None
    #: the article tells of several by-elections ("three by-elections", or two seats named)
    several: bool = False
    #: who stands in the article's by-election (its winners and candidates): none of them left the seat
    standing: frozenset[str] = frozenset()
    #: person -> the seats the article says they sit for ("the MP for Fenby", "Fenby MP X")
    member_seats: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: a round-up's sections with their seats (_round_up_sections), read once rather than for every vacancy sentence
    round_up: tuple[tuple[int, str | None], ...] = ()
    #: the sections a vacancy's seat is read from: the round-up's, else the capitals headings (_capital_headings)
    headings: tuple[tuple[int, str | None], ...] = ()

    @property
    def won(self) -> str | None:
        """The seat the article's contest was won in, for when its by-election is never named with its seat."""
        return self.contest.seat if self.contest else None


def _a_place(seat: str, ctx: ArticleContext) -> bool:
    """A vacancy's seat is a place: not a member's title ("MEP"), a short capitals name a party goes by ("SP MLA Tom
    Ure"), nor words a line opens with that name no place ("How B.C.'s by-election rules work": a question or relative
    word, as kg.extract.elections reads a seat's start; a common word may open a place: "Much Hadley", "Third Ward")."""
    words = seat.split()
    first = words[0].lower() if words else ""
    if not first or any(t.lower_ == first and t.tag_ in QUESTION_TAGS for t in ctx.doc):
        return False
    if fold(seat) in ctx.lexicon.member_heads or fold(seat) in ctx.lexicon.seat_holders:
        return False
    bare = seat.replace(".", "")
    return not (bare.isalpha() and bare.isupper() and len(bare) <= 4)


#: tags of words a seat's name never is: a pronoun, a possessive or a question word read as a place ("Our by-election
#: tracker", "Which by-election"); not every determiner: "All Saints" and "Both Ends" are places
_NO_PLACE_TAGS = frozenset({"PRP", "PRP$", "WDT"})
#: the determiners a place's name never opens with, the demonstratives and possessives ("This by-election", "His seat")
_NO_PLACE_DETERMINERS = frozenset({"this", "that", "these", "those", "our", "your", "my", "their", "his", "her", "its"})


def _sentence_opener(tok: Token) -> bool:
    """The first word of its sentence or of a quotation ("'Midwinter by-elections rarely...'"): capitalised for its
    position, whatever it is."""
    before = [t for t in tok.doc[tok.sent.start : tok.i] if not t.is_punct]
    return not before or tok.i > 0 and tok.doc[tok.i - 1].is_quote


def _misread_seat(ctx: ArticleContext, election: ElectionMention) -> bool:
    """A contest's seat read from a word that names no place, so that no vacancy may take it: a pronoun or a
    demonstrative or possessive determiner ("Our by-election tracker"), or one ordinary word capitalised only by opening
    a sentence ("Midwinter by-elections rarely...": the article writes it nowhere else with a capital but at a
    sentence's start; "Reading" a place is written so mid-sentence too)."""
    seat = election.seat
    if not seat:
        return False
    words = seat.split()
    near = ctx.doc[max(0, election.start - len(words) - 4) : election.end]  # the seat is told before the contest's noun
    starts = [t.i for t in near if ctx.doc[t.i : t.i + len(words)].text == seat]
    if not starts:
        return False
    first = ctx.doc[starts[-1]]
    if first.tag_ in _NO_PLACE_TAGS or first.lower_ in _NO_PLACE_DETERMINERS:
        return True
    if len(words) > 1 or not ordinary_word(seat):
        return False
    return all(_sentence_opener(t) for t in ctx.doc if t.text == seat)


_Contest = TypeVar("_Contest", ElectionMention, ElectionFact)


def _countrywide(told: _Contest) -> _Contest:
    """"Ruling party keeps Fenby seat in Ashmoor by-election": a by-election (or its result) named by its country names
    no seat (kg.extract.elections.stated_seat drops it: a by-election is for a seat within a country; a special election
    may be a whole state's, "the United States Senate special election", and keeps its name), so it is a
    contest whose seat is untold, read from the sentences that tell it, and not a seat to give every vacancy. (A
    region or a state so named stays: a round-up "UP bypolls" names its seats in headings a vacancy is not read from.)"""
    if told.seat and told.kind == "by-election" and fold(told.seat) in _country_names():
        return replace(told, seat=None)
    return told


def _known(ctx: ArticleContext, roles: Sequence[RoleFact], results: Sequence[ElectionFact]) -> _Known:
    """The article's contests and leaders, read once: every sentence's rules consult them (a contest whose seat is no
    place, "the MEP election", "How B.C.'s by-election", is none of the article's by-elections)."""
    elections = [e for e in ctx.elections if e.seat is None or _a_place(e.seat, ctx)]
    primary = primary_seat(ctx.doc, elections, ctx.lexicon)
    leaders = {r.person: r.party for r in roles if r.role in ("leader", "party leader") and r.party}
    contest = next((r for r in results if r.seat and r.kind in VACANCY_KINDS and _a_place(r.seat, ctx)), None)
    # "filled by the party rather than by by-election": a contest named only to deny it is none the article reports
    vacancy = [e for e in elections if e.kind in VACANCY_KINDS and not _forgone(ctx.doc, _before_contest(ctx.doc, e.start), ctx.lexicon)]
    main = next((e for e in vacancy if e.seat == primary), vacancy[0] if vacancy else None)
    several = len({e.seat for e in vacancy if e.seat}) > 1 or any(ctx.doc[e.end - 1].lower_.endswith("s") for e in vacancy)
    return _Known(list(results), leaders, contest, vacancy, main, primary, several)


def _hangs_from(tok: Token, cause: Token) -> bool:
    """`tok` is part of the cause's own phrase: no other verb stands between them."""
    head = tok.head
    while head.i != cause.i:
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return False
        head = head.head
    return True


def _vacated_by(lexicon: Lexicon, sent: Span, people: list[Mention], index: int, reach: int = 6) -> Mention | None:
    """Whose vacancy the cause at `index` is: a cause names its person with "of" more reliably than by distance."""
    doc = sent.doc
    # "after Ann Roe was appointed minister by the president": the one a passive cause befell, not its agent
    cause = doc[index]
    # "Tom Ure quit the House": who does the leaving, unless the cause is done to someone ("Roe expelled Ure")
    # ("Fenby was vacated when ...": what is vacated is the seat, never who left it)
    subjects = ("nsubjpass",) if cause.lemma_ in lexicon.done_to_causes else ("nsubj",) if cause.lemma_ == "vacate" else (
        "nsubjpass", "nsubj")
    own = [m for c in _bearer(cause).children if c.dep_ in subjects for m in people if m.start <= c.i <= m.end - 1]
    if cause.lemma_ in lexicon.done_to_causes and cause.pos_ == "VERB":  # "the governor appointed X", "voted to expel X"
        # "expelled the sitting MPs, X and Y": the object, or the names set beside it
        objects = [o for c in cause.children if c.dep_ == "dobj" for o in (c, *_beside(c))]
        own = own or [m for c in objects for m in people if m.start <= c.i <= m.end - 1]
    whose = _relative_head(cause, lexicon)  # "X, the MPP for Fenby, who died in June": the one the "who" clause is of
    own = own or [m for m in people if whose is not None and m.start <= whose.i < m.end]
    if own:
        return own[0]
    # "the elevation to the Lords of Tory MP Tom Ure", "the seat vacated by X", "the resignation of the Fenby seat by X":
    # the person the cause is "of" or "by" (not one of a clause inside it: "over kickbacks led by Y"), else the nearest
    of = [m for c in cause.subtree if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by") and _hangs_from(c, cause)
          for m in people if any(m.start <= t.i < m.end for t in c.subtree)]
    # "the death in January of the Independent TD X": an "of" just after a date the cause was in
    of = of or [m for c in doc[index + 1 : min(index + 5, sent.end)] if c.lower_ == "of"
                for m in people if any(m.start <= t.i < m.end for t in c.subtree)]
    of = of or [m for c in cause.children if c.dep_ == "prep" and c.lower_ == "of" for m in [_set_beside_of(c, people)] if m]
    if cause.lemma_ == "vacate":  # "vacated the seat": who vacated is its subject or its "by", never a name nearby
        return of[0] if of else _just_after_by(cause, people)
    near = of or [m for m in people if abs(m.start - index) <= reach or abs(m.end - 1 - index) <= reach]
    if not near:
        return None
    return min(near, key=lambda m: min(abs(m.start - index), abs(m.end - 1 - index)))


def _set_beside_of(of: Token, people: list[Mention]) -> Mention | None:
    """"the death of the constituency's long-serving MP, Ann Roe, in May", "the death of his father, sitting MLA Tom Ure,
    in June": the name set beside what the cause is "of", which the parser often hangs elsewhere; only a name closed
    like an apposition (a comma or the sentence's end after it), with no more than a title between the comma and it."""
    doc, end = of.doc, of.right_edge.i + 1
    if end >= of.sent.end or doc[end].text != ",":
        return None
    for tok in doc[end + 1 : min(end + 5, of.sent.end)]:
        named = next((m for m in people if m.start == tok.i), None)
        if named is not None:
            after = doc[named.end] if named.end < len(doc) else None
            return named if after is None or after.text in (",", ".", ";") or after.i >= of.sent.end else None
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB") or tok.tag_ not in ("NNP", "NN", "JJ", "VBG"):
            return None
    return None


def _beside(noun: Token) -> list[Token]:
    """The names set beside a noun in apposition, and those joined to them: "the sitting MPs, Ann Roe and Tom Ure"."""
    named = [c for c in noun.children if c.dep_ == "appos"]
    return named + [t for c in named for t in c.subtree if t.dep_ == "conj"]


def _bearer(cause: Token) -> Token:
    """The word whose subject a cause befalls: the cause itself, or for an adjective the verb it completes ("she had been
    ineligible")."""
    return cause.head if cause.pos_ == "ADJ" and cause.dep_ == "acomp" else cause


def _just_after_by(cause: Token, people: list[Mention]) -> Mention | None:
    """"The seat was vacated by BJP MLA Ann Roe after ...", the parser hanging the name on the verb (or the title alone on
    "by"): the name "by" opens, past titles and a party (no verb or punctuation between)."""
    by = next((c for c in cause.children if c.dep_ == "agent"), None)
    if by is None:
        return None
    for tok in cause.doc[by.i + 1 : min(by.i + 6, cause.sent.end)]:
        named = next((m for m in people if m.start == tok.i), None)
        if named is not None:
            return named
        if tok.pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
            return None
    return None


def _past_descriptions(head: Token, named: Callable[[Token], bool], deps: tuple[str, ...]) -> Token:
    """The name a relative clause hung on `head` is of, past the descriptions set beside it: "Ann Roe, the MP, who
    died", "Ann Roe, the MP and one-time aide to the minister, whose death ..." (the parser hangs the clause on the
    last noun): up the arcs `deps` until a token `named` says is the person's."""
    while not named(head) and head.dep_ in deps and head.head.i != head.i:
        head = head.head
    return head


def _relative_head(verb: Token, lexicon: Lexicon) -> Token | None:
    """The name a "who" clause is of: "Ann Roe, the MP, who died" -> Roe (the clause's own head when no name is
    found past the descriptions)."""
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lexicon.relative_pronouns for c in verb.children):
        return None
    head = _past_descriptions(verb.head, lambda t: t.ent_type_ == "PERSON", ("appos", "conj", "pobj", "prep"))
    return head if head.ent_type_ == "PERSON" else verb.head


def _held_by_the_dead(tok: Token, lexicon: Lexicon) -> bool:
    """"The seat had been held since 1995 by Ann Roe, the MPP, who died in June": a holder's death or resignation
    told with the seat they held ("it", "the seat" the subject of a passive "held" or "represented")."""
    if lexicon.causes.get(fold(tok.text)) not in ("death", "resignation") or tok.pos_ != "VERB":
        return False
    holder = _relative_head(tok, lexicon)
    agent = holder.head if holder is not None and holder.dep_ == "pobj" else None
    verb = agent.head if agent is not None and agent.dep_ == "agent" else None
    return verb is not None and verb.lemma_ in lexicon.holding_verbs and any(
        c.dep_ == "nsubjpass" and (c.lower_ == "it" or c.lemma_ in lexicon.seat_words) for c in verb.children)


def _place_left_empty(sent: Span, lexicon: Lexicon) -> str | None:
    """"Fenby was vacated when ...", "Hale North fell vacant after ...": the place a sentence says was left empty, its
    subject's name (whatever the model took it for: no person is vacated)."""
    for tok in sent:
        if not (tok.lemma_ == "vacate" or tok.lower_ == "vacant" and tok.dep_ in ("acomp", "advmod")):
            continue
        verb = tok if tok.lemma_ == "vacate" else tok.head
        deps = ("nsubjpass",) if tok.lemma_ == "vacate" else ("nsubj", "nsubjpass")
        subject = next((c for c in verb.children if c.dep_ in deps and c.pos_ == "PROPN"), None)
        if subject is not None and subject.ent_type_ not in ("PARTY", "NORP"):
            words = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [subject]
            return " ".join(t.text for t in words)
    return None


def _seat_if_contested(ctx: ArticleContext, place: str | None) -> str | None:
    """A place said to be left empty is a seat when the article names a contest for it ("the Fenby by-election") or
    contests without their seats ("all three by-elections"): "the Kelby Arms fell vacant" is a pub's."""
    seats = {fold(e.seat) if e.seat else "" for e in ctx.elections}
    return place if place is not None and (fold(place) in seats or "" in seats) else None


def _fronted_place(ctx: ArticleContext, sent: Span) -> str | None:
    """"In Hale in Kelby district, a by-election was necessitated by the death of ...", "In Hale the vacancy arose when
    ...": the place a vacancy's sentence opens with (read as results read it, elections.opening_place) is the seat it
    left, when the article tells several contests and that place is one of their seats or they are named without
    seats; a date ("In June,"), a person or a party is no place. Read first without the people named (the model may
    take "Hale" of "In Hale in Kelby district," for a person), then with them ("In Hale the vacancy arose": the words
    before a determiner, where only the people named say where the place ends)."""
    doc, lexicon = ctx.doc, ctx.lexicon
    return _seat_if_contested(ctx, opening_place(doc, sent, lexicon) or opening_place(doc, sent, lexicon, ctx.person_at))


def _seat_named(sent: Span, lexicon: Lexicon) -> str | None:
    """"The Fenby parliamentary seat fell vacant", "the Hale seat, held by ...": a seat named by the place
    written before the word "seat" (a chamber or a party before it names no place)."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in ("seat", "seats"):
            continue
        k = tok.i - 1
        while k > sent.start and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1  # "parliamentary", "vacant"
        words: list[Token] = []
        while (k >= sent.start and doc[k].pos_ == "PROPN" and fold(doc[k].text) not in lexicon.chamber_words
               and doc[k].ent_type_ not in ("PERSON", "PARTY")):
            words.insert(0, doc[k])
            k -= 1
        if words and not (k >= sent.start and doc[k].text in POSSESSIVES):
            return _appositive_seat(tok) or " ".join(w.text for w in words)
    return None


def _appositive_seat(seat: Token) -> str | None:
    """"Fenby, the southern Kelby seat vacated by ...": a seat word set beside a name ("Fenby, the
    ... seat") is that name's; the place before the word is the city or region the seat lies in, not the seat."""
    head = seat.head
    if seat.dep_ != "appos" or head.pos_ != "PROPN" or head.ent_type_ in ("PERSON", "PARTY", "NORP"):
        return None
    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]
    return " ".join(t.text for t in words)


def _held_seat(ctx: ArticleContext, person: str) -> str | None:
    """"The Hale seat, long held by Ann Roe", "Roe and Ure represented Fenby and Hale": the seat
    the article says a person held."""
    for tok in ctx.doc:
        if tok.lemma_ == "represent" and tok.pos_ == "VERB":
            seat = _represented(ctx, tok).get(person)
            if seat:
                return seat
        if tok.lemma_ != "hold" or tok.head.lower_ != "seat" or tok.dep_ not in ("relcl", "acl"):
            continue
        holders = [ctx.person_at[g.i] for c in tok.children if c.dep_ == "agent" for g in c.subtree if g.i in ctx.person_at]
        if person in holders:
            return _seat_named(tok.head.sent, ctx.lexicon)
    return None


def _represented(ctx: ArticleContext, verb: Token) -> dict[str, str]:
    """"Roe and Ure represented Fenby and Hale districts": who represented which place, paired in order (a
    party, an organisation or a plain noun is no place)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None:
        return {}
    who = list(dict.fromkeys(ctx.person_at[t.i] for t in subject.subtree if t.i in ctx.person_at))
    # names before "districts" name places, whatever the tagger took them for
    seats = obj.lemma_ in ctx.lexicon.seat_words
    places: list[list[Token]] = [[]]
    for tok in ctx.doc[obj.left_edge.i : obj.i + 1]:
        if tok.lower_ in ("and", ",", "&"):
            places.append([])
        elif tok.pos_ == "PROPN" and (seats or (tok.ent_type_ not in ("PARTY", "ORG", "NORP") and tok.i not in ctx.person_at)):
            places[-1].append(tok)
        elif tok.pos_ == "PROPN":
            return {}
    names = [" ".join(t.text for t in words) for words in places if words]
    return dict(zip(who, names, strict=True)) if who and len(names) == len(who) == len(places) else {}


def _named_before(ctx: ArticleContext, sent: Span) -> str | None:
    """"Nine fight the Hale election. The by-election comes after the resignation of ...": among several
    contests, "the by-election" is the one named last, in this sentence or the two before it."""
    doc = ctx.doc
    first = doc[sent.start - 1].sent if sent.start else sent
    first = doc[first.start - 1].sent if first.start else first
    # an election of a chamber ("the European Parliament elections", "the Senate election") is not a by-election
    named = [e for e in ctx.elections if first.start <= e.start < sent.end and e.seat and e.kind in (*VACANCY_KINDS, "election")
             and not (e.start and fold(doc[e.start - 1].text) in ctx.lexicon.houses)]
    return named[-1].seat if named else None


def _winners_seat(ctx: ArticleContext, sent: Span, known: _Known) -> str | None:
    """"He fills the seat X vacated", "Roe won the seat left by X": the seat a by-election's winner took
    is the one the vacancy left; the winner is the subject of the verb whose object is that seat."""
    for tok in sent:
        if tok.lower_ != "seat" or tok.dep_ != "dobj" or not any(c.lemma_ == "vacate" for c in tok.children):
            continue
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        mention = ctx.by_token.get(subject.i) if subject is not None else None
        if mention is None and subject is not None and subject.lower_ in ctx.lexicon.subject_pronouns:
            mention = antecedent(ctx.doc, subject, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
        winner = ctx.name(mention) if mention is not None else None
        seat = next((r.seat for r in known.results if winner and r.winner == winner and r.seat and r.kind in VACANCY_KINDS), None)
        if seat is not None:
            return seat
    return None


#: a sentence opened by the place it tells of: "In Hale North, Ann Roe won by 412 votes"
_FRONTED_PLACE = re.compile(r"^In ((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[\s–—-]*){1,6}),")


def _seat_just_told(ctx: ArticleContext, sent: Span, known: _Known) -> str | None:
    """"In Hale, Ann Roe won by 412 votes. That riding was vacated by Tom Ure": among several contests, "the seat" or
    "that riding" a vacancy sentence opens with is the one the sentences just before told of, the nearest first: the
    seat of a result told there, or the place a sentence opened with. "The seat" looks back in its paragraph only (a
    paragraph of its own may be another seat's); "that"/"this" points at what was just told, the paragraph before too.
    (Not kg.extract.elections._seat_told_before: that one gives a result's seat from the sentence before naming its
    winner, over its own context; this one reads the by-election results and fronted places a vacancy looks back to.)"""
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_ in ctx.lexicon.seat_words), None)
    det = next((c.lower_ for c in subject.children if c.dep_ == "det"), None) if subject is not None else None
    if det not in ctx.lexicon.pointing_determiners:
        return None
    doc, start = ctx.doc, sent.start
    for _ in range(3):
        if start == 0 or det == "the" and "\n" in doc[start - 1].text_with_ws:
            return None
        before = doc[start - 1].sent
        told = [r for r in known.results if r.seat and before.start_char <= r.evidence.start < before.end_char]
        fronted = _FRONTED_PLACE.match(before.text.strip())
        if told or fronted:
            return told[-1].seat if told else fronted.group(1).strip() if fronted else None
        start = before.start
    return None


def _place_in(sent: Span, lexicon: Lexicon) -> str | None:
    """"In the race in Hale, ... the seat X left by dying": the place a sentence's contest is in."""
    for ent in sent.ents:
        prep = ent.root.head
        if ent.label_ in ("GPE", "LOC") and ent.root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lower_ in lexicon.race_nouns:
            return ent.text
    return None


def _seat_left(ctx: ArticleContext, cause: Token) -> str | None:
    """"stood down as MP for Fenby", "resigned as the member for Hale and Kelby": the seat a departure names as the one
    left (the role phrase at "as", whichever word the parser hangs its "for" on)."""
    doc = ctx.doc
    held = next((c for c in cause.children if c.dep_ == "dobj" and c.lemma_ in ctx.lexicon.seat_words), None)
    if held is not None:  # "resigned the Sonapur seat", "vacated his Fenby seat" (a place the model may take for a name)
        place: list[Token] = []
        for tok in reversed(doc[held.left_edge.i : held.i]):
            if tok.pos_ != "PROPN" or tok.ent_type_ in ("PARTY", "NORP") or fold(tok.text) in ctx.lexicon.chamber_words:
                break
            place.insert(0, tok)
        return " ".join(t.text for t in place) or None
    members = [g for c in cause.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
               if g.dep_ == "pobj" and g.lower_ in ctx.lexicon.seat_holders]
    for member in members:
        phrase = next((p for p in ctx.phrases if p.start <= member.i < p.end), None)
        words = doc[member.i + 1 : phrase.end] if phrase is not None else doc[member.i + 1 : member.i + 1]
        if len(words) >= 2 and words[0].lower_ == "for":
            seat = " ".join(t.text for t in words[1:] if t.lower_ != "the")
            return seat if seat and words[-1].pos_ == "PROPN" else None
    return None


def _seat_of(ctx: ArticleContext, sent: Span, election: ElectionMention, known: _Known, person: str,
             cause: Token | None = None) -> str | None:
    """The seat a vacancy told in `sent` left empty, most specific first: one named by its late holder, the
    by-election's own seat when the sentence names it, a seat the sentence names; among several contests (or
    none with a seat) the seat the article says the person held ("had represented Fenby" names a place, not
    always the seat: only then), the place the sentence's race is in or the contest named last; else the
    article's contest."""
    person_at = {i: ctx.name(m) for m in ctx.mentions if sent.start <= m.start < sent.end for i in range(m.start, m.end)}
    own = election.seat if election.seat and sent.start <= election.start < sent.end else None
    left = _seat_left(ctx, cause) if cause is not None else None
    seat = possessive_seat(ctx.doc, sent.start, sent.end, person_at) or own or left or _voters_place(ctx, sent) \
        or _seat_named(sent, ctx.lexicon) or (_fronted_place(ctx, sent) if known.several else None) \
        or _seat_if_contested(ctx, _place_left_empty(sent, ctx.lexicon)) or _section_seat(ctx, sent, known)
    if seat is None and (known.several or known.primary is None):
        result = _result_before(ctx, sent, known.results)
        seat = _winners_seat(ctx, sent, known) or _held_seat(ctx, person) or _place_in(sent, ctx.lexicon) or (
            result.seat if result else None) or _named_before(ctx, sent) or _seat_just_told(ctx, sent, known)
    member = next(iter(known.member_seats.get(person, ())), None)  # "Fenby MP X stood down": the seat X sat for
    return seat or election.seat or known.primary or member or known.won or _new_member_for(ctx) or _one_place_in(sent)


def _voters_place(ctx: ArticleContext, sent: Span) -> str | None:
    """"Voters in the Hale ward elected a new councillor after Ann Roe resigned": the place whose voters choose, told in
    the vacancy's own sentence, is the seat it left, over the article's main contest (a round-up's other seat). The seat
    the election is said to be for wins over where the voters live ("voters in Hale elected a councillor for the Fenby
    ward"), and a bare place is the seat only when a contest has it: "voters in Scotland" live in a country."""
    lexicon = ctx.lexicon
    for voters in sent:
        verb = voters.head
        if voters.lemma_ != "voter" or voters.dep_ != "nsubj" or verb.lemma_ not in lexicon.electing_verbs:
            continue
        named = _elected_for(verb, lexicon)
        if named is not None:
            return named
        for noun in (g for c in voters.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
            words = _place_words(noun, lexicon)
            if noun.lower_ in lexicon.seat_words and words:
                return words
            if words:
                return _seat_if_contested(ctx, words)
    return None


def _elected_for(verb: Token, lexicon: Lexicon) -> str | None:
    """"elected a new councillor for the Fenby ward", "elected Ann Roe to Fenby ward": the seat an election is said to
    fill, on the electing verb or on the member it elects; a bare name there must be a contest's (see `_voters_place`)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for noun in (g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                 for g in c.children if g.dep_ == "pobj"):
        if noun.lower_ in lexicon.seat_words:
            return _place_words(noun, lexicon)
    return None


def _place_words(noun: Token, lexicon: Lexicon) -> str | None:
    """The place a noun names: the names before a seat word ("the Hale ward") or a name itself ("Hale"); a common noun
    or a seat word with no name before it names none."""
    names = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if noun.lower_ not in lexicon.seat_words:
        names = [*names, noun] if noun.pos_ == "PROPN" else []
    return " ".join(t.text for t in names) or None


def _one_place_in(sent: Span) -> str | None:
    """"Further by-elections are due in Ashmoor after X resigned": with no seat known from anywhere else, the one place
    the sentence puts something "in" (a vacancy with no seat names no contest of its own)."""
    places = {ent.text for ent in sent.ents if ent.label_ in ("GPE", "LOC") and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "in"}
    return next(iter(places)) if len(places) == 1 else None


#: a heading line of a round-up: capitalised names (a body's, then its ward's or seat's after a comma), nothing else
_HEADING = re.compile(r"^[A-Z][\w'’.-]*(?:(?: |, | & | and | of | - )(?:[A-Z&][\w'’.-]*|\([A-Z][\w'’ .-]*\))){0,8}(?: \d{1,3})?$")


#: a round-up's heading of a state in capitals and the seat after a dash: "HALE — House District 12"
_DASHED_HEADING = re.compile(r"^[A-Z][A-Z .'’&-]+ [—–] ([A-Z][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,6})$")


_BRACKETED = re.compile(r" ?\([^)]*\)")

#: a round-up's heading that is a numbered seat alone on its line: "214th Legislative District (Kelby County)"
_NUMBERED_HEADING = re.compile(r"^\d{1,3}(?:st|nd|rd|th) (?:[A-Z][\w'’.-]* ){0,3}([A-Z][a-z]+)$")

#: a line of a results table, not a heading: "DA – Ann Roe – 4,812 (71.3%)" (a share in brackets, or a count after a dash)
_TABLE_ROW = re.compile(r"\(\d[\d.,]*%\)$|[—–-] \d[\d,]*$")
_TRAILING_BRACKET = re.compile(r" \([^)]*\)$")


def _heading_seat(words: str, numbered: frozenset[str]) -> str:
    """The seat a round-up's heading names: the part after its last comma ("Fenby DC, Hale North"), after the body it is
    a ward of when that part is only a number ("KELBY LOCAL MUNICIPALITY (HALE), WARD 23" -> "Kelby Local Municipality
    Ward 23": a bare "Ward 23" is every municipality's); a heading in capitals in title case, its province in brackets
    left out."""
    body, _, seat = words.rpartition(",")
    seat = seat.strip()
    parts = seat.split()
    if len(parts) == 2 and fold(parts[0]) in numbered and parts[1].isdigit():
        seat = _BRACKETED.sub("", body).strip() + " " + seat
    return seat.title() if seat.isupper() else seat


def _headings(text: str, numbered: frozenset[str] = frozenset(), titles: frozenset[str] = frozenset(),
              seat_nouns: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """The heading lines of a round-up of contests, as (where the line starts, its seat: the part after its last comma);
    none unless the article has two or more, one per contest ("Fenby DC, Hale North" / "Lab hold. ..." / ...). A
    byline with a job title ("Ann Roe, Chief Reporter": a newsroom title, data "byline_titles", after the comma) is none.
    A seat's own noun in lower case after it ("Fenby District Council, Hale Vale ward (Labour defence)", one of
    `seat_nouns`) is left out, as the bracket after it is."""
    found = []
    for at, line in text_lines(text):
        if _TABLE_ROW.search(line):  # "ANC – Tom Ure – 1,106 (16.4%)": a candidate's row, whatever its dashes
            continue
        words = _TRAILING_BRACKET.sub("", line)  # "Fenby, Ward 9 (Kelby Province)": the seat, then its region
        head, _, last = words.rpartition(" ")
        words = head if "," in head and last in seat_nouns else words  # "Kelby Council, Hale ward": the seat is Hale
        dashed = _DASHED_HEADING.match(words)
        bodied = body_heading(words)  # "FENBY - Hale North (Lab hold)": elections' reader of a round-up's outcome lines
        if _HEADING.match(words) and "," in words and fold(words.split()[-1]) not in titles:
            found.append((at, _heading_seat(words, numbered)))
        elif (numbered_line := _NUMBERED_HEADING.match(words)) and fold(numbered_line.group(1)) in numbered:
            found.append((at, words))  # "214th Legislative District (Kelby County)": the seat, its county in brackets
        elif dashed:  # "HALE — House District 12": a state, then its seat
            found.append((at, dashed.group(1)))
        elif bodied and not bodied.seat.isupper():  # a seat in capitals, "FENBY BY-ELECTION - FIRST COUNT", heads a table
            found.append((at, _heading_seat(f"{bodied.body.title()}, {bodied.seat}", numbered)))
    return found if len({seat for _, seat in found}) >= 2 else []


def _capital_headings(ctx: ArticleContext) -> list[tuple[int, str | None]]:
    """The heading lines of a round-up written in capitals, one per contest ("HALE NORTH" / "Lab 4,120 — Con 3,900" /
    "The seat fell vacant on the death of ..."), as (where the line starts, its seat in title case); a capitals line
    that is no place ("THE WEEK IN POLITICS", "WHAT NEXT": a stop word other than a place's joining word, a figure)
    is kept with no seat, for it ends the section before it. None unless two or more name places."""
    found = _capital_lines(ctx)
    return found if len({seat for _, seat in found if seat}) >= 2 else []


def _capital_lines(ctx: ArticleContext) -> list[tuple[int, str | None]]:
    """Every line in capitals, as (where it starts, its place in title case, or None when it is no place): a round-up
    heads each contest's section with its seat so written, and a line that is no place ("WHAT NEXT") is kept, with no
    seat, because it closes the section above it (a vacancy told under it is not that seat's)."""
    found: list[tuple[int, str | None]] = []
    stop = ctx.nlp.Defaults.stop_words
    names = {fold(ctx.name(m)) for m in ctx.mentions}
    for at, line in text_lines(ctx.doc.text):
        words = _BRACKETED.sub("", line).strip()  # "FENBY NORTH (Hale District Council)": the seat, then its council
        # "DA HOLD", "PA GAIN FROM ANC" (_outcome_line): the table's last line, in its section
        if words and words.isupper() and _HEADING.match(words) and not _outcome_line(words, ctx.lexicon):
            place = all(w.lower() not in stop or w.lower() in ctx.lexicon.place_joiners for w in words.split())
            found.append((at, words.title() if place and not _no_place_line(ctx, words, names) else None))
    return found


def _outcome_line(words: str, lexicon: Lexicon) -> bool:
    """A capitals line that tells a seat's outcome ("LAB HOLD", "PA GAIN FROM ANC", as elections reads a round-up's
    outcome lines: data "heading_outcomes" after a party) closes its table, not its section: the vacancy told under it
    is still that seat's."""
    return any(pattern.match(words.lower()) for pattern in _outcome_patterns(lexicon))


def _no_place_line(ctx: ArticleContext, words: str, names: set[str]) -> bool:
    """A line in capitals that names no seat: a byline ("ANN ROE", a name the article gives a person) or a page's own
    heading of contests ("BY-ELECTION WATCH", "POLL WATCH": a word for a contest in it)."""
    folded = [fold(w) for w in re.split(r"[\s-]+", words)]
    contest = any(w in ctx.lexicon.race_nouns or w.endswith("election") for w in folded)
    # a byline opens with a forename; a ward the people rules took for a name ("FENBY CROSS") does not
    return contest or fold(words) in names and words.split()[0].title() in politicians_forenames(ctx.lexicon)


def _round_up_sections(ctx: ArticleContext) -> list[tuple[int, str | None]]:
    """Where each section of a round-up starts, with its seat: the heading lines of body and seat, and the capitals
    lines that are no place ("WHAT'S NEXT"), which end the section of the heading before them; none where the article
    has no such heading (one reader for `_section_seat` and `_under_headings`)."""
    named: list[tuple[int, str | None]] = list(_headings(ctx.doc.text, ctx.lexicon.numbered_seat_nouns, ctx.lexicon.byline_titles,
                                                               ctx.lexicon.seat_words))
    # a heading written in capitals ("ASHMOOR, THE MOOR": a stop word, so no place to _capital_lines) is its section's
    # start with its seat, not also a line that ends a section: once only (twice, its seat and None met in the sort)
    headed = {at for at, _ in named}
    return sorted(named + [(at, None) for at, seat in _capital_lines(ctx) if seat is None and at not in headed]) if named else []


#: a candidate's line of a results table: "Ann Roe (Lab) 1,027" (a party in the brackets, not a year: "Turnout (2019) 1,234")
_TALLY = re.compile(r"^[A-Z][^()\n]*\([^)\n]*[A-Za-z][^)\n]*\) \d[\d,]*$", re.M)


def _tallied(section: str) -> bool:
    """A section that gives two or more candidates' votes ("Ann Roe (Lab) 1,027" / "Tom Ure (Con) 611") is a contest's
    table; one such line may be any figure a heading ("KEY FIGURES") sets out."""
    return len(_TALLY.findall(section)) >= 2


def _tallied_heading(ctx: ArticleContext, headings: Sequence[tuple[int, str | None]], index: int, round_up: bool) -> bool:
    """A heading that heads a contest of its own, whether or not the results rules read that contest: its section has a
    results table, and the article is a round-up (its headings have body and seat, or two or more sections have tables):
    one contest's "FULL RESULT" over its table is furniture, not a seat."""
    ends = [at for at, _ in headings[1:]] + [len(ctx.doc.text)]
    sections = [ctx.doc.text[at:end] for (at, _), end in zip(headings, ends, strict=True)]
    if not _tallied(sections[index]):
        return False
    return round_up or sum(_tallied(section) for section in sections) >= 2


def _section_seat(ctx: ArticleContext, sent: Span, known: _Known) -> str | None:
    """"Fenby DC, Hale North / Con hold. ... The by-election followed the resignation of X": in a round-up with a
    heading line for each contest, a vacancy told under a heading is the vacancy of the seat the heading names. Only a
    round-up has such sections: in an article of one by-election its lines ("KEY POINTS", "LIVE — Fenby By-election
    Count") are a live blog's furniture, and a heading is a seat only when it names one the article's contests have."""
    headings = known.headings
    before = [(at, seat) for at, seat in headings if at <= sent.start_char]
    seat = before[-1][1] if before else None
    if seat is None or known.several or _tallied_heading(ctx, headings, len(before) - 1, bool(known.round_up)):
        return seat
    contested = [e.seat for e in known.vacancy if e.seat] + [r.seat for r in known.results if r.seat]
    return seat if any(fold(seat) == fold(c) for c in contested) else None


def _new_member_for(ctx: ArticleContext) -> str | None:
    """"Ann Roe is Fenby's new MP": the seat a by-election named nowhere with its seat filled."""
    doc = ctx.doc
    for tok in doc[:-3]:
        if tok.lower_ == "new" and doc[tok.i + 1].lower_ in ctx.lexicon.seat_holders and doc[tok.i + 2].lower_ == "for":
            words: list[Token] = []
            for word in doc[tok.i + 3 : tok.sent.end]:
                if word.pos_ != "PROPN" and not (word.lower_ in ("and", "&") and words):
                    break
                words.append(word)
            while words and words[-1].pos_ != "PROPN":
                words.pop()
            if words:
                return " ".join(w.text for w in words)
    return None


def _vacancy_facts(ctx: ArticleContext, sent: Span, here: list[ElectionMention], known: _Known,
                   rule_name: str) -> list[TriggerFact]:
    """The part both vacancy rules share once they know which by-election the sentence means: its first cause
    that names a person is the vacancy ("vacated by the death of X" is a death); people and places named in
    pairs ("by-elections in Fenby and Hale as Roe and Ure vacated the seats") are each their own vacancy."""
    people = _people_in(ctx, sent)
    contest_year = next((e.year for e in here if e.year), None)
    # "She will stand down from the council, which will trigger a by-election in her ward": a contest the leaving sets off
    # is one the article's own winner may leave a seat for
    set_off = _set_off_here(ctx, here, known)
    standing = frozenset() if set_off else known.standing
    causes = [(i, c) for i, c in _vacancy_causes(sent, ctx.lexicon)
              if not (hypothetical(sent.doc[i], ctx.lexicon) and not (set_off and _planned(sent.doc[i], ctx.lexicon)))
              and not (c == "resignation" and _left_at_an_earlier_election(sent.doc[i], contest_year, ctx.lexicon))]
    for index, cause in causes:
        person: Mention | str | None = (_own_possessive(ctx, index) or _vacated_by(ctx.lexicon, sent, people, index)
                                        or _unnamed_leaver(ctx, index, standing) or _sole_person(ctx, people, index))
        if person is None:
            continue
        election: ElectionMention = next((e for e in here if e.seat), here[0])
        place = None if election.seat else _contest_place(sent, here, ctx.lexicon)
        election = replace(election, seat=place) if place else election
        # "X won a special election to fill the South Carolina seat vacated by Y": the result this sentence tells (not
        # one the leaver won: "vacated by Y after he was elected to the Lok Sabha from Hale" is the post Y moved to)
        start = evidence_for(sent).start
        told = next((r for r in known.results if r.seat and r.kind == election.kind and r.evidence.start == start
                     and r.winner != _name(ctx, person)), None)
        if told is not None and election.seat is None and not _in_new_post(told.seat or "", sent, index, cause):
            return [TriggerFact(_name(ctx, person), cause, told.seat, told.election, evidence_for(sent), told.year, (rule_name,))]
        # the by-election's year, not the vacancy's ("resigned in December" of the year before)
        published = ctx.published
        year = election.year or (published.year if published else event_date(sent, published)[1])
        paired = _respectively(ctx, sent, index, people, here, known)
        pairs: list[tuple[Mention | str, str | None]] = [
            (person, _seat_of(ctx, sent, election, known, _name(ctx, person), sent.doc[index]))]
        pairs = list(paired) if paired is not None else _not_the_new_post(ctx, sent, index, pairs) if cause == "resignation" else pairs
        return [TriggerFact(_name(ctx, who), cause, seat, election_label(election.kind, seat, year), evidence_for(sent), year,
                            (rule_name,)) for who, seat in pairs]
    return []


def _planned(cause: Token, lexicon: Lexicon) -> bool:
    """"She confirmed she would resign her council seat, triggering a by-election": a departure reported as settled (its
    clause the object of a verb of data "plan_verbs"), whose "would" is the reported future, not a supposition. A
    refusal ("would not resign his seat, which would trigger ...") or a condition anywhere in the clause ("would resign
    only if the party asked him to", "resign, triggering a by-election, only if the inquiry found against him") is no
    settled departure (the parser hangs the condition on the cause or on the reporting verb)."""
    if cause.dep_ != "ccomp" or cause.head.lemma_ not in lexicon.plan_verbs or negated(cause):
        return False
    clauses = [cause, *(c for c in cause.head.children if c.dep_ == "advcl")]
    return not any(t.dep_ == "mark" and t.lower_ in lexicon.conditional_words for c in clauses for t in c.subtree)


def _set_off_here(ctx: ArticleContext, here: Sequence[ElectionMention], known: _Known) -> bool:
    """"She will stand down from the council, which will trigger a by-election in her ward": a new contest (named with
    "a", not the article's seat) that the sentence's own verb of causing sets off (the contest its object, the verb
    active: "a by-election triggered by ..." and "triggering the special election" are the article's contest told
    again, which its winner did not leave a seat for)."""
    for election in here:
        noun = ctx.doc[election.end - 1]
        if election.seat and known.primary and _same_place(election.seat, known.primary) or (
                election.start == 0 or ctx.doc[election.start - 1].lower_ not in ("a", "an")):
            continue
        for verb in list(noun.ancestors)[:2]:
            if verb.pos_ == "VERB" and verb.lemma_ in ctx.lexicon.trigger_verbs and not any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and verb.dep_ not in ("acl", "amod"):
                return True
    return False


def _from_party(tok: Token, lexicon: Lexicon) -> bool:
    """"expelled from the party", "quit the Labour Party": leaving a party, which leaves no seat empty (a chamber
    named with it does: "quit the party and the House"; so does a sentence that says the seat was lost with it: "was
    expelled from the party, which cost him his seat", or that the seat was vacated by it: "The seat was vacated when
    X was expelled from the party", where a member's party membership holds the seat)."""
    if any(_loses_a_seat(t, lexicon) or _seat_vacated(t, lexicon) for t in tok.sent):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    named = [t for o in objects for t in _together(o)]
    return bool(named) and all(t.lemma_ == "party" or t.ent_type_ == "PARTY" for t in named)


def _from_portfolio(tok: Token, lexicon: Lexicon) -> bool:
    """"Ann Roe, who resigned as health minister last year", "quit as foreign secretary": leaving a ministry (data
    "portfolio_heads"), which leaves no seat empty (one named with it does: "resigned as minister and as MP"); read for
    a resignation only: an appointment as a minister may empty the seat (where ministers sit outside the house)."""
    named = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"
             for t in _together(o)]
    return bool(named) and all(t.lemma_.lower() in lexicon.portfolio_heads for t in named)


def _moves_on(sent: Span, lexicon: Lexicon) -> list[tuple[int, str]]:
    """A member's move that a sentence says made the contest: "triggered when X was elected to the European
    Parliament", "caused by X becoming an MEP" (under the verb that makes it), "X, elected for both Fenby and Hale,
    chose to sit for Hale" (the other seat is left)."""
    found: list[tuple[int, str]] = []
    for tok in sent:
        under = any(a.lemma_ in lexicon.trigger_verbs for a in tok.ancestors) or _seat_left_for(tok, lexicon)
        to_chamber = tok.lemma_ == "elect" and _into_a_house(tok, "to", lexicon)
        becomes = tok.lemma_ == "become" and any(c.dep_ == "attr" and c.lower_ in lexicon.other_offices for c in tok.children)
        if under and (to_chamber or becomes or tok.lemma_ == "swear" and _into_a_house(tok, "as", lexicon)):
            found.append((tok.i, "election to another office"))
        elif _kept_the_other(tok, lexicon) or (tok.lemma_ in lexicon.choosing_verbs and any(
                c.dep_ == "xcomp" and c.lemma_ in lexicon.keeping_verbs and any(t.pos_ == "PROPN" for t in c.subtree)
                for c in tok.children)):  # a place kept, not "chose to represent us"
            found.append((tok.i, "election for another seat"))
    return found


def _into_a_house(tok: Token, prep: str, lexicon: Lexicon) -> bool:
    """"elected to the Senate", "sworn in as a member of the provincial legislature": a move into another house (a
    chamber's word, data "houses" or "upper_chambers", in the phrase of `prep` on the verb), which a move under a
    vacancy's clause leaves the seat the member held for."""
    return any(c.dep_ == "prep" and c.lower_ == prep and any(
        fold(t.text) in lexicon.houses or t.lower_ in lexicon.upper_chambers for t in c.subtree) for c in tok.children)


def _seat_left_for(tok: Token, lexicon: Lexicon) -> bool:
    """"The seat was vacated after Tom Ure was elected to the Senate", "the seat fell vacant when she became mayor": a
    move told in a clause ("after", "when") on the seat's being left empty is what left it, as a move under a verb that
    makes the contest is."""
    return _why_clause(tok) and _seat_emptied(tok.head, lexicon)


def _seat_emptied(verb: Token, lexicon: Lexicon) -> bool:
    """"the seat was vacated", "the seat fell vacant": a verb that tells a seat left empty."""
    vacated = verb.lemma_ == "vacate" and any(c.dep_ == "nsubjpass" and _seat_subject(c, lexicon) for c in verb.children)
    return vacated or any(_fell_vacant(c, lexicon) for c in verb.children)


def _kept_the_other(tok: Token, lexicon: Lexicon) -> bool:
    """"X, who won both Fenby and Hale, kept Hale, forcing a by-election in Fenby": a member elected for two seats
    keeps one (a place), the keeping told as what made the contest or with the two seats won ("both"); a party
    keeping a seat ("Labour kept Hale") is a result, not a vacancy."""
    if tok.lemma_ not in ("keep", "sit") or tok.pos_ != "VERB":
        return False
    verb = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_ in lexicon.choosing_verbs else tok  # "chose to keep Hale"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ in ("PARTY", "NORP", "ORG") or subject.lemma_ == "party":
        return False
    kept = [c for c in tok.children if c.dep_ == "dobj"] if tok.lemma_ == "keep" else [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    made = any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_ in lexicon.trigger_verbs for c in verb.children)
    both = any(t.lower_ == "both" for t in tok.sent)
    return any(c.pos_ == "PROPN" for c in kept) and (made or both)


def _appointed_from_the_seat(tok: Token, lexicon: Lexicon) -> bool:
    """"The seat fell vacant when its member, Tom Ure, was appointed Minister of Fisheries": an appointment to an office
    (data "portfolio_heads", "other_offices") that the sentence says left the seat empty, where the office cannot be
    held with the seat. Told alone ("Ann Roe was appointed minister"), a member keeps the seat in most houses."""
    if tok.lemma_ != "appoint" or tok.pos_ != "VERB":
        return False
    offices = lexicon.portfolio_heads | lexicon.other_offices
    if not any(c.dep_ in ("oprd", "attr", "xcomp") and c.lemma_.lower() in offices for c in tok.children):
        return False
    return tok.dep_ == "advcl" and any(_fell_vacant(t, lexicon) or _seat_vacated(t, lexicon) for t in tok.head.subtree)


def _vacancy_causes(sent: Span, lexicon: Lexicon) -> list[tuple[int, str]]:
    """The causes a sentence tells, less "vacated" where another cause says how ("vacated by the death of X", "vacated
    in Fenby by the resignation of X"); a sentence telling of a recall petition tells a recall, whatever words (a
    conviction, a jailing) name the one it unseated."""
    doc = sent.doc
    left = [(t.i, "resignation") for t in sent if t.lemma_ == "leave" and _left_the_house(t, lexicon)]  # "left parliament"
    # "expelled from the party and his seat declared vacant" (an anti-defection law): the seat's own loss, at the seat
    # word, whose owner is who lost it; the party left alone empties no seat
    emptied = [_seat_made_vacant(t, lexicon) for t in sent if t.lower_ == "vacant"]
    left += [(s.i, "disqualification") for s in emptied if s is not None and any(c.dep_ == "poss" for c in s.children)]
    gone = [(i, c) for i, c in _causes_in(sent, lexicon)
            if not (_from_party(doc[i], lexicon) or c == "resignation" and _from_portfolio(doc[i], lexicon))]
    told = {i for i, _ in gone}
    left += [(t.i, "appointment") for t in sent if t.i not in told and _appointed_from_the_seat(t, lexicon)]
    causes = sorted(gone + _moves_on(sent, lexicon) + left)

    def how(i: int) -> bool:
        agents = [t.i for c in doc[i].children if c.dep_ == "agent" for t in c.subtree]
        return any(j in agents or i < j <= i + 5 for j, _ in causes)

    causes = [(i, c) for i, c in causes if not (doc[i].lemma_ == "vacate" and how(i))]
    if any(c == "recall" and i + 1 < sent.end and doc[i + 1].lemma_.lower() == "petition" for i, c in causes):
        causes = [(i, "recall") for i, _ in causes]
    return causes


def _before(ctx: ArticleContext, pronoun: Token, standing: frozenset[str], cause: Token | None = None) -> Mention | None:
    """Whom "she" of a vacancy means: the one it refers to, unless that one stands in the by-election (who won a
    seat did not leave it). Then a departure that befalls someone ("She was jailed", "her death") is the last one
    named in the two sentences before who does not stand; one a person chooses ("She resigned from the council")
    is the candidate's own, and no vacancy. A seat taken by a ruling ("Ann Roe won back Fenby, months after the
    court ruled she had been ineligible") is the seat of the one the sentence names first, who stood again."""
    mention = antecedent(ctx.doc, pronoun, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    cause = cause if cause is not None else pronoun.head
    ruling = ctx.lexicon.ruling_causes
    ruled = cause.lower_ in ruling or cause.lemma_.lower() in ruling or _crossed_over(cause, ctx.lexicon)
    owner = _clause_owner(ctx, pronoun) if ruled else None
    if owner is not None:
        return owner
    if mention is None or ctx.name(mention) not in standing:
        return mention
    if ruled:
        sent = pronoun.sent
        named = [m for m in ctx.mentions if sent.start <= m.start < pronoun.i]
        return named[0] if named and ctx.name(named[0]) == ctx.name(mention) else None
    befell = ctx.lexicon.causes.get(fold(cause.text)) in ("death", "recall", "disqualification")
    if cause.lemma_ not in ctx.lexicon.done_to_causes and not befell:
        return None
    sent = pronoun.sent
    floor = ctx.doc[sent.start - 1].sent.start if sent.start else sent.start
    floor = ctx.doc[floor - 1].sent.start if floor else floor
    return next((m for m in reversed(ctx.mentions) if floor <= m.start < pronoun.i and ctx.name(m) not in standing), None)


def _clause_owner(ctx: ArticleContext, pronoun: Token) -> Mention | None:
    """"Ann Roe won by 48 votes over Tom Ure, the former member, who lost the seat when the Speaker ruled he had crossed
    the floor": a pronoun in a "who" clause told of a named person is that person, who lost the seat by a ruling and
    stood again (the model's antecedent may be the sentence's subject, the winner)."""
    # the clause's own verb the seat's loss or the crossing ("who lost the seat when ..."), not a ruling ("the Speaker,
    # who ruled that he had crossed the floor": its owner ruled on another)
    clauses = [a for a in pronoun.ancestors if a.dep_ == "relcl" and _relative_head(a, ctx.lexicon) is not None
               and (_loses_a_seat(a, ctx.lexicon) or _crossed_over(a, ctx.lexicon))]
    heads = [_past_descriptions(a.head, lambda t: t.i in ctx.by_token, ("appos", "conj")) for a in clauses]
    return next((ctx.by_token[h.i] for h in heads if h.i in ctx.by_token), None)


def _unnamed_leaver(ctx: ArticleContext, index: int, standing: frozenset[str]) -> str | None:
    """Who a cause names without a full name: a pronoun ("She was jailed", "her death") is the one it refers to;
    "the death of her father Sean" is Sean of the family's surname."""
    doc = ctx.doc
    cause = doc[index]
    deps = ("nsubjpass", "poss") if cause.lemma_ in ctx.lexicon.done_to_causes else ("nsubjpass", "nsubj", "poss")
    pronouns = ctx.lexicon.subject_pronouns | ctx.lexicon.possessive_pronouns
    pronoun = next((c for c in _bearer(cause).children if c.dep_ in deps and c.lower_ in pronouns), None)
    owner: Token | None = pronoun
    kin = next((g for c in cause.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" and g.lower_ in ctx.lexicon.kin), None) if pronoun is None else None
    forename = next((c for c in kin.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                     and c.i not in ctx.by_token and (c.i + 1 == len(doc) or doc[c.i + 1].pos_ != "PROPN")),
                    None) if kin is not None else None
    if forename is not None:
        owner = next((c for c in kin.children if c.dep_ == "poss"), None) if kin is not None else None
    if owner is None:
        return None
    # a kin word's owner may well stand ("her father"): only the one who left cannot
    mention = ctx.by_token.get(owner.i) or (_clause_subject(ctx, owner) if forename is None else None) or (
        _before(ctx, owner, frozenset() if forename else standing, cause) if owner.lower_ in pronouns else None)
    if mention is None:
        return None
    if forename is None:
        return ctx.name(mention)
    family = surname(ctx.name(mention), ctx.lexicon)
    return f"{forename.text} {family}" if family and len(ctx.name(mention).split()) >= 2 else None


def _sole_person(ctx: ArticleContext, people: list[Mention], index: int) -> Mention | None:
    """"caused when Tom Ure, elected in 2010, defected ... and stood down" (the parser losing the subject): a verb of
    leaving with no subject of its own, nor on the verb it is joined to, is the one person the sentence names
    before it."""
    verb = ctx.doc[index]
    chain = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if verb.pos_ != "VERB" or verb.tag_ == "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for v in chain for c in v.children):
        return None
    before = {ctx.name(m): m for m in people if m.start < index}
    if len(before) != 1 or len({ctx.name(m) for m in people}) != 1:
        return None
    person = next(iter(before.values()))  # not the subject of another verb ("Ann Roe won ..., held after ...")
    return None if ctx.doc[person.end - 1].dep_ in ("nsubj", "nsubjpass") else person


def _people_in(ctx: ArticleContext, sent: Span) -> list[Mention]:
    """The people a sentence names, less a contest's seat the model took for a person ("MP for Hallam Bridge")."""
    seats = {e.seat for e in ctx.elections if e.seat}
    return [m for m in ctx.mentions if sent.start <= m.start < sent.end and ctx.name(m) not in seats]


def _own_possessive(ctx: ArticleContext, index: int) -> Mention | None:
    """"X, who served as MP for Fenby until her death": a cause owned by "his"/"her" in a clause whose subject is
    named is that person's, whoever stands nearer."""
    pronoun = next((c for c in ctx.doc[index].children if c.dep_ == "poss" and c.lower_ in ctx.lexicon.possessive_pronouns), None)
    if pronoun is not None and ctx.doc[index].lemma_ in ctx.lexicon.seat_words:
        # "after Ure was expelled and his seat declared vacant": the seat's holder lost it, whether or not he stands
        # again; the subject named before it in the sentence, else whom the pronoun refers to
        sent = pronoun.sent
        named = [m for m in ctx.mentions if sent.start <= m.start < pronoun.i and ctx.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
        return named[-1] if named else antecedent(ctx.doc, pronoun, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
    if pronoun is None:
        return _whose(ctx, ctx.doc[index])
    return _clause_subject(ctx, pronoun)


#: the tags of a finite verb, which opens a clause of its own
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _whose(ctx: ArticleContext, cause: Token) -> Mention | None:
    """"Tom Ure, the MLA whose death in August necessitated the bypoll": a cause owned by "whose" is the person the
    relative clause is of, past the descriptions set beside the name."""
    whose = next((c for c in cause.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None:
        return None
    verb = cause
    while verb.dep_ != "relcl" and verb.head.i != verb.i and verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "prep"):
        verb = verb.head
    if verb.dep_ != "relcl":  # the parser hung the clause on the main verb: "whose" is of the name just before it
        # (past a description with no clause of its own: "X of the ruling Labour Party (LP), whose victory ...")
        before = [m for m in ctx.mentions if cause.sent.start <= m.start and m.end <= whose.i]
        between = ctx.doc[before[-1].end : whose.i] if before else None
        return before[-1] if between is not None and not any(t.tag_ in _FINITE_TAGS for t in between) else None
    return ctx.by_token.get(_past_descriptions(verb.head, lambda t: t.i in ctx.by_token, ("appos", "conj")).i)


def _clause_subject(ctx: ArticleContext, pronoun: Token) -> Mention | None:
    """"Tom Ure served as MP for Fenby until his death", "Ure, who had been the MP until his resignation": a possessive
    in a clause whose subject is a named person is that person's (the article's main person may be another)."""
    if pronoun.dep_ != "poss":
        return None
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("pobj", "prep", "dobj", "attr", "conj"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ctx.lexicon.relative_pronouns:
        subject = _relative_head(verb, ctx.lexicon)
    return ctx.by_token.get(subject.i) if subject is not None else None


def _name(ctx: ArticleContext, who: Mention | str) -> str:
    return who if isinstance(who, str) else ctx.name(who)


def _contest_place(sent: Span, here: list[ElectionMention], lexicon: Lexicon) -> str | None:
    """"An earlier by-election, in the City of Kelby, went ...": the place a by-election named without its seat is
    said to be in, just after its name (the parser may hang the "in" on the verb instead); "a by-election in the
    neighbouring Fenby constituency": the name before a seat's word, whatever the model took the name for."""
    doc = sent.doc
    for election in here:
        k = election.end + 1 if election.end < sent.end and doc[election.end].text == "," else election.end
        if k + 1 >= sent.end or doc[k].lower_ != "in":
            continue
        place = next((e for e in sent.ents if e.label_ in ("GPE", "LOC") and e.start == k + 1), None)
        if place is not None:
            return " ".join(t.text for t in place if t.lower_ != "the" or t.i != place.start) or None
        named = _named_seat_after(doc, k + 1, sent.end, lexicon)
        if named is not None:
            return named
    return next((seat for e in here if (seat := _seat_taken_in(doc[e.end - 1], lexicon))), None)


def _seat_taken_in(noun: Token, lexicon: Lexicon) -> str | None:
    """"Labour has held Fenby and Hale in a by-election caused by ...": the place a party or winner took or kept "in" the
    by-election is its seat (the object of a seat-taking verb, names only: "held the seat" names none)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_ not in lexicon.seat_taking_verbs:
        return None
    held = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    if held is None:
        return None
    words = list(held.subtree)
    if not all(t.pos_ == "PROPN" or t.lower_ in ("and", "&") for t in words) or any(t.ent_type_ in ("PARTY", "NORP") for t in words):
        return None
    return " ".join(t.text for t in words)


def _named_seat_after(doc: Doc, start: int, end: int, lexicon: Lexicon) -> str | None:
    """"the neighbouring Fenby constituency", "the Hale Vale ward", "her Kelby Park ward": the proper name before a seat's
    word (determiners, possessives and lower-case adjectives before the name skipped; a chamber's or a party's name is no seat)."""
    k = start
    while k < end and (doc[k].pos_ == "DET" or doc[k].tag_ == "PRP$" or doc[k].pos_ == "ADJ" and doc[k].is_lower):
        k += 1  # "the neighbouring", "her" ("a by-election in her Hale Park ward")
    words: list[Token] = []
    while k < end and (doc[k].pos_ == "PROPN" and doc[k].ent_type_ not in ("PERSON", "PARTY", "NORP")
                       and fold(doc[k].text) not in lexicon.chamber_words or words and doc[k].tag_ == "HYPH"):
        words.append(doc[k])
        k += 1
    if not words or words[-1].tag_ == "HYPH" or k >= end or doc[k].lemma_ not in lexicon.seat_words:
        return None
    return "".join(t.text_with_ws for t in words).strip()


def _new_post(sent: Span, index: int) -> str:
    """"resigned in November to become Fenby deputy mayor": the words of the post a member left the seat for; after
    "the resignation of Tom Ure, who quit the assembly to contest the federal seat of Hale", the post the leaver's own
    clause says he left for."""
    cause = sent.doc[index]
    leavers = [g for c in cause.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    verbs = [cause, *(v for g in leavers for v in g.children if v.dep_ == "relcl")] if cause.pos_ == "NOUN" else [cause]
    clauses = [c for v in verbs for c in v.children if c.dep_ in ("advcl", "xcomp") and c.i > index
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return " ".join(sent.doc[c.left_edge.i : c.right_edge.i + 1].text for c in clauses)


def _in_new_post(seat: str, sent: Span, index: int, cause: str) -> bool:
    """"won the by-election caused by the resignation of Tom Ure, who quit to contest the federal seat of Hale": a
    seat named in the post a leaver left for is not the seat he left, whoever the sentence says won it."""
    return cause == "resignation" and bool(seat) and re.search(rf"\b{re.escape(seat)}\b", _new_post(sent, index)) is not None


def _seat_in_named(ctx: ArticleContext, unless: str) -> str | None:
    """"Labour kept its seat in Fenby and Hale", "retained the state seat of Fenby": a seat the article names by the
    place it is in (a chamber, or a place in `unless`, is not one)."""
    doc = ctx.doc
    for tok in doc[:-2]:
        if tok.lower_ != "seat" or doc[tok.i + 1].lower_ not in ("in", "of") or doc[tok.i + 2].pos_ != "PROPN":
            continue
        words: list[Token] = []
        for word in doc[tok.i + 2 : tok.sent.end]:
            if not (word.pos_ == "PROPN" or (word.lower_ in ("and", "&", "-") and words)):
                break
            words.append(word)
        while words and words[-1].pos_ != "PROPN":
            words.pop()
        name = " ".join(w.text for w in words)
        if name and fold(words[0].text) not in ctx.lexicon.houses and name not in unless:
            return name
    return None


def _not_the_new_post(ctx: ArticleContext, sent: Span, index: int,
                      pairs: list[tuple[Mention | str, str | None]]) -> list[tuple[Mention | str, str | None]]:
    """"Ann Roe resigned to become Hale deputy mayor": Hale is where the new post is, never the seat she left; that
    seat is the one the article names by its place, else it is not known and no vacancy is told. A seat the sentence's
    own by-election names ("a by-election in Fenby after X resigned to become mayor of Fenby") stands."""
    post = _new_post(sent, index)
    if not post:
        return pairs
    told = {e.seat for e in ctx.elections if sent.start <= e.start < sent.end and e.seat}
    kept = [(who, seat if seat is None or seat in told or not re.search(rf"\b{re.escape(seat)}\b", post)
             else _seat_in_named(ctx, post)) for who, seat in pairs]
    return [(who, seat) for who, seat in kept if seat is not None]


def _together(tok: Token) -> list[Token]:
    """A word and the words coordinated with it ("Fenby and Hale"), in text order."""
    root = tok
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    group = [root]
    for t in group:
        group += [c for c in t.children if c.dep_ == "conj"]
    return sorted(group, key=lambda t: t.i)


def _respectively(ctx: ArticleContext, sent: Span, index: int, people: list[Mention],
                  here: list[ElectionMention], known: _Known) -> list[tuple[Mention, str | None]] | None:
    """"By-elections were held in Fenby and Hale as Roe and Ure vacated the seats": people and seats named in
    two lists of one length, paired in order (None: the cause names one person; empty: several that no list of
    seats pairs with, so no one vacancy is known)."""
    # a cause done to someone ("Labour expelled the sitting MPs, Roe and Ure") names them as its object, not its subject
    done_to = ctx.doc[index].lemma_ in ctx.lexicon.done_to_causes and ctx.doc[index].pos_ == "VERB"
    deps = ("nsubjpass", "dobj") if done_to else ("nsubj", "nsubjpass", "agent")
    subjects = [c for c in ctx.doc[index].children if c.dep_ in deps]
    # the subject's own names, not those of a clause about it ("X, who won both Fenby and Hale, kept Hale")
    clauses = {t.i for s in subjects for c in s.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    distinct = {ctx.name(m): m for m in reversed(people)
                if any(m.start <= t.i < m.end and t.i not in clauses for s in subjects for t in s.subtree)}
    who = sorted(distinct.values(), key=lambda m: m.start)  # one each: a name found twice is one person
    if len(who) < 2:
        return None
    seats = [e.seat for e in here if e.seat and sent.start <= e.start < sent.end]
    if len(seats) != len(who):  # the article's by-elections, in the order the sentence names their seats
        named = {e.seat: sent.text.find(e.seat) for e in known.vacancy if e.seat and re.search(rf"\b{re.escape(e.seat)}\b", sent.text)}
        seats = sorted(named, key=lambda seat: named[seat])
    if len(seats) != len(who):
        places = {t.i: e.text for e in sent.ents if e.label_ in ("GPE", "LOC") for t in e}
        lists = [[places[t.i] for t in _together(e.root)] for e in sent.ents
                 if e.label_ in ("GPE", "LOC") and all(t.i in places for t in _together(e.root))]
        seats = next((names for names in lists if len(names) == len(who)), [])
    if len(seats) != len(who):
        seats = _seats_listed(sent, ctx.lexicon)
    if len(seats) == len(who):
        return list(zip(who, seats, strict=True))
    # "the seats vacated by Roe and Ure", each one's seat told elsewhere ("Roe and Ure represented Fenby and Hale")
    held = [(m, _held_seat(ctx, ctx.name(m))) for m in who]
    return [(m, seat) for m, seat in held if seat]


def _seats_listed(sent: Span, lexicon: Lexicon) -> list[str]:
    """"The Fenby and Hale seats fell vacant": the places named before a plural seat word, in order (a chamber's word
    or a person's name breaks the list)."""
    doc = sent.doc
    for tok in sent:
        if tok.tag_ != "NNS" or tok.lemma_ not in lexicon.seat_words:
            continue
        names: list[list[Token]] = [[]]
        k = tok.i - 1
        while k >= sent.start and (doc[k].lower_ in ("and", ",", "&") or doc[k].pos_ == "PROPN" and doc[k].ent_type_ != "PERSON"
                                   and fold(doc[k].text) not in lexicon.chamber_words):
            if doc[k].pos_ == "PROPN":
                names[-1].insert(0, doc[k])
            elif names[-1]:
                names.append([])
            k -= 1
        places = [" ".join(t.text for t in words) for words in reversed(names) if words]
        if len(places) >= 2:
            return places
    return []


def _event_cause(noun: Token, lexicon: Lexicon) -> str | None:
    """What an event noun makes of a vacancy: "resignation" (data "causes"), or a move to another office
    ("victory", "election", "appointment": data "event_causes")."""
    return lexicon.causes.get(fold(noun.lemma_)) or lexicon.causes.get(fold(noun.text)) or lexicon.event_causes.get(noun.lemma_.lower())


def _seat_in_clause(sent: Span, lexicon: Lexicon) -> str | None:
    """"for her own seat in the state Senate": the seat a clause names by its chamber."""
    for tok in sent:
        if tok.lower_ == "seat":
            # "in" on the seat, or on the verb it is the object of ("fill her seat in the Senate")
            heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
            place = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > tok.i
                          for g in c.children if g.dep_ == "pobj"), None)
            if place is not None:
                words = [t for t in place.subtree if t.lower_ not in lexicon.articles]
                return " ".join(t.text for t in words) or None
    return None


def _the_dead(ctx: ArticleContext, before: int) -> Mention | None:
    """"X, who has died aged 55, ... Her death means a by-election": whose death "his"/"her death" is, when the text
    before has told of one person's death ("X, who has died", "X died in May"), whoever was named nearer: an
    obituary's subject, not the rival its last paragraphs name."""
    mentions, resolved = list(ctx.mentions), dict(ctx.resolved)
    dead: dict[str, Mention] = {}
    for verb in ctx.doc[:before]:
        if verb.lemma_ == "die" and verb.pos_ == "VERB" and not hypothetical(verb, ctx.lexicon) and not negated(verb):
            who = subject_person(ctx.doc, verb, ctx.by_token, mentions, resolved, ctx.lexicon)
            if who is not None:
                dead.setdefault(ctx.name(who), who)
    if len(dead) != 1 or _others_dead(ctx, before, set(dead)):
        return None
    return next(iter(dead.values()))


def _others_dead(ctx: ArticleContext, before: int, dead: set[str]) -> bool:
    """"X died in the crash. Tom Ure, the MP, was killed instantly. His death ...": another person whose death the text
    before tells in other words (killed, passed away, "the death of Y"): "his death" is then left to the pronoun."""
    mentions, resolved = list(ctx.mentions), dict(ctx.resolved)
    for tok in ctx.doc[:before]:
        # "was killed" (its subject the dead, not a killer), "passed away"
        if tok.lemma_ in ("kill", "murder") and any(c.dep_ == "auxpass" for c in tok.children) or tok.lemma_ == "pass" and any(
                c.lower_ == "away" for c in tok.children):
            who = subject_person(ctx.doc, tok, ctx.by_token, mentions, resolved, ctx.lexicon)
        elif tok.lemma_ == "death":
            who = next((ctx.by_token.get(g.i) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if who is not None and ctx.name(who) not in dead:
            return True
    return False


@rule("triggers.event-triggers-contest", "triggers", examples=[
    example("Ann Roe won the Fenby special election. Roe's victory will now trigger a new special election, this time "
            "for her seat in the state Senate.", "Ann Roe | election to another office | state Senate"),
    example("Tom Ure's confirmation as ambassador has triggered a by-election in Hale.", "Tom Ure | appointment | Hale")])
def _event_triggers(ctx: ArticleContext, sent: Span, here: list[ElectionMention]) -> TriggerFact | None:
    """"Roe's win will trigger one more special election, for her own seat", "His confirmation as ambassador
    triggered the Hale by-election": a person's move (or departure) that is itself the subject of the verb that
    makes the contest. A contest named "another" is not the article's, so its seat is the one its clause names."""
    for verb in sent:
        if verb.lemma_ not in ctx.lexicon.trigger_verbs or verb.pos_ != "VERB":
            continue
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
        cause = _event_cause(noun, ctx.lexicon) if noun is not None else None
        election = next((e for e in here if any(e.start <= c.i < e.end for c in verb.subtree if c.i > verb.i)), None)
        if owner is None or cause is None or election is None:
            continue
        mention = ctx.by_token.get(owner.i)
        if mention is None and owner.lower_ in ctx.lexicon.possessive_pronouns:
            dead = _the_dead(ctx, sent.start) if cause == "death" else None
            mention = dead or antecedent(ctx.doc, owner, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
        if mention is None:
            continue
        another = any(t.lower_ in ctx.lexicon.further_contest_words for t in ctx.doc[election.start - 2 : election.start])
        seat = election.seat or (_seat_in_clause(sent, ctx.lexicon) if another else None)
        if seat is None:
            continue  # the article's contest: left to the rule that reads the article's own by-election
        year = election.year or (ctx.published.year if ctx.published else None)
        return TriggerFact(ctx.name(mention), cause, seat, election_label(election.kind, seat, year), evidence_for(sent),
                           year, ("triggers.event-triggers-contest",))
    return None


@rule("triggers.vacancy-beside-election", "triggers", examples=[
    example("The Fenby by-election was caused by the death of the Labour member Ann Roe.", "Ann Roe | death | Fenby")])
def _beside_election(ctx: ArticleContext, sent: Span, here: list[ElectionMention], known: _Known) -> list[TriggerFact]:
    """A vacancy told in the sentence that names the by-election it made ("The Fenby by-election was caused by
    the death of ..."): only there is a resignation or death known to be the cause of one; a by-election the sentence
    denies ("gave up his seat, but no by-election date has been set") was made by nothing yet."""
    if all(_contest_denied(ctx, e) for e in here):
        return []
    return _vacancy_facts(ctx, sent, here, known, "triggers.vacancy-beside-election")


def _contest_denied(ctx: ArticleContext, election: ElectionMention) -> bool:
    """"no by-election date has been set", "no by-election will be held", "the seat will not go to a by-election", "has
    not called a by-election": a contest named only to say there is none (a denying determiner on it, or the parser's
    negation on the verb that holds, calls or goes to it; "did not win the by-election" is a contest all the same)."""
    noun = ctx.doc[election.end - 1]
    nouns = [noun, noun.head] if noun.dep_ in ("compound", "nmod") else [noun]
    if any(c.dep_ == "det" and c.lower_ in ctx.lexicon.denying_determiners for n in nouns for c in n.children):
        return True
    if _denied_in_words(ctx.doc, election.start, ctx.lexicon):
        return True
    head = nouns[-1]
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "to" else head.head
    held = head.dep_ in ("nsubjpass", "pobj") or head.dep_ == "dobj" and (
        verb.lemma_ in ctx.lexicon.trigger_verbs or verb.lemma_ in ctx.lexicon.declaring_verbs)
    return held and verb.pos_ in ("VERB", "AUX") and negated(verb)


def _denied_in_words(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """"There will be no by-election in Fenby ward", "no Fenby by-election": the denying word just before the contest
    (past its seat's and year's words), where the parser hangs it on no noun ("no" read as an interjection)."""
    at = _before_contest(doc, start)
    return at >= 0 and doc[at].lower_ in lexicon.denying_determiners or _forgone(doc, at, lexicon)


def _before_contest(doc: Doc, start: int) -> int:
    """The word before a contest told from `start`, past its seat's and year's words ("no Fenby 2024 by-election",
    "rather than by Fenby by-election"): where a denying or forgoing word stands (-1: none)."""
    at = start - 1
    while at >= 0 and doc[at].pos_ in ("PROPN", "NUM"):
        at -= 1
    return at


def _forgone(doc: Doc, at: int, lexicon: Lexicon) -> bool:
    """"filled by the party's nominating officer rather than by by-election", "instead of a special election": a contest
    named as the way the seat is not filled (data "contest_forgone", the articles and "forgone_means_words" after it
    passed over) is none."""
    while at >= 0 and (doc[at].lower_ in lexicon.articles or doc[at].lower_ in lexicon.forgone_means_words):
        at -= 1
    return at >= 1 and f"{doc[at - 1].lower_} {doc[at].lower_}" in lexicon.contest_forgone


def _filled_without_vote(sent: Span, lexicon: Lexicon, here: Sequence[ElectionMention] = ()) -> bool:
    """"Ann Roe has resigned her seat on the council; her party will fill it by co-option": a vacancy the sentence
    says is filled without a vote (data "unvoted_fillings") makes no by-election; one the sentence says made a
    by-election ("forcing the Fenby by-election, after members rejected co-option") made one all the same, and so does
    one only supposed ("had she gone sooner she would have been replaced by the next candidate on the list")."""
    if here:
        return False
    words = [(fold(t.text), t) for t in sent if fold(t.text)]
    text, starts = " ", []
    for word, _ in words:
        starts.append(len(text))
        text += word + " "
    for phrase in lexicon.unvoted_fillings:
        for found in _filling_pattern(phrase).finditer(text):
            first = words[starts.index(found.start())][1] if found.start() in starts else None
            if first is None or not _supposed(first, lexicon):
                return True
    return False


@cache
def _filling_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase of data "unvoted_fillings" as whole folded words, its "*" up to four words of any kind ("next name on the
    * list": "the party's regional list", never "the shortlist")."""
    body = r"(?:\S+ ){0,4}".join(re.escape(fold(part)) + " " for part in phrase.split("*"))
    return re.compile(r"(?<= )" + body)


def _supposed(tok: Token, lexicon: Lexicon) -> bool:
    """A word told in a clause of what would have happened: its nearest verb is hypothetical."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and hypothetical(verb, lexicon)


@rule("triggers.vacancy-about-contest", "triggers", examples=[
    example("The Fenby by-election is on Thursday. The contest was triggered when Tom Ure resigned.",
            "Tom Ure | resignation | Fenby"),
    example("Ann Roe won the Fenby by-election. Voters chose a new MP after Tom Ure's death.",
            "Tom Ure | death | Fenby"),
    example("The Fenby and Hale by-elections are on Saturday. Hale became vacant after the resignation of Ann Roe.",
            "Ann Roe | resignation | Hale")])
def _about_contest(ctx: ArticleContext, sent: Span, known: _Known) -> list[TriggerFact]:
    """A vacancy told in a sentence that speaks of the article's by-election without naming it: "The contest was
    triggered when ...", "voters in Fenby go to the polls after ..."."""
    if known.main is None:  # no by-election named anywhere: nothing for "the contest" to mean
        return []
    # the by-election whose seat the sentence names (or the place it is in: "Hale" of "Hale 1st district"), else the article's
    words = {t.text for t in sent}
    here = [next((e for e in known.vacancy if e.seat and (e.seat in sent.text or e.seat.split()[0] in words)), known.main)]
    if here[0] is known.main and (_successor_elsewhere(ctx, sent, known) or _shifts_topic(sent, ctx.lexicon)):
        return []
    facts = _vacancy_facts(ctx, sent, here, known, "triggers.vacancy-about-contest")
    if not (known.several and any(_the_vacancy_came(t, ctx.lexicon) for t in sent)):
        return facts
    seat = _which_vacancy(ctx, sent, known)
    return [f if _same_place(f.seat or "", seat) else replace(f, seat=seat, election=election_label(here[0].kind, seat, f.year))
            for f in facts] if seat is not None else []


def _which_vacancy(ctx: ArticleContext, sent: Span, known: _Known) -> str | None:
    """"By-elections were held in Fenby and Hale. ... In Fenby, the vacancy arose when ...": among several contests a
    bare "the vacancy" is the one of the seat its sentence names (or opens with), of the round-up section it is under,
    or of the result told just before it in its paragraph; with none of these it is no contest's in particular."""
    named = {e.seat for e in known.vacancy if e.seat and e.seat in sent.text}
    if len(named) == 1:
        return named.pop()
    result = _last_result_before(ctx, sent, [r for r in known.results if r.kind in VACANCY_KINDS])
    return _fronted_place(ctx, sent) or _section_seat(ctx, sent, known) or (result.seat if result is not None else None)


def _shifts_topic(sent: Span, lexicon: Lexicon) -> bool:
    """"Meanwhile, the seat of Tom Ure in Hale remains vacant after he resigned", "Elsewhere, Ann Roe quit the
    council": a sentence its first words (data "topic_shifts") turn to another matter tells a vacancy that is not
    the article's contest unless it names that contest's seat (read before this)."""
    text = fold(sent.text)
    return any(text == w or text.startswith(f"{w} ") for w in map(fold, lexicon.topic_shifts))


def _successor_elsewhere(ctx: ArticleContext, sent: Span, known: _Known) -> bool:
    """"Ann Roe won Fenby. ... In Hale, Tom Ure replaces Jo Platt, who quit Parliament": a successor named in the sentence
    who did not win the article's contest (its winner known) succeeded in another: the vacancy is not that contest's."""
    winner = known.contest.winner if known.contest is not None else None
    for verb in sent:
        if verb.lemma_ not in ctx.lexicon.replacing_verbs or verb.pos_ != "VERB" or _replaced(ctx, verb) is None:
            continue
        successor = subject_person(sent.doc, verb, ctx.by_token, list(ctx.mentions), dict(ctx.resolved), ctx.lexicon)
        if successor is not None and winner is not None and ctx.name(successor) != winner:
            return True
    return False


def _in_the_contest(ctx: ArticleContext, known: _Known, roles: Sequence[RoleFact]) -> set[str]:
    """Who stands in the article's by-election or special election: its winners, candidates, and anyone its
    result sentences name ("to incumbent Jo Platt's 41.2%")."""
    results = [r for r in known.results if r.kind in VACANCY_KINDS]
    people = {r.winner for r in results if r.winner} | {r.person for r in roles if r.role.startswith("candidate")}
    for result in results:
        span = ctx.doc.char_span(result.evidence.start, result.evidence.end, alignment_mode="expand")
        people |= {ctx.person_at[t.i] for t in span or () if t.i in ctx.person_at}
    return people


@rule("triggers.appointed-after", "triggers", examples=[
    example("Ann Roe won the Fenby special election, beating incumbent Tom Ure. The governor appointed Ure after "
            "Jo Platt resigned at the end of 2019.", "Jo Platt | resignation | Fenby")])
def _appointed_after(ctx: ArticleContext, sent: Span, known: _Known, standing: set[str]) -> TriggerFact | None:
    """"The governor appointed Roe after Ure resigned": a seat filled by appointment after a vacancy,
    then contested, the appointee standing in the article's special election: that vacancy made the contest.
    An appointee who does not stand (a minister named after a resignation) makes nothing."""
    contest = known.contest
    if contest is None or contest.seat is None:
        return None
    for verb in sent:
        if verb.lemma_ not in ctx.lexicon.appointing_verbs or verb.pos_ != "VERB":
            continue
        appointee = next((ctx.by_token[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in ctx.by_token), None)
        if appointee is None or ctx.name(appointee) not in standing:
            continue
        clause = next((c for c in verb.children if c.dep_ in ("advcl", "prep") and any(
            g.lower_ in ("after", "following") for g in [c, *c.children])), None)
        if clause is None:
            continue
        people = [m for m in ctx.mentions if clause.left_edge.i <= m.start <= clause.right_edge.i and m != appointee]
        for index, cause in _causes_in(ctx.doc[clause.left_edge.i : clause.right_edge.i + 1], ctx.lexicon):
            left = _vacated_by(ctx.lexicon, sent, people, index, 4)
            if left is not None and ctx.name(left) != ctx.name(appointee):
                return TriggerFact(ctx.name(left), cause, contest.seat, contest.election, evidence_for(sent), contest.year,
                                   ("triggers.appointed-after",))
    return None


def _office_before(ctx: ArticleContext, mention: Mention) -> str | None:
    """"former President Ann Roe", "new Fenby Mayor Ann Roe": the office a title before a name says its holder
    holds (data "contest_offices")."""
    doc = ctx.doc
    for width in (2, 1):
        words = doc[max(0, mention.start - width) : mention.start]
        if len(words) == width and all(t.is_title for t in words) and words.text.lower() in ctx.lexicon.contest_offices:
            return words.text
    return None


@rule("triggers.office-vacancy", "triggers", examples=[
    example("The snap election was sparked by the impeachment of President Tom Ure.", "Tom Ure | removal from office | President")])
def _office_vacancy(ctx: ArticleContext, sent: Span, people: list[Mention]) -> TriggerFact | None:
    """"The early election, brought on by the impeachment of ex-President X": an early election for an
    office, made by its holder's going; the seat is the office the holder's title names."""
    for verb in sent:
        if verb.lemma_ not in ctx.lexicon.trigger_verbs or verb.pos_ != "VERB" or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ == "election" and any(g.lower_ in ctx.lexicon.early_words for g in c.children)
                for c in verb.children):
            continue
        for index, cause in _causes_in(sent, ctx.lexicon):
            real = index > verb.i and not hypothetical(sent.doc[index], ctx.lexicon)
            person = _vacated_by(ctx.lexicon, sent, people, index) if real else None
            office = _office_before(ctx, person) if person is not None else None
            if person is not None and office is not None:
                published = ctx.published
                year = event_date(sent, published)[1] or (published.year if published else None)
                label = election_label(ctx.lexicon.contest_offices[office.lower()], None, year)
                return TriggerFact(ctx.name(person), cause, office, label, evidence_for(sent), year, ("triggers.office-vacancy",))
    return None


@rule("triggers.result-after-vacancy", "triggers", examples=[
    example("Four by-elections were held on Monday. Ann Roe won Fenby with 54 per cent of the vote, following the "
            "resignation of Tom Ure.", "Tom Ure | resignation | Fenby")])
def _result_after_vacancy(ctx: ArticleContext, sent: Span, known: _Known) -> TriggerFact | None:
    """"Roe took 51 per cent to keep the riding, following the resignation of X": a by-election's result
    told with the vacancy it came after; the winner is not the one who left."""
    start = evidence_for(sent).start
    told = next((r for r in known.results if r.seat and r.kind in VACANCY_KINDS and r.evidence.start == start), None)
    if told is None:
        return None
    people = [m for m in ctx.mentions if sent.start <= m.start < sent.end and ctx.name(m) != told.winner]
    for index, cause in _causes_in(sent, ctx.lexicon):
        after = any(t.lower_ in ("after", "following") for t in sent.doc[max(sent.start, index - 3) : index])
        person = _vacated_by(ctx.lexicon, sent, people, index, 4) if after and not hypothetical(sent.doc[index], ctx.lexicon) else None
        if person is not None:
            return TriggerFact(ctx.name(person), cause, told.seat, told.election, evidence_for(sent), told.year,
                               ("triggers.result-after-vacancy",))
    return None


def _other_trigger(ctx: ArticleContext, sent: Span, known: _Known, standing: set[str]) -> TriggerFact | None:
    """A sentence naming no by-election: a leader's vacancy, a holder's term, or the winner's predecessor."""
    people = [m for m in ctx.mentions if sent.start <= m.start < sent.end]
    words = {t.lower_ for t in sent} | {t.lemma_ for t in sent if t.pos_ == "VERB"}  # each trigger below needs one of its words
    other = _leadership_trigger(ctx, sent, people, known.leaders) if "leadership" in words else None
    if other is None and not words.isdisjoint(ctx.lexicon.early_words):
        other = _office_vacancy(ctx, sent, people)
    if other is None and not words.isdisjoint(("term", "seat")):
        other = _term_trigger(ctx, sent, people, known.results)
    if other is None and not words.isdisjoint(ctx.lexicon.replacing_words):
        other = _replaced_trigger(ctx, sent, known) or _contest_to_replace(ctx, sent, known) or _successor_elected(ctx, sent)
    if other is None and "predecessor" in words:  # "elected Tom Ure as premier ... after his predecessor Ann Roe stood down"
        other = _successor_elected(ctx, sent)
    if other is None and "successor" in words:  # "Voters in Fenby go to the polls to choose a successor to Ann Roe, who died"
        other = _successor_chosen(ctx, sent)
    if other is None and not words.isdisjoint(("after", "following")):
        other = _result_after_vacancy(ctx, sent, known) or _appointed_after(ctx, sent, known, standing)
    return other


#: a name and the seat in brackets after it: "Ann Roe (Fenby)"
_NAME_SEAT = re.compile(r"\b([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}) \(([A-Z][\w'’ .-]{1,40})\)")


def _members_left(sent: Span, lexicon: Lexicon) -> str | None:
    """"Each MP bounced out of Parliament for that breach won again": members, not named, who left
    their seats; the cause their leaving was."""
    members = lexicon.seat_holders | lexicon.seat_holders_plural
    for index, cause in _causes_in(sent, lexicon):
        tok = sent.doc[index]
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in members for c in tok.children) and not hypothetical(tok, lexicon):
            return cause
    return None


@rule("triggers.listed-members", "triggers", examples=[
    example("Three by-elections were held on Saturday. Every MP bounced out of Parliament for breaking the rule stood again.\n"
            "- Ann Roe (Fenby)\n- Tom Ure (Hale)\n", "Ann Roe | disqualification | Fenby", "Tom Ure | disqualification | Hale")])
def _listed_members(ctx: ArticleContext, known: _Known) -> list[TriggerFact]:
    """"Each MP bounced out of Parliament won again: - Ann Roe (Fenby) - Tom Ure (Hale)": members
    said to have left their seats in an article about by-elections, then listed by name and seat; each listed
    seat is a vacancy of its own. The list runs while sentences name someone with a seat in brackets."""
    if known.main is None:
        return []
    facts: list[TriggerFact] = []
    sents = list(ctx.doc.sents)
    year = ctx.published.year if ctx.published else None
    for number, sent in enumerate(sents):
        cause = _members_left(sent, ctx.lexicon)
        for item in sents[number + 1 :] if cause else ():
            found = list(_NAME_SEAT.finditer(item.text))
            if not found:
                break
            for match in found:
                start = item.start_char + match.start(1)
                mention = next((m for m in ctx.mentions if ctx.doc[m.start].idx == start), None)
                person = ctx.name(mention) if mention is not None else match.group(1)
                seat = match.group(2).strip()
                bracket = ctx.doc.char_span(item.start_char + match.start(2), item.start_char + match.end(2), alignment_mode="expand")
                if bracket is None or any(t.ent_type_ in ("PARTY", "NORP") for t in bracket):
                    continue  # "Ann Roe (Labour)": a party, not a seat
                facts.append(TriggerFact(person, cause or "", seat, election_label("by-election", seat, year), evidence_for(item),
                                         year, ("triggers.listed-members",)))
    return facts


_HOLDER_FOR = re.compile(r"^(\w+) for (.+)$")


def _member_seats(ctx: ArticleContext, roles: Sequence[RoleFact]) -> dict[str, tuple[str, ...]]:
    """Person -> the seats the article says they sit for: "the MP for Fenby" (a role's label, written as the text
    writes it), "Fenby MP Tom Ure", "Hale's Labour MP Jo Platt" (the place before a member's title at the name)."""
    seats: dict[str, list[str]] = {}
    text = ctx.doc.text
    for role in roles:
        match = _HOLDER_FOR.match(role.role)
        if match and match.group(1) in ctx.lexicon.seat_holders:
            at = text.lower().find(f" for {match.group(2)}")
            place = text[at + 5 : at + 5 + len(match.group(2))] if at >= 0 else match.group(2).title()
            seats.setdefault(role.person, []).append(place)
    doc = ctx.doc
    for mention in ctx.mentions:
        k = mention.start - 1
        if k < 1 or doc[k].lower_ not in ctx.lexicon.seat_holders:
            continue
        k -= 1
        first = doc[mention.start].sent.start
        while k >= first and (doc[k].ent_type_ in ("PARTY", "NORP") or doc[k].text in POSSESSIVES):
            k -= 1
        words: list[Token] = []
        while k >= first and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and k not in ctx.by_token \
                and doc[k].ent_type_ not in ("PARTY", "NORP"):  # "longtime MP X", a word the model took for a name
            words.insert(0, doc[k])
            k -= 1
        if words and _a_place(" ".join(w.text for w in words), ctx):
            seats.setdefault(ctx.name(mention), []).append(" ".join(w.text for w in words))
    return {person: tuple(dict.fromkeys(places)) for person, places in seats.items()}


def _same_place(a: str, b: str) -> bool:
    """"fenby" is "fenby and hale" named short, and the same seat named whole."""
    a, b = fold(a), fold(b)
    return bool(a) and bool(b) and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _other_post(cause: Token, lexicon: Lexicon) -> bool:
    """"resigned as health minister", "quit the cabinet", "stepped down from the board": leaving a post that is no seat
    (a member's title, a chamber, a seat or a place left is a seat's)."""
    left = _left_objects(cause, ("as", "from")) + [c for c in cause.children if c.dep_ == "dobj"]
    return any(not _a_seat_word(t, lexicon) for t in left)


def _left_objects(cause: Token, preps: tuple[str, ...]) -> list[Token]:
    """What a departure says its leaver left, through the prepositions given: "resigned as chair", "quit as the MP"
    (("as",)), "stepped down from the board" (("from",)); one reading for every rule that weighs the post left."""
    return [g for c in cause.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def _a_seat_word(tok: Token, lexicon: Lexicon) -> bool:
    """A word of what a member leaves with the seat: a member's title, a seat, a chamber, or a name (a place's)."""
    return tok.lower_ in lexicon.seat_holders or tok.lemma_ in lexicon.seat_words or fold(tok.text) in lexicon.houses \
        or tok.pos_ == "PROPN" and tok.ent_type_ not in ("PARTY", "NORP", "ORG")


def _gone_before(ctx: ArticleContext, sent: Span, election: ElectionMention, resigned_here: bool = False) -> bool:
    """"Tom Ure, the former MP for Fenby, died last week" in an article on a by-election of years before: a departure
    told after the contest's year, or of a member who had already gone ("former", "ex-"), made no vacancy for it. Under
    a round-up's heading a resignation of a "former councillor" (`resigned_here`) is what made the seat's contest: its
    member is former because of it."""
    former = not resigned_here and any(t.lower_ in ("former", "ex", "ex-") and t.head.lower_ in ctx.lexicon.seat_holders
                                       for t in sent)
    year = event_date(sent, ctx.published)[1]
    return former or bool(year and election.year and year > election.year)


def _describes_a_job(tok: Token, lexicon: Lexicon) -> bool:
    """"Ann Roe, a retired prison officer, won": a cause's word set on a common noun that is no member's (a job) says
    what someone was, not that a seat was left ("the late MP", "the late Tom Ure" are a member's)."""
    head = tok.head
    return tok.dep_ == "amod" and head.pos_ == "NOUN" and head.lower_ not in lexicon.seat_holders


@rule("triggers.member-departure", "triggers", examples=[
    example("Tom Ure, the Labour MP for Fenby, died in March. A by-election will be held in Fenby on June 5.",
            "Tom Ure | death | Fenby"),
    example("Ann Roe won the Fenby by-election on Thursday.\n\nFenby MP Tom Ure was expelled from the Commons in March.",
            "Tom Ure | disqualification | Fenby")])
def _member_departure(ctx: ArticleContext, known: _Known, told: Sequence[TriggerFact]) -> list[TriggerFact]:
    """"Tom Ure, the MP for Fenby, died in March. ... The Fenby by-election is on Thursday": the departure of a seat's
    member, told in a sentence of its own (the next one or paragraphs away), made the by-election the article names
    for that seat; a seat whose vacancy another sentence tells, a post that is no seat ("resigned as minister"), a
    party left, a hypothetical and a departure to stand are none."""
    contests = {e.seat: e for e in known.vacancy if e.seat}
    if not contests and known.main is None:
        return []
    seats = known.member_seats
    facts: list[TriggerFact] = []
    for sent in ctx.doc.sents:
        people = _people_in(ctx, sent)
        for index, cause in _vacancy_causes(sent, ctx.lexicon):
            tok = sent.doc[index]
            # "resigned his Kelby seat to run for governor" left Kelby all the same; under a round-up's heading, its seat
            named_left = _seat_left(ctx, tok)
            left = named_left or _section_seat(ctx, sent, known)
            sectioned = named_left is None and bool(known.round_up)  # the seat left is the round-up's section's
            if _describes_a_job(tok, ctx.lexicon) or hypothetical(tok, ctx.lexicon) or _other_post(tok, ctx.lexicon) or (
                    left is None and _to_run(sent, index, ctx.lexicon)):
                continue
            who: Mention | str | None = _vacated_by(ctx.lexicon, sent, people, index, 4) or _unnamed_leaver(ctx, index, known.standing)
            if who is None or _name(ctx, who) in known.standing:
                continue
            held = [*seats.get(_name(ctx, who), ()), *([left] if left else [])]
            # "X quit as the MP for Fenby. The by-election is on Thursday": a by-election named nowhere with its seat
            named = contests or ({left: replace(known.main, seat=left)} if left and known.main else {})
            if sectioned and left and known.main and not any(_same_place(left, c) for c in named):
                named = {**named, left: replace(known.main, seat=left)}  # a round-up's section: its seat is a contest
            for seat, election in named.items():
                if any(_same_place(place, seat) for place in held) and not any(_same_place(t.seat or "", seat) for t in told) \
                        and not _gone_before(ctx, sent, election, sectioned and cause == "resignation"):
                    year = election.year or (ctx.published.year if ctx.published else None)
                    facts.append(TriggerFact(_name(ctx, who), cause, seat, election_label(election.kind, seat, year), evidence_for(sent),
                                             year, ("triggers.member-departure",)))
    return facts


def extract_triggers(ctx: ArticleContext, roles: Sequence[RoleFact], results: Sequence[ElectionFact]) -> list[TriggerFact]:
    """Vacancies and their causes, sentence by sentence: a sentence naming a by-election or speaking of the
    article's is read only for that contest's vacancy, so its causes are not taken for another trigger."""
    misread = {e.seat for e in ctx.elections if _misread_seat(ctx, e)}
    ctx = replace(ctx, elections=tuple(_countrywide(_vacancy_contest(ctx, e)) for e in ctx.elections if e.seat not in misread))
    known = _known(ctx, roles, [_countrywide(r) for r in results if r.seat not in misread])
    standing = _in_the_contest(ctx, known, roles)
    round_up = tuple(_round_up_sections(ctx))
    known = replace(known, standing=frozenset(standing), member_seats=_member_seats(ctx, roles), round_up=round_up,
                    headings=round_up or tuple(_capital_headings(ctx)))
    facts: list[TriggerFact] = []
    for sent in ctx.doc.sents:
        here = [e for e in ctx.elections if sent.start <= e.start < sent.end and e.kind in VACANCY_KINDS]
        if _filled_without_vote(sent, ctx.lexicon, [e for e in here if not _contest_denied(ctx, e)]):
            continue
        if here:
            event = _event_triggers(ctx, sent, here)
            facts += [event] if event is not None else _beside_election(ctx, sent, here, known)
        elif known.main is not None and _about_the_contest(sent, ctx.lexicon):
            facts += _about_contest(ctx, sent, known)
        else:
            other = _other_trigger(ctx, sent, known, standing)
            facts += [other] if other is not None else []
    facts += _listed_members(ctx, known)
    facts += _member_departure(ctx, known, facts)
    facts = _under_headings(ctx, facts, known.round_up)
    facts = [f for f in facts if not f.seat or _a_place(f.seat, ctx)]
    return _without_seatless_repeats(facts)


def _vacancy_contest(ctx: ArticleContext, election: ElectionMention) -> ElectionMention:
    """"the partial election called after Ann Roe left the town hall", "an early election for mayor of Fenby, following
    the death of Mayor Tom Ure": a single contest held out of its time (a word of data "vacancy_contest_words" before it,
    an office's adjective between) fills a vacancy as a by-election does, and its vacancy is read the same way. A
    plural ("early elections"), a national contest ("an early parliamentary/presidential election", one after a
    dissolution: data "house_contest_words", "house_contest_kinds") is a whole house's vote, and a bare "early election"
    with no office or seat ("the prime minister resigned, forcing an early election") a snap national one."""
    doc, lexicon = ctx.doc, ctx.lexicon
    head = doc[election.end - 1]
    if election.kind in VACANCY_KINDS or election.kind in lexicon.house_contest_kinds or head.tag_ == "NNS":
        return election
    before = doc[max(election.start - 2, head.sent.start) : election.end - 1]
    if not any(fold(t.text) in lexicon.vacancy_contest_words for t in before):
        return election
    partial = any(fold(t.text) in lexicon.seat_contest_words for t in before)  # "a partial legislative election": one seat's
    if not partial and any(t.lower_ in lexicon.house_contest_words for t in (*before, head, *head.sent)):
        return election
    seat = election.seat or _office_place(head.sent, lexicon)
    return replace(election, kind="by-election", seat=seat) if seat or partial or election.kind != "election" else election


def _office_place(sent: Span, lexicon: Lexicon) -> str | None:
    """"an early election for mayor of the municipality of Fenby", "Voters in Fenby elected Ann Roe as mayor in an early
    election": the place of the office a contest out of its time fills (an office of data "contest_offices" "of" a
    place, past a common noun's own "of"), else the place its voters are in."""
    for tok in sent:
        if tok.lower_ not in lexicon.contest_offices:
            continue
        holder = tok
        for _ in range(3):
            obj = next((g for c in holder.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), None)
            if obj is None:
                break
            if obj.pos_ == "PROPN":
                return " ".join(t.text for t in obj.subtree if t.dep_ != "det" and not t.is_punct) or None
            holder = obj
    voters = next((t for t in sent if t.lower_ in lexicon.voter_words and t.dep_ == "nsubj"), None)  # "Voters" may be PROPN
    places = [g for c in (voters.children if voters is not None else ()) if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "LOC", "")]
    return " ".join(t.text for t in places[0].subtree if not t.is_punct) if places else None


def _without_seatless_repeats(facts: list[TriggerFact]) -> list[TriggerFact]:
    """"Ure quit in November. His departure set up Thursday's by-election": a vacancy told again in a sentence that names
    no seat, of a person whose vacancy the article already gives with its seat, is that one told twice, not a second."""
    seated = {f.person for f in facts if f.seat}
    return [f for f in facts if f.seat or f.person not in seated]


def _under_headings(ctx: ArticleContext, facts: list[TriggerFact], sections: Sequence[tuple[int, str | None]]) -> list[TriggerFact]:
    """"KELBY MUNICIPALITY (HALE), WARD 7" / "ANC hold" / "The by-election followed the death of ...": in a round-up
    whose contests each have a heading line naming body and seat, a vacancy told under a heading is that seat's, over
    a seat read from the sentence's results (a round-up's results are the ones most often given the wrong place); an
    office's own election told there keeps its office; a byline with a job title is no heading (_headings)."""
    if not sections:
        return facts
    out = []
    for fact in facts:
        before = [seat for at, seat in sections if at <= fact.evidence.start]
        seat = before[-1] if before else None
        kind = _vacancy_kind(fact)  # an office's own election ("executive mayor", chosen by the council) keeps its seat
        if seat is None or not kind or fact.seat and (fold(fact.seat) in fold(seat) or fold(seat) in fold(fact.seat)):
            out.append(fact)
            continue
        out.append(replace(fact, seat=seat, election=election_label(kind, seat, fact.year)))
    return out


def stated(facts: list[TriggerFact], lexicon: Lexicon) -> list[TriggerFact]:
    """The vacancies kg can state: one with a lower house's state or a by-election's region for its seat is one it
    cannot know (kg.extract.elections.stated_seat); a chamber glued to the seat's name is dropped from it. A seatless
    one is kept: "the by-election" of an article is still a contest of its own."""
    return restated(facts, lexicon, _vacancy_kind, chamber_ok=True)


def _vacancy_kind(fact: TriggerFact) -> str:
    return next((k for k in sorted(VACANCY_KINDS, key=len, reverse=True) if fact.election.endswith(k)), "")
