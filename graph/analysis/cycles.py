"""Circular financing: the search for loops of money between companies.

A money loop is a directed cycle of the money-flow projection
(:func:`aikg.graph.analysis.money.money_flow_graph`): A pays or invests in B, B in C, ...
and the last back into A. :func:`find_money_loops` first reads only who pays whom
(:func:`~aikg.graph.analysis.flows.money_pairs`), keeps the pairs that lie on some
cycle short enough (sparse matrix products, :func:`_on_short_cycles`), searches what is
left for cycles of at most ``max_len`` companies (:func:`_bounded_cycles`: from each
company, a path search through larger ids only, cut where the way back is too long),
and only then projects the flows of the hops it found, laying each back onto its hop.
The search stops after ``limit`` loops and says so. The loops it returns, and how they are
ranked, are in :mod:`aikg.graph.analysis.loops`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from aikg.graph.analysis.flows import money_pairs
from aikg.graph.analysis.loops import Hop, LoopSearch, MoneyLoop
from aikg.graph.analysis.money import APPROX_USD_RATES, money_flow_graph

__all__ = ["find_money_loops"]

# The flow attributes a loop's hops carry (as read from the money-flow graph's edges).
_FLOW_FIELDS = (
    "flow",
    "label",
    "kind",
    "amount",
    "currency",
    "amount_text",
    "amount_qualifier",
    "amount_usd",
    "disclosed",
    "date",
    "status",
    "tentative",
    "payers",
    "payees",
    "evidence",
)


def find_money_loops(
    G: nx.MultiDiGraph,
    max_len: int = 4,
    include_tentative: bool = False,
    limit: int = 10000,
    group_units: bool = False,
) -> LoopSearch:
    """Find and rank the money loops of a typed graph or of its money-flow projection.

    ``G`` is either the typed graph (projected with :func:`money_flow_graph`) or a graph
    that function returned (``G.graph["projection"] == "money_flow"``). Loops have 2 to
    ``max_len`` companies; tentative flows (partnerships, planned or tentative status)
    are left out unless ``include_tentative``. Each distinct cycle is reported once,
    rotated to start at its smallest node id. After ``limit`` loops the search stops,
    ``truncated`` is set and ``reason`` says why; the ranking then covers only the loops
    found. With ``group_units`` a unit's flows count as its group's (money paid to
    微软 Azure closes a loop at 微软; see :func:`~aikg.graph.analysis.money.group_of`).

    >>> from aikg.graph.analysis.money import add_money_event
    >>> G = nx.MultiDiGraph()
    >>> add_money_event(G, "investment:1", "Investment", ["company:a"], ["company:b"],
    ...                 kind="equity", amount=1e10, currency="USD", date="2025-01")
    >>> add_money_event(G, "deal:1", "Deal", ["company:b"], ["company:a"],
    ...                 kind="chip_purchase", amount=3e9, currency="USD", date="2025-03")
    >>> found = find_money_loops(G)
    >>> loop = found.loops[0]
    >>> loop.nodes, loop.bottleneck["amount_usd"], loop.dates_forward, found.truncated
    (('company:a', 'company:b'), 3000000000.0, True, False)
    """
    if max_len < 2:
        raise ValueError("max_len must be at least 2: a loop needs two companies")
    if limit < 0:
        raise ValueError("limit must not be negative")
    if G.graph.get("projection") == "money_flow":
        F = _flow_graph(G, include_tentative)
        pairs = {(u, v) for u, v in F.edges() if u != v}
        cycles, truncated = _bounded_cycles(pairs, max_len, limit)
    else:
        pairs = money_pairs(G, include_tentative, group_units)
        cycles, truncated = _bounded_cycles(pairs, max_len, limit)
        hops = {(c[i], c[(i + 1) % len(c)]) for c in cycles for i in range(len(c))}
        events = {event for hop in hops for event in pairs[hop]}
        F = money_flow_graph(G, include_tentative, group_units=group_units, events=events)
    loops = sorted((_make_loop(F, c) for c in cycles), key=MoneyLoop.sort_key)
    ranked = [
        MoneyLoop(lp.nodes, lp.names, lp.hops, lp.aliases, rank=i) for i, lp in enumerate(loops, 1)
    ]
    reason = (
        f"stopped after limit={limit} loops; more loops of up to {max_len} companies exist "
        "and the ranking covers only those found"
        if truncated
        else None
    )
    return LoopSearch(
        ranked,
        truncated=truncated,
        reason=reason,
        max_len=max_len,
        include_tentative=include_tentative,
        limit=limit,
        group_units=group_units,
        usd_rates=dict(F.graph.get("usd_rates", APPROX_USD_RATES)),
    )


def _flow_graph(F: nx.MultiDiGraph, include_tentative: bool) -> nx.MultiDiGraph:
    """The money-flow graph ``F``, its tentative flows dropped unless asked for."""
    if include_tentative:
        return F
    return nx.subgraph_view(F, filter_edge=lambda u, v, k: not F.edges[u, v, k].get("tentative"))


# The sparse pre-filter pays from this many pairs on; it gives up (keeping every pair)
# when a product would hold more entries than the limit.
_PRUNE_FROM = 2000
_PRUNE_LIMIT = 50_000_000


def _bounded_cycles(
    pairs: Iterable[tuple[str, str]], max_len: int, limit: int
) -> tuple[list[list[str]], bool]:
    """Up to ``limit`` distinct cycles of 2 to ``max_len`` nodes of the directed graph
    whose edges are ``pairs`` (no self-loops), and whether more exist.

    Each cycle is found once, from its smallest node ``s`` (so it comes rotated to start
    there): a depth-first search from ``s`` through larger nodes only, in id order. It
    steps onto a node only if the node can still get back to ``s`` within the steps
    left; the distances back are known from a breadth-first search over predecessors, to
    ``max_len - 2`` steps (the first step needs none). So the search walks almost only
    paths that close, and costs about (nodes × degree²), where ``nx.simple_cycles`` with
    a length bound grows about quadratically with the graph.

    >>> _bounded_cycles([("a", "b"), ("b", "a"), ("b", "c"), ("c", "a")], 4, 10)
    ([['a', 'b'], ['a', 'b', 'c']], False)
    >>> _bounded_cycles([("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")], 3, 10)
    ([], False)
    """
    kept = _on_short_cycles(list(pairs), max_len)
    ids = sorted({node for pair in kept for node in pair})
    index = {node: i for i, node in enumerate(ids)}
    succ: list[list[int]] = [[] for _ in ids]
    pred: list[list[int]] = [[] for _ in ids]
    for u, v in kept:
        succ[index[u]].append(index[v])
        pred[index[v]].append(index[u])
    for nbrs in succ:
        nbrs.sort()
    found: list[list[str]] = []
    for start in range(len(ids)):
        if not any(v > start for v in succ[start]):
            continue
        back = _steps_back(pred, start, max_len - 2)
        for cycle in _cycles_from(succ, start, back, max_len):
            if len(found) >= limit:
                return found, True
            found.append([ids[i] for i in cycle])
    return found, False


def _on_short_cycles(pairs: list[tuple[str, str]], max_len: int) -> list[tuple[str, str]]:
    """The pairs (edges) that lie on some cycle of at most ``max_len`` nodes.

    An edge u -> v does when v gets back to u in at most ``max_len - 1`` steps: the
    entry (v, u) of A + A² + ... + A^(max_len-1), A the adjacency matrix, computed with
    scipy's sparse products (C code; on a large sparse money graph almost no edge is on
    a short cycle, so the path search is left with a small graph). When those products
    would be too large (dense hubs), every pair is kept: the path search alone is exact.
    """
    import numpy as np
    from scipy import sparse

    ids = sorted({node for pair in pairs for node in pair})
    if len(pairs) < _PRUNE_FROM:
        return pairs
    index = {node: i for i, node in enumerate(ids)}
    rows = np.fromiter((index[u] for u, _ in pairs), dtype=np.int64, count=len(pairs))
    cols = np.fromiter((index[v] for _, v in pairs), dtype=np.int64, count=len(pairs))
    A = sparse.csr_matrix((np.ones(len(pairs), dtype=bool), (rows, cols)), shape=(len(ids),) * 2)
    reach = A  # reach[x, y]: y is 1..steps steps from x
    for _ in range(max_len - 2):
        if reach.nnz * len(pairs) / len(ids) > _PRUNE_LIMIT:
            return pairs
        reach = (reach + reach @ A).tocsr()
    back = np.asarray(reach[cols, rows]).ravel()
    return [pair for pair, on_cycle in zip(pairs, back, strict=True) if on_cycle]


def _steps_back(pred: list[list[int]], start: int, depth: int) -> dict[int, int]:
    """node -> fewest steps from it to ``start`` through nodes above ``start``, for the
    nodes at most ``depth`` steps away."""
    back = {start: 0}
    frontier = [start]
    for steps in range(1, depth + 1):
        nearer = []
        for node in frontier:
            for prev in pred[node]:
                if prev > start and prev not in back:
                    back[prev] = steps
                    nearer.append(prev)
        frontier = nearer
    return back


def _cycles_from(
    succ: list[list[int]], start: int, back: dict[int, int], max_len: int
) -> list[list[int]]:
    """The cycles whose smallest node is ``start``, as node lists from ``start``."""
    found: list[list[int]] = []
    path = [start]

    def extend(node: int, left: int) -> None:
        # ``left``: the steps still allowed after the one out of ``node``.
        for step in succ[node]:
            if step == start:
                if len(path) >= 2:
                    found.append(path.copy())
            elif step > start and back.get(step, left + 1) <= left and step not in path:
                path.append(step)
                extend(step, left - 1)
                path.pop()

    for first in succ[start]:
        if first > start:  # no distance known this far out: the first step is not cut
            path.append(first)
            extend(first, max_len - 2)
            path.pop()
    return found


def _rotate(cycle: list[str]) -> list[str]:
    """The cycle rotated to start at its smallest node id."""
    i = cycle.index(min(cycle))
    return cycle[i:] + cycle[:i]


def _make_loop(F: nx.MultiDiGraph, nodes: list[str]) -> MoneyLoop:
    hops = []
    for i, u in enumerate(nodes):
        v = nodes[(i + 1) % len(nodes)]
        flows = tuple(
            {k: _json_value(d.get(k)) for k in _FLOW_FIELDS}
            for _, d in sorted(F[u][v].items(), key=lambda kv: str(kv[0]))
        )
        hops.append(Hop(u, v, flows))
    return MoneyLoop(
        nodes=tuple(nodes),
        names=tuple(str(F.nodes[n].get("name") or n) for n in nodes),
        hops=tuple(hops),
        aliases=tuple(tuple(F.nodes[n].get("aliases") or ()) for n in nodes),
    )


def _json_value(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value
