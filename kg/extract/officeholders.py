"""The office-holder gazetteer: heads of government and of state, their parties and terms.

Built from open data by `python -m kg.gazetteer.build` into data/gazetteer/officeholders.json (see
kg/gazetteer/offices.py): ParlGov cabinets and presidents, the Global Leader Ideologies dataset, the US executive,
and the little the data lacks (data/officeholders.json). A module of its own so that both kg.extract.people (whose
pronouns must agree with a known head of government's gender) and kg.extract.government (which reads offices
against it) can import it without importing each other.

Only heads of government are read (one per country at a time, which the governing party is read from). The built
file also holds heads of state (the presidents of France, Germany, Ireland: `"head": false`), which kg does not use:
giving a ceremonial president's party to the facts about them cost precision on the development corpus.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import DATA_DIR, DataError, fold

#: the built file, under DATA_DIR
BUILT = "gazetteer/officeholders.json"


@dataclass(frozen=True)
class Term:
    person: str
    party: str | None
    office: str
    country: str
    start: dt.date
    end: dt.date | None
    wikidata: str | None = None
    until: dt.date | None = None  # no end known: in office as far as the data reaches (its "known_until"), no further

    def covers(self, day: dt.date) -> bool:
        if self.end is not None:
            return self.start <= day < self.end
        return self.start <= day and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Gazetteer:
    terms: tuple[Term, ...]  # heads of government, by office and country, each office's in order
    titles: dict[str, tuple[str, str]]  # "President" -> ("president", "")
    aliases: dict[str, str]  # folded other spelling -> name as in terms
    spellings: tuple[str, ...]  # the other spellings as written ("Jim Callaghan")
    coalitions: dict[str, tuple[tuple[dt.date, dt.date | None], ...]]
    government_words: frozenset[str]
    women: frozenset[str]  # the rest are men: "he" and "she" must agree with them
    by_person: dict[str, tuple[Term, ...]]  # folded name -> that person's terms, in order

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


def _read() -> dict:  # type: ignore[type-arg]
    path = DATA_DIR / BUILT
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"{path}: unreadable ({exc}); rebuild it with python -m kg.gazetteer.build ../shared/opendata") from None
    if not isinstance(data, dict) or "offices" not in data:
        raise DataError(f"{path}: not an office-holder gazetteer built by kg.gazetteer.build; rebuild it")
    return data


@cache
def gazetteer() -> Gazetteer:
    data = _read()
    heads: list[Term] = []
    titles: dict[str, tuple[str, str]] = {}
    for office, words in data["titles"].items():
        for title in words:
            titles.setdefault(title, (office, ""))
    for office in (o for o in data["offices"] if o["head"]):
        last = len(office["holders"]) - 1
        for n, (name, party, start, end, wikidata) in enumerate(office["holders"]):
            until = _date(office.get("known_until")) if n == last else None
            heads.append(Term(name, party, office["office"], office["country"], _date(start) or dt.date.min, _date(end), wikidata, until))
    coalitions = {country: tuple((_date(a) or dt.date.min, _date(b)) for a, b in spans) for country, spans in data["coalitions"].items()}
    by_person: dict[str, list[Term]] = {}
    for term in sorted(heads, key=lambda t: t.start):  # terms_of is asked for every name: look names up
        by_person.setdefault(fold(term.person), []).append(term)
    return Gazetteer(tuple(heads), titles, {fold(k): v for k, v in data["aliases"].items()}, tuple(data["aliases"]),
                     coalitions, frozenset(data["government_words"]), frozenset(data["women"]),
                     {k: tuple(v) for k, v in by_person.items()})
