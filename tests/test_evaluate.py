"""Scoring: per rule and per group, as `kg eval --by-rule/--by-group` prints them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import ArticleScore, Evaluation, RuleTally, Tally, load_gold, score_rows


def test_each_rule_is_credited_with_its_distinct_facts_and_matches() -> None:
    found = [{"person": "Ann Roe", "role": "mp", "party": "Labour Party", "rules": "roles.apposition"},
             {"person": "Ann Roe", "role": "mp", "party": "Labour Party", "rules": "roles.copula, roles.apposition"},
             {"person": "Tom Ure", "role": "mayor", "party": "", "rules": "roles.verb"}]
    gold = [{"person": "Ann Roe", "role": ["mp"], "party": "Labour Party"}]
    rules: dict[str, RuleTally] = {}
    tally, missed, extra = score_rows("person_role_party", found, gold, rules)
    assert (tally.matched, tally.found, tally.required) == (1, 2, 1)
    assert {n: (t.produced, t.matched, t.alone) for n, t in rules.items()} == {
        "roles.apposition": (1, 1, 0), "roles.copula": (1, 1, 0), "roles.verb": (1, 0, 1)}


def test_an_optional_match_counts_for_no_rule() -> None:
    rules: dict[str, RuleTally] = {}
    score_rows("person_role_party", [{"person": "Ann Roe", "role": "mp", "party": "", "rules": "roles.verb"}],
               [{"person": "Ann Roe", "role": ["mp"], "party": None, "optional": True}], rules)
    assert rules == {}


def test_groups_are_scored_apart_and_rules_that_never_fired_are_listed() -> None:
    a = ArticleScore("a", {"person_role_party": Tally(1, 1, 2)}, group="us", rules={"roles.verb": RuleTally(1, 1)})
    b = ArticleScore("b", {"person_role_party": Tally(0, 1, 1)}, group="world", rules={"roles.verb": RuleTally(1, 0)})
    result = Evaluation([a, b], {}, Tally())
    groups = result.by_group()
    assert (groups["us"]["overall"].matched, groups["world"]["overall"].found) == (1, 1)
    by_rule = result.by_rule()
    assert (by_rule["roles.verb"].produced, by_rule["roles.verb"].matched) == (2, 1)
    assert by_rule["roles.apposition"].produced == 0  # registered, never fired here



def test_a_type_a_group_has_nothing_of_is_shown_as_a_dash_not_a_perfect_score() -> None:
    from kg.evaluate import format_by_group

    a = ArticleScore("a", {"person_role_party": Tally(1, 1, 2), "election_seat_winner": Tally(0, 1, 0),
                           "resignation_triggers_election": Tally(0, 0, 0)}, group="us")
    line = format_by_group(Evaluation([a], {}, Tally())).splitlines()[1].split()
    assert line[:5] == ["us", "1", "0.667", "0.000", "-"]  # a fact found where gold has none still scores 0

@pytest.mark.slow
def test_eval_by_rule_and_by_group_on_gold_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    gold = {"id": "g1", "group": "uk-ie", "published": "2019-05-02", "gold": {
        "person_role_party": [{"person": "Ann Roe", "role": ["mp"], "party": "Labour Party"}],
        "election_seat_winner": [{"election": "Fenby by-election", "seat": "Fenby", "winner": "Ann Roe",
                                  "party": "Labour Party"}]},
        "text": "Ann Roe won the Fenby by-election for Labour."}
    (tmp_path / "g1.json").write_text(json.dumps(gold))
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--by-rule", "--by-group", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "results.won-verb" in result.output and "uk-ie" in result.output and "never fired here" in result.output
    scores = json.loads(out.read_text())
    assert scores["by_rule"]["results.won-verb"] == {"produced": 1, "matched": 1, "alone": 1, "precision": 1.0}
    assert scores["by_group"]["uk-ie"]["overall"]["f1"] == 1.0


# A party as a reader takes it: a bare gold name that is no country's default is that party of the article's country.


def test_a_bare_gold_name_is_the_party_of_the_article_s_country() -> None:
    from kg.evaluate import same_party

    assert same_party("Democratic Alliance (South Africa)", "Democratic Alliance", "ZA")
    assert not same_party("Democratic Alliance (South Africa)", "Democratic Alliance", "GR")
    assert same_party("People's Democratic Party (Nigeria)", "Peoples Democratic Party", "NG")  # spelt without the apostrophe


def test_a_default_name_keeps_its_default_country() -> None:
    from kg.evaluate import same_party

    assert not same_party("Labour Party (Nigeria)", "Labour Party", "NG")  # bare "Labour Party" is the UK's, by convention
    assert same_party("Labour Party (Nigeria)", "Labour Party (Nigeria)", "NG")


def test_the_article_s_country_comes_from_the_gold_s_own_parties() -> None:
    from kg.evaluate import gold_country

    gold = {"person_role_party": [{"person": "Ada Obi", "role": ["candidate"], "party": "Labour Party (Nigeria)"},
                                  {"person": "Tom Eze", "role": ["candidate"], "party": "Democratic Alliance"}]}
    assert gold_country(gold) == "NG"
    assert gold_country({"person_role_party": [{"person": "Ada Obi", "role": ["mp"], "party": None}]}) is None


def test_score_rows_reads_a_bare_gold_name_in_the_country_given() -> None:
    found = [{"person": "Ann Roe", "role": "minister", "party": "Democratic Alliance (South Africa)", "rules": "roles.verb"}]
    gold = [{"person": "Ann Roe", "role": ["minister"], "party": "Democratic Alliance"}]
    assert score_rows("person_role_party", found, gold, None, "ZA")[0].matched == 1
    assert score_rows("person_role_party", found, gold, None, None)[0].matched == 0


def test_the_shipped_challenge_set_is_valid_gold_in_its_three_groups() -> None:
    """data/challenge is measured in the README: a malformed file would make `kg eval` stop with an error there."""
    root = Path(__file__).resolve().parent.parent / "data" / "challenge"
    records = load_gold(root / "A") + load_gold(root / "B")
    assert len(records) == 36
    assert {r["group"] for r in records} == {"inv-westminster", "inv-us-in-za", "inv-world"}
    for later in ("C", "D", "E", "F", "G", "H", "I", "J", "K", "L"):
        records = load_gold(root / later)
        assert sorted(r["group"] for r in records) == ["inv-us-in-za"] * 5 + ["inv-westminster"] * 5 + ["inv-world"] * 10


def test_the_shipped_sentence_bank_is_valid_gold_with_eight_items_of_each_group_in_each_half() -> None:
    """data/bank's groups are the README's per-capability table: a malformed item, or a half missing a group, would
    make that table wrong or `kg eval` stop."""
    root = Path(__file__).resolve().parent.parent / "data" / "bank"
    groups = {"bank-contests", "bank-seats", "bank-parties", "bank-people", "bank-time", "bank-triggers", "bank-results",
              "bank-nonfacts"}
    for half in ("A", "B"):
        records = load_gold(root / half)
        assert sorted(r["group"] for r in records) == sorted(g for g in groups for _ in range(8))


def test_score_rows_pairs_rows_so_that_the_most_gold_rows_match_whatever_the_order_found() -> None:
    """One found row fits two gold rows (a gold row with no party accepts any): matching row by row paired it with the
    wrong one and left the other found row unmatched, so the score followed the order of the rows."""
    gold = [{"person": "Ann Roe", "role": ["mp"], "party": None}, {"person": "Ann Roe", "role": ["mp"], "party": "Labour Party"}]
    with_party = {"person": "Ann Roe", "role": "mp", "party": "Labour Party", "rules": "roles.verb"}
    without = {"person": "Ann Roe", "role": "mp", "party": "", "rules": "roles.apposition"}
    for found in ([with_party, without], [without, with_party]):
        tally, missed, extra = score_rows("person_role_party", found, gold)
        assert (tally.matched, tally.found, missed, extra) == (2, 2, [], [])


def test_score_rows_prefers_a_required_gold_row_to_an_optional_one() -> None:
    gold = [{"person": "Ann Roe", "role": ["mp"], "party": None, "optional": True}, {"person": "Ann Roe", "role": ["mp"], "party": None}]
    tally, missed, _ = score_rows("person_role_party", [{"person": "Ann Roe", "role": "mp", "party": "", "rules": "roles.verb"}], gold)
    assert (tally.matched, tally.found, tally.required, missed) == (1, 1, 1, [])


def test_gold_country_breaks_a_tie_by_the_party_the_gold_names_first() -> None:
    """Two countries' parties named once each: the article's country was whichever a set iterated first, so the same
    facts scored differently from run to run."""
    from kg.evaluate import gold_country

    kenyan = {"person": "Ann Roe", "role": ["mp"], "party": "Orange Democratic Movement"}
    south_african = {"person": "Tom Ure", "role": ["mp"], "party": "African National Congress"}
    assert gold_country({"person_role_party": [kenyan, south_african]}) == "KE"
    assert gold_country({"person_role_party": [south_african, kenyan]}) == "ZA"
