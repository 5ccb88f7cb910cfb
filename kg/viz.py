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
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kg.errors import InputError
from kg.layout import layout
from kg.netview import Beyond, View, ViewFilter, build_view, date_range
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
    held: dict[str, set[str]] = data.get("role_status") or {}  # type: ignore[assignment]
    roles = [f"{role} ({status({'status': held[role]})})" if held.get(role) else role
             for role in sorted(data.get("roles") or ())]  # type: ignore[call-overload]
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
    held = [f"status: {status(data)}"] if status(data) else []  # a role's: current or former
    return [_clip(f"{source} \u2192 {relation} \u2192 {target}", 200), *held, *_sources(data, articles), *made_by, *_evidence(data)]


# ---- the data the page explores: search, details panel, filters, CSV -------------------------------
#: A Wikidata item id: the only part of an owl:sameAs that reaches the page (the link is built from it).
_QID = re.compile(r"Q[1-9][0-9]{0,11}")
#: Sentences in the details panel and the CSV are clipped at this length (an article's whole text is no sentence).
MAX_PANEL_SENTENCE = 1000


def status(data: dict[str, object]) -> str:
    """A role's status as drawn: "current" when any article says so, else "former", else "" (not a role)."""
    found = data.get("status") or ()
    return "current" if "current" in found else ("former" if "former" in found else "")  # type: ignore[operator]


def edge_label(data: dict[str, object]) -> str:
    """A relation's label with its status when it is over: "former member of (mp)"."""
    label = str(data.get("label", ""))
    return f"former {label}" if status(data) == "former" else label


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return _clip(str(graph.nodes[node].get("label", node)), 120)


def _person_details(graph: nx.MultiDiGraph, node: str) -> list[list[str]]:
    rows = []
    for _, target, data in graph.out_edges(node, data=True):
        rel, state = str(data.get("label", "")), status(data) or "status unknown"
        if rel.startswith("member of (") and rel.endswith(")"):
            rows.append(["role", f"{rel[len('member of ('):-1]}, {_label(graph, target)} ({state})"])
        elif rel == "holds role":
            rows.append(["role", f"{_label(graph, target)} ({state})"])
    return sorted(rows)


def _election_details(graph: nx.MultiDiGraph, node: str) -> list[list[str]]:
    data = graph.nodes[node]
    rows = [[key, _label(graph, o)] for _, o, rel in graph.out_edges(node, keys=True)
            for key, wanted in (("seat", "for seat"), ("party", "won by")) if rel == wanted]
    rows += [["winner", _label(graph, s)] for s, _, rel in graph.in_edges(node, keys=True) if rel == "won"]
    rows += [[name, _clip(str(data[key]), 80)] for key, name in (("majority", "majority"), ("date", "date"), ("outcome", "outcome"))
             if data.get(key) not in (None, "")]
    rows += [["trigger", f"{str(rel)[: -len(' triggered')]} of {_label(graph, s)}"]
             for s, _, rel in graph.in_edges(node, keys=True) if str(rel).endswith(" triggered")]
    order = ["seat", "winner", "party", "majority", "date", "outcome", "trigger"]
    return sorted(rows, key=lambda row: (order.index(row[0]), row[1]))


def _party_details(graph: nx.MultiDiGraph, node: str) -> list[list[str]]:
    states = Counter(status(d) for _, _, rel, d in graph.in_edges(node, keys=True, data=True) if str(rel).startswith("member of ("))
    if not states:
        return []
    parts = ", ".join(f"{states[k]} {k}" for k in ("current", "former") if states[k])
    return [["people", f"{sum(states.values())}" + (f" ({parts})" if parts else "")]]


def node_details(graph: nx.MultiDiGraph, node: str) -> list[list[str]]:
    """What the details panel lists about an entity, as [what, value] lines of plain text."""
    kind = graph.nodes[node].get("type")
    if kind == "person":
        return _person_details(graph, node)
    if kind == "election":
        return _election_details(graph, node)
    if kind == "party":
        return _party_details(graph, node)
    return []


def _proofs(data: dict[str, object]) -> list[list[str]]:
    """Each sentence behind a fact with its article id and the rules that made it: [article, sentence, rules, source]."""
    rules: dict[tuple[str, str], set[str]] = {}
    for aid, sentence, rule in data.get("proofs") or ():  # type: ignore[attr-defined]
        rules.setdefault((str(aid), str(sentence)), set()).update({str(rule)} if rule else set())
    found = [[aid, _clip(sentence, MAX_PANEL_SENTENCE), ", ".join(sorted(made)), ""] for (aid, sentence), made in sorted(rules.items())]
    if not found:  # a graph made without article ids: the sentences and their sources
        found = [["", _clip(sentence, MAX_PANEL_SENTENCE), ", ".join(sorted(data.get("rules") or ())), _clip_path(source, 200)]  # type: ignore[call-overload]
                 for source, sentence in sorted(data.get("evidence") or ())]  # type: ignore[call-overload]
    return found


