"""The first-level regions of every country (states, provinces, regions): places that hold seats, never one seat.

A by-election is for one constituency, so "a provincial seat in Khyber Pakhtunkhwa" or "the Sungai Keladi seat in
Kedah" gives the contest's region, not its seat: a result or vacancy whose by-election seat is a region is one kg
cannot state. The list is built data (data/gazetteer/regions.json, by kg.gazetteer.regions).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from kg.config import DATA_DIR
from kg.extract.lexicon import fold

PATH = Path("gazetteer") / "regions.json"


@cache
def regions(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Folded names of first-level regions (empty when the file is absent: nothing is then withheld)."""
    path = data_dir / PATH
    if not path.exists():
        return frozenset()
    return frozenset(fold(name) for name in json.loads(path.read_text(encoding="utf-8"))["regions"])
