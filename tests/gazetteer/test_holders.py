"""The build of office holders and linkable people (kg/gazetteer/offices.py, people.py, holders.py) on a small
fixture: a few rows of each dataset, in the datasets' own formats (real people, invented rows)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pycountry")
pytest.importorskip("wordfreq")
pytest.importorskip("yaml")

from kg.config import DATA_DIR  # noqa: E402
from kg.gazetteer.build import build  # noqa: E402
from kg.gazetteer.offices import ep_name, short_name  # noqa: E402
from tests.gazetteer.test_build import CORE  # noqa: E402

PARTIES = [  # Party Facts: country, id, name, Wikidata id, Wikipedia title
    ("CAN", 20, "Liberal Party of Canada", "Q138345", "Liberal_Party_of_Canada"),
    ("DEU", 30, "Christian Democratic Union", "Q49762", "Christian_Democratic_Union_of_Germany"),
    ("DEU", 31, "CDU/CSU", "Q708725", "CDU/CSU"),
    ("DEU", 32, "Social Democratic Party of Germany", "Q49768", "Social_Democratic_Party_of_Germany"),
    ("ZAF", 40, "African National Congress", "Q83162", "African_National_Congress"),
]
PARLGOV_PARTIES = [("368", "Liberal Party of Canada", "Liberal_Party_of_Canada"), ("1255", "Conservative Party of Canada", ""),
                   ("1727", "Christian Democratic Union / Christian Social Union", "CDU/CSU"),
                   ("558", "Social Democratic Party of Germany", "Social_Democratic_Party_of_Germany"), ("999", "no party affiliation", "")]
CABINETS = [  # country, country id, start, name, cabinet id, [(party id, in cabinet, prime minister)]
    ("CAN", "29", "2011-05-02", "Harper III", "919", [("1255", 1, 1), ("368", 0, 0)]),
    ("CAN", "29", "2015-11-04", "Trudeau J I", "1176", [("368", 1, 1)]),
    ("DEU", "54", "2013-12-17", "Merkel III", "1071", [("1727", 1, 1), ("558", 1, 0)]),
    ("DEU", "54", "2021-12-08", "Scholz", "1661", [("558", 1, 1)]),
]
GLI = [("Canada", y, "Stephen Joseph Harper", "", "Conservative Party of Canada", "Prime Minister") for y in range(2011, 2015)] + [
    ("Canada", y, "Justin Pierre Trudeau", "20", "Liberal Party of Canada", "Prime Minister") for y in range(2015, 2021)] + [
    ("Germany", y, "Angela Dorothea Merkel", "30", "Christian Democratic Union", "Chancellor") for y in range(2013, 2021)] + [
    ("South Africa", y, "Jacob Gedleyihlekisa Zuma", "40", "African National Congress", "President") for y in range(2009, 2018)]
EXECUTIVE = """\
- id: {bioguide: O000167}
  name: {first: Barack, last: Obama}
  bio: {gender: M}
  terms:
  - {type: prez, start: '2009-01-20', end: '2013-01-20', party: Democrat, how: election}
  - {type: prez, start: '2013-01-20', end: '2017-01-20', party: Democrat, how: election}
"""
CONGRESS = """\
- id: {bioguide: C000127, wikidata: Q22250}
  name: {first: Maria, last: Cantwell, official_full: Maria Cantwell}
  terms:
  - {type: rep, start: '1993-01-05', end: '1995-01-03', state: WA, district: 1, party: Democrat}
  - {type: sen, start: '2001-01-03', end: '2007-01-03', state: WA, party: Democrat}
  - {type: sen, start: '2007-01-04', end: '2013-01-03', state: WA, party: Democrat}
