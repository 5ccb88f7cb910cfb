"""The network library: name lookup, focus and filters, paths, centrality, GraphML/GEXF, layout."""

import datetime as dt
import io
import math

import networkx as nx
import pytest

from kg.errors import InputError
from kg.ingest import ingest
from kg.layout import layout
from kg.netgraph import ArticleInfo, network_document, to_networkx
from kg.netview import (
    NoPathError,
    UnknownArticleError,
    UnknownEntityError,
    ViewFilter,
    build_view,
    central_people,
    filter_graph,
    find_node,
    heading,
    resolve_article,
    select_articles,
    shortest_connection,
)
from tests.conftest import SEED

P = "https://w3id.org/polkg/id/"


def small_graph() -> nx.MultiDiGraph:
    """Ann and Bob in Labour, Ann won an election for a seat; Cy alone with a role; two Howards."""
    g = nx.MultiDiGraph()
    g.graph["articles"] = {"a1": ArticleInfo("a1", "One", "one.txt", dt.date(2017, 2, 24)),
                           "a2": ArticleInfo("a2", "Two", "two.txt", dt.date(2019, 5, 1))}
    for node, label, kind, art in [("ann", "Ann Lowe", "person", "a1"), ("bob", "Bob Ray", "person", "a2"),
                                   ("lab", "Labour Party", "party", "a1"), ("el", "2017 X by-election", "election", "a1"),
                                   ("seat", "X", "seat", "a1"), ("cy", "Cy Dee", "person", "a2"), ("pm", "prime minister", "role", "a2"),
                                   ("h1", "Howard", "person", "a1"), ("h2", "Howard", "person", "a2")]:
        g.add_node(P + node, label=label, type=kind, roles=set(), articles={art}, evidence={(f"{art}.txt", f"About {label}.")})
    for s, o, rel in [("ann", "lab", "member of (mp)"), ("bob", "lab", "member of (leader)"), ("ann", "el", "won"),
                      ("el", "seat", "for seat"), ("el", "lab", "won by"), ("cy", "pm", "holds role"), ("h1", "lab", "member of (mp)")]:
        g.add_edge(P + s, P + o, key=rel, label=rel, evidence={("a.txt", f"{s} {rel} {o}.")}, articles={"a1"})
    return g


def test_find_node_case_insensitive_iri_folded_and_errors():
    g = small_graph()
    assert find_node(g, "ann lowe") == P + "ann"
    assert find_node(g, "LABOUR PARTY") == P + "lab"
    assert find_node(g, P + "bob") == P + "bob"
    assert find_node(g, "  Bob-Ray ") == P + "bob"  # folded: punctuation and spaces do not matter
    with pytest.raises(UnknownEntityError, match="did you mean: Ann Lowe"):
        find_node(g, "Ann Low")
    with pytest.raises(UnknownEntityError, match="ambiguous.*2 entities.*IRI") as error:
        find_node(g, "howard")
    assert error.value.exit_code == 2 and "\n" not in str(error.value)


def test_focus_depth_and_types():
    g = small_graph()
    assert set(filter_graph(g, focus="Bob Ray", depth=0)) == {P + "bob"}
    assert set(filter_graph(g, focus="Bob Ray", depth=1)) == {P + "bob", P + "lab"}
    two = filter_graph(g, focus="bob ray", depth=2)
    assert set(two) == {P + "bob", P + "lab", P + "ann", P + "el", P + "h1"}  # edges followed both ways
    assert two.graph["focus"] == P + "bob" and two.graph["articles"] == g.graph["articles"]
    people = filter_graph(g, types=["person"])
    assert {d["type"] for _, d in people.nodes(data=True)} == {"person"} and people.number_of_edges() == 0
    # types first, then the neighbourhood: through parties only, elections are not reached; the focus is kept
    around = filter_graph(g, focus="2017 X by-election", depth=2, types=["person", "party"])
    assert set(around) == {P + "el", P + "ann", P + "lab", P + "bob", P + "h1"}
    with pytest.raises(InputError, match="unknown --type bogus"):
        filter_graph(g, types=["bogus"])
    with pytest.raises(InputError, match="--depth"):
        filter_graph(g, focus="Ann Lowe", depth=-1)


