import json
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg.viz import render_html

EVIL = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> <a href="javascript:alert(1)">x</a>'


def evil_graph():
    graph = nx.MultiDiGraph()
    graph.add_node("p", label="Ann <b>Lowe</b>", type="person", evidence={("a.txt", EVIL)}, roles={"mp"})
    graph.add_node("q", label="Labour Party", type="party", evidence=set(), roles=set())
    graph.add_edge("p", "q", key="member of (mp)", label="member of (mp)", evidence=set())
    return graph


def test_self_contained_and_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = render_html(evil_graph(), tmp_path / "v.html", heading=EVIL)
    page = out.read_text()
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", page)
    assert "vis.Network" in page and "<script>window.__pwned" not in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.html"]  # nothing else written (no ./lib)


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Debian chromium")
def test_opens_in_headless_chromium_and_runs_nothing(tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    out = render_html(evil_graph(), tmp_path / "v.html", heading=EVIL)
    errors, requests = [], []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("request", lambda r: not r.url.startswith(("file:", "data:")) and requests.append(r.url))
        page.goto(Path(out).as_uri())
        page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0")
        assert page.evaluate("network.body.data.nodes.length") == 2
        assert page.evaluate("network.body.data.edges.length") == 1
        pos = page.evaluate("network.canvasToDOM(network.getPositions(['p'])['p'])")
        box = page.locator("#mynetwork canvas").bounding_box()
        page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_timeout(800)
        assert page.evaluate("window.__pwned === undefined")
        browser.close()
    assert not errors and not requests


def test_tooltips_travel_as_inert_json_never_as_pyvis_titles(tmp_path):
    graph = evil_graph()
    graph.nodes["p"]["evidence"].add(("a.txt", "</script><script>window.__pwned=1</script> with an href"))
    page = render_html(graph, tmp_path / "v.html", heading="h").read_text()
    assert "popup.innerHTML" not in page  # pyvis' raw-HTML tooltip template is off
    assert "</script><script>window.__pwned" not in page and "<\\/script>" not in page
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((.*?)\);", page).group(1))
    assert nodes and not any("title" in node for node in nodes)
    block = re.search(r'<script type="application/json" id="kg-tips">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    tips = json.loads(block)
    assert tips["nodes"]["p"][0] == "Ann <b>Lowe</b>" and "type: person" in tips["nodes"]["p"]
    assert any("</script><script>window.__pwned=1</script> with an href" in line for line in tips["nodes"]["p"])
    assert tips["edges"]["e0"][0] == "Ann <b>Lowe</b> \u2192 member of (mp) \u2192 Labour Party"


def test_page_data_details_status_and_safe_wikidata(tmp_path):
    from kg.viz import edge_label, node_details, page_data

    g = nx.MultiDiGraph()
    g.add_node("p", label="Jamie Reed", type="person")
    g.add_node("q", label="Labour Party", type="party", wikidata="Q9630")
    g.add_node("r", label="Bad", type="party", wikidata='javascript:alert(1)')
    g.add_node("e", label="2017 Copeland by-election", type="election", majority="2147")
    g.add_node("s", label="Copeland", type="seat")
    g.add_edge("p", "q", key="member of (mp)", label="member of (mp)", status={"former"}, articles={"a"},
               proofs={("a", "Reed was a Labour MP.", "roles.copula"), ("a", "Reed was a Labour MP.", "roles.apposition")})
    g.add_edge("p", "e", key="resignation triggered", label="resignation triggered", articles={"a"})
    g.add_edge("e", "s", key="for seat", label="for seat", articles={"a"})
    assert edge_label(g.edges["p", "q", "member of (mp)"]) == "former member of (mp)"
    assert node_details(g, "p") == [["role", "mp, Labour Party (former)"]]
    assert node_details(g, "e") == [["seat", "Copeland"], ["majority", "2147"], ["trigger", "resignation of Jamie Reed"]]
    assert node_details(g, "q") == [["people", "1 (1 former)"]]
    data = page_data(g, {("p", "q", "member of (mp)"): "e0", ("p", "e", "resignation triggered"): "e1", ("e", "s", "for seat"): "e2"})
    assert data["nodes"]["q"]["wd"] == "Q9630" and "wd" not in data["nodes"]["r"]  # only a Q-id reaches the page
    assert data["edges"]["e0"] == {"f": "p", "t": "q", "r": "former member of (mp)", "st": "former", "a": ["a"],
                                   "p": [["a", "Reed was a Labour MP.", "roles.apposition, roles.copula", ""]]}


def test_seed_graph_carries_status_rules_and_wikidata(seed_store):
    from kg.netgraph import to_networkx

    g = to_networkx(seed_store)
    labour = next(n for n, d in g.nodes(data=True) if d["label"] == "Labour Party")
    assert g.nodes[labour]["wikidata"] == "Q9630"
    hunt = next(n for n, d in g.nodes(data=True) if d["label"] == "Tristram Hunt")
    data = g.edges[hunt, labour, "member of (mp)"]
    assert data["status"] == {"former"} and all(aid and sentence and rule for aid, sentence, rule in data["proofs"])


def test_focused_view_carries_one_hop_more_capped_and_said_so(tmp_path):
    from kg.netview import beyond, filter_graph

    g = nx.MultiDiGraph()
    g.add_node("c", label="Centre", type="person")
    for i in range(5):  # c - pi - si: the parties are one hop out, the seats two, the seats' people three
        g.add_node(f"p{i}", label=f"Party {i}", type="party")
        g.add_node(f"s{i}", label=f"Seat <b>{i}</b>", type="seat", evidence={("a.txt", EVIL)})
        g.add_node(f"q{i}", label=f"Person {i}", type="person")
        g.add_edge("c", f"p{i}", key="member of (mp)", label="member of (mp)")
        g.add_edge(f"p{i}", f"s{i}", key="won", label="won", evidence={("a.txt", EVIL)})
        g.add_edge(f"q{i}", f"s{i}", key="won", label="won")
    g.add_edge("s0", "s1", key="next to", label="next to")
    drawn = filter_graph(g, focus="Centre", depth=1)
    more = beyond(g, drawn)
    assert (more.shipped, more.total) == (5, 5) and set(more.graph) == set(drawn) | {f"s{i}" for i in range(5)}
    assert more.graph.has_edge("s0", "s1")  # relations among the next hop travel too
    assert set(beyond(g, drawn, types=["person"]).graph) == set(drawn)  # --type applies to the next hop
    page = render_html(drawn, tmp_path / "v.html", "h", more=more).read_text()
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    assert set(data["nodes"]) == set(drawn) and set(data["more"]["nodes"]) == {f"s{i}" for i in range(5)}
    seat = data["more"]["nodes"]["s0"]
    assert seat["l"] == "Seat <b>0</b>" and seat["tip"][0] == "Seat <b>0</b>" and seat["v"]["shape"] == "square"
    assert {(e["f"], e["t"]) for e in data["more"]["edges"].values()} == {(f"p{i}", f"s{i}") for i in range(5)} | {("s0", "s1")}
    assert all(e["v"]["id"] == eid and e["tip"] for eid, e in data["more"]["edges"].items())
    assert "5</span> more in this file)" in page and "best connected" not in page
    assert 'value="seat" checked>' in page  # a type switch for what a double-click can add
    capped = beyond(g, drawn, limit=2)
    assert (capped.shipped, capped.total) == (2, 5) and len(capped.graph) == len(drawn) + 2
    page = render_html(drawn, tmp_path / "c.html", "h", more=capped).read_text()
    assert "2</span> more in this file; capped at 2: 3 of the 5 neighbours, the least connected, were left out)" in page
    plain = render_html(g, tmp_path / "all.html", "h").read_text()  # unfocused: everything drawn, nothing more
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', plain, re.S).group(1)
    assert "more" not in json.loads(block) and 'id="kg-more"' not in plain


def test_tooltips_show_whether_a_role_is_current_or_former():
    from kg.viz import _edge_tooltip, _tooltip

    person = {"label": "Ruth Dale", "type": "person", "roles": {"mp", "leader", "whip"},
              "role_status": {"mp": {"former"}, "leader": {"current", "former"}}}
    assert "roles: leader (current); mp (former); whip" in _tooltip(person)
    edge = {"label": "member of (mp)", "status": {"former"}, "articles": set()}
    assert "status: former" in _edge_tooltip("Ruth Dale", "former member of (mp)", "Labour Party", edge, {})


def test_seed_person_tooltip_carries_role_status(seed_store):
    from kg.netgraph import to_networkx
    from kg.viz import _tooltip

    g = to_networkx(seed_store)
    hunt = next(d for _, d in g.nodes(data=True) if d["label"] == "Tristram Hunt")
    assert any("mp (former)" in line for line in _tooltip(hunt))
