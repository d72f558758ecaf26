"""report.md: a short human summary of a build (counts, the most central, the loops)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from aikg.graph.analysis.centrality import top_nodes
from aikg.graph.outputs.graph_files import atomic_write

__all__ = ["report_markdown", "write_report_md"]


def report_markdown(result: Any, top: int = 10) -> str:
    """The summary of a build (a ``BuildResult``) as Markdown: counts, top entities by
    centrality, the money loops, the documents not processed."""
    G = result.graph
    labels = Counter(d["label"] for _, d in G.nodes(data=True))
    types = Counter(d["type"] for _, _, d in G.edges(data=True))
    lines = ["# aikg build summary", ""]
    lines.append(f"{result.summary()}.")
    lines += ["", "## Reports", "", "| report | title | broker | period |", "|---|---|---|---|"]
    cell = lambda text: str(text).replace("|", "\\|")  # noqa: E731
    for meta in result.reports:
        lines.append(
            f"| {meta.report_id} | {cell(meta.title)} | {cell(meta.broker)} | {meta.period} |"
        )
    lines += ["", "## Nodes by label", "", "| label | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(labels.items())]
    lines += ["", "## Relationships by type", "", "| type | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(types.items())]
    lines += ["", "## Most central", ""]
    for projection in result.centrality:
        for measure in ("pagerank", "betweenness"):
            ranked = top_nodes(result.centrality, projection, measure, top)
            if not ranked:
                continue
            names = ", ".join(f"{r['name']} ({r[measure]:.3f})" for r in ranked)
            lines.append(f"- **{projection} / {measure}**: {names}")
    lines += ["", "## Circular financing", ""]
    loops = result.loops.to_json()
    if not loops["loops"]:
        lines.append("No money loop found.")
    for i, loop in enumerate(loops["loops"], 1):
        lines.append(f"{i}. {loop.get('summary') or ' → '.join(loop['names'])}")
    if loops.get("truncated"):
        lines.append(f"\nThe loop search stopped early: {loops.get('reason', '')}")
    if result.errors:
        lines += ["", "## Documents not processed", ""]
        lines += [f"- {e}" for e in result.errors]
    return "\n".join(lines) + "\n"


def write_report_md(result: Any, path: Path, top: int = 10) -> None:
    """Write :func:`report_markdown` to ``path``, whole or not at all."""
    atomic_write(path, report_markdown(result, top))
