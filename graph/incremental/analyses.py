"""Centrality an update need not compute again.

A projection's centrality (:func:`aikg.graph.analysis.compute_centrality`) is a function
of the projected graph alone, so each result is remembered under a fingerprint of that
graph (its nodes and edges with their attributes, in order). An update that leaves a
projection as it was, for the whole graph or for a period's reports, takes the remembered
result, which is the same as computing it again. The memo lives in
``DIR/cache/centrality-memo.json`` and holds the results the latest build used.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import networkx as nx

from aikg.graph.analysis import (
    PROJECTIONS,
    period_subgraph,
    project,
)
from aikg.graph.analysis.centrality import PERIOD_MEASURES, period_reports, projection_centrality
from aikg.graph.incremental.stamped import read_stamped, write_stamped

__all__ = ["MEMO_FILE", "CentralityMemo", "fingerprint"]

MEMO_FILE = "centrality-memo.json"
_MEMO_FORMAT = 1


def fingerprint(H: nx.Graph) -> str:
    """A digest of a projected graph: its attributes, nodes and edges, in order."""
    data = [H.graph, list(H.nodes(data=True)), list(H.edges(data=True))]
    text = json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _key(G: nx.MultiDiGraph, projection: str, measures: tuple[str, ...]) -> str:
    """The memo key of a projection of ``G`` measured with ``measures`` (all: empty)."""
    return _projected_key(project(G, projection), measures)


def _projected_key(H: nx.Graph, measures: tuple[str, ...]) -> str:
    """The memo key of a projected graph ``H`` measured with ``measures`` (all: empty)."""
    key = fingerprint(H)
    return f"{key}|{','.join(measures)}" if measures else key


class CentralityMemo:
    """Centrality per projection, remembered by fingerprint (see the module)."""

    def __init__(self, known: dict[str, Any] | None = None) -> None:
        self.known = dict(known or {})
        self.used: dict[str, Any] = {}
        self.computed = 0  # projections measured, not taken from the memo

    @classmethod
    def load(cls, cache_dir: Path, version: str) -> CentralityMemo:
        """The memo of a cache folder (empty when missing or of another aikg version)."""
        data = read_stamped(cache_dir / MEMO_FILE, _MEMO_FORMAT, version)
        return cls(data.get("results")) if data else cls()

    def save(self, cache_dir: Path, version: str) -> None:
        """Keep the results this build used, and only those."""
        write_stamped(cache_dir / MEMO_FILE, _MEMO_FORMAT, version, {"results": self.used})

    def remember(
        self, G: nx.MultiDiGraph, centrality: dict[str, Any], measures: tuple[str, ...] = ()
    ) -> None:
        """Record the centrality a full build computed for ``G`` (``measures``: the ones
        it computed, all when empty)."""
        for name in PROJECTIONS:
            if name in centrality:
                self.used[_key(G, name, measures)] = centrality[name]

    def centrality(self, G: nx.MultiDiGraph, measures: tuple[str, ...] = ()) -> dict[str, Any]:
        """:func:`compute_centrality` of ``G`` (default options; only ``measures`` when
        given), projection by projection from the memo where the projection is unchanged.
        A result of some measures is never taken for one of all: the key says which."""
        result = {}
        for name in PROJECTIONS:
            H = project(G, name)  # projected once: for its key and, on a miss, measured
            key = _projected_key(H, measures)
            entry = self.used.get(key) or self.known.get(key)
            if entry is None:
                options = {"measures": measures} if measures else {}
                entry = projection_centrality(H, **options)
                self.computed += 1
            self.used[key] = result[name] = entry
        return result

    def by_period(self, G: nx.MultiDiGraph, remember: dict | None = None) -> dict[str, Any]:
        """:func:`aikg.graph.analysis.centrality_by_period` with ``cumulative=True``, each
        period's projections from the memo where unchanged. With ``remember`` (a result
        of a full build), that result is recorded instead of computing anything."""
        undated, periods = period_reports(G, cumulative=True)
        out: dict[str, Any] = {"cumulative": True, "undated_reports": undated, "periods": {}}
        for period, chosen in periods:
            S = period_subgraph(G, chosen)
            if remember is not None:
                centrality = remember["periods"][period]["centrality"]
                self.remember(S, centrality, PERIOD_MEASURES)
            else:
                centrality = self.centrality(S, PERIOD_MEASURES)
            out["periods"][period] = {"reports": chosen, "centrality": centrality}
        return out
