"""Round 16's review of vacancies (kg/extract/triggers.py): a byline with a job title is no round-up heading, "his
death" is the seat holder's when the text says who the MP was, and a trigger takes the place its sentence names."""

import datetime as dt


def _triggers(facts_of, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text, dt.date(2016, 7, 12)).triggers}


def test_a_byline_with_a_job_title_is_no_heading(facts_of):
    text = ("Labour holds Fenby\nKay Dunn, Political Editor\nLee Hale, Chief Reporter\n"
            "Ann Roe won the Fenby by-election for Labour on Thursday. The by-election was caused by the resignation "
            "of Tom Ure in May.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "resignation", "Fenby") in found
    assert all(seat != "Chief Reporter" for _, _, seat in found)


def test_his_death_is_the_members_when_another_was_killed_too(facts_of):
    text = ("Lee Hale, Tom Ure's driver for ten years, died in the crash. Tom Ure, the MP for Fenby, was killed "
            "instantly. His death means a by-election in Fenby.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "death", "Fenby") in found
    assert all(person != "Lee Hale" for person, _, _ in found)


def test_a_trigger_takes_the_place_its_sentence_names(facts_of):
    text = "Further by-elections are due in Ashmoor in September after Sam Kelby resigned."
    found = _triggers(facts_of, text)
    assert all(seat for _, _, seat in found)
