"""How many real politicians' names kg reads whole, with no article: `python bench/name_coverage.py [--per 30] [--known] [-v]`.

Legislators and leaders of the open data (../shared/opendata: EveryPolitician's term lists, Global Leader Ideologies'
heads of government and leaders, the US Congress) are each written into short invented sentences the ways
English-language news writes a name: "X, a member of parliament, said", "MP X said", "Mr X", "the death of X, 61,
who", "the ruling party's candidate, X,", a courtesy title of the person's country before the name ("Datuk Seri X",
"Alhaji X"), and a full first mention then
the surname alone ("... X ... Later, Surname said", which must resolve to X). kg's own person finding
(kg.extract.pipeline.build_context: the mentions and their resolution) reads each sentence, and the name it gives the
words is judged against the fullest name written: right, cut short (a part of it), too long (it and more), other
(overlapping but neither), or not found.

By default the open data's politicians are taken out of the model's person patterns, as a name from a country kg has
not met is in none of them; `--known` keeps them. Deterministic (a fixed sample per country, by a hash of the name).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycountry  # noqa: E402
from spacy.language import Language  # noqa: E402

from kg.config import model_name  # noqa: E402
from kg.extract.lexicon import Lexicon, load_lexicon  # noqa: E402
from kg.extract.people import surname  # noqa: E402
from kg.extract.pipeline import build_context  # noqa: E402
from kg.nlp import _load_pipeline, _politician_patterns, load_pipeline, mask_noise  # noqa: E402

OPENDATA = ROOT.parent / "shared" / "opendata"
VERDICTS = ("right", "short", "long", "other", "none")


@dataclass(frozen=True)
class Person:
    country: str  # ISO 3166 alpha-2
    name: str
    gender: str  # "m", "f" or ""


@dataclass(frozen=True)
class Item:
    person: Person
    form: str  # said, mp, mr, death, candidate, honorific, later
    text: str
    start: int  # the name's characters in the text (of its short mention, for "later")
    end: int


def _country_code(name: str) -> str | None:
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        fuzzy = {"UK": "GB", "Ivory Coast": "CI", "Congo": "CG", "Democratic Republic of the Congo": "CD"}
        return fuzzy.get(name)


def clean_name(raw: str, lexicon: Lexicon) -> str | None:
    """The name as news writes it: "Surname, Title Forename" turned round, titles, nicknames in brackets and initials'
    spacing settled; None for what is no plain name (digits, one word)."""
    text = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", raw)
    if text.count(",") == 1:
        last, first = (p.strip() for p in text.split(","))
        text = f"{first} {last}"
    titles = lexicon.honorifics | lexicon.courtesy_titles | {w for ws in lexicon.honorifics_by_country.values() for w in ws}
    words = [w.capitalize() if w.isupper() and len(w) > 2 else w  # "GARBA", "OOKA": a register's capitals, not news's
             for w in text.split() if w not in titles and w.rstrip(".") not in titles]
    if len(words) < 2 or any(ch.isdigit() for ch in raw) or not all(w[:1].isupper() or w.islower() for w in words):
        return None
    return " ".join(words)


def _everypolitician(source: Path) -> Iterator[tuple[str, str, str]]:
    country_of = {"UK": "GB", "New_Zealand": "NZ", "South_Africa": "ZA"}
    for path in sorted((source / "everypolitician").glob("*/*/*.csv")):
        code = country_of.get(path.parts[-3]) or _country_code(path.parts[-3])
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if code:
                    yield code, row["name"], {"male": "m", "female": "f"}.get(row.get("gender", ""), "")


def _leaders(source: Path) -> Iterator[tuple[str, str, str]]:
    path = source / "global-leader-ideologies" / "global_leader_ideologies.csv"
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                code = _country_code(row["country_name"])
                for key in ("hog", "leader"):
                    if code and row.get(key):
                        yield code, row[key], ""


def _congress(source: Path) -> Iterator[tuple[str, str, str]]:
    path = source / "us-congress" / "legislators-current.yaml"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("official_full:"):
                yield "US", line.split(":", 1)[1].strip(), ""


def people(source: Path, lexicon: Lexicon, per: int) -> list[Person]:
    """A fixed sample of `per` plain names per country: the smallest hashes of the names, so reruns agree."""
    by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for code, raw, gender in (*_everypolitician(source), *_leaders(source), *_congress(source)):
        name = clean_name(raw, lexicon)
        if name:
            by_country[code].setdefault(name, gender)
    out = []
    for code in sorted(by_country):
        names = sorted(by_country[code], key=lambda n: hashlib.sha1(n.encode()).hexdigest())[:per]
        out += [Person(code, n, by_country[code][n]) for n in sorted(names)]
    return out


def items(person: Person, lexicon: Lexicon) -> Iterator[Item]:
    """The person's name in each form news writes it."""
    name = person.name
    title = "Ms" if person.gender == "f" else "Mr"
    local = sorted(lexicon.honorifics_by_country.get(person.country, ()))
    forms = [("said", "{}, a member of parliament, said on Monday that the vote would go ahead."),
             ("mp", "MP {} said the vote would go ahead."),
             ("mr", title + " {} told reporters the vote would go ahead."),
             ("death", "The seat fell vacant in June with the death of {}, 61, who had held it since 2012."),
             ("candidate", "The ruling party's candidate, {}, polled 9,402 votes.")]
    if local:
        courtesy = local[int(hashlib.sha1(name.encode()).hexdigest(), 16) % len(local)]
        forms.append(("honorific", courtesy + " {} told reporters the vote would go ahead."))
    for form, pattern in forms:
        text = pattern.format(name)
        start = text.index(name)
        yield Item(person, form, text, start, start + len(name))
    short = surname(name)
    text = f"{name} spoke at the rally in the capital on Sunday. Later, {short} said the party would win."
    start = text.rindex(short)
    yield Item(person, "later", text, start, start + len(short))


