"""The first-level regions of every country (states, provinces, regions): places that hold seats, never one seat.

A by-election is for one constituency, so "a provincial seat in Khyber Pakhtunkhwa" or "the Sungai Keladi seat in
Kedah" gives the contest's region, not its seat: a result or vacancy whose by-election seat is a region is one kg
cannot state. The list is data (`data/regions.json`), built from ISO 3166-2 (pycountry, a build-time library) less
every name that is a constituency somewhere in the open data's parliaments (New Zealand's Northland is a region and
an electorate), so a seat of that name is never withheld:

    python -m kg.extract.regions ../shared/opendata      # rewrites data/regions.json
"""

from __future__ import annotations

import csv
import json
import sys
from functools import cache
from pathlib import Path

from kg.config import DATA_DIR
from kg.extract.lexicon import fold

PATH = Path("regions.json")

#: ISO 3166-2 kinds of a country's first-level division that are regions of many seats (not counties, districts or
#: cities, which name constituencies in many countries)
_KINDS = {"State", "Province", "Region", "Land", "Autonomous community", "Autonomous region", "Union territory",
          "Territory", "Voivodship", "Oblast", "Republic", "Regional state", "Governorate", "Country", "Federal territory",
          "Capital territory", "Administrative region", "Department"}


@cache
def regions(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Folded names of first-level regions (empty when the file is absent: nothing is then withheld)."""
    path = data_dir / PATH
    if not path.exists():
        return frozenset()
    return frozenset(fold(name) for name in json.loads(path.read_text(encoding="utf-8"))["regions"])


def _constituencies(opendata: Path) -> set[str]:
    """Every area a member of a parliament in the open data sits for."""
    areas = set()
    for term in sorted((opendata / "everypolitician").glob("*/*/term-*.csv")):
        with term.open(encoding="utf-8") as handle:
            areas |= {fold(row["area"]) for row in csv.DictReader(handle) if row.get("area")}
    return areas


def build(opendata: Path) -> dict[str, object]:
    import pycountry  # build-time only (the `gazetteer` extra)

    seats = _constituencies(opendata)
    names = sorted({d.name for d in pycountry.subdivisions
                    if d.parent_code is None and d.type in _KINDS and fold(d.name) not in seats and len(d.name) > 3})
    return {"_source": "ISO 3166-2 first-level divisions (pycountry) of the kinds in kg.extract.regions._KINDS, less "
                       "the areas of the EveryPolitician terms in the open data; built by python -m kg.extract.regions",
            "regions": names}


def main(argv: list[str]) -> None:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        sys.exit("Error: give the open data directory (python -m kg.extract.regions ../shared/opendata)")
    out = DATA_DIR / PATH
    out.write_text(json.dumps(build(Path(argv[0])), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{out}: {len(json.loads(out.read_text(encoding='utf-8'))['regions'])} regions")


if __name__ == "__main__":
    main(sys.argv[1:])
