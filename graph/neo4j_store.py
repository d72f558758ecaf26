"""Write the knowledge graph (a ``networkx.MultiDiGraph``) into Neo4j, typed by the schema.

The graph contract (what the pipeline builds and :func:`load_graph` reads):

* node key: the string id; node attributes ``label`` (a schema label), ``name``,
  ``aliases`` and ``reports`` (lists of str), and the label's properties;
* edge key: a stable string; edge attributes ``type`` (a schema relationship type) and the
  type's properties, among them the parallel evidence lists ``evidence_reports``,
  ``evidence_texts`` and ``evidence_locators``.

How values are written:

* each property is converted to the type :func:`aikg.schema.model.properties_of` gives it:
  floats as floats, lists as lists; None, and "" for a non-string type, means not given and
  is not written; a None inside a list (Neo4j lists hold no nulls) is written as NaN in a
  float list and "" in a string list, so that parallel lists (``forecast_years``/``eps``)
  stay aligned; attributes the schema does not name are not written either (they are
  counted in :attr:`LoadStats.skipped_properties`);
* a ``date`` property (any schema property of type DATE, e.g. ``date``, ``published``)
  keeps what the report gave: a Neo4j ``date`` for ``YYYY-MM-DD``, the string itself for
  ``YYYY-MM`` or ``YYYY``. Beside it ``<name>_value`` is always a Neo4j ``date``, the first
  day of the period (``2025-03`` -> ``2025-03-01``): order and filter on ``date_value``;
* nodes are merged on ``id``, relationships on (source, target, type, ``key``), so loading
  the same graph twice, or a larger graph later, never makes duplicates;
* ``aliases`` and ``reports`` are unioned with what the database holds (first seen first),
  and so are evidence entries, compared as (report, text, locator) triples so that the three
  lists stay parallel; every other property is overwritten by the newer load.

Each batch is one managed write transaction (``session.execute_write``): it is committed
whole or not at all, and the driver retries it on transient errors. A load that stops part
way leaves whole batches only; running it again completes it.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from aikg.schema import AikgError
from aikg.schema.model import (
    BOOL,
    DATE,
    EVIDENCE_PROPERTIES,
    FLOAT,
    FLOATS,
    INT,
    LABELS,
    RELATIONSHIPS,
    STRING,
    STRINGS,
    properties_of,
)

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
# The password devtools/neo4j/neo4j.sh gives the local development server.
DEV_PASSWORD = "aikg-dev-password"

BOLT_SCHEMES: tuple[str, ...] = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# Node list properties that are unioned with the stored value instead of overwritten.
UNION_PROPERTIES: tuple[str, ...] = ("aliases", "reports")
EVIDENCE_KEYS: tuple[str, ...] = tuple(EVIDENCE_PROPERTIES)  # reports, texts, locators
DATE_VALUE_SUFFIX = "_value"

Progress = Callable[[int], None]
"""Called after each committed batch with the number of rows (nodes or relationships) it
wrote, so ``progress=bar.update`` drives a progress bar of length nodes + edges."""

_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Neo4jStoreError(AikgError):
    """A Neo4j failure, described in one line (credentials, server, database, load)."""


@dataclass
class LoadStats:
    """What :func:`load_graph` wrote: rows per label and per type (merged, not only new)."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    batches: int = 0
    skipped_properties: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total_nodes(self) -> int:
        return sum(self.nodes.values())

    @property
    def total_relationships(self) -> int:
        return sum(self.relationships.values())

    def __str__(self) -> str:
        return (
            f"{self.total_nodes} nodes and {self.total_relationships} relationships "
            f"in {self.batches} batches ({self.seconds:.1f} s)"
        )


# --------------------------------------------------------------------------- connection


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


# --------------------------------------------------------------------------- schema


def _quoted(name: str, kinds: Mapping[str, object]) -> str:
    """`name` back-quoted for Cypher, after checking it is a schema label or type."""
    if name not in kinds or not _IDENTIFIER.match(name):
        raise ValueError(f"not a schema label or relationship type: {name!r}")
    return f"`{name}`"


def date_properties(kind: str) -> list[str]:
    """The DATE-typed properties of a label or relationship type."""
    return [name for name, typ in properties_of(kind).items() if typ == DATE]


def schema_statements() -> list[str]:
    """The constraints and indexes aikg needs, from the schema, all ``IF NOT EXISTS``."""
    statements = []
    for label in LABELS:
        q = _quoted(label, LABELS)
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


def ensure_schema(driver: Driver, database: str | None = None) -> list[str]:
    """Creates the uniqueness constraints on ``id`` and the name/date indexes; idempotent.

    Only the missing ones are created (by name), then it waits until they are online.
    Returns all the statements of :func:`schema_statements`.
    """
    database = default_database(database)
    statements = schema_statements()
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


