"""Neo4j loading, measured on the real development server: our batched loader against a
naive loader (one auto-committed MERGE per row in one session, written here only) and
against ``neo4j-admin database import`` of the CSVs ``aikg export --neo4j-import`` writes."""

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


def naive_sample(G: nx.MultiDiGraph, rows: int) -> nx.MultiDiGraph:
    """A part of ``G`` with about ``rows`` nodes + relationships that loads on its own:
    the first flow events (by id after the label prefix, so Deals and Investments mix as
    in the whole) with their edges and the companies at their ends, so the naive loader
    writes about the whole graph's mix of nodes and relationships."""
    keep: set[str] = set()
    count = 0
    events = [n for n, d in G.nodes(data=True) if d.get("label") != "Company"]
    for event in sorted(events, key=lambda n: (n.split(":", 1)[-1], n)):
        if count >= rows:
            break
        ends = {*G.predecessors(event), *G.successors(event)}
        count += 1 + len(ends - keep) + G.in_degree(event) + G.out_degree(event)
        keep |= ends | {event}
    return G.subgraph(keep).copy()


def naive_load(G: nx.MultiDiGraph, driver) -> tuple[int, float]:
    """Every row of ``G`` as its own auto-committed MERGE in one session: the statement
    :func:`load_graph` runs, given one row instead of a batch, so the database ends up the
    same and only the batching differs; (rows written, seconds)."""
    from aikg.graph.neo4j.cypher import node_query, relationship_query
    from aikg.graph.neo4j.rows import prepare
    from aikg.graph.neo4j.values import derived_cleared

    prepared = prepare(G)
    jobs = [(node_query(label), label, rows) for label, rows in prepared.nodes.items()]
    jobs += [
        (relationship_query(*kind), kind[0], rows) for kind, rows in prepared.relationships.items()
    ]
    written, started = 0, time.perf_counter()
    with driver.session() as session:
        for query, kind, rows in jobs:
            clear = derived_cleared(kind)
            for r in rows:
                written += session.run(query, rows=[r], clear=clear).single()["written"]
    return written, time.perf_counter() - started


def warm_up(G: nx.MultiDiGraph, driver, rows: int) -> float:
    """Both loaders once (ours on all of ``G``, the naive one on a small part), then an
    empty database again, and the seconds of that first, cold load of ours. The timed
    runs then start alike: query plans and JIT warm, constraints there, and the store
    files grown to hold ``G`` (else the loader that writes more rows pays for growing
    them, and whichever runs first for a cold JVM)."""
    from aikg.graph.neo4j import load_graph

    started = time.perf_counter()
    load_graph(G, driver)
    cold = time.perf_counter() - started
    driver.execute_query("MATCH (n) DETACH DELETE n")
    naive_load(naive_sample(G, rows // 5), driver)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    return cold


def rust_extension() -> bool:
    """Whether the driver packs with neo4j-rust-ext (the ``neo4j-fast`` extra)."""
    try:
        import neo4j._rust  # noqa: F401
    except ImportError:
        return False
    return True


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
            cold = warm_up(G, driver, naive_rows)
            started, cpu = time.perf_counter(), time.process_time()
            load_graph(G, driver)
            ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu
            driver.execute_query("MATCH (n) DETACH DELETE n")
            sample = naive_sample(G, naive_rows)
            naive_written, naive_s = naive_load(sample, driver)
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
            baseline_rows_measured=naive_written, rust_ext=rust_extension(),
            ours_client_cpu_s=round(ours_cpu, 2), ours_first_load_s=round(cold, 1)),
        row("neo4j: batched loader vs neo4j-admin import", total, ours, admin,
            ">= 0.3x rows/s", admin_rate is not None and ours_rate >= 0.3 * admin_rate,
            ours_rows_per_s=round(ours_rate),
            baseline_rows_per_s=None if admin_rate is None else round(admin_rate),
            admin_exit=done.returncode),
    ]  # fmt: skip
