"""Which title kg gives the winner of a seat in each country's national house, with no article:
`python bench/member_coverage.py [--per 20] [-v]`.

Members of the national chambers of the open data (EveryPolitician, ../shared/opendata by default: their names,
areas and parties) are put into short invented result sentences, each cueing its country as news does -- "In
Kenya, X won the Y by-election for the Z." (the country's name) and "X won the Y seat of the National Assembly in
a by-election for the Z." (the chamber's own name) -- and the member's title kg gives the winner is folded as
`kg eval` folds roles (kg.evaluate.norm_role, after SCHEMA.md) and compared with the titles English-language news
gives that chamber's members (CHAMBERS below, written from the chambers, not from kg's data).

Printed per chamber: right (a title the chamber's members have), wrong (another title: a false fact), none (no
member's title: a missed fact). A wrong title is worse than none. Deterministic (sorted input, the first `--per`
members with an area and a party); under a minute on one core.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OPENDATA = ROOT.parent / "shared" / "opendata"
_T = TypeVar("_T")

#: chamber directory -> (the country as news names it, the chamber as news names it, the titles its members have)
CHAMBERS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "UK/Commons": ("Britain", "House of Commons", ("mp",)),
    "Ireland/Dail": ("Ireland", "Dáil", ("td",)),
    "Canada/Commons": ("Canada", "House of Commons", ("mp",)),
    "Australia/Representatives": ("Australia", "House of Representatives", ("mp",)),
    "Australia/Senate": ("Australia", "Senate", ("senator",)),
    "New_Zealand/House": ("New Zealand", "House of Representatives", ("mp",)),
    "India/Lok_Sabha": ("India", "Lok Sabha", ("mp",)),
    "Kenya/Assembly": ("Kenya", "National Assembly", ("mp",)),
    "South_Africa/Assembly": ("South Africa", "National Assembly", ("mp",)),
    "Germany/Bundestag": ("Germany", "Bundestag", ("mp",)),
    "France/National_Assembly": ("France", "National Assembly", ("deputy", "mp")),
    "Japan/House_of_Representatives": ("Japan", "House of Representatives", ("mp", "lawmaker", "representative")),
    "Nigeria/Representatives": ("Nigeria", "House of Representatives", ("representative", "lawmaker")),
    "Nigeria/Senate": ("Nigeria", "Senate", ("senator",)),
}


@dataclass(frozen=True)
class Item:
    chamber: str
    form: str
    person: str
    text: str


_HONORIFICS = {"shri", "smt.", "smt", "dr.", "dr", "adv.", "prof.", "hon.", "kum.", "sushri", "(deceased)"}


def _name(written: str) -> str | None:
    """The name as news writes it: "Patil, Shri Shivaji" -> "Shivaji Patil", "ABE Shinzo" -> "Abe Shinzo"; None for
    a name with brackets left after that."""
    surname, _, given = written.partition(",") if "," in written else ("", "", written)
    words = [w for w in f"{given} {surname}".split() if w.lower() not in _HONORIFICS]
    words = [w.title() if w.isupper() and len(w) > 1 else w for w in words]
    return " ".join(words) if len(words) >= 2 and not any("(" in w for w in words) else None


def members(source: Path, chamber: str, per: int) -> list[tuple[str, str, str]]:
    """(name, area, party) of the first `per` members of the chamber's latest term with an area and a party, by name."""
    terms = sorted((source / "everypolitician" / chamber).glob("term-*.csv"), key=lambda p: int(p.stem.split("-")[1]))
    if not terms:
        return []
    with terms[-1].open(encoding="utf-8") as f:
        rows = [(_name(r["name"]), r["area"].split(",")[0].strip(), r["group"]) for r in csv.DictReader(f)
                if r.get("area") and r.get("group") and r.get("name")]
    return sorted({(n, a, g) for n, a, g in rows if n and a and g})[:per]


def items(source: Path, per: int) -> Iterator[Item]:
    for chamber, (country, house, _) in CHAMBERS.items():
        for name, area, party in members(source, chamber, per):
            if house != "Senate":  # no by-election fills a senate seat of a state: named by the chamber only
                yield Item(chamber, "country", name, f"In {country}, {name} won the {area} by-election for the {party}.")
            yield Item(chamber, "chamber", name, f"{name} won the {area} seat of the {house} in a by-election for the {party}.")


def judge(item: Item, facts: object) -> str:
    from kg.evaluate import norm_role, same_person

    accepted = {norm_role(t) for t in CHAMBERS[item.chamber][2]}
    titles = {norm_role(f.role) for f in facts.roles  # type: ignore[attr-defined]
              if "roles.member-from-result" in f.rules and same_person(f.person, item.person)}
    if not titles:
        return "none"
    return "right" if titles <= accepted else "wrong"


def extracted(sentences: list[_T]) -> Iterator[tuple[_T, Any]]:
    """Each item (anything with a `text`) with the facts kg extracts from its text, the texts parsed in batches."""
    from kg.extract import extract
    from kg.nlp import analyse_many, load_pipeline

    nlp = load_pipeline()
    for item, doc in zip(sentences, analyse_many((i.text for i in sentences), nlp, batch_size=64), strict=True):  # type: ignore[attr-defined]
        yield item, extract(doc, nlp)


def run(source: Path, per: int, verbose: bool) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for item, facts in extracted(list(items(source, per))):
        verdict = judge(item, facts)
        counts[(item.chamber, verdict)] += 1
        counts[(f"form:{item.form}", verdict)] += 1
        counts[("all", verdict)] += 1
        if verbose and verdict != "right":
            got = sorted({f.role for f in facts.roles if "roles.member-from-result" in f.rules})
            print(f"{verdict:5} {item.chamber:32} {got} {item.text}")
    return counts


def table_line(label: str, counts: Counter[tuple[str, str]], verdicts: tuple[str, ...] = ("right", "wrong", "none")) -> str:
    """One row of a bench's table: each verdict's count, the total and the share of the first verdict (right)."""
    cells = [counts[(label, v)] for v in verdicts]
    total = sum(cells)
    share = f"{cells[0] / total:.3f}" if total else "-"
    return f"{label:34} " + " ".join(f"{c:5}" for c in cells) + f" {total:5}  {share}"


def opendata_args(argv: list[str] | None, description: str, per: int) -> argparse.Namespace | None:
    """The options of the benches that read the open data's chambers; None (after a one-line error) without it."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--source", type=Path, default=OPENDATA, help="the open data (../shared/opendata)")
    parser.add_argument("--per", type=int, default=per, help="members per chamber")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every sentence not answered right")
    args = parser.parse_args(argv)
    if not (args.source / "everypolitician").is_dir():
        print(f"Error: no everypolitician data under {args.source}: pass --source DIR", file=sys.stderr)
        return None
    return args


def main(argv: list[str] | None = None) -> int:
    args = opendata_args(argv, __doc__.split("\n\n")[0], 20)
    if args is None:
        return 1
    counts = run(args.source, args.per, args.verbose)
    print(f"{'chamber':34} {'right':>5} {'wrong':>5} {'none':>5} {'total':>5}  share right")
    for label in [*CHAMBERS, "form:country", "form:chamber", "all"]:
        print(table_line(label, counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
