"""The ways readers and English Wikipedia write one party of a country, as that party's aliases.

English Wikipedia titles a party whose name other countries' parties share "<Name> (<Country>)" ("Labour Party
(Malta)", "Workers' Party (Singapore)"), and moves titles between the forms over the years; Party Facts keeps the
title it once linked ("Malta Labour Party", "Norwegian Labour Party"), and news writes any of them ("Malta's Labour
Party", "the Norwegian Labour Party", "the Freedom Party of Austria"). So a party of country C named in one of the
forms "<Demonym> X", "<C> X", "X of C", "X (C)" has the others as aliases, one rule for every party: the gold rows,
which name a party by its Wikipedia title of their day, and kg's data, which names it by Party Facts' link, meet.

kg still emits the name the gazetteer's record carries (the Wikipedia title Party Facts links, the one form the data
attests); the variants are its aliases, so `kg eval` (through Lexicon.canonical_party) and kg's own reading of a
name it made ("Freedom Party (Austria)", kg.extract.party_names) reach the same party.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from wordfreq import zipf_frequency

from kg.extract.lexicon import fold

#: the last word of a party's name that makes "X" a name of its own without the country ("Labour Party", "Homeland
#: Union"): not a members' noun ("Sweden Democrats" is no "Democrats (Sweden)")
KINDS = frozenset({"Party", "Union", "Front", "Alliance", "Movement", "Congress", "League", "Coalition", "Bloc", "Federation",
                   "Rally", "Forum", "Convention", "Platform", "Organisation", "Organization"})

#: "Democratic Party", "Christian Democratic Union": a party whose members news calls "(Christian) Democrats"
_MEMBERS = re.compile(r"((?:[A-Z][a-z]+ ){0,2})Democratic (?:Party|Union)")


def _core(name: str, country: str, words: list[str]) -> str | None:
    """"Malta Labour Party" / "Labour Party (Malta)" / "Labour Party of Malta" / "Maltese Labour Party" -> "Labour
    Party": the name without the country, where the rest is a party's name (two words or more, ending in a kind)."""
    core = None
    bracketed = re.fullmatch(r"(.+) \(([^()]+)\)", name)
    if bracketed:
        core = bracketed.group(1) if bracketed.group(2) == country else None
    elif name.endswith((f" of {country}", f" of the {country}")):
        core = name.rsplit(" of ", 1)[0]
    else:
        core = next((name[len(w) + 1 :] for w in sorted(words, key=len, reverse=True) if name.startswith(w + " ")), None)
    if not core or len(core.split()) < 2 or core.split()[-1] not in KINDS or any(w in core.split() for w in words):
        return None
    return core


def country_forms(name: str, country: str, demonyms: Iterable[str]) -> list[str]:
    """Every form of `name` (a party of the country named `country`) but its own: "X (C)", "X of C", "C X", "D X"."""
    words = [country, *demonyms]
    core = _core(name, country, words)
    if core is None:
        return []
    forms = [f"{core} ({country})", f"{core} of {country}", *(f"{w} {core}" for w in words)]
    members = _MEMBERS.fullmatch(core)
    if members:  # "Democrats (Mongolia)": kg's name for the party an article of the country calls "the Democrats"
        forms.append(f"{members.group(1)}Democrats ({country})")
    return [f for f in dict.fromkeys(forms) if fold(f) != fold(name)]


def unique_forms(names: dict[int, tuple[list[str], str]], demonyms: dict[str, set[str]], country_of: dict[int, str],
                 taken: set[str], in_being: set[int]) -> dict[int, list[str]]:
    """Party key -> the forms of its names that no other party has and no other party's names make (two parties of a
    country whose names make the same form, an old one and a new, keep their own names only). Only a party still in
    being (`in_being`) has its country forms: a dissolved party's are as often a successor's title."""
    made: dict[str, set[int]] = defaultdict(set)
    found: dict[int, list[str]] = defaultdict(list)
    for key, (party_names, country_name) in names.items():
        words = sorted(demonyms.get(country_of[key], ()))
        ours = key in in_being  # a dissolved party's other forms are as often its successor's names ("Democratic Party (Japan)")
        for name in party_names:
            made[fold(name)].add(key)  # its own name: no other party's form
            short = without_party(name, [country_name, *words]) if ours else None
            forms = [*(country_forms(name, country_name, words) if ours else []), *([short] if short else [])]
            for form in [*forms, *common_word_title(name), *country_title(name, country_name, words)]:
                made[fold(form)].add(key)
                found[key].append(form)
    return {key: [f for f in dict.fromkeys(forms) if made[fold(f)] == {key} and fold(f) not in taken] for key, forms in found.items()}


#: a word this frequent in English is an English word (kg.gazetteer.parties.ENGLISH_ZIPF)
_ENGLISH_ZIPF = 3.0
_PARTY = re.compile(r"(.+) Party(?: \([^()]+\))?")


def without_party(name: str, country_words: Iterable[str]) -> str | None:
    """"Palang Pracharath Party" is "Palang Pracharath" in news, "Pheu Thai Party" "Pheu Thai", "Bharatiya Janata Party"
    "Bharatiya Janata": a party's name of two words or more before "Party", in its own language (no word of it an
    English word, but a last word naming its country: "Thai"), is written without "Party" as often as with it. Not one
    of English words ("Move Forward", "National Front", "Maldivian Democratic": ordinary words, another party's name,
    or an adjective of another name): those stay whole. The caller gives only parties still in being (a dissolved
    party named for its leader would make the leader a party)."""
    found = _PARTY.fullmatch(name)
    words = found.group(1).split() if found else []
    last = [words[-1]] if words and any(w.startswith(words[-1]) and len(words[-1]) >= 4 for w in country_words) else []
    native = words[: len(words) - len(last)]
    if len(words) < 2 or not native or not all(w[:1].isupper() for w in words) \
            or any(zipf_frequency(w, "en") >= _ENGLISH_ZIPF for w in native):
        return None
    return " ".join(words)


def common_word_title(name: str) -> list[str]:
    """"Fenbyvolk (political party)": English Wikipedia's title for a party whose one-word name is another page's (a word,
    a newspaper), which the gold rows write; an alias, so that kg's name for the party (its English translation) meets it."""
    return [f"{name} (political party)"] if " " not in name and name[:1].isupper() and not name.isupper() else []


def country_title(name: str, country: str, demonyms: Iterable[str]) -> list[str]:
    """"Revival (Bulgarian political party)", "Alliance (New Zealand political party)": English Wikipedia's title for a
    party whose name is another page's, told by its country's adjective; the gold rows and the title of other years
    write it "Revival (Bulgaria)", "Alliance (New Zealand)": an alias, so that the two meet."""
    found = re.fullmatch(r"(.+) \(([^()]+) political party\)", name)
    return [f"{found.group(1)} ({country})"] if found and country and found.group(2) in (country, *demonyms) else []
