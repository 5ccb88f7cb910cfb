"""Words that say which country an article is about, for every country with a party in the gazetteer.

Built, not typed: the country's English name (CLDR, through babel), the demonyms its own parties' names use
("Australian Labor Party" -> Australian, "Hungarian Socialist Party" -> Hungarian), its currency's name
where no other country uses it ("naira", "yen", "zloty") and the cities its time zones are named for (CLDR's exemplar
cities: "Nairobi", "Berlin", "Kolkata") as a dateline writes them ("NAIROBI --"). A word that would be a cue for two countries, or is
a hand-made cue (data/parties.json national_variants.cues), or is more often a person or an ordinary word
than the country (Chad, Jordan, Georgia) is left out.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable

import pycountry
from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location
from babel.numbers import get_currency_name, get_territory_currencies
from wordfreq import zipf_frequency

from kg.gazetteer.parties import WorldParty

_EN = Locale("en")
#: country names that English-language news uses as often for a person, a US state or a thing
AMBIGUOUS = frozenset({"Chad", "Jordan", "Georgia", "Guinea", "Dominica", "Jersey", "Turkey", "Niger", "Victoria", "Lebanon",
                       "Israel", "Mali", "Cuba", "Panama", "Peru"})
#: a common English word is no currency cue ("real", "won", "mark")
CURRENCY_ZIPF = 3.5
#: exemplar cities that news names as often for a person, a thing or another place ("Stanley", "Santiago", "San Juan")
AMBIGUOUS_CITIES = frozenset({"Oral", "Stanley", "Sofia", "Santiago", "Lima", "Davis", "Darwin", "Regina", "San Juan", "San Luis",
                              "Victoria", "Kirov", "Chita", "Resolute", "Creston", "Dawson", "Center", "Eucla", "Vevay", "Marengo",
                              "Knox", "Nome", "Thule", "Gambier", "Canaries", "Madeira", "Azores", "Bahia", "Cambridge Bay",
                              "Swift Current", "Salta", "Famagusta", "Hebron", "Gaza", "Busingen", "Büsingen", "Mendoza", "Monaco",
                              "Jamaica", "Panama", "Qatar", "Kuwait", "Bahrain", "Malta", "Bermuda", "Barbados", "Fiji",
                              "Guatemala", "El Salvador", "Costa Rica", "Puerto Rico", "Luxembourg", "Singapore", "Djibouti",
                              "Vatican", "Macau", "Macao", "Gibraltar", "Andorra", "Belize", "Guam", "Aruba"})
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ean", "ine", "ch", "er")


def country_name(iso2: str) -> str:
    """"IE" -> "Ireland", "KR" -> "South Korea": the English short name (CLDR)."""
    known = pycountry.countries.get(alpha_2=iso2)
    return str(_EN.territories.get(iso2) or (known.name if known else iso2))


def _prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a.lower(), b.lower()]))


def demonyms(parties: Iterable[WorldParty], names: dict[str, str]) -> dict[str, set[str]]:
    """Words of a country's party names that are its demonym: they share the start of its name, and of no
    other country's name as much ("Nigerian" is Nigeria's, not Niger's)."""
    found: dict[str, set[str]] = defaultdict(set)
    for party in parties:
        own = names.get(party.country) or country_name(party.country)
        size = len(own.split())
        for name in party.primary[:3]:
            words = name.split()
            for word in (" ".join(words[i : i + size]) for i in range(len(words) - size + 1)):
                if (word.istitle() and word != own and word.endswith(_DEMONYM_ENDINGS)
                        and _prefix(word, own) >= max(4, len(own) - 3)
                        and all(_prefix(word, other) < _prefix(word, own) or other == own for other in names.values())):
                    found[party.country].add(word)
    return found


def _currencies(countries: list[str]) -> dict[str, set[str]]:
    users: dict[str, set[str]] = defaultdict(set)
    for known in pycountry.countries:
        for code in get_territory_currencies(known.alpha_2):
            users[code].add(known.alpha_2)
    words: dict[str, set[str]] = defaultdict(set)
    for country in countries:
        for code in get_territory_currencies(country):
            if users[code] == {country}:
                for count in (1, 2):
                    word = get_currency_name(code, count=count, locale="en").split()[-1].lower()
                    if word.isalpha() and zipf_frequency(word, "en") < CURRENCY_ZIPF:
                        words[country].add(word)
    return words


