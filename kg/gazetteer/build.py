"""Build data/gazetteer/ (parties, regions, office holders, people) from open data.

    python -m kg.gazetteer.build ../shared/opendata [OUT_DIR]

Reproducible: the same sources give the same file byte for byte (every list is sorted). kg never reads the
sources at run time; kg.extract.lexicon merges the built file with data/parties.json.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

from kg.config import DATA_DIR
from kg.extract.lexicon import fold
from kg.gazetteer.cues import country_cues, country_name, demonyms
from kg.gazetteer.jsonfile import write_json
from kg.gazetteer.names import is_acronym, news_spellings, pattern_worthy
from kg.gazetteer.parties import Hand, WorldParty, read, tokenized
from kg.gazetteer.variants import KINDS, unique_forms

_BRACKET = re.compile(r"\s*\([^)]*\)$")
#: initials a party's name gives that are no party's in any news ("PM", "MP"): never a short name
_NOT_SHORT = frozenset({"PM", "MP", "VP", "TV", "UN", "EU", "US", "UK", "ID", "OK", "AM", "PA", "AI", "IT", "IS", "AS", "AT", "BE",
                        "BY", "DO", "GO", "HE", "IF", "IN", "ME", "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "WE", "AN",
                        "CS", "PR", "AD", "BC", "GP", "DR", "ST", "MS", "MR", "NA", "TD", "AG"})
#: the titles of officers that English-language news of some country writes before a name, in capitals ("CM" an Indian
#: chief minister, "DC" a deputy commissioner, "MoS" a minister of state, "MEC" of a South African provincial executive);
#: members' titles ("MPL") come from data/roles.json's legislature_members (member_titles below)
_OFFICER_TITLES = frozenset({"CS", "PM", "DPM", "CM", "DC", "PC", "RS", "LS", "MoS", "DM", "SC", "ST", "OBC", "QC", "KC", "CEO", "MC",
                             "MCs", "MEC", "MECs"})


def member_titles(roles: dict[str, object]) -> frozenset[str]:
    """"MCA Ann Roe" of a Kenyan county assembly, "MK" of the Knesset, "MMC" of a South African mayoral committee: the
    initials of the members' titles data/roles.json lists (legislature_members, "mca"), in capitals and plural, which
    are never a party's pattern nor its short name wherever a party of some country has the same letters (Malaysia's
    MCA); an article that means the party defines it ("(MCA)")."""
    members = roles.get("legislature_members", {})
    found = {k.upper() for k in members if isinstance(members, dict) and not k.startswith("_") and k.isalpha() and len(k) <= 4} \
        if isinstance(members, dict) else set()
    return frozenset(found | {f"{k}s" for k in found})


#: a member's or officer's title in capitals: never a party's pattern, nor its short name
OFFICE_ABBREVIATIONS = _OFFICER_TITLES | member_titles(json.loads((DATA_DIR / "roles.json").read_text(encoding="utf-8")))
_SHORT = re.compile(r"[A-Z]{2,6}")
_MINOR = frozenset({"of", "the", "and", "for", "in", "de", "la", "del", "y", "du", "des", "–", "-"})
_BASE = re.compile(r"^(?:the\s+)?(.+?)\s+(?:Party|Parties)(?:\s+(?:of|in)\s+.+)?$", re.IGNORECASE)


def _base(name: str, country: str) -> str:
    """"Liberal Party of Canada" -> "Liberal", "New Zealand National Party" -> "National", "Alliance 90/The Greens" ->
    "Greens": how news shortens it."""
    name = _BRACKET.sub("", name)
    if "/" in name:  # a merger's name: news calls it by its last part ("the Greens")
        last = name.rsplit("/", 1)[1].strip()
        return last[4:] if last.lower().startswith("the ") else last
    for prefix in (country_name(country), "the"):
        if name.lower().startswith(prefix.lower() + " "):
            name = name[len(prefix) + 1 :]
    found = _BASE.match(name)
    return found.group(1) if found else ""


def initials(name: str) -> set[str]:
    """"Constitutional Democratic Party of Japan" -> CDPJ and CDP; "Samajwadi Party" -> SP: how news abbreviates a
    party it names often, whatever the party's own short name ("KDP" in Party Facts)."""
    words = [w for w in _BRACKET.sub("", name).replace("-", " ").split() if w not in _MINOR]
    found = {"".join(w[0] for w in words)}
    before = _BRACKET.sub("", name).split(" of ")[0].replace("-", " ").split()
    found.add("".join(w[0] for w in before if w not in _MINOR))
    return {f.upper() for f in found if all(w[:1].isupper() for w in words) and 2 <= len(f) <= 6}


