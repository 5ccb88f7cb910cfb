"""How many of the world's parties kg names right, with no article: `python bench/party_coverage.py [--share 5] [-v]`.

Every party of the open data (Party Facts core parties, ../shared/opendata by default) with a real national vote
share in recent years is named the ways English-language news names it -- its English name, its short name or
acronym ("the SPD", and defined in brackets after the name), the noun news uses for its members ("the Social
Democrats") -- in a short invented sentence whose country is cued only as news cues it: the country's name, its
demonym ("German voters"), or a dateline city (CLDR's exemplar city of the country's time zone). kg's own
pipeline (the party ruler, then the settling of shared names by the article's country) reads each sentence, and
the party it gives the name is compared with the party kg's data records for that Party Facts id.

Printed: per country, items right / wrong (another party of the same country, or another country's) / unresolved (a
name several countries share, given no country) / none, parties kg's data lacks (absent), and the
totals by form and by cue. A wrong party is worse than none: it is a false fact on every role it is given to.
With `--precision`, the other side: how often kg names a party it should not. Each party's bare short forms -- its
short name or acronym, and the common name news shortens it to ("Liberal", "Labour", "National": its English name
without the country and "Party") -- are written in a sentence cued as ANOTHER country (one that has no party of that
name in kg's data), and in one cued by nothing. There the answer must be no party, or a party of the cued country
(kg may read an unknown name as the article's own party); another country's party is wrong, and so is an alliance
or electoral list given for a bare name in the party's own country. Printed per country of the named party, and total.
Deterministic (sorted input, one fixed person); a couple of minutes on one core.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from babel.core import get_global  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

from kg.config import DATA_DIR  # noqa: E402
from kg.gazetteer.build import _base, member_nouns  # noqa: E402
from kg.gazetteer.cues import country_name  # noqa: E402
from kg.gazetteer.parties import _alternatives, iso2  # noqa: E402

OPENDATA = ROOT.parent / "shared" / "opendata"  # ../shared/opendata beside the repository, as the gazetteer build reads it
#: the last word of a name that news writes after "the" ("the Social Democratic Party", not "the Fidesz")
_THE = frozenset({"Party", "Union", "Front", "Alliance", "Movement", "Congress", "League", "Coalition", "Bloc", "Federation",
                  "Democrats", "Greens", "Socialists", "Rally", "Forum", "Convention", "Assembly", "Organisation", "Organization",
                  "List", "Liberals", "Conservatives", "Republicans", "Nationalists", "Communists", "Left", "Right", "Centre",
                  "Center", "Council", "Group", "Platform", "Initiative", "Association"})
_SHORT = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,4}")
PERSON = "Ann Roe"


@dataclass(frozen=True)
class Item:
    country: str
    party: str  # kg's name for the party the sentence names
    form: str  # english, short, bracketed, member
    cue: str  # name, demonym, city
    text: str
    start: int  # the party's name in the text
    end: int


@dataclass(frozen=True)
class Target:
    country: str
    party: str
    english: str
    short: str | None


def _expected_names(data_dir: Path, source: Path) -> dict[int, str]:
    """Party Facts id -> kg's name for that party: the built gazetteer's record, else the hand-made party of the same
    Wikidata item."""
    built = json.loads((data_dir / "gazetteer" / "parties.json").read_text(encoding="utf-8"))
    by_id = {p["partyfacts"]: p["name"] for p in built["parties"] if p.get("partyfacts")}
    by_wikidata = {p["wikidata"]: p["name"] for p in built["parties"] if p.get("wikidata")}
    by_wikidata.update({record["wikidata"]: name for name, record in built["hand"].items() if record.get("wikidata")})
    hand = json.loads((data_dir / "parties.json").read_text(encoding="utf-8"))
    by_wikidata.update({p["wikidata"]: p["name"] for p in hand["parties"] if p.get("wikidata")})
    with (source / "partyfacts" / "wikidata.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            party = by_wikidata.get(row["wikidata_id"])
            if party:
                by_id.setdefault(int(row["partyfacts_id"]), party)
    return by_id


def targets(source: Path, data_dir: Path, share: float, since: int,
            only: frozenset[str] = frozenset()) -> tuple[list[Target], Counter[str]]:
    """The parties to name, and per country those with a vote share that kg's data does not hold at all."""
    expected = _expected_names(data_dir, source)
    found, absent = [], Counter[str]()
    with (source / "partyfacts" / "core-parties.csv").open(encoding="utf-8") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: int(r["partyfacts_id"]))
    seen: set[tuple[str, str]] = set()
    for row in rows:
        country = iso2(row["country"])
        last = int(row["year_last"]) if row["year_last"].strip() else None
        if row["technical"] or not country or (only and country not in only) or not row["share"].strip() \
                or float(row["share"]) < share or (last and last < since):
            continue
        party = expected.get(int(row["partyfacts_id"]))
        if party is None:
            absent[country] += 1
            continue
        english = next(iter(_alternatives(row["name_english"]) or _alternatives(row["name"])), "")
        short = row["name_short"].strip()
        if (country, party) not in seen and english:
            seen.add((country, party))
            found.append(Target(country, party, english, short if _SHORT.fullmatch(short) else None))
    return found, absent


