"""The small graph the Neo4j tests load: made up, but built to the pipeline's contract
(companies, an organisation, investments and deals forming a money loop, a model release,
a chip, a supply chain, policies, an event and reports with evidence), and helpers that
read a database back.
"""

from __future__ import annotations

import networkx as nx

# Report ids as evidence cites them; the Report node of R1 is REPORT_NODE (as the pipeline).
R1, R2 = "weekly-01", "weekly-02"
REPORT_NODE = f"report:{R1}"


def ev(report: str, text: str, locator: str) -> dict[str, list[str]]:
    return {
        "evidence_reports": [report],
        "evidence_texts": [text],
        "evidence_locators": [locator],
    }


def add_node(G: nx.MultiDiGraph, node_id: str, label: str, name: str, **props) -> None:
    props.setdefault("aliases", [])
    props.setdefault("reports", [R1])
    G.add_node(node_id, label=label, name=name, **props)


def add_edge(G: nx.MultiDiGraph, source: str, target: str, rel_type: str, **props) -> None:
    key = props.pop("key", f"{rel_type}:{source}->{target}")
    for name, value in ev(R1, f"{source} {rel_type} {target}.", "p.1").items():
        props.setdefault(name, value)
    G.add_edge(source, target, key=key, type=rel_type, **props)