def short_names(world: list[WorldParty], hand_countries: set[str]) -> dict[str, dict[str, str]]:
    """Abbreviation -> country -> party: the party's own short names and its English name's initials, for use only in
    an article about that country ("SP" in India, "DA" in South Africa, "CDP" in Japan), where a pattern for all
    news would be wrong (two letters, or another country's party). Within a country the party still in being and
    with the larger vote share takes an abbreviation two of its parties share. Not for the countries data/parties.json
    covers by hand: their minor parties' initials ("PP", the Prohibition Party) would take what news there abbreviates."""
    found: dict[str, dict[str, WorldParty]] = defaultdict(dict)
    for party in sorted(world, key=lambda p: (p.year_last is not None, -(p.year_last or 0), -p.share)):
        if party.country in hand_countries:
            continue
        shorts = {s for s in party.shorts if _SHORT.fullmatch(s)}
        for name in party.primary[:2]:
            shorts |= initials(name)
        for short in sorted(shorts - _NOT_SHORT - OFFICE_ABBREVIATIONS):
            found[short].setdefault(party.country, party)
    return {short: {c: p.name for c, p in sorted(by.items())} for short, by in sorted(found.items())}


#: "Social Democratic Party of Germany", "Christian Democratic Union": a party whose members news calls "X Democrats"
_MEMBERS = re.compile(r"^(?:The )?((?:[A-Z][a-z]+ ){1,2})Democratic (?:Party|Union)\b")


def member_nouns(name: str) -> list[str]:
    """"Social Democratic Party of Germany" -> "Social Democrats", "Social Democrat": English news names such a party
    by its members ("the Social Democrats", "a Christian Democrat"), as it calls the US party "the Democrats"."""
    found = _MEMBERS.match(_BRACKET.sub("", name))
    return [f"{found.group(1)}Democrats", f"{found.group(1)}Democrat"] if found else []


def _as_a_word(name: str) -> list[str]:
    """"MORENA" is written "Morena", "SYRIZA" "Syriza": a name in capitals that is said as a word (five letters or more)
    English news writes as a name, where that is no English word."""
    word = name.capitalize()
    return [word] if name.isalpha() and name.isupper() and len(name) >= 5 and pattern_worthy(word) else []


def _curly(name: str) -> str:
    """"Workers’ Party": news set in typographic quotes writes a name's apostrophe curly."""
    return name.replace("'", "’")


def _of_its_country(name: str) -> list[str]:
    """"Christian Democratic Union (Germany)" is written "Christian Democratic Union of Germany" too (English Wikipedia's
    title for it): a name kg qualifies by its country in brackets, with the country after "of"."""
    found = re.fullmatch(r"(.+ (?:Party|Union|Congress|Alliance|Movement|Front)) \(([^()]+)\)", name)
    return [f"{found.group(1)} of {found.group(2)}"] if found and pattern_worthy(f"{found.group(1)} of {found.group(2)}") else []


#: a party news means by a name several countries' parties share, when the article gives no country: one that has won
#: this share of a national vote and DOMINANT_RATIO times any other's ("ANC" is South Africa's, "PDP" Nigeria's)
DOMINANT_SHARE = 25.0
DOMINANT_RATIO = 3.0


