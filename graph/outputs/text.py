"""Plain-text listings for the terminal: the money loops of a search, a centrality ranking.

``aikg loops`` and ``aikg rank`` print these; they are the same data as ``cycles.json``
and ``centrality.json``, one line per loop, flow or ranked node.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from aikg.graph.analysis.centrality import top_nodes
from aikg.graph.analysis.loops import LoopSearch, MoneyLoop

__all__ = [
    "display_width",
    "neo4j_failure_text",
    "fit",
    "loops_json",
    "loops_text",
    "ranking_text",
    "readable_amount",
    "text_table",
]

ELLIPSIS = "…"
_SCALES_EN = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_ZH_CURRENCY = {"USD": "美元", "CNY": "元", "RMB": "元", "HKD": "港元", "EUR": "欧元"}


def display_width(text: str) -> int:
    """How many terminal columns `text` takes: wide (CJK) characters count two, combining
    marks none.

    >>> display_width("NVIDIA"), display_width("英伟达"), display_width("e\u0301")
    (6, 6, 1)
    """
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def fit(text: str, width: int, align: str = "<") -> str:
    """`text` padded to `width` columns, or cut to fit with "…" (CJK counted as two).

    >>> fit("英伟达 NVIDIA", 8) + "|", fit("AMD", 5, ">") + "|"
    ('英伟达 …|', '  AMD|')
    """
    text = " ".join(str(text).split())  # one line per cell
    if display_width(text) > width:
        kept, used = [], 0
        for char in text:
            step = display_width(char)
            if used + step > width - 1:
                break
            kept.append(char)
            used += step
        text = "".join(kept) + ELLIPSIS
    pad = " " * (width - display_width(text))
    return pad + text if align == ">" else text + pad


def text_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 48, right=()
) -> str:
    """An aligned table with a rule under the header: each column as wide as its widest
    cell up to `max_width` columns (longer cells cut with "…"); columns named in `right`
    are right-aligned (numbers).

    >>> print(text_table(["name", "n"], [["英伟达", "3"], ["AMD", "12"]], right={"n"}))
    name     n
    ------  --
    英伟达   3
    AMD     12
    """
    widths = [
        min(max_width, max([display_width(h)] + [display_width(r[i]) for r in rows]))
        for i, h in enumerate(header)
    ]

    def line(cells: Sequence[str]) -> str:
        parts = [
            fit(c, w, ">" if h in right else "<")
            for c, w, h in zip(cells, widths, header, strict=True)
        ]
        return "  ".join(parts).rstrip()

    return "\n".join([line(header), "  ".join("-" * w for w in widths)] + [line(r) for r in rows])


def readable_amount(amount: float | None, currency: str | None, chinese: bool = False) -> str:
    """An amount as people write it: "$100bn", "$6.6bn", "CNY 50bn"; with `chinese`, or
    for yuan, in 亿 or 万: "1,000 亿美元", "500 亿元". "" for no amount.

    >>> readable_amount(1e11, "USD"), readable_amount(6.6e9, "USD"), readable_amount(5e10, "CNY")
    ('$100bn', '$6.6bn', '500 亿元')
    >>> readable_amount(1e11, "USD", chinese=True), readable_amount(3.5e6, None)
    ('1,000 亿美元', '3.5m')
    """
    if amount is None or isinstance(amount, bool) or not isinstance(amount, int | float):
        return ""
    code = (currency or "").upper()
    if chinese or code in ("CNY", "RMB"):
        unit, scale = ("亿", 1e8) if abs(amount) >= 1e8 else ("万", 1e4)
        number = _short_number(amount / scale) if abs(amount) >= 1e4 else f"{amount:,.0f}"
        return f"{number} {unit if abs(amount) >= 1e4 else ''}{_ZH_CURRENCY.get(code, code)}"
    scale, suffix = next(((s, x) for s, x in _SCALES_EN if abs(amount) >= s), (1, ""))
    number = _short_number(amount / scale) + suffix
    symbol = _SYMBOLS.get(code)
    return f"{symbol}{number}" if symbol else f"{code} {number}".strip()


def _short_number(value: float) -> str:
    """At most one decimal, thousands separated, no trailing ".0": 1,000 / 6.6 / 12."""
    text = f"{value:,.1f}" if abs(value) < 100 else f"{value:,.0f}"
    return text[:-2] if text.endswith(".0") else text


def loops_json(loops: Iterable[MoneyLoop]) -> str:
    """The loops as a JSON list (each as in ``cycles.json``)."""
    return json.dumps([loop.to_json() for loop in loops], ensure_ascii=False, indent=1)


def loops_text(loops: Iterable[MoneyLoop], search: LoopSearch) -> str:
    """One line per loop, then one per flow of each hop with its amount, date and report;
    a last line when ``search`` stopped early.

    >>> print(loops_text([], LoopSearch([])))
    no money loop found
    """
    data = [loop.to_json() for loop in loops]
    lines = [] if data else ["no money loop found"]
    for i, loop in enumerate(data, 1):
        lines.append(f"{i}. {loop.get('summary') or ' → '.join(loop['names'])}")
        for hop in loop.get("hops", []):
            for flow in hop.get("flows", []):
                ev = (flow.get("evidence") or [{}])[0]
                lines.append(
                    f"     {hop.get('from_name', '')} → {hop.get('to_name', '')}: "
                    f"{flow.get('kind')} {_flow_amount(flow)} "
                    f"{flow.get('date') or ''}  [{ev.get('report', '')}]"
                )
    if search.truncated:
        lines.append(f"(search stopped early: {search.reason})")
    return "\n".join(lines)


def _flow_amount(flow: Mapping[str, Any]) -> str:
    """The amount of a flow in the report's words, else as a readable number.

    >>> _flow_amount({"amount": 6.6e9, "currency": "USD"}), _flow_amount({})
    ('$6.6bn', 'undisclosed')
    """
    text = flow.get("amount_text")
    return text or readable_amount(flow.get("amount"), flow.get("currency")) or "undisclosed"


def ranking_text(
    result: Mapping[str, Any], projection: str, measure: str, top: int, period: str | None = None
) -> str:
    """The projection's description and notes, which reports it covers (`period`: those
    of that period and earlier), then its ``top`` nodes by ``measure`` as a table.

    >>> r = {"whole": {"description": "d", "weighted": False, "nodes": {
    ...     "x": {"name": "英伟达", "label": "Company", "degree": 0.5}}}}
    >>> print(ranking_text(r, "whole", "degree", 5, period="2025-10"))
    whole: d (unweighted)
    period: 2025-10 (reports of 2025-10 and earlier)
    rank  name    degree  label
    ----  ------  ------  -------
       1  英伟达  0.5000  Company
    """
    info = result[projection]
    lines = [
        f"{projection}: {info.get('description', '')} "
        f"({'weighted' if info.get('weighted') else 'unweighted'})"
    ]
    if period:
        lines.append(f"period: {period} (reports of {period} and earlier)")
    lines += [f"note: {note}" for note in info.get("notes", [])]
    rows = []
    for i, row in enumerate(top_nodes(result, projection, measure, top), 1):
        value = row.get(measure)
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        rows.append([str(i), str(row["name"]), shown, str(row.get("label", ""))])
    if not rows:
        return "\n".join([*lines, "(no node)"])
    header = ["rank", "name", measure, "label"]
    lines.append(text_table(header, rows, max_width=40, right={"rank", measure}))
    return "\n".join(lines)


NEO4J_START_HINT = (
    "start the project's server with devtools/neo4j/neo4j.sh start, "
    'then eval "$(devtools/neo4j/neo4j.sh env)"'
)


def neo4j_failure_text(message: str) -> str:
    """A Neo4j failure line, with how to start the dev server when none answers.

    >>> "neo4j.sh start" in neo4j_failure_text("Neo4j is unreachable at bolt://x")
    True
    """
    return f"{message} ({NEO4J_START_HINT})" if "unreachable" in message else message
