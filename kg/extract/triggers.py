"""What triggered a by-election: a person's resignation, death, recall, peerage or disqualification.

Only a vacancy stated in the same sentence as a by-election or special election counts: a minister
leaving the cabinet triggers nothing. A party leader's death or resignation in a sentence about the
leadership triggers that party's leadership election.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.context import ArticleContext
from kg.extract.dates import event_date
from kg.extract.elections import ElectionMention, election_label, possessive_seat, primary_seat
from kg.extract.lexicon import Lexicon, fold
from kg.extract.model import ElectionFact, RoleFact, TriggerFact
from kg.extract.people import Mention, antecedent, evidence_for, subject_person
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
def _leadership_trigger(ctx: ArticleContext, sent: Span, people: list[Mention],
                        leaders: dict[str, str]) -> TriggerFact | None:
    """"After the death of leader John Smith in 1994 ... a clear run at the leadership"."""
    if not any(t.lower_ == "leadership" for t in sent):
        return None
    for index, cause in _causes_in(sent, ctx.lexicon):
        if cause not in ("death", "resignation"):
            continue
        for mention in people:
            person = ctx.name(mention)
            if person in leaders and (abs(mention.start - index) <= 4 or abs(mention.end - 1 - index) <= 4):
                party = leaders[person]
                years = [int(t.text) for t in sent if t.like_num and len(t.text) == 4 and t.text.isdigit()]
                year = years[0] if years else None
                seat = f"Leader of the {party}"
                label = election_label("leadership election", party, year)
                return TriggerFact(person, cause, seat, label, evidence_for(sent), year, ("triggers.leader-vacancy",))
    return None


_RUNNING = {"run", "stand", "seek", "contest", "challenge"}


def _to_run(sent: Span, index: int) -> bool:
    """"Moore resigned from the Court ... to run for the open Senate seat": who leaves a post to stand for the seat
    is a candidate for it, not the one who left it empty."""
    doc = sent.doc
    return any(doc[i].lower_ == "to" and doc[i + 1].lemma_ in _RUNNING for i in range(index + 1, min(index + 12, sent.end - 1)))


@rule("triggers.vacancy-in-term", "triggers", examples=[
    example("Tom Ure was elected in 2001 to complete the term of Ann Roe, whose death in June left the Fenby seat "
            "empty. Ure won the Fenby special election.", "Ann Roe | death | Fenby")])
def _term_trigger(ctx: ArticleContext, sent: Span, people: list[Mention],
                  results: list[ElectionFact]) -> TriggerFact | None:
    """"elected to complete the term of Frank L., whose death in June gave rise to the campaign": a vacancy
    in a holder's term, filled by the contest the article reports."""
    # the contest this sentence tells the result of ("X recaptured the seat held by the late Y"), else the article's
    contests = [r for r in results if r.seat and r.kind in _VACANCY_KINDS]
    here = evidence_for(sent).start
    contest = next((r for r in contests if r.evidence.start == here), contests[0] if contests else None)
    if contest is None or not any(t.lower_ in ("term", "seat") for t in sent):
        return None
    published = ctx.published
    for index, cause in _causes_in(sent, ctx.lexicon):
        if cause not in ("death", "resignation") or _to_run(sent, index):
            continue
        person = _vacated_by(sent, people, index, 4)
        if person is not None:
            return TriggerFact(ctx.name(person), cause, contest.seat, contest.election,
                               evidence_for(sent), contest.year or (published.year if published else None),
                               ("triggers.vacancy-in-term",))
    return None


@rule("triggers.winner-replaces", "triggers", examples=[
    example("Ann Roe won the Fenby by-election for Labour. She replaces Tom Ure, who resigned in March.",
            "Tom Ure | resignation | Fenby")])
