"""The gazetteers and word lists in data/, loaded once and folded for matching."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from kg.config import DATA_DIR


@lru_cache(maxsize=1 << 16)  # called for most tokens of an article (trigger causes), and words repeat
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: how names are compared everywhere."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in stripped.replace("'", "").replace("’", ""))
    return " ".join(cleaned.split())


@dataclass(frozen=True)
class Party:
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None = None
    country: str | None = None
    contextual: bool = False


@dataclass(frozen=True, eq=False)
class Lexicon:
    parties: tuple[Party, ...]
    party_by_alias: dict[str, str]
    bracket_abbreviations: dict[str, str]
    role_heads: tuple[str, ...]
    role_canonical: dict[str, str]
    generic_heads: frozenset[str]
    party_roles: frozenset[str]
    abbreviations: dict[str, str]
    title_heads: frozenset[str]
    role_verbs: dict[str, tuple[str, str]]
    party_organisation_words: frozenset[str]
    capitalised_heads: frozenset[str]
    modifier_stop: frozenset[str]
    verb_modifiers: frozenset[str]
    political_context: frozenset[str]
    honorifics: frozenset[str]
    peerage_titles: frozenset[str]
    status_former: frozenset[str]
    win_verbs: frozenset[str]
    hypothetical: frozenset[str]
    trigger_verbs: frozenset[str]
    causes: dict[str, str]
    credits: tuple[str, ...]
    national_variants: dict[str, dict[str, str]]  # "Liberal" -> {"AU": "Liberal Party of Australia", ...}
    country_cues: dict[str, frozenset[str]]  # words that say which country an article is about
    title_aliases: dict[str, str]  # "Green" -> "Green Party", only directly before a role or a name

    def party_of(self, text: str) -> str | None:
        """The canonical party for an alias, case-sensitively first (Labour, not labour)."""
        return self.party_by_alias.get(text) or self.party_by_alias.get(fold(text))

    def canonical_party(self, name: str) -> str:
        return self.party_of(name) or name


def _read(name: str, data_dir: Path) -> dict:  # type: ignore[type-arg]
    with open(data_dir / name, encoding="utf-8") as handle:
        return json.load(handle)  # type: ignore[no-any-return]


@cache
def load_lexicon(data_dir: Path = DATA_DIR) -> Lexicon:
    parties_file = _read("parties.json", data_dir)
    parties_raw = parties_file["parties"]
    brackets = {k: v for k, v in parties_file.get("bracket_abbreviations", {}).items() if not k.startswith("_")}
    roles = _read("roles.json", data_dir)
    words = _read("lexicon.json", data_dir)
    parties = tuple(
        Party(p["name"], tuple(p["aliases"]), p.get("wikidata"), p.get("country"), p.get("contextual", False))
        for p in parties_raw
    )
    by_alias: dict[str, str] = {}
    for party in parties:
        for alias in (party.name, *party.aliases):
            by_alias.setdefault(alias, party.name)
            by_alias.setdefault(fold(alias), party.name)
    causes = {fold(word): cause for cause, items in words["causes"].items() for word in items}
    return Lexicon(
        parties=parties,
        party_by_alias=by_alias,
        bracket_abbreviations=brackets,
        role_heads=tuple(roles["heads"]),
        role_canonical={fold(k): v for k, v in roles["canonical"].items()},
        generic_heads=frozenset(roles["generic_heads"]),
        party_roles=frozenset(roles["party_roles"]),
        abbreviations=dict(roles["abbreviations"]),
        title_heads=frozenset(roles["title_heads"]),
        party_organisation_words=frozenset(roles["party_organisation_words"]),
        capitalised_heads=frozenset(roles.get("capitalised_heads", [])),
        role_verbs={k: (v[0], v[1]) for k, v in roles["role_verbs"].items() if not k.startswith("_")},
        modifier_stop=frozenset(roles["modifier_stop"]),
        verb_modifiers=frozenset(roles["verb_modifiers"]),
        political_context=frozenset(roles["political_context"]),
        honorifics=frozenset(words["honorifics"]),
        peerage_titles=frozenset(words["peerage_titles"]),
        status_former=frozenset(words["status_former"]),
        win_verbs=frozenset(words["win_verbs"]),
        hypothetical=frozenset(words["hypothetical"]),
        trigger_verbs=frozenset(words["trigger_verbs"]),
        causes=causes,
        credits=tuple(words["credits"]),
        national_variants=dict(parties_file.get("national_variants", {}).get("aliases", {})),
        title_aliases={k: v for k, v in parties_file.get("title_aliases", {}).items() if not k.startswith("_")},
        country_cues={k: frozenset(v) for k, v in parties_file.get("national_variants", {}).get("cues", {}).items()},
    )
