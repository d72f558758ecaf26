"""Connecting to Neo4j, and every Neo4j failure as one line (:class:`Neo4jStoreError`)."""

from __future__ import annotations

import os
from typing import Any

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from aikg.schema import AikgError

__all__ = [
    "BOLT_SCHEMES",
    "DEFAULT_URI",
    "DEFAULT_USER",
    "DEV_PASSWORD",
    "Neo4jStoreError",
    "connect",
    "default_database",
    "describe_error",
]

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
# The password devtools/neo4j/neo4j.sh gives the local development server.
DEV_PASSWORD = "aikg-dev-password"

BOLT_SCHEMES: tuple[str, ...] = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jStoreError(AikgError):
    """A Neo4j failure, described in one line (credentials, server, database, load)."""


def _one_line(text: object, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def describe_error(exc: BaseException, uri: str = "", database: str | None = None) -> str:
    """A one-line reason for a driver exception."""
    where = f" at {uri}" if uri else ""
    if isinstance(exc, AuthError):
        return (
            f"Neo4j{where} rejected the user name or password "
            "(check NEO4J_USERNAME / NEO4J_PASSWORD)"
        )
    code = getattr(exc, "code", None) or ""
    if code == "Neo.ClientError.Database.DatabaseNotFound":
        return f"Neo4j{where} has no database {database!r} (check NEO4J_DATABASE)"
    if isinstance(exc, ServiceUnavailable | SessionExpired | OSError):
        return f"Neo4j is unreachable{where}: {_one_line(exc, 200)}"
    if isinstance(exc, ConfigurationError | ValueError):
        return f"bad Neo4j connection settings for {uri!r}: {_one_line(exc, 200)}"
    message = getattr(exc, "message", None) or str(exc)
    return f"Neo4j error{where}: {code + ': ' if code else ''}{_one_line(message, 200)}"


def default_database(database: str | None = None) -> str | None:
    """`database`, else NEO4J_DATABASE, else None (the server's default database)."""
    return database or os.environ.get("NEO4J_DATABASE") or None


def connect(
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    **driver_options: Any,
) -> Driver:
    """Opens a driver and checks that it can run a query in `database`.

    Unset arguments come from NEO4J_URI (default ``bolt://127.0.0.1:7687``),
    NEO4J_USERNAME (``neo4j``), NEO4J_PASSWORD (the dev server's ``aikg-dev-password``) and
    NEO4J_DATABASE (the server's default). Any URI scheme of the driver works, e.g.
    ``neo4j+s://xxxx.databases.neo4j.io`` for Aura. `driver_options` go to
    ``GraphDatabase.driver`` (e.g. ``max_transaction_retry_time=5``).

    Raises Neo4jStoreError with a one-line reason: bad credentials, server unreachable,
    unknown database, malformed URI.
    """
    uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
    user = user or os.environ.get("NEO4J_USERNAME") or DEFAULT_USER
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    database = default_database(database)
    scheme = uri.split("://", 1)[0] if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        raise Neo4jStoreError(
            f"bad Neo4j URI {uri!r}: the scheme must be one of {', '.join(BOLT_SCHEMES)}"
        )
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password or DEV_PASSWORD), **driver_options)
    except (ConfigurationError, ValueError) as exc:
        raise Neo4jStoreError(describe_error(exc, uri, database)) from None
    try:
        # An auto-commit query: unlike execute_query it is not retried for 30 s.
        with driver.session(database=database) as session:
            session.run("RETURN 1").consume()
    except (Neo4jError, DriverError, OSError) as exc:
        driver.close()
        raise Neo4jStoreError(describe_error(exc, uri, database)) from None
    return driver
