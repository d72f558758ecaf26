"""Write a build to disk: graph.json (node-link), graph.graphml, cycles.json,
centrality.json and report.md. Each file is written whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

SCHEMA_VERSION = 1


def _file_mode() -> int:
    """The mode ``open()`` gives a new file: 0o666 less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        # mkstemp makes the file private (0600); an output is shared like any other file
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def graph_to_json(G: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link form of the graph (``networkx.node_link_data(G, edges="edges")``)."""
    data = nx.node_link_data(G, edges="edges")
    data["graph"] = {**data.get("graph", {}), "schema_version": SCHEMA_VERSION}
    return data


def graph_from_json(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Read back what :func:`graph_to_json` wrote."""
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def load_graph_json(path: str | Path) -> nx.MultiDiGraph:
    """Load ``graph.json`` from a build folder or file path."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    return graph_from_json(json.loads(path.read_text("utf-8")))


def graphml_ready(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy GraphML can hold: lists become JSON strings, None values are dropped."""

    def flat(attrs: dict) -> dict:
        out = {}
        for key, value in attrs.items():
            if value is None:
                continue
            if isinstance(value, (list, tuple, dict)):
                value = json.dumps(value, ensure_ascii=False)
            out[key] = value
        return out

    H = nx.MultiDiGraph()
    H.add_nodes_from((n, flat(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, flat(d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def write_report_md(result: Any, path: Path, top: int = 10) -> None:
    """A short human summary: counts, top entities by centrality, the money loops."""
    from aikg.graph.centrality import top_nodes

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
    _atomic_write(path, "\n".join(lines) + "\n")


def write_outputs(result: Any, out_dir: str | Path) -> dict[str, Path]:
    """Write every output file of a build into ``out_dir``; returns their paths."""
    from aikg.graph.render_map import write_map

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        name: out / name
        for name in (
            "graph.json",
            "graph.graphml",
            "cycles.json",
            "centrality.json",
            "centrality_by_period.json",
            "report.md",
            "map.html",
        )
    }
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=1)  # noqa: E731
    _atomic_write(paths["graph.json"], dump(graph_to_json(result.graph)))
    _atomic_write(paths["cycles.json"], dump(result.loops.to_json()))
    _atomic_write(paths["centrality.json"], dump(result.centrality))
    _atomic_write(paths["centrality_by_period.json"], dump(result.centrality_by_period))
    tmp = paths["graph.graphml"].with_suffix(".graphml.tmp")
    nx.write_graphml(graphml_ready(result.graph), tmp)
    os.replace(tmp, paths["graph.graphml"])
    write_report_md(result, paths["report.md"])
    write_map(result.graph, paths["map.html"], loops=result.loops)
    return paths
