"""bench/member_coverage.py: members of a small copy of the open data's chambers, put into result sentences and judged."""

from __future__ import annotations

from pathlib import Path

from bench.member_coverage import _name, items, main, run
from tests.bench.terms import write_terms


def _source(tmp_path: Path) -> Path:
    return write_terms(tmp_path, {
        "Kenya/Assembly": ["1,Ann Wanjiru Roe,,,,,Orange Democratic Movement,odm,a,Fenby East,National Assembly,11,,"],
        "France/National_Assembly": ["2,Tom Ure,,,,,Socialist Party,ps,b,\"Hale, 3\",Assemblée nationale,15,,"]})


def test_names_are_written_as_news_writes_them() -> None:
    assert _name("Patil, Shri Shivaji") == "Shivaji Patil"
    assert _name("ABE Shinzo") == "Abe Shinzo"
    assert _name("(Deceased) ANN ROE") == "Ann Roe"
    assert _name("Roe") is None


def test_each_member_is_put_in_sentences_cued_by_country_and_by_chamber(tmp_path: Path) -> None:
    found = list(items(_source(tmp_path), 5))
    assert {(i.chamber, i.form) for i in found} == {(c, f) for c in ("Kenya/Assembly", "France/National_Assembly")
                                                   for f in ("country", "chamber")}
    assert any(i.text == "In France, Tom Ure won the Hale by-election for the Socialist Party." for i in found)


def test_titles_are_judged_by_the_chamber_s_own(tmp_path: Path) -> None:
    counts = run(_source(tmp_path), 5, verbose=False)
    assert counts[("all", "wrong")] == 0  # a Kenyan member is an mp, a French one a deputy: no other title
    assert counts[("Kenya/Assembly", "right")] == 2


def test_missing_data_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["--source", str(tmp_path)]) == 1
    assert capsys.readouterr().err.startswith("Error: ")
