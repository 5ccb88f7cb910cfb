"""The gazetteer build on a small fixture of Party Facts files (invented rows, real party names)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

pytest.importorskip("pycountry")
pytest.importorskip("wordfreq")

from kg.gazetteer.build import build  # noqa: E402
from kg.gazetteer.names import pattern_worthy  # noqa: E402
from kg.gazetteer.parties import _untagged  # noqa: E402

CORE = ["country", "partyfacts_id", "technical", "name_short", "name", "name_english", "name_other", "year_first", "year_last",
        "share", "share_year", "new", "wikipedia", "description", "comment", "created", "modified"]
ROWS = [  # country, id, short, name, English name, last year, share, Wikipedia title
    ("IRL", 1, "Lab", "Páirtí an Lucht Oibre", "Labour Party", "", "10.0", "Labour_Party_(Ireland)"),
    ("NZL", 2, "NLP", "New Zealand Labour Party", "New Zealand Labour Party", "", "40.0", "New_Zealand_Labour_Party"),
    ("FRA", 3, "PS", "Parti socialiste", "Socialist Party", "", "20.0", "Socialist_Party_(France)"),
    ("PRT", 4, "PS", "Partido Socialista", "Socialist Party", "", "35.0", "Socialist_Party_(Portugal)"),
    ("ISR", 5, "Likud", "Likud", "Likud", "", "25.0", "Likud"),
    ("ZAF", 6, "ANC", "African National Congress", "African National Congress", "", "60.0", "African_National_Congress"),
    ("ITA", 7, "DC", "Democrazia Cristiana", "Christian Democracy", "1980", "30.0", "Christian_Democracy_(Italy)"),
    ("DEU", 8, "Tiny", "Kleine Partei", "Little Party", "", "", ""),
    ("USA", 9, "FBI", "Federal Bureau Party", "Federal Bureau Party", "", "1.0", ""),
    ("GBR", 10, "Lab", "Labour Party", "Labour", "", "40.0", "Labour_Party_(UK)"),
    ("IRL", 11, "", "independent", "independent", "", "", ""),
    ("DEU", 12, "B7/Bl", "Bündnis 7 / Die Blauen", "Alliance 7 / Blues", "", "9.0", "Alliance_7/The_Blues"),
    ("KOR", 13, "UP", "Tonghap-dang", "Unity Party", "2014", "37.0", "Unity_Party_(South_Korea,_2011)"),
    ("KOR", 14, "UP", "Tonghap-dang", "Unity Party", "2007", "36.0", "Unity_Party_(South_Korea,_2000)"),
    ("KOR", 15, "UPK", "Deo-tonghap", "Unity Party / Unity Party of Korea", "", "25.0", "Unity_Party_of_Korea"),
    ("JPN", 16, "UP", "Tōitsu-tō", "Unity Party", "", "20.0", "Unity_Party_(Japan)"),
    ("DEU", 18, "B9/Gr", "Bündnis 9 / Die Grünen", "Alliance 9 / Greens", "", "8.0", "Alliance_9/The_Greens"),
    ("ROU", 17, "NUP", "Partidul Unirii Noi", "New Union Party", "", "3.0", "Union_politics_in_Romania#New_Union_Party"),
    ("FRA", 19, "RN", "Rassemblement national", "National Rally", "", "13.0", "National_Rally"),
    ("ITA", 20, "Ulivo", "L'Ulivo", "The Olive Tree", "", "30.0", "The_Olive_Tree"),
    ("IND", 21, "JD(U)", "Janata Dal (United)", "Janata Dal (United)", "", "3.0", "Janata_Dal_(United)"),
    ("DEU", 22, "CDU", "Christlich Demokratische Union", "Christian Democratic Union", "", "35.0",
     "Christlich_Demokratische_Union_Deutschlands"),
    ("DEU", 23, "CDU/CSU", "Christlich Demokratische Union / Christlich Soziale Union", "Christian Democratic Union / Christian "
     "Social Union", "", "45.0", "CDU/CSU"),
    ("LVA", 24, "CDU", "Kristīgi demokrātiskā savienība", "Christian Democratic Union", "2010", "2.0",
     "Christian_Democratic_Union_(Latvia)"),
    ("DEU", 25, "SPD", "Sozialdemokratische Partei Deutschlands", "Social Democratic Party of Germany", "", "30.0",
     "Social_Democratic_Party_of_Germany"),
    ("MEX", 26, "MORENA", "Movimiento Regeneración Nacional", "National Regeneration Movement", "", "30.0",
     "National_Regeneration_Movement"),
    ("KEN", 27, "JP", "Jubilee Party", "Jubilee Party of Kenya", "", "49.0", "Jubilee_Party"),
    ("BRA", 28, "FWP", "Partido dos Trabalhadores de Fenby", "Fenby Workers' Party", "", "20.0", "Fenby_Workers'_Party"),
    ("MYS", 29, "MCA", "Persatuan Fenby Malaysia", "Malaysian Fenby Association", "", "15.0", "Malaysian_Fenby_Association"),
    ("ITA", 30, "FDC", "Democrazia Fenbiana", "Fenby Democracy", "1994", "40.0", "Fenby_Democracy_(Italy,_historical)"),
    ("FRA", 33, "EHV", "Europe Hale – Les Verts", "Europe Hale – The Greens", "", "5.5", "Europe_Hale_–_The_Greens"),
    ("FRA", 34, "V", "Les Verts", "Greens", "2010", "7.6", "The_Greens_(France)"),
    ("BGR", 35, "", "Sayuz Hale Kelby", "Hale Kelby Union", "", "12.0", "Hale_Kelby_Union"),
    ("BGR", 36, "A", "Ashmoor", "Ashmoor", "", "4.0", "Ashmoor_(Bulgarian_political_party)"),
    ("BGR", 37, "BFP", "Balgarska Fenby Partiya", "Bulgarian Fenby Party", "", "6.0", "Bulgarian_Fenby_Party"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    root = tmp_path_factory.mktemp("opendata")
    (root / "partyfacts").mkdir()
    with (root / "partyfacts/core-parties.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.DictWriter(f, CORE)
        out.writeheader()
        for c, i, short, name, english, last, share, wiki in ROWS:
            out.writerow({"country": c, "partyfacts_id": i, "technical": "8" if name == "independent" else "", "name_short": short,
                          "name": name, "name_english": english, "year_last": last, "share": share,
                          "wikipedia": f"https://en.wikipedia.org/wiki/{wiki}" if wiki else ""})
    with (root / "partyfacts/wikidata.csv").open("w", newline="", encoding="utf-8") as f:
        f.write("country,partyfacts_id,wikidata_id,name,name_short,name_native\n")
        f.write("IRL,1,Q503614,Labour Party,,\nISR,5,Q192254,Likud,,\nGBR,10,Q9630,Labour Party,,\n"
                "DEU,22,Q49762,Christian Democratic Union,CDU,Christlich Demokratische Union Deutschlands\n"
                "BGR,35,Q900035,Hale Kelby Union,HKF/Bulgarian,Sayuz Hale Kelby\n"
                "BGR,37,Q900037,Bulgarian Fenby Party,BGFP/official,Balgarska Fenby Partiya\n")
    path = build(root, tmp_path_factory.mktemp("out"))
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _party(built: dict, name: str) -> dict | None:  # type: ignore[type-arg]
    return next((p for p in built["parties"] if p["name"] == name), None)


def test_parties_named_as_the_gold_corpus_names_them(built: dict) -> None:  # type: ignore[type-arg]
    ireland = _party(built, "Labour Party (Ireland)")
    assert ireland and ireland["country"] == "IE" and ireland["wikidata"] == "Q503614"
    assert _party(built, "New Zealand Labour Party")


def test_a_wikipedia_title_with_digits_names_the_party_and_a_year_or_section_does_not(built: dict) -> None:  # type: ignore[type-arg]
    assert _party(built, "Alliance 7/The Blues")  # not "Alliance '7", the first half of its Wikidata label
    assert not any("#" in p["name"] or "2011" in p["name"] for p in built["parties"])
    assert _party(built, "New Union Party")


def test_a_name_two_parties_of_one_country_bore_is_the_party_in_being(built: dict) -> None:  # type: ignore[type-arg]
    assert built["national_variants"]["Unity Party"]["KR"] == "Unity Party of Korea"  # not the larger party dissolved in 2014
    assert built["national_variants"]["Unity Party"]["JP"] == "Unity Party (Japan)"


def test_a_merger_s_last_part_is_its_short_name_in_its_country(built: dict) -> None:  # type: ignore[type-arg]
    assert built["national_variants"]["Greens"]["DE"] == "Alliance 9/The Greens"  # "the Greens" in a German article
    assert built["national_variants"]["Green"]["DE"] == "Alliance 9/The Greens"  # the hand-made title word: "Green MP"
    assert built["national_variants"]["Greens"]["GB"] == "Green Party"


def test_hand_made_parties_keep_their_names_and_gain_wikidata(built: dict) -> None:  # type: ignore[type-arg]
    assert _party(built, "Labour Party (UK)") is None and built["hand"]["Labour Party"]["wikidata"] == "Q9630"


def test_a_name_shared_by_countries_is_decided_by_the_country(built: dict) -> None:  # type: ignore[type-arg]
    assert built["national_variants"]["Labour Party"] == {"GB": "Labour Party", "IE": "Labour Party (Ireland)"}
    assert built["national_variants"]["Labour"]["NZ"] == "New Zealand Labour Party"
    assert built["national_variants"]["Socialist Party"] == {"FR": "Socialist Party (France)", "PT": "Socialist Party (Portugal)"}
    assert "Socialist Party" in built["unresolved"]  # no country evidence: no guess
    assert "CDU" in _party(built, "Christian Democratic Union (Germany)")["aliases"]  # type: ignore[index]  # unless one dwarfs the rest
    assert built["national_variants"]["CDU"]["LV"] == "Christian Democratic Union (Latvia)"  # by country still


def test_distinctive_names_become_patterns_and_old_or_tiny_parties_do_not(built: dict) -> None:  # type: ignore[type-arg]
    assert "ANC" in _party(built, "African National Congress")["aliases"]  # type: ignore[index]
    assert _party(built, "Likud")
    assert _party(built, "Christian Democracy (Italy)") is None and _party(built, "Little Party") is None
    assert "FBI" not in _party(built, "Federal Bureau Party")["aliases"]  # type: ignore[index]


def test_cues_are_built_per_country(built: dict) -> None:  # type: ignore[type-arg]
    assert "Israel" not in built["cues"].get("IL", [])  # a given name as often as the country
    assert "France" in built["cues"]["FR"] and "South Africa" in built["cues"]["ZA"]


@pytest.mark.parametrize(("name", "worthy"), [("Fidesz", True), ("CDU", True), ("AfD", True), ("Green", False), ("DA", False),
                                               ("National", False), ("FBI", False), ("Law and Justice", True), ("Lab", False),
                                               ("It is time", False), ("Alliance 90", True), ("AAP", False), ("MPP", False),
                                               ("CPI(M)", True), ("Party (UK)", False), ("MEC", False)])
def test_pattern_worthy(name: str, worthy: bool) -> None:
    assert pattern_worthy(name) is worthy


OPENDATA = Path(__file__).resolve().parents[2].parent / "shared" / "opendata"


@pytest.mark.skipif(not OPENDATA.is_dir(), reason="needs the open data at ../shared/opendata (as on the project's machines)")
def test_the_committed_gazetteer_is_what_the_build_makes(tmp_path: Path) -> None:
    from kg.config import DATA_DIR

    build(OPENDATA, tmp_path)
    for name in ("parties.json", "regions.json"):
        assert (tmp_path / name).read_bytes() == (DATA_DIR / "gazetteer" / name).read_bytes(), name


def test_a_stale_native_wikipedia_title_gives_way_to_the_english_name(built: dict) -> None:  # type: ignore[type-arg]
    cdu = _party(built, "Christian Democratic Union (Germany)")  # its country: Latvia's party has the English name too
    assert cdu and "Christlich Demokratische Union Deutschlands" in cdu["aliases"]
    assert _party(built, "Jubilee Party")  # a title the English name only lengthens is kept


def test_a_joint_list_does_not_take_its_members_names(built: dict) -> None:  # type: ignore[type-arg]
    assert built["national_variants"]["CDU"]["DE"] == "Christian Democratic Union (Germany)"  # not the larger CDU/CSU
    assert built["national_variants"]["Christian Democratic Union"]["DE"] == "Christian Democratic Union (Germany)"
    assert built["national_variants"]["Unity Party"]["KR"] == "Unity Party of Korea"  # a slash between names of two eras


def test_members_name_their_party_in_its_country(built: dict) -> None:  # type: ignore[type-arg]
    from kg.gazetteer.build import member_nouns

    assert member_nouns("Social Democratic Party of Germany") == ["Social Democrats", "Social Democrat"]
    assert member_nouns("Democratic Party of Japan") == []  # no word before: "Democrats" is the US party's, by hand
    assert "Social Democrat" in _party(built, "Social Democratic Party of Germany")["aliases"]  # type: ignore[index]
    assert built["national_variants"]["Christian Democrats"]["DE"] == "Christian Democratic Union (Germany)"


def test_a_name_with_its_country_after_of_and_a_curly_apostrophe(built: dict) -> None:  # type: ignore[type-arg]
    assert "Christian Democratic Union of Germany" in _party(built, "Christian Democratic Union (Germany)")["aliases"]  # type: ignore[index]
    assert "Labour Party of Ireland" in _party(built, "Labour Party (Ireland)")["aliases"]  # type: ignore[index]
    assert "Fenby Workers’ Party" in _party(built, "Fenby Workers' Party")["aliases"]  # type: ignore[index]


def test_a_name_in_capitals_said_as_a_word_is_written_as_one(built: dict) -> None:  # type: ignore[type-arg]
    assert {"MORENA", "Morena"} <= set(_party(built, "National Regeneration Movement")["aliases"])  # type: ignore[index]


def test_a_country_named_inside_another_place_s_name_is_still_a_cue(built: dict) -> None:  # type: ignore[type-arg]
    assert "Mexico" in built["cues"]["MX"] and "New Mexico" in built["cues"]["US"]  # read longest first


def test_short_names_are_kept_for_their_country_only(built: dict) -> None:  # type: ignore[type-arg]
    assert built["short_names"]["PS"] == {"FR": "Socialist Party (France)", "PT": "Socialist Party (Portugal)"}
    assert built["short_names"]["ANC"] == {"ZA": "African National Congress"}
    assert "GB" not in built["short_names"].get("LP", {})  # a hand-made country's parties are data/parties.json's


def test_initials_as_news_writes_them() -> None:
    from kg.gazetteer.build import initials

    assert {"CDP", "CDPJ"} <= initials("Constitutional Democratic Party of Japan")
    assert "SP" in initials("Samajwadi Party")
    assert not initials("Parti socialiste")  # not every word a name's: no initials
    assert "APP" not in initials("All Nigeria Peoples Party")  # the country's name is part of the abbreviation (ANPP)


def test_names_as_english_language_news_writes_them(built: dict) -> None:  # type: ignore[type-arg]
    assert "Rassemblement National" in _party(built, "National Rally")["aliases"]  # type: ignore[index]
    assert "Olive Tree" in _party(built, "The Olive Tree")["aliases"]  # type: ignore[index]  # "the Olive Tree candidate"
    assert {"JD(U)", "JD-U"} <= set(_party(built, "Janata Dal (United)")["aliases"])  # type: ignore[index]


def test_news_spellings() -> None:
    from kg.gazetteer.names import news_spellings

    assert news_spellings("Partido dos trabalhadores") == ["Partido dos Trabalhadores"]
    assert news_spellings("The Olive Tree") == ["Olive Tree"]
    assert news_spellings("The Greens") == []  # one word left: a word, not a name
    assert news_spellings("Governmental candidates") == []  # ordinary English, capitalised only to start a phrase
    assert news_spellings("PML(N)") == ["PML-N"]


def test_cities_a_dateline_names_are_cues_of_their_country(built: dict) -> None:  # type: ignore[type-arg]
    assert "NAIROBI" in built["cues"]["KE"] and "BERLIN" in built["cues"]["DE"]
    # a city named in the text is as often another country's news ("talks in Berlin"): only its dateline form is a cue
    assert "Nairobi" not in built["cues"]["KE"] and "Berlin" not in built["cues"]["DE"]
    assert {"Abuja", "ABUJA"} & set(built["cues"].get("NG", [])) == set()  # no Nigerian party in the fixture: no cues
    assert "NEW DELHI" in built["cues"]["IN"] and "New Delhi" not in built["cues"]["IN"]  # a hand cue's dateline capitals
    # a country whose parties are hand-made keeps its hand-made places, and gains only their datelines
    from kg.config import DATA_DIR

    shipped = json.loads((DATA_DIR / "gazetteer" / "parties.json").read_text(encoding="utf-8"))["cues"]
    assert "LONDON" in shipped["GB"] and "London" not in shipped["GB"]
    assert not {"Chicago", "CHICAGO", "New York"} & set(shipped.get("US", []))
    assert not {"Stanley", "Santiago"} & {w for words in built["cues"].values() for w in words}  # names as often as places


def test_a_title_of_members_is_no_party_s_name(built: dict) -> None:  # type: ignore[type-arg]
    """"Nairobi MCA Ann Roe" is a member of a Kenyan county assembly, never Malaysia's party of those initials."""
    party = _party(built, "Malaysian Fenby Association")
    assert party is not None and "MCA" not in party["aliases"]
    assert "MCA" not in built["short_names"] and "MCA" not in built["national_variants"]


