"""The world's parties from Party Facts (core parties and their Wikidata ids), merged with data/parties.json.

Each party is named as the gold corpus names it (its English Wikipedia title, which already carries its country
where the name is another's: "Labour Party (Ireland)", "New Zealand Labour Party"; its English name where Party
Facts links a native title English Wikipedia has since left); the hand-made parties of
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
from wordfreq import zipf_frequency

from kg.extract.lexicon import fold

#: a word this frequent in English is an English word ("union" 4.9, "flame" 4.0; "partisi" and "doğuş" are not)
ENGLISH_ZIPF = 3.0
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
    #: names it has only as one part of a joint name ("CDU" of "CDU/CSU"): each part is another party's own name
    parts: set[str] = field(default_factory=set)
    #: what news calls its members, which is a name of the party too ("Social Democrats" of the Social Democratic Party)
    members: list[str] = field(default_factory=list)
    #: a title English Wikipedia has since dropped ("Christian Democracy (Italy, historical)"): an alias, so that data
    #: naming it so still matches
    former: list[str] = field(default_factory=list)


#: Party Facts' codes for countries ISO 3166 has no code for, by their CLDR territory ("XKX", Kosovo, is CLDR's "XK")
USER_ASSIGNED = {"XKX": "XK"}


def iso2(alpha3: str) -> str | None:
    """"DEU" -> "DE"; a user-assigned code of a country ISO 3166 leaves out ("XKX", Kosovo, which the EU and the IMF use
    and Party Facts follows) by CLDR's territory code for it, whose English name (CLDR) kg's cues and qualifiers use:
    without it the country's parties were dropped, and its parties' names read as those of other countries."""
    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country else USER_ASSIGNED.get(alpha3)


def _alternatives(text: str) -> list[str]:
    """"Anti-Austerity Alliance / Solidarity" -> both; "Pashto: ..." -> the name after the language."""
    out = []
    for part in re.split(r"\s+/\s+|/|;", text or ""):
        part = re.sub(r"\[[^]]*\]", "", part.split(": ", 1)[-1]).replace("’", "'").replace("‎", "").strip(" ,")
        if part:
            out.append(" ".join(part.split()))
    return out


#: "(Italy, historical)", "(historical political party)": a qualifier English Wikipedia once gave a dissolved party
#: and has since dropped ("Christian Democracy (Italy)"); news and the gold name the party without it
_HISTORICAL = re.compile(r",\s*historical(?=\))|\s*\(historical(?: political party)?\)")


def _title(url: str) -> str | None:
    title = unquote(url.rsplit("/wiki/", 1)[-1]).replace("_", " ").strip() if "/wiki/" in url else ""
    title = _HISTORICAL.sub("", title)
    return title if title and not _NOT_A_PARTY_TITLE.search(title) else None


def _last_part(name: str) -> list[str]:
    """"Europe Ecology – The Greens" is "the Greens" in news: a name joining two with a dash goes by its last part
    where that names the members ("The Greens", "The Socialists"), as a merger's slash name does; not a subtitle
    ("Fianna Fáil – The Republican Party", "NEOS – The New Austria")."""
    parts = re.split(r"\s+[–-]\s+", name)
    last = parts[-1].split()
    return [parts[-1]] if len(parts) == 2 and len(last) == 2 and last[0] == "The" and last[1].endswith("s") else []


def _stale_native(title: str | None, natives: list[str], english: list[str]) -> bool:
    """"Christlich Demokratische Union Deutschlands" as the party's Wikipedia title: Party Facts keeps some links to
    a title English Wikipedia has since moved to the English name. A title that is the party's native name, while
    its English name differs in most of the title's words, is such a stale link: English news writes the English
    name. A title the English name only lengthens or respells ("Jubilee Party" of Kenya) stays."""
    if not title or not english or fold(title) not in {fold(n) for n in natives} or fold(english[0]) in {fold(n) for n in natives}:
        return False
    words, theirs = fold(title).split(), fold(english[0]).split()
    english_words = sum(zipf_frequency(w, "en") >= ENGLISH_ZIPF for w in theirs)  # not a native name in the English field
    return sum(w in theirs for w in words) * 2 < len(words) and english_words * 2 >= len(theirs)


def _joint_parts(shorts: set[str], *fields: str) -> set[str]:
    """"CDU/CSU", "Christian Democratic Union / Christian Social Union": the parts of a joint list's names, each a
    member party's own. A list is joint when its short name joins two ("CDU/CSU"); elsewhere a slash separates a
    party's names of different times ("Unity Party / Unity Party of Korea"), each its own."""
    if not any(re.fullmatch(r"[^\s/]+/[^\s/]+", short) for short in shorts):
        return set()
    return {part for text in (*shorts, *fields) for part in (_alternatives(text) if "/" in text else [])}


def _untagged(short: str, standings: frozenset[str]) -> str:
    """"LPC/English", "DPS/Bulgarian", "CPC/official": a Wikidata short name Party Facts copies with the language (or
    the standing, data/parties.json short_name_standings) of the label after a slash; the party's short name is the
    part before it ("LPC"), not a joint list of two ("CDU/CSU")."""
    head, _, tail = short.rpartition("/")
    return head if head and (tail in standings or pycountry.languages.get(name=tail) is not None) else short


def read(source: Path, standings: frozenset[str] = frozenset()) -> list[WorldParty]:
    """Recent parties with a vote share (Party Facts core parties), with their Wikidata ids and names; `standings` are
    the tags other than a language a short name may carry after a slash (data/parties.json short_name_standings)."""
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
        shorts = {s for s in (row["name_short"].strip(), _untagged(wd.get("name_short", "").strip(), standings)) if s}
        title = _title(row["wikipedia"])
        raw_title = unquote(row["wikipedia"].rsplit("/wiki/", 1)[-1]).replace("_", " ").strip() if "/wiki/" in row["wikipedia"] else ""
        english = [*fields[0], *fields[1]]
        if _stale_native(title, [*fields[2], *fields[3]], english):
            title = english[0]
        primary = list(dict.fromkeys(n for n in [title, *(f[0] for f in fields if f), *sorted(shorts)] if n))
        primary += [part for n in primary[:2] for part in _last_part(n) if part not in primary]
        names = list(dict.fromkeys([*primary, *(n for f in fields for n in f[1:]), *_alternatives(row["name_other"])]))
        if names:
            name = max((n for n in names if fold(n) == fold(names[0])), key=lambda n: sum(c.isupper() for c in n))
            parts = _joint_parts(shorts, row["name"], row["name_english"], wd.get("name", ""))
            former = [raw_title] if title and raw_title != title and _HISTORICAL.search(raw_title) else []
            parties.append(WorldParty(int(row["partyfacts_id"]), country, name, names, wd.get("wikidata_id") or None, share, last,
                                      primary, shorts, parts=parts, former=former))
    return _dedupe(parties)


def _dedupe(parties: list[WorldParty]) -> list[WorldParty]:
    """One record a Wikidata item (or Wikipedia title): Party Facts lists some parties once per era."""
    best: dict[str, WorldParty] = {}
    for party in sorted(parties, key=lambda p: (p.year_last is not None, -(p.year_last or 0), -p.share)):
        key = party.wikidata or f"{party.country} {fold(party.name)}"
        if key in best:
            best[key].former.extend(party.former)
            best[key].names.extend(n for n in party.names if n not in best[key].names)
            best[key].shorts |= party.shorts
            best[key].parts |= party.parts
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