def page_data(graph: nx.MultiDiGraph, edge_ids: dict[tuple[str, str, str], str], only: Iterable[str] | None = None) -> dict[str, object]:
    """Everything the page's search, panel, filters and CSV export read, as plain text (never markup):
    about the nodes `only` (default: all) and the edges in `edge_ids`."""
    infos: dict[str, object] = graph.graph.get("articles", {})
    arts = {aid: [_clip(str(getattr(info, "title", "")), 300), str(getattr(info, "published", None) or ""),
                  _clip_path(str(getattr(info, "source", "")), 200)] for aid, info in infos.items()}
    nodes: dict[str, dict[str, object]] = {}
    for node in graph if only is None else only:
        data = graph.nodes[node]
        entry: dict[str, object] = {"l": _clip(str(data.get("label", node)), 200), "t": str(data.get("type", "event")),
                                    "d": graph.degree(node), "x": node_details(graph, node),
                                    "a": sorted(data.get("articles") or ())}
        if _QID.fullmatch(str(data.get("wikidata", ""))):
            entry["wd"] = str(data["wikidata"])
        nodes[node] = entry
    edges = {edge_id: {"f": s, "t": o, "r": _clip(edge_label(data), 120), "st": status(data),
                       "a": sorted(data.get("articles") or ()), "p": _proofs(data)}
             for (s, o, key), edge_id in edge_ids.items() for data in (graph.edges[s, o, key],)}
    for (s, o, key), edge_id in edge_ids.items():  # a party from kg's reference data, not the text (kg.reference)
        if graph.edges[s, o, key].get("basis"):
            edges[edge_id]["pb"] = "; ".join(sorted(graph.edges[s, o, key]["basis"]))
    return {"articles": arts, "nodes": nodes, "edges": edges}


_SVG_SHAPES = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "triangle": '<polygon points="8,1 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,15"/>',
}


def _legend(counts: Counter[str] | None = None) -> str:
    """Shape and colour of each node type drawn (with its count), each a switch that shows or hides that type."""
    kinds = [k for k in COLOURS if counts is None or k in counts] + sorted(k for k in (counts or {}) if k not in COLOURS)
    items = "".join(
        f'<label class="kg-key"><input type="checkbox" class="kg-type" value="{html.escape(kind)}" checked>'
        f'<svg width="16" height="16" viewBox="0 0 16 16" fill="{COLOURS.get(kind, "#999999")}" '
        f'stroke="#333" stroke-width="0.8">{_SVG_SHAPES[SHAPES.get(kind, "dot")]}</svg> {html.escape(kind)}'
        f'{f" <span class=kg-n>({counts[kind]})</span>" if counts else ""}</label>'
        for kind in kinds
    )
    return f'<div id="legend" title="show or hide a type of entity">{items}</div>'


def _more_hint(more: Beyond | None) -> str:
    """What a double-click adds to a focused view, and whether the file holds all of it."""
    if more is None or not more.shipped:
        return ""
    capped = (f"; capped at {more.limit:,}: {more.total - more.shipped:,} of the {more.total:,} neighbours, "
              "the least connected, were left out") if more.shipped < more.total else ""
    return (f'<span class="kg-hint" id="kg-more">double-click an entity to add its neighbours '
            f'(<span id="kg-left">{more.shipped:,}</span> more in this file{capped})</span>')


def _toolbar(graph: nx.MultiDiGraph, counts: Counter[str], more: Beyond | None = None) -> str:
    """Search box, type switches, publication dates, role status and export buttons (no data in it but counts and dates)."""
    span = date_range(more.graph if more else graph)
    lo, hi = (str(span[0]), str(span[1])) if span else ("", "")
    dates = (f'<span class="kg-group" id="kg-dates">published <input type="date" id="kg-since" min="{lo}" max="{hi}" value="{lo}">'
             f' to <input type="date" id="kg-until" min="{lo}" max="{hi}" value="{hi}"></span>') if span else ""
    return (
        '<div id="kg-tools">'
        '<span class="kg-group" id="kg-find"><input id="kg-search" type="search" placeholder="Find an entity\u2026" '
        'autocomplete="off" spellcheck="false" aria-label="Find an entity by name">'
        '<ul id="kg-results" role="listbox" hidden></ul></span>'
        f'{_legend(counts)}{dates}'
        '<span class="kg-group" title="roles held now, or before the article">'
        '<label><input type="checkbox" id="kg-current" checked> current</label> '
        '<label><input type="checkbox" id="kg-former" checked> former roles</label></span>'
        '<span class="kg-group"><button type="button" id="kg-png" title="the view as shown, as a PNG image">PNG</button> '
        '<button type="button" id="kg-csv" title="the facts shown, with their sentences, as CSV">CSV</button></span>'
        '<span class="kg-hint">click for details \u00b7 Esc clears \u00b7 scroll to zoom</span>'
        f'{_more_hint(more)}</div>'
    )


