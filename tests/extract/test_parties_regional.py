"""A province's parties in an article about its politics (data/parties.json regional_variants): every form news uses
for the province's party ("New Democrat", "the Conservatives"), not only some."""

import pytest

from tests.extract.conftest import roles


@pytest.mark.parametrize(("text", "party"), [
    ("It was a blip at Queen's Park. Ann Roe, the New Democrat candidate, was a distant third in the byelection. "
     "His own MPPs are less sure.", "Ontario New Democratic Party"),
    ("It was a blip at Queen's Park. Ann Roe, the Conservative candidate, lost the byelection. The MPPs are less sure.",
     "Progressive Conservative Party of Ontario"),
])
def test_a_province_s_party_in_any_of_its_forms(facts_of, text, party):
    assert ("Ann Roe", "candidate", party) in roles(facts_of(text))


def test_a_federal_story_keeps_the_federal_party(facts_of):
    facts = facts_of("In Ottawa, Ann Roe, the New Democrat candidate, lost the byelection in the House of Commons race.")
    assert ("Ann Roe", "candidate", "New Democratic Party of Canada") in roles(facts)
