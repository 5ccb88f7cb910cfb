"""Which results kg reads from news's ways of reporting one, with no article: `python bench/result_coverage.py [--per 12] [-v]`.

Members of the national chambers of the open data (EveryPolitician, ../shared/opendata by default: their real names,
constituencies and parties, as bench/member_coverage.py reads them) win their own seat in short invented sentences of
six forms news uses for a result -- a by-election won "with 12,345 votes", a candidate "defeating" a rival of another
party, a two-line result table, "declared the winner of the X constituency", a member "first elected for X" at a general
election "in <country>", and a party that "held X" where its candidate "beat" a rival -- each naming the country as news
does, mostly at its start.
The result kg finds is judged as `kg eval` judges one (kg.evaluate.matches: the seat, the winner and the party, the
party read in the member's country) and counted as right, party (seat and winner right, the party wrong or missing),
wrong (a result, none of them the member's: a false fact) or none (no result: a missed fact).

The seats are the open data's, written as each chamber writes them (numbered, hyphenated, with slashes); the parties
are named as its data names them (often a bare short name). The forms are kg's own, so a rise here is a rise on these
forms: the bench measures how far they hold over the world's seat names, people's names and parties. Deterministic
(sorted input, the first `--per` members with an area and a party); about a minute on one core.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.member_coverage import CHAMBERS, extracted, members, opendata_args, table_line  # noqa: E402

#: form -> the sentence, from the member's name, seat, party, country, and a rival and the rival's party
FORMS: dict[str, str] = {
    "with-votes": "In {country}, {name} of {the_party} won the {area} by-election with 12,345 votes.",
    "defeating": "{country}: {party} candidate {name} won the {area} seat in Thursday's by-election, defeating {rival} of "
                 "{the_rival_party}.",
    "table": "{area} by-election ({country}): result\n{name} ({party}) 14,210\n{rival} ({rival_party}) 9,876",
    "declared": "In {country}'s general election, {name}, the {party} candidate, was declared the winner of the {area} "
                "constituency.",
    "first-elected": "{name} was first elected for {area} at the 2019 general election in {country}, standing for "
                     "{the_party}.",
    "held": "In {country}, {the_party} held {area} in a by-election, where {name} beat {rival} by 1,203 votes.",
}

#: a party's name ending in one of these takes "the" in running text ("of the Labour Party"; "of Sinn Féin", "of Fidesz")
_COMMON_ENDS = frozenset({"party", "movement", "congress", "alliance", "front", "union", "democrats", "greens", "league",
                          "coalition", "forum", "platform", "independents", "conservatives", "liberals"})


#: the open data's party labels news does not write as they stand
_NEWS_NAMES = {"Labour/Co-operative": "Labour", "Ind": "Independent", "KM": "Komeito", "JIP": "Japan Innovation Party"}
#: chambers whose areas are no single seat a by-election is held for (South Africa's list seats are provinces, France's
#: areas are departments of several constituencies)
_NO_SEATS = ("South_Africa/Assembly", "France/National_Assembly")


def _the(party: str) -> str:
    """How running text names a party after "of" or as a subject: "the Labour Party", "the Orange Democratic Movement",
    "Sinn Féin", "the LDP"."""
    if " " not in party and not party.isupper():
        return f"the {party} Party" if party != "Independent" else "an independent"
    return f"the {party}" if party.split()[-1].lower() in _COMMON_ENDS or party.isupper() else party


def _seat(area: str) -> str | None:
    """The seat as news names it: "Ontario (Spadina—Fort York)" is Spadina—Fort York; a party list or a regional bloc is
    no seat."""
    if "(" in area and area.endswith(")") and not area.startswith("Maiduguri"):
        area = area[area.index("(") + 1 : -1]
    return None if area in ("List",) or area.endswith(" Bloc") else area


@dataclass(frozen=True)
class Item:
    chamber: str
    form: str
    person: str
    area: str
    party: str
    text: str


def _rival(pool: list[tuple[str, str, str]], at: int) -> tuple[str, str] | None:
    """The next member of the chamber in the list who is of another party: a real name and party to lose to."""
    party = pool[at][2]
    return next(((n, p) for n, _, p in pool[at + 1 :] + pool[:at] if p != party), None)


def items(source: Path, per: int) -> Iterator[Item]:
    for chamber, (country, house, _) in CHAMBERS.items():
        if house == "Senate" or chamber in _NO_SEATS:  # a state's senate seat is won by no by-election in these forms
            continue
        pool = [(n, seat, _NEWS_NAMES.get(p, p)) for n, a, p in members(source, chamber, per * 2) if (seat := _seat(a))][:per]
        for at, (name, area, party) in enumerate(pool):
            rival = _rival(pool, at)
            if rival is None:
                continue
            fields = {"country": country, "name": name, "area": area, "party": party, "the_party": _the(party),
                      "rival": rival[0], "rival_party": rival[1], "the_rival_party": _the(rival[1])}
            for form, pattern in FORMS.items():
                yield Item(chamber, form, name, area, party, pattern.format(**fields))


def _gold_party(label: str, country: str | None) -> str:
    """The party of the member's country the open data's label names ("Liberal" in Canada is the Liberal Party of
    Canada), through the lexicon's national variants and the gazetteer's names and aliases; else the label itself."""
    from kg.extract.lexicon import fold, load_lexicon

    variants, named = load_lexicon().national_variants, _parties_by_name(country)
    for form in (label, f"{label} Party"):
        found = variants.get(form, {}).get(country or "") or named.get(fold(form))
        if found:
            return found
    return label


@cache
def _parties_by_name(country: str | None) -> dict[str, str]:
    from kg.extract.lexicon import fold, load_lexicon

    return {fold(n): p.name for p in load_lexicon().parties if p.country == country for n in (p.name, *p.aliases)}


def judge(item: Item, facts: object, country: str | None) -> str:
    from kg.evaluate import matches, same_person, same_seat

    gold = {"seat": item.area, "winner": item.person, "party": _gold_party(item.party, country)}
    found = [{"seat": e.seat or "", "winner": e.winner or "", "party": e.party or ""}
             for e in facts.elections]  # type: ignore[attr-defined]
    if any(matches("election_seat_winner", f, gold, country) for f in found):
        return "right"
    if any(same_seat(f["seat"], item.area) and same_person(f["winner"], item.person) for f in found):
        return "party"
    return "wrong" if found else "none"


#: the ISO code of each chamber's country (the directory's first part), in which the judge reads a bare party name
_ISO = {"UK": "GB", "Ireland": "IE", "Canada": "CA", "Australia": "AU", "New_Zealand": "NZ", "India": "IN", "Kenya": "KE",
        "South_Africa": "ZA", "Germany": "DE", "France": "FR", "Japan": "JP", "Nigeria": "NG"}


def _country_of(chamber: str) -> str | None:
    return _ISO.get(chamber.split("/")[0])


def run(source: Path, per: int, verbose: bool) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for item, facts in extracted(list(items(source, per))):
        verdict = judge(item, facts, _country_of(item.chamber))
        for label in (item.chamber, f"form:{item.form}", "all"):
            counts[(label, verdict)] += 1
        if verbose and verdict != "right":
            got = sorted({f"{e.seat} | {e.winner} | {e.party}" for e in facts.elections})
            print(f"{verdict:5} {item.chamber:30} {got} {item.text!r}")
    return counts


_VERDICTS = ("right", "party", "wrong", "none")


def main(argv: list[str] | None = None) -> int:
    args = opendata_args(argv, __doc__.split("\n\n")[0], 12)
    if args is None:
        return 1
    counts = run(args.source, args.per, args.verbose)
    print(f"{'chamber / form':34} " + " ".join(f"{v:>5}" for v in _VERDICTS) + f" {'total':>5}  share right")
    chambers = [c for c in CHAMBERS if CHAMBERS[c][1] != "Senate" and c not in _NO_SEATS]
    for label in [*chambers, *(f"form:{f}" for f in FORMS), "all"]:
        print(table_line(label, counts, _VERDICTS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
