"""The seed build in a real Neo4j: loading, idempotence, and every library query."""

from __future__ import annotations

import networkx as nx
import pytest
from support import SEEDS
from support.neo4j_dev import wipe

from aikg.graph.analysis import find_money_loops
from aikg.graph.neo4j import counts, ensure_schema, graph_counts, load_graph
from aikg.queries import list_queries, run_query


@pytest.fixture(scope="module")
def seed_db(neo4j_driver, seed_result):
    wipe(neo4j_driver)
    ensure_schema(neo4j_driver)
    load_graph(seed_result.graph, neo4j_driver)
    return neo4j_driver


def test_counts_equal_the_build_and_reload_changes_nothing(seed_db, seed_result):
    assert counts(seed_db) == graph_counts(seed_result.graph)
    load_graph(seed_result.graph, seed_db)
    assert counts(seed_db) == graph_counts(seed_result.graph)


def test_every_library_query_runs_on_the_seed_graph(seed_db):
    # a required parameter has no default: give it a seed's value (a report's file name)
    seed_file = sorted(p.name for p in SEEDS.glob("*.txt"))[0]
    given = {"report": seed_file}
    for query in list_queries():
        rows = run_query(seed_db, query.name, {k: given[k] for k in query.required})
        assert isinstance(rows, list), query.name
        if query.name == "report_provenance":
            assert rows, "the seed report's facts"


def test_company_timeline_is_dated_and_ordered(seed_db):
    rows = run_query(seed_db, "company_timeline", {"company": "英伟达"})
    dates = [r["date"] for r in rows if r.get("date")]
    assert len(dates) >= 4
    assert dates == sorted(dates)
    assert any("OpenAI" in str(r) for r in rows)


def test_investments_in_period_names_investor_investee_and_round(seed_db):
    rows = run_query(seed_db, "investments_in_period", {"from": "2025-09-01", "to": "2025-09-30"})
    pairs = {(i, e) for r in rows for i in r["investors"] for e in r["investees"]}
    assert ("NVIDIA", "OpenAI") in pairs
    rounds = {r["round"] for r in rows}
    assert "strategic" in rounds


def test_circular_financing_agrees_with_networkx_on_the_seeds(seed_db, seed_result):
    for max_len in (2, 3, 4):
        rows = run_query(seed_db, "circular_financing", {"max_len": max_len})
        cypher = {tuple(r["ids"]) for r in rows}
        search = find_money_loops(seed_result.graph, max_len=max_len)
        expected = {tuple(loop.nodes) for loop in search.loops}
        assert {frozenset(c) for c in cypher} == {frozenset(c) for c in expected}, max_len
    names = [set(r["cycle"]) for r in run_query(seed_db, "circular_financing")]
    assert {"NVIDIA", "OpenAI", "Oracle"} in names


def test_chip_supply_chain_of_a_chip_designer(seed_db):
    rows = run_query(seed_db, "chip_supply_chain", {"company": "英伟达"})
    text = str(rows)
    assert "B200" in text and "H20" in text


def test_models_by_month_and_policies_by_issuer(seed_db):
    months = run_query(seed_db, "models_by_month", {"from": "2025-11", "to": "2025-11"})
    assert months and all(str(r["month"]).startswith("2025-11") for r in months)
    assert "Alphabet" in str(months)
    policies = run_query(seed_db, "policies_by_issuer")
    assert len(policies) >= 10
    energy = [r for r in policies if r["issuer"] == "National Energy Administration"]
    assert energy and energy[0]["date"] == "2025-11-28"
    assert any(r["issuer"] is None for r in policies)  # issuer not named: still listed


def test_central_companies_degree_agrees_with_networkx(seed_db, seed_result):
    rows = run_query(seed_db, "central_companies", {"limit": 5})
    G = seed_result.graph
    keep = [(u, v) for u, v, d in G.edges(data=True) if d["type"] not in ("MENTIONS", "RATES")]
    H = nx.MultiGraph()
    H.add_edges_from(keep)
    top = rows[0]
    node = top["id"]
    assert top["degree"] == H.degree(node)


def test_cli_load_and_query_through_the_environment(seed_db, seed_out, neo4j_server, monkeypatch):
    from click.testing import CliRunner

    from aikg.graph.cli import main

    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    before = counts(seed_db)
    loaded = CliRunner().invoke(main, ["load", str(seed_out)])
    assert loaded.exit_code == 0, loaded.output
    assert counts(seed_db) == before  # the same build again: nothing new
    out = CliRunner().invoke(
        main, ["query", "circular_financing", "--param", "max_len=3", "--format", "csv"]
    )
    assert out.exit_code == 0, out.output
    assert out.output.startswith("ids,cycle,length,flows")
    assert "Oracle" in out.output
    wrong = CliRunner().invoke(main, ["load", str(seed_out), "--password", "not-it"])
    assert wrong.exit_code == 3
    assert len([ln for ln in wrong.output.splitlines() if ln.startswith("aikg:")]) == 1


# Runs last: it empties the database the other tests of this module read.
def test_zz_a_subset_then_the_superset_never_duplicates(empty_neo4j, seeds_dir, seed_result):
    from aikg.graph import build

    first = build(sorted(seeds_dir.glob("*.txt"))[:2])
    ensure_schema(empty_neo4j)
    load_graph(first.graph, empty_neo4j)
    assert counts(empty_neo4j) == graph_counts(first.graph)
    load_graph(seed_result.graph, empty_neo4j)
    assert counts(empty_neo4j) == graph_counts(seed_result.graph)