# --------------------------------------------------------------------------- values


def parse_date(value: object) -> tuple[object, dt.date]:
    """(stored value, first-day date) for a schema DATE value.

    ``"2025-03-14"`` -> (date(2025, 3, 14), date(2025, 3, 14));
    ``"2025-03"`` -> ("2025-03", date(2025, 3, 1)); ``"2025"`` -> ("2025", date(2025, 1, 1)).
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value, value
    match = _DATE.match(str(value).strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"not a YYYY-MM-DD, YYYY-MM or YYYY date: {value!r}")
    year, month, day = match.groups()
    first = dt.date(int(year), int(month or 1), int(day or 1))
    return (first if day else match.group(0)), first


def convert(value: object, typ: str) -> Any:
    """`value` as the schema type `typ` wants it written (dates: see :func:`parse_date`)."""
    if typ == STRING:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    elif typ == FLOAT:
        if isinstance(value, int | float | str) and not isinstance(value, bool):
            return float(value)
    elif typ == INT:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, int | str) and not isinstance(value, bool):
            return int(value)
    elif typ == BOOL:
        if isinstance(value, bool):
            return value
    elif typ in (STRINGS, FLOATS):
        items = [value] if isinstance(value, str | int | float) else value
        if isinstance(items, Iterable):
            seq = sorted(items) if isinstance(items, set | frozenset) else list(items)
            # Neo4j lists hold no nulls: a gap stays a gap, so parallel lists stay aligned.
            if typ == STRINGS:
                return ["" if item is None else convert(item, STRING) for item in seq]
            return [math.nan if item is None else convert(item, FLOAT) for item in seq]
    raise ValueError(f"cannot write {value!r} as {typ}")


def _props(kind: str, attrs: Mapping[str, Any], skip: set[str], skipped: Counter) -> dict:
    """The schema-typed properties of one node or edge, without the `skip` keys."""
    schema = properties_of(kind)
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if name in skip or value is None:
            continue
        typ = schema.get(name)
        if typ is None:
            skipped[f"{kind}.{name}"] += 1
            continue
        if value == "" and typ != STRING:  # an empty date or number: not given
            continue
        if typ == DATE:
            out[name], out[name + DATE_VALUE_SUFFIX] = parse_date(value)
        else:
            out[name] = convert(value, typ)
    return out


def _evidence(kind: str, attrs: Mapping[str, Any]) -> list[list[str]] | None:
    """The evidence as [report, text, locator] triples; None when `kind` carries none.

    A shorter list is padded with empty strings, so the triples stay aligned.
    """
    if not set(EVIDENCE_KEYS) <= set(properties_of(kind)):
        return None
    columns = [convert(attrs.get(key) or [], STRINGS) for key in EVIDENCE_KEYS]
    width = max(map(len, columns), default=0)
    columns = [col + [""] * (width - len(col)) for col in columns]
    return [list(triple) for triple in zip(*columns, strict=True)]


# --------------------------------------------------------------------------- rows


@dataclass
class PreparedGraph:
    """Rows ready for Cypher: nodes per label, relationships per (type, source, target)."""

    nodes: dict[str, list[dict]]
    relationships: dict[tuple[str, str, str], list[dict]]
    skipped_properties: dict[str, int]


def prepare(G: nx.MultiDiGraph) -> PreparedGraph:
    """Checks `G` against the schema and turns it into rows; raises ValueError on a breach.

    Breaches: a node without a schema label, an edge without a schema type, an edge whose
    endpoints' labels the type does not allow, a value that cannot take its schema type.
    """
    if not (G.is_directed() and G.is_multigraph()):
        raise TypeError(f"expected a networkx.MultiDiGraph, got {type(G).__name__}")
    skipped: Counter[str] = Counter()
    nodes: dict[str, list[dict]] = defaultdict(list)
    labels: dict[str, str] = {}
    for node_id, attrs in G.nodes(data=True):
        label = attrs.get("label")
        where = f"node {node_id!r}"
        if label not in LABELS:
            raise ValueError(f"{where}: label {label!r} is not in the schema")
        if attrs.get("id") not in (None, str(node_id)):
            raise ValueError(f"{where}: attribute id {attrs['id']!r} differs from the key")
        try:
            row = {
                "id": str(node_id),
                "props": _props(label, attrs, {"id", *UNION_PROPERTIES, *EVIDENCE_KEYS}, skipped),
                "evidence": _evidence(label, attrs) or [],
            }
            for name in UNION_PROPERTIES:
                row[name] = convert(attrs.get(name) or [], STRINGS)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        labels[node_id] = label
        nodes[label].append(row)

    relationships: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for source, target, key, attrs in G.edges(keys=True, data=True):
        rel_type = attrs.get("type")
        where = f"edge {source!r} -> {target!r} (key {key!r})"
        if rel_type not in RELATIONSHIPS:
            raise ValueError(f"{where}: type {rel_type!r} is not in the schema")
        spec = RELATIONSHIPS[rel_type]
        src, dst = labels[source], labels[target]
        if src not in spec.sources or dst not in spec.targets:
            raise ValueError(f"{where}: {rel_type} does not go from {src} to {dst}")
        try:
            row = {
                "source": str(source),
                "target": str(target),
                "key": str(key),
                "props": _props(rel_type, attrs, {"type", "key", *EVIDENCE_KEYS}, skipped),
                "evidence": _evidence(rel_type, attrs) or [],
            }
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        relationships[(rel_type, src, dst)].append(row)
    return PreparedGraph(dict(nodes), dict(relationships), dict(sorted(skipped.items())))


# --------------------------------------------------------------------------- cypher


def _evidence_merge(var: str) -> str:
    """Cypher that appends the row's evidence triples not already on `var`."""
    r, t, loc = (f"{var}.{key}" for key in EVIDENCE_KEYS)
    return (
        f"WITH {var}, row, [i IN range(0, size(coalesce({r}, [])) - 1) | "
        f"[{r}[i], coalesce({t}[i], ''), coalesce({loc}[i], '')]] AS old\n"
        f"WITH {var}, reduce(acc = old, e IN row.evidence | "
        f"CASE WHEN e IN acc THEN acc ELSE acc + [e] END) AS ev\n"
        f"SET {r} = [e IN ev | e[0]], {t} = [e IN ev | e[1]], {loc} = [e IN ev | e[2]]\n"
    )


