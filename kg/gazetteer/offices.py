"""Heads of government and of state, with their parties and terms, from open data (data/gazetteer/officeholders.json).

- ParlGov cabinets (37 EU/OECD democracies): each cabinet's start date, its prime minister's party and whether
  several parties sat in it; a cabinet is named by its head's surname ("Merkel IV", "Trudeau J I"), so the full
  name comes from the Global Leader Ideologies dataset (heads of government by country and year), from
  EveryPolitician, or from the names news uses (data/officeholders.json `common_names`).
- Global Leader Ideologies for the countries ParlGov lacks: the head of government on 31 December of each year,
  so a change is dated to 1 January of the first year the dataset finds the new head in office (year precision).
- The US executive (unitedstates/congress-legislators): presidents with exact dates.
- ParlGov's presidents: heads of state of its democracies (France's, Germany's, Ireland's), an office of their own.
- data/officeholders.json `after_the_data`: holders since a dataset ends, the one hand-made part, checked to start
  after the data's last term.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from kg.extract.lexicon import fold
from kg.gazetteer.parties import iso2
from kg.gazetteer.partyids import PartyIds

_ROMAN = re.compile(r"^[IVX]+$")
_SUFFIXES = ("jr", "sr")
#: the offices the Global Leader Ideologies titles name that news calls by these words
#: the dataset's country names that ISO 3166 spells otherwise
_COUNTRY_NAMES = {"Russia": "RU", "Turkey": "TR", "Ivory Coast": "CI", "Democratic Republic of the Congo": "CD", "Cape Verde": "CV",
                  "Brunei": "BN", "The Gambia": "GM"}
_GLI_TITLES = {"Prime Minister": "prime minister", "President": "president", "Chancellor": "chancellor", "Premier": "premier"}


@dataclass
class Holding:
    person: str
    party: str | None
    start: str
    end: str | None = None
    wikidata: str | None = None
    aliases: set[str] = field(default_factory=set)
    source: str = ""
    until: str | None = None  # for a holder with no end: the last day the source that names them covers


def _key(name: str) -> list[str]:
    """Folded words, German transliterations undone ("Schroeder" and "Schröder" agree)."""
    return [w.replace("oe", "o").replace("ue", "u").replace("ae", "a") for w in fold(name).split() if w not in _SUFFIXES]


def _surname_fits(full: str, surname: str, initial: str = "") -> bool:
    words, target = _key(full), "".join(_key(surname))
    if not words or (initial and not words[0].startswith(initial.lower())):
        return False
    return any("".join(words[k:]) == target for k in range(1, len(words)))


def ep_name(name: str) -> str:
    """EveryPolitician's "ABE Shinzo" (family name first, in capitals) as news writes it: "Shinzo Abe"."""
    words = name.split()
    if len(words) >= 2 and words[0].isupper() and len(words[0]) > 1 and not all(w.isupper() for w in words):
        family = [w.capitalize() for w in words if w.isupper()]
        return " ".join([*(w for w in words if not w.isupper()), *family])
    return name


def short_name(formal: str) -> str:
    """"Barack Hussein Obama" -> "Barack Obama": a formal name of three words or more as news shortens it."""
    words = [w for w in formal.split() if fold(w) not in _SUFFIXES]
    return f"{words[0]} {words[-1]}" if len(words) >= 3 and all(w[:1].isupper() for w in words) else " ".join(words)


@dataclass
class Names:
    """Where a head of government's name as news writes it is found, best first."""

    common: dict[str, list[str]]  # country -> names news uses (hand-made)
    members: dict[str, set[str]]  # country -> EveryPolitician names (as news writes them)
    gli: dict[str, dict[int, str]]  # country -> year -> formal name of the head of government
    gli_party: dict[str, dict[int, str | None]] = field(default_factory=dict)  # country -> year -> their party (kg's name)

    def party(self, country: str, year: int, formal: set[str]) -> str | None:
        """The party the Global Leader Ideologies dataset gives the head of government in office at the end of
        `year` (or the next), if that is one of the `formal` names: more specific than ParlGov's alliances (CDU, not
        CDU/CSU)."""
        for y in (year, year + 1):
            if self.gli.get(country, {}).get(y) in formal and self.gli_party.get(country, {}).get(y):
                return self.gli_party[country][y]
        return None

    def resolve(self, country: str, cabinet: str, years: range) -> tuple[str, set[str]] | None:
        """"Trudeau J" in Canada, 2015-2019 -> "Justin Trudeau" (with its other spellings), or None."""
        words = [w for w in cabinet.split() if not _ROMAN.match(w)]
        initial = words.pop() if len(words) >= 2 and len(words[-1]) == 1 else ""
        surname = " ".join(words)
        formal = sorted({n for y, n in self.gli.get(country, {}).items()
                         if years.start - 1 <= y <= years.stop and _surname_fits(n, surname, initial)})
        common = [n for n in self.common.get(country, []) if _surname_fits(n, surname, initial)]
        if len(set(common)) == 1:
            return common[0], set(formal)
        given = {w for n in formal for w in _key(n)[:-1]}
        # a member of parliament of that surname is the one only if the dataset of heads agrees, or has ended
        after = years.start > max(self.gli.get(country, {0: 0}))
        members = sorted({n for n in self.members.get(country, set()) if _surname_fits(n, surname, initial)
                          and (_key(n)[0] in given if formal else after)})
        if len(members) == 1:
            return members[0], set(formal)
        if len(formal) == 1:
            return short_name(formal[0]), set(formal)
        return None


