"""Token patterns as data (data/patterns/*.jsonl): loaded into spaCy's Matcher, a mistake named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.vocab import Vocab

from kg.config import DATA_DIR
from kg.extract.lexicon import DataError
from kg.extract.patterns import load_matcher


def _patterns(tmp_path: Path, *lines: str) -> Path:
    data = tmp_path / "data"
    (data / "patterns").mkdir(parents=True)
    (data / "patterns" / "test.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data


def test_the_shipped_patterns_load() -> None:
    for path in (DATA_DIR / "patterns").glob("*.jsonl"):
        assert len(load_matcher(Vocab(), path.stem)) >= 1


def test_a_pattern_spacy_refuses_is_named_by_file_and_line(tmp_path: Path) -> None:
    data = _patterns(tmp_path, '{"_comment": "first line"}', '{"label": "X", "pattern": [{"LOWERR": "majority"}]}')
    with pytest.raises(DataError, match=r"test\.jsonl:2: not a valid spaCy Matcher pattern"):
        load_matcher(Vocab(), "test", data)


def test_a_line_that_is_not_json_or_not_a_pattern_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"test\.jsonl:1: not valid JSON"):
        load_matcher(Vocab(), "test", _patterns(tmp_path / "a", '{"label": "X", "pattern": [}'))
    with pytest.raises(DataError, match=r'test\.jsonl:1: a pattern line needs "label"'):
        load_matcher(Vocab(), "test", _patterns(tmp_path / "b", '{"label": "X"}'))


def test_majorities_read_from_the_patterns(facts_of) -> None:  # type: ignore[no-untyped-def]
    def majority(text: str) -> int | None:
        return next((e.majority for e in facts_of(text).elections), None)

    assert majority("Ann Roe won the Fenby by-election with a majority of 4,812.") == 4812
    assert majority("Ann Roe won the Fenby by-election by just six votes.") == 6
    assert majority("Ann Roe won the Fenby by-election, a 2,100-vote majority.") == 2100
    assert majority("Ann Roe won the Fenby by-election with a majority of 10 per cent.") is None

