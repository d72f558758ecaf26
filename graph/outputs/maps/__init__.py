"""The interactive maps: ``map.html`` of every build and the focused views of
``aikg map`` (a company and its neighbourhood, the money, a period, some labels).

- :mod:`~aikg.graph.outputs.maps.views`: what a map shows (:class:`MapView`) and notes
  on what it leaves out.
- :mod:`~aikg.graph.outputs.maps.layout`: positions computed in Python, node size by
  PageRank, edge width by amount.
- :mod:`~aikg.graph.outputs.maps.details`: the tooltips.
- :mod:`~aikg.graph.outputs.maps.page`: the self-contained HTML page, with its search.
"""

from aikg.graph.outputs.maps.page import legend_html, map_data, map_html, map_page, write_map
from aikg.graph.outputs.maps.views import MAX_NODES, MapView, find_nodes, select

__all__ = [
    "MAX_NODES",
    "MapView",
    "find_nodes",
    "legend_html",
    "map_data",
    "map_html",
    "map_page",
    "select",
    "write_map",
]
