"""Query results as text: an aligned table, JSON or CSV (``aikg query --format``), and
the list of the library's queries with their parameters (``aikg query --list``)."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Iterable

from aikg.graph.outputs.text import readable_amount, text_table
from aikg.queries.library import Query

__all__ = ["format_query_list", "format_rows"]

MAX_CELL = 48  # display columns of a table cell; longer ones are cut with "…"


def format_rows(rows: list[dict], fmt: str) -> str:
    """Render query rows as an aligned table, JSON or CSV.

    In a table, CJK text is aligned by its display width, cells longer than ``MAX_CELL``
    columns end in "…", and an ``amount`` beside a ``currency`` reads as people write it
    ("$100bn"); JSON and CSV keep the numbers as they are.

    >>> print(format_rows([{"name": "英伟达", "n": 3}, {"name": "AMD", "n": 12}], "table"))
    name     n
    ------  --
    英伟达   3
    AMD     12
    >>> print(format_rows([{"amount": 1e11, "currency": "USD"}], "table"))
    amount  currency
    ------  --------
    $100bn  USD
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
    cells = [[_table_cell(r, c) for c in columns] for r in rows]
    numeric = {c for c in columns if all(_is_number(r.get(c)) for r in rows)}
    return text_table(columns, cells, max_width=MAX_CELL, right=numeric)


def format_query_list(queries: Iterable[Query], width: int = 96) -> str:
    """Each query: its name and what it answers, then its parameters with their defaults
    (``aikg query --list``)."""
    blocks = []
    for q in queries:
        lines = [q.name]
        lines += textwrap.wrap(q.description, width - 4, initial_indent="    ",
                               subsequent_indent="    ")  # fmt: skip
        for key, default in q.params.items():
            lines.append(f"    --param {key}={_default_text(q, key, default)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _default_text(query: Query, key: str, default: object) -> str:
    """A default as it would be typed after ``--param key=``: text bare, JSON otherwise."""
    if key in query.required:
        return "...  (required)"
    if isinstance(default, str):
        return default
    return json.dumps(default, ensure_ascii=False, separators=(",", ":"))


def _table_cell(row: dict, column: str) -> str:
    value = row.get(column)
    if column == "amount" and "currency" in row and _is_number(value):
        return readable_amount(value, row.get("currency")) or _cell(value)
    return _cell(value)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _cell(value: object) -> str:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)
