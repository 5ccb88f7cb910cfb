"""The first-level regions of every country, built into data/gazetteer/regions.json with the rest of the gazetteer.

A by-election is for one constituency, so a region (a state, a province) named as its seat is the contest's region,
not its seat (kg/extract/regions.py reads the list). ISO 3166-2 (pycountry) gives the regions; every area a member sits
for in the open data's parliaments is left out, so a seat that shares a region's name (New Zealand's Northland) is
never withheld.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kg.extract.lexicon import fold
from kg.gazetteer.jsonfile import write_json

#: ISO 3166-2 kinds of a country's first-level division that are regions of many seats (not counties, districts or
#: cities, which name constituencies in many countries)
_KINDS = {"State", "Province", "Region", "Land", "Autonomous community", "Autonomous region", "Union territory",
          "Territory", "Voivodship", "Oblast", "Republic", "Regional state", "Governorate", "Country", "Federal territory",
          "Capital territory", "Administrative region", "Department"}

_COMMENT = ("Built by python -m kg.gazetteer.build from ISO 3166-2 first-level divisions (pycountry) of the kinds in "
            "kg.gazetteer.regions._KINDS, less the areas of the EveryPolitician terms in the open data. Do not edit.")


def _constituencies(opendata: Path) -> set[str]:
    """Every area a member of a parliament in the open data sits for."""
    areas = set()
    for term in sorted((opendata / "everypolitician").glob("*/*/term-*.csv")):
        with term.open(encoding="utf-8") as handle:
            areas |= {fold(row["area"]) for row in csv.DictReader(handle) if row.get("area")}
    return areas


def regions_of(opendata: Path) -> list[str]:
    """The regions' names, sorted, less the open data's constituencies."""
    import pycountry  # build-time only (the `gazetteer` extra)

    seats = _constituencies(opendata)
    return sorted({d.name for d in pycountry.subdivisions
                   if d.parent_code is None and d.type in _KINDS and fold(d.name) not in seats and len(d.name) > 3})


def build_regions(opendata: Path, out: Path) -> Path:
    path = out / "regions.json"
    write_json(path, _COMMENT, {"regions": regions_of(opendata)}, "regions")
    return path