def _dominant(chosen: dict[str, tuple[WorldParty, str]]) -> WorldParty | None:
    """Of the parties of several countries that share a name, the one that dwarfs the others, whose own name it is."""
    ranked = sorted(chosen.values(), key=lambda found: -found[0].share)
    top, name = ranked[0]
    if name in top.parts or name in top.members or top.share < DOMINANT_SHARE:
        return None
    return top if all(top.share >= DOMINANT_RATIO * other.share for other, _ in ranked[1:]) else None


def _in_being(found: tuple[WorldParty, str]) -> tuple[bool, bool, int, float]:
    """Of one country's parties that share a name, the one news means: the party whose own name it is, not an alliance
    that has it as one part of a joint name ("CDU" is the CDU, not "CDU/CSU") nor a party whose members it names; then
    the party still in being, else the latest, and only then the larger ("Democratic Party" in South Korea today is
    the Democratic Party of Korea, not the larger party of that name dissolved in 2014)."""
    party, name = found
    return name not in party.parts and name not in party.members, party.year_last is None, party.year_last or 0, party.share


class Builder:
    def __init__(self, hand_raw: dict, world: list[WorldParty]) -> None:  # type: ignore[type-arg]
        self.hand = Hand.of(hand_raw)
        self.hand_raw = hand_raw
        self.world: list[WorldParty] = []
        self.enrich: dict[str, dict[str, object]] = {}
        for party in world:
            owner = self.hand.match(party)
            if owner is None:
                self.world.append(party)
            elif owner not in self.enrich:  # the first (most recent) record of a hand-made party enriches it
                self.enrich[owner] = {"wikidata": party.wikidata, "names": party.names}
        self.variants: dict[str, dict[str, str]] = defaultdict(dict)
        self.unresolved: dict[str, list[str]] = {}
        self.others: dict[str, list[tuple[WorldParty, str]]] = defaultdict(list)

    def _owners(self) -> dict[str, dict[str, list[tuple[WorldParty, str]]]]:
        """Folded pattern-worthy name -> country -> the world parties of that country with that name."""
        owners: dict[str, dict[str, list[tuple[WorldParty, str]]]] = defaultdict(lambda: defaultdict(list))
        for party in self.world:
            for name in party.names:
                if not pattern_worthy(name) or (" " not in name and not is_acronym(name) and name in party.shorts) \
                        or name in OFFICE_ABBREVIATIONS:
                    continue  # "Katter": a one-word short name that is no acronym is a leader's name or a word; "MCA" a title
                if name in party.primary:
                    owners[fold(name)][party.country].extend((party, n) for n in (name, *_as_a_word(name)))
                else:  # a former or other name counts only where no other party has it ("Democratic Party", NZ)
                    self.others[fold(name)].append((party, name))
        return owners

    def _add_members(self, owners: dict[str, dict[str, list[tuple[WorldParty, str]]]]) -> None:
        """Each party's member nouns as its names, after its own names: a country's party named so ("Social Democrats",
        Ireland's) keeps the name there, and a noun several countries' parties share is settled by country."""
        for party in self.world:
            for noun in member_nouns(party.primary[0]) if party.primary else ():
                if pattern_worthy(noun):
                    party.members.append(noun)
                    owners[fold(noun)][party.country].append((party, noun))

    def _settle(self, key: str, by_country: dict[str, list[tuple[WorldParty, str]]]) -> None:
        """Give one name to its party, or, shared by several countries, make it a national variant."""
        hand_owner = self.hand.owner.get(key)
        hand_country = self.hand.country_of.get(hand_owner) if hand_owner else None
        chosen = {c: max(found, key=_in_being) for c, found in by_country.items() if c != hand_country}
        if hand_owner is None and len(chosen) == 1:
            party, _ = next(iter(chosen.values()))
            party.aliases.extend(name for p, name in by_country[party.country] if p is party)
            return
        if not chosen:
            return  # the hand-made party of that country has the name
        surfaces = sorted({name for found in by_country.values() for _, name in found} | set(self.hand.surfaces.get(key, [])))
        for surface in surfaces:
            for country, (party, _) in chosen.items():
                self.variants[surface][country] = party.name
            if hand_owner and hand_country:
                self.variants[surface][hand_country] = hand_owner
        dominant = _dominant(chosen) if hand_owner is None else None
        if dominant is not None:  # the name's default, as "Labour" is the UK's: the variants still settle it by country
            dominant.aliases.extend(name for p, name in by_country[dominant.country] if p is dominant)
        elif hand_owner is None:
            names = Counter(name for found in by_country.values() for _, name in found)
            self.unresolved[names.most_common(1)[0][0]] = [t for s in surfaces for t in tokenized(s)]

    def _name(self, shared: set[str]) -> None:
        """The canonical name: the first name (English Wikipedia title), with its country where it is ambiguous."""
        counts = Counter(fold(p.name) for p in self.world)
        for party in self.world:
            key = fold(party.name)
            if counts[key] > 1 or key in shared or key in self.hand.owner:
                party.name = f"{_BRACKET.sub('', party.name)} ({country_name(party.country)})"

    def _base_variants(self) -> None:
        """"Liberals" in a Canadian article is the Liberal Party of Canada: the hand-made aliases that another
        country's party is called by in short ("Liberal", "Labour", "Nationals") become national variants; so do the
        hand-made title words ("Green MP" in a German article is of the Greens there), the singular of a plural name."""
        titles = {fold(word): (word, party) for word, party in self.hand_raw.get("title_aliases", {}).items() if not word.startswith("_")}
        owner_of = {**{key: owner for key, (_, owner) in titles.items()}, **self.hand.owner}
        best: dict[tuple[str, str], WorldParty] = {}
        for party in self.world:
            for name in party.primary[:1]:  # the canonical name only: older and native names mislead
                base = fold(_base(name, party.country))
                for key in (base, f"{base}s", *([base[:-1]] if base.endswith("s") else [])) if base else ():
                    owner = owner_of.get(key)
                    other = owner and self.hand.country_of.get(owner) not in (None, party.country)
                    if other and ((key, party.country) not in best or best[key, party.country].share < party.share):
                        best[key, party.country] = party
        for (key, country), party in sorted(best.items()):
            owner = owner_of[key]
            for surface in self.hand.surfaces.get(key) or [titles[key][0]]:
                self.variants[surface].setdefault(country, party.name)
                self.variants[surface].setdefault(self.hand.country_of[owner] or "", owner)

    def _add_country_forms(self, taken: set[str]) -> None:
        """"Labour Party (Malta)" for the Malta Labour Party, "Freedom Party (Austria)" for the Freedom Party of Austria:
        each party's name in the other forms a party of its country is written in (kg.gazetteer.variants)."""
        words = demonyms(self.world, {c.alpha_2: country_name(c.alpha_2) for c in pycountry.countries})
        by_key = {i: ([p.name, *p.primary[:2]], country_name(p.country)) for i, p in enumerate(self.world)}
        in_being = {i for i, p in enumerate(self.world) if p.year_last is None}
        found = unique_forms(by_key, words, {i: p.country for i, p in enumerate(self.world)}, taken, in_being)
        titles = unique_forms({i: (p.primary[2:], "") for i, p in enumerate(self.world)}, {}, {i: "" for i in by_key}, taken, set())
        for i, forms in [*found.items(), *titles.items()]:
            self.world[i].aliases.extend(forms)

    def _hand_country_form(self, owner: str) -> list[str]:
        """"Libertarian Party (United States)": English Wikipedia's title, which the gold rows write, for a hand-made party
        whose name other countries' parties share; data/parties.json names it bare, as its country's news does."""
        country = self.hand.country_of.get(owner)
        form = f"{owner} ({country_name(country)})" if country else ""
        return [form] if form and owner.split()[-1] in KINDS and fold(form) not in self.hand.owner else []

    def build(self) -> dict[str, object]:
        owners = self._owners()
        shared = {k for k, by in owners.items() if len(by) > 1 or k in self.hand.owner}
        self._name(shared)
        self._add_members(owners)
        for key, by_country in sorted(owners.items()):
            self._settle(key, by_country)
        for key, found in sorted(self.others.items()):
            if key not in owners and key not in self.hand.owner and len({p.partyfacts for p, _ in found}) == 1:
                found[0][0].aliases.extend(name for _, name in found)
        self._base_variants()
        taken = set(owners) | set(self.others) | set(self.hand.owner)
        for party in self.world:  # "the Olive Tree", "Rassemblement National": how news writes names the data spells otherwise
            party.aliases.extend(n for a in (party.name, *party.aliases) for n in news_spellings(a)
                                 if fold(n) == fold(a) or fold(n) not in taken)
            party.aliases.extend(n for n in _of_its_country(party.name) if fold(n) not in taken)
            party.aliases.extend(n for n in party.former if n != party.name and fold(n) not in taken)
        self._add_country_forms(taken)
        for party in self.world:
            party.aliases.extend(_curly(a) for a in (party.name, *party.aliases) if "'" in a)
        parties = [{"name": p.name, "country": p.country, "wikidata": p.wikidata, "partyfacts": p.partyfacts,
                    **({"year_last": p.year_last} if p.year_last is not None else {}),
                    "aliases": sorted({t for a in p.aliases for t in tokenized(a)} - {p.name} - OFFICE_ABBREVIATIONS)}
                   for p in sorted(self.world, key=lambda p: (p.country, p.name))]
        hand = {}
        for owner, record in sorted(self.enrich.items()):
            names = record["names"] if isinstance(record["names"], list) else []
            extra = sorted({t for n in names if isinstance(n, str) and " " in n and pattern_worthy(n) and fold(n) not in self.hand.owner
                            and len(owners.get(fold(n), {})) <= 1 for t in tokenized(n)})
            hand[owner] = {"wikidata": record["wikidata"], "aliases": sorted({*extra, *self._hand_country_form(owner)})}
        for surface in [k for k in self.variants if "'" in k]:
            self.variants.setdefault(_curly(surface), self.variants[surface])
        unresolved = {name: sorted({*aliases, *(_curly(a) for a in aliases if "'" in a)}) for name, aliases in self.unresolved.items()}
        return {"parties": parties, "hand": hand, "unresolved": dict(sorted(unresolved.items())),
                "national_variants": {k: dict(sorted(v.items())) for k, v in sorted(self.variants.items())},
                "short_names": short_names(self.world, {c for c in self.hand.country_of.values() if c}),
                "cues": country_cues(sorted({p.country for p in self.world}), self.world, self.hand_raw)}