_PANEL = ('<aside id="kg-panel" hidden><button type="button" id="kg-close" aria-label="Close the details" title="close">\u00d7</button>'
          '<div id="kg-panel-body"></div></aside>')

_STYLE = """<style>
html, body { height: 100%; }
body { margin: 0; font: 14px sans-serif; color: #222; display: flex; flex-direction: column; overflow: hidden; }
#kg-head { flex: none; padding: 4px 10px 4px; border-bottom: 1px solid #ddd; }
#kg-heading { font: bold 14px sans-serif; margin: 0 0 3px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#kg-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 14px; font-size: 13px; }
#legend { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 10px; }
.kg-key { cursor: pointer; white-space: nowrap; }
.kg-key input { display: none; }
.kg-key:has(input:not(:checked)) { opacity: 0.35; text-decoration: line-through; }
.kg-key svg { vertical-align: -3px; }
.kg-group { white-space: nowrap; }
.kg-group input[type=date] { font-size: 12px; }
.kg-hint { color: #666; font-size: 12px; margin-left: auto; }
#kg-more { margin-left: 0; color: #1a5fb4; }
#kg-find { position: relative; }
#kg-search { width: 15em; font-size: 13px; }
#kg-results { position: absolute; z-index: 20; left: 0; top: 100%; margin: 0; padding: 0; list-style: none; background: #fff;
  border: 1px solid #aaa; box-shadow: 0 2px 6px rgba(0,0,0,.2); min-width: 18em; max-height: 60vh; overflow-y: auto; }
#kg-results li { padding: 3px 8px; cursor: pointer; white-space: nowrap; }
#kg-results li.kg-active, #kg-results li:hover { background: #e8f0fe; }
#kg-results .kg-kind { color: #777; font-size: 11px; margin-left: 6px; }
div.card { flex: 1 1 auto; min-height: 0; position: relative; }
#mynetwork { position: absolute !important; top: 0; left: 0; right: 0; bottom: 0; width: auto !important; height: auto !important;
  float: none !important; border: 0 !important; }
#kg-panel { position: absolute; z-index: 10; top: 8px; right: 8px; bottom: 8px; width: min(380px, 45%); overflow-y: auto;
  background: rgba(255,255,255,.97); border: 1px solid #bbb; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 8px 12px;
  font-size: 13px; user-select: text; }
#kg-panel[hidden] { display: none; }
#kg-close { float: right; border: 0; background: none; font-size: 20px; cursor: pointer; line-height: 1; }
#kg-panel h2 { font-size: 16px; margin: 0 0 4px; overflow-wrap: anywhere; }
#kg-panel h3 { font-size: 13px; margin: 10px 0 4px; border-bottom: 1px solid #ddd; }
#kg-panel .kg-row { margin: 2px 0; }
#kg-panel .kg-what { color: #666; }
#kg-panel .kg-fact { margin: 6px 0 8px; }
#kg-panel .kg-go { border: 0; background: none; color: #1a5fb4; cursor: pointer; padding: 0; font: inherit; text-decoration: underline; }
#kg-panel blockquote { margin: 3px 0 1px 10px; padding-left: 6px; border-left: 3px solid #ccc; }
#kg-panel .kg-meta { margin-left: 16px; color: #555; font-size: 12px; overflow-wrap: anywhere; }
div.vis-tooltip { white-space: normal; max-width: 560px; font: 13px sans-serif; padding: 6px 8px; }
.kg-tip strong { display: block; font-size: 14px; margin-bottom: 2px; }
.kg-tip div { margin: 1px 0; }
</style>"""

