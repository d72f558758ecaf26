"""The named Cypher queries of queries/*.cypher: list them, load them, run them.

Each ``.cypher`` file starts with the Neo4j Browser ``:param`` lines it needs, so the
whole file can be pasted into the Browser and run as it is, then a header of ``//``
comment lines, then the query::

    :param company => "NVIDIA";          (one line per parameter; the default is JSON)
    // name: company_timeline            (the file name without .cypher)
    // description: what it returns      (may go on over indented comment lines)
    // required: report                  (parameters without a usable default, if any)
    // returns: company, date, ...

The ``:param`` lines are the declared parameters and their defaults; they are stripped
before the query goes to the driver. Values only ever reach a query as Cypher parameters
(``$company``), never as text, and are checked against the default's kind first (a date
for a date, a number for a number). :func:`run_query` returns the rows as dicts, with
Neo4j dates and times as ISO strings; ``aikg query NAME`` runs one from the command line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath

from aikg.graph.neo4j.connection import Neo4jStoreError, default_database, describe_error

QUERY_DIR = Path(__file__).resolve().parent

_HEADER = re.compile(r"^//\s*(name|description|required|returns):\s*(.*)$")
_BROWSER_PARAM = re.compile(r"^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$")
_USED_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# A default of this shape makes the parameter a date (or month) of the same shape.
_DATE_SHAPES = {
    r"\d{4}-\d{2}-\d{2}": ("%Y-%m-%d", "a date YYYY-MM-DD"),
    r"\d{4}-\d{2}": ("%Y-%m", "a month YYYY-MM"),
}


@dataclass(frozen=True)
class Query:
    """One named query: its header, its Cypher text for the driver (``:param`` lines
    left out) and the file's text as the Browser takes it (``source``)."""

    name: str
    description: str
    params: dict[str, Any]
    returns: tuple[str, ...]
    text: str
    path: Path
    required: tuple[str, ...] = ()
    source: str = ""


def _header_fields(lines: list[str], path: Path) -> tuple[dict[str, list[str]], dict]:
    """The ``//`` header fields and the ``:param`` defaults of the file's leading lines."""
    fields: dict[str, list[str]] = {"name": [], "description": [], "required": [], "returns": []}
    params: dict[str, Any] = {}
    last = None
    for line in lines:
        param = _BROWSER_PARAM.match(line)
        if param:
            try:
                params[param.group(1)] = json.loads(param.group(2))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name}: default of {param.group(1)} is not JSON") from exc
            continue
        if line.startswith(":param"):
            raise ValueError(f"{path.name}: bad line {line!r} (want: :param name => json;)")
        if not line.startswith("//"):
            break
        match = _HEADER.match(line)
        if match:
            last = match.group(1)
            fields[last].append(match.group(2).strip())
        elif last in ("description", "returns") and line[2:].strip():
            fields[last][-1] += " " + line[2:].strip()
    return fields, params


def parse_query(path: Path) -> Query:
    """Reads one ``.cypher`` file; raises ValueError if its header is malformed.

    The header must name the file, and declare (``:param``) exactly the ``$parameters``
    the query uses.
    """
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    fields, params = _header_fields(lines, path)
    name = " ".join(fields["name"])
    if name != path.stem:
        raise ValueError(f"{path.name}: header name {name!r} is not the file name")
    text = "\n".join(line for line in lines if not line.startswith(":param"))
    body = "\n".join(line for line in lines if not line.lstrip().startswith(("//", ":")))
    used = set(_USED_PARAM.findall(body))
    if used != set(params):
        raise ValueError(
            f"{path.name}: declared params {sorted(params)} differ from used {sorted(used)}"
        )
    required = tuple(r.strip() for r in ",".join(fields["required"]).split(",") if r.strip())
    if not set(required) <= set(params):
        raise ValueError(f"{path.name}: required {sorted(required)} are not all declared")
    returns = tuple(r.strip() for r in " ".join(fields["returns"]).split(",") if r.strip())
    description = " ".join(fields["description"])
    return Query(name, description, params, returns, text, path, required, source)


def _date_shape(value: Any) -> tuple[str, str] | None:
    """(strptime format, description) when `value` is a date or month string."""
    if isinstance(value, str):
        for pattern, shape in _DATE_SHAPES.items():
            if re.fullmatch(pattern, value):
                return shape
    return None