def gli_rows(source: Path) -> tuple[list[dict[str, str]], dict[str, str]]:
    path = source / "global-leader-ideologies/global_leader_ideologies.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    countries = dict(_COUNTRY_NAMES)
    for name in sorted({r["country_name"] for r in rows} - set(countries)):
        for part in (name, *name.split("/"), name.replace("United States of America", "United States")):
            try:
                countries[name] = pycountry.countries.lookup(part.strip()).alpha_2
                break
            except LookupError:
                continue  # a state that is no more (German Democratic Republic) has no code: left out
    return rows, countries


def _parlgov_cabinets(source: Path) -> dict[str, list[dict[str, object]]]:
    """Country -> its cabinets in order: start, name, the prime minister's ParlGov party, how many parties."""
    cabinets: dict[str, dict[str, object]] = {}
    for row in csv.DictReader((source / "parlgov/view_cabinet.csv").open(encoding="utf-8")):
        cab = cabinets.setdefault(row["cabinet_id"], {"country": iso2(row["country_name_short"]), "start": row["start_date"],
                                                       "name": row["cabinet_name"], "party": None, "parties": 0})
        if row["cabinet_party"] == "1":
            cab["parties"] = int(str(cab["parties"])) + 1
        if row["prime_minister"] == "1":
            cab["party"] = row["party_id"]
    by_country: dict[str, list[dict[str, object]]] = defaultdict(list)
    for cab in sorted(cabinets.values(), key=lambda c: (str(c["country"]), str(c["start"]))):
        if cab["country"]:
            by_country[str(cab["country"])].append(cab)
    return by_country


@dataclass
class Offices:
    heads: dict[tuple[str, str], list[Holding]] = field(default_factory=dict)  # (office, country) -> holders in order
    states: dict[tuple[str, str], list[Holding]] = field(default_factory=dict)
    coalitions: dict[str, list[list[str | None]]] = field(default_factory=dict)
    unnamed: int = 0  # cabinets whose head no source names


def _spans(flags: Iterable[tuple[str, bool]]) -> list[list[str | None]]:
    """Start dates each with whether a coalition then governed -> the coalition periods [start, end)."""
    spans: list[list[str | None]] = []
    for start, coalition in flags:
        if coalition and (not spans or spans[-1][1] is not None):
            spans.append([start, None])
        elif not coalition and spans and spans[-1][1] is None:
            spans[-1][1] = start
    return spans


def _append(holders: list[Holding], new: Holding) -> None:
    """A holder after the one before: the same person again continues the term, else the last term ends."""
    if holders and holders[-1].person == new.person and holders[-1].party == new.party:
        holders[-1].aliases |= new.aliases
        return
    if holders and (holders[-1].end is None or holders[-1].end > new.start):
        holders[-1].end = new.start
    holders.append(new)


def build_offices(source: Path, hand: dict, ids: PartyIds, names: Names) -> Offices:  # type: ignore[type-arg]
    out = Offices()
    office_of = hand["head_of_government"]
    for country, cabinets in _parlgov_cabinets(source).items():
        office = office_of.get(country, "prime minister")
        holders = out.heads.setdefault((office, country), [])
        starts = [str(c["start"]) for c in cabinets]
        for k, cab in enumerate(cabinets):
            end_year = int(starts[k + 1][:4]) if k + 1 < len(cabinets) else int(str(cab["start"])[:4]) + 4
            found = names.resolve(country, str(cab["name"]), range(int(str(cab["start"])[:4]), end_year))
            party = ids.parlgov.get(str(cab["party"])) if cab["party"] else None
            if found is not None:
                party = names.party(country, int(str(cab["start"])[:4]), found[1]) or party
            if found is None:
                out.unnamed += 1
                if holders and holders[-1].end is None:
                    holders[-1].end = str(cab["start"])
                continue
            _append(holders, Holding(found[0], party, str(cab["start"]), aliases=found[1], source="parlgov"))
        out.coalitions[country] = _spans((str(c["start"]), int(str(c["parties"])) > 1) for c in cabinets)
    _gli_heads(source, out, ids, names, office_of)
    _presidents(source, out, ids, names.common.get("US", []))
    _states(source, out, ids)
    for country, office, person, party, start in hand["after_the_data"]:
        table = out.states if (office, country) in out.states else out.heads
        holders = table.setdefault((office, country), [])
        if holders and holders[-1].start >= start:
            raise ValueError(f"data/officeholders.json after_the_data: {person} starts before the data's last {office} of {country}")
        _append(holders, Holding(person, party, start, source="data/officeholders.json"))
    _known_until(source, out)
    return out