# Runs inside pyvis's script, right after drawGraph(): `network`, `nodes` and `edges` are its globals.
_SCRIPT = r"""
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

// Search, filters, details panel and export. Every string from the data is set with textContent
// (or as an attribute value built here, for the one Wikidata link): never as HTML.
(function () {
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var kg = window.kg = {data: data};
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  var nodeIds = Object.keys(data.nodes), edgeIds = Object.keys(data.edges), incident = {};
  nodeIds.forEach(function (id) { incident[id] = []; });
  edgeIds.forEach(function (eid) { var e = data.edges[eid]; incident[e.f].push(eid); incident[e.t].push(eid); });
  var index = nodeIds.map(function (id) { return {id: id, key: fold(data.nodes[id].l), deg: data.nodes[id].d}; });
  // a focused view's next hop, undrawn: each entity's relations to it, for a double-click to add (kg.expand)
  var more = data.more || {nodes: {}, edges: {}}, waiting = {};
  Object.keys(more.edges).forEach(function (eid) {
    var e = more.edges[eid];
    [e.f, e.t].forEach(function (id) { (waiting[id] = waiting[id] || []).push(eid); });
  });

  // ---- filters: types, publication dates, role status -------------------------------------------
  var state = {off: {}, since: "", until: "", lo: "", hi: "", current: true, former: true};
  if ($("kg-since")) { state.lo = state.since = $("kg-since").value; state.hi = state.until = $("kg-until").value; }
  var shown = {nodes: {}, edges: {}};
  nodeIds.forEach(function (id) { shown.nodes[id] = true; });
  edgeIds.forEach(function (id) { shown.edges[id] = true; });

  function datedIn(aids) {  // the whole range keeps undated facts; a narrower one drops them (as kg viz --since does)
    if (state.since === state.lo && state.until === state.hi) return true;
    return aids.some(function (a) {
      var d = data.articles[a] ? data.articles[a][1] : "";
      return d && (!state.since || d >= state.since) && (!state.until || d <= state.until);
    });
  }
  function factShown(eid) {
    var e = data.edges[eid];
    if ((e.st === "current" && !state.current) || (e.st === "former" && !state.former)) return false;
    return datedIn(e.a);
  }
  function proofShown(p) { return !p[0] || datedIn([p[0]]); }
  kg.apply = function () {
    var facts = {}, nodeUpdates = [], edgeUpdates = [];
    edgeIds.forEach(function (eid) { facts[eid] = factShown(eid); });
    nodeIds.forEach(function (id) {
      var n = data.nodes[id], own = incident[id];
      var visible = !state.off[n.t] && (own.length ? own.some(function (eid) { return facts[eid]; }) : datedIn(n.a));
      if (visible !== shown.nodes[id]) { shown.nodes[id] = visible; nodeUpdates.push({id: id, hidden: !visible}); }
    });
    edgeIds.forEach(function (eid) {
      var e = data.edges[eid], visible = facts[eid] && shown.nodes[e.f] && shown.nodes[e.t];
      if (visible !== shown.edges[eid]) { shown.edges[eid] = visible; edgeUpdates.push({id: eid, hidden: !visible}); }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (kg.selected && !shown.nodes[kg.selected]) kg.clear();
    else if (kg.selected) highlight(kg.selected);
  };
  kg.shown = shown;
  document.querySelectorAll("input.kg-type").forEach(function (box) {
    box.addEventListener("change", function () { state.off[box.value] = !box.checked; kg.apply(); });
  });
  ["kg-since", "kg-until"].forEach(function (id) {
    if (!$(id)) return;
    $(id).addEventListener("change", function () {
      state.since = $("kg-since").value || state.lo; state.until = $("kg-until").value || state.hi; kg.apply();
    });
  });
  $("kg-current").addEventListener("change", function () { state.current = this.checked; kg.apply(); });
  $("kg-former").addEventListener("change", function () { state.former = this.checked; kg.apply(); });

  // ---- neighbourhood highlight ---------------------------------------------------------------------
  // Drawn over the finished frame: a veil over everything, then the neighbourhood drawn again on top.
  // No data set is touched, so it costs the same on 5,000 nodes as on 50 (updating every node's
  // opacity in vis' data set takes over a second there).
  var fontSize = {}, near = null;
  function highlight(id) {
    var nodesNear = {}, edgesNear = [];
    nodesNear[id] = true;
    incident[id].forEach(function (eid) {
      if (!shown.edges[eid]) return;
      var e = data.edges[eid]; edgesNear.push(eid); nodesNear[e.f] = true; nodesNear[e.t] = true;
    });
    near = {nodes: Object.keys(nodesNear), edges: edgesNear};
    network.redraw();
  }
  function undim() { if (near) { near = null; network.redraw(); } }
  kg.near = function () { return near ? near.nodes.slice() : null; };
  network.on("afterDrawing", function (ctx) {
    if (!near) return;
    var frame = document.querySelector("#mynetwork canvas"), body = network.body, labels = [];
    var lo = network.DOMtoCanvas({x: 0, y: 0}), hi = network.DOMtoCanvas({x: frame.clientWidth, y: frame.clientHeight});
    ctx.save();
    ctx.fillStyle = "rgba(255,255,255,0.8)";
    ctx.fillRect(lo.x, lo.y, hi.x - lo.x, hi.y - lo.y);
    ctx.restore();
    near.edges.forEach(function (eid) { var e = body.edges[eid]; if (e && e.connected) { e.draw(ctx); e.drawArrows(ctx); } });
    near.nodes.forEach(function (id) {
      var n = body.nodes[id];
      if (!n || n.options.hidden) return;
      var drawn = n.draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach(function (draw) { draw(); });
  });

  // ---- selecting: search, click, panel ------------------------------------------------------------
  kg.selected = null;
  kg.select = function (id, centre) {
    if (!data.nodes[id]) return;
    kg.selected = id;
    network.selectNodes([id]);
    if (centre) network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false});
    highlight(id);
    showNode(id);
  };
  kg.clear = function () {
    kg.selected = null;
    network.unselectAll();
    undim();
    $("kg-search").value = "";
    showResults([]);
  };

  var results = $("kg-results"), active = -1, found = [], pending = 0;
  kg.search = function (query) {
    var q = fold(query.trim());
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var item = index[i], at = item.key.indexOf(q);
      if (at < 0 || !shown.nodes[item.id]) continue;
      var rank = at === 0 ? 0 : (item.key.charAt(at - 1) === " " ? 1 : 2);
      hits.push([rank, -item.deg, item.key, item.id]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return hits.slice(0, 12).map(function (h) { return h[3]; });
  };
  function showResults(ids) {
    found = ids; active = ids.length ? 0 : -1;
    results.replaceChildren();
    ids.forEach(function (id, i) {
      var li = el("li", data.nodes[id].l);
      li.setAttribute("role", "option");
      li.appendChild(el("span", data.nodes[id].t, "kg-kind"));
      if (i === active) li.className = "kg-active";
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      results.appendChild(li);
    });
    results.hidden = !ids.length;
  }
  function choose(i) {
    if (i < 0 || i >= found.length) return;
    var id = found[i];
    results.hidden = true;
    $("kg-search").value = data.nodes[id].l;
    kg.select(id, true);
  }
  $("kg-search").addEventListener("input", function () {
    var ids = kg.search(this.value);
    showResults(ids);  // the list shows at once; the view follows on the next frame
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(function () {
      if (ids.length) { kg.select(ids[0], true); } else if (kg.selected) { network.unselectAll(); undim(); kg.selected = null; }
    });
  });
  $("kg-search").addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!found.length) return;
      active = (active + (event.key === "ArrowDown" ? 1 : found.length - 1)) % found.length;
      [].forEach.call(results.children, function (li, i) { li.className = i === active ? "kg-active" : ""; });
      kg.select(found[active], true);
    } else if (event.key === "Enter") {
      choose(Math.max(active, 0));
    }
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") kg.clear(); });

  network.on("click", function (params) {
    if (params.nodes.length) { kg.select(params.nodes[0], false); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else if (kg.selected) { kg.selected = null; undim(); }  // the panel stays until closed
  });

  var panel = $("kg-panel"), body = $("kg-panel-body");
  $("kg-close").addEventListener("click", function () { panel.hidden = true; });
  function row(what, value) {
    var line = el("div", null, "kg-row");
    line.appendChild(el("span", what + ": ", "kg-what"));
    line.appendChild(typeof value === "string" ? document.createTextNode(value) : value);
    return line;
  }
  function entity(id) {
    var go = el("button", data.nodes[id].l, "kg-go");
    go.type = "button";
    go.addEventListener("click", function () { kg.select(id, true); });
    return go;
  }
  function article(aid, source) {
    var a = data.articles[aid];
    if (!a) return source ? "source: " + source : "";
    return [a[1] || "no date", a[0], a[2]].filter(Boolean).join(" \u00b7 ");
  }
  function fact(eid, container) {
    var e = data.edges[eid], box = el("div", null, "kg-fact"), head = el("div");
    head.appendChild(entity(e.f));
    head.appendChild(document.createTextNode(" \u2192 " + e.r + " \u2192 "));
    head.appendChild(entity(e.t));
    if (e.st) head.appendChild(el("span", " (" + e.st + ")", "kg-what"));
    if (e.pb) head.appendChild(el("span", " [party from " + e.pb + "]", "kg-what"));
    box.appendChild(head);
    e.p.filter(proofShown).forEach(function (p) {
      box.appendChild(el("blockquote", "\u201c" + p[1] + "\u201d"));
      var meta = article(p[0], p[3]);
      if (meta) box.appendChild(el("div", meta, "kg-meta"));
      if (p[2]) box.appendChild(el("div", "rule: " + p[2], "kg-meta"));
    });
    container.appendChild(box);
  }
  function open(title) {
    body.replaceChildren(el("h2", title));
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function showNode(id) {
    var n = data.nodes[id];
    open(n.l);
    body.appendChild(row("type", n.t));
    if (n.wd && /^Q[1-9][0-9]*$/.test(n.wd)) {
      var link = el("a", n.wd);
      link.href = "https://www.wikidata.org/wiki/" + n.wd;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      body.appendChild(row("Wikidata", link));
    }
    n.x.forEach(function (r) { body.appendChild(row(r[0], r[1])); });
    var facts = incident[id].filter(function (eid) { return shown.edges[eid]; });
    body.appendChild(el("h3", "Facts (" + facts.length + ") and their evidence"));
    facts.forEach(function (eid) { fact(eid, body); });
  }
  function showEdge(eid) {
    var e = data.edges[eid];
    open(data.nodes[e.f].l + " \u2192 " + e.r + " \u2192 " + data.nodes[e.t].l);
    fact(eid, body);
  }
  kg.showEdge = showEdge;

  // ---- a focused view grows: a double-click adds an entity's neighbours carried in data.more ---------
  function tip(lines) {
    var box = el("div", null, "kg-tip");
    lines.forEach(function (line, i) { box.appendChild(el(i === 0 ? "strong" : "div", line)); });
    return box;
  }
  function around(id, count) {  // where the new neighbours go: an arc around `id`, facing away from the drawing
    var all = network.getPositions(), ids = Object.keys(all), at = all[id], cx = 0, cy = 0;
    ids.forEach(function (n) { cx += all[n].x / ids.length; cy += all[n].y / ids.length; });
    var away = ids.length > 1 ? Math.atan2(at.y - cy, at.x - cx) : 0, step = Math.min(0.6, 2 * Math.PI / count);
    var r = 170 + 8 * count;
    return function (i) { var a = away + (i - (count - 1) / 2) * step; return {x: at.x + r * Math.cos(a), y: at.y + r * Math.sin(a)}; };
  }
  function addEdges(id, added) {  // every waiting relation of `id` whose two ends are now drawn
    (waiting[id] || []).forEach(function (eid) {
      var e = more.edges[eid];
      if (data.edges[eid] || !data.nodes[e.f] || !data.nodes[e.t]) return;
      data.edges[eid] = e; edgeIds.push(eid); incident[e.f].push(eid); incident[e.t].push(eid); shown.edges[eid] = true;
      added.push(Object.assign({}, e.v, {title: tip(e.tip)}));
    });
  }
  function recount() {
    var counts = {}, left = 0;
    nodeIds.forEach(function (id) { var t = data.nodes[id].t; counts[t] = (counts[t] || 0) + 1; });
    document.querySelectorAll("input.kg-type").forEach(function (box) {
      var n = box.parentNode.querySelector(".kg-n");
      if (n) n.textContent = "(" + (counts[box.value] || 0) + ")";
    });
    Object.keys(more.nodes).forEach(function (id) { if (!data.nodes[id]) left += 1; });
    if ($("kg-left")) $("kg-left").textContent = left.toLocaleString("en-US");
  }
  kg.expand = function (id) {  // the ids of the entities added (none when the file holds no more of them)
    if (!data.nodes[id]) return [];
    var added = [], newNodes = [], newEdges = [];
    (waiting[id] || []).forEach(function (eid) {
      var e = more.edges[eid], other = e.f === id ? e.t : e.f;
      if (!data.nodes[other] && more.nodes[other] && added.indexOf(other) < 0) added.push(other);
    });
    if (!added.length) return added;
    var place = around(id, added.length);
    added.forEach(function (n, i) {
      var entry = data.nodes[n] = more.nodes[n];
      nodeIds.push(n); incident[n] = []; shown.nodes[n] = true;
      index.push({id: n, key: fold(entry.l), deg: entry.d});
      newNodes.push(Object.assign({}, entry.v, place(i), {title: tip(entry.tip)}));
    });
    added.forEach(function (n) { addEdges(n, newEdges); });
    nodes.add(newNodes);
    edges.add(newEdges);
    recount();
    kg.apply();  // the filters set apply to what was added
    if (kg.selected === id && !panel.hidden) showNode(id);  // its panel lists the added facts too
    return added;
  };
  network.on("doubleClick", function (params) { if (params.nodes.length) kg.expand(params.nodes[0]); });

  // ---- export -------------------------------------------------------------------------------------
  function cell(value) {
    var text = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;  // a spreadsheet would run it as a formula
    return '"' + text.replace(/"/g, '""') + '"';
  }
  kg.csv = function () {
    var lines = [["subject", "relation", "object", "status", "published", "article", "source", "sentence", "rules"].map(cell).join(",")];
    edgeIds.forEach(function (eid) {
      if (!shown.edges[eid]) return;
      var e = data.edges[eid], subject = data.nodes[e.f].l, object = data.nodes[e.t].l;
      e.p.filter(proofShown).forEach(function (p) {
        var a = data.articles[p[0]] || ["", "", p[3]];
        lines.push([subject, e.r, object, e.st, a[1], a[0], a[2], p[1], p[2]].map(cell).join(","));
      });
    });
    return lines.join("\r\n") + "\r\n";
  };
  function download(name, url) {
    var link = document.createElement("a");  // never attached to the page
    link.download = name;
    link.href = url;
    link.click();
  }
  $("kg-csv").addEventListener("click", function () {
    var url = URL.createObjectURL(new Blob(["\ufeff" + kg.csv()], {type: "text/csv;charset=utf-8"}));
    download("kg-facts.csv", url);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });
  kg.png = function () {
    var source = document.querySelector("#mynetwork canvas"), copy = document.createElement("canvas");
    copy.width = source.width; copy.height = source.height;
    var ctx = copy.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(source, 0, 0);
    return copy.toDataURL("image/png");
  };
  $("kg-png").addEventListener("click", function () { download("kg-view.png", kg.png()); });

  // ---- the first view fills the window; the most connected entities are labelled at that zoom ------
  var order = nodeIds.slice().sort(function (a, b) { return data.nodes[b].d - data.nodes[a].d; });
  var HUBS = Math.min(order.length, Math.max(8, Math.round(Math.sqrt(order.length))));
  kg.fits = 0;  // how many times the view was fitted (load, resizes): tests wait on it
  kg.fit = function () {
    kg.fits += 1;
    network.fit({animation: false});
    var scale = network.getScale(), updates = [];
    order.slice(0, HUBS).forEach(function (id) {
      var size = Math.min(Math.max(16, 14 / scale), 600);
      if (size !== fontSize[id]) { fontSize[id] = size; updates.push({id: id, font: {size: size}}); }
    });
    if (updates.length) {
      nodes.update(updates);
      network.fit({animation: false});  // bigger labels take room: fit them too (their size no longer changes)
    }
  };
  // Stretch the drawing (its shape changed at most 2.5 times) to the window's shape, so it fills the window rather
  // than a band of it, on load and on resize; the simulation, done by now, is switched off so nothing drifts back.
  function stretch() {
    var pos = network.getPositions(), ids = Object.keys(pos);
    if (ids.length < 3) return;
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      var p = pos[id]; x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
    });
    var box = document.getElementById("mynetwork"), want = box.clientWidth / Math.max(box.clientHeight, 1);
    var have = (x1 - x0 + 1) / (y1 - y0 + 1), f = Math.sqrt(Math.min(Math.max(want / have, 1 / 2.5), 2.5));
    if (Math.abs(Math.log(f)) < 0.05) return;
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    // one update of the data set (network.moveNode would schedule a simulation step per node)
    nodes.update(ids.map(function (id) { return {id: id, x: cx + (pos[id].x - cx) * f, y: cy + (pos[id].y - cy) / f}; }));
  }
  kg.start = function () {
    network.setOptions({physics: {enabled: false}});
    stretch();
    kg.fit();
    // a label's size is known once it is drawn: fit again after the first drawing with the new label sizes
    network.once("afterDrawing", function () { kg.fit(); window.kgFitted = true; });
    network.redraw();
  };
  if (network.physics.options.enabled) {
    network.once("stabilizationIterationsDone", kg.start);
  } else {
    kg.start();
  }
  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { network.redraw(); stretch(); kg.fit(); }, 80);
  });
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
        # hubs get big label fonts so they read at the first zoom (see _SCRIPT's kg.fit); maxVisible keeps them sane zoomed in
        "nodes": {"font": {"size": 16, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1,
                  "scaling": {"label": {"maxVisible": 22}}},
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


def _vis_node(node: str, data: dict[str, object], degree: int, xy: tuple[float, float] | None) -> dict[str, object]:
    """A node as vis-network draws it: label on the canvas, colour and shape by type, size by degree."""
    kind = str(data.get("type", "event"))
    drawn: dict[str, object] = {
        "id": node,
        "label": _clip(str(data.get("label", node)), 40),
        "color": COLOURS.get(kind, "#999999"),
        "shape": SHAPES.get(kind, "dot"),
        "size": round(8 + 5 * math.sqrt(min(degree, 40)), 1),
        "kgType": kind,  # for scripts and tests; vis-network's "group" would override the colour
    }
    if xy is not None:
        drawn.update(x=round(xy[0], 1), y=round(xy[1], 1))
    return drawn


def _vis_edges(graph: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str]], prefix: str = "e") -> tuple[
        list[dict[str, object]], dict[tuple[str, str, str], str], dict[str, list[str]]]:
    """`edges` of `graph` as vis-network draws them, with their ids (prefix + number) and tooltips."""
    articles: dict[str, object] = graph.graph.get("articles", {})
    drawn, ids, tips = [], {}, {}
    parallel: Counter[tuple[str, str]] = Counter()
    for number, (s, o, key) in enumerate(edges):
        data = graph.edges[s, o, key]
        edge_id = ids[(s, o, key)] = f"{prefix}{number}"
        label = _clip(edge_label(data), 40)
        edge: dict[str, object] = {"id": edge_id, "from": s, "to": o, "label": label}
        pair = (min(s, o), max(s, o))
        if graph.number_of_edges(s, o) + graph.number_of_edges(o, s) > 1:  # fan parallel edges out, or their labels overlap
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 + 0.25 * parallel[pair]}
            parallel[pair] += 1
        drawn.append(edge)
        tips[edge_id] = _edge_tooltip(str(graph.nodes[s].get("label", s)), label, str(graph.nodes[o].get("label", o)), data, articles)
    return drawn, ids, tips


def _beyond_data(graph: nx.MultiDiGraph, more: Beyond) -> dict[str, object]:
    """The entities and relations of `more` that `graph` does not draw, each with what vis-network draws
    ("v"), its tooltip lines ("tip") and its page data: added to the view by a double-click."""
    extra = [n for n in more.graph if n not in graph]
    shown = set(graph)
    keys = [(s, o, k) for s, o, k in more.graph.edges(keys=True) if not (s in shown and o in shown)]
    vis_edges, edge_ids, edge_tips = _vis_edges(more.graph, keys, prefix="x")
    data = page_data(more.graph, edge_ids, extra)
    nodes: dict[str, dict[str, object]] = data["nodes"]  # type: ignore[assignment]
    edges: dict[str, dict[str, object]] = data["edges"]  # type: ignore[assignment]
    articles: dict[str, object] = more.graph.graph.get("articles", {})
    for node in extra:
        nodes[node].update(v=_vis_node(node, more.graph.nodes[node], more.graph.degree(node), None),
                           tip=_tooltip(more.graph.nodes[node], articles))
    for edge in vis_edges:
        edges[str(edge["id"])].update(v=edge, tip=edge_tips[str(edge["id"])])
    return {"nodes": nodes, "edges": edges, "shipped": more.shipped, "total": more.total}


def render_html(graph: nx.MultiDiGraph, out: Path, heading: str, *, physics: bool | None = None,
                more: Beyond | None = None) -> Path:
    """Write the view of `graph` to `out` (and nothing else) and return its path.

    `physics` forces the simulation on or off; by default it is on up to PHYSICS_LIMIT nodes. Nodes
    always start from kg.layout's positions, so even a simulated graph starts close to settled.
    `more` (a focused view's next hop) travels in the page's data, undrawn until a double-click.
    """
    big = (graph.number_of_nodes() > PHYSICS_LIMIT) if physics is None else not physics
    articles: dict[str, object] = graph.graph.get("articles", {})
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    positions = layout(graph)
    node_tips: dict[str, list[str]] = {}
    for node, data in graph.nodes(data=True):
        net.nodes.append(_vis_node(node, data, graph.degree(node), positions[node]))  # pyvis' add_node scans every node
        if node == graph.graph.get("focus"):  # the entity a --focus view is about
            net.nodes[-1].update(borderWidth=4, color={"background": net.nodes[-1]["color"], "border": "#111111"})
        net.node_ids.append(node)
        node_tips[node] = _tooltip(data, articles)
    net.edges, edge_ids, edge_tips = _vis_edges(graph, graph.edges(keys=True))
    net.options = _options(big)  # type: ignore[assignment]
    data = page_data(graph, edge_ids)
    if more is not None:
        data["more"] = _beyond_data(graph, more)
    page = _assemble(net.generate_html(), graph, heading, {"nodes": node_tips, "edges": edge_tips}, data, more)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


# vis-network's physics breaks ties with Math.random: seeded, the same file draws the same picture every time
# (before vis-network's own script, which the page inlines in its head)
_SEEDED_RANDOM = """<script>(function () {
  var state = 20170224;
  Math.random = function () {  // mulberry32
    state = (state + 0x6D2B79F5) | 0;
    var t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();</script>"""


def _assemble(page: str, graph: nx.MultiDiGraph, heading: str, tips: dict[str, object], data: dict[str, object],
              more: Beyond | None = None) -> str:
    """pyvis' page with kg's heading, toolbar, panel, data blocks and script added (and its bootstrap removed)."""
    if "innerHTML = nodeData" in page:  # pyvis' raw-HTML tooltips must never be on
        raise AssertionError("pyvis switched to raw-HTML tooltips")
    page = _BOOTSTRAP.sub("", page)
    page = page.replace("<h1></h1>", "", 2)
    counts = Counter(str(d.get("type", "event")) for _, d in graph.nodes(data=True))
    for _, d in more.graph.nodes(data=True) if more else ():
        counts[str(d.get("type", "event"))] += 0  # a switch for every type a double-click can add
    header = f'<div id="kg-head"><h1 id="kg-heading">{html.escape(heading)}</h1>{_toolbar(graph, counts, more)}</div>'
    page = page.replace("</head>", _STYLE + "\n</head>", 1)
    page = page.replace("<head>", "<head>\n" + _SEEDED_RANDOM, 1)
    blocks = _json_block("kg-tips", tips) + "\n" + _json_block("kg-data", data)  # before the script that reads them
    page = page.replace("<body>", "<body>\n" + header + "\n" + blocks, 1)
    page, panels = re.subn(r'(<div id="mynetwork"[^>]*></div>)', lambda m: m.group(1) + _PANEL, page, count=1)
    page, found = re.subn(r"(drawGraph\(\);\s*)(</script>)", lambda m: m.group(1) + _SCRIPT + m.group(2), page, count=1)
    if not (found and panels):
        raise AssertionError("pyvis' page changed: drawGraph() or #mynetwork not found")
    return page


def write_view(store: KgStore, out: Path, flt: ViewFilter | None = None, store_label: str | None = None) -> View:
    """`kg viz`: read the store, cut it down as `flt` says, write the page to `out`; return what was drawn."""
    view = build_view(store, flt, store_label)
    try:
        render_html(view.graph, out, view.heading, more=view.beyond)
    except OSError as exc:
        raise InputError(f"--out {out}: cannot write it ({exc.strerror or exc}); choose a writable place") from None
    return view
