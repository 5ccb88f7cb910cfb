import pytest

from kg.errors import QueryError
from kg.queries import bind_params, named_queries, resolve_query, rows_of

FIRST_COLUMNS = {
    "person-roles": ["person", "role", "party"],
    "election-winners": ["election", "seat", "winner", "party", "date"],
    "by-election-triggers": ["person", "cause", "seat", "election"],
}


@pytest.mark.parametrize("name", FIRST_COLUMNS)
def test_named_queries_have_required_first_columns(seed_store, name):
    columns, rows = rows_of(seed_store.query(resolve_query(name)))
    assert columns[: len(FIRST_COLUMNS[name])] == FIRST_COLUMNS[name]
    assert rows and all(not cell.startswith("http") for row in rows for cell in row[:3])


def test_every_named_query_runs_and_is_described(seed_store):
    for query in named_queries().values():
        assert query.description
        rows_of(seed_store.query(resolve_query(query.name)))


def test_person_query_filters_by_name_case_insensitively(seed_store):
    columns, rows = rows_of(seed_store.query(resolve_query("person", {"name": "jamie reed"})))
    assert rows and {r[0] for r in rows} == {"Jamie Reed"}


def test_params_cannot_inject_sparql(seed_store):
    evil = '" || true) } SELECT * WHERE { ?s ?p ?o } #'
    text = bind_params("SELECT ?v WHERE { BIND({{name}} AS ?v) }", {"name": evil})
    columns, rows = rows_of(seed_store.query(text))
    assert rows == [[evil]]  # the whole value arrived as one literal
    columns, rows = rows_of(seed_store.query(resolve_query("person", {"name": evil})))
    assert rows == []


def test_unknown_query_lists_known_ones():
    with pytest.raises(QueryError, match="person-roles"):
        resolve_query("no-such-query")


@pytest.fixture(scope="module")
def then_and_now(tmp_path_factory):
    """Ruth Dale, a Labour MP in 2017 and a former one in 2020 (invented names)."""
    from kg.ingest import ingest
    from kg.store import memory_store

    folder = tmp_path_factory.mktemp("articles")
    (folder / "a.txt").write_text("date 2017-02-24\nLabour MP Ruth Dale spoke in Kelby.")
    (folder / "b.txt").write_text("date 2020-02-24\nFormer Labour MP Ruth Dale spoke in Fenby.")
    store = memory_store()
    ingest([str(folder)], store)
    return store


def test_person_shows_each_roles_status_as_its_own_article_states_it(then_and_now):
    columns, rows = rows_of(then_and_now.query(resolve_query("person", {"name": "Ruth Dale"})))
    assert columns[:4] == ["person", "relation", "value", "status"]
    by_sentence = {row[columns.index("sentence")]: row[3] for row in rows}
    assert by_sentence == {"Labour MP Ruth Dale spoke in Kelby.": "current", "Former Labour MP Ruth Dale spoke in Fenby.": "former"}


def test_party_people_shows_status(then_and_now):
    columns, rows = rows_of(then_and_now.query(resolve_query("party-people", {"party": "labour party"})))
    assert columns == ["party", "person", "role", "status"]
    ((party, person, role, status),) = rows
    assert (party, person, role) == ("Labour Party", "Ruth Dale", "mp") and set(status.split(", ")) == {"current", "former"}
