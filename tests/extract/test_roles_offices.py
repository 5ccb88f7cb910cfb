"""Offices as each country's English-language news names them (data/roles.json "heads", "legislature_members",
"canonical", "abbreviations"): members' titles of many legislatures, heads of government below the nation, party and
group offices. Sentences invented for the test."""

import json

import pytest

from kg.config import DATA_DIR
from tests.extract.conftest import roles


def _roles_data() -> dict:  # type: ignore[type-arg]
    return json.loads((DATA_DIR / "roles.json").read_text(encoding="utf-8"))


def test_every_legislature_member_title_is_a_head_and_a_party_role():
    data = _roles_data()
    titles = [t for t in data["legislature_members"] if not t.startswith("_")]
    assert {"mha", "mk", "ms", "am", "mhk", "mmc"} <= set(titles)
    assert not [t for t in titles if t not in data["heads"]]
    assert not [t for t in titles if t not in data["party_roles"] and t not in ("representative", "congressman",
                                                                                "congresswoman", "member")]


@pytest.mark.parametrize(("text", "label"), [
    ("Liberal MHA Ann Roe said the plan would fail.", "mha"),  # Newfoundland and Labrador, Tasmania
    ("Ann Roe, the MHA for Fenby, said the plan would fail.", "mha for fenby"),
    ("Likud MK Ann Roe said the plan would fail.", "mk"),  # Israel
    ("Plaid Cymru MS Ann Roe said the plan would fail.", "ms"),  # Wales since 2020
    ("Plaid Cymru AM Ann Roe said the plan would fail.", "am"),  # Wales to 2020
    ("Selectman Tom Ure said the plan would fail.", "selectman"),  # New England
    ("Ald. Tom Ure said the plan would fail.", "alderman"),
    ("Minister-President Ann Roe said the plan would fail.", "minister-president"),  # German states
    ("Ann Roe, the MMC for transport, said the plan would fail.", "mmc"),  # South African metros
    ("Ann Roe, a Member of the Knesset, said the plan would fail.", "mk"),
    ("Republican state Sen. Ann Roe said the plan would fail.", "state senator"),
])
def test_a_country_s_office_is_read_with_its_own_label(facts_of, text, label):
    assert any(p in ("Ann Roe", "Tom Ure") and r == label for p, r, _ in roles(facts_of(text)))


def test_a_member_s_title_before_a_seat_takes_no_modifier_of_praise(facts_of):
    facts = facts_of("Ann Roe, the veteran Labor MLC, said the plan would fail.")
    assert any(p == "Ann Roe" and r == "mlc" for p, r, _ in roles(facts))


def test_initials_the_text_reads_as_a_party_are_no_member_s_title(facts_of):
    # "MCA" is Kenya's county assembly member and Malaysia's party: where it is the party's name, no one is an "mca"
    facts = facts_of("MCA president Tom Ure said the plan would fail.")
    assert not [f for f in facts.roles if f.role == "mca"]


@pytest.mark.parametrize("text", [
    "At 10 AM Ann Roe said the plan would fail.",
    "Ann Roe has MS and said the plan would fail.",
])
def test_capitals_that_are_no_title_give_no_role(facts_of, text):
    assert not [f for f in facts_of(text).roles if f.role in ("am", "ms")]


def test_a_state_senator_is_not_a_lieutenant_or_plain_senator(facts_of):
    facts = facts_of("Sen. Tom Ure said the plan would fail.")
    assert ("Tom Ure", "senator", None) in roles(facts) or any(r == "senator" for _, r, _ in roles(facts))


@pytest.mark.parametrize(("text", "label"), [
    ("ANC health MEC Ann Roe said the plan would fail.", "health mec"),  # a South African province's executive
    ("Ann Roe, the MEC for Health, said the plan would fail.", "mec for health"),
    ("BJP working president Tom Ure said the plan would fail.", "working president"),  # Indian parties
])
def test_provincial_executives_and_party_officers_by_their_own_titles(facts_of, text, label):
    assert any(p in ("Ann Roe", "Tom Ure") and r == label for p, r, _ in roles(facts_of(text)))


def test_a_working_president_outside_politics_is_no_office(facts_of):
    facts = facts_of("Tom Ure, the working president of the Fenby cricket club, said the plan would fail.")
    assert not [f for f in facts.roles if f.role.startswith("working president")]


@pytest.mark.parametrize(("text", "label"), [
    ("Ann Roe is a politician who was a member of the 16th and 17th Lok Sabha, representing Fenby.", "mp"),
    ("Tom Ure was a member of the 12th Dáil.", "td"),
])
def test_a_member_of_a_chamber_s_numbered_sitting_holds_its_seat(facts_of, text, label):
    assert any(p in ("Ann Roe", "Tom Ure") and r == label for p, r, _ in roles(facts_of(text)))


def test_a_member_of_a_numbered_body_that_is_no_chamber_holds_no_seat(facts_of):
    assert not facts_of("Tom Ure was a member of the 12th Fenby Scouts.").roles


@pytest.mark.parametrize(("text", "label"), [
    ("BJP corporator Ann Roe said the plan would fail.", "corporator"),  # an Indian city's ward member
    ("Ann Roe, the sarpanch of Fenby, said the plan would fail.", "sarpanch of fenby"),  # an Indian village's head
    ("Lord Provost Ann Roe said the plan would fail.", "lord provost"),  # a Scottish city's civic head
    ("Ann Roe, the SNP provost of Fenby, said the plan would fail.", "provost of fenby"),
    ("Ceann Comhairle Ann Roe said the plan would fail.", "ceann comhairle"),  # the Dáil's chair
    ("Cathaoirleach Ann Roe said the plan would fail.", "cathaoirleach"),  # an Irish council's chair
    ("Likud Knesset member Ann Roe said the plan would fail.", "mk"),
    ("ODM Woman Representative Ann Roe said the plan would fail.", "woman representative"),  # Kenya
])
def test_local_and_national_offices_of_many_countries(facts_of, text, label):
    assert any(p == "Ann Roe" and r == label for p, r, _ in roles(facts_of(text)))


def test_a_university_s_provost_is_no_office(facts_of):
    assert not facts_of("Ann Roe, the provost of Fenby University, said the plan would fail.").roles


def test_one_list_of_members_titles_serves_phrases_roles_and_results():
    # data/roles.json "legislature_members" is the only list of members' titles: the phrases read it as heads and
    # the result rules as the titles a winner holds, with "mayor" (an office voters fill) beside them
    from kg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.member_heads == frozenset(lexicon.legislature_members)
    assert {"mpp", "mna", "mha", "mk", "mca"} <= lexicon.member_titles
    assert lexicon.member_titles - lexicon.member_heads == {"mayor"}


def test_a_member_elected_under_any_legislature_s_title_was_elected_for_the_title_s_seat(facts_of):
    # the result rules read the same titles the phrases do: an MK, as an MP, was elected for the place before the title
    facts = facts_of("The Fenby MK Tom Ure was elected in 2019 and spoke on Monday.")
    assert any(f.winner == "Tom Ure" and f.seat == "Fenby" for f in facts.elections)
