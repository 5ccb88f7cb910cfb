"""bench/party_coverage.py: the parties of a small copy of the open data, named as news names them, and judged."""

from __future__ import annotations

import csv
from pathlib import Path

from bench.party_coverage import Item, items, judge, run, targets
from kg.config import DATA_DIR

_HEAD = ["country", "partyfacts_id", "technical", "name_short", "name", "name_english", "name_other", "year_first", "year_last",
         "share", "share_year", "new", "wikipedia", "description", "comment", "created", "modified"]


def _source(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    (tmp_path / "partyfacts").mkdir()
    with (tmp_path / "partyfacts" / "core-parties.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, _HEAD)
        writer.writeheader()
        writer.writerows([{k: row.get(k, "") for k in _HEAD} for row in rows])
    with (tmp_path / "partyfacts" / "wikidata.csv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("country,partyfacts_id,wikidata_id,name,name_short,name_native\n")
    return tmp_path


def test_parties_with_a_share_are_named_in_each_form_and_cue(tmp_path: Path) -> None:
    source = _source(tmp_path, [
        {"country": "DEU", "partyfacts_id": "1976", "name_short": "AfD", "name": "Alternative für Deutschland",
         "name_english": "Alternative for Germany", "share": "12.6"},
        {"country": "DEU", "partyfacts_id": "1031", "name_short": "GDP", "name_english": "All-German Party", "share": "2.8"},
        {"country": "DEU", "partyfacts_id": "999999", "name_english": "No Such Party", "share": "9.0"}])
    found, absent = targets(source, DATA_DIR, 5.0, 2000)
    assert [(t.country, t.party, t.short) for t in found] == [("DE", "Alternative for Germany", "AfD")]
    assert absent == {"DE": 1}  # a party with a share that kg's data lacks is counted, not named
    written = list(items(found, DATA_DIR))
    assert {(i.form, i.cue) for i in written} >= {("english", "name"), ("short", "demonym"), ("bracketed", "city")}
    short = next(i for i in written if i.form == "short" and i.cue == "name")
    assert short.text[short.start : short.end] == "AfD"


def test_a_country_s_parties_are_resolved_and_counted(tmp_path: Path) -> None:
    source = _source(tmp_path, [{"country": "DEU", "partyfacts_id": "1976", "name_short": "AfD",
                                 "name_english": "Alternative for Germany", "share": "12.6"}])
    counts = run(source, DATA_DIR, 5.0, 2000, verbose=False)
    assert counts["DE"]["right"] >= 6 and counts["DE"]["wrong-other"] == 0


class _Ent:
    def __init__(self, start: int, end: int, party: str) -> None:
        self.label_, self.start_char, self.end_char, self.ent_id_, self.text = "PARTY", start, end, party, party


class _Doc:
    def __init__(self, *ents: _Ent) -> None:
        self.ents = ents


def test_wrong_is_told_from_unresolved_and_none() -> None:
    item = Item("DE", "Free Democratic Party (Germany)", "short", "name", "Ann Roe of the FDP said", 15, 18)
    countries: dict[str, str | None] = {"Free Democratic Party (Germany)": "DE", "Free Democratic Party (Switzerland)": "CH",
                                        "FDP": None, "Left (Germany)": "DE"}
    assert judge(item, _Doc(_Ent(15, 18, "Free Democratic Party (Germany)")), countries) == "right"
    assert judge(item, _Doc(_Ent(15, 18, "Free Democratic Party (Switzerland)")), countries) == "wrong-other"
    assert judge(item, _Doc(_Ent(15, 18, "Left (Germany)")), countries) == "wrong-same"
    assert judge(item, _Doc(_Ent(15, 18, "FDP")), countries) == "unresolved"
    assert judge(item, _Doc(_Ent(0, 7, "Free Democratic Party (Germany)")), countries) == "none"


def test_a_bare_name_cued_as_another_country_is_wrong_only_as_another_country_s_party() -> None:
    from bench.party_coverage import Stray, judge_stray

    item = Stray("AU", "Australian Labor Party", "IL", "Ann Roe of Labor said", 15, 20)
    countries: dict[str, str | None] = {"Australian Labor Party": "AU", "Israeli Labor Party": "IL", "Labor (political alliance)": "IL",
                                        "Labor (Israel)": None, "PAS": None}
    assert judge_stray(item, _Doc(_Ent(15, 20, "Australian Labor Party")), countries) == "wrong"
    assert judge_stray(item, _Doc(_Ent(15, 20, "Israeli Labor Party")), countries) == "own"
    assert judge_stray(item, _Doc(_Ent(15, 20, "Labor (Israel)")), countries) == "own"
    assert judge_stray(item, _Doc(_Ent(15, 20, "PAS")), countries) == "unresolved"
    assert judge_stray(item, _Doc(), countries) == "none"
    uncued = Stray("IL", "Israeli Labor Party", "", "Ann Roe of Labor said", 15, 20)
    assert judge_stray(uncued, _Doc(_Ent(15, 20, "Israeli Labor Party")), countries) == "right"
    assert judge_stray(uncued, _Doc(_Ent(15, 20, "Labor (political alliance)")), countries) == "joint"
    assert judge_stray(uncued, _Doc(_Ent(15, 20, "Australian Labor Party")), countries) == "wrong"


def test_each_bare_form_is_cued_as_a_country_without_a_party_of_that_name() -> None:
    from bench.party_coverage import Target, strays

    found = [Target("AU", "Australian Labor Party", "Australian Labor Party", "ALP"),
             Target("IL", "Israeli Labor Party", "Israeli Labor Party", None), Target("NZ", "New Zealand Labour Party", "Labour", None)]
    written = list(strays(found, {"Labor": {"AU", "IL"}, "ALP": {"AU"}}, {"IL": "Israeli", "AU": "Australian"}))
    cued = {(s.owner, s.text[s.start : s.end], s.cued) for s in written}
    assert ("AU", "ALP", "IL") in cued and ("AU", "Labor", "NZ") in cued and ("IL", "Labor", "NZ") in cued
    assert ("AU", "Labor", "") in cued  # and once with no cue at all
