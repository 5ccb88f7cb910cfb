"""Node positions computed in Python, so a large view opens with physics off and draws at once.

vis-network's physics has to settle before the first draw, which takes minutes for thousands of
nodes in a browser. Here each connected component is laid out on its own and the components are then
packed in rows, biggest first, so small islands (a person and their one role) sit in a tidy grid
instead of being flung to the edge or piled on the main cluster.

Small components use networkx's spring layout (Fruchterman-Reingold over all pairs). Its cost grows
with the square of the node count (50 s for 5,000 nodes), so big components use the grid variant of
the same algorithm from Fruchterman and Reingold's paper: repulsion only between nodes closer than
twice the ideal edge length, found with a k-d tree, which is about linear per iteration.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

#: Components up to this size use networkx's exact spring layout (fast enough below it).
EXACT_LIMIT = 300
#: Pixels per unit of ideal edge length: room for a node, its label and an edge label.
UNIT = 110.0
#: At most this many hubs repel every other node (the rest repel only their near neighbours).
MAX_HEAVY = 200
_GOLDEN = math.pi * (3 - math.sqrt(5))

Positions = dict[Hashable, tuple[float, float]]


def _discs(graph: nx.Graph) -> tuple[dict[Hashable, Hashable], Counter[Hashable]]:
    """Leaves (one neighbour) and, per anchor, how many leaves it has: leaves are placed, not simulated."""
    anchor = {v: next(iter(graph[v])) for v in graph if graph.degree(v) == 1}
    return anchor, Counter(anchor.values())


def _disc_radius(leaves: int) -> float:
    """Radius of the disc an anchor's leaves fill, one unit of area each (about 1 unit apart)."""
    return max(1.0, 0.6 * math.sqrt(leaves))


def _grid_fruchterman_reingold(graph: nx.Graph, iterations: int = 80, seed: int = 1) -> np.ndarray:
    """Positions (n x 2, ideal edge length 1) of a big connected graph.

    Leaves are folded into their anchor, which then needs room for a disc of them: a party with 2,000
    members becomes one heavy node. The remaining core is laid out by Fruchterman-Reingold with
    repulsion cut off at twice the ideal edge length (their grid variant, pairs found by a k-d tree),
    plus full-range repulsion from the few heavy nodes, scaled by their disc, so discs do not overlap.
    The leaves are then set around their anchor on a sunflower spiral.
    """
    anchor, folded = _discs(graph)
    core = [v for v in graph if v not in anchor]
    index = {node: i for i, node in enumerate(core)}
    n = len(core)
    disc = np.array([_disc_radius(folded[v]) if folded[v] else 0.0 for v in core])
    room = np.where(disc > 1.5, disc, 0.0)  # small discs fit in the space an edge leaves anyway
    heavy = np.flatnonzero(room)[np.argsort(-room[room > 0])][:MAX_HEAVY]
    edges = np.array([(index[a], index[b]) for a, b in graph.subgraph(core).edges() if a != b], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    side = math.sqrt(n + float((np.pi * room**2).sum()))
    xy = rng.uniform(0, side, (n, 2))  # spectral starts collapse hubs' neighbours and can take minutes
    ideal = 1.0 + room[edges[:, 0]] + room[edges[:, 1]]
    temperature = side / 8
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        pairs = cKDTree(xy).query_pairs(2.0, output_type="ndarray")
        if len(pairs):
            delta = xy[pairs[:, 0]] - xy[pairs[:, 1]]
            force = delta / np.maximum((delta**2).sum(1), 1e-4)[:, None]  # k^2 / d along the unit vector, k = 1
            for axis in (0, 1):
                disp[:, axis] += np.bincount(pairs[:, 0], force[:, axis], n) - np.bincount(pairs[:, 1], force[:, axis], n)
        if len(heavy):
            delta = xy[heavy][:, None, :] - xy[None, :, :]
            dist2 = np.maximum((delta**2).sum(2), 1e-4)
            k = 1.0 + room[heavy][:, None] + room[None, :]
            magnitude = np.where(dist2 < 4 * k * k, k * k / dist2, 0.0)
            magnitude[np.arange(len(heavy)), heavy] = 0.0
            force = delta * magnitude[:, :, None]
            disp[heavy] += force.sum(1)
            disp -= force.sum(0)
        if len(edges):
            delta = xy[edges[:, 0]] - xy[edges[:, 1]]
            force = delta * (np.sqrt((delta**2).sum(1)) / ideal)[:, None]  # d^2 / k along the unit vector
            for axis in (0, 1):
                disp[:, axis] += np.bincount(edges[:, 1], force[:, axis], n) - np.bincount(edges[:, 0], force[:, axis], n)
        length = np.maximum(np.sqrt((disp**2).sum(1)), 1e-9)
        xy += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature = max(temperature * 0.94, 0.05)
    placed = {node: xy[i] for i, node in enumerate(core)}
    seen: Counter[Hashable] = Counter()
    for leaf, centre in anchor.items():
        count, t = folded[centre], seen[centre]
        seen[centre] += 1
        radius = max(0.9, _disc_radius(count) * math.sqrt((t + 1) / count))
        placed[leaf] = placed[centre] + radius * np.array([math.cos(t * _GOLDEN), math.sin(t * _GOLDEN)])
    return np.array([placed[node] for node in graph])


def _component(graph: nx.Graph) -> np.ndarray:
    """Positions of one connected component with ideal edge length about 1, origin at its corner."""
    n = graph.number_of_nodes()
    if n <= 2:  # a node, or a person and their one role: side by side
        return np.array([[0.0, 0.0], [1.2, 0.0]][:n])
    if n <= EXACT_LIMIT:
        pos = nx.spring_layout(graph, seed=1, iterations=100)
        xy = np.array([pos[node] for node in graph])
    else:
        xy = _grid_fruchterman_reingold(graph)
    index = {node: i for i, node in enumerate(graph)}
    lengths = [float(np.hypot(*(xy[index[a]] - xy[index[b]]))) for a, b in graph.edges()]
    xy *= 1.2 / max(float(np.median(lengths)), 1e-9)  # a typical edge: 1.2 units, room for its label
    return xy - xy.min(0)


def layout(graph: nx.Graph | nx.MultiDiGraph) -> Positions:
    """Pixel positions for every node: components laid out separately, packed in rows (shelves)."""
    simple = nx.Graph(graph)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), sorted(map(str, c))[0]))
    boxes = []
    for part in parts:
        sub = simple.subgraph(part)
        nodes = list(sub)
        xy = _component(sub)
        boxes.append((nodes, xy, xy.max(0) + 1.0))  # one unit of margin around each island
    area = sum(float(w * h) for _, _, (w, h) in boxes)
    width = max(math.sqrt(area) * 1.3, max((float(size[0]) for _, _, size in boxes), default=1.0))
    positions: Positions = {}
    x = y = shelf = 0.0
    for nodes, xy, (w, h) in boxes:
        if x > 0 and x + w > width:
            x, y, shelf = 0.0, y + shelf, 0.0
        for node, (px, py) in zip(nodes, xy, strict=True):
            positions[node] = (float((x + px) * UNIT), float((y + py) * UNIT))
        x += float(w)
        shelf = max(shelf, float(h))
    return positions
