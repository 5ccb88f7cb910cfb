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
    ("Green parliamentary leader Ann Roe said the plan would fail.", "parliamentary leader"),
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

