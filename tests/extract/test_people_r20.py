"""Round 20: an office's place run into its holder's name (kg/extract/people.py _places_before_names,
_names_before_clauses): words the article names elsewhere on their own ("Ashmoor Borough Council") are the
place's, and the name starts after them."""

import datetime as dt


def _people(facts):
    return {t.person for t in facts.triggers}


def test_a_place_named_apart_is_cut_from_the_model_s_person(facts_of):
    facts = facts_of("Ashmoor Borough Council, Kelby ward (Labour defence). The by-election followed the death in "
                     "December of Labour councillor and former mayor of Ashmoor Kay Dunn, who had represented the "
                     "ward since 1999.")
    assert _people(facts) == {"Kay Dunn"}


def test_a_place_named_apart_is_cut_from_a_name_before_who(facts_of):
    facts = facts_of("Hale Borough Council, Kelby ward (Labour defence)\nKelby: Tom Ure (Labour) 944\n"
                     "Kelby: Jo Platt (Green Party) 531\nLABOUR HOLD. Turnout 21.6%.\n\nThe by-election followed the "
                     "death in December of Labour councillor and former mayor of Hale Lee Marwood, who had "
                     "represented the ward since 1999.", published=dt.date(2026, 1, 15))
    assert _people(facts) == {"Lee Marwood"}


def test_a_seat_before_who_is_still_no_name(facts_of):
    facts = facts_of("The death of the MSP for Fenby North, who had served since 1999, forced a by-election.")
    assert not any(f.person.startswith("Fenby") for f in facts.roles)
