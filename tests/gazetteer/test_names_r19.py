"""Round 19: acronyms joined by a dash whose second part is five or six letters long are party patterns too."""

from kg.gazetteer.names import pattern_worthy


def test_a_dashed_acronym_with_a_long_second_part_is_a_pattern() -> None:
    """A party's initials and a longer wing's ("KDLP-NRSVU") are no English word: without the name, an article that
    names the party only so falls back on the one part a neighbouring country's party shares, and that country."""
    assert pattern_worthy("KDLP-NRSVU") and pattern_worthy("FENB-ASHMOR")
    assert not pattern_worthy("All-Kelby") and not pattern_worthy("KDLP-NRSVUTX")
