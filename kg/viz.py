"""The interactive HTML network: pyvis with vis-network inlined, so the file opens with no network.

Safety: no string from an article ever reaches the page as HTML.
- pyvis renders every tooltip with raw innerHTML as soon as one node title contains "href". So no
  pyvis node carries a title at all: tooltip text travels in a JSON data block (`<` `>` `&` escaped,
  so it cannot close its script element) and a small script builds each tooltip as a DOM element
  whose lines are set with textContent; vis-network appends the element as it is.
- Node and edge labels are drawn on the canvas, where markup is only text.
- The heading, which pyvis pastes unescaped, is left empty there and written here, escaped.

Size: past PHYSICS_LIMIT nodes vis-network's physics would take minutes to settle before the first
draw, so the positions come from kg.layout and physics is off (see bench/viz_draw.py for the timings).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kg.errors import InputError
from kg.layout import layout
from kg.netview import View, ViewFilter, build_view
from kg.store import KgStore

COLOURS = {"person": "#4e79a7", "party": "#e15759", "election": "#f28e2b", "seat": "#59a14f", "role": "#b07aa1", "event": "#edc948"}
SHAPES = {"person": "dot", "party": "diamond", "election": "star", "seat": "square", "role": "triangle", "event": "triangleDown"}
#: Past this many nodes the page opens with precomputed positions and physics off. Measured in
#: headless Chromium (bench/viz_draw.py, first draw): physics on 0.8 s at 100 nodes, 2.2 s at 300,
#: 4.2 s at 500, 6.3 s at 1,000, 44 s at 5,000; physics off 0.3 s, 0.65 s at 1,000, 1.1 s at 5,000.
PHYSICS_LIMIT = 300
#: What a tooltip shows at most: the rest is a count (the tooltip must fit on a screen).
MAX_ARTICLES, MAX_SENTENCES, MAX_SENTENCE = 4, 5, 240
_UNSAFE_JSON = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_BOOTSTRAP = re.compile(r"<link[^>]*bootstrap[^>]*/>|<script[^>]*bootstrap[^>]*>\s*</script>", re.S)


def _plain(text: str) -> str:
    """One line of text: no control characters (tooltips and labels are text, never markup)."""
    return "".join(ch for ch in str(text) if ch.isprintable() or ch == "\n").strip()


def _clip(text: str, limit: int) -> str:
    text = " ".join(_plain(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _clip_path(text: str, limit: int = 60) -> str:
    """A source path or URL, clipped at its start: the file name is the part a reader recognises."""
    text = " ".join(_plain(text).split())
    return text if len(text) <= limit else "\u2026" + text[-(limit - 1):]


def _sources(data: dict[str, object], articles: dict[str, object]) -> list[str]:
    """One line per article behind a node or edge: date, title, source."""
    ids = sorted(data.get("articles") or (), key=lambda a: (str(getattr(articles.get(a), "published", "") or ""), a))  # type: ignore[call-overload]
    lines = []
    for aid in ids[:MAX_ARTICLES]:
        info = articles.get(aid)
        if info is None:
            lines.append(f"\u2022 article {aid}")
            continue
        date = getattr(info, "published", None) or "no date"
        lines.append(f"\u2022 {date}  {_clip(str(getattr(info, 'title', '')), 90)} ({_clip_path(str(getattr(info, 'source', '')))})")
    if len(ids) > MAX_ARTICLES:
        lines.append(f"\u2026 and {len(ids) - MAX_ARTICLES} more articles")
    return lines


def _evidence(data: dict[str, object]) -> list[str]:
    """The sentences behind a node or edge, each with its source when they come from several."""
    evidence = sorted(data.get("evidence") or ())  # type: ignore[call-overload]
    several = len({source for source, _ in evidence}) > 1
    lines = [f"\u201c{_clip(sentence, MAX_SENTENCE)}\u201d" + (f" \u2014 {_clip_path(source)}" if several else "")
             for source, sentence in evidence[:MAX_SENTENCES]]
    if len(evidence) > MAX_SENTENCES:
        lines.append(f"\u2026 and {len(evidence) - MAX_SENTENCES} more sentences")
    return lines


def _tooltip(data: dict[str, object], articles: dict[str, object] | None = None) -> list[str]:
    """A node's tooltip as lines of plain text: label, type and roles, articles, evidence sentences."""
    lines = [_clip(str(data.get("label", "")), 120), f"type: {data.get('type', 'event')}"]
    roles = sorted(data.get("roles") or ())  # type: ignore[call-overload]
    if roles:
        lines.append("roles: " + _clip("; ".join(roles), 200))
    sources = _sources(data, articles or {})
    if sources:
        lines += ["articles:", *sources]
    sentences = _evidence(data)
    if sentences:
        lines += ["evidence:", *sentences]
    return lines