def _replaced_trigger(ctx: ArticleContext, sent: Span, contest: ElectionFact | None) -> TriggerFact | None:
    """"She replaces Dennis Walsh, who stood down in September": the by-election's winner replaces someone
    whose departure the sentence tells; that departure made the vacancy."""
    if contest is None or contest.winner is None:
        return None
    by_token, mentions, resolved, published = ctx.by_token, list(ctx.mentions), dict(ctx.resolved), ctx.published
    for verb in sent:
        if verb.lemma_ not in ("replace", "succeed") or verb.pos_ != "VERB":
            continue
        successor = subject_person(sent.doc, verb, by_token, mentions, resolved)
        replaced = next((by_token[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in by_token), None)
        if successor is None or replaced is None or ctx.name(successor) != contest.winner:
            continue
        for index, cause in _causes_in(sent, ctx.lexicon):
            if replaced.end <= index <= replaced.end + 8:
                return TriggerFact(ctx.name(replaced), cause, contest.seat, contest.election,
                                   evidence_for(sent), contest.year or (published.year if published else None),
                                   ("triggers.winner-replaces",))
    return None


_CONTEST_NOUNS = {"contest", "election", "poll", "vote", "race", "ballot"}
#: who a by-election or special election chooses: "to choose a new MSP following the death of ..."
_SEAT_HOLDERS = {"mp", "msp", "td", "mla", "ms", "member", "representative", "senator", "congressman",
                 "congresswoman", "councillor", "mayor"}
_BECAUSE = ("after", "because", "following")


def _new_holder_after(tok: Token) -> bool:
    """"the polls picked a new MP after the resignation of ...": a new holder chosen after a vacancy."""
    doc = tok.doc
    return (tok.lower_ == "new" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _SEAT_HOLDERS
            and any(t.lower_ in _BECAUSE for t in doc[tok.i + 2 : tok.sent.end]))


_SEAT_WORDS = {"seat", "riding", "electorate", "constituency", "district", "ward"}


def _fell_vacant(tok: Token) -> bool:
    """"Fenby became vacant following the resignation of ...", "the seat fell vacant after ...": a seat left empty."""
    if tok.lower_ != "vacant" or tok.dep_ not in ("acomp", "oprd", "attr"):
        return False
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in _SEAT_WORDS or (subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON"))


def _about_the_contest(sent: Span, lexicon: Lexicon) -> bool:
    """A sentence that speaks of the article's by-election without naming it: "The contest was triggered
    when ...", "Voters go to the polls after ...", "to choose a new MSP following ...", "Fenby became vacant
    following ..."."""
    for tok in sent:
        if _new_holder_after(tok) or _fell_vacant(tok):
            return True
        if tok.lemma_ in lexicon.trigger_verbs and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in _CONTEST_NOUNS
                                                       for c in tok.children):
            return True
        if tok.lower_ == "polls" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "to" and any(
                t.lower_ in _BECAUSE for t in tok.doc[tok.i + 1 : sent.end]):
            return True
    return False


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

    @property
    def won(self) -> str | None:
        """The seat the article's contest was won in, for when its by-election is never named with its seat."""
        return self.contest.seat if self.contest else None


def _known(ctx: ArticleContext, roles: Sequence[RoleFact], results: Sequence[ElectionFact]) -> _Known:
    """The article's contests and leaders, read once: every sentence's rules consult them."""
    elections = list(ctx.elections)
    primary = primary_seat(ctx.doc, elections)
    leaders = {r.person: r.party for r in roles if r.role in ("leader", "party leader") and r.party}
    contest = next((r for r in results if r.seat and r.kind in _VACANCY_KINDS), None)
    vacancy = [e for e in elections if e.kind in _VACANCY_KINDS]
    main = next((e for e in vacancy if e.seat == primary), vacancy[0] if vacancy else None)
    return _Known(list(results), leaders, contest, vacancy, main, primary)


def _vacated_by(sent: Span, people: list[Mention], index: int, reach: int = 6) -> Mention | None:
    """Whose vacancy the cause at `index` is: a cause names its person with "of" more reliably than by distance."""
    doc = sent.doc
    # "the elevation to the Lords of Tory MP Peter Hain", "the seat vacated by X", "the resignation of the seat by X":
    # the person the cause is "of" or "by", else the nearest
    of = [m for c in doc[index].subtree if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")
          for m in people if any(m.start <= t.i < m.end for t in c.subtree)]
    # "the death in January of the Independent TD X": an "of" just after a date the cause was in
    of = of or [m for c in doc[index + 1 : min(index + 5, sent.end)] if c.lower_ == "of"
                for m in people if any(m.start <= t.i < m.end for t in c.subtree)]
    near = of or [m for m in people if abs(m.start - index) <= reach or abs(m.end - 1 - index) <= reach]
    if not near:
        return None
    return min(near, key=lambda m: min(abs(m.start - index), abs(m.end - 1 - index)))


def _vacancy_fact(ctx: ArticleContext, sent: Span, here: list[ElectionMention], known: _Known,
                  rule_name: str) -> TriggerFact | None:
    """The part both vacancy rules share once they know which by-election the sentence means: its first cause
    that names a person is the vacancy."""
    people = [m for m in ctx.mentions if sent.start <= m.start < sent.end]
    for index, cause in _causes_in(sent, ctx.lexicon):
        person = _vacated_by(sent, people, index)
        if person is None:
            continue
        election: ElectionMention = next((e for e in here if e.seat), here[0])
        person_at = {i: ctx.name(m) for m in people for i in range(m.start, m.end)}
        # "X won a special election to fill the South Carolina seat vacated by Y": the result this sentence tells
        start = evidence_for(sent).start
        told = next((r for r in known.results if r.seat and r.kind == election.kind and r.evidence.start == start), None)
        if told is not None and election.seat is None:
            return TriggerFact(ctx.name(person), cause, told.seat, told.election, evidence_for(sent), told.year, (rule_name,))
        seat = possessive_seat(ctx.doc, sent.start, sent.end, person_at) or election.seat or known.primary or known.won
        # the by-election's year, not the vacancy's ("resigned in December" of the year before)
        published = ctx.published
        year = election.year or (published.year if published else event_date(sent, published)[1])
        label = election_label(election.kind, seat, year)
        return TriggerFact(ctx.name(person), cause, seat, label, evidence_for(sent), year, (rule_name,))
    return None


def _event_cause(noun: Token, lexicon: Lexicon) -> str | None:
    """What an event noun makes of a vacancy: "resignation" (data "causes"), or a move to another office
    ("victory", "election", "appointment": data "event_causes")."""
    return lexicon.causes.get(fold(noun.lemma_)) or lexicon.causes.get(fold(noun.text)) or lexicon.event_causes.get(noun.lemma_.lower())


def _seat_in_clause(sent: Span) -> str | None:
    """"to fill her seat in the state Senate": the seat a clause names by its chamber."""
    for tok in sent:
        if tok.lower_ == "seat":
            # "in" on the seat, or on the verb it is the object of ("fill her seat in the Senate")
            heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
            place = next((g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > tok.i
                          for g in c.children if g.dep_ == "pobj"), None)
            if place is not None:
                words = [t for t in place.subtree if t.lower_ not in ("the", "a")]
                return " ".join(t.text for t in words) or None
    return None


@rule("triggers.event-triggers-contest", "triggers", examples=[
    example("Ann Roe won the Fenby special election. Roe's victory will trigger another special election to fill her "
            "seat in the state Senate.", "Ann Roe | election to another office | state Senate"),
    example("Tom Ure's confirmation as ambassador has triggered a by-election in Hale.", "Tom Ure | appointment | Hale")])
def _event_triggers(ctx: ArticleContext, sent: Span, here: list[ElectionMention]) -> TriggerFact | None:
    """"Roe's victory will trigger another special election to fill her seat", "His confirmation as ambassador
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
        if mention is None and owner.lower_ in ("his", "her"):
            mention = antecedent(ctx.doc, owner, list(ctx.mentions), dict(ctx.resolved))
        if mention is None:
            continue
        another = any(t.lower_ in ("another", "new", "second") for t in ctx.doc[election.start - 2 : election.start])
        seat = election.seat or (_seat_in_clause(sent) if another else None)
        if seat is None:
            continue  # the article's contest: left to the rule that reads the article's own by-election
        year = election.year or (ctx.published.year if ctx.published else None)
        return TriggerFact(ctx.name(mention), cause, seat, election_label(election.kind, seat, year), evidence_for(sent),
                           year, ("triggers.event-triggers-contest",))
    return None


@rule("triggers.vacancy-beside-election", "triggers", examples=[
    example("The Fenby by-election was caused by the death of Labour MP Ann Roe.", "Ann Roe | death | Fenby")])
def _beside_election(ctx: ArticleContext, sent: Span, here: list[ElectionMention], known: _Known) -> TriggerFact | None:
    """A vacancy told in the sentence that names the by-election it made ("The Fenby by-election was caused by
    the death of ..."): only there is a resignation or death known to be the cause of one."""
    return _vacancy_fact(ctx, sent, here, known, "triggers.vacancy-beside-election")


@rule("triggers.vacancy-about-contest", "triggers", examples=[
    example("The Fenby by-election is on Thursday. The contest was triggered when Tom Ure resigned.",
            "Tom Ure | resignation | Fenby"),
    example("Ann Roe won the Fenby by-election. Voters picked a new MP after the death of Tom Ure.",
            "Tom Ure | death | Fenby"),
    example("The Fenby and Hale by-elections are on Saturday. Hale became vacant following the resignation of Ann Roe.",
            "Ann Roe | resignation | Hale")])
def _about_contest(ctx: ArticleContext, sent: Span, known: _Known) -> TriggerFact | None:
    """A vacancy told in a sentence that speaks of the article's by-election without naming it: "The contest was
    triggered when ...", "voters in Kettering North go to the polls after ..."."""
    if known.main is None:  # no by-election named anywhere: nothing for "the contest" to mean
        return None
    # the by-election whose seat the sentence names, else the article's
    here = [next((e for e in known.vacancy if e.seat and e.seat in sent.text), known.main)]
    return _vacancy_fact(ctx, sent, here, known, "triggers.vacancy-about-contest")


_REPLACING = ("replace", "replaces", "replaced", "succeed", "succeeds", "succeeded")


def _other_trigger(ctx: ArticleContext, sent: Span, known: _Known) -> TriggerFact | None:
    """A sentence naming no by-election: a leader's vacancy, a holder's term, or the winner's predecessor."""
    people = [m for m in ctx.mentions if sent.start <= m.start < sent.end]
    words = {t.lower_ for t in sent}  # each trigger below needs one of its words: one pass, not two
    other = _leadership_trigger(ctx, sent, people, known.leaders) if "leadership" in words else None
    if other is None and not words.isdisjoint(("term", "seat")):
        other = _term_trigger(ctx, sent, people, known.results)
    if other is None and known.contest is not None and not words.isdisjoint(_REPLACING):
        other = _replaced_trigger(ctx, sent, known.contest)
    return other


def extract_triggers(ctx: ArticleContext, roles: Sequence[RoleFact], results: Sequence[ElectionFact]) -> list[TriggerFact]:
    """Vacancies and their causes, sentence by sentence: a sentence naming a by-election or speaking of the
    article's is read only for that contest's vacancy, so its causes are not taken for another trigger."""
    known = _known(ctx, roles, results)
    facts = []
    for sent in ctx.doc.sents:
        here = [e for e in ctx.elections if sent.start <= e.start < sent.end and e.kind in _VACANCY_KINDS]
        if here:
            fact = _event_triggers(ctx, sent, here) or _beside_election(ctx, sent, here, known)
        elif known.main is not None and _about_the_contest(sent, ctx.lexicon):
            fact = _about_contest(ctx, sent, known)
        else:
            fact = _other_trigger(ctx, sent, known)
        if fact is not None:
            facts.append(fact)
    return facts