def sample_graph() -> nx.MultiDiGraph:
    """A money loop NVIDIA -> OpenAI -> Oracle -> NVIDIA (two investments carry the first
    hop), a tentative loop NVIDIA <-> CoreWeave, and one fact of every other kind."""
    G = nx.MultiDiGraph()
    add_node(G, "c:nvidia", "Company", "NVIDIA", aliases=["英伟达", "Nvidia Corp"],
             ticker="NVDA", tickers=["NVDA"], country="US")  # fmt: skip
    add_node(G, "c:openai", "Company", "OpenAI", country="US")
    add_node(G, "c:oracle", "Company", "Oracle", aliases=["甲骨文"], ticker="ORCL")
    add_node(G, "c:microsoft", "Company", "Microsoft", aliases=["微软"])
    add_node(G, "c:coreweave", "Company", "CoreWeave")
    add_node(G, "c:tsmc", "Company", "TSMC", aliases=["台积电"])
    add_node(G, "o:miit", "Organization", "Ministry of Industry", aliases=["MIIT"], region="CN")
    add_node(G, "o:eu", "Organization", "European Commission", region="EU")

    # Investments: NVIDIA -> OpenAI twice (one with Microsoft), NVIDIA -> CoreWeave.
    add_node(G, "inv:nvda-openai", "Investment", "NVIDIA invests in OpenAI",
             date="2025-09-22", date_precision="day", amount=100.0e9, currency="USD",
             amount_text="up to USD 100bn", amount_qualifier="up_to", kind="equity",
             round="strategic", status="announced",
             **ev(R1, "NVIDIA plans to put up to 100bn into OpenAI.", "p.3"))  # fmt: skip
    add_node(G, "inv:openai-f", "Investment", "OpenAI round F", date="2024-10",
             date_precision="month", amount=6.6e9, currency="USD", kind="equity", round="f",
             status="completed", stake_pct=1.5,
             **ev(R1, "OpenAI closed a 6.6bn round.", "p.4"))  # fmt: skip
    add_node(G, "inv:nvda-coreweave", "Investment", "NVIDIA invests in CoreWeave",
             date="2023", date_precision="year", kind="equity", round="b",
             status="completed", **ev(R1, "NVIDIA backed CoreWeave.", "p.5"))  # fmt: skip
    add_edge(G, "c:nvidia", "inv:nvda-openai", "MAKES_INVESTMENT", role="lead")
    add_edge(G, "inv:nvda-openai", "c:openai", "INVESTS_IN")
    add_edge(G, "c:microsoft", "inv:openai-f", "MAKES_INVESTMENT", role="lead")
    add_edge(G, "c:nvidia", "inv:openai-f", "MAKES_INVESTMENT", role="participant")
    add_edge(G, "inv:openai-f", "c:openai", "INVESTS_IN")
    add_edge(G, "c:nvidia", "inv:nvda-coreweave", "MAKES_INVESTMENT")
    add_edge(G, "inv:nvda-coreweave", "c:coreweave", "INVESTS_IN")

    # Deals: OpenAI -> Oracle (cloud), Oracle -> NVIDIA (chips), CoreWeave -> NVIDIA (planned).
    add_node(G, "deal:openai-oracle", "Deal", "OpenAI cloud contract with Oracle",
             date="2025-09", date_precision="month", amount=300.0e9, currency="USD",
             kind="cloud_contract", status="committed", summary="five-year compute",
             **ev(R1, "OpenAI signed a large cloud contract with Oracle.", "p.6"))  # fmt: skip
    add_node(G, "deal:oracle-nvidia", "Deal", "Oracle buys B200", date="2025-05-12",
             date_precision="day", amount=40.0e9, currency="USD", kind="chip_purchase",
             status="completed",
             **ev(R1, "Oracle ordered GPUs worth 40bn.", "table 2"))  # fmt: skip
    add_node(G, "deal:coreweave-nvidia", "Deal", "CoreWeave GPU order", date="2025-10",
             date_precision="month", kind="capacity_order", status="planned",
             **ev(R1, "CoreWeave may order more GPUs.", "p.7"))  # fmt: skip
    add_edge(G, "c:openai", "deal:openai-oracle", "PAYS_FOR")
    add_edge(G, "deal:openai-oracle", "c:oracle", "PAID_TO")
    add_edge(G, "c:oracle", "deal:oracle-nvidia", "PAYS_FOR")
    add_edge(G, "deal:oracle-nvidia", "c:nvidia", "PAID_TO")
    add_edge(G, "c:coreweave", "deal:coreweave-nvidia", "PAYS_FOR")
    add_edge(G, "deal:coreweave-nvidia", "c:nvidia", "PAID_TO")

    # Chip, supply chain, partnership.
    add_node(G, "chip:b200", "Chip", "B200", chip_type="GPU", process_nm=4, fp16_tflops=2250,
             power_w=1000, scenarios=["training", "inference"], market="global")  # fmt: skip
    add_edge(G, "c:nvidia", "chip:b200", "DESIGNS")
    add_edge(G, "deal:oracle-nvidia", "chip:b200", "INVOLVES")
    add_edge(G, "deal:coreweave-nvidia", "chip:b200", "INVOLVES")
    add_node(G, "sc:gpu", "SupplyChain", "GPU supply chain")
    add_edge(G, "c:tsmc", "sc:gpu", "IN_SUPPLY_CHAIN", tier="foundry", stage="manufacturing")
    add_edge(G, "c:nvidia", "sc:gpu", "IN_SUPPLY_CHAIN", tier="designer", stage="design")
    add_edge(G, "c:oracle", "sc:gpu", "IN_SUPPLY_CHAIN", tier="customer", stage="deployment")
    add_edge(G, "c:nvidia", "c:tsmc", "PARTNERS_WITH", date="2025-01", date_precision="month")

    # Models, a product, an event.
    add_node(G, "m:gpt5", "Model", "GPT-5", modality="text")
    add_node(G, "m:nemotron", "Model", "Nemotron Nano", modality="text")
    add_node(G, "m:gpt4o", "Model", "GPT-4o")
    add_edge(G, "c:openai", "m:gpt5", "RELEASED", date="2025-08-07", date_precision="day",
             action="released")  # fmt: skip
    add_edge(G, "c:nvidia", "m:nemotron", "RELEASED", date="2025-08", date_precision="month",
             action="open_sourced")  # fmt: skip
    add_edge(G, "c:openai", "m:gpt4o", "RELEASED", date="2024", date_precision="year")
    add_edge(G, "m:gpt5", "c:openai", "PRODUCT_OF")
    add_node(G, "p:agent", "Product", "ChatGPT Agent", category="agent")
    add_edge(G, "c:openai", "p:agent", "LAUNCHED", date="2025-07-17", date_precision="day")
    add_node(G, "e:nvda-h20", "Event", "H20 sales paused", date="2025-04-15",
             date_precision="day", kind="withdrawal", summary="sales paused",
             **ev(R1, "NVIDIA paused sales of one chip.", "p.8"))  # fmt: skip
    add_edge(G, "c:nvidia", "e:nvda-h20", "ANNOUNCED")

    # Policies.
    add_node(G, "pol:compute", "Policy", "compute guidance", title="Guidance on AI compute",
             date="2025-08-21", date_precision="day", region="CN", scope="national",
             **ev(R1, "The ministry issued compute guidance.", "p.9"))  # fmt: skip
    add_node(G, "pol:gpai", "Policy", "GPAI code", title="GPAI code of practice",
             date="2025-07", date_precision="month", region="EU", scope="regional",
             **ev(R1, "A code of practice was published.", "p.10"))  # fmt: skip
    add_edge(G, "o:miit", "pol:compute", "ISSUED")
    add_edge(G, "o:eu", "pol:gpai", "ISSUED")

    # The report, its rating and mentions.
    add_node(G, REPORT_NODE, "Report", "AI weekly 01", title="AI weekly 01", broker="Broker A",
             published="2025-09-30", language="en", period="2025-W39")  # fmt: skip
    add_edge(G, REPORT_NODE, "c:nvidia", "RATES", rating="buy", ticker="NVDA", close_price=181.5,
             target_price=210.0, price_currency="USD",
             forecast_years=["2025E", "2026E"], eps=[4.1, 5.9], pe=[44, 31],
             date="2025-09-30")  # fmt: skip
    for node in ("c:nvidia", "c:openai", "inv:nvda-openai"):
        G.add_edge(REPORT_NODE, node, key=f"MENTIONS:{node}", type="MENTIONS", count=2)
    return G


def snapshot(driver) -> tuple[dict, dict]:
    """Every node's and relationship's properties, keyed by id and (source, type, key)."""
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN n.id AS id, labels(n) AS l, n AS n")
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.key AS k, b.id AS b, r AS r"
    )
    return (
        {rec["id"]: (rec["l"], dict(rec["n"])) for rec in nodes},
        {(rec["a"], rec["t"], rec["k"], rec["b"]): dict(rec["r"]) for rec in rels},
    )


def node_props(driver, node_id: str) -> dict:
    records, _, _ = driver.execute_query("MATCH (n {id: $id}) RETURN n", id=node_id)
    assert len(records) == 1
    return dict(records[0]["n"])
