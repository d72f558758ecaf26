"""``map.html``: the interactive map of a build (kept as the name earlier code imports;
the maps live in :mod:`aikg.graph.outputs.maps`).

The page is self-contained (vis-network inlined), so it opens without a network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from aikg.graph.analysis.loops import LoopSearch
from aikg.graph.outputs.maps import MapView, legend_html, map_data, write_map

if TYPE_CHECKING:  # pyvis (and the IPython it imports) only for build_network
    from pyvis.network import Network

__all__ = ["build_network", "legend_html", "write_map"]


def build_network(
    G: nx.MultiDiGraph, loops: LoopSearch | None = None, view: MapView | None = None
) -> Network:
    """The map as a pyvis network (for notebooks), with the positions, sizes, widths and
    tooltips of :func:`write_map`."""
    from pyvis.network import Network

    view = view or MapView()
    data = map_data(G, view, loops)
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    for node in data["nodes"]:
        attrs = {k: v for k, v in node.items() if k not in ("id", "search", "name", "kind")}
        net.add_node(node["id"], **attrs)
    for edge in data["edges"]:
        net.add_edge(edge["from"], edge["to"], **{k: edge[k] for k in ("title", "color", "width")})
    net.toggle_physics(data["options"]["physics"]["enabled"])
    return net
