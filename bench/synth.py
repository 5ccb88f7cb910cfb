"""Synthetic data for the benchmarks: invented people and places, our own template sentences.

Two products, both deterministic for a seed:
- `article_text`: a news-like article (~600 words) with the kinds of sentences kg extracts from (roles,
  results, by-election triggers) among ordinary reporting prose, for timing ingestion against bare spaCy;
- `article_facts`: the facts kg would extract from such an article, for building a large store through
  kg's own mapping (so the store has exactly kg's layout: one named graph per article).
Entities are drawn with a skewed distribution, so that popular people and seats recur across many
articles as they do in real news, and queries join across graphs.
No text is taken from any corpus: names are built from syllables, sentences from the templates below.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from kg.extract.model import ElectionFact, Evidence, Facts, Merge, RoleFact, TriggerFact

_FIRST = ("Alden", "Brona", "Cadell", "Delia", "Emrys", "Fenna", "Garrick", "Hester", "Idris", "Jolene", "Kester",
          "Linnea", "Marlow", "Nerys", "Osric", "Petra", "Quillon", "Rhoswen", "Stellan", "Tamsin", "Ulric", "Verity",
          "Wystan", "Xanthe", "Yorath", "Zelda", "Anwen", "Bram", "Corin", "Dulcie", "Elowen", "Fitz", "Gwyneth",
          "Hollis", "Isolde", "Jasper", "Kerensa", "Lorcan", "Morwenna", "Niall")
_SYLLABLES = ("bar", "cal", "dun", "fen", "gar", "hol", "kel", "lor", "mar", "nor", "pen", "quil", "ros", "sel",
              "tam", "vin", "wen", "yar", "bri", "cor", "dra", "esk", "fal", "grin", "hap", "ith", "jor", "ket")
_SURNAME_ENDS = ("wood", "by", "ton", "ley", "well", "sworth", "ham", "field", "more", "stone", "ridge", "combe")
_PLACE_ENDS = ("ford", "bury", "minster", "mouth", "wick", "caster", "dale", "haven", "moor", "bridge", "holm")
_PARTIES = ("Labour", "Conservative", "Liberal Democrat", "Green Party", "Scottish National Party", "Plaid Cymru",
            "Reform UK", "Ukip")
_PARTY_NAMES = {"Labour": "Labour Party", "Conservative": "Conservative Party", "Liberal Democrat": "Liberal Democrats",
                "Green Party": "Green Party", "Scottish National Party": "Scottish National Party",
                "Plaid Cymru": "Plaid Cymru", "Reform UK": "Reform UK", "Ukip": "UK Independence Party"}
_PARTY_ROLES = ("MP", "candidate", "councillor", "deputy leader", "leader", "chairman", "whip", "spokeswoman")
_OFFICES = ("health secretary", "shadow chancellor", "education secretary", "foreign secretary", "housing minister",
            "transport secretary", "shadow home secretary", "treasury minister", "culture secretary", "chief whip")
_CAUSES = (("resignation", "the resignation of"), ("death", "the death of"), ("elevation to the Lords", "the elevation to the Lords of"),
           ("recall", "a successful recall petition against"))
_TOPICS = ("the local hospital", "bus services", "the new bypass", "school funding", "the high street", "flood defences",
           "housing targets", "the steelworks", "rural broadband", "the cost of living", "the closing factory", "social care")
_FILLER = (
    "Voters in {place} said {topic} had dominated conversations on the doorstep throughout the campaign.",
    "Turnout was lower than at the last election, with rain falling across much of {place} for most of the day.",
    "Local activists said they had knocked on thousands of doors since the campaign began in the spring.",
    "The count at the leisure centre ran late into the night as ballot boxes arrived from outlying villages.",
    "Several residents told reporters they had not decided how to vote until they reached the polling station.",
    "Campaigners have warned for months that {topic} would decide the contest in {place}.",
    "Polls had suggested a close race, but the final margin surprised officials from every party.",
    "A spokesman for the returning officer said the count had been conducted without any complaints.",
    "Business owners on the high street said they hoped the result would bring new investment to the area.",
    "The constituency has changed hands only twice since the boundaries were redrawn after the war.",
    "Officials confirmed that postal votes accounted for almost a third of all ballots cast in {place}.",
    "Critics said the national campaign had paid too little attention to {topic} and too much to the leadership.",
    "Supporters gathered outside the town hall to wait for the declaration, some of them waving home-made banners.",
    "Analysts said the swing in {place} was in line with recent local council results across the region.",
    "The government has promised a review of {topic}, although no date for its publication has been set.",
    "Opposition figures accused ministers of neglecting {place} for years and of making promises only at election time.",
)
_QUOTES = (
    "\u201cThis result belongs to the people of {place}, who have asked for change,\u201d {name} said.",
    "\u201cWe listened to what people told us about {topic} and we will keep our promises,\u201d {name} told supporters.",
    "\u201cIt has been a difficult night, but we will learn from it,\u201d {name} said after the declaration.",
    "\u201cPeople here are tired of being taken for granted,\u201d {name} told a local radio station.",
)


@dataclass(frozen=True)
class World:
    """The invented people, seats and their parties, shared by every article of one seed."""

    people: tuple[str, ...]
    party_of: dict[str, str]
    seats: tuple[str, ...]


def _name(rng: random.Random, ends: tuple[str, ...]) -> str:
    return (rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.choice(ends)).capitalize()


def make_world(seed: int = 7, people: int = 20_000, seats: int = 2_000) -> World:
    rng = random.Random(seed)
    names: dict[str, None] = {}
    while len(names) < people:
        names.setdefault(f"{rng.choice(_FIRST)} {_name(rng, _SURNAME_ENDS)}", None)
    places: dict[str, None] = {}
    while len(places) < seats:
        places.setdefault(_name(rng, _PLACE_ENDS), None)
    everyone = tuple(names)
    return World(everyone, {p: rng.choice(_PARTIES) for p in everyone}, tuple(places))


def _pick(rng: random.Random, items: tuple[str, ...]) -> str:
    """A log-uniform rank (Zipf-like, P(rank r) ~ 1/r): the first people and seats are in many articles, most in few."""
    return items[min(len(items) - 1, int(len(items) ** rng.random()) - 1)]


def _year(rng: random.Random) -> int:
    return rng.randrange(2005, 2024)


def article_text(world: World, number: int, seed: int = 7) -> str:
    """One article of about 600 words: a headline, a lead with a result, roles, a trigger, and reporting prose."""
    rng = random.Random(seed * 1_000_003 + number)
    seat = _pick(rng, world.seats)
    winner, loser, departed, leader, minister = (_pick(rng, world.people) for _ in range(5))
    wparty, lparty, dparty = world.party_of[winner], world.party_of[loser], world.party_of[departed]
    year = _year(rng)
    day = dt.date(year, rng.randrange(1, 13), rng.randrange(1, 29))
    majority = rng.randrange(150, 12_000)
    topic = rng.choice(_TOPICS)
    w_last, l_last, d_last = winner.split()[1], loser.split()[1], departed.split()[1]
    lead = [
        f"{wparty} candidate {winner} has won the {seat} by-election, beating {lparty} rival {loser} "
        f"by {majority:,} votes.",
        f"The by-election was triggered by {rng.choice(_CAUSES)[1]} {dparty} MP {departed}, who had held the "
        f"seat since {year - rng.randrange(3, 20)}.",
        f"Mr {w_last} thanked volunteers at the count and said {topic} would be his first priority.",
    ]
    roles = [
        f"{_PARTIES[rng.randrange(len(_PARTIES))]} leader {leader} visited {seat} twice during the campaign.",
        f"The {rng.choice(_OFFICES)}, {minister}, said the result showed the government was listening.",
        f"{world.party_of[loser]} {rng.choice(_PARTY_ROLES)} {_pick(rng, world.people)} said the party would "
        f"study the result carefully.",
        f"Ms {l_last} said she was proud of her campaign and would stand again.",
        f"Mr {d_last} did not attend the count.",
    ]
    paragraphs = [f"{winner} wins {seat} by-election for {wparty}", " ".join(lead)]
    fillers = rng.sample(_FILLER, len(_FILLER)) + rng.sample(_FILLER, len(_FILLER))[:14]
    body = [filler.format(place=seat, topic=rng.choice(_TOPICS)) for filler in fillers]
    body += roles
    body += [rng.choice(_QUOTES).format(place=seat, topic=topic, name=n) for n in (winner, loser, leader)]
    rng.shuffle(body)
    for start in range(0, len(body), 3):
        paragraphs.append(" ".join(body[start:start + 3]))
    return f"date {day.isoformat()}\n" + "\n\n".join(paragraphs) + "\n"


def article_facts(world: World, number: int, seed: int = 7) -> tuple[str, dt.date, Facts]:
    """The facts of one synthetic article (what kg's extractors would find), with its title and date.

    About 100 triples an article once mapped (1M triples is about 10,000 articles): a result, a trigger, several role
    assignments with party, evidence sentences and mention merges.
    """
    rng = random.Random(seed * 2_000_003 + number)
    seat = _pick(rng, world.seats)
    year = _year(rng)
    election = f"{year} {seat} by-election"
    # what is true of the election is the same in every article that reports it
    known = random.Random(f"{seed}:{election}")
    day = dt.date(year, known.randrange(1, 13), known.randrange(1, 29))
    winner, departed = _pick(known, world.people), _pick(known, world.people)
    majority, outcome, cause = known.randrange(150, 12_000), "gain" if known.random() < 0.4 else "hold", known.choice(_CAUSES)[0]
    offset = 0

    def evidence(text: str) -> Evidence:
        nonlocal offset
        start, offset = offset, offset + len(text) + 1
        return Evidence(start, start + len(text), text)

    wparty = _PARTY_NAMES[world.party_of[winner]]
    roles = []
    for _ in range(rng.randrange(1, 5)):
        person = _pick(rng, world.people)
        role = rng.choice(_PARTY_ROLES + _OFFICES).lower()
        party = _PARTY_NAMES[world.party_of[person]] if rng.random() < 0.8 else None
        roles.append(RoleFact(person, role, party, evidence(f"{party or ''} {role} {person} said it was a fair result."),
                              status=rng.choice(("current", "current", "former")), party_basis="stated" if party else None,
                              rules=("roles.title-before-name",)))
    result = ElectionFact(election, "by-election", seat, winner, wparty,
                          evidence(f"{winner} won the {seat} by-election for the {wparty}."),
                          date=day, year=year, majority=majority, outcome=outcome, rules=("results.won-verb",))
    trigger = TriggerFact(departed, cause, seat, election,
                          evidence(f"The by-election was triggered by the departure of {departed}."), year=year,
                          rules=("triggers.vacancy-beside-election",))
    merges = tuple(Merge(f"Mr {p.split()[1]}", p, "title+surname", evidence(f"Mr {p.split()[1]} spoke.")) for p in (winner,))
    return f"{winner} wins {seat} by-election ({number})", day, Facts(tuple(roles), (result,), (trigger,), merges)
