"""Circular financing: the search for loops of money between companies.

A money loop is a directed cycle of the money-flow projection
(:func:`aikg.graph.analysis.money.money_flow_graph`): A pays or invests in B, B in C, ...
and the last back into A. :func:`find_money_loops` collapses parallel flows into a
company-to-company DiGraph, searches only inside its strongly connected components (no
loop leaves one), keeps there only the edges that lie on some cycle short enough (which
splits big components), runs ``nx.simple_cycles`` with a length bound on what is left,
and then lays every flow of the multigraph back onto each hop. The search stops after
``limit`` loops and says so. The loops it returns, and how they are ranked, are in
:mod:`aikg.graph.analysis.loops`.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

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
    F = _flow_graph(G, include_tentative, group_units)
    D = nx.DiGraph()
    D.add_edges_from((u, v) for u, v in F.edges() if u != v)
    cycles, truncated = _bounded_cycles(D, max_len, limit)
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


def _flow_graph(
    G: nx.MultiDiGraph, include_tentative: bool, group_units: bool = False
) -> nx.MultiDiGraph:
    """``G`` if it is already a money-flow graph (tentative flows dropped unless asked)."""
    if G.graph.get("projection") != "money_flow":
        return money_flow_graph(G, include_tentative=include_tentative, group_units=group_units)
    if include_tentative:
        return G
    return nx.subgraph_view(G, filter_edge=lambda u, v, k: not G.edges[u, v, k].get("tentative"))


def _bounded_cycles(D: nx.DiGraph, max_len: int, limit: int) -> tuple[list[list[str]], bool]:
    """Up to ``limit`` distinct cycles, searched one strongly connected component at a time.

    Returns the cycles (rotated to start at their smallest node) and whether more exist.
    """
    found: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    for component in _components(D):
        core = _short_cycle_edges(D.subgraph(component).copy(), max_len)
        for part in _components(core):
            cycles = nx.simple_cycles(core.subgraph(part).copy(), length_bound=max_len)
            for cycle in cycles:
                rotated = _rotate(cycle)
                if len(rotated) < 2 or tuple(rotated) in seen:
                    continue
                if len(found) >= limit:
                    return found, True
                seen.add(tuple(rotated))
                found.append(rotated)
    return found, False


def _components(D: nx.DiGraph) -> list[set[str]]:
    """The strongly connected components that can hold a cycle, in a stable order."""
    return sorted((c for c in nx.strongly_connected_components(D) if len(c) > 1), key=min)


def _short_cycle_edges(D: nx.DiGraph, max_len: int) -> nx.DiGraph:
    """The edges of ``D`` that lie on some cycle of at most ``max_len`` nodes.

    An edge u -> v does when v reaches u in at most ``max_len - 1`` steps. Dropping the
    others keeps every short cycle and splits large components, which keeps
    ``nx.simple_cycles`` fast on big graphs (it recomputes components as it goes).
    """
    core = nx.DiGraph()
    for v in D:
        reach = nx.single_source_shortest_path_length(D, v, cutoff=max_len - 1)
        core.add_edges_from((u, v) for u in D.predecessors(v) if u in reach)
    return core


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
