"""Centrality per period an update need not compute again, told without building the
period's graph.

:func:`aikg.graph.analysis.centrality_by_period` (cumulative) measures the graph of the
reports of each period and all before: with monthly reports over years, dozens of graphs
each nearly as large as the whole. A new report changes few of them (its own period and
the later ones, and earlier ones only where it changes a fact they hold), but telling
which by building and projecting each period's graph costs nearly as much as measuring
it. So each period is keyed by a digest computed in one pass over the graph:

- each node and relationship's *first period*: the earliest period whose graph holds it
  (as :func:`~aikg.graph.analysis.period_subgraph` chooses: by its ``reports``, its
  ``evidence_reports``, or for a relationship without evidence both its ends; a node also
  comes along with a relationship that holds);
- a digest of each node and relationship: its id and its attributes, less the
  provenance ones (:data:`PROVENANCE`: which reports state it and when, the evidence
  itself) that a new report changes on every fact it repeats and that no projection reads
  (a test holds the projections to that);
- a period's key: the digests of what its graph holds, in its graph's order (nodes
  sorted, relationships by source node in that order).

Equal keys mean equal period graphs up to provenance, hence equal projections and equal
centrality: the result is taken from ``DIR/cache/periods/<key>.json``, written once
when first measured. A key not seen is measured as the full build measures it
(:func:`~aikg.graph.analysis.compute_centrality` of the period's graph, the cheap
measures). Cumulative periods are nested; should they ever not be, each period's key is
taken from its graph, built (:func:`subgraph_key`, which the one pass must equal).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import networkx as nx

from aikg.graph.analysis import PROJECTIONS, compute_centrality, period_subgraph
from aikg.graph.analysis.centrality import PERIOD_MEASURES, period_reports
from aikg.graph.incremental.stamped import read_stamped, write_stamped

__all__ = ["PERIODS_DIR", "PROVENANCE", "PeriodMemo", "period_keys", "subgraph_key"]

# Attributes that say who stated a fact and when, not what it is: left out of the keys.
PROVENANCE = frozenset(
    {
        "reports",
        "first_reported",
        "last_reported",
        "evidence_reports",
        "evidence_texts",
        "evidence_locators",
    }
)
PERIODS_DIR = "periods"  # under the cache folder, apart from the documents' entries
_FORMAT = 1


def _digest(item: Any, attrs: dict) -> bytes:
    """A digest of one node (``item``: its id) or relationship (``(u, v, key)``)."""
    kept = [(name, value) for name, value in attrs.items() if name not in PROVENANCE]
    text = json.dumps([item, kept], ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha1(text.encode("utf-8")).digest()


def _key_of(nodes: list[bytes], edges: list[bytes]) -> str:
    h = hashlib.sha1(b"nodes")
    h.update(b"".join(nodes))
    h.update(b"edges")
    h.update(b"".join(edges))
    return h.hexdigest()


def subgraph_key(S: nx.MultiDiGraph) -> str:
    """The key of a period's graph, from the graph itself (nodes and relationships in its
    order): what :func:`period_keys` gives without building it."""
    nodes = [_digest(n, d) for n, d in S.nodes(data=True)]
    edges = [_digest([u, v, k], d) for u, v, k, d in S.edges(keys=True, data=True)]
    return _key_of(nodes, edges)


def _first_index(reports: Any, first: dict[str, int], never: int) -> int:
    return min((first.get(r, never) for r in reports or ()), default=never)


def _nested(periods: list[tuple[str, list[str]]]) -> bool:
    return all(set(a) <= set(b) for (_, a), (_, b) in zip(periods, periods[1:], strict=False))


def period_keys(G: nx.MultiDiGraph, periods: list[tuple[str, list[str]]]) -> list[str]:
    """The key of each period's graph (``periods``: cumulative, as
    :func:`~aikg.graph.analysis.centrality.period_reports` gives them), in one pass over
    ``G`` (see the module); periods that are not nested are built instead."""
    if not _nested(periods):
        return [subgraph_key(period_subgraph(G, chosen)) for _, chosen in periods]
    first: dict[str, int] = {}
    for index, (_, chosen) in enumerate(periods):
        for report in chosen:
            first.setdefault(report, index)
    never = len(periods)
    own = {n: _first_index(d.get("reports"), first, never) for n, d in G.nodes(data=True)}
    node_first = dict(own)
    order = sorted(G.nodes)  # a period's graph holds its nodes sorted, and so its edges
    edges = []
    for u, v, k, d in G.edges(order, keys=True, data=True):
        evidence = d.get("evidence_reports")
        at = _first_index(evidence, first, never) if evidence else max(own[u], own[v])
        node_first[u] = min(node_first[u], at)
        node_first[v] = min(node_first[v], at)
        edges.append((at, _digest([u, v, k], d)))
    nodes = [(node_first[n], _digest(n, G.nodes[n])) for n in order]
    return [
        _key_of([d for at, d in nodes if at <= index], [d for at, d in edges if at <= index])
        for index in range(len(periods))
    ]


class PeriodMemo:
    """Centrality of each period's graph by its key (see the module), kept one file per
    key in ``cache_dir``/periods."""

    def __init__(self, cache_dir: Path, version: str) -> None:
        self.folder = Path(cache_dir) / PERIODS_DIR
        self.version = version
        self.used: set[str] = set()
        self.measured = 0  # periods measured now

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def _load(self, key: str) -> dict | None:
        data = read_stamped(self._file(key), _FORMAT, self.version)
        return data.get("centrality") if data else None

    def _store(self, key: str, centrality: dict) -> None:
        write_stamped(self._file(key), _FORMAT, self.version, {"centrality": centrality})

    def by_period(self, G: nx.MultiDiGraph, remember: dict | None = None) -> dict[str, Any]:
        """:func:`aikg.graph.analysis.centrality_by_period` of ``G`` with
        ``cumulative=True``, each period from the cache where its key is known. With
        ``remember`` (a full build's result) that result is stored instead."""
        undated, periods = period_reports(G, cumulative=True)
        keys = period_keys(G, periods)
        out: dict[str, Any] = {"cumulative": True, "undated_reports": undated, "periods": {}}
        for (period, chosen), key in zip(periods, keys, strict=True):
            if remember is not None:
                centrality, fresh = remember["periods"][period]["centrality"], True
            else:
                centrality, fresh = self._load(key), False
            if centrality is None:
                S = period_subgraph(G, chosen)
                centrality = compute_centrality(S, PROJECTIONS, measures=PERIOD_MEASURES)
                fresh = True
                self.measured += 1
            if fresh:
                self._store(key, centrality)
            self.used.add(key)
            out["periods"][period] = {"reports": chosen, "centrality": centrality}
        return out

    def prune(self) -> int:
        """Delete the period files this build did not use; returns how many."""
        removed = 0
        for entry in self.folder.glob("*.json"):
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)
                removed += 1
        return removed
