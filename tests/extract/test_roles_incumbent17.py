"""A bare holder's noun names no office (round 16, kg/extract/roles.py): "the incumbent, Tom Ure" in a sentence of
one contest's office ("was elected mayor", "loses the mayoralty") is Tom Ure the holder of that office, not an
"incumbent"; with no such office in the sentence the word stays as it was."""


def _roles(facts, person: str) -> set[str]:
    return {f.role for f in facts.roles if f.person == person}


def test_the_incumbent_a_new_mayor_defeated_was_the_mayor(facts_of):
    facts = facts_of("In 2021 Ann Roe was elected mayor by 22 votes to 20, defeating the incumbent, the Labour Party's Tom Ure.")
    assert "mayor" in _roles(facts, "Tom Ure") and "incumbent" not in _roles(facts, "Tom Ure")


def test_the_incumbent_who_lost_the_mayoralty_was_the_mayor(facts_of):
    facts = facts_of("The incumbent, Jo Platt, loses the mayoralty even though her party is still the biggest on the council.")
    assert _roles(facts, "Jo Platt") == {"mayor"}


def test_the_incumbent_of_a_governorship_was_the_governor(facts_of):
    facts = facts_of("Kay Dunn won the governorship, unseating the incumbent, Lee Hale, by 4,000 votes.")
    assert "governor" in _roles(facts, "Lee Hale") and "incumbent" not in _roles(facts, "Lee Hale")


def test_an_incumbent_with_no_contest_office_told_stays_an_incumbent(facts_of):
    facts = facts_of("The incumbent, Lee Hale, spoke to reporters in Fenby on Monday.")
    assert "mayor" not in _roles(facts, "Lee Hale")
