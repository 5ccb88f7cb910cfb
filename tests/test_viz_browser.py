"""The HTML view in a real headless Chromium (Debian's chromium, driven by Playwright).

Each page is opened from disk; the tests wait for vis-network's first draw, then check what a reader
gets: every node and edge drawn, tooltips with the facts' sources, no errors, no network requests,
and nothing run from an article's text, neither when the page opens nor when a tooltip shows.
The seed graph's screenshot is saved under test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg.ingest import ingest
from kg.netview import ViewFilter
from kg.store import open_store
from kg.viz import PHYSICS_LIMIT, render_html, write_view
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARTIFACTS = ROOT / "test-artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="needs Debian chromium (apt-get install chromium)")]

EVIL_ARTICLE = """date 2017-03-01
<b onmouseover="window.__pwned='title'">Labour</b> news <script>window.__pwned='title-script'</script> from Copeland

Labour leader Jeremy Corbyn <script>window.__pwned=1</script> visited Copeland on Monday.

Conservative MP Will Quince <img src=x onerror="window.__pwned=2"> said the party would \
<a href="javascript:window.__pwned=3" onmouseover="window.__pwned=4">win</a> the seat.

The Copeland by-election was triggered by the resignation of Labour MP Jamie Reed <svg onload="window.__pwned=5"></svg>.
"""


class Page:
    """A page opened from disk, with everything that would show a problem recorded."""

    def __init__(self, browser, path: Path) -> None:  # type: ignore[no-untyped-def]
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: r.url != path.as_uri() and self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgFirstDraw > 0 && window.kgFitted", timeout=60_000)
        self.page.evaluate("network.stopSimulation()")  # so positions stay where the hover goes

    def eval(self, script: str):  # type: ignore[no-untyped-def]
        return self.page.evaluate(script)

    def hover_at(self, canvas_xy: dict[str, float]) -> str:
        """Move the mouse to a canvas point; return the tooltip's text ('' when none shows)."""
        dom = self.eval(f"network.canvasToDOM({json.dumps(canvas_xy)})")
        box = self.page.locator("#mynetwork canvas").bounding_box()
        self.page.mouse.move(1, 1)
        self.page.mouse.move(box["x"] + dom["x"], box["y"] + dom["y"], steps=3)
        try:
            self.page.wait_for_function("(() => { const t = document.querySelector('div.vis-tooltip');"
                                        " return t && t.style.visibility !== 'hidden' && t.innerText.length > 0; })()",
                                        timeout=3_000)
        except Exception:
            return ""
        return str(self.eval("document.querySelector('div.vis-tooltip').innerText"))

    def hover_node(self, node: str) -> str:
        self.eval(f"network.moveTo({{position: network.getPositions([{json.dumps(node)}])[{json.dumps(node)}], scale: 1.2}})")
        return self.hover_at(self.eval(f"network.getPositions([{json.dumps(node)}])[{json.dumps(node)}]"))

    def hover_edge(self, edge_id: str) -> str:
        point = self.eval(f"network.body.edges[{json.dumps(edge_id)}].edgeType.getPoint(0.5)")
        self.eval(f"network.moveTo({{position: {json.dumps(point)}, scale: 1.2}})")
        return self.hover_at(self.eval(f"network.body.edges[{json.dumps(edge_id)}].edgeType.getPoint(0.5)"))


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield launched
        launched.close()


def _drawn_counts(page: Page) -> tuple[int, int]:
    return page.eval("network.body.data.nodes.length"), page.eval("network.body.data.edges.length")


@pytest.mark.slow
def test_seed_graph_draws_every_node_with_tooltips_and_screenshot(browser, seed_store, tmp_path):
    out = tmp_path / "seed.html"
    view = write_view(seed_store, out, store_label="seed store")
    page = Page(browser, out)
    assert _drawn_counts(page) == (view.graph.number_of_nodes(), view.graph.number_of_edges())
    # small: the simulation laid it out (it stabilised), then stopped so the fitted view holds still
    assert page.eval("network.physics.stabilized") is True and page.eval("network.physics.options.enabled") is False
    heading = page.eval("document.getElementById('kg-heading').textContent")
    assert heading.startswith("kg: ") and heading.endswith("store: seed store")
    assert f"{view.graph.number_of_nodes()} entities, {view.graph.number_of_edges()} relations" in heading
    assert "published 2017-02-24" in heading
    legend = page.eval("document.getElementById('legend').innerText")
    assert all(kind in legend for kind in ("person", "party", "election", "seat"))
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "seed-graph.png"))

    corbyn = next(n for n, d in view.graph.nodes(data=True) if d["label"] == "Jeremy Corbyn")
    tip = page.hover_node(corbyn)
    assert tip.startswith("Jeremy Corbyn") and "type: person" in tip and "roles: leader" in tip
    assert "2017-02-24" in tip and "copeland-2017-independent.txt" in tip
    assert "Labour voters opted for the Tories in Copeland" in tip  # an evidence sentence
    page.page.screenshot(path=str(ARTIFACTS / "seed-graph-tooltip.png"))
    edge = page.eval("network.body.data.edges.get().find(e => e.label === 'won' && e.from.endsWith('trudy-harrison')).id")
    edge_tip = page.hover_edge(edge)
    assert "Trudy Harrison \u2192 won \u2192 2017 Copeland by-election" in edge_tip
    assert not page.errors and not page.requests and not page.dialogs
    page.page.close()


