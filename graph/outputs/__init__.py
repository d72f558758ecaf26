"""What a build writes and prints: the files of a build folder and terminal listings.

- :mod:`~aikg.graph.outputs.write`: :func:`write_outputs`, every file of a build folder.
- :mod:`~aikg.graph.outputs.graph_files`: ``graph.json`` (node-link) and
  ``graph.graphml``, and reading a build back (:func:`load_build`).
- :mod:`~aikg.graph.outputs.report`: ``report.md``.
- :mod:`~aikg.graph.outputs.maps` (and :mod:`~aikg.graph.outputs.html_map`): ``map.html``
  and the focused maps of ``aikg map``.
- :mod:`~aikg.graph.outputs.text`: the loop and ranking listings of ``aikg loops`` and
  ``aikg rank``.
"""

from aikg.graph.outputs.graph_files import (
    SCHEMA_VERSION,
    BuildFolderError,
    atomic_write,
    graph_from_json,
    graph_to_json,
    graphml_ready,
    load_build,
    load_graph_json,
    write_graphml,
)
from aikg.graph.outputs.html_map import build_network, legend_html, write_map
from aikg.graph.outputs.report import report_markdown, write_report_md
from aikg.graph.outputs.text import loops_json, loops_text, ranking_text
from aikg.graph.outputs.write import OUTPUT_FILES, write_outputs

__all__ = [
    "OUTPUT_FILES",
    "SCHEMA_VERSION",
    "BuildFolderError",
    "atomic_write",
    "build_network",
    "graph_from_json",
    "graph_to_json",
    "graphml_ready",
    "legend_html",
    "load_build",
    "load_graph_json",
    "loops_json",
    "loops_text",
    "ranking_text",
    "report_markdown",
    "write_graphml",
    "write_map",
    "write_outputs",
    "write_report_md",
]
