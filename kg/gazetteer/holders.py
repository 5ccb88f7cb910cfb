"""Write data/gazetteer/officeholders.json and data/gazetteer/people.json: office holders and linkable people.

The two are built together because each completes the other: a head of government's Wikidata id comes from
the legislators' data (the same name in the same country, one id only), and the heads of government with an id
become linkable people with their office as a term.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.extract.lexicon import fold
from kg.gazetteer.jsonfile import write_json
from kg.gazetteer.offices import Names, Offices, build_offices, gli_rows
from kg.gazetteer.partyids import party_ids
from kg.gazetteer.people import Person, Term, compact, congress, everypolitician, members_by_country, wikidata_index

_OFFICES_COMMENT = ("Built by `python -m kg.gazetteer.build ../shared/opendata` from ParlGov cabinets and presidents, the Global "
                    "Leader Ideologies dataset, the US executive (unitedstates/congress-legislators) and the hand-made "
                    "data/officeholders.json (what the data lacks); see data/SOURCES.md. Holders: [name, party, start, end, "
                    "Wikidata id]; head: a head of government (else of state); coalitions: periods with no party of the "
                    "government alone. Do not edit: change data/officeholders.json or the build.")
_PEOPLE_COMMENT = ("Built by `python -m kg.gazetteer.build ../shared/opendata` from EveryPolitician term lists, the current US "
                   "Congress and the heads of government of data/gazetteer/officeholders.json that have a Wikidata id; see "
                   "data/SOURCES.md. People: [Wikidata id, name, [[country, office, party, area, start, end, source], ...]]. "
                   "kg.link links a person of an article to one of these only on the name and a further clue. Do not edit.")


def _with_wikidata(offices: Offices, index: dict[tuple[str, str], set[str]]) -> None:
    for (_, country), holders in [*offices.heads.items(), *offices.states.items()]:
        for holder in holders:
            found = set().union(*(index.get((country, fold(n)), set()) for n in (holder.person, *holder.aliases)))
            if holder.wikidata is None and len(found) == 1:
                holder.wikidata = found.pop()


def _aliases(offices: Offices, hand: dict) -> dict[str, str]:  # type: ignore[type-arg]
    """Other spelling -> name: the hand-made ones and the datasets' formal names, where one holder has them."""
    names = {fold(h.person) for holders in offices.heads.values() for h in holders}
    owners: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for holders in offices.heads.values():
        for holder in holders:
            for alias in holder.aliases:  # a one-word formal name ("Saud") would make a PERSON of every "House of Saud"
                if fold(alias) not in names and len(alias.split()) > 1:
                    owners.setdefault(fold(alias), set()).add(holder.person)
                    spelled.setdefault(fold(alias), alias)
    found = {spelled[k]: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    return dict(sorted({**found, **hand["aliases"]}.items()))


def _office_rows(offices: Offices, titles: dict[str, list[str]]) -> list[dict[str, object]]:
    rows = []
    for head, table in ((True, offices.heads), (False, offices.states)):
        for (office, country), holders in sorted(table.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            if holders:
                row = {"office": office, "country": country, "head": head, "titles": titles.get(office, []),
                       "holders": [[h.person, h.party, h.start, h.end, h.wikidata] for h in holders]}
                rows.append({**row, "known_until": holders[-1].until} if holders[-1].until else row)
    return rows


def _head_terms(offices: Offices) -> list[Person]:
    """The heads of government (and of state) with a Wikidata id, their offices as terms."""
    out: list[Person] = []
    for table in (offices.heads, offices.states):
        for (office, country), holders in table.items():
            out.extend(Person(h.wikidata, h.person, [Term(country, office, h.party, None, h.start, h.end, h.source)])
                       for h in holders if h.wikidata)
    return out


def _women(offices: Offices, women: list[str], female: set[str]) -> list[str]:
    holders = {h.person for table in (offices.heads, offices.states) for hs in table.values() for h in hs}
    return sorted({*women, *(h for h in holders if fold(h) in female)})


def build_holders(source: Path, out: Path, parties: dict, hand_raw: dict, data_dir: Path) -> None:  # type: ignore[type-arg]
    hand = json.loads((data_dir / "officeholders.json").read_text(encoding="utf-8"))
    ids = party_ids(source, parties, hand_raw)
    members = everypolitician(source, ids)
    legislators = [*members, *congress(source, ids)]
    names = Names(hand["common_names"], members_by_country(members), {})
    rows, countries = gli_rows(source)
    for row in rows:
        if countries.get(row["country_name"]) and row["hog"].strip():
            names.gli.setdefault(countries[row["country_name"]], {})[int(row["year"])] = row["hog"].strip()
            names.gli_party.setdefault(countries[row["country_name"]], {})[int(row["year"])] = ids.partyfacts(row["hog_party_id"], None)
    offices = build_offices(source, hand, ids, names)
    _with_wikidata(offices, wikidata_index(legislators))
    female = {fold(p.name) for p in members if p.gender == "female"}
    built = {"titles": hand["titles"], "aliases": _aliases(offices, hand),
             "coalitions": {c: spans for c, spans in sorted(offices.coalitions.items())},
             "women": _women(offices, hand["women"], female), "government_words": hand["government_words"],
             "offices": _office_rows(offices, hand["titles"])}
    write_json(out / "officeholders.json", _OFFICES_COMMENT, built, "offices")
    people = compact([*legislators, *_head_terms(offices)])
    write_json(out / "people.json", _PEOPLE_COMMENT, {"people": [[p.wikidata, p.name, [t.row() for t in p.terms]] for p in people]},
               "people")

