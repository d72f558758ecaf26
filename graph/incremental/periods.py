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
  itself) that a new report changes on every fact it repeats, and less the descriptive
  ones (:data:`UNREAD`: a company's other names and its ticker, a report's file) that a
  new report adds to companies of earlier periods (a new alias makes every period
  holding that company look changed): no projection reads either (tests hold the
  projections to that);
- a period's key: the digests of what its graph holds, in its graph's order (nodes
  sorted, relationships by source node in that order).

Equal keys mean equal period graphs up to provenance, hence equal projections and equal
centrality: the result is taken from ``DIR/cache/periods/<key>.json``, written once
when first measured. A key not seen is measured as the full build measures it
(:func:`~aikg.graph.analysis.compute_centrality` of the period's graph, the cheap
measures). Cumulative periods are nested; should they ever not be, each period's key is
taken from its graph, built (:func:`subgraph_key`, which the one pass must equal).

A period's file holds its stamp on the first line and the centrality as the compact JSON
``centrality_by_period.json`` writes after it. A period taken from the cache stays those
bytes (:class:`PeriodCentrality`, parsed only when read): the output file is spliced
from them, where decoding and encoding again tens of megabytes of unchanged periods would
cost more than the rest of the per-period pass. A period measured now is encoded once
(:class:`EncodedOnce`), for its file and for the output alike.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from aikg.graph.analysis import PROJECTIONS, compute_centrality, period_subgraph
from aikg.graph.analysis.centrality import PERIOD_MEASURES, period_reports
from aikg.graph.outputs.graph_files import atomic_write

__all__ = [
    "PERIODS_DIR",
    "ElementDigests",
    "EncodedOnce",
    "PROVENANCE",
    "UNREAD",
    "PeriodCentrality",
    "PeriodMemo",
    "compact_json",
    "period_keys",
    "subgraph_key",
]

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
# Attributes that describe an element for a reader, not what the projections are made of
# (they read labels, names, relationship types, amounts, currencies, kinds, statuses):
# left out of the keys too.
UNREAD = frozenset({"aliases", "ticker", "path"})
_LEFT_OUT = PROVENANCE | UNREAD
PERIODS_DIR = "periods"  # under the cache folder, apart from the documents' entries
_DIGEST_SIZE = 20  # an element's digest: sha1
_FORMAT = 3  # 2: stamp line, then the compact JSON text; 3: keys without UNREAD


