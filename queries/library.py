"""The named Cypher queries of queries/*.cypher: list them, load them, run them.

Each ``.cypher`` file holds one query after a header of ``//`` comment lines::

    // name: company_timeline            (the file name without .cypher)
    // description: what it returns      (may go on over indented comment lines)
    // param: company = "NVIDIA"         (one line per parameter; the default is JSON)
    // returns: company, date, ...

Values only ever reach a query as Cypher parameters (``$company``), never as text.
:func:`run_query` returns the rows as dicts, with Neo4j dates and times as ISO strings;
``aikg query NAME`` runs one from the command line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from aikg.graph.neo4j.connection import Neo4jStoreError, default_database, describe_error

QUERY_DIR = Path(__file__).resolve().parent

_HEADER = re.compile(r"^//\s*(name|description|param|returns):\s*(.*)$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+)$")
_USED_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class Query:
    """One named query: its header and its Cypher text (header included)."""

    name: str
    description: str
    params: dict[str, Any]
    returns: tuple[str, ...]
    text: str
    path: Path


def parse_query(path: Path) -> Query:
    """Reads one ``.cypher`` file; raises ValueError if its header is malformed.

    The header must name the file, and declare exactly the ``$parameters`` the query uses.
    """
    text = path.read_text(encoding="utf-8")
    fields: dict[str, list[str]] = {"name": [], "description": [], "param": [], "returns": []}
    last = None
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        match = _HEADER.match(line)
        if match:
            last = match.group(1)
            fields[last].append(match.group(2).strip())
        elif last in ("description", "returns") and line[2:].strip():
            fields[last][-1] += " " + line[2:].strip()
    name = " ".join(fields["name"])
    if name != path.stem:
        raise ValueError(f"{path.name}: header name {name!r} is not the file name")
    params: dict[str, Any] = {}
    for spec in fields["param"]:
        match = _PARAM.match(spec)
        if not match:
            raise ValueError(f"{path.name}: bad param line {spec!r} (want: name = json)")
        try:
            params[match.group(1)] = json.loads(match.group(2))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name}: default of {match.group(1)} is not JSON") from exc
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    used = set(_USED_PARAM.findall(body))
    if used != set(params):
        raise ValueError(
            f"{path.name}: declared params {sorted(params)} differ from used {sorted(used)}"
        )
    returns = tuple(r.strip() for r in " ".join(fields["returns"]).split(",") if r.strip())
    return Query(name, " ".join(fields["description"]), params, returns, text, path)


@cache
def _queries() -> dict[str, Query]:
    return {path.stem: parse_query(path) for path in sorted(QUERY_DIR.glob("*.cypher"))}


def list_queries() -> list[Query]:
    """All queries of the library, by name."""
    return list(_queries().values())


def load_query(name: str) -> Query:
    """The query called `name`; KeyError names the known ones if there is none."""
    try:
        return _queries()[name]
    except KeyError:
        raise KeyError(f"no query {name!r}; known: {', '.join(_queries())}") from None


def parse_param(item: str) -> tuple[str, Any]:
    """``KEY=VALUE`` as (key, value) for :func:`run_query`: the value is JSON if it parses,
    else the text; ValueError without ``=``.

    >>> parse_param("max_len=4"), parse_param("company=英伟达")
    (('max_len', 4), ('company', '英伟达'))
    """
    if "=" not in item:
        raise ValueError(f"{item!r}: expected KEY=VALUE")
    key, value = item.split("=", 1)
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def _plain(value: Any) -> Any:
    """Driver values made plain: temporal values as ISO strings, recursively."""
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _read(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [_plain(record.data()) for record in tx.run(text, params)]


def run_query(
    driver: Driver,
    name: str,
    params: dict[str, Any] | None = None,
    database: str | None = None,
) -> list[dict[str, Any]]:
    """Runs the named query in a read transaction and returns its rows as dicts.

    `params` override the header's defaults; an undeclared name raises ValueError.
    Failures of Neo4j raise Neo4jStoreError with a one-line reason.
    """
    query = load_query(name)
    unknown = set(params or {}) - set(query.params)
    if unknown:
        raise ValueError(f"{name} takes {sorted(query.params)}, not {sorted(unknown)}")
    values = {**query.params, **(params or {})}
    database = default_database(database)
    try:
        # Unknown labels or types in a graph that lacks them are not worth a warning.
        with driver.session(database=database, notifications_min_severity="OFF") as session:
            return session.execute_read(_read, query.text, values)
    except (Neo4jError, DriverError, OSError) as exc:
        raise Neo4jStoreError(f"query {name}: {describe_error(exc, database=database)}") from None
