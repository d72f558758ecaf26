"""Report periods: which report belongs to which period, and the part of the graph a set
of reports evidences, so that centrality can be computed as of a period."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping

import networkx as nx

__all__ = ["period_subgraph", "period_subgraphs", "report_periods"]


def report_periods(G: nx.MultiDiGraph) -> dict[str, str]:
    """Report id -> period ('YYYY-MM'), as the ``reports``/``evidence_reports`` lists name them.

    Read from ``G.graph["reports"]`` (report id -> metadata with ``period``, as the
    builder writes it) and from Report nodes (their ``period``, for each id in their
    ``reports``). Reports without a period are left out.

    >>> G = nx.MultiDiGraph(reports={"r0": {"period": "2024-12"}})
    >>> G.add_node("report:r1", label="Report", reports=["r1"], period="2025-01")
    >>> report_periods(G)
    {'r0': '2024-12', 'r1': '2025-01'}
    """
    periods: dict[str, str] = {}
    for report, meta in (G.graph.get("reports") or {}).items():
        if isinstance(meta, Mapping) and meta.get("period"):
            periods[str(report)] = str(meta["period"])
    for n, d in G.nodes(data=True):
        if d.get("label") == "Report" and d.get("period"):
            for report in d.get("reports") or [n]:
                periods.setdefault(str(report), str(d["period"]))
    return dict(sorted(periods.items()))


def period_subgraph(G: nx.MultiDiGraph, reports: Collection[str]) -> nx.MultiDiGraph:
    """The part of ``G`` that the given reports evidence.

    A node belongs when its ``reports`` include one of them; a relationship when its
    ``evidence_reports`` do (its end nodes come along), or, having no evidence at all,
    when both its ends belong. Attributes are copied as they are.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:a", reports=["r1"])
    >>> G.add_node("company:b", reports=["r2"])
    >>> G.add_edge("company:a", "company:b", evidence_reports=["r2"])
    0
    >>> sorted(period_subgraph(G, {"r1"})), sorted(period_subgraph(G, {"r2"}))
    (['company:a'], ['company:a', 'company:b'])
    """
    return next(period_subgraphs(G, [reports]))


def period_subgraphs(
    G: nx.MultiDiGraph, report_sets: Iterable[Collection[str]]
) -> Iterator[nx.MultiDiGraph]:
    """:func:`period_subgraph` for each set of reports in turn, reading which reports
    each node and relationship names only once for all of them (a per-period pass
    takes one subgraph per period of the same graph).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:a", reports=["r1"])
    >>> [sorted(S) for S in period_subgraphs(G, [{"r1"}, {"r2"}])]
    [['company:a'], []]
    """
    # networkx's own dicts, in the order of its views (which cost more than this pass)
    node_reports = [(n, d, frozenset(d.get("reports") or ())) for n, d in G._node.items()]
    edge_reports = [
        (u, v, k, d, frozenset(d.get("evidence_reports") or ()))
        for u, neighbours in G._succ.items()
        for v, keyed in neighbours.items()
        for k, d in keyed.items()
    ]
    for reports in report_sets:
        wanted = frozenset(reports)
        nodes = {n: d for n, d, named in node_reports if not wanted.isdisjoint(named)}
        edges = [
            (u, v, k, d)
            for u, v, k, d, evidence in edge_reports
            if not wanted.isdisjoint(evidence) or (not evidence and u in nodes and v in nodes)
        ]
        ends = set(nodes) | {e[0] for e in edges} | {e[1] for e in edges}
        yield _sharing_graph(G, sorted(ends), edges)


def _sharing_graph(G: nx.MultiDiGraph, nodes: list, edges: list) -> nx.MultiDiGraph:
    """The graph ``add_nodes_from`` and ``add_edges_from`` make of ``nodes`` (with their
    attributes in ``G``) and ``edges`` (u, v, key, attributes), in the same order, but
    holding ``G``'s attribute dicts instead of copies: a period's graph is only read (by
    the projections), and copying every attribute of a graph of a thousand reports for
    each period cost more than projecting it. Change one and you change ``G``.

    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="k", w=1)
    'k'
    >>> S = _sharing_graph(G, ["a", "b"], [("a", "b", "k", G.edges["a", "b", "k"])])
    >>> list(S.edges(keys=True, data=True)), S.edges["a", "b", "k"] is G.edges["a", "b", "k"]
    ([('a', 'b', 'k', {'w': 1})], True)
    """
    S = nx.MultiDiGraph(**G.graph)
    node_attrs, succ, pred = S._node, S._succ, S._pred
    for n in nodes:
        node_attrs[n] = G._node[n]
        succ[n] = {}
        pred[n] = {}
    for u, v, k, d in edges:
        keydict = succ[u].get(v)
        if keydict is None:
            keydict = succ[u][v] = pred[v][u] = {}
        keydict[k] = d
    return S