def _edge_tooltip(source: str, relation: str, target: str, data: dict[str, object], articles: dict[str, object]) -> list[str]:
    rules = sorted(data.get("rules") or ())  # type: ignore[call-overload]
    made_by = [_clip(f"rules: {', '.join(rules)}", 200)] if rules else []
    return [_clip(f"{source} \u2192 {relation} \u2192 {target}", 200), *_sources(data, articles), *made_by, *_evidence(data)]


_SVG_SHAPES = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangle": '<polygon points="8,1 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,15"/>',
}


def _legend(counts: Counter[str] | None = None) -> str:
    """Shape and colour of each node type drawn (with its count), and how to read the view."""
    kinds = [k for k in COLOURS if counts is None or counts[k]] + sorted(k for k in (counts or {}) if k not in COLOURS)
    items = "".join(
        f'<span class="kg-key"><svg width="16" height="16" viewBox="0 0 16 16" fill="{COLOURS.get(kind, "#999999")}" '
        f'stroke="#333" stroke-width="0.8">{_SVG_SHAPES[SHAPES.get(kind, "dot")]}</svg> {html.escape(kind)}'
        f'{f" ({counts[kind]})" if counts else ""}</span>'
        for kind in kinds
    )
    hint = '<span class="kg-hint">size: number of relations \u00b7 hover for sources \u00b7 scroll to zoom, drag to move</span>'
    return f'<div id="legend">{items}{hint}</div>'


_STYLE = """<style>
body { margin: 0; font: 14px sans-serif; color: #222; }
#kg-head { padding: 6px 10px 4px; border-bottom: 1px solid #ddd; }
#kg-heading { font: bold 16px sans-serif; margin: 0 0 4px; }
#legend { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 14px; }
.kg-key svg { vertical-align: -3px; }
.kg-hint { color: #666; font-size: 12px; margin-left: auto; }
#mynetwork { float: none !important; border: 0 !important; }
div.vis-tooltip { white-space: normal; max-width: 560px; font: 13px sans-serif; padding: 6px 8px; }
.kg-tip strong { display: block; font-size: 14px; margin-bottom: 2px; }
.kg-tip div { margin: 1px 0; }
</style>"""

# Runs inside pyvis's script, right after drawGraph(): `network`, `nodes` and `edges` are its globals.
_SCRIPT = """
(function () {
  var tips = JSON.parse(document.getElementById("kg-tips").textContent);
  function tip(lines) {
    var box = document.createElement("div");
    box.className = "kg-tip";
    for (var i = 0; i < lines.length; i++) {
      var line = document.createElement(i === 0 ? "strong" : "div");
      line.textContent = lines[i];
      box.appendChild(line);
    }
    return box;
  }
  window.kgFirstDraw = null;
  network.once("afterDrawing", function () { window.kgFirstDraw = performance.now(); });
  nodes.update(Object.keys(tips.nodes).map(function (id) { return {id: id, title: tip(tips.nodes[id])}; }));
  edges.update(Object.keys(tips.edges).map(function (id) { return {id: id, title: tip(tips.edges[id])}; }));
})();
"""


