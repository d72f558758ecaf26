"""Query results as text: an aligned table, JSON or CSV (``aikg query --format``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from aikg.queries.library import Query

__all__ = ["format_query_list", "format_rows"]


def format_rows(rows: list[dict], fmt: str) -> str:
    """Render query rows as an aligned table, JSON or CSV.

    >>> print(format_rows([{"name": "NVIDIA", "n": 3}, {"name": "AMD", "n": 5}], "table"))
    name    n
    ------  -
    NVIDIA  3
    AMD     5
    >>> format_rows([], "table")
    '(no rows)'
    """
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1, default=str)
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
        return buf.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(v[:60].ljust(w) for v, w in zip(vals, widths, strict=True))  # noqa: E731
    return "\n".join([line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells])


def format_query_list(queries: Iterable[Query]) -> str:
    """One line per query: its name and what it answers (``aikg query --list``)."""
    return "\n".join(f"{q.name:<24} {q.description}" for q in queries)


def _cell(value: object) -> str:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)
