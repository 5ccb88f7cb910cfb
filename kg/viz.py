"""The interactive HTML network: pyvis with vis-network inlined, so the file opens with no network.

Tooltips are plain text: pyvis switches every tooltip to raw innerHTML as soon as one contains
"href", so that substring is broken up, and the heading (which pyvis does not escape) is escaped here.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

COLOURS = {"person": "#4e79a7", "party": "#e15759", "election": "#f28e2b", "seat": "#59a14f", "role": "#b07aa1", "event": "#edc948"}
SHAPES = {"person": "dot", "party": "diamond", "election": "star", "seat": "square", "role": "triangle", "event": "triangleDown"}
#: Past this many nodes the physics simulation makes the page unusable: lay out with networkx instead.
PHYSICS_LIMIT = 300
_BOOTSTRAP = re.compile(r"<link[^>]*bootstrap[^>]*/>|<script[^>]*bootstrap[^>]*>\s*</script>", re.S)


def _plain(text: str) -> str:
    """Text for a tooltip: no "href" (which would switch pyvis to HTML tooltips), no control chars."""
    text = "".join(ch for ch in text if ch == "\n" or ch.isprintable())
    return re.sub(r"(?i)(hre)(f)", "\\1\u200b\\2", text)


def _tooltip(data: dict[str, object]) -> str:
    lines = [str(data["label"]), f"type: {data['type']}"]
    roles = sorted(data.get("roles") or ())  # type: ignore[call-overload]
    if roles:
        lines.append("roles: " + "; ".join(roles))
    evidence = sorted(data.get("evidence") or ())  # type: ignore[call-overload]
    for source, sentence in evidence[:5]:
        lines.append(f"- {sentence[:200]} [{source}]")
    if len(evidence) > 5:
        lines.append(f"... and {len(evidence) - 5} more sentences")
    return _plain("\n".join(lines))


def _legend() -> str:
    items = "".join(
        f'<span style="margin:0 8px"><span style="display:inline-block;width:12px;height:12px;'
        f'background:{colour};border-radius:2px"></span> {kind}</span>'
        for kind, colour in COLOURS.items()
    )
    return f'<div id="legend" style="font:14px sans-serif;text-align:center;margin:4px">{items}</div>'


def render_html(graph: nx.MultiDiGraph, out: Path, heading: str) -> Path:
    """Write the view of `graph` to `out` (and nothing else) and return its path."""
    net = Network(height="85vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    big = graph.number_of_nodes() > PHYSICS_LIMIT
    positions = nx.spring_layout(nx.Graph(graph), seed=1, iterations=50) if big else {}
    scale = 40 * max(1.0, graph.number_of_nodes() ** 0.5)
    degree = dict(graph.degree())
    for node, data in graph.nodes(data=True):
        kind = str(data.get("type", "event"))
        extra = {}
        if big:
            x, y = positions[node]
            extra = {"x": float(x * scale), "y": float(y * scale), "physics": False}
        net.add_node(
            node,
            label=_plain(str(data.get("label", node)))[:60],
            title=_tooltip(data),
            color=COLOURS.get(kind, "#999999"),
            shape=SHAPES.get(kind, "dot"),
            size=10 + 3 * min(degree.get(node, 0), 15),
            group=kind,
            **extra,
        )
    for s, o, data in graph.edges(data=True):
        net.edges.append({"from": s, "to": o, "label": _plain(str(data["label"])), "title": _plain(str(data["label"])), "arrows": "to"})
    if big:
        net.toggle_physics(False)
    else:
        net.barnes_hut()
    page = net.generate_html()
    page = _BOOTSTRAP.sub("", page)
    header = f'<h2 style="font:bold 18px sans-serif;text-align:center">{html.escape(heading)}</h2>{_legend()}'
    page = page.replace("<h1></h1>", "", 2)
    page = page.replace("<body>", "<body>\n" + header, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
