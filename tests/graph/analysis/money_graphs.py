"""Small money graphs for the analysis tests, built with ``add_money_event``."""

from __future__ import annotations

import networkx as nx

from aikg.graph.analysis import add_money_event

A, B, C, D, E = (f"company:{x}" for x in "abcde")


def inv(G, event, payers, payees, amount=None, currency="USD", date=None, **attrs):
    attrs.setdefault("kind", "equity")
    attrs.setdefault("status", "completed")
    add_money_event(
        G,
        event,
        "Investment",
        payers,
        payees,
        evidence=("r1", f"{event} sentence.", f"line {len(G)}"),
        amount=amount,
        currency=currency,
        date=date,
        **attrs,
    )


def deal(G, event, payer, payee, amount=None, currency="USD", date=None, **attrs):
    attrs.setdefault("kind", "chip_purchase")
    attrs.setdefault("status", "completed")
    add_money_event(
        G,
        event,
        "Deal",
        [payer],
        [payee],
        evidence=("r2", f"{event} sentence.", "table 1 row 2"),
        amount=amount,
        currency=currency,
        date=date,
        **attrs,
    )


def three_loop(dates=("2025-01", "2025-03-10", "2025-06")) -> nx.MultiDiGraph:
    """A invests 10bn USD in B; B buys 20bn CNY of chips from C; C pays A 5bn USD."""
    G = nx.MultiDiGraph()
    inv(G, "investment:ab", [A], [B], 1e10, "USD", dates[0], amount_text="100亿美元")
    deal(G, "deal:bc", B, C, 2e10, "CNY", dates[1], amount_text="200亿元")
    deal(G, "deal:ca", C, A, 5e9, "USD", dates[2], kind="cloud_contract")
    return G


def company(G, node, reports=("r1",)):
    """A company node named after its id, stated in ``reports``."""
    G.add_node(node, label="Company", name=node.split(":")[1].upper(), aliases=[])
    G.nodes[node]["reports"] = list(reports)


def tie(G, u, v, rel="PARTNERS_WITH", report="r1"):
    """A fact edge between two companies (added when missing), with its evidence."""
    for node in (u, v):
        if node not in G:
            company(G, node, [report])
    G.add_edge(
        u,
        v,
        key=f"{rel}:{u}>{v}",
        type=rel,
        evidence_reports=[report],
        evidence_texts=[f"{u} and {v}."],
        evidence_locators=["line 1"],
    )
