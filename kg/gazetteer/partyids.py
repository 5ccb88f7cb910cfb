"""Party ids of the other datasets (Party Facts, ParlGov, Wikidata) to kg's own party names.

Office holders and legislators carry their party as an id of the dataset they come from; kg's facts name a party
as data/gazetteer/parties.json (or the hand-made data/parties.json) names it. The bridge is the Wikidata id
where there is one (Party Facts gives it, EveryPolitician has it), else the Party Facts id, else the English
Wikipedia title ParlGov and Party Facts both record; a party none of these reach keeps the source's English name.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from kg.extract.lexicon import fold

#: ParlGov's entries for having no party
_NO_PARTY = ("no party affiliation", "independent", "none", "unknown")


def _wiki_key(url: str) -> str:
    """"http://en.wikipedia.org/wiki/Labour_Party_%28UK%29" -> "labour party uk"."""
    return fold(unquote(url.rsplit("/wiki/", 1)[-1]).replace("_", " ")) if "/wiki/" in url else ""


@dataclass
class PartyIds:
    by_wikidata: dict[str, str] = field(default_factory=dict)
    by_partyfacts: dict[str, str] = field(default_factory=dict)  # Party Facts id -> kg name
    wikidata_of: dict[str, str] = field(default_factory=dict)  # kg name -> Wikidata id
    parlgov: dict[str, str] = field(default_factory=dict)  # ParlGov party id -> kg name
    #: US Congress and executive party words -> kg names
    us: dict[str, str] = field(default_factory=lambda: {"Democrat": "Democratic Party", "Republican": "Republican Party",
                                                         "Independent": "Independent"})

    def partyfacts(self, pf_id: str, fallback: str | None) -> str | None:
        return self.by_partyfacts.get(pf_id.strip()) or (fallback if fallback and fallback.lower() != "none" else None)


def party_ids(source: Path, parties: dict, hand_raw: dict) -> PartyIds:  # type: ignore[type-arg]
    """The bridge, from the built parties (`parties`, as data/gazetteer/parties.json holds them) and the sources."""
    ids = PartyIds()
    for entry in hand_raw["parties"]:
        if entry.get("wikidata"):
            ids.by_wikidata.setdefault(entry["wikidata"], entry["name"])
    for name, record in parties["hand"].items():
        if record.get("wikidata"):
            ids.by_wikidata.setdefault(record["wikidata"], name)
    for entry in parties["parties"]:
        if entry.get("wikidata"):
            ids.by_wikidata.setdefault(entry["wikidata"], entry["name"])
        ids.by_partyfacts[str(entry["partyfacts"])] = entry["name"]
    ids.wikidata_of = {name: wd for wd, name in sorted(ids.by_wikidata.items())}
    wikidata = {r["partyfacts_id"]: r["wikidata_id"] for r in csv.DictReader((source / "partyfacts/wikidata.csv").open(encoding="utf-8"))}
    by_wiki: dict[str, str] = {}
    for row in csv.DictReader((source / "partyfacts/core-parties.csv").open(encoding="utf-8")):
        pf = row["partyfacts_id"]
        name = ids.by_wikidata.get(wikidata.get(pf, "")) or ids.by_partyfacts.get(pf)
        if name:
            ids.by_partyfacts[pf] = name
            by_wiki.setdefault(_wiki_key(row["wikipedia"]), name)
    by_wiki.pop("", None)
    parlgov = source / "parlgov/party.csv"
    if parlgov.exists():
        for row in csv.DictReader(parlgov.open(encoding="utf-8")):
            if row["name_english"].lower() not in _NO_PARTY:
                ids.parlgov[row["id"]] = by_wiki.get(_wiki_key(row["wikipedia"])) or row["name_english"]
    return ids