def _cities() -> dict[str, str]:
    """Country -> a city news datelines it with: of the cities its time zones are named for (CLDR), the one English
    writes most (wordfreq), which is its capital or its largest city."""
    zones = get_global("zone_territories")
    found: dict[str, list[str]] = defaultdict(list)
    for zone in sorted(zones):
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/")) and city.replace(" ", "").isalpha():
            found[zones[zone]].append(city)
    return {country: max(cities, key=lambda c: (zipf_frequency(c.lower(), "en"), c)) for country, cities in found.items()}


def _demonyms(data_dir: Path) -> dict[str, str]:
    built = json.loads((data_dir / "gazetteer" / "parties.json").read_text(encoding="utf-8"))["cues"]
    return {c: next((w for w in words if w.istitle() and w != country_name(c) and w.endswith(("an", "ese", "ish", "i", "ch"))), "")
            for c, words in built.items()}


def _named(english: str) -> str:
    return f"the {english}" if english.split()[-1] in _THE and not english.startswith("The ") else english


def items(found: Iterable[Target], data_dir: Path) -> Iterator[Item]:
    cities, demonyms = _cities(), _demonyms(data_dir)
    for target in found:
        forms = [("english", _named(target.english), 0)]
        if target.short:
            forms += [("short", f"the {target.short}", 4), ("bracketed", f"{_named(target.english)} ({target.short})", 0)]
        forms += [("member", f"the {noun}", 4) for noun in member_nouns(target.english)[:1]]
        name = country_name(target.country)
        cues = [("name", "", f"the vote in {name} would be close")]
        if demonyms.get(target.country):
            cues.append(("demonym", "", f"{demonyms[target.country]} voters would decide"))
        if cities.get(target.country):
            cues.append(("city", f"{cities[target.country].upper()} -- ", "the vote would be close"))
        for form, written, skip in forms:
            for cue, lead, tail in cues:
                head = f"{lead}{PERSON} of "
                text = f"{head}{written} said on Monday that {tail}."
                length = len(written) if form != "bracketed" else len(_named(target.english))
                yield Item(target.country, target.party, form, cue, text, len(head) + skip, len(head) + length)


def judge(item: Item, doc: object, countries: dict[str, str | None]) -> str:
    """right; wrong-same (another party of its country); wrong-other (another country's party); unresolved (a name
    several countries' parties share, left without a country: no party kg knows); or none."""
    ids = {e.ent_id_ or e.text for e in doc.ents if e.label_ == "PARTY" and e.start_char < item.end and e.end_char > item.start}  # type: ignore[attr-defined]
    if not ids:
        return "none"
    if ids == {item.party}:
        return "right"
    others = ids - {item.party}
    if any(countries.get(i) not in (None, item.country) for i in others):
        return "wrong-other"
    return "wrong-same" if any(countries.get(i) == item.country for i in others) else "unresolved"


