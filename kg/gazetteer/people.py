"""Politicians with Wikidata ids and their terms, from open data: the people kg may link (data/gazetteer/people.json).

Each person is a Wikidata id, a name as news writes it and terms: country, office ("mp", "senator",
"representative", or a head of government's office), party (as kg names it), area, start, end, and which dataset
says so. Only people with a Wikidata id are kept, since a link needs one; a member of a term with no dates of
their own sat for the whole term (TERM_DATES). Consecutive terms that agree are one span, to keep the file small.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.gazetteer.offices import ep_name
from kg.gazetteer.partyids import PartyIds

#: EveryPolitician term -> (country, office, first day, last day): a parliament's term, from its election to its
#: dissolution (or the next election), as the parliaments publish them
TERM_DATES: dict[str, tuple[str, str, str, str]] = {
    "UK/Commons/term-52.csv": ("GB", "mp", "1997-05-01", "2001-05-14"),
    "UK/Commons/term-53.csv": ("GB", "mp", "2001-06-07", "2005-04-11"),
    "UK/Commons/term-54.csv": ("GB", "mp", "2005-05-05", "2010-04-12"),
    "UK/Commons/term-55.csv": ("GB", "mp", "2010-05-06", "2015-03-30"),
    "UK/Commons/term-56.csv": ("GB", "mp", "2015-05-07", "2017-05-03"),
    "UK/Commons/term-57.csv": ("GB", "mp", "2017-06-08", "2019-11-06"),
    "Canada/Commons/term-42.csv": ("CA", "mp", "2015-10-19", "2019-09-11"),
    "France/National_Assembly/term-15.csv": ("FR", "mp", "2017-06-18", "2022-06-21"),
    "Australia/Representatives/term-45.csv": ("AU", "mp", "2016-07-02", "2019-04-11"),
    "Australia/Senate/term-45.csv": ("AU", "senator", "2016-07-02", "2019-06-30"),
    "New_Zealand/House/term-52.csv": ("NZ", "mp", "2017-09-23", "2020-09-06"),
    "India/Lok_Sabha/term-16.csv": ("IN", "mp", "2014-05-16", "2019-05-24"),
    "Germany/Bundestag/term-19.csv": ("DE", "mp", "2017-09-24", "2021-10-26"),
    "Japan/House_of_Representatives/term-48.csv": ("JP", "mp", "2017-10-22", "2021-10-14"),
    "South_Africa/Assembly/term-27.csv": ("ZA", "mp", "2019-05-08", "2024-05-29"),
    "Nigeria/Representatives/term-8.csv": ("NG", "representative", "2015-06-09", "2019-06-09"),
    "Nigeria/Senate/term-8.csv": ("NG", "senator", "2015-06-09", "2019-06-09"),
    "Kenya/Assembly/term-11.csv": ("KE", "mp", "2013-03-28", "2017-08-08"),
    "Ireland/Dail/term-32.csv": ("IE", "td", "2016-02-26", "2020-01-14"),
}
_US_OFFICE = {"sen": "senator", "rep": "representative"}


@dataclass
class Term:
    country: str
    office: str
    party: str | None
    area: str | None
    start: str
    end: str | None
    source: str

    def row(self) -> list[str | None]:
        return [self.country, self.office, self.party, self.area, self.start, self.end, self.source]


@dataclass
class Person:
    wikidata: str | None
    name: str
    terms: list[Term]
    gender: str | None = None


def _clean(name: str) -> str:
    return " ".join(ep_name(name.replace("(Deceased)", "")).split())


def everypolitician(source: Path, ids: PartyIds) -> list[Person]:
    """Every member of the EveryPolitician terms, with or without a Wikidata id (names serve the offices' build)."""
    people = []
    for rel, (country, office, first, last) in sorted(TERM_DATES.items()):
        path = source / "everypolitician" / rel
        if not path.exists():
            continue
        for row in csv.DictReader(path.open(encoding="utf-8")):
            party = ids.by_wikidata.get(row.get("wikidata_group") or "") or (row["group"] or None)
            area = row["area"] or None
            term = Term(country, office, party, area, row["start_date"] or first, row["end_date"] or last,
                        "everypolitician/" + rel.rsplit("/", 1)[0])
            people.append(Person(row.get("wikidata") or None, _clean(row["name"]), [term], row.get("gender") or None))
    return people


def congress(source: Path, ids: PartyIds) -> list[Person]:
    """Current members of the US Congress, each term (state, district, party) with its dates."""
    import yaml

    members = yaml.safe_load((source / "us-congress/legislators-current.yaml").read_text(encoding="utf-8"))  # plain data only
    people = []
    for member in members:
        name = member["name"]
        full = name.get("official_full") or f"{name.get('nickname') or name['first']} {name['last']}"
        terms = []
        for t in member["terms"]:
            area = t["state"] + (f"-{t['district']}" if t.get("district") not in (None, 0) else "")
            terms.append(Term("US", _US_OFFICE[t["type"]], ids.us.get(t.get("party", ""), t.get("party")), area, t["start"], t["end"],
                              "us-congress/legislators-current"))
        people.append(Person(member["id"].get("wikidata"), full, terms))
    return people


def compact(people: list[Person]) -> list[Person]:
    """One record per Wikidata id; its terms in order, consecutive agreeing terms joined into one span."""
    by_id: dict[str, Person] = {}
    for person in people:
        if not person.wikidata:
            continue
        known = by_id.setdefault(person.wikidata, Person(person.wikidata, person.name, []))
        known.terms.extend(person.terms)
    out = []
    for wd in sorted(by_id, key=lambda w: int(w[1:])):
        person = by_id[wd]
        spans: list[Term] = []
        for term in sorted(person.terms, key=lambda t: (t.office, t.country, t.start)):
            last = spans[-1] if spans else None
            if last and (last.country, last.office, last.party, last.area, last.source) == (
                    term.country, term.office, term.party, term.area, term.source) and _gap(last.end, term.start) <= MAX_GAP:
                last.end = max(last.end or "", term.end or "") or None
            else:
                spans.append(Term(**vars(term)))
        out.append(Person(wd, person.name, sorted(spans, key=lambda t: t.start)))
    return out


#: days between two terms that still make one span (a general election's campaign)
MAX_GAP = 62


def _gap(end: str | None, start: str) -> int:
    return -1 if end is None else (dt.date.fromisoformat(start[:10]) - dt.date.fromisoformat(end[:10])).days


def members_by_country(people: list[Person]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for term in person.terms:
            found[term.country].add(person.name)
    return found


def wikidata_index(people: list[Person]) -> dict[tuple[str, str], set[str]]:
    """(country, folded name) -> the Wikidata ids of people of that name there."""
    from kg.extract.lexicon import fold

    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person in people:
        if person.wikidata:
            for term in person.terms:
                found[term.country, fold(person.name)].add(person.wikidata)
    return found