def _union(var: str, name: str) -> str:
    return (
        f"{var}.{name} = reduce(acc = coalesce({var}.{name}, []), x IN row.{name} | "
        f"CASE WHEN x IN acc THEN acc ELSE acc + x END)"
    )


def node_query(label: str) -> str:
    """The batch MERGE for one label (the label is checked against the schema)."""
    query = (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{_quoted(label, LABELS)} {{id: row.id}})\n"
        "SET n += row.props\n"
        f"SET {', '.join(_union('n', name) for name in UNION_PROPERTIES)}\n"
    )
    if _evidence(label, {}) is not None:
        query += _evidence_merge("n")
    return query + "RETURN count(*) AS written"


def relationship_query(rel_type: str, source: str, target: str) -> str:
    """The batch MERGE for one relationship type between two labels (all schema-checked)."""
    query = (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{_quoted(source, LABELS)} {{id: row.source}})\n"
        f"MATCH (b:{_quoted(target, LABELS)} {{id: row.target}})\n"
        f"MERGE (a)-[r:{_quoted(rel_type, RELATIONSHIPS)} {{key: row.key}}]->(b)\n"
        "SET r += row.props\n"
    )
    if _evidence(rel_type, {}) is not None:
        query += _evidence_merge("r")
    return query + "RETURN count(*) AS written"


def _write_batch(tx: ManagedTransaction, query: str, rows: list[dict]) -> int:
    written = tx.run(query, rows=rows).single(strict=True)["written"]
    if written != len(rows):
        # Raised inside the transaction function: the batch is rolled back, not retried.
        raise Neo4jStoreError(f"wrote {written} of {len(rows)} rows: an endpoint node is missing")
    return written


# --------------------------------------------------------------------------- load


def load_graph(
    G: nx.MultiDiGraph,
    driver: Driver,
    database: str | None = None,
    batch_size: int = 500,
    progress: Progress | None = None,
) -> LoadStats:
    """Merges `G` into Neo4j (see the module docstring) and returns what it wrote.

    Runs :func:`ensure_schema` first, then writes nodes label by label and relationships
    type by type, `batch_size` rows per write transaction, calling `progress(rows)` after
    each one. Raises ValueError (before
    writing anything) if `G` breaks the schema, and Neo4jStoreError if Neo4j fails part
    way: the batches committed until then stay, and a re-run completes the load.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.monotonic()
    database = default_database(database)
    prepared = prepare(G)
    ensure_schema(driver, database)
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

    with driver.session(database=database) as session:
        for kind, name, query, rows in jobs:
            target = stats.nodes if kind == "nodes" else stats.relationships
            for start in range(0, len(rows), batch_size):
                batch = rows[start : start + batch_size]
                try:
                    written = session.execute_write(_write_batch, query, batch)
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


# --------------------------------------------------------------------------- counts


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
