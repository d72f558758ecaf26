"""What a database holds, per label and per relationship type, and the same for a graph."""

from __future__ import annotations

from collections import Counter

import networkx as nx
from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError

from aikg.graph.neo4j.connection import Neo4jStoreError, default_database, describe_error

__all__ = ["counts", "graph_counts"]


def counts(driver: Driver, database: str | None = None) -> dict[str, dict[str, int]]:
    """{"nodes": {label: n}, "relationships": {type: n}} as stored in Neo4j, keys sorted."""
    database = default_database(database)
    try:
        nodes, _, _ = driver.execute_query(
            "MATCH (n) UNWIND labels(n) AS label RETURN label AS name, count(*) AS n",
            database_=database,
            routing_="r",
        )
        rels, _, _ = driver.execute_query(
            "MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n",
            database_=database,
            routing_="r",
        )
    except (Neo4jError, DriverError, OSError) as exc:
        raise Neo4jStoreError(describe_error(exc, database=database)) from None
    return {
        "nodes": {r["name"]: r["n"] for r in sorted(nodes, key=lambda r: r["name"])},
        "relationships": {r["name"]: r["n"] for r in sorted(rels, key=lambda r: r["name"])},
    }


def graph_counts(G: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """The same shape as :func:`counts`, computed from the NetworkX graph."""
    nodes = Counter(attrs.get("label") for _, attrs in G.nodes(data=True))
    rels = Counter(attrs.get("type") for *_, attrs in G.edges(data=True))
    return {
        "nodes": dict(sorted(nodes.items())),
        "relationships": dict(sorted(rels.items())),
    }
