"""Centrality per report period: which reports a period holds, its subgraph, who became
central when, cumulative periods, and the cheap measures computed unless more are asked."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from money_graphs import A, B, C, D, E, deal, tie

from aikg.graph.analysis import (
    MEASURES,
    centrality_by_period,
    period_subgraph,
    period_subgraphs,
    report_periods,
    top_nodes_by_period,
)


def two_period_graph() -> nx.MultiDiGraph:
    """January: A partners with B. February: C becomes a hub (partners with A, D, E)."""
    G = nx.MultiDiGraph(reports={"r1": {"period": "2025-01"}, "r2": {"period": "2025-02"}})
    G.add_node("report:r1", label="Report", name="R1", reports=["r1"], period="2025-01")
    G.add_node("report:r2", label="Report", name="R2", reports=["r2"], period="2025-02")
    G.add_node("report:r3", label="Report", name="R3", reports=["r3"], period="")
    tie(G, A, B, report="r1")
    for other in (A, D, E):
        tie(G, C, other, report="r2")
    G.nodes[A]["reports"] = ["r1", "r2"]
    G.nodes[B]["reports"] = ["r1", "r3"]
    return G


def test_report_periods_from_graph_metadata_and_report_nodes():
    assert report_periods(two_period_graph()) == {"r1": "2025-01", "r2": "2025-02"}


def test_period_subgraph_membership():
    S = period_subgraph(two_period_graph(), ["r1"])
    assert sorted(S) == [A, B, "report:r1"]  # the report node belongs to its report
    assert [d["type"] for _, _, d in S.edges(data=True)] == ["PARTNERS_WITH"]


def test_centrality_by_period_shows_who_became_central():
    out = centrality_by_period(two_period_graph(), ["company"], measures=MEASURES)
    assert out["cumulative"] is False
    assert out["undated_reports"] == ["r3"]
    assert list(out["periods"]) == ["2025-01", "2025-02"]
    jan = out["periods"]["2025-01"]
    assert jan["reports"] == ["r1"]
    assert C not in jan["centrality"]["company"]["nodes"]
    feb = out["periods"]["2025-02"]["centrality"]["company"]["nodes"]
    assert feb[C]["degree"] == 1.0 and feb[C]["betweenness"] == 1.0
    tops = top_nodes_by_period(out, "company", "betweenness", 1)
    assert [tops[p][0]["id"] for p in tops] == [A, C]  # Jan: A/B tie, broken by id
    assert json.loads(json.dumps(out, allow_nan=False)) == out


def test_centrality_by_period_cumulative():
    out = centrality_by_period(two_period_graph(), ["company"], cumulative=True, measures=MEASURES)
    feb = out["periods"]["2025-02"]
    assert feb["reports"] == ["r1", "r2"]
    nodes = feb["centrality"]["company"]["nodes"]
    assert sorted(nodes) == [A, B, C, D, E]
    # the tree B-A-C, C-D, C-E: A lies on 3 of the 6 pairs without it, C on 5
    assert nodes[A]["betweenness"] == pytest.approx(3 / 6)
    assert nodes[C]["betweenness"] == pytest.approx(5 / 6)
    assert nodes[B]["betweenness"] == 0.0


def test_centrality_by_period_computes_the_cheap_measures_unless_asked():
    out = centrality_by_period(two_period_graph(), ["company"])
    feb = out["periods"]["2025-02"]["centrality"]["company"]
    assert feb["nodes"][C]["pagerank"] is not None and feb["nodes"][C]["degree"] == 1.0
    assert feb["nodes"][C]["betweenness"] is None and feb["nodes"][C]["eigenvector"] is None
    asked = centrality_by_period(two_period_graph(), ["company"], measures=MEASURES)
    assert asked["periods"]["2025-02"]["centrality"]["company"]["nodes"][C]["eigenvector"]


def test_period_subgraphs_equal_one_period_subgraph_each():
    G = nx.MultiDiGraph()
    deal(G, "deal:1", A, B, 1e9)
    deal(G, "deal:2", B, C, 1e9)
    G.nodes[C]["reports"] = ["r2"]
    G.add_edge(A, C, type="PARTNERS_WITH")  # no evidence: follows its end nodes
    sets = [{"r1"}, {"r2"}, {"r1", "r2"}, set()]
    for S, reports in zip(period_subgraphs(G, sets), sets, strict=True):
        one = period_subgraph(G, reports)
        assert list(S.nodes(data=True)) == list(one.nodes(data=True))
        assert list(S.edges(keys=True, data=True)) == list(one.edges(keys=True, data=True))
    sizes = [len(S) for S in period_subgraphs(G, sets)]
    assert sizes[-1] == 0 and len(set(sizes)) > 1
