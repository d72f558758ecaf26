"""The Neo4j store and the query library, against a real Neo4j (tests/neo4j_fixtures.py).

The graph here is small and made up, but built to the pipeline's contract: companies, an
organisation, investments and deals forming a money loop, a model release, a chip, a supply
chain, policies, an event and reports with evidence.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
import threading
import urllib.request

import networkx as nx
import pytest
from neo4j import GraphDatabase
from support import neo4j_dev as neo4j_fixtures
from support.neo4j_dev import DevNeo4j, free_port

from aikg.graph.neo4j_store import (
    Neo4jStoreError,
    connect,
    counts,
    ensure_schema,
    graph_counts,
    load_graph,
    parse_date,
)
from aikg.queries.library import (
    GRASS_PATH,
    grass_stylesheet,
    list_queries,
    load_query,
    run_query,
)
from aikg.schema import (
    DEAL_KINDS,
    LABELS,
    MONEY_ROLES,
    RELATIONSHIPS,
    TENTATIVE_STATUSES,
)

# The fixtures (a conftest may import them too: the server is started once either way).
neo4j_server = neo4j_fixtures.neo4j_server
neo4j_driver = neo4j_fixtures.neo4j_driver
empty_neo4j = neo4j_fixtures.empty_neo4j

# Report ids as evidence cites them; the Report node of R1 is REPORT_NODE (as the pipeline).
R1, R2 = "weekly-01", "weekly-02"
REPORT_NODE = f"report:{R1}"
QUERY_NAMES = {
    "central_companies",
    "chip_supply_chain",
    "circular_financing",
    "company_timeline",
    "investments_in_period",
    "models_by_month",
    "policies_by_issuer",
    "report_provenance",
}


# --------------------------------------------------------------------------- graph


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
             forecast_years=["2025E", "2026E"], eps=[4.1, 5.9], pe=[44, 31],
             date="2025-09-30")  # fmt: skip
    for node in ("c:nvidia", "c:openai", "inv:nvda-openai"):
        G.add_edge(REPORT_NODE, node, key=f"MENTIONS:{node}", type="MENTIONS", count=2)
    return G


def money_projection(G: nx.MultiDiGraph, include_tentative: bool = False) -> nx.DiGraph:
    """payer -> payee for every non-tentative investment or deal, as the query reads it."""
    P = nx.DiGraph()
    for event, attrs in G.nodes(data=True):
        if attrs["label"] not in ("Investment", "Deal"):
            continue
        if not include_tentative and attrs.get("status") in TENTATIVE_STATUSES:
            continue
        payers = [s for s, _, t in G.in_edges(event, data="type") if MONEY_ROLES.get(t) == "payer"]
        payees = [d for _, d, t in G.out_edges(event, data="type") if MONEY_ROLES.get(t) == "payee"]
        P.add_edges_from((a, b) for a in payers for b in payees)
    return P


def canonical(cycle: list[str]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def nx_cycles(G: nx.MultiDiGraph, max_len: int, include_tentative: bool) -> set[tuple]:
    P = money_projection(G, include_tentative)
    return {canonical(c) for c in nx.simple_cycles(P, length_bound=max_len)}


def neo_cycles(driver, max_len: int, include_tentative: bool) -> set[tuple]:
    params = {"max_len": max_len, "include_tentative": include_tentative}
    rows = run_query(driver, "circular_financing", params)
    assert len(rows) == len({tuple(r["ids"]) for r in rows}), "a loop came back twice"
    return {tuple(r["ids"]) for r in rows}


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


# --------------------------------------------------------------------------- launcher


def test_launcher_start_is_idempotent_and_serves_browser(neo4j_server: DevNeo4j):
    pid = neo4j_server.pid()
    again = neo4j_server.launcher("start")
    assert again.returncode == 0, again.stderr
    assert "already running" in again.stderr
    assert neo4j_server.pid() == pid
    status = neo4j_server.launcher("status")
    assert status.returncode == 0 and "running" in status.stdout
    with urllib.request.urlopen(neo4j_server.browser_url, timeout=30) as page:
        assert page.status == 200
        assert "Neo4j Browser" in page.read().decode("utf-8", "replace")
    env = neo4j_server.launcher("env").stdout
    assert f"NEO4J_URI=bolt://127.0.0.1:{neo4j_server.bolt_port}" in env


# --------------------------------------------------------------------------- connect


def test_bad_password_is_a_one_line_error(neo4j_server: DevNeo4j):
    with pytest.raises(Neo4jStoreError) as info:
        connect(neo4j_server.uri, "neo4j", "not-the-password")
    message = str(info.value)
    assert "\n" not in message
    assert "rejected the user name or password" in message


def test_unreachable_server_and_unknown_database_are_one_line_errors(neo4j_server: DevNeo4j):
    for kwargs, expected in [
        ({"uri": f"bolt://127.0.0.1:{free_port()}"}, "unreachable"),
        ({"uri": neo4j_server.uri, "database": "nosuchdb"}, "no database 'nosuchdb'"),
        ({"uri": "http://127.0.0.1:7474"}, "bad Neo4j URI"),
    ]:
        with pytest.raises(Neo4jStoreError) as info:
            connect(user="neo4j", password=neo4j_server.password, **kwargs)
        assert "\n" not in str(info.value)
        assert expected in str(info.value)


def test_connect_reads_the_environment(neo4j_server: DevNeo4j, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri.replace("bolt://", "neo4j://"))
    monkeypatch.setenv("NEO4J_USERNAME", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    monkeypatch.setenv("NEO4J_DATABASE", "neo4j")
    driver = connect()
    try:
        assert counts(driver)["nodes"] is not None
    finally:
        driver.close()


# --------------------------------------------------------------------------- schema, load


def test_ensure_schema_creates_constraints_and_indexes(empty_neo4j):
    for kinds, kind in (("CONSTRAINTS", "CONSTRAINT"), ("INDEXES", "INDEX")):  # drop ours
        names, _, _ = empty_neo4j.execute_query(
            f"SHOW {kinds} YIELD name WHERE name STARTS WITH 'aikg_' RETURN name"
        )
        for record in names:
            empty_neo4j.execute_query(f"DROP {kind} {record['name']} IF EXISTS")
    statements = ensure_schema(empty_neo4j)
    assert ensure_schema(empty_neo4j) == statements  # idempotent
    constraints, _, _ = empty_neo4j.execute_query(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties AS props"
    )
    assert {(c["label"], tuple(c["props"])) for c in constraints} >= {
        (label, ("id",)) for label in LABELS
    }
    indexes, _, _ = empty_neo4j.execute_query(
        "SHOW INDEXES YIELD labelsOrTypes, properties, state "
        "WHERE labelsOrTypes IS NOT NULL RETURN labelsOrTypes[0] AS label, "
        "properties AS props, state"
    )
    have = {(i["label"], tuple(i["props"])) for i in indexes}
    assert all(i["state"] == "ONLINE" for i in indexes)
    for label in LABELS:
        assert (label, ("name",)) in have
    for label in ("Investment", "Deal", "Policy", "Event"):
        assert (label, ("date",)) in have and (label, ("date_value",)) in have
    assert ("Report", ("published_value",)) in have


def test_load_writes_the_graph_with_schema_types(empty_neo4j):
    G = sample_graph()
    G.nodes["c:nvidia"]["x"] = 1.0  # a layout attribute: not in the schema, not written
    stats = load_graph(G, empty_neo4j, batch_size=3)
    assert counts(empty_neo4j) == graph_counts(G)
    assert stats.nodes == graph_counts(G)["nodes"]
    assert stats.relationships == graph_counts(G)["relationships"]
    assert stats.skipped_properties == {"Company.x": 1}

    nvidia = node_props(empty_neo4j, "c:nvidia")
    assert nvidia["aliases"] == ["英伟达", "Nvidia Corp"] and "x" not in nvidia
    inv = node_props(empty_neo4j, "inv:nvda-openai")
    assert inv["date"] == inv["date_value"] and inv["date"].to_native() == dt.date(2025, 9, 22)
    assert isinstance(inv["amount"], float) and inv["amount"] == 100.0e9
    round_f = node_props(empty_neo4j, "inv:openai-f")
    assert round_f["date"] == "2024-10" and round_f["date_value"].to_native() == dt.date(
        2024, 10, 1
    )
    assert node_props(empty_neo4j, "inv:nvda-coreweave")["date"] == "2023"
    chip = node_props(empty_neo4j, "chip:b200")
    assert isinstance(chip["process_nm"], float) and chip["scenarios"] == ["training", "inference"]
    assert node_props(empty_neo4j, REPORT_NODE)["published"].to_native() == dt.date(2025, 9, 30)
    records, _, _ = empty_neo4j.execute_query("MATCH ()-[r:RATES]->() RETURN r")
    rates = dict(records[0]["r"])
    assert rates["eps"] == [4.1, 5.9] and rates["pe"] == [44.0, 31.0]
    assert all(isinstance(v, float) for v in rates["pe"])
    assert rates["key"] == f"RATES:{REPORT_NODE}->c:nvidia"
    assert rates["evidence_reports"] == [R1] and rates["evidence_locators"] == ["p.1"]


def test_loading_twice_changes_nothing(empty_neo4j):
    G = sample_graph()
    load_graph(G, empty_neo4j)
    before = snapshot(empty_neo4j)
    load_graph(G, empty_neo4j, batch_size=2)
    assert snapshot(empty_neo4j) == before
    assert counts(empty_neo4j) == graph_counts(G)


def test_loading_a_superset_adds_only_the_new(empty_neo4j):
    G = sample_graph()
    load_graph(G, empty_neo4j)
    before = snapshot(empty_neo4j)
    bigger = copy.deepcopy(G)
    add_node(bigger, "c:amd", "Company", "AMD")
    add_node(bigger, "deal:openai-amd", "Deal", "OpenAI buys AMD GPUs", date="2025-10-06",
             kind="chip_purchase", status="announced", **ev(R2, "A GPU deal.", "p.2"))  # fmt: skip
    add_edge(bigger, "c:openai", "deal:openai-amd", "PAYS_FOR")
    add_edge(bigger, "deal:openai-amd", "c:amd", "PAID_TO")
    # A second relationship of the same type between the same nodes, told apart by its key.
    add_edge(bigger, "c:nvidia", "c:tsmc", "PARTNERS_WITH", key="PARTNERS_WITH:second",
             date="2025-06")  # fmt: skip
    load_graph(bigger, empty_neo4j)

    assert counts(empty_neo4j) == graph_counts(bigger)
    nodes, rels = snapshot(empty_neo4j)
    assert set(nodes) - set(before[0]) == {"c:amd", "deal:openai-amd"}
    assert len(set(rels) - set(before[1])) == 3
    assert {k: nodes[k] for k in before[0]} == before[0]
    assert {k: rels[k] for k in before[1]} == before[1]


def test_a_second_report_merges_evidence_aliases_and_reports(empty_neo4j):
    G = sample_graph()
    load_graph(G, empty_neo4j)
    second = nx.MultiDiGraph()
    for node in ("c:nvidia", "inv:nvda-openai", "c:openai"):
        second.add_node(node, **copy.deepcopy(G.nodes[node]))
    second.nodes["c:nvidia"].update(aliases=["NVDA", "英伟达"], reports=[R2])
    inv = second.nodes["inv:nvda-openai"]
    inv.update(reports=[R2])
    # The same triple again (from report 1) and a new one from report 2.
    inv["evidence_reports"] = [R1, R2]
    inv["evidence_texts"] = [G.nodes["inv:nvda-openai"]["evidence_texts"][0], "A second word."]
    inv["evidence_locators"] = ["p.3", "p.12"]
    add_edge(second, "c:nvidia", "inv:nvda-openai", "MAKES_INVESTMENT",
             **ev(R2, "NVIDIA leads again.", "p.13"))  # fmt: skip
    load_graph(second, empty_neo4j)

    nvidia = node_props(empty_neo4j, "c:nvidia")
    assert nvidia["aliases"] == ["英伟达", "Nvidia Corp", "NVDA"]
    assert nvidia["reports"] == [R1, R2]
    merged = node_props(empty_neo4j, "inv:nvda-openai")
    assert merged["evidence_reports"] == [R1, R2]
    assert merged["evidence_locators"] == ["p.3", "p.12"]
    assert merged["evidence_texts"][1] == "A second word."
    assert merged["reports"] == [R1, R2]
    records, _, _ = empty_neo4j.execute_query(
        "MATCH (:Company {id: 'c:nvidia'})-[r:MAKES_INVESTMENT]->(:Investment {id: $id}) RETURN r",
        id="inv:nvda-openai",
    )
    assert len(records) == 1
    rel = dict(records[0]["r"])
    assert rel["evidence_reports"] == [R1, R2]
    assert rel["evidence_texts"][1] == "NVIDIA leads again."
    assert rel["role"] == "lead"  # kept: the second graph's edge did not say
    assert counts(empty_neo4j) == graph_counts(G)


def test_graphs_that_break_the_schema_are_rejected_before_writing(empty_neo4j):
    bad_label = nx.MultiDiGraph()
    bad_label.add_node("x", label="Company`) DETACH DELETE (n", name="x")
    bad_type = sample_graph()
    bad_type.add_edge("c:nvidia", "c:openai", key="k", type="OWNS")
    bad_ends = sample_graph()
    bad_ends.add_edge("m:gpt5", "c:openai", key="k", type="RELEASED")
    bad_value = sample_graph()
    bad_value.nodes["deal:oracle-nvidia"]["amount"] = "forty billion"
    bad_date = sample_graph()
    bad_date.nodes["pol:gpai"]["date"] = "July 2025"
    for G, reason in [
        (bad_label, "not in the schema"),
        (bad_type, "'OWNS' is not in the schema"),
        (bad_ends, "RELEASED does not go from Model to Company"),
        (bad_value, "forty billion"),
        (bad_date, "July 2025"),
    ]:
        with pytest.raises(ValueError, match=re.escape(reason)):
            load_graph(G, empty_neo4j)
    assert counts(empty_neo4j) == {"nodes": {}, "relationships": {}}


def test_parse_date_convention():
    assert parse_date("2025-03-14") == (dt.date(2025, 3, 14), dt.date(2025, 3, 14))
    assert parse_date("2025-03") == ("2025-03", dt.date(2025, 3, 1))
    assert parse_date("2025") == ("2025", dt.date(2025, 1, 1))
    with pytest.raises(ValueError):
        parse_date("2025-13")


# --------------------------------------------------------------------------- queries


def test_query_files_are_documented_and_name_only_schema_terms():
    queries = {q.name: q for q in list_queries()}
    assert set(queries) == QUERY_NAMES
    schema_terms = set(LABELS) | set(RELATIONSHIPS)
    for query in queries.values():
        assert query.description and query.returns, query.name
        body = "\n".join(
            line for line in query.text.splitlines() if not line.lstrip().startswith("//")
        )
        body = re.sub(r"'[^']*'", "''", body)  # string literals
        terms = set(re.findall(r"[:|]\s*([A-Z][A-Za-z_]*)\b", body))
        assert terms <= schema_terms, (query.name, terms - schema_terms)
    circular = queries["circular_financing"].params
    assert sorted(circular["tentative_statuses"]) == sorted(TENTATIVE_STATUSES)
    assert set(queries["chip_supply_chain"].params["chip_deal_kinds"]) <= set(DEAL_KINDS)
    assert set(queries["central_companies"].params["exclude_types"]) <= set(RELATIONSHIPS)


def test_run_query_rejects_undeclared_params(empty_neo4j):
    with pytest.raises(ValueError, match="not \\['compny'\\]"):
        run_query(empty_neo4j, "company_timeline", {"compny": "NVIDIA"})
    with pytest.raises(KeyError):
        load_query("no_such_query")


def test_queries_return_the_expected_rows(empty_neo4j):
    load_graph(sample_graph(), empty_neo4j)
    db = empty_neo4j

    timeline = run_query(db, "company_timeline", {"company": "英伟达"})
    assert [(r["date"], r["fact"], r["role"], r["subject"]) for r in timeline] == [
        ("2023", "Investment", "investor", "NVIDIA invests in CoreWeave"),
        ("2024-10", "Investment", "investor", "OpenAI round F"),
        ("2025-01", "PARTNERS_WITH", "partner", "TSMC"),
        ("2025-04-15", "Event", "subject", "H20 sales paused"),
        ("2025-05-12", "Deal", "payee", "Oracle buys B200"),
        ("2025-08", "RELEASED", "maker", "Nemotron Nano"),
        ("2025-09-22", "Investment", "investor", "NVIDIA invests in OpenAI"),
        ("2025-09-30", "RATES", "rated", "AI weekly 01"),
        ("2025-10", "Deal", "payee", "CoreWeave GPU order"),
    ]
    assert {r["company"] for r in timeline} == {"NVIDIA"}
    assert timeline[6]["amount"] == 100.0e9 and timeline[6]["detail"] == "strategic"
    assert run_query(db, "company_timeline", {"company": "nvidia corp"}) == timeline
    assert run_query(db, "company_timeline", {"company": "Nobody"}) == []

    period = run_query(db, "investments_in_period", {"from": "2024-01-01", "to": "2025-12-31"})
    assert [(r["date"], r["investors"], r["investees"], r["round"]) for r in period] == [
        ("2024-10", ["Microsoft", "NVIDIA"], ["OpenAI"], "f"),
        ("2025-09-22", ["NVIDIA"], ["OpenAI"], "strategic"),
    ]
    assert period[0]["amount"] == 6.6e9 and period[0]["currency"] == "USD"
    assert len(run_query(db, "investments_in_period")) == 3

    loops = run_query(db, "circular_financing")
    assert [r["cycle"] for r in loops] == [["NVIDIA", "OpenAI", "Oracle"]]
    assert loops[0]["ids"] == ["c:nvidia", "c:openai", "c:oracle"] and loops[0]["length"] == 3
    assert [(f["hop"], f["via"]) for f in loops[0]["flows"]] == [
        (0, "inv:nvda-openai"),
        (0, "inv:openai-f"),
        (1, "deal:openai-oracle"),
        (2, "deal:oracle-nvidia"),
    ]
    assert loops[0]["flows"][3]["source"] == "Oracle" and loops[0]["flows"][3]["target"] == "NVIDIA"
    with_tentative = run_query(db, "circular_financing", {"include_tentative": True})
    assert [r["ids"] for r in with_tentative] == [
        ["c:coreweave", "c:nvidia"],
        ["c:nvidia", "c:openai", "c:oracle"],
    ]
    assert run_query(db, "circular_financing", {"max_len": 2}) == []

    chips = run_query(db, "chip_supply_chain", {"company": "nvidia"})
    assert len(chips) == 1
    row = chips[0]
    assert row["chips"] == [
        {"name": "B200", "chip_type": "GPU", "process_nm": 4.0, "fp16_tflops": 2250.0,
         "power_w": 1000.0, "scenarios": ["training", "inference"], "market": "global"}
    ]  # fmt: skip
    assert [(s["chain"], s["tier"]) for s in row["supply_chains"]] == [
        ("GPU supply chain", "designer")
    ]
    assert [(m["name"], m["tier"]) for m in row["supply_chains"][0]["members"]] == [
        ("Oracle", "customer"),
        ("NVIDIA", "designer"),
        ("TSMC", "foundry"),
    ]
    assert [(b["buyer"], b["chips"], b["status"]) for b in row["buyers"]] == [
        ("Oracle", ["B200"], "completed"),
        ("CoreWeave", ["B200"], "planned"),
    ]

    months = run_query(db, "models_by_month")
    assert months == [
        {"month": "2025-08", "company": "NVIDIA", "releases": 1, "models": ["Nemotron Nano"]},
        {"month": "2025-08", "company": "OpenAI", "releases": 1, "models": ["GPT-5"]},
    ]
    assert run_query(db, "models_by_month", {"from": "2025-09"}) == []

    policies = run_query(db, "policies_by_issuer")
    assert [(p["issuer"], p["region"], p["title"], p["date"]) for p in policies] == [
        ("European Commission", "EU", "GPAI code of practice", "2025-07"),
        ("Ministry of Industry", "CN", "Guidance on AI compute", "2025-08-21"),
    ]
    assert [p["policy"] for p in run_query(db, "policies_by_issuer", {"region": "CN"})] == [
        "pol:compute"
    ]
    assert [p["policy"] for p in run_query(db, "policies_by_issuer", {"issuer": "miit"})] == [
        "pol:compute"
    ]

    central = run_query(db, "central_companies", {"limit": 3})
    assert [(c["company"], c["degree"]) for c in central] == [
        ("NVIDIA", 10),
        ("OpenAI", 7),
        ("Oracle", 3),
    ]
    assert "MAKES_INVESTMENT:3" in central[0]["by_type"]

    facts = run_query(db, "report_provenance", {"report": "AI weekly 01"})
    inv = [f for f in facts if f["id"] == "inv:nvda-openai"]
    assert inv == [
        {"element": "node", "kind": "Investment", "id": "inv:nvda-openai",
         "fact": "NVIDIA invests in OpenAI",
         "texts": ["NVIDIA plans to put up to 100bn into OpenAI."], "locators": ["p.3"]}
    ]  # fmt: skip
    rel_facts = [f for f in facts if f["element"] == "relationship"]
    edge_types = [t for *_, t in sample_graph().edges(data="type")]
    assert len(rel_facts) == len(edge_types) - edge_types.count("MENTIONS")
    for other_name in (R1, REPORT_NODE):
        assert run_query(db, "report_provenance", {"report": other_name}) == facts
    assert run_query(db, "report_provenance", {"report": R2}) == []


def random_money_graph(seed: int, companies: int = 9, events: int = 26) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(companies):
        add_node(G, f"c:{i:02d}", rng.choice(["Company", "Organization"]), f"Co {i}")
    for j in range(events):
        label = rng.choice(["Investment", "Deal"])
        status = rng.choice(["completed", "announced", "planned", "tentative", None])
        add_node(G, f"x:{j:02d}", label, f"flow {j}", status=status, date="2025")
        payer_type, payee_type = (
            ("MAKES_INVESTMENT", "INVESTS_IN") if label == "Investment" else ("PAYS_FOR", "PAID_TO")
        )
        for payer in rng.sample(range(companies), rng.choice([1, 1, 2])):
            add_edge(G, f"c:{payer:02d}", f"x:{j:02d}", payer_type)
        for payee in rng.sample(range(companies), rng.choice([1, 1, 1, 2])):
            add_edge(G, f"x:{j:02d}", f"c:{payee:02d}", payee_type)
        if label == "Deal" and rng.random() < 0.2:  # a party to it, carrying no money
            add_edge(G, f"c:{rng.randrange(companies):02d}", f"x:{j:02d}", "PARTY_TO")
    return G


@pytest.mark.parametrize("seed", [1, 2])
def test_circular_financing_agrees_with_networkx(empty_neo4j, seed):
    graphs = [sample_graph(), random_money_graph(seed)]
    for G in graphs:
        empty_neo4j.execute_query("MATCH (n) DETACH DELETE n")
        load_graph(G, empty_neo4j)
        for include_tentative in (False, True):
            for max_len in (2, 3, 4, 5):
                expected = nx_cycles(G, max_len, include_tentative)
                assert neo_cycles(empty_neo4j, max_len, include_tentative) == expected, (
                    seed,
                    max_len,
                    include_tentative,
                )
    assert nx_cycles(graphs[1], 5, True), "the random graph should hold some loops"


def test_browser_stylesheet_is_generated_from_the_schema():
    text = grass_stylesheet()
    assert GRASS_PATH.read_text(encoding="utf-8") == text, (
        "queries/browser.grass is stale: run python -m aikg.queries.library grass --write"
    )
    for label in LABELS.values():
        block = text.split(f"node.{label.name} {{", 1)[1].split("\n}", 1)[0]
        assert f"color: {label.color.upper()};" in block
        assert 'caption: "{name}";' in block


# --------------------------------------------------------------------------- failures


def big_graph(companies: int = 700, deals: int = 300) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i in range(companies):
        add_node(G, f"c:{i:05d}", "Company", f"Company {i}", aliases=[f"C{i}"])
    for j in range(deals):
        add_node(G, f"d:{j:05d}", "Deal", f"Deal {j}", date="2025-01-02", amount=float(j),
                 kind="payment", status="completed",
                 **ev(R1, f"Deal {j}.", f"row {j}"))  # fmt: skip
        add_edge(G, f"c:{(2 * j) % companies:05d}", f"d:{j:05d}", "PAYS_FOR")
        add_edge(G, f"d:{j:05d}", f"c:{(2 * j + 1) % companies:05d}", "PAID_TO")
    return G


def test_unreachable_server_during_load_is_a_clean_error(neo4j_server: DevNeo4j):
    driver = GraphDatabase.driver(
        f"bolt://127.0.0.1:{free_port()}",
        auth=("neo4j", neo4j_server.password),
        max_transaction_retry_time=1.0,
    )
    try:
        with pytest.raises(Neo4jStoreError) as info:
            load_graph(sample_graph(), driver)
        assert "\n" not in str(info.value) and "unreachable" in str(info.value)
    finally:
        driver.close()


def test_server_killed_mid_load_then_rerun_completes(neo4j_server: DevNeo4j, empty_neo4j):
    G = big_graph()
    batch = 10
    driver = neo4j_server.connect(max_transaction_retry_time=3.0, connection_timeout=5.0)
    killer: list[threading.Thread] = []
    done = [0]

    def progress(rows: int) -> None:
        done[0] += rows
        if done[0] >= 300 and not killer:
            killer.append(threading.Thread(target=neo4j_server.kill))
            killer[0].start()

    try:
        with pytest.raises(Neo4jStoreError) as info:
            load_graph(G, driver, batch_size=batch, progress=progress)
        killer[0].join()
        message = str(info.value)
        assert "\n" not in message and "load stopped at nodes" in message

        neo4j_server.start()  # recovers after the crash
        partial = counts(driver)["nodes"]
        expected = graph_counts(G)["nodes"]
        assert 300 <= sum(partial.values()) < sum(expected.values())
        for label, n in partial.items():  # whole batches only
            assert n % batch == 0 or n == expected[label], (label, n)

        stats = load_graph(G, driver, batch_size=200)
        assert counts(driver) == graph_counts(G)
        assert stats.total_nodes == G.number_of_nodes()
    finally:
        driver.close()