def _cities(countries: list[str], own: dict[str, set[str]], datelines: dict[str, list[str]], covered: set[str]) -> dict[str, set[str]]:
    """Country -> the cities its time zones are named for (CLDR) as a dateline writes them ("NAIROBI --"), and the
    dateline forms of its hand-made cues and datelines (data/parties.json: "NEW DELHI", "BEIJING"). Only the dateline form: a city a report
    names ("the Paris talks", "a summit in Berlin") is as often another country's news, and would outvote the few cues
    of an American story.
    A country whose parties data/parties.json lists (Britain, the US...) has its places there by hand, and gains only
    their dateline capitals ("LONDON"). Not a place of several words with an island or a station in it, nor a city
    named as often for something else (AMBIGUOUS_CITIES)."""
    zones = get_global("zone_territories")
    wanted = set(countries)
    found: dict[str, set[str]] = defaultdict(set)
    for zone, country in sorted(zones.items()):
        if country not in wanted or "/" not in zone or zone.startswith("Etc/"):
            continue
        city = str(get_timezone_location(zone, locale="en", return_city=True))
        if "," in city or set(city.split()) & {"Island", "Islands", "Station", "Atoll", "Land"} or city in AMBIGUOUS_CITIES:
            continue
        if country not in covered or city in own.get(country, set()):
            found[country].add(city.upper())
    for country, words in own.items():
        if country in wanted and country not in covered:
            found[country] |= {w.upper() for w in words if w[:1].isupper()}
    for country, places in datelines.items():
        if country in wanted:
            found[country] |= {w.upper() for w in places}
    return found


def country_cues(countries: list[str], parties: list[WorldParty], hand_raw: dict) -> dict[str, list[str]]:  # type: ignore[type-arg]
    """Country -> its cue words, for the countries given; none that is a cue for two countries."""
    names = {c.alpha_2: country_name(c.alpha_2) for c in pycountry.countries} | {c: country_name(c) for c in countries}
    cues: dict[str, set[str]] = defaultdict(set)
    for country in countries:
        if len(names[country].split()) <= 3 and names[country] not in AMBIGUOUS:
            cues[country].add(names[country])
    own = {c: set(words) for c, words in hand_raw.get("national_variants", {}).get("cues", {}).items() if not c.startswith("_")}
    covered = {str(p.get("country")) for p in hand_raw.get("parties", []) if p.get("country")}
    datelines = {c: list(words) for c, words in hand_raw.get("national_variants", {}).get("datelines", {}).items() if not c.startswith("_")}
    for source in (demonyms(parties, names), _currencies(countries), _cities(countries, own, datelines, covered)):
        for country, words in source.items():
            cues[country] |= words
    hand = {w for words in hand_raw.get("national_variants", {}).get("cues", {}).values() for w in words}
    count: dict[str, int] = defaultdict(int)
    for words in cues.values():
        for word in words:
            count[word] += 1
    dropped = hand | AMBIGUOUS
    kept = {c: {w for w in cues[c] if count[w] == 1 and w not in dropped} for c in sorted(cues)}
    for country, longer in _places_around(kept, names, hand).items():
        kept.setdefault(country, set()).update(longer)
    return {c: sorted(words) for c, words in sorted(kept.items()) if words}


def _places_around(cues: dict[str, set[str]], names: dict[str, str], hand: set[str]) -> dict[str, set[str]]:
    """"Mexico" in "New Mexico", "Sudan" in "South Sudan": another place whose name holds a country's cue is a cue of
    its own country; cues are matched longest first, so "New Mexico" is no vote for Mexico and "Mexico" alone is."""
    places = [(n, c) for c, n in names.items()] + [(d.name, d.country_code) for d in pycountry.subdivisions]
    around: dict[str, set[str]] = defaultdict(set)
    for country, words in cues.items():
        for name, other in places:
            if other != country and " " in name and name not in hand and set(name.split()) & words:
                around[other].add(name)
    return around