def check_value(query: Query, key: str, value: Any) -> Any:
    """`value` for parameter `key` of `query`, of the kind its default is (a number given
    for a text parameter becomes text); ValueError naming the parameter if it cannot be.

    >>> q = Query("q", "", {"from": "1900-01-01", "limit": 5, "who": None}, (), "", Path())
    >>> check_value(q, "from", "2025-02-01"), check_value(q, "who", 3)
    ('2025-02-01', '3')
    >>> check_value(q, "from", "garbage")
    Traceback (most recent call last):
    ValueError: from='garbage': expected a date YYYY-MM-DD
    >>> check_value(q, "limit", "ten")
    Traceback (most recent call last):
    ValueError: limit='ten': expected a whole number
    """
    default = query.params[key]
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        raise ValueError(f"{key}={value!r}: expected true or false")
    if isinstance(default, int | float):
        if isinstance(value, int | float) and not isinstance(value, bool):
            if isinstance(default, int) and not float(value).is_integer():
                raise ValueError(f"{key}={value!r}: expected a whole number")
            return type(default)(value)
        kind = "a whole number" if isinstance(default, int) else "a number"
        raise ValueError(f"{key}={value!r}: expected {kind}")
    if isinstance(default, list):
        if isinstance(value, list):
            return value
        raise ValueError(f"{key}={value!r}: expected a JSON list like {json.dumps(default)}")
    if value is None or isinstance(value, list | dict):
        if default is None and value is None:
            return None
        raise ValueError(f"{key}={value!r}: expected text")
    value = str(value) if not isinstance(value, str) else value
    shape = _date_shape(default)
    if shape:
        try:
            datetime.strptime(value, shape[0])
        except ValueError:
            raise ValueError(f"{key}={value!r}: expected {shape[1]}") from None
    return value


def query_values(query: Query, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """The values `query` runs with: its defaults overridden by `params`, each checked
    by :func:`check_value`. ValueError for an undeclared or a missing required name."""
    params = params or {}
    unknown = set(params) - set(query.params)
    if unknown:
        raise ValueError(f"{query.name} takes {sorted(query.params)}, not {sorted(unknown)}")
    missing = [key for key in query.required if params.get(key) is None]
    if missing:
        raise ValueError(f"{', '.join(missing)} is required: --param {missing[0]}=VALUE")
    checked = {key: check_value(query, key, value) for key, value in params.items()}
    return {**query.params, **checked}


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
    """Driver values made plain: temporal values as ISO strings, a node as its name, a
    relationship as its type, a path as "a -TYPE-> b -TYPE-> c" (the Browser draws them;
    a table needs text), recursively."""
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, Node):
        return value.get("name") or value.get("id")
    if isinstance(value, Relationship):
        return value.type
    if isinstance(value, GraphPath):
        nodes = value.nodes
        text = str(_plain(nodes[0]))
        for here, rel, there in zip(nodes, value.relationships, nodes[1:], strict=False):
            forward = rel.start_node is not None and rel.start_node.element_id == here.element_id
            text += f" -{rel.type}-> " if forward else f" <-{rel.type}- "
            text += str(_plain(there))
        return text
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _read(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    rows = tx.run(text, params)
    return [{key: _plain(value) for key, value in record.items()} for record in rows]


def run_query(
    driver: Driver,
    name: str,
    params: dict[str, Any] | None = None,
    database: str | None = None,
) -> list[dict[str, Any]]:
    """Runs the named query in a read transaction and returns its rows as dicts.

    `params` override the header's defaults (:func:`query_values`): an undeclared name,
    a missing required one or a value of the wrong kind raises ValueError naming it.
    Failures of Neo4j raise Neo4jStoreError with a one-line reason.
    """
    query = load_query(name)
    values = query_values(query, params)
    database = default_database(database)
    try:
        # Unknown labels or types in a graph that lacks them are not worth a warning.
        with driver.session(database=database, notifications_min_severity="OFF") as session:
            return session.execute_read(_read, query.text, values)
    except (Neo4jError, DriverError, OSError) as exc:
        raise Neo4jStoreError(f"query {name}: {describe_error(exc, database=database)}") from None
