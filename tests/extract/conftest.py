"""Helpers for the rule-family tests, which run the extractor on sentences written for the test (never text
from the evaluation corpus); the fixtures `facts_of` and `nlp` come from tests/conftest.py."""

import json
import shutil

from kg.config import DATA_DIR
from kg.extract.lexicon import Lexicon, load_lexicon


def roles(facts):
    return {(f.person, f.role, f.party) for f in facts.roles}


def lexicon_with(tmp_path, **added) -> Lexicon:
    """The shipped data with words added to lists of data/lexicon.json, loaded from a copy: what a contributor
    editing the file gets, to show that a rule reads its words from the data."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("articles"))
    words = json.loads((data / "lexicon.json").read_text(encoding="utf-8"))
    for key, more in added.items():
        words[key] = [*words[key], *more]
    (data / "lexicon.json").write_text(json.dumps(words), encoding="utf-8")
    return load_lexicon(data)
