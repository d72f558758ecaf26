"""Every output file of a build, written into one folder."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from aikg.graph.outputs.graph_files import atomic_write, graph_to_json, write_graphml
from aikg.graph.outputs.html_map import write_map
from aikg.graph.outputs.report import write_report_md

__all__ = ["OUTPUT_FILES", "write_outputs"]

# The files of a build folder, in the order they are reported.
OUTPUT_FILES: tuple[str, ...] = (
    "graph.json",
    "graph.graphml",
    "cycles.json",
    "centrality.json",
    "centrality_by_period.json",
    "report.md",
    "map.html",
)


def write_outputs(result: Any, out_dir: str | Path, changes: dict | None = None) -> dict[str, Path]:
    """Write every output file of a build (a ``BuildResult``) into ``out_dir``; returns
    their paths. Each file is written to a temporary file and renamed, so a reader never
    sees half a file. ``changes`` (an update's) become the "What changed" of report.md."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {name: out / name for name in OUTPUT_FILES}
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=1)  # noqa: E731
    # the large files one line per node or edge list: json's C encoder only runs without
    # indent, and these grow with every report (a build of hundreds of reports)
    flat = lambda obj: json.dumps(obj, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    atomic_write(paths["graph.json"], flat(graph_to_json(result.graph)))
    atomic_write(paths["cycles.json"], dump(result.loops.to_json()))
    atomic_write(paths["centrality.json"], flat(result.centrality))
    atomic_write(paths["centrality_by_period.json"], flat(result.centrality_by_period))
    write_graphml(result.graph, paths["graph.graphml"])
    write_report_md(result, paths["report.md"], changes=changes)
    _write_map_atomically(result, paths["map.html"])
    return paths


def _write_map_atomically(result: Any, path: Path) -> None:
    """map.html through a temporary file in the same folder, renamed over the old one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write_map(result.graph, tmp, loops=result.loops)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