def judge(item: Item, nlp: Language, lexicon: Lexicon) -> tuple[str, str]:
    """(verdict, the name kg gave the words)."""
    doc = nlp(mask_noise(item.text))
    ctx, _ = build_context(doc, nlp, None, lexicon)
    found = [m for m in ctx.mentions if doc[m.start].idx < item.end and doc[m.end - 1].idx + len(doc[m.end - 1]) > item.start]
    if not found:
        return "none", ""
    given = ctx.name(max(found, key=lambda m: m.end - m.start))
    return verdict(given, item.person.name), given


def verdict(given: str, wanted: str) -> str:
    words, want = given.split(), wanted.split()
    if given == wanted:
        return "right"
    if len(words) < len(want) and all(w in want for w in words):
        return "short"
    if len(words) > len(want) and all(w in words for w in want):
        return "long"
    return "other"


def unknown_names_pipeline() -> Language:
    """kg's pipeline without the open data's politicians among its person patterns: names as unseen news gives them.
    A pipeline of its own: the one load_pipeline shares is left as it is."""
    nlp = _load_pipeline.__wrapped__(model_name())
    ruler = nlp.get_pipe("party_ruler")
    known = {str(p["pattern"]) for p in _politician_patterns(load_lexicon())}
    kept = [p for p in ruler.patterns if not (p.get("label") == "PERSON" and p.get("pattern") in known)]  # type: ignore[attr-defined]
    ruler.clear()  # type: ignore[attr-defined]
    with nlp.select_pipes(enable=["party_ruler"]):
        ruler.add_patterns(kept)  # type: ignore[attr-defined]
    return nlp


def run(persons: Iterable[Person], nlp: Language, lexicon: Lexicon, verbose: bool = False) -> dict[str, Counter[str]]:
    """Verdicts per country and per form (keys "XX" and "form:said")."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for person in persons:
        for item in items(person, lexicon):
            result, given = judge(item, nlp, lexicon)
            counts[person.country][result] += 1
            counts["form:" + item.form][result] += 1
            counts["total"][result] += 1
            if verbose and result != "right":
                print(f"  {person.country} {item.form:9} {result:5} {person.name!r} -> {given!r}")
    return counts


def _line(label: str, c: Counter[str]) -> str:
    n = sum(c.values())
    return f"{label:12} {n:5}  " + "  ".join(f"{v} {c[v]:4} ({c[v] / n:.2f})" for v in VERDICTS) if n else label


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=OPENDATA)
    parser.add_argument("--per", type=int, default=30, help="names per country")
    parser.add_argument("--known", action="store_true", help="keep the open data's politicians among the person patterns")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not (args.source / "everypolitician").is_dir():
        print(f"Error: no everypolitician data under {args.source}: pass --source DIR (the open data folder)", file=sys.stderr)
        return 1
    lexicon = load_lexicon()
    nlp = load_pipeline() if args.known else unknown_names_pipeline()
    counts = run(people(args.source, lexicon, args.per), nlp, lexicon, args.verbose)
    for key in sorted(k for k in counts if k != "total" and not k.startswith("form:")):
        print(_line(key, counts[key]))
    for key in sorted(k for k in counts if k.startswith("form:")):
        print(_line(key, counts[key]))
    print(_line("total", counts["total"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
