"""The first-level regions of every country (states, provinces, regions): places that hold seats, never one seat.

A by-election is for one constituency, so "a provincial seat in Khyber Pakhtunkhwa" or "the Sungai Keladi seat in
Kedah" gives the contest's region, not its seat: a result or vacancy whose by-election seat is a region is one kg
cannot state. The list is built data (data/gazetteer/regions.json, by kg.gazetteer.regions).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pycountry

from kg.config import DATA_DIR
from kg.extract.countries import english_name
from kg.extract.lexicon import Lexicon, fold

PATH = Path("gazetteer") / "regions.json"


@cache
def regions(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Folded names of first-level regions (empty when the file is absent: nothing is then withheld)."""
    path = data_dir / PATH
    if not path.exists():
        return frozenset()
    return frozenset(fold(name) for name in json.loads(path.read_text(encoding="utf-8"))["regions"])


#: a party's name that is a kind of party, not the party: never a province's alias on its own
_BARE_KINDS = frozenset({"Party", "Parties", "party"})


def region_words(region: str) -> tuple[str, ...]:
    """"CA-BC" -> "British Columbia", "BC", "B.C.": how a province's or state's parties' names carry it (ISO 3166-2's
    name, through pycountry, and its code, bare and dotted)."""
    known = pycountry.subdivisions.get(code=region)
    code = region.split("-", 1)[-1]
    names = [known.name] if known is not None else []
    return tuple(dict.fromkeys([*names, *(n.replace("é", "e") for n in names), code, ".".join(code) + "." if len(code) <= 3 else code]))


def without_place(name: str, places: tuple[str, ...]) -> str:
    """"British Columbia Liberal Party" -> "Liberal Party", "Liberal Party of Canada" -> "Liberal Party", "Australian
    Greens" -> "Greens": a party's name less the place it belongs to, before it or after "of"."""
    for place in sorted(places, key=len, reverse=True):
        for prefix in (f"{place} ", f"The {place} ", f"the {place} "):
            if name.startswith(prefix):
                return name[len(prefix) :]
        for suffix in (f" of {place}", f" of the {place}", f" ({place})"):
            if name.endswith(suffix):
                return name[: -len(suffix)]
    return name


def derived_aliases(own: dict[str, tuple[str, ...]], national: dict[str, str], places: tuple[str, ...],
                    national_places: tuple[str, ...]) -> dict[str, str]:
    """A province's short names for its own parties, by rule: "Liberal" in a British Columbia contest is the British
    Columbia Liberal Party, as "Liberal" in the nation's is the Liberal Party of Canada. `own` is each of the region's
    parties with its names; `national` the short names the nation's parties go by (short name -> national party).
    A short name of the national party whose name, less the nation, is the regional party's name less the province
    ("Liberal Party") is the regional party's there; so is the regional party's name less the province itself
    ("Independence Party", "Greens"). A core two regional parties share is neither's."""
    cores: dict[str, set[str]] = {}
    for party, names in own.items():
        for name in (party, *names):
            core = without_place(name, places)
            if core != name and core not in _BARE_KINDS:
                cores.setdefault(core, set()).add(party)
    mine = {core: parties.pop() for core, parties in cores.items() if len(parties) == 1}
    found = {core: party for core, party in mine.items() if " " in core or core.endswith("s")}
    for short, party in national.items():
        core = without_place(party, national_places)
        if core in mine:
            found.setdefault(short, mine[core])
    return found


@cache
def own_parties(lexicon: Lexicon, region: str) -> dict[str, tuple[str, ...]]:
    """The parties of a province or state, with their names: those data/parties.json's regional_variants gives it, and
    the parties of its country named for it ("Nova Scotia Liberal Party", "BC Liberals"), which its contests name."""
    country, places = region.split("-")[0], region_words(region)
    given = set(lexicon.regional_variants.get(region, ((), {}))[1].values())
    found = {}
    for party in lexicon.parties:
        names = (party.name, *party.aliases)
        if party.country == country and (party.name in given or any(without_place(n, places) != n for n in names)):
            found[party.name] = tuple(names)
    return found


@cache
def regional_aliases(lexicon: Lexicon, region: str) -> dict[str, str]:
    """Short name -> the province's party it means in a contest of that province: data/parties.json's own for it,
    then those `derived_aliases` gives from the nation's short names (kg.extract.party_names reads them)."""
    country = region.split("-")[0]
    own = own_parties(lexicon, region)
    nation = tuple(w for w in (english_name(country) or "", *lexicon.country_cues.get(country, ())) if w[:1].isupper())
    regional = {name for names in own.values() for name in names}
    national = {short: by[country] for short, by in lexicon.national_variants.items() if by.get(country) and short not in regional}
    for party in lexicon.parties:
        if party.country == country and party.name not in provincial(lexicon, country):
            national.update({a: party.name for a in party.aliases if not any(w in a for w in nation)})
    derived = derived_aliases(own, national, region_words(region), nation)
    return {**derived, **lexicon.regional_variants.get(region, ((), {}))[1]}


@cache
def provincial(lexicon: Lexicon, country: str) -> frozenset[str]:
    """Every party of the country that is one province's or state's (named for it, or given it by data/parties.json):
    none of them lends its short names to another province's party."""
    codes = {d.code for d in pycountry.subdivisions.get(country_code=country) or ()} | {
        r for r in lexicon.regional_variants if r.split("-")[0] == country}
    return frozenset(name for code in codes for name in own_parties(lexicon, code))
