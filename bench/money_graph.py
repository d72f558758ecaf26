"""A large money-flow graph with planted loops, in the aikg graph contract.

``money_graph(companies, flows, loops)`` draws ``flows`` random payments and investments
between ``companies`` companies (each flow an Investment or Deal node between two
Company nodes, as a build writes them), and plants ``loops`` money loops of 2 to 4
companies of their own, whose company ids it returns. With 20,000 companies and 100,000
flows the graph has about 120,000 nodes.
"""

from __future__ import annotations

import random

import networkx as nx

_KINDS = (("Investment", "MAKES_INVESTMENT", "INVESTS_IN", "equity"),) + (
    ("Deal", "PAYS_FOR", "PAID_TO", "chip_purchase"),
)


def _company(G: nx.MultiDiGraph, node: str, report: str) -> None:
    G.add_node(node, label="Company", name=node.split(":", 1)[1].upper(), aliases=[])
    G.nodes[node]["reports"] = [report]


def _flow(
    G: nx.MultiDiGraph, rng: random.Random, flow_id: str, payer: str, payee: str, report: str
) -> None:
    """One payment or investment ``payer`` -> ``payee`` as an event node and two edges."""
    label, pay, paid, kind = rng.choice(_KINDS)
    node = f"{label.lower()}:{flow_id}"
    G.add_node(
        node,
        label=label,
        name=node,
        aliases=[],
        reports=[report],
        status="completed",
        kind=kind,
        amount=rng.choice([None, 1e8 * rng.randint(1, 100)]),
        currency="USD",
        date=f"2025-{rng.randint(1, 12):02d}",
    )
    evidence = {"evidence_reports": [report], "evidence_texts": ["t"], "evidence_locators": [""]}
    G.add_edge(payer, node, key=pay, type=pay, **evidence)
    G.add_edge(node, payee, key=paid, type=paid, **evidence)


def money_graph(
    companies: int, flows: int, loops: int = 50, seed: int = 7
) -> tuple[nx.MultiDiGraph, list[tuple[str, ...]]]:
    """The graph and the planted loops (company ids, in the order money goes round).

    Random flows use months as report ids ("r01".."r12"), so per-period analyses have
    periods to work on.

    >>> G, planted = money_graph(50, 100, loops=3)
    >>> len(planted), all(len(loop) >= 2 for loop in planted)
    (3, True)
    """
    rng = random.Random(seed)
    reports = {f"r{m:02d}": {"period": f"2025-{m:02d}"} for m in range(1, 13)}
    G = nx.MultiDiGraph(reports=reports)
    report_ids = sorted(reports)
    for i in range(companies):
        _company(G, f"company:c{i}", rng.choice(report_ids))
    for j in range(flows):
        a, b = rng.sample(range(companies), 2)
        _flow(G, rng, f"f{j}", f"company:c{a}", f"company:c{b}", rng.choice(report_ids))
    planted = []
    for n in range(loops):
        size = 2 + n % 3
        members = tuple(f"company:loop{n}m{k}" for k in range(size))
        report = rng.choice(report_ids)
        for node in members:
            _company(G, node, report)
        for k, payer in enumerate(members):
            _flow(G, rng, f"loop{n}h{k}", payer, members[(k + 1) % size], report)
        # Tie the loop into the random part, so it is not found for being isolated.
        _flow(G, rng, f"loop{n}in", f"company:c{rng.randrange(companies)}", members[0], report)
        planted.append(members)
    return G, planted