def test_a_dissolved_party_is_named_as_english_wikipedia_names_it_now(built: dict) -> None:  # type: ignore[type-arg]
    assert _party(built, "Fenby Democracy (Italy)") and not _party(built, "Fenby Democracy (Italy, historical)")


def test_a_name_joined_by_a_dash_goes_by_its_last_part_in_the_party_in_being(built: dict) -> None:  # type: ignore[type-arg]
    """"the Greens" of a French article today are Europe Ecology – The Greens, not the Greens it succeeded in 2010."""
    in_being = _party(built, "Europe Hale – The Greens")
    assert in_being and "The Greens" in in_being["aliases"]
    assert not any("The Greens" in p["aliases"] for p in built["parties"] if p["name"] != "Europe Hale – The Greens")


def test_members_titles_are_read_from_the_roles_data() -> None:
    """The initials of a legislature's members' titles (data/roles.json legislature_members) are never a party's short name."""
    from kg.gazetteer.build import OFFICE_ABBREVIATIONS, member_titles

    assert member_titles({"legislature_members": {"_comment": "titles", "mhk": "Isle of Man", "member": "any house"}}) == {"MHK", "MHKs"}
    assert {"MLA", "MLAs", "MK", "TD"} <= OFFICE_ABBREVIATIONS


def test_a_dashed_name_is_also_spelled_with_a_hyphen() -> None:
    from kg.gazetteer.names import news_spellings

    assert "Fenby-Laban" in news_spellings("Fenby–Laban")
    assert not any("-" in n for n in news_spellings("Fenby Laban Party"))


