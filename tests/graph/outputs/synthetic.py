"""A large made-up graph to the pipeline's contract, for maps at scale (tests and
``bench/bench_map.py``): companies with Chinese and English names, investments and deals
between them (money loops included), models, chips, products and their reports.
Every name and sentence is invented.
"""

from __future__ import annotations

import random

import networkx as nx

REPORTS = [f"synthetic-report-{i:02d}" for i in range(8)]


def _evidence(rng: random.Random, text: str) -> dict[str, list[str]]:
    return {
        "evidence_reports": [rng.choice(REPORTS)],
        "evidence_texts": [text],
        "evidence_locators": [f"p.{rng.randint(1, 40)}"],
    }


def synthetic_graph(nodes: int = 10_000, seed: int = 1) -> nx.MultiDiGraph:
    """About `nodes` nodes: 30% companies, 35% investments, 10% deals, the rest models,
    chips and products; a few hubs take most of the money, as in the real reports."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for rid in REPORTS:
        G.add_node(f"report:{rid}", label="Report", name=f"Weekly {rid[-2:]}",
                   title=f"Weekly {rid[-2:]}", reports=[rid], aliases=[])  # fmt: skip
    n_companies = int(nodes * 0.30)
    companies = [f"company:c{i:05d}" for i in range(n_companies)]
    for i, node in enumerate(companies):
        G.add_node(node, label="Company", name=f"Company {i:05d}", aliases=[f"公司{i:05d}"],
                   reports=[rng.choice(REPORTS)])  # fmt: skip
    weights = [1.0 / (i + 1) ** 0.9 for i in range(n_companies)]  # hubs first

    def pick() -> str:
        return rng.choices(companies, weights)[0]

    def money_node(kind: str, index: int) -> None:
        node, payer, payee = f"{kind.lower()}:{index:05d}", pick(), pick()
        month = f"2025-{rng.randint(1, 12):02d}"
        G.add_node(node, label=kind, name=f"{G.nodes[payer]['name']} → {G.nodes[payee]['name']}",
                   date=month, date_precision="month", amount=rng.choice([None, 1e8, 2e9, 5e10]),
                   currency="USD", status="announced", reports=[rng.choice(REPORTS)],
                   **_evidence(rng, f"An invented sentence about flow {index}."))  # fmt: skip
        pay, paid = ("MAKES_INVESTMENT", "INVESTS_IN") if kind == "Investment" else (
            "PAYS_FOR", "PAID_TO")  # fmt: skip
        G.add_edge(payer, node, key=f"{pay}:{index}", type=pay)
        G.add_edge(node, payee, key=f"{paid}:{index}", type=paid)

    for i in range(int(nodes * 0.35)):
        money_node("Investment", i)
    for i in range(int(nodes * 0.10)):
        money_node("Deal", i)
    rest = nodes - G.number_of_nodes() + len(REPORTS)
    for i in range(max(0, rest)):
        label, rel = rng.choice([("Model", "RELEASED"), ("Chip", "DESIGNS"),
                                 ("Product", "LAUNCHED")])  # fmt: skip
        node = f"{label.lower()}:{i:05d}"
        G.add_node(node, label=label, name=f"{label} {i:05d}", aliases=[],
                   reports=[rng.choice(REPORTS)])  # fmt: skip
        G.add_edge(pick(), node, key=f"{rel}:{i}", type=rel, date="2025-06",
                   **_evidence(rng, f"An invented sentence about {label} {i}."))  # fmt: skip
    for node in rng.sample(companies, min(len(companies), nodes // 5)):
        report = f"report:{rng.choice(REPORTS)}"
        G.add_edge(report, node, key=f"MENTIONS:{node}", type="MENTIONS", count=1)
    return G
