"""Round 17 review fixes (kg/extract/triggers.py): narrowings of the round's vacancy-seat rules, each probed with a
sentence the rule over-reached on."""

import datetime as dt


def _triggers(facts_of, text: str) -> set[tuple[str, str | None, str | None]]:
    return {(t.person, t.cause, t.seat) for t in facts_of(text, dt.date(2022, 11, 25)).triggers}


def test_the_seat_an_election_is_for_wins_over_the_voters_town(facts_of):
    text = ("Voters in Hale elected a new councillor for the Fenby ward after Tom Ure resigned. Labour's Ann Roe won "
            "the Fenby by-election.")
    found = _triggers(facts_of, text)
    assert ("Tom Ure", "resignation", "Fenby") in found
    assert ("Tom Ure", "resignation", "Hale") not in found


def test_voters_in_a_country_name_no_seat(facts_of):
    text = ("Voters in Scotland elected a new MSP after Jo Platt resigned. The Fenby by-election was won by Kay Dunn of "
            "the SNP.")
    assert ("Jo Platt", "resignation", "Fenby") in _triggers(facts_of, text)


def test_a_capitals_line_over_one_contests_table_is_no_seat(facts_of):
    text = ("Labour held Fenby in Thursday's by-election.\n\nKEY FIGURES\nAnn Roe (Lab) 1,027\nTom Ure (Con) 800\n"
            "The vote was called after the death of Jo Platt.\n\nLOCAL FACTS\nTurnout (2019) 1,234\n"
            "Population (2021) 12,000\n")
    found = _triggers(facts_of, text)
    assert ("Jo Platt", "death", "Fenby") in found
    assert all(seat != "Key Figures" for _, _, seat in found)


def _misread(nlp, text: str, seat: str) -> bool:
    from kg.extract.lexicon import load_lexicon
    from kg.extract.model import ElectionMention
    from kg.extract.pipeline import build_context
    from kg.extract.triggers import _misread_seat
    from kg.nlp import analyse

    doc = analyse(text, nlp)
    ctx, _ = build_context(doc, nlp, None, load_lexicon())
    noun = next(t.i for t in doc if t.lower_ == "election")
    return _misread_seat(ctx, ElectionMention(noun - 2, noun + 1, "by-election", seat, None))


def test_a_place_opening_with_a_quantifier_is_a_seat(nlp):
    # the tagger reads "All" opening a sentence as a determiner; a place may open so ("All Saints", "Both Ends")
    assert not _misread(nlp, "All Saints by-election called after Tom Ure resigns.", "All Saints")


def test_a_demonstrative_is_still_no_seat(nlp):
    assert _misread(nlp, "This by-election was called after Tom Ure resigned.", "This")


def test_the_next_name_on_a_shortlist_is_no_list_filling(facts_of):
    text = ("Ann Roe won the Fenby by-election for Labour. The contest was called after Tom Ure resigned; Labour picked "
            "Ann Roe, the next name on the shortlist, to stand.")
    assert ("Tom Ure", "resignation", "Fenby") in _triggers(facts_of, text)


def test_a_list_filling_only_supposed_leaves_the_vacancy(facts_of):
    text = ("Ann Roe won the Fenby by-election for Labour. The contest was called after Tom Ure resigned, though had "
            "he gone a year earlier he would have been replaced by the next candidate on the list.")
    assert ("Tom Ure", "resignation", "Fenby") in _triggers(facts_of, text)


def test_a_list_filling_told_with_the_vacancy_still_makes_none(facts_of):
    text = ("Ann Roe held Fenby for Labour in Thursday's by-election. Lee Hale, who died in May, will be replaced by "
            "the next candidate on the Labour list.")
    assert all(person != "Lee Hale" for person, _, _ in _triggers(facts_of, text))
