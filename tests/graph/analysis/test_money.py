"""The money-flow projection on small hand-made graphs: flows, amounts, parties."""

from __future__ import annotations

import networkx as nx
import pytest
from money_graphs import A, B, C, deal, inv, three_loop

from aikg.graph.analysis import (
    find_money_loops,
    flow_summary,
    money_flow_graph,
    to_usd,
)


def test_flow_graph_edges_carry_the_contract_attributes():
    F = money_flow_graph(three_loop())
    assert sorted((u, v, k) for u, v, k in F.edges(keys=True)) == [
        (A, B, "investment:ab"),
        (B, C, "deal:bc"),
        (C, A, "deal:ca"),
    ]
    d = F.edges[B, C, "deal:bc"]
    assert d["flow"] == "deal:bc"
    assert d["kind"] == "chip_purchase"
    assert (d["amount"], d["currency"], d["amount_text"]) == (2e10, "CNY", "200亿元")
    assert d["amount_usd"] == pytest.approx(2.8e9)
    assert d["disclosed"] is True
    assert (d["date"], d["status"], d["tentative"]) == ("2025-03-10", "completed", False)
    # evidence of the event node and of both role edges, de-duplicated
    assert d["evidence"] == [
        {"report": "r2", "text": "deal:bc sentence.", "locator": "table 1 row 2"}
    ]
    assert F.nodes[A]["label"] == "Company"
    assert F.graph["usd_rates"]["CNY"] == 0.14


def test_to_usd_uses_the_approximate_table():
    assert to_usd(1e6, "EUR") == pytest.approx(1.08e6)
    assert to_usd(1e6, "hkd") == pytest.approx(1.28e5)
    assert to_usd(1e6, "RMB") == pytest.approx(1.4e5)
    assert to_usd(1e6, None) is None
    assert to_usd(float("nan"), "USD") is None


def test_undisclosed_flow_is_marked():
    G = nx.MultiDiGraph()
    deal(G, "deal:x", A, B)
    d = money_flow_graph(G).edges[A, B, "deal:x"]
    assert d["disclosed"] is False
    assert d["amount"] is None and d["amount_usd"] is None


def test_partnership_without_payer_gives_no_flow_even_when_tentative_included():
    G = nx.MultiDiGraph()
    G.add_node(A, label="Company", name="A")
    G.add_node(B, label="Company", name="B")
    G.add_node("deal:p", label="Deal", kind="partnership", status="announced")
    G.add_edge(A, "deal:p", type="PARTY_TO")
    G.add_edge(B, "deal:p", type="PARTY_TO")
    assert money_flow_graph(G, include_tentative=True).number_of_edges() == 0


def test_non_company_parties_are_ignored():
    G = nx.MultiDiGraph()
    deal(G, "deal:x", A, B, 1e9)
    G.add_node("product:p", label="Product", name="P")
    G.add_edge("deal:x", "product:p", type="PAID_TO")
    assert list(money_flow_graph(G).edges()) == [(A, B)]


def test_multi_investor_investment():
    G = nx.MultiDiGraph()
    inv(G, "investment:round", [A, C], [B], 6e9, date="2025-01")
    deal(G, "deal:ba", B, A, 1e9, date="2025-03")
    F = money_flow_graph(G)
    assert sorted(F.edges(keys=True)) == [
        (A, B, "investment:round"),
        (B, A, "deal:ba"),
        (C, B, "investment:round"),
    ]
    assert F.edges[C, B, "investment:round"]["payers"] == [A, C]
    loops = find_money_loops(G).loops
    assert [lp.nodes for lp in loops] == [(A, B)]
    assert loops[0].hops[0].flows[0]["payers"] == [A, C]
    summary = flow_summary(F)
    assert summary["events"] == 2 and summary["flows"] == 3
    assert summary["disclosed_usd"] == pytest.approx(7e9)
    assert summary["companies"][B]["in_usd"] == pytest.approx(6e9)
