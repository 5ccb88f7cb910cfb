"""Facts from reference data stay marked (kgo:partyBasis "reference data: …") and can be switched off
(`kg --no-gazetteer`, KG_GAZETTEER=off): kg/reference.py, kg/config.py and the hooks in kg/mapping.py and kg/cli.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import config, reference
from kg.cli import app
from kg.errors import InputError

UNNAMED = "Theresa May spoke in London. Later the prime minister's claims were denied."
MINISTER = "Tom Ure, the health secretary, spoke to MPs in Westminster on Monday."


def test_a_party_from_the_gazetteer_is_marked(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = reference.prepare(facts_of(UNNAMED, dt.date(2017, 2, 24)), use_gazetteer=True)
    may = [f for f in facts.roles if f.person == "Theresa May"]
    assert [(f.role, f.party, f.party_basis) for f in may] == [
        ("prime minister", "Conservative Party", "reference data: known head of government")]


def test_without_the_gazetteer_a_role_only_the_data_gave_goes(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = reference.prepare(facts_of(UNNAMED, dt.date(2017, 2, 24)), use_gazetteer=False)
    assert not any(f.role == "prime minister" for f in facts.roles)


def test_without_the_gazetteer_a_role_the_text_gave_keeps_its_role_but_not_the_datas_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    raw = facts_of(MINISTER, dt.date(2017, 2, 24))
    assert ("Tom Ure", "health secretary", "Conservative Party") in {(f.person, f.role, f.party) for f in raw.roles}
    facts = reference.prepare(raw, use_gazetteer=False)
    assert {(f.person, f.role, f.party) for f in facts.roles} == {("Tom Ure", "health secretary", None)}


def test_a_party_the_text_states_is_not_marked(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = reference.prepare(facts_of("Labour MP Ruth Dale spoke in Fenby.", dt.date(2017, 2, 24)), use_gazetteer=False)
    assert ("Ruth Dale", "mp", "Labour Party") in {(f.person, f.role, f.party) for f in facts.roles}


@pytest.mark.parametrize(("value", "on"), [("", True), ("on", True), ("1", True), ("off", False), ("0", False), ("OFF", False)])
def test_the_setting(monkeypatch: pytest.MonkeyPatch, value: str, on: bool) -> None:
    monkeypatch.setenv("KG_GAZETTEER", value)
    assert config.use_gazetteer() is on


def test_a_bad_setting_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_GAZETTEER", "maybe")
    with pytest.raises(InputError, match="KG_GAZETTEER"):
        config.use_gazetteer()


def test_kg_query_person_shows_the_basis_and_no_gazetteer_takes_it_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_GAZETTEER", raising=False)
    article = tmp_path / "a.txt"
    article.write_text(f"date 2017-02-24\n\n{UNNAMED}\n", encoding="utf-8")
    runner = CliRunner()
    for flags, store in (([], "on"), (["--no-gazetteer"], "off")):
        added = runner.invoke(app, ["--store", str(tmp_path / store), *flags, "add", str(article)])
        assert added.exit_code == 0, added.output
    shown = runner.invoke(app, ["--store", str(tmp_path / "on"), "query", "person", "--format", "csv"])
    assert "[reference data: known head of government]" in shown.output
    monkeypatch.delenv("KG_GAZETTEER", raising=False)  # --no-gazetteer set it for this process
    plain = runner.invoke(app, ["--store", str(tmp_path / "off"), "query", "person", "--format", "csv"])
    assert plain.exit_code == 0 and "prime minister" not in plain.output


def test_a_bad_setting_is_refused_before_a_store_is_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_GAZETTEER", "maybe")
    article = tmp_path / "a.txt"
    article.write_text("Ann Roe spoke.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--store", str(tmp_path / "store"), "add", str(article)])
    assert result.exit_code == 2 and "KG_GAZETTEER" in result.output and not (tmp_path / "store").exists()