def _json_block(element_id: str, value: object) -> str:
    """JSON in a non-executed script element; `<`, `>` and `&` escaped so no text can close it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _UNSAFE_JSON.items():
        text = text.replace(char, escaped)
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _options(big: bool) -> dict[str, object]:
    """vis-network options: a short, bounded simulation for small graphs, none at all for big ones."""
    options: dict[str, object] = {
        "nodes": {"font": {"size": 16, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"font": {"size": 12, "face": "sans-serif", "color": "#555555", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "color": {"color": "#9a9a9a", "highlight": "#333333"},
                  "arrows": {"to": {"enabled": not big, "scaleFactor": 0.5}},  # on a big graph, arrowheads ring every hub
                  "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "navigationButtons": False},
        "layout": {"improvedLayout": False},
    }
    if big:
        options["physics"] = {"enabled": False}
    else:
        options["physics"] = {
            "enabled": True, "solver": "barnesHut",
            # strong central gravity keeps the small islands (a person and one role) near the main cluster
            # and long springs leave room for the edge labels
            "barnesHut": {"gravitationalConstant": -4000, "centralGravity": 0.5, "springLength": 170,
                          "springConstant": 0.04, "damping": 0.3, "avoidOverlap": 0.8},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
    return options


def render_html(graph: nx.MultiDiGraph, out: Path, heading: str, *, physics: bool | None = None) -> Path:
    """Write the view of `graph` to `out` (and nothing else) and return its path.

    `physics` forces the simulation on or off; by default it is on up to PHYSICS_LIMIT nodes. Nodes
    always start from kg.layout's positions, so even a simulated graph starts close to settled.
    """
    big = (graph.number_of_nodes() > PHYSICS_LIMIT) if physics is None else not physics
    articles: dict[str, object] = graph.graph.get("articles", {})
    net = Network(height="calc(100vh - 80px)", width="100%", directed=True, cdn_resources="in_line", heading="")
    positions = layout(graph)
    degree = dict(graph.degree())
    node_tips: dict[str, list[str]] = {}
    for node, data in graph.nodes(data=True):
        kind = str(data.get("type", "event"))
        x, y = positions[node]
        net.nodes.append({  # appended directly: pyvis' add_node/add_edge scan every node (quadratic)
            "id": node,
            "label": _clip(str(data.get("label", node)), 40),
            "color": COLOURS.get(kind, "#999999"),
            "shape": SHAPES.get(kind, "dot"),
            "size": round(8 + 5 * math.sqrt(min(degree.get(node, 0), 40)), 1),
            "kgType": kind,  # for scripts and tests; vis-network's "group" would override the colour
            "x": round(x, 1),
            "y": round(y, 1),
        })
        if node == graph.graph.get("focus"):  # the entity a --focus view is about
            net.nodes[-1].update(borderWidth=4, color={"background": net.nodes[-1]["color"], "border": "#111111"})
        net.node_ids.append(node)
        node_tips[node] = _tooltip(data, articles)
    edge_tips: dict[str, list[str]] = {}
    parallel: Counter[tuple[str, str]] = Counter()
    for number, (s, o, data) in enumerate(graph.edges(data=True)):
        edge_id = f"e{number}"
        label = _clip(str(data.get("label", "")), 40)
        edge: dict[str, object] = {"id": edge_id, "from": s, "to": o, "label": label}
        pair = (min(s, o), max(s, o))
        if graph.number_of_edges(s, o) + graph.number_of_edges(o, s) > 1:  # fan parallel edges out, or their labels overlap
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 + 0.25 * parallel[pair]}
            parallel[pair] += 1
        net.edges.append(edge)
        edge_tips[edge_id] = _edge_tooltip(str(graph.nodes[s].get("label", s)), label, str(graph.nodes[o].get("label", o)), data, articles)
    net.options = _options(big)  # type: ignore[assignment]
    page = net.generate_html()
    if "innerHTML = nodeData" in page:  # pyvis' raw-HTML tooltips must never be on
        raise AssertionError("pyvis switched to raw-HTML tooltips")
    page = _BOOTSTRAP.sub("", page)
    page = page.replace("<h1></h1>", "", 2)
    counts = Counter(str(d.get("type", "event")) for _, d in graph.nodes(data=True))
    header = f'<div id="kg-head"><h1 id="kg-heading">{html.escape(heading)}</h1>{_legend(counts)}</div>'
    page = page.replace("</head>", _STYLE + "\n</head>", 1)
    tips = _json_block("kg-tips", {"nodes": node_tips, "edges": edge_tips})  # before the script that reads it
    page = page.replace("<body>", "<body>\n" + header + "\n" + tips, 1)
    page, found = re.subn(r"(drawGraph\(\);\s*)(</script>)", lambda m: m.group(1) + _SCRIPT + m.group(2), page, count=1)
    if not found:
        raise AssertionError("pyvis' page changed: drawGraph() not found")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def write_view(store: KgStore, out: Path, flt: ViewFilter | None = None, store_label: str | None = None) -> View:
    """`kg viz`: read the store, cut it down as `flt` says, write the page to `out`; return what was drawn."""
    view = build_view(store, flt, store_label)
    try:
        render_html(view.graph, out, view.heading)
    except OSError as exc:
        raise InputError(f"--out {out}: cannot write it ({exc.strerror or exc}); choose a writable place") from None
    return view
