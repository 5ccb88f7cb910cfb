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
