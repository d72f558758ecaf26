"""The Neo4j store against a real Neo4j (tests/support/neo4j_dev.py): the launcher,
connecting, constraints, loading (typed, idempotent, merging) and failures mid-load.

The graph loaded is :func:`neo4j_sample.sample_graph`.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import threading
import urllib.request

import networkx as nx
import pytest
from neo4j import GraphDatabase
from neo4j_sample import (
    R1,
    R2,
    REPORT_NODE,
    add_edge,
    add_node,
    ev,
    node_props,
    sample_graph,
    snapshot,
)
from support import neo4j_dev as neo4j_fixtures
from support.neo4j_dev import DevNeo4j, free_port

from aikg.graph.neo4j import (
    Neo4jStoreError,
    connect,
    counts,
    ensure_schema,
    graph_counts,
    load_graph,
    parse_date,
)
from aikg.schema import LABELS

# The fixtures (a conftest may import them too: the server is started once either way).
neo4j_server = neo4j_fixtures.neo4j_server
neo4j_driver = neo4j_fixtures.neo4j_driver
empty_neo4j = neo4j_fixtures.empty_neo4j


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


def _drop_our_schema(driver) -> None:
    """Drop every constraint and index aikg made (their names start with aikg_)."""
    for kinds, kind in (("CONSTRAINTS", "CONSTRAINT"), ("INDEXES", "INDEX")):
        names, _, _ = driver.execute_query(
            f"SHOW {kinds} YIELD name WHERE name STARTS WITH 'aikg_' RETURN name"
        )
        for record in names:
            driver.execute_query(f"DROP {kind} {record['name']} IF EXISTS")


def test_ensure_schema_creates_constraints_and_indexes(empty_neo4j):
    _drop_our_schema(empty_neo4j)
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


def test_ensure_schema_for_some_labels_creates_only_theirs(empty_neo4j):
    _drop_our_schema(empty_neo4j)
    statements = ensure_schema(empty_neo4j, labels=["Deal", "Company"])
    constraints, _, _ = empty_neo4j.execute_query(
        "SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'aikg_' RETURN name"
    )
    assert {c["name"] for c in constraints} == {"aikg_company_id", "aikg_deal_id"}
    assert all("`Company`" in s or "`Deal`" in s for s in statements)
    with pytest.raises(ValueError, match="Dael"):
        ensure_schema(empty_neo4j, labels=["Dael"])
    ensure_schema(empty_neo4j)  # the other tests expect every label's


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