def compact_json(value: Any) -> str:
    """The JSON text of ``value`` as the large output files hold it (no spaces, UTF-8)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class PeriodCentrality(Mapping):
    """A period's centrality kept as the compact JSON it was cached as (UTF-8 bytes, or
    text): a mapping that parses it the first time it is read, and hands it as it is to
    the writer of ``centrality_by_period.json`` (``json_text``).

    >>> c = PeriodCentrality(b'{"money":{"n_nodes":2}}')
    >>> c["money"]["n_nodes"], dict(c) == {"money": {"n_nodes": 2}}, c.json_text
    (2, True, b'{"money":{"n_nodes":2}}')
    """

    def __init__(self, text: bytes | str) -> None:
        self.json_text = text
        self._value: dict | None = None

    def _parsed(self) -> dict:
        if self._value is None:
            self._value = json.loads(self.json_text)
        return self._value

    def __getitem__(self, key: str) -> Any:
        return self._parsed()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._parsed())

    def __len__(self) -> int:
        return len(self._parsed())


class EncodedOnce(dict):
    """A JSON object (a centrality result) whose compact text (:func:`compact_json`) is
    made the first time a writer asks for it (``json_text``) and then shared by every
    writer: the memo's file and the output file. Read only: the text is not made again
    after a change. ``text``: the text it is known to have (read from a file).

    >>> e = EncodedOnce({"a": [1, "é"]})
    >>> e.json_text, e.json_text is e.json_text, e == {"a": [1, "é"]}
    ('{"a":[1,"é"]}', True, True)
    """

    def __init__(self, value: Mapping, text: bytes | str | None = None) -> None:
        super().__init__(value)
        self._text = text

    @property
    def json_text(self) -> bytes | str:
        """The compact JSON of the object, made once."""
        if self._text is None:
            self._text = compact_json(self)
        return self._text


def _encoder() -> Callable[[Any], str]:
    """The JSON text a digest is taken of (one encoder for a whole pass: ``json.dumps``
    with options builds a new one per call)."""
    return json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":")).encode


def _digest(item: Any, attrs: dict, encode: Callable[[Any], str] | None = None) -> bytes:
    """A digest of one node (``item``: its id) or relationship (``(u, v, key)``)."""
    kept = [(name, value) for name, value in attrs.items() if name not in _LEFT_OUT]
    text = (encode or _encoder())([item, kept])
    return hashlib.sha1(text.encode("utf-8")).digest()


class ElementDigests:
    """The digest of each node and relationship of a graph, with those an update can
    take from the previous build's graph: ``known`` (item: node id or ``(u, v, key)``,
    to digest) for every item not in ``changed`` (the items whose attributes the update
    changed: :attr:`aikg.graph.assemble.GraphBuilder.touched`); without ``changed``
    every digest is computed. ``current`` collects this graph's, for the next update.

    >>> d = ElementDigests({"a": b"kept"}, changed={"b"})
    >>> d.of("a", {}) == b"kept", d.of("b", {}) == _digest("b", {})
    (True, True)
    """

    def __init__(self, known: dict | None = None, changed: set | None = None) -> None:
        self.known = known if changed is not None else {}
        self.changed = changed
        self.current: dict[Any, bytes] = {}
        self.reused = 0  # digests taken from ``known``
        self._encode = _encoder()

    def of(self, item: Any, attrs: dict) -> bytes:
        """The digest of a node (``item``: its id) or relationship (``(u, v, key)``)."""
        digest = None
        if self.changed is not None and item not in self.changed:
            digest = self.known.get(item)
            self.reused += digest is not None
        if digest is None:
            shown = list(item) if isinstance(item, tuple) else item
            digest = _digest(shown, attrs, self._encode)
        self.current[item] = digest
        return digest


def _key_of(nodes: list[bytes], edges: list[bytes]) -> str:
    return _key_of_joined(b"".join(nodes), b"".join(edges))


def _key_of_joined(nodes: bytes, edges: bytes) -> str:
    h = hashlib.sha1(b"nodes")
    h.update(nodes)
    h.update(b"edges")
    h.update(edges)
    return h.hexdigest()


def subgraph_key(S: nx.MultiDiGraph) -> str:
    """The key of a period's graph, from the graph itself (nodes and relationships in its
    order): what :func:`period_keys` gives without building it."""
    encode = _encoder()
    nodes = [_digest(n, d, encode) for n, d in S.nodes(data=True)]
    edges = [_digest([u, v, k], d, encode) for u, v, k, d in S.edges(keys=True, data=True)]
    return _key_of(nodes, edges)


def _first_index(reports: Any, first: dict[str, int], never: int) -> int:
    return min((first.get(r, never) for r in reports or ()), default=never)


def _nested(periods: list[tuple[str, list[str]]]) -> bool:
    return all(set(a) <= set(b) for (_, a), (_, b) in zip(periods, periods[1:], strict=False))


def period_keys(
    G: nx.MultiDiGraph,
    periods: list[tuple[str, list[str]]],
    digests: ElementDigests | None = None,
) -> list[str]:
    """The key of each period's graph (``periods``: cumulative, as
    :func:`~aikg.graph.analysis.centrality.period_reports` gives them), in one pass over
    ``G`` (see the module), each element's digest through ``digests``; periods that are
    not nested are built instead."""
    digests = digests or ElementDigests()
    if not _nested(periods):
        return [subgraph_key(period_subgraph(G, chosen)) for _, chosen in periods]
    first: dict[str, int] = {}
    for index, (_, chosen) in enumerate(periods):
        for report in chosen:
            first.setdefault(report, index)
    never = len(periods)
    # networkx's own dicts, only read (its views cost more than this pass)
    attrs, succ = G._node, G._succ
    own = {n: _first_index(d.get("reports"), first, never) for n, d in attrs.items()}
    node_first = dict(own)
    order = sorted(attrs)  # a period's graph holds its nodes sorted, and so its edges
    edges = []
    for u in order:
        for v, keyed in succ[u].items():
            for k, d in keyed.items():
                evidence = d.get("evidence_reports")
                at = _first_index(evidence, first, never) if evidence else max(own[u], own[v])
                node_first[u] = min(node_first[u], at)
                node_first[v] = min(node_first[v], at)
                edges.append((at, digests.of((u, v, k), d)))
    nodes = [(node_first[n], digests.of(n, attrs[n])) for n in order]
    node_rows, edge_rows = _Rows(nodes), _Rows(edges)
    return [
        _key_of_joined(node_rows.joined_until(index), edge_rows.joined_until(index))
        for index in range(len(periods))
    ]


class _Rows:
    """Digests (sha1, 20 bytes each) with the first period of their element, held as
    arrays so that the digests of the elements a period holds are joined without a
    Python loop per element and period (tens of periods times tens of thousands).

    >>> rows = _Rows([(1, b"a" * 20), (0, b"b" * 20), (2, b"c" * 20)])
    >>> rows.joined_until(1) == b"a" * 20 + b"b" * 20, rows.joined_until(-1)
    (True, b'')
    """

    def __init__(self, items: list[tuple[int, bytes]]) -> None:
        import numpy as np

        self._first = np.fromiter((at for at, _ in items), dtype=np.int64, count=len(items))
        joined = b"".join(digest for _, digest in items)
        self._digests = np.frombuffer(joined, dtype=np.uint8).reshape(len(items), _DIGEST_SIZE)

    def joined_until(self, index: int) -> bytes:
        """The digests of the elements first held by period ``index`` or before, joined
        in their order: ``b"".join(d for at, d in items if at <= index)``."""
        return self._digests[self._first <= index].tobytes()


class PeriodMemo:
    """Centrality of each period's graph by its key (see the module), kept one file per
    key in ``cache_dir``/periods."""

    def __init__(
        self, cache_dir: Path, version: str, digests: ElementDigests | None = None
    ) -> None:
        self.folder = Path(cache_dir) / PERIODS_DIR
        self.version = version
        self.digests = digests or ElementDigests()  # of the elements, see period_keys
        self.used: set[str] = set()
        self.measured = 0  # periods measured now

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def _stamp(self) -> str:
        return json.dumps({"format": _FORMAT, "aikg": self.version})

    def _load(self, key: str) -> PeriodCentrality | None:
        """The cached centrality of a key, or None when missing or of another format or
        aikg version (the stamp line says which)."""
        try:
            stamp, _, text = self._file(key).read_bytes().partition(b"\n")
        except OSError:
            return None
        if stamp != self._stamp().encode() or not (text.startswith(b"{") and text.endswith(b"}")):
            return None
        return PeriodCentrality(text)

    def _store(self, key: str, centrality: Mapping) -> None:
        text = getattr(centrality, "json_text", None) or compact_json(centrality)
        atomic_write(self._file(key), [f"{self._stamp()}\n", text])

    def by_period(self, G: nx.MultiDiGraph, remember: dict | None = None) -> dict[str, Any]:
        """:func:`aikg.graph.analysis.centrality_by_period` of ``G`` with
        ``cumulative=True``, each period from the cache where its key is known. With
        ``remember`` (a full build's result) that result is stored instead."""
        undated, periods = period_reports(G, cumulative=True)
        keys = period_keys(G, periods, self.digests)
        out: dict[str, Any] = {"cumulative": True, "undated_reports": undated, "periods": {}}
        for (period, chosen), key in zip(periods, keys, strict=True):
            if remember is not None:
                centrality, fresh = remember["periods"][period]["centrality"], True
            else:
                centrality, fresh = self._load(key), False
            if centrality is None:
                S = period_subgraph(G, chosen)
                centrality = EncodedOnce(
                    compute_centrality(S, PROJECTIONS, measures=PERIOD_MEASURES)
                )
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
