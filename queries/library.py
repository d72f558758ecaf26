"""The named Cypher queries of queries/*.cypher: list them, load them, run them.

Each ``.cypher`` file holds one query after a header of ``//`` comment lines::

    // name: company_timeline            (the file name without .cypher)
    // description: what it returns      (may go on over indented comment lines)
    // param: company = "NVIDIA"         (one line per parameter; the default is JSON)
    // returns: company, date, ...

Values only ever reach a query as Cypher parameters (``$company``), never as text.
:func:`run_query` returns the rows as dicts, with Neo4j dates and times as ISO strings.

``python -m aikg.queries.library list | show NAME | grass [--write]`` lists the queries,
prints one, or prints (or writes) the Neo4j Browser stylesheet ``browser.grass``.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from aikg.graph.neo4j_store import Neo4jStoreError, default_database, describe_error
from aikg.schema.model import LABELS, MONEY_ROLES, RELATIONSHIPS

QUERY_DIR = Path(__file__).resolve().parent
GRASS_PATH = QUERY_DIR / "browser.grass"

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


# --------------------------------------------------------------------------- Browser style


def _shade(color: str, factor: float) -> str:
    """`color` (#rrggbb) with each channel multiplied by `factor`."""
    channels = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{min(255, round(c * factor)):02X}" for c in channels)


def _text_color(color: str) -> str:
    """Black or white, whichever reads better on `color` (WCAG relative luminance)."""

    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(color[i : i + 2], 16)) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 0.179 else "#FFFFFF"


def grass_stylesheet() -> str:
    """The Neo4j Browser GraSS stylesheet for the schema: each label's colour, caption name.

    Money-carrying relationship types (schema MONEY_ROLES) are drawn thicker.
    """
    blocks = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n"
        "  border-width: 2px;\n  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n"
        "  padding: 3px;\n  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n"
        '  caption: "<type>";\n}',
    ]
    for label in LABELS.values():
        color = label.color.upper()
        blocks.append(
            f"node.{label.name} {{\n  color: {color};\n"
            f"  border-color: {_shade(color, 0.8)};\n"
            f"  text-color-internal: {_text_color(color)};\n"
            '  defaultCaption: "<id>";\n  caption: "{name}";\n}'
        )
    for rel_type in RELATIONSHIPS:
        if rel_type in MONEY_ROLES:
            blocks.append(
                f'relationship.{rel_type} {{\n  shaft-width: 3px;\n  caption: "<type>";\n}}'
            )
    return "\n\n".join(blocks) + "\n"


def main(argv: list[str]) -> int:
    """``list``, ``show NAME``, ``grass`` or ``grass --write`` (see the module docstring)."""
    if argv[:1] == ["list"]:
        for query in list_queries():
            params = ", ".join(f"{k}={json.dumps(v)}" for k, v in query.params.items())
            print(f"{query.name}({params})\n    {query.description}")
    elif len(argv) == 2 and argv[0] == "show":
        print(load_query(argv[1]).text, end="")
    elif argv[:1] == ["grass"] and argv[1:] in ([], ["--write"]):
        if argv[1:]:
            GRASS_PATH.write_text(grass_stylesheet(), encoding="utf-8")
            print(f"wrote {GRASS_PATH}")
        else:
            print(grass_stylesheet(), end="")
    else:
        print("usage: python -m aikg.queries.library list | show NAME | grass [--write]")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
