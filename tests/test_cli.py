import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import ROOT, SEED

runner = CliRunner()


@pytest.fixture
def cli_store(tmp_path):
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["--store", store, "add", str(SEED)])
    assert result.exit_code == 0, result.output
    return store


def test_add_reports_and_re_add_says_nothing_changed(cli_store):
    result = runner.invoke(app, ["--store", cli_store, "add", str(SEED)])
    assert result.exit_code == 0
    assert "already in the store" in result.output and "added 0" in result.output


def test_query_formats(cli_store):
    table = runner.invoke(app, ["--store", cli_store, "query", "election-winners"])
    assert table.exit_code == 0 and "Trudy Harrison" in table.output
    data = json.loads(runner.invoke(app, ["--store", cli_store, "query", "by-election-triggers", "-f", "json"]).output)
    assert data[0]["person"] == "Jamie Reed" and data[0]["seat"] == "Copeland"
    csv_out = runner.invoke(app, ["--store", cli_store, "query", "person-roles", "--format", "csv"]).output
    assert csv_out.splitlines()[0].startswith("person,role,party")


def test_query_list_and_sparql_text_and_rq_file(cli_store, tmp_path):
    listing = runner.invoke(app, ["query", "--list"])
    assert "person-roles" in listing.output and "by-election-triggers" in listing.output
    text = runner.invoke(app, ["--store", cli_store, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a kgo:Person }"])
    assert text.exit_code == 0
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?l WHERE { ?p a kgo:Party ; rdfs:label ?l }")
    assert "Labour Party" in runner.invoke(app, ["--store", cli_store, "query", str(rq)]).output


@pytest.mark.parametrize("args,needle", [
    (["query", "DELETE WHERE { ?s ?p ?o }"], "read-only"),
    (["query", "no-such-query"], "unknown query"),
    (["query", "person-roles", "--format", "xml"], "unknown format"),
    (["query", "SELECT ?s WHERE { ?s ?p }"], "malformed"),
    (["export", "--format", "rdfxml"], "unknown export format"),
    (["viz", "--focus", "Jeremy Corbin"], "did you mean: Jeremy Corbyn"),
    (["viz", "--type", "bogus"], "unknown --type bogus"),
    (["viz", "--article", "nope"], "no article 'nope'"),
    (["viz", "--since", "2017-02-30"], "not a real date"),
    (["viz", "--since", "2030-01-01"], "nothing to draw"),
    (["viz", "--depth", "2"], "give --focus"),
    (["viz", "--out", "/proc/no/such/dir/v.html"], "cannot write"),
    (["path", "Jeremy Corbyn", "Nobody"], "no entity named 'Nobody'"),
])
def test_user_mistakes_give_one_line_and_nonzero_exit(cli_store, args, needle):
    result = runner.invoke(app, ["--store", cli_store, *args])
    assert result.exit_code != 0
    assert needle in result.output and "Traceback" not in result.output


def test_add_bad_input_one_line(tmp_path):
    result = runner.invoke(app, ["--store", str(tmp_path / "s"), "add", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and result.output.startswith("Error: ") and "no such file" in result.output


def test_stats_validate_export_viz(cli_store, tmp_path):
    stats = runner.invoke(app, ["--store", cli_store, "stats"])
    assert "persons" in stats.output and "2017-02-24" in stats.output
    valid = runner.invoke(app, ["--store", cli_store, "validate"])
    assert valid.exit_code == 0, valid.output
    for fmt in ("turtle", "trig", "nt", "nq", "jsonld"):
        out = tmp_path / f"x.{fmt}"
        result = runner.invoke(app, ["--store", cli_store, "export", "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0 and out.stat().st_size > 1000
    html = tmp_path / "v.html"
    result = runner.invoke(app, ["--store", cli_store, "viz", "--out", str(html)])
    assert result.exit_code == 0 and html.exists()


def test_viz_filters_path_network_exports_and_central_people(cli_store, tmp_path):
    html = tmp_path / "focus.html"
    result = runner.invoke(app, ["--store", cli_store, "viz", "--out", str(html), "--focus", "JEREMY CORBYN", "--depth", "2",
                                 "--type", "person", "--type", "party", "--type", "election", "--since", "2017-01-01",
                                 "--until", "2017-12-31", "--article", str(SEED)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {html} (") and "around Jeremy Corbyn (depth 2)" in html.read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".html") == ["focus.html"]
    path = runner.invoke(app, ["--store", cli_store, "path", "copeland", "trudy harrison", "--evidence"])
    assert path.exit_code == 0, path.output
    lines = path.output.splitlines()
    assert lines[0] == "Copeland <-[for seat]- 2017 Copeland by-election"
    assert "2017 Copeland by-election <-[won]- Trudy Harrison" in lines
    assert any(line.startswith("    \u201c") for line in lines)  # a sentence behind a step
    for fmt, needle in (("graphml", "<graphml"), ("gexf", "<gexf")):
        out = tmp_path / f"g.{fmt}"
        result = runner.invoke(app, ["--store", cli_store, "export", "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0 and needle in out.read_text() and "Jeremy Corbyn" in out.read_text()
    stats = runner.invoke(app, ["--store", cli_store, "stats", "--top", "3"])
    central = stats.output.split("most central people")[1].splitlines()[1:]
    assert len(central) == 3 and all("neighbours  PageRank 0." in line for line in central)


def test_every_command_has_help():
    for command in ("add", "remove", "query", "viz", "export", "stats", "validate", "eval", "path"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_real_subprocess_run(tmp_path):
    env = {**os.environ, "KG_STORE": str(tmp_path / "store")}
    subprocess.run([sys.executable, "main.py", "add", "-"], input=SEED.read_bytes(), cwd=ROOT, env=env,
                   check=True, capture_output=True)
    out = subprocess.run([sys.executable, "main.py", "query", "by-election-triggers", "-f", "csv"], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True).stdout
    assert "Jamie Reed,resignation,Copeland" in out


def test_eval_json_into_a_missing_directory_is_one_line(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"id": "a", "text": "Labour MP Ann Lowe spoke.", "gold": {}}))
    result = runner.invoke(app, ["eval", str(gold), "--json", str(tmp_path / "missing" / "e.json")])
    assert result.exit_code == 2 and "Error: " in result.output and "Traceback" not in result.output


def test_election_candidates_are_the_articles_contest_candidates(cli_store):
    data = json.loads(runner.invoke(app, ["--store", cli_store, "query", "election-candidates", "-f", "json"]).output)
    copeland = {(r["candidate"], r["party"]) for r in data if r["election"] == "2017 Copeland by-election"}
    assert copeland == {("Trudy Harrison", "Conservative Party"), ("Gillian Troughton", "Labour Party")}
    assert not any(r["candidate"] == "Trudy Harrison" and "leadership" in r["election"] for r in data)


@pytest.mark.slow
def test_try_shows_facts_with_their_rules_and_the_parse():
    result = runner.invoke(app, ["try", "Labour MP Ann Roe spoke in Fenby.", "--parse"])
    assert result.exit_code == 0, result.output
    assert "Ann Roe | mp | Labour Party" in result.output and "roles.title-before-name" in result.output
    assert "PARTY=Labour Party" in result.output and "phrase   [1:2] 'MP'" in result.output
    bad = runner.invoke(app, ["try", "Ann Roe spoke.", "--date", "2020-13-01"])
    assert bad.exit_code == 2 and bad.output.startswith("Error: --date")


def test_version_prints_the_version_and_exits_0():
    from kg import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output == f"kg {__version__}\n"


def test_help_shows_flags_as_flags_and_readable_metavars():
    add = runner.invoke(app, ["add", "--help"], terminal_width=200)
    assert add.exit_code == 0
    words = " ".join(add.output.replace("\u2502", " ").split())
    assert "--replace Re-extract" in words and "--date DATE Publication" in words  # a flag takes no value
    assert "Usage: root add [OPTIONS] PATH..." in words and "* PATH... Article files" in words
    for command in ("add", "remove", "query", "viz", "path", "export", "stats", "validate", "try", "rules", "eval"):
        text = runner.invoke(app, [command, "--help"], terminal_width=200).output
        assert "<" not in text.replace("<-[", ""), (command, text)
    assert "<" not in runner.invoke(app, ["--help"], terminal_width=200).output


@pytest.mark.parametrize("args,needle", [
    (["add", "--bogus", "x.txt"], "No such option: --bogus"),
    (["add"], "Missing argument 'PATH...'"),
    (["stats", "--top", "many"], "'--top'"),
    (["--bogus"], "No such option: --bogus"),
    (["nocommand"], "No such command 'nocommand'"),
    (["add", "--replace", "true"], "no such file"),
])
def test_usage_errors_are_one_error_line_with_a_hint(tmp_path, args, needle):
    result = runner.invoke(app, ["--store", str(tmp_path / "s"), *args])
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and needle in lines[0], result.output
    assert "--help" in lines[0] or "no such file" in lines[0]
    assert "\u256d" not in result.output and "Usage:" not in result.output


def test_add_and_stats_count_the_same_facts_under_one_name(tmp_path):
    """kg add's facts are the facts kg stats lists by article: the distinct facts each article's graph holds."""
    other = tmp_path / "fenby.txt"
    other.write_text("date 2017-03-01\nLabour MP Ann Lowe won the Fenby by-election. Labour MP Ann Lowe thanked voters.\n")
    store = str(tmp_path / "store")
    added = runner.invoke(app, ["--store", store, "add", str(SEED), str(other)])
    assert added.exit_code == 0, added.output
    written = re.search(r"; (\d+) facts written;", added.output)
    assert written, added.output
    stats = runner.invoke(app, ["--store", store, "stats"]).output
    by_article = [int(n) for n in re.findall(r"(\d+) facts  ", stats.split("by article:")[1])]
    assert len(by_article) == 2 and sum(by_article) == int(written.group(1)), (added.output, stats)


@pytest.mark.parametrize("args, meant", [(["person", "-p", "name=reed"], "Jamie Reed"),
                                          (["party-people", "-p", "party=Labour"], "Labour Party")])
def test_an_empty_lookup_by_name_suggests_the_names_meant(cli_store, args, meant):
    result = runner.invoke(app, ["--store", cli_store, "query", *args])
    assert result.exit_code == 0
    assert "(0 rows)" in result.stdout and "did you mean" not in result.stdout
    assert f"did you mean: {meant}" in result.stderr
    found = runner.invoke(app, ["--store", cli_store, "query", args[0], "-p", f"{args[2].split('=')[0]}={meant}"])
    assert found.exit_code == 0 and "(0 rows)" not in found.stdout and not found.stderr