def run(source: Path, data_dir: Path, share: float, since: int, verbose: bool,
        only: frozenset[str] = frozenset()) -> dict[str, Counter[str]]:
    from kg.extract.lexicon import load_lexicon
    from kg.nlp import analyse_many, load_pipeline

    found, absent = targets(source, data_dir, share, since, only)
    all_items = list(items(found, data_dir))
    countries = {p.name: p.country for p in load_lexicon().parties}
    nlp = load_pipeline()
    by_country: dict[str, Counter[str]] = defaultdict(Counter)
    by_form: dict[str, Counter[str]] = defaultdict(Counter)
    for item, doc in zip(all_items, analyse_many((i.text for i in all_items), nlp, batch_size=64), strict=True):
        verdict = judge(item, doc, countries)
        by_country[item.country][verdict] += 1
        by_form[f"form {item.form}"][verdict] += 1
        by_form[f"cue {item.cue}"][verdict] += 1
        if verbose and verdict != "right":
            got = sorted({f"{e.text}={e.ent_id_}" for e in doc.ents if e.label_ == "PARTY"})  # type: ignore[attr-defined]
            print(f"{verdict:11} {item.country} {item.form:9} {item.cue:7} want {item.party!r}: {item.text!r} got {got}")
    for country, n in absent.items():
        by_country[country]["absent"] += n
    return {**by_country, **by_form}


_COLUMNS = ("right", "wrong-same", "wrong-other", "unresolved", "none", "absent")


def _line(label: str, counts: Counter[str]) -> str:
    total = sum(counts[c] for c in _COLUMNS[:5])
    share = counts["right"] / total if total else 0.0
    return f"{label:16} " + " ".join(f"{counts[c]:6d}" for c in _COLUMNS) + f"   {share:.3f}"


#: what a bracketed qualifier says an alliance or electoral list is, not a party ("Labor (political alliance)")
_JOINT = re.compile(r"\((?:political |electoral )?(?:alliance|coalition|list)\)$")


@dataclass(frozen=True)
class Stray:
    """A bare name of a party of `owner` in a sentence cued as `cued` ("" for no cue)."""

    owner: str
    party: str
    cued: str
    text: str
    start: int
    end: int


def _bare_forms(target: Target, demonyms: dict[str, str]) -> list[str]:
    """A party's forms that say nothing of its country: its short name, and its name without the country (or its
    demonym: "Israeli Labor Party" is "Labor") and "Party"."""
    base = _base(target.english, target.country)
    demonym = demonyms.get(target.country)
    if demonym and base.startswith(demonym + " "):
        base = base[len(demonym) + 1 :]
    return [f for f in dict.fromkeys([target.short or "", base]) if f and f[0].isupper()]


def strays(found: list[Target], owners: dict[str, set[str]], demonyms: dict[str, str]) -> Iterator[Stray]:
    """Each target's bare forms cued as another country and as none: the next country in the sorted list that has no
    party of that name (`owners`: a form -> the countries kg's data has a party of that name in)."""
    countries = sorted({t.country for t in found})
    for target in found:
        for form in _bare_forms(target, demonyms):
            at = countries.index(target.country)
            other = next((c for c in countries[at + 1 :] + countries[:at] if c not in owners.get(form, set())), "")
            written = f"the {form}" if form.split()[-1] in _THE or form.isupper() else form
            head, skip = f"{PERSON} of ", 4 if written.startswith("the ") else 0
            cues = [(other, f"the vote in {country_name(other)} would be close")] if other else []
            for cued, tail in [*cues, ("", "the vote would be close")]:
                yield Stray(target.country, target.party, cued, f"{head}{written} said on Monday that {tail}.",
                            len(head) + skip, len(head) + len(written))


def judge_stray(item: Stray, doc: object, countries: dict[str, str | None]) -> str:
    """none (no party); own (a party of the cued country, which an unknown name may be); right (no cue, the party
    itself); wrong (another country's party; with no cue, a party of another country than the name's own); joint
    (an alliance or list given for a bare name the party has); unresolved (a name kg knows of no one country, kept as
    written: no other country's party, but no party kg can name either)."""
    ids = {e.ent_id_ or e.text for e in doc.ents if e.label_ == "PARTY" and e.start_char < item.end and e.end_char > item.start}  # type: ignore[attr-defined]
    if not ids:
        return "none"
    if not item.cued and ids == {item.party}:
        return "right"
    if any(_JOINT.search(i) and not _JOINT.search(item.party) and countries.get(i) in (item.owner, None) for i in ids):
        return "joint"
    if item.cued and all(countries.get(i) == item.cued or countries.get(i) is None and i.endswith(f"({country_name(item.cued)})")
                         for i in ids):
        return "own"
    if any(countries.get(i) not in (None, item.cued if item.cued else item.owner) for i in ids):
        return "wrong"
    return "unresolved"


