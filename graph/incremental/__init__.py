"""Builds that live: update a build folder with new, changed and removed reports, say
what changed, and keep when each fact was reported and where reports disagree.

- :mod:`~aikg.graph.incremental.serial`: facts and document outcomes as JSON, exactly.
- :mod:`~aikg.graph.incremental.cache`: per-document results by content hash
  (``DIR/cache/<sha1>.json``).
- :mod:`~aikg.graph.incremental.manifest`: ``DIR/manifest.json``, which inputs, paths
  and contents a build holds.
- :mod:`~aikg.graph.incremental.rebuild`: :func:`record_build` (after ``aikg build``) and
  :func:`update_build` (``aikg update``).
- :mod:`~aikg.graph.incremental.collector`: the garbage collector paused for an update.
- :mod:`~aikg.graph.incremental.changes`: what an update changed (``changes.json``).
- :mod:`~aikg.graph.incremental.history`: report dates, status history and conflicts,
  kept by the graph builder as it adds facts.
- :mod:`~aikg.graph.incremental.analyses`: centrality of unchanged projections reused
  (``DIR/cache/centrality-memo/``, one file per result).
- :mod:`~aikg.graph.incremental.periods`: centrality per period by a one-pass key of each
  period's graph (``DIR/cache/periods/<key>.json``), so only changed periods are measured.
- :mod:`~aikg.graph.incremental.stamped`: those cache files' one reader and writer, which
  reads a file of another format or aikg version as missing.

Nothing is imported here, so that the graph builder can use :mod:`.history` without
importing the pipeline.
"""
