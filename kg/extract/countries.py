"""Countries' English names (CLDR, through babel): one cached lookup for every rule that names a country.

A party of another country is qualified with it ("Labor (Israel)"), a presidency's seat is it ("South Korea"), and a
chamber it precedes ("U.S. Senate") is a country's, not a seat's; each rule once built its own babel Locale.
"""

from __future__ import annotations

from functools import cache

from babel import Locale


@cache
def _territories() -> dict[str, str]:
    return {code: str(name) for code, name in Locale("en").territories.items()}


def english_name(country: str) -> str | None:
    """"KR" -> "South Korea", or None for a code CLDR does not name."""
    return _territories().get(country)


@cache
def english_names() -> tuple[str, ...]:
    """Every territory's English name, built once for every reader (lexicon's party names opened by a country,
    elections' folded country names)."""
    return tuple(_territories().values())
