"""Neo4j loading, measured on the real development server: our batched loader against a
naive loader (one MERGE statement per row, written here only) and against
``neo4j-admin database import`` of the CSVs ``aikg export --neo4j-import`` writes."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from money_graph import money_graph
from neo4j_admin import admin_import
from steps import row

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def naive_load(G: nx.MultiDiGraph, driver, limit: int) -> tuple[int, float]:
    """One auto-committed MERGE per node, then per relationship, for the first ``limit``
    rows; (rows written, seconds)."""
    from aikg.graph.neo4j.rows import prepare

    prepared = prepare(G)
    written, started = 0, time.perf_counter()
    for label, rows in prepared.nodes.items():
        for r in rows:
            if written >= limit:
                return written, time.perf_counter() - started
            driver.execute_query(
                f"MERGE (n:`{label}` {{id: $id}}) SET n += $props", id=r["id"], props=r["props"]
            )
            written += 1
    for (rel_type, source, target), rows in prepared.relationships.items():
        for r in rows:
            if written >= limit:
                return written, time.perf_counter() - started
            driver.execute_query(
                f"MATCH (a:`{source}` {{id: $source}}) MATCH (b:`{target}` {{id: $target}}) "
                f"MERGE (a)-[r:`{rel_type}` {{key: $key}}]->(b) SET r += $props",
                source=r["source"], target=r["target"], key=r["key"], props=r["props"],
            )  # fmt: skip
            written += 1
    return written, time.perf_counter() - started


def neo4j_steps(companies: int, flows: int, naive_rows: int) -> list[dict]:
    """Rows per second of the three loaders on a money graph, on a fresh dev server."""
    from support.neo4j_dev import DevNeo4j, free_port

    from aikg.graph.neo4j import load_graph
    from aikg.graph.neo4j.admin_import import export_admin_import

    G, _ = money_graph(companies, flows, loops=10)
    total = G.number_of_nodes() + G.number_of_edges()
    with tempfile.TemporaryDirectory() as tmp:
        server = DevNeo4j(home=Path(tmp) / "server", bolt_port=free_port(), http_port=0)
        server.start()
        try:
            driver = server.connect()
            started = time.perf_counter()
            load_graph(G, driver)
            ours = time.perf_counter() - started
            driver.execute_query("MATCH (n) DETACH DELETE n")
            naive_written, naive_s = naive_load(G, driver, naive_rows)
            driver.close()
        finally:
            server.stop()
        started = time.perf_counter()
        files = export_admin_import(G, Path(tmp) / "csv")
        done = admin_import(files.args_file, Path(tmp) / "import")
        admin = time.perf_counter() - started
    ours_rate, naive_rate = total / ours, naive_written / naive_s
    admin_rate = total / admin if done.returncode == 0 else None
    return [
        row("neo4j: batched loader vs one MERGE per row", total, ours,
            total / naive_rate, ">= 20x rows/s", ours_rate >= 20 * naive_rate,
            ours_rows_per_s=round(ours_rate), baseline_rows_per_s=round(naive_rate),
            baseline_rows_measured=naive_written),
        row("neo4j: batched loader vs neo4j-admin import", total, ours, admin,
            ">= 0.3x rows/s", admin_rate is not None and ours_rate >= 0.3 * admin_rate,
            ours_rows_per_s=round(ours_rate),
            baseline_rows_per_s=None if admin_rate is None else round(admin_rate),
            admin_exit=done.returncode),
    ]  # fmt: skip
