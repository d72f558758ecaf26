"""The constraints and indexes aikg needs in Neo4j, generated from the schema."""

from __future__ import annotations

from collections.abc import Iterable

from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError

from aikg.graph.neo4j.connection import Neo4jStoreError, default_database, describe_error
from aikg.graph.neo4j.values import DATE_VALUE_SUFFIX, date_properties, quoted
from aikg.schema.model import LABELS

__all__ = ["ensure_schema", "schema_statements"]


def schema_statements(labels: Iterable[str] | None = None) -> list[str]:
    """The constraints and indexes aikg needs, from the schema, all ``IF NOT EXISTS``;
    with ``labels``, only those of these labels (each checked against the schema)."""
    wanted = set(LABELS) if labels is None else set(labels)
    unknown = sorted(wanted - set(LABELS))
    if unknown:
        raise ValueError(f"not schema labels: {', '.join(map(repr, unknown))}")
    statements = []
    for label in (name for name in LABELS if name in wanted):
        q = quoted(label, LABELS)
        low = label.lower()
        statements.append(
            f"CREATE CONSTRAINT aikg_{low}_id IF NOT EXISTS FOR (n:{q}) REQUIRE n.id IS UNIQUE"
        )
        statements.append(f"CREATE INDEX aikg_{low}_name IF NOT EXISTS FOR (n:{q}) ON (n.name)")
        for prop in date_properties(label):
            for indexed in (prop, prop + DATE_VALUE_SUFFIX):
                statements.append(
                    f"CREATE INDEX aikg_{low}_{indexed} IF NOT EXISTS FOR (n:{q}) ON (n.{indexed})"
                )
    return statements


def ensure_schema(
    driver: Driver, database: str | None = None, labels: Iterable[str] | None = None
) -> list[str]:
    """Creates the uniqueness constraints on ``id`` and the name/date indexes; idempotent.

    Only the missing ones are created (by name), then it waits until they are online.
    With ``labels`` only those labels' are (a load creates what it writes, each schema
    statement costing a transaction on a new database). Returns all the statements of
    :func:`schema_statements` for those labels.
    """
    database = default_database(database)
    statements = schema_statements(labels)
    try:
        with driver.session(database=database) as session:
            # One look-up first, so a loaded database costs one round trip, not dozens.
            existing = {
                record["name"]
                for show in ("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name")
                for record in session.run(show + " RETURN name")
            }
            missing = [s for s in statements if _schema_name(s) not in existing]
            for statement in missing:
                session.run(statement).consume()
            if missing:
                session.run("CALL db.awaitIndexes(300)").consume()
    except (Neo4jError, DriverError, OSError) as exc:
        raise Neo4jStoreError(describe_error(exc, database=database)) from None
    return statements


def _schema_name(statement: str) -> str:
    """The constraint or index name of a :func:`schema_statements` statement."""
    return statement.split()[2]
