"""The world's parties from Party Facts (core parties and their Wikidata ids), merged with data/parties.json.

Each party is named as the gold corpus names it (its English Wikipedia title, which already carries its country
where the name is another's: "Labour Party (Ireland)", "New Zealand Labour Party"); the hand-made parties of
data/parties.json keep their names and take precedence. A name that several countries' parties share becomes a
national variant: the article's country decides, and with no country evidence it stays the hand-made default or,
when there is none, an unresolved party of that name with no country.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import pycountry
from spacy.lang.en import English

from kg.extract.lexicon import fold

#: a party last seen before this year is history, not news (its names would only add false matches)
RECENT = 1990
#: a title that is an election's, a list's, or one era's of a name several parties bore ("Democratic Party (South Korea,
#: 2011)"), or a section of another page ("...#..."); other digits belong to the name ("Alliance 90/The Greens")
_NOT_A_PARTY_TITLE = re.compile(r"\b(?:1[89]|20)\d\d\b|#|election|^List of|referendum", re.IGNORECASE)
_tokenizer = English().tokenizer


@dataclass
class WorldParty:
    partyfacts: int
    country: str  # ISO 3166-1 alpha-2, as in data/parties.json
    name: str
    names: list[str]  # every name, the canonical first
    wikidata: str | None
    share: float
    year_last: int | None
    primary: list[str] = field(default_factory=list)  # its current names: title, label, English, native, short
    shorts: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)


def iso2(alpha3: str) -> str | None:
    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country else None


def _alternatives(text: str) -> list[str]:
    """"Anti-Austerity Alliance / Solidarity" -> both; "Pashto: ..." -> the name after the language."""
    out = []
    for part in re.split(r"\s+/\s+|/|;", text or ""):
        part = re.sub(r"\[[^]]*\]", "", part.split(": ", 1)[-1]).replace("’", "'").replace("‎", "").strip(" ,")
        if part:
            out.append(" ".join(part.split()))
    return out


def _title(url: str) -> str | None:
    title = unquote(url.rsplit("/wiki/", 1)[-1]).replace("_", " ").strip() if "/wiki/" in url else ""
    return title if title and not _NOT_A_PARTY_TITLE.search(title) else None


def read(source: Path) -> list[WorldParty]:
    """Recent parties with a vote share (Party Facts core parties), with their Wikidata ids and names."""
    wikidata = {r["partyfacts_id"]: r for r in csv.DictReader((source / "partyfacts/wikidata.csv").open(encoding="utf-8"))}
    parties = []
    for row in csv.DictReader((source / "partyfacts/core-parties.csv").open(encoding="utf-8")):
        country = iso2(row["country"])
        last = int(row["year_last"]) if row["year_last"].strip() else None
        share = float(row["share"]) if row["share"].strip() else 0.0
        if row["technical"] or not country or share <= 0 or (last is not None and last < RECENT):
            continue
        wd = wikidata.get(row["partyfacts_id"], {})
        fields = [_alternatives(v) for v in (wd.get("name", ""), row["name_english"], row["name"], wd.get("name_native", ""))]
        shorts = {s for s in (row["name_short"].strip(), wd.get("name_short", "").strip()) if s}
        primary = list(dict.fromkeys(n for n in [_title(row["wikipedia"]), *(f[0] for f in fields if f), *sorted(shorts)] if n))
        names = list(dict.fromkeys([*primary, *(n for f in fields for n in f[1:]), *_alternatives(row["name_other"])]))
        if names:
            name = max((n for n in names if fold(n) == fold(names[0])), key=lambda n: sum(c.isupper() for c in n))
            parties.append(WorldParty(int(row["partyfacts_id"]), country, name, names, wd.get("wikidata_id") or None, share, last,
                                      primary, shorts))
    return _dedupe(parties)


def _dedupe(parties: list[WorldParty]) -> list[WorldParty]:
    """One record a Wikidata item (or Wikipedia title): Party Facts lists some parties once per era."""
    best: dict[str, WorldParty] = {}
    for party in sorted(parties, key=lambda p: (p.year_last is not None, -(p.year_last or 0), -p.share)):
        key = party.wikidata or f"{party.country} {fold(party.name)}"
        if key in best:
            best[key].names.extend(n for n in party.names if n not in best[key].names)
            best[key].shorts |= party.shorts
        else:
            best[key] = party
    return list(best.values())


def tokenized(alias: str) -> list[str]:
    """The alias, and its words as spaCy splits them ("People 's Party"): patterns are matched token by token."""
    spaced = " ".join(t.text for t in _tokenizer(alias))
    return [alias] if spaced == alias else [alias, spaced]


@dataclass
class Hand:
    """data/parties.json's parties: their names, aliases and countries, which the world's data never overrides."""

    country_of: dict[str, str | None]
    owner: dict[str, str]  # folded alias -> hand-made party
    wikidata: dict[str, str]  # Wikidata id -> hand-made party
    surfaces: dict[str, list[str]]  # folded alias -> its spellings in data/parties.json

    @classmethod
    def of(cls, raw: dict) -> Hand:  # type: ignore[type-arg]
        hand = cls({}, {}, {}, defaultdict(list))
        for entry in raw["parties"]:
            hand.country_of[entry["name"]] = entry.get("country")
            if entry.get("wikidata"):
                hand.wikidata[entry["wikidata"]] = entry["name"]
            for alias in (entry["name"], *entry["aliases"]):
                hand.owner.setdefault(fold(alias), entry["name"])
                hand.surfaces[fold(alias)].append(alias)
        return hand

    def match(self, party: WorldParty) -> str | None:
        """The hand-made party this one is: the same Wikidata item, or a name of the same country's party."""
        if party.wikidata in self.wikidata:
            return self.wikidata[party.wikidata or ""]
        for name in party.names:
            owner = self.owner.get(fold(name))
            if owner and self.country_of.get(owner) == party.country:
                return owner
        return None
