"""Where a map's nodes go and how big they are, computed in Python so that the browser
only draws.

A force layout in the browser takes many seconds to settle past a few hundred nodes and
becomes unusable near 1,500; here a vectorised force layout (Fruchterman–Reingold in
numpy) places the ``CORE`` most connected nodes, every other connected node is put beside
the neighbours already placed, and nodes without any edge go on a grid below. Node size
follows PageRank, edge width the amount of money an edge carries.
"""

from __future__ import annotations

import hashlib
import math
from collections import deque
from typing import Any

import networkx as nx
import numpy as np

from aikg.graph.analysis.money import to_usd

__all__ = [
    "CORE",
    "PHYSICS_MAX_NODES",
    "edge_width",
    "force_input_key",
    "layout",
    "node_sizes",
    "simple_undirected",
]

CORE = 700  # nodes laid out by the force layout; the rest are placed beside them
PHYSICS_MAX_NODES = 300  # at or below this, physics tidies the drawn layout for two seconds
SPACING = 60.0  # screen units between neighbouring nodes


def _force_layout(n: int, edges: np.ndarray, seed: int, iterations: int = 120) -> np.ndarray:
    """Fruchterman–Reingold positions (n x 2, in about [-1, 1]) for nodes 0..n-1."""
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1, 1, (n, 2))
    if n < 2:
        return pos * 0
    k = 3.0 / math.sqrt(n)
    step = 0.2
    disp = np.empty((n, 2))
    for _ in range(iterations):
        _repulsion(pos, k * k, disp)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            pull = d * (np.sqrt((d**2).sum(-1)) / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        length = np.maximum(np.sqrt((disp**2).sum(-1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, step)[:, None]
        step = max(step * 0.96, 0.005)
    pos -= pos.mean(0)
    return pos / max(np.abs(pos).max(), 1e-9)


def _repulsion(pos: np.ndarray, kk: float, disp: np.ndarray) -> None:
    """Into ``disp``: each node's push away from every other, the sum over j of
    (pos[i] - pos[j]) * kk / max(|pos[i] - pos[j]|², 1e-6).

    The differences are held transposed (row j, column i) and summed down the columns:
    numpy then adds the rows one after the other, in the order and with the roundings of
    the plain (n, n, 2) form, so the positions are bit for bit those of that form (a
    test holds it), at a quarter of its cost (two contiguous n x n planes, not one
    strided cube)."""
    x, y = pos[:, 0], pos[:, 1]
    dx = x[None, :] - x[:, None]  # dx[j, i] = x[i] - x[j]
    dy = y[None, :] - y[:, None]
    dist2 = dx * dx
    dist2 += dy * dy
    np.maximum(dist2, 1e-6, out=dist2)
    weight = np.divide(kk, dist2, out=dist2)  # symmetric: weight[j, i] == weight[i, j]
    dx *= weight
    dy *= weight
    disp[:, 0] = dx.sum(0)
    disp[:, 1] = dy.sum(0)


def layout(H: nx.MultiDiGraph, seed: int = 7, memo: Any = None) -> dict[str, tuple[float, float]]:
    """Screen positions for every node of `H` (deterministic for a given graph). The
    force layout of the core is taken from ``memo`` (an
    :class:`~aikg.graph.outputs.memo.OutputMemo`) when it holds one of the same input."""
    U = nx.Graph()
    U.add_nodes_from(H)
    U.add_edges_from((u, v) for u, v in H.edges() if u != v)
    connected = sorted((n for n in U if U.degree(n)), key=lambda n: (-U.degree(n), str(n)))
    core = connected[:CORE]
    index = {n: i for i, n in enumerate(core)}
    # the core's edges in the core's order, each once: a subgraph view of a graph over
    # twice its size iterates a set of the nodes, whose order follows the hash seed
    pairs = [(i, index[v]) for i, u in enumerate(core) for v in U._adj[u] if index.get(v, -1) > i]
    edges = np.array(pairs, dtype=int)
    spread = SPACING * math.sqrt(len(core)) * 1.6
    edges = edges.reshape(-1, 2)
    if memo is None:
        forces = _force_layout(len(core), edges, seed)
    else:
        key = force_input_key(len(core), edges, seed)
        forces = memo.force_layout(key, lambda: _force_layout(len(core), edges, seed))
    base = forces * spread
    pos = {n: (float(x), float(y)) for n, (x, y) in zip(core, base, strict=True)}
    _place_beside(U, pos, connected, seed, spread)
    _grid_below(pos, [n for n in sorted(U, key=str) if not U.degree(n)])
    return pos


def force_input_key(n: int, edges: np.ndarray, seed: int, iterations: int = 120) -> str:
    """A digest of everything :func:`_force_layout` reads: equal digests, equal
    positions (the nodes are the indices 0..n-1, so which node is which does not
    matter: a core whose order changed but whose indexed edges did not is laid out the
    same).

    >>> e = np.array([[0, 1]])
    >>> force_input_key(2, e, 7) == force_input_key(2, e.copy(), 7) != force_input_key(3, e, 7)
    True
    """
    head = f"{n}|{seed}|{iterations}|{edges.shape}|".encode()
    return hashlib.sha1(head + np.ascontiguousarray(edges, dtype=np.int64).tobytes()).hexdigest()


def _place_beside(U: nx.Graph, pos: dict, connected: list, seed: int, spread: float) -> None:
    """Put each unplaced connected node beside its placed neighbours, breadth first; a
    component the force layout never reached gets its own spot on a ring outside."""
    rng = np.random.default_rng(seed + 1)
    queue = deque(pos)
    children: dict[str, int] = {}
    ring = 0
    for start in [None, *connected]:
        if start is not None:
            if start in pos:
                continue
            ring += 1
            angle = ring * 2.399963  # the golden angle: a sunflower of small components
            radius = spread * 1.15 + 2.5 * SPACING * math.sqrt(ring)
            pos[start] = (radius * math.cos(angle), radius * math.sin(angle))
            queue.append(start)
        while queue:
            node = queue.popleft()
            for other in U[node]:
                if other in pos:
                    continue
                count = children[node] = children.get(node, 0) + 1
                x, y = pos[node]
                angle = count * 2.399963 + rng.uniform(0, 0.3)
                r = SPACING * (0.7 + 0.35 * math.sqrt(count))
                pos[other] = (x + r * math.cos(angle), y + r * math.sin(angle))
                queue.append(other)


def _grid_below(pos: dict, nodes: list) -> None:
    """Nodes without edges, in rows under the drawing."""
    if not nodes:
        return
    ys = [y for _, y in pos.values()] or [0.0]
    xs = [x for x, _ in pos.values()] or [0.0]
    top = max(ys) + 3 * SPACING
    per_row = max(10, int(math.sqrt(len(nodes)) * 2))
    left = (min(xs) + max(xs)) / 2 - per_row * SPACING / 2
    for i, node in enumerate(nodes):
        pos[node] = (left + (i % per_row) * SPACING, top + (i // per_row) * SPACING)


def node_sizes(H: nx.MultiDiGraph, smallest: float = 8, largest: float = 48) -> dict:
    """Node size by PageRank on the undirected graph (square root, so hubs stay sane)."""
    if not any(H._adj.values()):  # no edge (number_of_edges counts them all)
        return {n: smallest for n in H}
    rank = nx.pagerank(simple_undirected(H) if H.is_multigraph() else nx.Graph(H))
    top = max(rank.values()) or 1.0
    return {n: smallest + (largest - smallest) * math.sqrt(rank.get(n, 0) / top) for n in H}


def simple_undirected(H: nx.MultiDiGraph) -> nx.Graph:
    """What ``nx.pagerank`` reads of ``nx.Graph(H)``, without copying every attribute of
    ``H`` into it: the same nodes in the same order, the same edges, and on each the
    ``weight`` ``nx.Graph(H)`` gives it (for a pair, the relationships from the end met
    first, the last weight among them; none if none has one).

    >>> H = nx.MultiDiGraph()
    >>> H.add_edges_from([("a", "b", {"weight": 2, "note": "x"}), ("b", "a", {"weight": 5})])
    [0, 0]
    >>> U, full = simple_undirected(H), nx.Graph(H)
    >>> list(U.edges(data="weight")) == list(full.edges(data="weight")) == [("a", "b", 2)]
    True
    """
    U = nx.Graph()
    U.add_nodes_from(H)
    adjacency = U._adj  # each pair is set once, as add_edge would set it
    seen: set = set()  # as nx.Graph(H): a pair is taken from the end met first
    for u, neighbours in H._adj.items():
        for v, keyed in neighbours.items():
            if (u, v) in seen:
                continue
            weights = [d["weight"] for d in keyed.values() if "weight" in d]
            adjacency[u][v] = adjacency[v][u] = {"weight": weights[-1]} if weights else {}
            seen.add((v, u))
    return U


def edge_width(amount, currency) -> float:
    """Width 1 for no known amount; up to 12 for hundreds of billions of dollars.

    >>> edge_width(None, None), edge_width(1e8, "USD"), round(edge_width(1e11, "USD"), 1)
    (1.0, 2.0, 11.0)
    """
    usd = to_usd(amount, currency)
    if not usd or usd <= 0:
        return 1.0
    return float(min(12.0, max(1.5, 2.0 + 3.0 * math.log10(usd / 1e8))))
