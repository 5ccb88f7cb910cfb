"""A party's names in the forms readers and English Wikipedia write a party of one country (kg.gazetteer.variants)."""

from __future__ import annotations

import pytest

pytest.importorskip("wordfreq")

from kg.gazetteer.variants import country_forms, unique_forms, without_party  # noqa: E402


def test_every_form_of_a_country_s_party_from_any_one() -> None:
    forms = set(country_forms("Fenbian Labour Party", "Fenbia", ["Fenbian"]))
    assert {"Labour Party (Fenbia)", "Labour Party of Fenbia", "Fenbia Labour Party"} <= forms
    assert "Fenbian Labour Party" not in forms
    assert {"Freedom Party of Fenbia", "Fenbian Freedom Party"} <= set(country_forms("Freedom Party (Fenbia)", "Fenbia", ["Fenbian"]))
    assert "Freedom Party (Fenbia)" in country_forms("Freedom Party of Fenbia", "Fenbia", ["Fenbian"])


def test_a_democratic_party_s_members_name_it_with_its_country() -> None:
    """"Democrats (Fenbia)": how kg names the party an article of the country calls "the Democrats"."""
    assert "Democrats (Fenbia)" in country_forms("Democratic Party (Fenbia)", "Fenbia", [])


def test_no_form_without_a_party_s_name_left() -> None:
    """"Fenbia Democrats" leaves a members' noun, not a party's name; "Fenbia Party" leaves nothing."""
    assert country_forms("Fenbia Democrats", "Fenbia", []) == []
    assert country_forms("Fenbia Party", "Fenbia", []) == []
    assert country_forms("Labour Party (Kelbia)", "Fenbia", []) == []


def test_a_form_two_parties_make_or_another_has_is_no_one_s() -> None:
    names = {1: (["Fenbian Labour Party"], "Fenbia"), 2: (["Labour Party (Fenbia)"], "Fenbia"), 3: (["Hale Party (Fenbia)"], "Fenbia")}
    found = unique_forms(names, {"FB": {"Fenbian"}}, {1: "FB", 2: "FB", 3: "FB"}, {"hale party of fenbia"}, {1, 2, 3})
    assert not {"Labour Party (Fenbia)", "Fenbian Labour Party"} & set(found[1]) | set(found[2])
    assert "Hale Party of Fenbia" not in found[3] and "Fenbian Hale Party" in found[3]


def test_a_native_name_goes_without_party() -> None:
    assert without_party("Palang Pracharath Party", ["Thailand"]) == "Palang Pracharath"
    assert without_party("Pheu Thai Party", ["Thailand"]) == "Pheu Thai"
    assert without_party("Move Forward Party", ["Thailand"]) is None  # English words: an ordinary phrase
    assert without_party("Sam Rainsy Party", ["Cambodia"]) is None  # opens with a given name
    assert without_party("Likud Party", ["Israel"]) is None  # one word: not a name of two


def test_a_one_word_name_s_wikipedia_title() -> None:
    """"Fenbyvolk (political party)": how English Wikipedia titles a party whose one-word name is another page's."""
    from kg.gazetteer.variants import common_word_title

    assert common_word_title("Fenbyvolk") == ["Fenbyvolk (political party)"]
    assert common_word_title("FNP") == [] and common_word_title("Fenby Party") == []


def test_a_dissolved_party_has_no_country_forms() -> None:
    """"Democratic Party (Japan)" is a later party's title, not the dissolved Democratic Party of Japan's."""
    names = {1: (["Democratic Party of Fenbia"], "Fenbia")}
    assert not unique_forms(names, {}, {1: "FB"}, set(), set()).get(1)
    assert "Democratic Party (Fenbia)" in unique_forms(names, {}, {1: "FB"}, set(), {1})[1]
