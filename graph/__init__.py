"""Graph stages: resolve, build, analyse, render and load.

``build(paths)`` runs the whole pipeline and returns a ``BuildResult`` whose ``graph`` is
a ``networkx.MultiDiGraph``.

- ``pipeline.py``: :func:`build`, read -> extract -> resolve -> graph -> analyse.
- ``resolve.py``: one node id per real entity; ``assemble.py``: facts into the typed graph.
- ``analysis/``: the money-flow projection, money loops, centrality.
- ``outputs/``: the files of a build folder (graph.json, GraphML, report.md, map.html) and
  the terminal listings.
- ``neo4j/``: connecting to Neo4j, its constraints, the batched loader.
- ``evaluation/``: scores against hand-labelled gold facts, junk names.
- ``cli.py``: the ``aikg`` command line.
"""

from aikg.graph.pipeline import BuildResult, build

__all__ = ["BuildResult", "build"]
