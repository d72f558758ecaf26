"""Graph stages: resolve, build, analyse, render and load.

``build(paths)`` runs the whole pipeline and returns a ``BuildResult`` whose ``graph`` is
a ``networkx.MultiDiGraph``.
"""

from aikg.graph.pipeline import BuildResult, build

__all__ = ["BuildResult", "build"]
