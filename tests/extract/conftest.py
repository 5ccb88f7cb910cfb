"""Helpers for the rule-family tests, which run the extractor on sentences written for the test (never text
from the evaluation corpus); the fixtures `facts_of` and `nlp` come from tests/conftest.py."""


def roles(facts):
    return {(f.person, f.role, f.party) for f in facts.roles}
