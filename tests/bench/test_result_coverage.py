"""bench/result_coverage.py: members of a small copy of the open data's chambers win their seats in result sentences,
and each result is judged as `kg eval` judges one."""

from __future__ import annotations

from pathlib import Path

from bench.result_coverage import FORMS, _gold_party, _seat, _the, items, main, run
from tests.bench.terms import write_terms


def _source(tmp_path: Path) -> Path:
    rows = {"Kenya/Assembly": ["1,Ann Wanjiru Roe,,,,,Orange Democratic Movement,odm,a,Fenby East,National Assembly,11,,",
                               "2,Tom Kelby Ure,,,,,United Republican Party,urp,b,Hale West,National Assembly,11,,"],
            "Canada/Commons": ["3,Jo Platt,,,,,Liberal,lib,c,Ontario (Fenby—Hale),House of Commons,42,,",
                               "4,Kay Dunn,,,,,Conservative,con,d,Quebec (Ashmoor),House of Commons,42,,"]}
    return write_terms(tmp_path, rows)


def test_seats_and_parties_are_written_as_news_writes_them() -> None:
    assert _seat("Ontario (Fenby—Hale)") == "Fenby—Hale"
    assert _seat("List") is None and _seat("Kelby Bloc") is None
    assert _the("Orange Democratic Movement") == "the Orange Democratic Movement"
    assert _the("Liberal") == "the Liberal Party"
    assert _the("Sinn Féin") == "Sinn Féin"


def test_a_bare_party_label_is_judged_as_its_country_s_party() -> None:
    assert _gold_party("Liberal", "CA") == "Liberal Party of Canada"


def test_each_member_wins_in_every_form_against_a_rival_of_another_party(tmp_path: Path) -> None:
    found = list(items(_source(tmp_path), 5))
    assert len(found) == 4 * len(FORMS)
    assert any(i.text == "In Kenya, Ann Wanjiru Roe of the Orange Democratic Movement won the Fenby East by-election with "
               "12,345 votes." for i in found)
    assert all("Fenby—Hale" in i.text for i in found if i.person == "Jo Platt")


def test_results_are_judged_by_seat_winner_and_party(tmp_path: Path) -> None:
    counts = run(_source(tmp_path), 5, verbose=False)
    assert counts[("form:with-votes", "right")] == 4  # the simplest form holds for both countries' seats and parties
    assert sum(counts[("all", v)] for v in ("right", "party", "wrong", "none")) == 4 * len(FORMS)


def test_missing_data_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["--source", str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("Error: ")
