"""Round 18's review of the first wave's vacancy rules (kg/extract/triggers.py): a bare "the vacancy" is the contest's
only when nothing makes it another post's and, among several contests, only when the sentence, its section or the
result just before it says which; a retirement is "at an earlier election" only by its own year, earlier than the
contest's known year; a fronted place is read as results read it."""

import datetime as dt

from kg.extract.lexicon import load_lexicon


def _triggers(facts_of, text: str, published: dt.date | None = None) -> set[tuple[str, str | None]]:
    return {(t.person, t.seat) for t in facts_of(text, published).triggers}


def test_a_vacancy_the_sentence_before_set_up_as_a_chairs_is_not_the_contests(facts_of):
    text = ("Kelby council must now choose a new chair. The vacancy arose when Jo Platt resigned in March. Tom Ure won "
            "the Fenby by-election for Labour after Ann Roe died.")
    found = _triggers(facts_of, text)
    assert ("Ann Roe", "Fenby") in found
    assert not any(person == "Jo Platt" for person, _ in found)


def test_a_vacancy_left_by_resigning_as_chair_is_not_the_contests(facts_of):
    text = "Tom Ure won the Fenby by-election for Labour. The vacancy arose when Jo Platt resigned as chair in March."
    assert not any(person == "Jo Platt" for person, _ in _triggers(facts_of, text))


def test_a_vacancy_left_by_resigning_as_mp_is_the_contests(facts_of):
    text = "Tom Ure won the Fenby by-election for Labour. The vacancy arose when Jo Platt resigned as MP in March."
    assert ("Jo Platt", "Fenby") in _triggers(facts_of, text)


def test_the_reviewers_chair_probe_gives_only_the_seats_vacancy(facts_of):
    text = ("Kelby council must now choose a new chair. The vacancy arose when Jo Platt resigned as chair in March. "
            "Tom Ure won the Fenby by-election for Labour after Ann Roe died.")
    assert _triggers(facts_of, text) == {("Ann Roe", "Fenby")}


def test_a_bare_vacancy_among_two_contests_naming_neither_is_no_ones(facts_of):
    text = ("By-elections were held in Fenby and Hale on Thursday. In Parliament on Monday, the vacancy arose when Ann "
            "Roe died.")
    assert _triggers(facts_of, text) == set()


def test_a_bare_vacancy_among_two_contests_takes_the_seat_its_sentence_names(facts_of):
    text = "By-elections were held in Fenby and Hale on Thursday. In Labour's Fenby, the vacancy arose when Ann Roe died."
    assert _triggers(facts_of, text) == {("Ann Roe", "Fenby")}


def test_a_bare_vacancy_among_two_contests_takes_the_result_just_told(facts_of):
    text = ("By-elections were held in Fenby and Hale on Thursday. In Fenby, Tom Ure defeated Kay Dunn. The vacancy "
            "arose when Ann Roe died.")
    assert _triggers(facts_of, text) == {("Ann Roe", "Fenby")}


def test_an_earlier_year_of_another_resignation_does_not_veto_the_seats(facts_of):
    text = ("Ann Roe resigned in 2021 as party treasurer and in 2024 quit as MP, forcing the 2024 Fenby by-election.")
    assert ("Ann Roe", "Fenby") in _triggers(facts_of, text, dt.date(2024, 5, 2))


def test_the_reviewers_treasurer_probe_keeps_the_trigger(facts_of):
    text = "Ann Roe resigned in 2021 as party treasurer and in 2024 quit as MP, forcing the Fenby by-election."
    assert ("Ann Roe", "Fenby") in _triggers(facts_of, text, dt.date(2024, 5, 2))


def test_a_contest_with_no_year_is_not_dated_by_the_article(facts_of):
    text = "Tom Ure won the Fenby by-election, triggered when Ann Roe resigned in 2023."
    assert ("Ann Roe", "Fenby") in _triggers(facts_of, text, dt.date(2026, 3, 1))


def test_a_resignation_years_before_a_dated_contest_is_still_no_vacancy(facts_of):
    text = ("Ann Roe won the 2023 Fenby by-election after Lee Hale resigned. Jo Platt, the MP for 27 years, resigned "
            "in 2010, when Lee Hale held the seat for the party.")
    assert not any(person == "Jo Platt" for person, _ in _triggers(facts_of, text))


def test_a_numbered_seat_a_vacancys_sentence_opens_with_is_read_as_results_read_it(facts_of):
    text = ("Bypolls were held in three seats on Saturday. Ann Roe won the Fenby bypoll. In Hale - 3, a by-election was "
            "necessitated by the death of MLA Tom Ure in August.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "Hale - 3") in found
    assert ("Tom Ure", "Fenby") not in found


def test_results_and_triggers_read_one_list_of_polling_nouns():
    assert {"election", "poll", "polls"} <= load_lexicon().polling_nouns
