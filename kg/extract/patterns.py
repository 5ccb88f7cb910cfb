"""Token patterns kept as data: data/patterns/<name>.jsonl, one spaCy Matcher pattern a line.

A line is {"label": ..., "pattern": [token specs]} in spaCy's Matcher syntax
(https://spacy.io/usage/rule-based-matching); a line holding only "_comment" is a comment. Patterns are
checked by spaCy's own validator when loaded, and a mistake is a DataError naming the file and the line, so a
contributor edits a pattern without touching Python, and Python keeps the judgement that follows a match.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from kg.config import DATA_DIR
from kg.extract.lexicon import DataError


def _lines(path: Path) -> list[tuple[int, dict[str, object]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read kg's patterns ({exc.strerror}); reinstall kg or restore the file") from None
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as exc:
            raise DataError(f"{path}:{number}: not valid JSON ({exc}); one pattern object a line") from None
        if not isinstance(entry, dict) or set(entry) == {"_comment"}:
            continue
        found.append((number, entry))
    return found


def load_matcher(vocab: Vocab, name: str, data_dir: Path = DATA_DIR) -> Matcher:
    """The Matcher of data/patterns/<name>.jsonl, every pattern checked by spaCy's validator."""
    return _load(vocab, name, data_dir)


@cache
def _load(vocab: Vocab, name: str, data_dir: Path) -> Matcher:
    path = data_dir / "patterns" / f"{name}.jsonl"
    matcher = Matcher(vocab, validate=True)
    for number, entry in _lines(path):
        label, pattern = entry.get("label"), entry.get("pattern")
        if not isinstance(label, str) or not isinstance(pattern, list):
            raise DataError(f'{path}:{number}: a pattern line needs "label" (a string) and "pattern" (a list)')
        # A matcher first loaded inside a worker's memory zone: its label must outlive the zone (spaCy's stub lags).
        vocab.strings.add(label, allow_transient=False)  # type: ignore[call-arg]
        try:
            matcher.add(label, [pattern])
        except (ValueError, TypeError) as exc:  # spaCy's MatchPatternError is a ValueError
            reason = " ".join(str(exc).split())
            raise DataError(f"{path}:{number}: not a valid spaCy Matcher pattern ({reason[:300]})") from None
    return matcher
