from hypothesis import given
from hypothesis import strategies as st
from rdflib import URIRef

from kg import iris


@given(st.text(min_size=1, max_size=60))
def test_any_name_gives_a_valid_iri(name):
    iri = iris.entity("person", name)
    assert isinstance(iri, URIRef)
    assert not any(c in str(iri) for c in ' <>"{}|\\^`\n')


@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_different_keys_different_iris(a, b):
    if iris.key(a) != iris.key(b) or (not iris.key(a) and a.strip().lower() != b.strip().lower()):
        assert iris.entity("party", a) != iris.entity("party", b)
    else:
        assert iris.entity("party", a) == iris.entity("party", b)
