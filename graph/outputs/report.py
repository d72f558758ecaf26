"""report.md: a short human summary of a build (counts, the most central, the loops, the
facts reports disagree on, and after an update what changed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from aikg.graph.analysis.centrality import top_nodes
from aikg.graph.incremental.changes import changes_markdown
from aikg.graph.outputs.graph_files import atomic_write, keyed_edges

__all__ = ["conflict_lines", "report_markdown", "write_report_md"]


def conflict_lines(G: Any) -> list[str]:
    """One Markdown item per fact whose reports disagree: the fact, and per property each
    value with the report that gives it (``conflict_*`` of :mod:`aikg.schema.provenance`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("deal:1", name="A → B (chip_purchase)", conflict_properties=["amount"] * 2,
    ...            conflict_values=["1.0", "2.0"], conflict_reports=["r1", "r2"])
    >>> conflict_lines(G)
    ['- **A → B (chip_purchase)** amount: 1.0 (r1) vs 2.0 (r2)']
    """
    # only the disputed elements are named and sorted (few of a large graph's); sorting
    # is stable, so they keep the order they have among all elements
    elements = [(d.get("name") or n, d) for n, d in G._node.items() if _disputed(d)]

    def end(node: str) -> str:  # a report by its id: reports of one series share a title
        attrs = G.nodes[node]
        return node if attrs.get("label") == "Report" else str(attrs.get("name", node))

    elements += [
        (f"{end(u)} -{d.get('type')}-> {end(v)}", d)
        for u, v, _, d in keyed_edges(G)
        if _disputed(d)
    ]
    lines = []
    for name, attrs in sorted(elements, key=lambda e: str(e[0])):
        by_prop: dict[str, list[str]] = {}
        for prop, value, report in zip(
            attrs["conflict_properties"],
            attrs.get("conflict_values", []),
            attrs.get("conflict_reports", []),
            strict=False,
        ):
            by_prop.setdefault(prop, []).append(f"{value} ({report})")
        said = "; ".join(f"{prop}: {' vs '.join(values)}" for prop, values in by_prop.items())
        lines.append(f"- **{name}** {said}")
    return lines


def _disputed(attrs: dict) -> bool:
    """Whether an element's reports disagree on one of its properties."""
    return bool(attrs.get("conflict_properties"))


def report_markdown(result: Any, top: int = 10, changes: dict | None = None) -> str:
    """The summary of a build (a ``BuildResult``) as Markdown: counts, top entities by
    centrality, the money loops, the facts reports disagree on, the documents not
    processed, and, after an update, what changed (``changes``)."""
    G = result.graph
    labels = Counter(d["label"] for d in G._node.values())
    types = Counter(d["type"] for *_, d in keyed_edges(G))
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
    conflicts = conflict_lines(G)
    if conflicts:
        lines += ["", "## Reports disagree", ""] + conflicts
    if result.errors:
        lines += ["", "## Documents not processed", ""]
        lines += [f"- {e}" for e in result.errors]
    if changes is not None:
        lines += changes_markdown(changes)
    return "\n".join(lines) + "\n"


def write_report_md(result: Any, path: Path, top: int = 10, changes: dict | None = None) -> None:
    """Write :func:`report_markdown` to ``path``, whole or not at all."""
    atomic_write(path, report_markdown(result, top, changes))