def test_acronyms_joined_by_a_dash_are_patterns_in_every_spelling_news_uses() -> None:
    """"ZANU-PF" (Party Facts' short name) is written "ZANU–PF", "Zanu-PF" and "Zanu PF"; the first acronym must be no
    English word, and a single letter after the dash is never written after a space ("MDC T")."""
    from kg.gazetteer.names import news_spellings

    assert pattern_worthy("ZANU-PF") and pattern_worthy("MDC-T") and not pattern_worthy("PS-I") and not pattern_worthy("All-C")
    assert {"ZANU–PF", "Zanu-PF", "Zanu PF", "ZANU PF"} <= set(news_spellings("ZANU-PF"))
    assert "MDC T" not in news_spellings("MDC-T") and "MDC–T" in news_spellings("MDC-T")


def test_a_short_name_tagged_with_its_language_is_the_short_name(built: dict) -> None:  # type: ignore[type-arg]
    """"LPC/English" in Party Facts' copy of Wikidata: the short name is "LPC", no joint list of "LPC" and "English"."""
    assert built["short_names"]["HKF"] == {"BG": "Hale Kelby Union"}
    assert not any("/" in a for a in _party(built, "Hale Kelby Union")["aliases"])  # type: ignore[index]


def test_a_title_told_by_the_country_s_adjective_is_written_with_the_country(built: dict) -> None:  # type: ignore[type-arg]
    assert "Ashmoor (Bulgaria)" in _party(built, "Ashmoor (Bulgarian political party)")["aliases"]  # type: ignore[index]


def test_a_hand_made_party_has_its_name_with_its_country(built: dict) -> None:  # type: ignore[type-arg]
    assert "Labour Party (United Kingdom)" in built["hand"]["Labour Party"]["aliases"]


def test_a_short_name_tagged_with_its_label_s_standing_is_the_short_name(built: dict) -> None:  # type: ignore[type-arg]
    """"CPC/official": the standing after the slash is data (data/parties.json short_name_standings), like a language."""
    aliases = _party(built, "Bulgarian Fenby Party")["aliases"]  # type: ignore[index]
    assert "BGFP" in aliases and not any("/" in a for a in aliases)
    assert _untagged("BGFP/official", frozenset({"official"})) == "BGFP"
    assert _untagged("BGFP/official", frozenset()) == "BGFP/official"