def test_articles_by_id_prefix_source_and_path(tmp_path, monkeypatch):
    known = {"e9249ee21e9ff502": ArticleInfo("e9249ee21e9ff502", "T", "data/articles/a.txt", None),
             "0123456789abcdef": ArticleInfo("0123456789abcdef", "U", "b.txt", dt.date(2020, 1, 1))}
    assert resolve_article(known, "e9249ee21e9ff502") == "e9249ee21e9ff502"
    assert resolve_article(known, "e9249ee2") == "e9249ee21e9ff502"
    assert resolve_article(known, "data/articles/a.txt") == "e9249ee21e9ff502"
    assert resolve_article(known, "/somewhere/else/data/articles/a.txt") == "e9249ee21e9ff502"
    monkeypatch.chdir(tmp_path)
    assert resolve_article(known, "./b.txt") == "0123456789abcdef"
    with pytest.raises(UnknownArticleError, match="no article 'nope'.*kg query articles"):
        resolve_article(known, "nope")
    assert select_articles(known, ViewFilter()) is None
    assert select_articles(known, ViewFilter(since=dt.date(2019, 1, 1))) == {"0123456789abcdef"}  # undated: dropped
    assert select_articles(known, ViewFilter(until=dt.date(2019, 1, 1))) == set()
    with pytest.raises(InputError, match="swap"):
        select_articles(known, ViewFilter(since=dt.date(2020, 1, 1), until=dt.date(2019, 1, 1)))


def test_heading_counts_dates_filter_and_store():
    g = small_graph()
    text = heading(g, "/x/store", ViewFilter(focus="Bob Ray", depth=2))
    assert text.startswith("kg: 9 entities, 7 relations")
    assert "2 articles (published 2017-02-24 to 2019-05-01)" in text
    assert "around Bob Ray (depth 2)" in text and text.endswith("store: /x/store")
    one = filter_graph(g, focus="Ann Lowe", depth=0)
    assert "1 article (published 2017-02-24)" in heading(one, "s")
    g.graph["articles"] = {}
    assert "no publication dates" in heading(g, "s")


def test_shortest_connection_with_directions():
    g = small_graph()
    steps = shortest_connection(g, "Bob Ray", "x")
    assert [(s.start, s.end, s.relations, s.forward) for s in steps] == [
        ("Bob Ray", "Labour Party", ("member of (leader)",), True),
        ("Labour Party", "2017 X by-election", ("won by",), False),
        ("2017 X by-election", "X", ("for seat",), True),
    ]
    assert steps[0].evidence == (("a.txt", "bob member of (leader) lab."),)
    with pytest.raises(NoPathError, match="nothing connects Ann Lowe and Cy Dee"):
        shortest_connection(g, "Ann Lowe", "Cy Dee")
    with pytest.raises(UnknownEntityError):
        shortest_connection(g, "Ann Lowe", "Nobody At All")


def test_central_people_by_degree_then_pagerank():
    ranked = central_people(small_graph(), top=3)
    assert ranked[0][0] == "Ann Lowe" and ranked[0][1] == 2  # the party and the election
    assert all(0 < rank < 1 for _, _, rank in ranked) and len(ranked) == 3
    assert central_people(nx.MultiDiGraph()) == []


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_documents_read_back(fmt):
    g = small_graph()
    g.nodes[P + "ann"]["evidence"].add(("a1.txt", "Control \x01 char and <b>markup</b> & co."))
    text = network_document(g, fmt)
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    back = reader(io.BytesIO(text.encode("utf-8")))
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
    ann = back.nodes[P + "ann"]
    assert ann["label"] == "Ann Lowe" and ann["type"] == "person" and ann["first_published"] == "2017-02-24"
    assert "<b>markup</b> & co." in ann["evidence"] and "\x01" not in ann["evidence"]
    labels = {d.get("label") for _, _, d in back.edges(data=True)}
    assert {"won", "for seat", "member of (mp)"} <= labels


def test_layout_every_node_placed_islands_apart_and_repeatable():
    g = small_graph()
    first, second = layout(g), layout(g)
    assert first == second and set(first) == set(g)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())
    islands = [set(c) for c in nx.connected_components(nx.Graph(g))]

    def box(nodes):
        xs, ys = [first[n][0] for n in nodes], [first[n][1] for n in nodes]
        return min(xs), min(ys), max(xs), max(ys)

    for i, a in enumerate(islands):
        for b in islands[i + 1:]:
            ax0, ay0, ax1, ay1 = box(a)
            bx0, by0, bx1, by1 = box(b)
            assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0, "islands overlap"


