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
