"""The data files: checked when loaded, so a contributor's typo names the file and the line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.config import DATA_DIR
from kg.extract.lexicon import DataError, load_lexicon


def _copy_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("articles"))
    text = (data / name).read_text(encoding="utf-8")
    assert old in text
    (data / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return data


def test_the_shipped_data_loads() -> None:
    lexicon = load_lexicon()
    assert "win" in lexicon.win_verbs and lexicon.party_of("Tories") == "Conservative Party"


def test_a_misspelt_field_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    data = _copy_with(tmp_path, "roles.json", '"title_heads"', '"title_head"')
    line = 1 + (data / "roles.json").read_text().split('"title_head"')[0].count("\n")
    with pytest.raises(DataError, match=rf"roles\.json:{line}: unknown field 'title_head'"):
        load_lexicon(data)


def test_a_field_of_the_wrong_shape_says_what_it_must_hold(tmp_path: Path) -> None:
    data = _copy_with(tmp_path, "lexicon.json", '"win_verbs": [', '"win_verbs": [5, ')
    with pytest.raises(DataError, match=r"lexicon\.json:\d+: 'win_verbs' must be a list of strings"):
        load_lexicon(data)


def test_broken_json_gives_the_line(tmp_path: Path) -> None:
    data = _copy_with(tmp_path, "parties.json", '"parties"', '"parties" "')
    with pytest.raises(DataError, match=r"parties\.json:\d+: not valid JSON"):
        load_lexicon(data)


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    data = _copy_with(tmp_path, "lexicon.json", '"credits"', '"_credits"')
    with pytest.raises(DataError, match="missing field.*credits"):
        load_lexicon(data)
