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
