"""Plain-text listings for the terminal: the money loops of a search, a centrality ranking.

``aikg loops`` and ``aikg rank`` print these; they are the same data as ``cycles.json``
and ``centrality.json``, one line per loop, flow or ranked node.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from aikg.graph.analysis.centrality import top_nodes
from aikg.graph.analysis.loops import LoopSearch, MoneyLoop

__all__ = ["loops_json", "loops_text", "ranking_text"]


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
                    f"{flow.get('kind')} {flow.get('amount_text') or 'undisclosed'} "
                    f"{flow.get('date') or ''}  [{ev.get('report', '')}]"
                )
    if search.truncated:
        lines.append(f"(search stopped early: {search.reason})")
    return "\n".join(lines)


def ranking_text(result: Mapping[str, Any], projection: str, measure: str, top: int) -> str:
    """The projection's description and notes, then its ``top`` nodes by ``measure``.

    >>> r = {"whole": {"description": "d", "weighted": False, "nodes": {
    ...     "x": {"name": "X", "label": "Company", "degree": 0.5}}}}
    >>> print(ranking_text(r, "whole", "degree", 5))
    whole: d (unweighted)
      1. X                              0.5000  (Company)
    """
    info = result[projection]
    lines = [
        f"{projection}: {info.get('description', '')} "
        f"({'weighted' if info.get('weighted') else 'unweighted'})"
    ]
    lines += [f"note: {note}" for note in info.get("notes", [])]
    for i, row in enumerate(top_nodes(result, projection, measure, top), 1):
        value = row.get(measure)
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        lines.append(f"{i:3d}. {row['name']:<30} {shown}  ({row.get('label', '')})")
    return "\n".join(lines)
