"""The office-holder gazetteer: heads of government and their terms (data/officeholders.json).

A module of its own so that both kg.extract.people (whose pronouns must agree with a known head of
government's gender) and kg.extract.government (which reads offices against it) can import it without
importing each other.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import DATA_DIR, fold


@dataclass(frozen=True)
class Term:
    person: str
    party: str
    office: str
    country: str
    start: dt.date
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Gazetteer:
    terms: tuple[Term, ...]
    titles: dict[str, tuple[str, str]]  # "President" -> ("president", "US")
    aliases: dict[str, str]  # folded other spelling -> name as in terms
    spellings: tuple[str, ...]  # the other spellings as written ("Jim Callaghan")
    coalitions: dict[str, tuple[tuple[dt.date, dt.date | None], ...]]
    government_words: frozenset[str]
    women: frozenset[str]  # the rest are men: "he" and "she" must agree with them
    by_person: dict[str, tuple[Term, ...]]  # folded name -> that person's terms, in `terms` order

    def gender(self, name: str) -> str | None:
        if not self.terms_of(name):
            return None
        return "f" if fold(self.aliases.get(fold(name), name)) in {fold(w) for w in self.women} else "m"

    def terms_of(self, name: str) -> list[Term]:
        key = fold(name)
        key = fold(self.aliases.get(key, name))
        return list(self.by_person.get(key, ()))

    def holder_at(self, office: str, country: str, day: dt.date) -> Term | None:
        return next((t for t in self.terms if t.office == office and t.country == country and t.covers(day)), None)

    def coalition(self, country: str, day: dt.date) -> bool:
        return any(start <= day and (end is None or day < end) for start, end in self.coalitions.get(country, ()))


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@cache
def gazetteer() -> Gazetteer:
    with open(DATA_DIR / "officeholders.json", encoding="utf-8") as handle:
        data = json.load(handle)
    terms: list[Term] = []
    titles: dict[str, tuple[str, str]] = {}
    for office in data["offices"]:
        for title in office["titles"]:
            titles.setdefault(title, (office["office"], office["country"]))
        for name, party, start, end in office["holders"]:
            terms.append(Term(name, party, office["office"], office["country"], _date(start) or dt.date.min, _date(end)))
    coalitions = {country: tuple((_date(a) or dt.date.min, _date(b)) for a, b in spans)
                  for country, spans in data["coalitions"].items() if not country.startswith("_")}
    by_person: dict[str, list[Term]] = {}
    for term in terms:  # terms_of is asked for every name in an article: look names up, not scan every term
        by_person.setdefault(fold(term.person), []).append(term)
    return Gazetteer(tuple(terms), titles, {fold(k): v for k, v in data["aliases"].items()}, tuple(data["aliases"]),
                     coalitions, frozenset(data["government_words"]), frozenset(data["women"]),
                     {k: tuple(v) for k, v in by_person.items()})
