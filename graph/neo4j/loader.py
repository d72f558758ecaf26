"""Loading a graph into Neo4j: schema first, then nodes and relationships in batches.

Each batch is one managed write transaction (``session.execute_write``): it is committed
whole or not at all, and the driver retries it on transient errors. A load that stops part
way leaves whole batches only; running it again completes it.

A build that an update took reports out of (``G.graph["removed_reports"]``) first has
those reports' facts withdrawn by provenance (:mod:`~aikg.graph.neo4j.withdraw`): their
evidence entries go, facts no remaining report supports are deleted, nothing else is
touched; then the build is merged as always, so the database is updated in place.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import networkx as nx
from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from aikg.graph.neo4j.connection import Neo4jStoreError, default_database, describe_error
from aikg.graph.neo4j.constraints import ensure_schema
from aikg.graph.neo4j.cypher import node_query, relationship_query
from aikg.graph.neo4j.rows import prepare
from aikg.graph.neo4j.values import derived_cleared
from aikg.graph.neo4j.withdraw import withdraw_reports

__all__ = ["LoadStats", "Progress", "load_graph"]

Progress = Callable[[int], None]
"""Called after each committed batch with the number of rows (nodes or relationships) it
wrote, so ``progress=bar.update`` drives a progress bar of length nodes + edges."""


@dataclass
class LoadStats:
    """What :func:`load_graph` wrote: rows per label and per type (merged, not only new)."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    batches: int = 0
    skipped_properties: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    # what withdrawing removed reports did: nodes/relationships deleted and kept
    withdrawn: dict[str, int] = field(default_factory=dict)

    @property
    def total_nodes(self) -> int:
        return sum(self.nodes.values())

    @property
    def total_relationships(self) -> int:
        return sum(self.relationships.values())

    def __str__(self) -> str:
        text = (
            f"{self.total_nodes} nodes and {self.total_relationships} relationships "
            f"in {self.batches} batches ({self.seconds:.1f} s)"
        )
        if self.withdrawn:
            w = self.withdrawn
            text += (
                f"; removed reports: {w['nodes_deleted']} nodes and "
                f"{w['relationships_deleted']} relationships deleted"
            )
        return text


def _write_batch(tx: ManagedTransaction, query: str, rows: list[dict], clear: dict) -> int:
    written = tx.run(query, rows=rows, clear=clear).single(strict=True)["written"]
    if written != len(rows):
        # Raised inside the transaction function: the batch is rolled back, not retried.
        raise Neo4jStoreError(f"wrote {written} of {len(rows)} rows: an endpoint node is missing")
    return written


def load_graph(
    G: nx.MultiDiGraph,
    driver: Driver,
    database: str | None = None,
    batch_size: int = 5000,
    progress: Progress | None = None,
) -> LoadStats:
    """Merges `G` into Neo4j (see :mod:`aikg.graph.neo4j`) and returns what it wrote.

    Runs :func:`ensure_schema` for the labels of `G` first (the uniqueness constraints
    the MERGEs seek on), then writes nodes label by label and relationships type by type,
    one UNWIND query per label or type and `batch_size` rows per write transaction,
    calling `progress(rows)` after each one. Raises ValueError (before
    writing anything) if `G` breaks the schema, and Neo4jStoreError if Neo4j fails part
    way: the batches committed until then stay, and a re-run completes the load.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.monotonic()
    database = default_database(database)
    prepared = prepare(G)
    ensure_schema(driver, database, labels=sorted(prepared.nodes))
    stats = LoadStats(skipped_properties=prepared.skipped_properties)

    jobs: list[tuple[str, str, str, list[dict]]] = [
        ("nodes", label, node_query(label), rows) for label, rows in sorted(prepared.nodes.items())
    ]
    jobs += [
        ("relationships", rel_type, relationship_query(rel_type, src, dst), rows)
        for (rel_type, src, dst), rows in sorted(prepared.relationships.items())
    ]
    totals = Counter({kind: 0 for kind in ("nodes", "relationships")})
    for kind, _, _, rows in jobs:
        totals[kind] += len(rows)
    done: Counter[str] = Counter()

    gone = sorted(str(r) for r in G.graph.get("removed_reports") or [])
    with driver.session(database=database) as session:
        if gone:
            try:
                stats.withdrawn = withdraw_reports(session, gone)
            except (Neo4jError, DriverError, OSError) as exc:
                raise Neo4jStoreError(
                    f"withdrawing {len(gone)} removed reports: "
                    f"{describe_error(exc, database=database)}; run the load again"
                ) from None
        for kind, name, query, rows in jobs:
            target = stats.nodes if kind == "nodes" else stats.relationships
            clear = derived_cleared(name)
            for start in range(0, len(rows), batch_size):
                batch = rows[start : start + batch_size]
                try:
                    written = session.execute_write(_write_batch, query, batch, clear)
                except Neo4jStoreError as exc:
                    raise Neo4jStoreError(f"loading {kind} {name}: {exc}") from None
                except (Neo4jError, DriverError, OSError) as exc:
                    raise Neo4jStoreError(
                        f"load stopped at {kind} {name} after {done[kind]} of "
                        f"{totals[kind]} {kind}: {describe_error(exc, database=database)}; "
                        "committed batches stay, run the load again to complete it"
                    ) from None
                target[name] = target.get(name, 0) + written
                stats.batches += 1
                done[kind] += written
                if progress is not None:
                    progress(written)
    stats.seconds = time.monotonic() - started
    return stats
