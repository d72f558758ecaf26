"""A period's graph holds the whole graph's attribute dicts (no copies) and is otherwise
the graph ``add_nodes_from`` / ``add_edges_from`` make of the same nodes and
relationships: same nodes, relationships, attributes and adjacency order, on the seeds."""

from __future__ import annotations

import networkx as nx

from aikg.graph.analysis.centrality import period_reports
from aikg.graph.analysis.periods import period_subgraphs


def _copied(G: nx.MultiDiGraph, S: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The period graph as networkx builds it from the same nodes and relationships."""
    C = nx.MultiDiGraph(**G.graph)
    C.add_nodes_from((n, G.nodes[n]) for n in S)
    # the relationships in the whole graph's order, as the period's were chosen
    C.add_edges_from(e for e in G.edges(keys=True, data=True) if S.has_edge(*e[:3]))
    return C


def test_period_graphs_are_what_networkx_builds_and_share_attributes(seed_result):
    G = seed_result.graph
    _, periods = period_reports(G, cumulative=True)
    assert len(periods) > 2
    for S in period_subgraphs(G, [chosen for _, chosen in periods]):
        C = _copied(G, S)
        assert list(S.nodes(data=True)) == list(C.nodes(data=True))
        assert list(S.edges(keys=True, data=True)) == list(C.edges(keys=True, data=True))
        for n in S:
            assert list(S.pred[n]) == list(C.pred[n]) and list(S.succ[n]) == list(C.succ[n])
            assert S.nodes[n] is G.nodes[n]
        for u, v, k in S.edges(keys=True):
            assert S.edges[u, v, k] is G.edges[u, v, k]
            assert S._pred[v][u] is S._succ[u][v]  # one key dict, as networkx keeps it