def precision(source: Path, data_dir: Path, share: float, since: int, verbose: bool,
              only: frozenset[str] = frozenset()) -> dict[str, Counter[str]]:
    """Per country of the named party (and per cue: "cue other", "cue none"): how its bare names are answered."""
    from kg.extract.lexicon import load_lexicon
    from kg.nlp import analyse_many, load_pipeline

    found, _ = targets(source, data_dir, share, since, only)
    lexicon = load_lexicon()
    countries = {p.name: p.country for p in lexicon.parties}
    owners: dict[str, set[str]] = defaultdict(set)
    for party in lexicon.parties:
        for name in (party.name, *party.aliases):
            owners[name].add(party.country or "")
    for name, by_country in lexicon.national_variants.items():
        owners[name] |= set(by_country)
    demonyms = _demonyms(data_dir)
    for target in found:
        for form in _bare_forms(target, demonyms):
            owners[form].add(target.country)
    all_items = list(strays(found, owners, demonyms))
    nlp = load_pipeline()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item, doc in zip(all_items, analyse_many((i.text for i in all_items), nlp, batch_size=64), strict=True):
        verdict = judge_stray(item, doc, countries)
        counts[item.owner][verdict] += 1
        counts["cue other" if item.cued else "cue none"][verdict] += 1
        if verbose and verdict in ("wrong", "joint"):
            got = sorted({f"{e.text}={e.ent_id_}" for e in doc.ents if e.label_ == "PARTY"})  # type: ignore[attr-defined]
            print(f"{verdict:6} {item.owner} cued {item.cued or '-':2} {item.text!r} got {got}")
    return counts


_STRAY_COLUMNS = ("none", "own", "right", "unresolved", "wrong", "joint")


def _stray_line(label: str, counts: Counter[str]) -> str:
    total = sum(counts[c] for c in _STRAY_COLUMNS)
    bad = (counts["wrong"] + counts["joint"]) / total if total else 0.0
    return f"{label:16} " + " ".join(f"{counts[c]:6d}" for c in _STRAY_COLUMNS) + f"   {bad:.3f}"


def print_table(counts: dict[str, Counter[str]], columns: tuple[str, ...], last: str,
                line: Callable[[str, Counter[str]], str]) -> None:
    """Countries (two letters) first, each summed into the total; then the other labels (cues, forms); then the total."""
    print(f"{'':16} " + " ".join(f"{c[:6]:>6}" for c in columns) + f"   {last}")
    total: Counter[str] = Counter()
    for label in sorted(k for k in counts if len(k) == 2):
        print(line(label, counts[label]))
        total.update(counts[label])
    for label in sorted(k for k in counts if len(k) > 2):
        print(line(label, counts[label]))
    print(line("total", total))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=OPENDATA)
    parser.add_argument("--share", type=float, default=5.0, help="least national vote share (percent) of a party named")
    parser.add_argument("--since", type=int, default=2000, help="parties last seen before this year are left out")
    parser.add_argument("--country", action="append", default=[], help="only these countries (ISO 3166 alpha-2; repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every item not named right")
    parser.add_argument("--precision", action="store_true", help="also the bare names cued as another country or none")
    args = parser.parse_args(argv)
    if not (args.source / "partyfacts" / "core-parties.csv").is_file():
        print(f"Error: no Party Facts data under {args.source}; pass --source DIR (the open data folder)", file=sys.stderr)
        return 2
    wanted = frozenset(args.country)
    counts = run(args.source, DATA_DIR, args.share, args.since, args.verbose, wanted)
    print_table(counts, _COLUMNS, "right/named", _line)
    if args.precision:
        stray = precision(args.source, DATA_DIR, args.share, args.since, args.verbose, wanted)
        print_table(stray, _STRAY_COLUMNS, "wrong share", _stray_line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