def test_layout_of_a_big_component_spreads_nodes():
    g = nx.MultiDiGraph()
    hub = "party"
    g.add_node(hub)
    for i in range(600):  # a hub with many leaves, and a ring so the core is not empty
        g.add_edge(f"p{i}", hub if i % 3 else f"p{(i + 3) % 600}")
    pos = layout(g)
    assert set(pos) == set(g)
    close = sum(1 for n in g if n != hub and math.dist(pos[n], pos[hub]) < 1.0)
    assert close == 0  # leaves are set around their hub, not on it


@pytest.mark.slow
def test_build_view_from_store_with_article_and_date_filters(seed_store):
    everything = build_view(seed_store, store_label="here")
    assert everything.graph.number_of_nodes() > 20
    assert "1 article (published 2017-02-24)" in everything.heading and everything.heading.endswith("store: here")
    one = build_view(seed_store, ViewFilter(article=str(SEED)))
    assert one.graph.number_of_nodes() == everything.graph.number_of_nodes()
    dated = build_view(seed_store, ViewFilter(since=dt.date(2017, 2, 1), until=dt.date(2017, 2, 28)))
    assert dated.graph.number_of_edges() == everything.graph.number_of_edges()
    with pytest.raises(InputError, match="nothing to draw"):
        build_view(seed_store, ViewFilter(since=dt.date(2018, 1, 1)))
    focus = build_view(seed_store, ViewFilter(focus="jeremy corbyn", depth=1))
    assert "around Jeremy Corbyn (depth 1)" in focus.heading
    assert {d["label"] for _, d in focus.graph.nodes(data=True)} >= {"Jeremy Corbyn", "Labour Party"}


@pytest.mark.slow
def test_to_networkx_keeps_articles_and_only_filters(seed_store, article_file):
    second = article_file("date 2019-06-01\nConservative MP Will Quince said the party would win.\n", "second.txt")
    ingest([str(second)], seed_store)
    graph = to_networkx(seed_store)
    assert len(graph.graph["articles"]) == 2
    quince = find_node(graph, "Will Quince")
    assert len(graph.nodes[quince]["articles"]) == 2
    later = build_view(seed_store, ViewFilter(since=dt.date(2019, 1, 1)))
    assert {d["label"] for _, d in later.graph.nodes(data=True)} == {"Will Quince", "Conservative Party"}
    assert "published 2019-06-01" in later.heading
    wide = build_view(seed_store)
    assert "2 articles (published 2017-02-24 to 2019-06-01)" in wide.heading


def test_gexf_has_a_timeline_of_publication_dates_and_no_networkx_key():
    import xml.etree.ElementTree as ET

    text = network_document(small_graph(), "gexf")
    assert "networkx_key" not in text
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.fromstring(text.encode("utf-8"))
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    starts = {n.get("id"): n.get("start") for n in graph.iter("{http://www.gexf.net/1.2draft}node")}
    assert starts[P + "ann"] == "2017-02-24" and starts[P + "bob"] == "2019-05-01"
    assert {e.get("start") for e in graph.iter("{http://www.gexf.net/1.2draft}edge")} == {"2017-02-24"}  # all from article a1
    back = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert back.number_of_edges() == small_graph().number_of_edges()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_control_characters_anywhere_never_make_the_network_invalid_xml(fmt):
    """An ESC (or any character XML 1.0 cannot hold) in an article's text reaches labels, roles, relation keys and
    sentences: the document must still parse (issue 13)."""
    import xml.etree.ElementTree as ET

    g = small_graph()
    bad = "\x1b[31m\x00\x0b\ufffe"
    g.nodes[P + "ann"]["label"] = f"Ann {bad}Lowe"
    g.nodes[P + "ann"]["roles"] = {f"mp{bad}"}
    g.nodes[P + "ann"]["articles"] = {f"id{bad}"}
    g.add_edge(P + "ann", P + "lab", key=f"member of (whip{bad})", label=f"member of (whip{bad})",
               evidence={(f"a{bad}.txt", f"She was {bad} whip.")}, articles={"a1"}, rules={f"r{bad}"}, status={"current"})
    text = network_document(g, fmt)
    ET.fromstring(text.encode("utf-8"))  # raises on invalid XML
    assert "\x1b" not in text and "Ann [31mLowe" in text
