"""The graph as files: graph.json (NetworkX node-link) and graph.graphml, read back too.

Files are written whole or not at all (:func:`atomic_write`), with the mode any new file
of the user gets.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from aikg.schema import AikgError

SCHEMA_VERSION = 1


def _file_mode() -> int:
    """The mode ``open()`` gives a new file: 0o666 less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, text: str | bytes | Iterable[str | bytes]) -> None:
    """Write ``text`` (bytes, or the pieces of a text in order, each text or its UTF-8
    bytes) to ``path`` through a temporary file, so it is whole or absent. Pieces are
    written as they come, so a file of tens of megabytes is never joined into one
    string first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(text, bytes | str):
                fh.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            else:
                for piece in text:
                    fh.write(piece if isinstance(piece, bytes) else piece.encode("utf-8"))
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


def keyed_edges(G: nx.MultiDiGraph) -> Iterator[tuple[Any, Any, Any, dict]]:
    """``G.edges(keys=True, data=True)`` of a MultiDiGraph, in the same order, read from
    its adjacency directly: the view's iterator costs more than the work an output does
    per edge that it takes as it was.

    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="k", w=1)
    'k'
    >>> list(keyed_edges(G)) == list(G.edges(keys=True, data=True))
    True
    """
    for u, neighbours in G._succ.items():
        for v, keyed in neighbours.items():
            for k, attrs in keyed.items():
                yield u, v, k, attrs


def graph_from_json(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Read back what :func:`graph_to_json` wrote."""
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def load_graph_json(path: str | Path) -> nx.MultiDiGraph:
    """Load ``graph.json`` from a build folder or file path."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    return graph_from_json(json.loads(path.read_text("utf-8")))


class BuildFolderError(AikgError):
    """A build folder without a graph.json aikg wrote; the message is one line."""


def load_build(build_dir: str | Path) -> nx.MultiDiGraph:
    """The graph of a build folder, or :class:`BuildFolderError` saying why there is none.

    >>> try:
    ...     load_build("/no/such/folder")
    ... except BuildFolderError as exc:
    ...     print(exc)
    /no/such/folder: no graph.json here; run `aikg build ... --out /no/such/folder` first
    """
    try:
        return load_graph_json(build_dir)
    except FileNotFoundError:
        raise BuildFolderError(
            f"{build_dir}: no graph.json here; run `aikg build ... --out {build_dir}` first"
        ) from None
    except (json.JSONDecodeError, KeyError) as exc:
        raise BuildFolderError(
            f"{build_dir}: graph.json is not a graph written by aikg ({exc})"
        ) from None


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


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """Write ``G`` as GraphML (see :func:`graphml_ready`), through a temporary file."""
    tmp = path.with_suffix(".graphml.tmp")
    nx.write_graphml(graphml_ready(G), tmp)
    os.replace(tmp, path)
