"""CSV files for ``neo4j-admin database import full``: the fastest way to put a large
graph into an empty database.

:func:`export_admin_import` writes the graph as the tool's CSV files (nodes per label,
relationships per type, each with a typed header) and ``import.args``, the arguments to
run it with::

    aikg export out --neo4j-import csv/
    neo4j-admin database import full neo4j --overwrite-destination @csv/import.args

The rows are those :func:`aikg.graph.neo4j.load_graph` writes (from
:func:`aikg.graph.neo4j.rows.prepare`):
the same ids, labels, relationship keys, schema-typed properties and evidence lists. A
property that is a date on some rows and a string on others (``2025-03-14`` and
``2025-03``) is kept so by writing those rows to separate files, each with its header.
Differences from a load: empty lists are not written (the tool cannot tell one from a
missing value), and the constraints are created when the server first loads with
``aikg load`` or :func:`aikg.graph.neo4j.constraints.ensure_schema`. The tool writes
into a stopped, empty (or overwritten) database: use it for a first load of a large
graph, and ``aikg load`` to add to a database.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from aikg.graph.neo4j.rows import prepare
from aikg.graph.neo4j.values import EVIDENCE_KEYS, UNION_PROPERTIES

__all__ = ["ARRAY_DELIMITER", "AdminImportFiles", "csv_type", "export_admin_import"]

# Between the items of a list in one CSV field: the unit separator, which no report text
# holds (it is removed from values all the same).
ARRAY_DELIMITER = "\x1f"


@dataclass
class AdminImportFiles:
    """What :func:`export_admin_import` wrote: CSV files, the argument file, row counts."""

    folder: Path
    nodes: list[Path] = field(default_factory=list)
    relationships: list[Path] = field(default_factory=list)
    args_file: Path | None = None
    node_rows: int = 0
    relationship_rows: int = 0

    def arguments(self) -> list[str]:
        """The options of ``neo4j-admin database import full`` for these files."""
        return [
            "--array-delimiter=U+001F",
            "--multiline-fields=true",
            "--id-type=string",
            *(f"--nodes={path}" for path in self.nodes),
            *(f"--relationships={path}" for path in self.relationships),
        ]


def csv_type(value: Any) -> str | None:
    """The neo4j-admin header type of a property value, None for an empty list or for
    no value (a property a load would not set either).

    >>> csv_type("a"), csv_type(2), csv_type(1.5), csv_type(True), csv_type(["x"])
    ('string', 'long', 'double', 'boolean', 'string[]')
    >>> csv_type(dt.date(2025, 3, 1)), csv_type([0.5, float("nan")]), csv_type([]), csv_type(None)
    ('date', 'double[]', None, None)
    """
    if value is None:
        return None
    if isinstance(value, list | tuple):
        if not value:
            return None
        inner = csv_type(value[0])
        return f"{inner}[]" if inner else None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, dt.date):
        return "date"
    return "string"


def _field(value: Any) -> Any:
    """One CSV field: lists joined by :data:`ARRAY_DELIMITER`, dates in ISO form."""
    if isinstance(value, list | tuple):
        return ARRAY_DELIMITER.join(str(_field(item)) for item in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value.replace(ARRAY_DELIMITER, " ")
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return value


def _properties(row: dict) -> dict[str, Any]:
    """A prepared row's properties as stored: typed props, unions and evidence lists."""
    props = dict(row["props"])
    for name in UNION_PROPERTIES:
        if name in row:
            props[name] = row[name]
    evidence = row.get("evidence") or []
    if evidence:
        for i, key in enumerate(EVIDENCE_KEYS):
            props[key] = [triple[i] for triple in evidence]
    return {name: value for name, value in props.items() if csv_type(value) is not None}


def _signature(props: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((name, csv_type(value) or "") for name, value in props.items()))


def _write(path: Path, head: list[str], rows: list[list[Any]]) -> None:
    # Quote every string, so that "" is an empty string and an empty field is absent.
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(head)
        writer.writerows(rows)


def _grouped(rows: list[dict]) -> dict[tuple, list[tuple[dict, dict]]]:
    """Rows grouped by the names and types of their properties (one file each)."""
    groups: dict[tuple, list[tuple[dict, dict]]] = defaultdict(list)
    for row in rows:
        props = _properties(row)
        groups[_signature(props)].append((row, props))
    return groups


def export_admin_import(G: nx.MultiDiGraph, folder: str | Path) -> AdminImportFiles:
    """Write ``G`` as neo4j-admin import CSVs and ``import.args`` into ``folder``.

    Raises ValueError (from :func:`prepare`) when ``G`` breaks the schema, OSError when
    the folder cannot be written.
    """
    prepared = prepare(G)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = AdminImportFiles(folder)
    for label, rows in sorted(prepared.nodes.items()):
        for n, (signature, group) in enumerate(sorted(_grouped(rows).items())):
            path = folder / f"nodes-{label}-{n}.csv"
            head = ["id:ID", ":LABEL", *(f"{name}:{typ}" for name, typ in signature)]
            body = [
                [row["id"], label, *(_field(props[name]) for name, _ in signature)]
                for row, props in group
            ]
            _write(path, head, body)
            files.nodes.append(path)
            files.node_rows += len(body)
    for (rel_type, source, target), rows in sorted(prepared.relationships.items()):
        for n, (signature, group) in enumerate(sorted(_grouped(rows).items())):
            path = folder / f"relationships-{rel_type}-{source}-{target}-{n}.csv"
            head = [":START_ID", ":END_ID", ":TYPE", "key:string"]
            head += [f"{name}:{typ}" for name, typ in signature]
            body = [
                [row["source"], row["target"], rel_type, row["key"]]
                + [_field(props[name]) for name, _ in signature]
                for row, props in group
            ]
            _write(path, head, body)
            files.relationships.append(path)
            files.relationship_rows += len(body)
    files.args_file = folder / "import.args"
    files.args_file.write_text(
        "\n".join(f'"{arg}"' for arg in files.arguments()) + "\n", encoding="utf-8"
    )
    return files