@pytest.mark.slow
def test_focus_view_draws_the_neighbourhood(browser, seed_store, tmp_path):
    out = tmp_path / "focus.html"
    view = write_view(seed_store, out, ViewFilter(focus="jeremy corbyn", depth=1), store_label="s")
    page = Page(browser, out)
    assert _drawn_counts(page) == (view.graph.number_of_nodes(), view.graph.number_of_edges())
    labels = set(page.eval("network.body.data.nodes.get().map(n => n.label)"))
    assert labels == {d["label"] for _, d in view.graph.nodes(data=True)} and "Jeremy Corbyn" in labels
    assert "around Jeremy Corbyn (depth 1)" in page.eval("document.getElementById('kg-heading').textContent")
    assert not page.errors and not page.requests
    page.page.close()


@pytest.mark.slow
def test_article_carrying_script_runs_nothing_on_open_or_hover(browser, tmp_path, article_file):
    source = article_file(EVIL_ARTICLE, "evil.txt")
    store = open_store(str(tmp_path / "store"), write=True)
    try:
        ingest([str(source)], store)
        out = tmp_path / "evil.html"
        view = write_view(store, out, store_label='<img src=x onerror="window.__pwned=9">')
    finally:
        store.close()
    evidence = " ".join(s for _, _, d in view.graph.edges(data=True) for _, s in d["evidence"])
    assert "<script>" in evidence and "onerror" in evidence and "javascript:" in evidence  # the payload is in the graph
    page = Page(browser, out)
    assert _drawn_counts(page) == (view.graph.number_of_nodes(), view.graph.number_of_edges())
    assert page.eval("window.__pwned") is None
    # the page holds no element or attribute the article could have brought in
    assert page.eval("document.querySelectorAll('img, svg:not(.kg-key svg), a, b, iframe, object').length") == 0
    assert page.eval("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length") == 0
    assert page.eval("document.getElementById('kg-heading').textContent").endswith('store: <img src=x onerror="window.__pwned=9">')
    # every tooltip is an element of plain text lines (no attributes, no markup)
    assert page.eval("""[...network.body.data.nodes.get(), ...network.body.data.edges.get()].every(item =>
        item.title instanceof Element && [...item.title.querySelectorAll('*')].every(
            e => (e.tagName === 'DIV' || e.tagName === 'STRONG') && e.attributes.length === 0))""")
    shown = []
    for node in view.graph:
        shown.append(page.hover_node(node))
        page.page.mouse.move(1, 1)
    for edge_id in page.eval("network.body.data.edges.getIds()"):
        shown.append(page.hover_edge(edge_id))
    text = "\n".join(shown)
    assert "<script>window.__pwned=1</script>" in text and '<img src=x onerror="window.__pwned=2">' in text
    assert 'href="javascript:window.__pwned=3"' in text  # shown as text, exactly as the article has it
    assert page.eval("document.querySelectorAll('div.vis-tooltip *').length") > 0
    assert page.eval("document.querySelectorAll('div.vis-tooltip img, div.vis-tooltip a, div.vis-tooltip script').length") == 0
    assert page.eval("window.__pwned") is None
    assert not page.errors and not page.requests and not page.dialogs
    page.page.close()


def _big_graph(n: int) -> nx.MultiDiGraph:
    rnd = random.Random(4)
    g = nx.MultiDiGraph()
    for i in range(n):
        kind = "party" if i < 5 else "person"
        g.add_node(f"n{i}", label=f"{kind} {i}", type=kind, roles=set(), evidence={("a.txt", f"Sentence {i}.")}, articles=set())
    for i in range(5, n):
        g.add_edge(f"n{i}", f"n{rnd.randrange(5)}", key="member of (mp)", label="member of (mp)", evidence=set(), articles=set())
    return g


def test_big_graph_opens_with_physics_off_and_all_nodes(browser, tmp_path):
    graph = _big_graph(PHYSICS_LIMIT + 50)
    out = render_html(graph, tmp_path / "big.html", "big")
    page = Page(browser, out)
    assert page.eval("network.physics.options.enabled") is False
    assert _drawn_counts(page) == (graph.number_of_nodes(), graph.number_of_edges())
    assert "party 0" in page.hover_node("n0")
    assert not page.errors and not page.requests
    page.page.close()


def test_markup_in_every_field_stays_text(browser, tmp_path):
    """Labels, roles, titles, sources and relations all carrying markup (and "href"), drawn and hovered."""
    from kg.netgraph import ArticleInfo

    evil = '<img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=2" onclick="window.__pwned=3">x</a>'
    g = nx.MultiDiGraph()
    g.graph["articles"] = {"a": ArticleInfo("a", "<script>window.__pwned=4</script>" + evil, "javascript:window.__pwned=5", None)}
    g.add_node("p", label="Ann <b>Lowe</b>" + evil, type="person", roles={evil}, articles={"a"}, evidence={(evil, evil)})
    g.add_node("q", label="</script><script>window.__pwned=6</script>", type="party", roles=set(), articles={"a"}, evidence=set())
    g.add_edge("p", "q", key=evil, label=evil, articles={"a"}, evidence={("s", "<svg onload=window.__pwned=7>")})
    out = render_html(g, tmp_path / "evil.html", heading="</h1><script>window.__pwned=8</script>" + evil)
    page = Page(browser, out)
    assert _drawn_counts(page) == (2, 1)
    tips = [page.hover_node("p"), page.hover_node("q"), page.hover_edge("e0")]
    assert all(tips) and evil in tips[0] and "<svg onload=window.__pwned=7>" in tips[2]
    assert page.eval("document.getElementById('kg-heading').textContent").startswith("</h1><script>")
    assert page.eval("document.querySelectorAll('img, a, iframe').length") == 0
    assert page.eval("window.__pwned") is None
    assert not page.errors and not page.requests and not page.dialogs
    page.page.close()