"""
EP = ["id", "name", "sort_name", "email", "twitter", "facebook", "group", "group_id", "area_id", "area", "chamber", "term", "start_date",
      "end_date", "image", "gender", "wikidata", "wikidata_group", "wikidata_area"]
MEMBERS = {"Canada/Commons/term-42.csv": [("Justin Trudeau", "Liberal", "Papineau", "male", "Q3099714", "Q138345")],
           "Germany/Bundestag/term-19.csv": [("Angela Merkel", "CDU", "Vorpommern-Rügen", "female", "Q567", "Q49762"),
                                             ("Olaf Nobody", "SPD", "Hamburg", "male", "", "Q49768")],
           "Japan/House_of_Representatives/term-48.csv": [("ABE Shinzo", "LDP", "Yamaguchi 4th District", "male", "Q132345", "")]}
HAND = {"head_of_government": {"DE": "chancellor"}, "titles": {"prime minister": ["Prime Minister"], "chancellor": ["Chancellor"]},
        "common_names": {}, "after_the_data": [["CA", "prime minister", "Mark Carney", "Liberal Party of Canada", "2025-03-14"]],
        "aliases": {}, "women": [], "government_words": ["government"]}


def _csv(path: Path, header: list[str], rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.DictWriter(f, header)
        out.writeheader()
        out.writerows(rows)


def _opendata(root: Path) -> None:
    _csv(root / "partyfacts/core-parties.csv", CORE, [
        {"country": c, "partyfacts_id": i, "name": n, "name_english": n, "share": "30.0", "wikipedia": f"https://en.wikipedia.org/wiki/{w}"}
        for c, i, n, _, w in PARTIES])
    _csv(root / "partyfacts/wikidata.csv", ["country", "partyfacts_id", "wikidata_id", "name", "name_short", "name_native"],
         [{"country": c, "partyfacts_id": i, "wikidata_id": q, "name": n} for c, i, n, q, _ in PARTIES])
    _csv(root / "parlgov/party.csv", ["id", "name_english", "wikipedia"],
         [{"id": i, "name_english": n, "wikipedia": f"http://en.wikipedia.org/wiki/{w}" if w else ""} for i, n, w in PARLGOV_PARTIES])
    _csv(root / "parlgov/view_cabinet.csv", ["country_name_short", "country_id", "start_date", "cabinet_name", "cabinet_id",
                                              "cabinet_party", "prime_minister", "party_id"],
         [{"country_name_short": c, "country_id": cid, "start_date": s, "cabinet_name": n, "cabinet_id": k, "cabinet_party": inside,
           "prime_minister": pm, "party_id": p} for c, cid, s, n, k, parties in CABINETS for p, inside, pm in parties])
    _csv(root / "parlgov/politician_president.csv", ["id", "country_id", "start_date", "end_date", "person_id_source", "party_id"],
         [{"id": 1, "country_id": "54", "start_date": "2017-03-19", "end_date": "", "person_id_source": "Frank-Walter Steinmeier ",
           "party_id": "558"}])
    _csv(root / "global-leader-ideologies/global_leader_ideologies.csv", ["country_name", "year", "hog", "hog_party_id", "hog_party_eng",
                                                                          "hog_title"],
         [dict(zip(["country_name", "year", "hog", "hog_party_id", "hog_party_eng", "hog_title"], row, strict=True)) for row in GLI])
    (root / "us-congress").mkdir()
    (root / "us-congress/executive.yaml").write_text(EXECUTIVE, encoding="utf-8")
    (root / "us-congress/legislators-current.yaml").write_text(CONGRESS, encoding="utf-8")
    for rel, rows in MEMBERS.items():
        _csv(root / "everypolitician" / rel, EP, [{"name": n, "group": g, "area": a, "gender": sex, "wikidata": q, "wikidata_group": wg}
                                                  for n, g, a, sex, q, wg in rows])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict, Path]:  # type: ignore[type-arg]
    root, data = tmp_path_factory.mktemp("opendata"), tmp_path_factory.mktemp("data")
    _opendata(root)
    shutil.copy(DATA_DIR / "parties.json", data / "parties.json")
    (data / "officeholders.json").write_text(json.dumps(HAND), encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    build(root, out, data)
    return (json.loads((out / "officeholders.json").read_text(encoding="utf-8")),
            json.loads((out / "people.json").read_text(encoding="utf-8")), out)


def _holders(offices: dict, office: str, country: str) -> list[list[object]]:  # type: ignore[type-arg]
    return next(o["holders"] for o in offices["offices"] if (o["office"], o["country"]) == (office, country))


def test_cabinets_get_their_heads_full_names_parties_and_dates(built: tuple[dict, dict, Path]) -> None:  # type: ignore[type-arg]
    offices = built[0]
    assert _holders(offices, "prime minister", "CA") == [
        ["Stephen Harper", "Conservative Party of Canada", "2011-05-02", "2015-11-04", None],  # the formal name shortened
        ["Justin Trudeau", "Liberal Party of Canada", "2015-11-04", "2025-03-14", "Q3099714"],  # EveryPolitician's name and id
        ["Mark Carney", "Liberal Party of Canada", "2025-03-14", None, None],  # after the data: the hand-made file
    ]


def test_the_party_is_the_heads_own_not_the_alliances(built: tuple[dict, dict, Path]) -> None:  # type: ignore[type-arg]
    merkel, = _holders(built[0], "chancellor", "DE")
    # Scholz's cabinet has no source naming its head: Merkel's term still ends where it began
    assert merkel == ["Angela Merkel", "Christian Democratic Union of Germany", "2013-12-17", "2021-12-08", "Q567"]


def test_coalitions_and_countries_without_cabinet_data(built: tuple[dict, dict, Path]) -> None:  # type: ignore[type-arg]
    offices = built[0]
    assert offices["coalitions"]["DE"] == [["2013-12-17", "2021-12-08"]] and offices["coalitions"]["CA"] == []
    assert _holders(offices, "president", "ZA") == [["Jacob Zuma", "African National Congress", "2009-01-01", None, None]]
    assert offices["coalitions"]["ZA"] == [["2009-01-01", None]]  # who else governed is unknown: no party from the government alone


def test_us_presidents_and_heads_of_state(built: tuple[dict, dict, Path]) -> None:  # type: ignore[type-arg]
    offices = built[0]
    assert _holders(offices, "president", "US") == [["Barack Obama", "Democratic Party", "2009-01-20", "2017-01-20", None]]
    state = next(o for o in offices["offices"] if (o["office"], o["country"]) == ("president", "DE"))
    assert not state["head"] and state["holders"][0][:2] == ["Frank-Walter Steinmeier", "Social Democratic Party of Germany"]
    assert "Angela Merkel" in offices["women"] and offices["aliases"]["Angela Dorothea Merkel"] == "Angela Merkel"


def test_people_have_wikidata_ids_and_compact_terms(built: tuple[dict, dict, Path]) -> None:  # type: ignore[type-arg]
    people = {p[0]: p for p in built[1]["people"]}
    assert "Olaf Nobody" not in {p[1] for p in built[1]["people"]}  # no Wikidata id: nothing to link to
    assert people["Q22250"] == ["Q22250", "Maria Cantwell", [
        ["US", "representative", "Democratic Party", "WA-1", "1993-01-05", "1995-01-03", "us-congress/legislators-current"],
        ["US", "senator", "Democratic Party", "WA", "2001-01-03", "2013-01-03", "us-congress/legislators-current"]]]  # one span
    assert [t[1] for t in people["Q3099714"][2]] == ["mp", "prime minister"]
    assert people["Q132345"][1] == "Shinzo Abe"


def test_the_build_is_reproducible(built: tuple[dict, dict, Path], tmp_path: Path) -> None:  # type: ignore[type-arg]
    root, data = tmp_path / "opendata", tmp_path / "data"
    _opendata(root)
    data.mkdir()
    shutil.copy(DATA_DIR / "parties.json", data / "parties.json")
    (data / "officeholders.json").write_text(json.dumps(HAND), encoding="utf-8")
    build(root, tmp_path / "out", data)
    for name in ("officeholders.json", "people.json"):
        assert (tmp_path / "out" / name).read_bytes() == (built[2] / name).read_bytes()


@pytest.mark.parametrize(("raw", "news"), [("ABE Shinzo", "Shinzo Abe"), ("Adam Bandt", "Adam Bandt"), ("KISHIDA Fumio", "Fumio Kishida")])
def test_everypolitician_family_names_first(raw: str, news: str) -> None:
    assert ep_name(raw) == news


@pytest.mark.parametrize(("formal", "news"), [("Barack Hussein Obama", "Barack Obama"), ("Paul Martin Jr.", "Paul Martin"),
                                              ("Enda Kenny", "Enda Kenny")])
def test_formal_names_shortened(formal: str, news: str) -> None:
    assert short_name(formal) == news


OPENDATA = Path(__file__).resolve().parents[2].parent / "shared" / "opendata"


@pytest.mark.skipif(not OPENDATA.is_dir(), reason="needs the open data at ../shared/opendata (as on the project's machines)")
def test_the_committed_office_holders_and_people_are_what_the_build_makes(tmp_path: Path) -> None:
    build(OPENDATA, tmp_path)
    for name in ("officeholders.json", "people.json"):
        assert (tmp_path / name).read_bytes() == (DATA_DIR / "gazetteer" / name).read_bytes(), name