_COMMENT = ("Built by `python -m kg.gazetteer.build ../shared/opendata` from Party Facts (MIT) core parties and their "
            "Wikidata ids; see data/SOURCES.md. Do not edit: change data/parties.json (hand-made, takes precedence) "
            "or the build.")


def build(source: Path, out: Path, data_dir: Path = DATA_DIR) -> Path:
    """The parties (always), and the regions, office holders and people where their sources are there; the parties' path."""
    hand_raw = json.loads((data_dir / "parties.json").read_text(encoding="utf-8"))
    built = Builder(hand_raw, read(source, frozenset(hand_raw.get("short_name_standings", ())))).build()
    out.mkdir(parents=True, exist_ok=True)
    path = out / "parties.json"
    write_json(path, _COMMENT, built, "parties")
    if (source / "everypolitician").is_dir():
        from kg.gazetteer.regions import build_regions

        build_regions(source, out)
    if (source / "parlgov").is_dir():
        from kg.gazetteer.holders import build_holders

        build_holders(source, out, built, hand_raw, data_dir)
    return path


def main(argv: list[str]) -> int:
    if not argv:
        print("\n".join(__doc__.splitlines()[:3]), file=sys.stderr)
        return 2
    started = time.perf_counter()
    path = build(Path(argv[0]), Path(argv[1]) if len(argv) > 1 else DATA_DIR / "gazetteer")
    for built in sorted(path.parent.glob("*.json")):
        print(f"wrote {built} ({built.stat().st_size // 1024} KiB)")
    print(f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
