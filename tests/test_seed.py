"""The seed article, scored against its gold facts, and the graph it gives checked against SHACL."""

import pytest

from kg.evaluate import evaluate
from kg.validate import validate
from tests.conftest import SHARED


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="needs ../shared/corpus/seed (the gold corpus)")
def test_seed_every_required_fact_and_few_extras():
    result = evaluate(SHARED / "seed")
    assert result.overall.recall == 1.0
    assert result.overall.found - result.overall.matched <= 0.1 * result.overall.found


def test_seed_graph_conforms_to_shapes(seed_store):
    assert validate(seed_store).conforms


def test_seed_facts_without_gold(seed_store):
    from kg.queries import resolve_query, rows_of

    _, rows = rows_of(seed_store.query(resolve_query("election-winners")))
    assert ["2017 Copeland by-election", "Copeland", "Trudy Harrison", "Conservative Party", "2017"] in [r[:5] for r in rows]
