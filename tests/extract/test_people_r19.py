"""Round 19: a name never opens with a lower-case word but a particle (kg/extract/people.py _past_lower_words)."""

from kg.extract.lexicon import load_lexicon
from kg.extract.people import find_mentions
from kg.nlp import analyse


def test_the_words_of_a_phrase_run_into_a_name_are_no_part_of_it() -> None:
    doc = analyse('Ann Roe was mayor of Fenby until 2020.\n\nReferences\n2. "Fenby elige a nueva alcaldesa tras renuncia '
                  'de Roe". Los Tiempos. 5 March 2020.')
    names = [m.name for m in find_mentions(doc, load_lexicon())]
    assert "Roe" in names and not any(name[:1].islower() for name in names)


def test_a_particle_opening_a_surname_stays() -> None:
    doc = analyse("Ann van Ure won Fenby. Later van Ure said she was pleased.")
    assert all(not name.startswith("Ure") for name in (m.name for m in find_mentions(doc, load_lexicon())))


def test_a_partys_body_is_no_person(facts_of) -> None:
    """"A spokesperson for the House Republican Caucus": the caucus is the party's body, no one's surname."""
    facts = facts_of("Ann Roe won the Fenby special election. A spokesperson for the House Republican Caucus said the "
                     "result reflected low turnout.")
    assert not any(f.person == "Caucus" for f in facts.roles)


def test_madam_is_a_title_not_a_forename(facts_of) -> None:
    facts = facts_of("MONROVIA, Liberia - Madam Ann Roe Ure of the Unity Party won the Fenby by-election. Madam Ure "
                     "thanked voters.")
    assert {f.person for f in facts.roles} == {"Ann Roe Ure"}
