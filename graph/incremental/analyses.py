"""Centrality an update need not compute again.

A projection's centrality (:func:`aikg.graph.analysis.compute_centrality`) is a function
of the projected graph alone, so each result is remembered under a fingerprint of that
graph (its nodes and edges with their attributes, in order). An update that leaves a
projection as it was, for the whole graph or for a period's reports, takes the remembered
result, which is the same as computing it again. The memo lives in
``DIR/cache/centrality-memo/``, one file per result (a stamp line, then the compact
JSON), named by a digest of its key, and holds the results the latest build used: an
update reads only the results whose keys it meets and writes only those it measured
(reading and writing every kept result was a tenth of an update of 1,000 reports that
changes every projection). A result carries its compact JSON
(:class:`~aikg.graph.incremental.periods.EncodedOnce`: the text it was read as, or made
once when first written), which ``centrality.json`` takes as it is.
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
from aikg.graph.incremental.periods import EncodedOnce, compact_json
from aikg.graph.outputs.graph_files import atomic_write

__all__ = ["MEMO_DIR", "CentralityMemo", "fingerprint"]

MEMO_DIR = "centrality-memo"
OLD_MEMO_FILE = "centrality-memo.json"  # format 1, all results in one file: removed
_MEMO_FORMAT = 2


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

    def __init__(
        self, known: dict[str, Any] | None = None, folder: Path | None = None, version: str = ""
    ) -> None:
        self.known = dict(known or {})
        self.folder = folder  # the kept results, read when their key is met
        self.version = version
        self.used: dict[str, Any] = {}
        self.fresh: set[str] = set()  # keys of results not kept yet
        self.computed = 0  # projections measured, not taken from the memo

    @classmethod
    def load(cls, cache_dir: Path, version: str) -> CentralityMemo:
        """The memo of a cache folder (its results are read when their key is met; one
        of another aikg version reads as missing)."""
        return cls(folder=Path(cache_dir) / MEMO_DIR, version=version)

    def _file(self, folder: Path, key: str) -> Path:
        return folder / f"{hashlib.sha1(key.encode('utf-8')).hexdigest()}.json"

    def _stamp(self, version: str, key: str) -> str:
        return json.dumps({"format": _MEMO_FORMAT, "aikg": version, "key": key})

    def _kept(self, key: str) -> Any:
        """The kept result of ``key``, or None (missing, or of another version)."""
        entry = self.used.get(key) or self.known.get(key)
        if entry is not None or self.folder is None:
            return entry
        try:
            stamp, _, text = self._file(self.folder, key).read_bytes().partition(b"\n")
        except OSError:
            return None
        if stamp != self._stamp(self.version, key).encode():
            return None
        try:
            return EncodedOnce(json.loads(text), text)  # its text goes out as it came
        except ValueError:
            return None

    def save(self, cache_dir: Path, version: str) -> None:
        """Keep the results this build used, and only those: the ones measured now are
        written, the files of results no longer used removed."""
        folder = Path(cache_dir) / MEMO_DIR
        folder.mkdir(parents=True, exist_ok=True)
        (Path(cache_dir) / OLD_MEMO_FILE).unlink(missing_ok=True)
        keep = set()
        for key, entry in self.used.items():
            path = self._file(folder, key)
            keep.add(path.name)
            if key in self.fresh or folder != self.folder or version != self.version:
                compact = getattr(entry, "json_text", None) or compact_json(entry)
                atomic_write(path, [f"{self._stamp(version, key)}\n", compact])
        for path in folder.glob("*.json"):
            if path.name not in keep:
                path.unlink(missing_ok=True)

    def remember(
        self, G: nx.MultiDiGraph, centrality: dict[str, Any], measures: tuple[str, ...] = ()
    ) -> None:
        """Record the centrality a full build computed for ``G`` (``measures``: the ones
        it computed, all when empty)."""
        for name in PROJECTIONS:
            if name in centrality:
                key = _key(G, name, measures)
                self.used[key] = centrality[name]
                self.fresh.add(key)

    def centrality(self, G: nx.MultiDiGraph, measures: tuple[str, ...] = ()) -> dict[str, Any]:
        """:func:`compute_centrality` of ``G`` (default options; only ``measures`` when
        given), projection by projection from the memo where the projection is unchanged.
        A result of some measures is never taken for one of all: the key says which."""
        result = {}
        for name in PROJECTIONS:
            H = project(G, name)  # projected once: for its key and, on a miss, measured
            key = _projected_key(H, measures)
            entry = self._kept(key)
            if entry is None:
                options = {"measures": measures} if measures else {}
                entry = EncodedOnce(projection_centrality(H, **options))
                self.computed += 1
                self.fresh.add(key)
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
