"""bench/name_coverage.py: real names from a small copy of the open data, written as news writes them, and judged."""

from __future__ import annotations

from pathlib import Path

from bench.name_coverage import Person, clean_name, items, people, run, verdict
from kg.extract.lexicon import load_lexicon
from kg.nlp import load_pipeline


def _source(tmp_path: Path) -> Path:
    chamber = tmp_path / "everypolitician" / "Malaysia" / "Dewan_Rakyat"
    chamber.mkdir(parents=True)
    (chamber / "term-1.csv").write_text(
        "id,name,gender\n1,\"Roe, Datuk Ann\",female\n2,TOM URE,male\n3,Jo 2nd Platt,male\n4,Kelby,male\n", encoding="utf-8")
    return tmp_path


def test_names_are_read_from_the_open_data_as_news_writes_them(tmp_path: Path) -> None:
    lexicon = load_lexicon()
    assert clean_name("Roe, Datuk Ann", lexicon) == "Ann Roe"  # turned round, the title dropped
    assert clean_name("TOM URE", lexicon) == "Tom Ure"
    assert clean_name("Kelby", lexicon) is None and clean_name("Jo 2nd Platt", lexicon) is None
    found = people(_source(tmp_path), lexicon, 5)
    assert found == [Person("MY", "Ann Roe", "f"), Person("MY", "Tom Ure", "m")]


def test_each_form_is_judged_against_the_fullest_name() -> None:
    lexicon = load_lexicon()
    person = Person("MY", "Ann Roe", "f")
    written = list(items(person, lexicon))
    assert {i.form for i in written} == {"said", "mp", "mr", "death", "candidate", "honorific", "later"}
    later = next(i for i in written if i.form == "later")
    assert later.text[later.start : later.end] == "Roe"
    counts = run([person], load_pipeline(), lexicon)
    assert sum(counts["total"].values()) == len(written)
    assert counts["form:mr"]["right"] == 1
    assert (verdict("Ann", "Ann Roe"), verdict("Ustaz Ann Roe", "Ann Roe"), verdict("Tom Ure", "Ann Roe")) == ("short", "long", "other")
