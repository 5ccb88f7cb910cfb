"""Round 18: words that say how good, how early or how small a holder was ("a competent alcaldesa", "an earlier mayor",
"the village mayor") are no part of the office's name, as "excellent", "previous" and "town" already were not."""

from tests.extract.conftest import roles


def test_a_judgement_or_a_time_word_is_no_part_of_the_office(facts_of):
    found = roles(facts_of("Jo Platt was a competent alcaldesa. Tom Ure, an earlier mayor, backed her."))
    assert ("Jo Platt", "alcaldesa", None) in found
    assert ("Tom Ure", "mayor", None) in found


def test_a_village_mayor_is_a_mayor(facts_of):
    found = roles(facts_of("Ann Roe, the village mayor, spoke at the Fenby hall on Monday."))
    assert ("Ann Roe", "mayor", None) in found