def _known_until(source: Path, out: Offices) -> None:
    """A holder the data gives no end is in office as far as its dataset reaches, and no further: ParlGov's last cabinet
    of Poland (2019) says nothing of 2026, when another party governs. Each such holder keeps the last day their
    dataset covers (ParlGov: its latest cabinet anywhere; Global Leader Ideologies: the end of its last year), so an
    article published later gets no head of government, and no governing party, from it. The hand-made holders since
    the data ends (data/officeholders.json) and the US executive file's are kept current by hand and have none."""
    cabinets = list(csv.DictReader((source / "parlgov/view_cabinet.csv").open(encoding="utf-8")))
    years = [int(r["year"]) for r in gli_rows(source)[0]]
    horizon = {"parlgov": max(r["start_date"] for r in cabinets), "global-leader-ideologies": f"{max(years)}-12-31"}
    for table in (out.heads, out.states):
        for holders in table.values():
            if holders and holders[-1].end is None:
                holders[-1].until = horizon.get(holders[-1].source)


def _gli_heads(source: Path, out: Offices, ids: PartyIds, names: Names, office_of: dict[str, str]) -> None:
    """Countries ParlGov lacks (and the US, which the executive file gives exactly): year by year."""
    rows, countries = gli_rows(source)
    covered = {c for _, c in out.heads} | {"US"}
    last_office: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: (r["country_name"], int(r["year"]))):
        country = countries.get(row["country_name"])
        office = _GLI_TITLES.get(row["hog_title"])
        if not country or country in covered or not office or not row["hog"].strip() or int(row["year"]) < 1945:
            continue
        office = office_of.get(country, office)
        formal = row["hog"].strip()
        common = [n for n in names.common.get(country, [])
                  if _surname_fits(n, formal.split()[-1]) and fold(n).split()[0][:1] == fold(formal)[:1]]
        members = [n for n in names.members.get(country, set()) if fold(n) == fold(short_name(formal)) or fold(n) == fold(formal)]
        name = common[0] if len(common) == 1 else members[0] if len(members) == 1 else short_name(formal)
        party = ids.partyfacts(row["hog_party_id"], row["hog_party_eng"])
        start = f"{row['year']}-01-01"
        if last_office.get(country, office) != office and out.heads[last_office[country], country][-1].end is None:
            out.heads[last_office[country], country][-1].end = start  # the office was abolished: "prime minister" -> "president"
        last_office[country] = office
        holders = out.heads.setdefault((office, country), [])
        _append(holders, Holding(name, party, start, aliases={formal}, source="global-leader-ideologies"))
        out.coalitions.setdefault(country, [])
    for (_, country), holders in out.heads.items():
        if country not in covered and holders:  # who else sat in these governments is unknown: no party from the government alone
            out.coalitions[country] = [[holders[0].start, None]]


def _us_name(name: dict[str, str], common: list[str]) -> str:
    """The name news uses for a president: "George W. Bush" (middle initials told apart), "Bill Clinton"."""
    middle = [w[0] for w in (name.get("middle") or "").split()]
    found = [n for n in common if _surname_fits(n, name["last"]) and n[0] in (name["first"][0], (name.get("nickname") or "?")[0])]
    if len(found) > 1:
        found = [n for n in found if [w[0] for w in n.split()[1:-1]] == middle]
    return found[0] if len(found) == 1 else f"{name.get('nickname') or name['first']} {name['last']}"


def _presidents(source: Path, out: Offices, ids: PartyIds, common: list[str]) -> None:
    import yaml

    people = yaml.safe_load((source / "us-congress/executive.yaml").read_text(encoding="utf-8"))  # plain data only
    holders = out.heads.setdefault(("president", "US"), [])
    terms = []
    for person in people:
        name = person["name"]
        full = _us_name(name, common)
        for term in person["terms"]:
            if term["type"] == "prez" and term["start"] >= "1945":
                terms.append(Holding(full, ids.us.get(term["party"], f"{term['party']} Party"), term["start"], term["end"],
                                     person["id"].get("wikidata"), {f"{name['first']} {name['last']}"} - {full}, "us-congress/executive"))
    for holding in sorted(terms, key=lambda h: h.start):
        if holders and holders[-1].person == holding.person:
            holders[-1].end = holding.end
        else:
            holders.append(holding)


def _states(source: Path, out: Offices, ids: PartyIds) -> None:
    """ParlGov's presidents: heads of state of its democracies."""
    country_of = {}
    for row in csv.DictReader((source / "parlgov/view_cabinet.csv").open(encoding="utf-8")):
        country_of[row["country_id"]] = iso2(row["country_name_short"])
    rows = sorted(csv.DictReader((source / "parlgov/politician_president.csv").open(encoding="utf-8")),
                  key=lambda r: (r["country_id"], r["start_date"]))
    for row in rows:
        country = country_of.get(row["country_id"])
        if not country or not row["person_id_source"].strip():
            continue
        holders = out.states.setdefault(("president", country), [])
        holding = Holding(" ".join(row["person_id_source"].split()), ids.parlgov.get(row["party_id"]), row["start_date"],
                          row["end_date"] or None, source="parlgov")
        _append(holders, holding)
        holders[-1].end = holding.end  # a second term of the same president continues the first
