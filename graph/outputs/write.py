"""Every output file of a build, written into one folder."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from aikg.graph.outputs.graph_files import graph_to_json, keyed_edges
from aikg.graph.outputs.maps import map_html
from aikg.graph.outputs.memo import OutputMemo
from aikg.graph.outputs.report import report_markdown
from aikg.graph.outputs.unchanged import write_if_changed

__all__ = ["OUTPUT_FILES", "by_period_text", "graphml_text", "write_outputs"]

# The files of a build folder, in the order they are reported.
OUTPUT_FILES: tuple[str, ...] = (
    "graph.json",
    "graph.graphml",
    "cycles.json",
    "centrality.json",
    "centrality_by_period.json",
    "report.md",
    "map.html",
)


def write_outputs(
    result: Any,
    out_dir: str | Path,
    changes: dict | None = None,
    unchanged_since: tuple[list[str], set] | None = None,
) -> dict[str, Path]:
    """Write every output file of a build (a ``BuildResult``) into ``out_dir``; returns
    their paths. Each file is written to a temporary file and renamed, so a reader never
    sees half a file; a file that already holds the same text is not written again
    (:mod:`aikg.graph.outputs.unchanged`: its modification time stays). ``changes`` (an
    update's) become the "What changed" of report.md.

    A folder with a cache (``out_dir``/cache) keeps what the outputs can reuse next time
    (:mod:`aikg.graph.outputs.memo`); ``unchanged_since`` (an update's): the report ids
    of the build it continued and the elements it changed, so that the others' texts are
    taken as they were."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cache = out / "cache"
    memo = OutputMemo.load(cache) if cache.is_dir() else None
    if memo is not None and unchanged_since is not None:
        memo.since(*unchanged_since)
    paths = {name: out / name for name in OUTPUT_FILES}
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=1)  # noqa: E731
    # the large files one line per node or edge list: json's C encoder only runs without
    # indent, and these grow with every report (a build of hundreds of reports)
    flat = lambda obj: json.dumps(obj, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    write = write_if_changed
    write(paths["graph.json"], flat(graph_to_json(result.graph)))
    write(paths["cycles.json"], dump(result.loops.to_json()))
    write(paths["centrality.json"], centrality_pieces(result.centrality))
    write(paths["centrality_by_period.json"], by_period_pieces(result.centrality_by_period))
    write(paths["graph.graphml"], graphml_text(result.graph, memo))
    write(paths["report.md"], report_markdown(result, changes=changes))
    write(paths["map.html"], map_html(result.graph, result.loops, memo=memo))
    if memo is not None:
        memo.save(cache, [meta.report_id for meta in result.reports])
    return paths


def by_period_text(by_period: dict) -> str:
    """``centrality_by_period.json``: the compact JSON of ``by_period``, except that a
    period's centrality kept as its JSON (``json_text``, text or UTF-8 bytes: an update's
    cached or just measured periods, :mod:`aikg.graph.incremental.periods`) is put in as
    it is, not encoded again. The text is the same as ``json.dumps`` of the parsed data.

    >>> class Kept(dict):
    ...     json_text = b'{"a":1}'
    >>> by_period_text({"cumulative": True, "periods": {"2025-01": {"centrality": Kept()}}})
    '{"cumulative":true,"periods":{"2025-01":{"centrality":{"a":1}}}}'
    """
    return "".join(_text(piece) for piece in by_period_pieces(by_period))


def _text(piece: str | bytes) -> str:
    return piece.decode("utf-8") if isinstance(piece, bytes) else piece


def by_period_pieces(by_period: dict) -> Iterator[str | bytes]:
    """The text of :func:`by_period_text` in pieces, a kept period's JSON one of them
    (written as they come: the file is tens of megabytes on a large build)."""
    periods = by_period.get("periods") or {}
    if not any(hasattr(p.get("centrality"), "json_text") for p in periods.values()):
        yield _compact(by_period)
        return
    yield from _object_pieces(
        by_period,
        {"periods": lambda value: _object_pieces(value, each=_object_pieces)},
    )


def centrality_pieces(centrality: dict) -> Iterator[str | bytes]:
    """``centrality.json`` in pieces: the compact JSON of ``centrality`` (projection ->
    result), a result that carries its JSON (``json_text``: an update's, encoded once
    for the memo and this file) put in as it is.

    >>> class Kept(dict):
    ...     json_text = '{"n_nodes":1}'
    >>> "".join(centrality_pieces({"whole": Kept(), "money": {"n_nodes": 0}}))
    '{"whole":{"n_nodes":1},"money":{"n_nodes":0}}'
    """
    return _object_pieces(centrality)


_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _object_pieces(
    obj: dict,
    nested: dict[str, Callable[[Any], Iterator[str | bytes]]] | None = None,
    each: Callable[[Any], Iterator[str | bytes]] | None = None,
) -> Iterator[str | bytes]:
    """The compact JSON of the object ``obj`` in pieces: a value that carries its JSON
    (``json_text``) is put in as it is; the value of a key in ``nested`` is given in
    pieces by that function, every other value by ``each`` when given."""
    nested = nested or {}
    yield "{"
    for index, (key, value) in enumerate(obj.items()):
        yield f"{',' if index else ''}{_compact(key)}:"
        kept = getattr(value, "json_text", None)
        if kept is not None:
            yield kept
        elif key in nested:
            yield from nested[key](value)
        elif each is not None and isinstance(value, dict):
            yield from each(value)
        else:
            yield _compact(value)
    yield "}"


_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
# GraphML attribute types by Python type, as networkx writes them (bool before int)
_GRAPHML_TYPES = ((bool, "boolean"), (int, "long"), (float, "double"), (str, "string"))


_GRAPHML_EXACT = {typ: name for typ, name in _GRAPHML_TYPES}  # the usual case, one lookup


def _graphml_type(value: Any) -> str:
    name = _GRAPHML_EXACT.get(type(value))
    if name is None:  # a subclass (an enum of str, numpy's float64): the first that fits
        name = next((n for typ, n in _GRAPHML_TYPES if isinstance(value, typ)), "string")
    return name


def _escaped(text: str) -> str:
    """``escape(text)``, without its three replacements when there is nothing to
    replace (most values: graphml of a large build escapes hundreds of thousands)."""
    return escape(text) if "&" in text or "<" in text or ">" in text else text


def graphml_text(G: Any, memo: OutputMemo | None = None) -> str:
    """``G`` as GraphML, the document ``networkx.write_graphml`` writes for
    :func:`~aikg.graph.outputs.graph_files.graphml_ready` of it (same keys, types and
    values), written in one pass: networkx's writer builds an element tree first, which
    costs more than the rest of an update on a build of hundreds of reports. ``memo``
    (:mod:`aikg.graph.outputs.memo`): the text of each element an update did not change
    is taken as it was, when the key ids it uses are still those ids.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", key="k", type="X", w=[1])
    'k'
    >>> G.add_edge("a", "b", key="k2", type="Y", amount=1.5)
    'k2'
    >>> H = nx.parse_graphml(graphml_text(G))
    >>> list(H.edges(keys=True, data=True))
    [('a', 'b', 'k', {'type': 'X', 'w': '[1]'}), ('a', 'b', 'k2', {'type': 'Y', 'amount': 1.5})]
    """
    keys: dict[tuple[str, str, str], str] = {}
    # one encoder for every list: json.dumps with options builds a new one per call
    dumps = json.JSONEncoder(ensure_ascii=False).encode

    # an element's (key spec, key id) pairs, one tuple per distinct layout of attributes
    # (shared: the memo pickles each once)
    layouts: dict[tuple, tuple] = {}

    def data(attrs: dict, domain: str) -> tuple[str, tuple]:
        """The element's data lines and the (key spec, key id) of each, in order."""
        parts, used = [], []
        for name, value in attrs.items():
            if value is None:  # as graphml_ready: None is left out, lists become JSON
                continue
            if isinstance(value, list | tuple | dict):
                value, kind = dumps(value), "string"
            else:
                kind = _graphml_type(value)
            spec = (name, kind, domain)
            key = keys.get(spec)
            if key is None:
                key = keys[spec] = f"d{len(keys)}"
            used.append((spec, key))
            parts.append(f'      <data key="{key}">{_escaped(str(value))}</data>\n')
        layout = tuple(used)
        return "".join(parts), layouts.setdefault(layout, layout)

    # the kept layouts (by identity: the memo shares one tuple per layout) whose key ids
    # are all registered as they were: ids are never reassigned, so a layout checked
    # once holds for every later element that has it
    checked: set[int] = set()

    def kept(item: Any) -> str | None:
        """The kept text of an unchanged element whose key ids are still its ids (the
        ids are given in order of first use, so they are checked, and registered, in
        that order)."""
        entry = memo.graphml.get(item) if memo is not None and memo.unchanged(item) else None
        if entry is None:
            return None
        text, used = entry
        if id(used) not in checked:
            for spec, key in used:
                if keys.setdefault(spec, f"d{len(keys)}") != key:
                    return None
            checked.add(id(used))
        memo.new_graphml[item] = entry
        memo.took("graphml")
        return text

    def element(item: Any, attrs: dict, domain: str, head: Callable[[], str], tag: str) -> str:
        text = kept(item)
        if text is None:
            inner, used = data(attrs, domain)
            head = head()
            text = f"{head}>\n{inner}    </{tag}>\n" if inner else f"{head} />\n"
            if memo is not None:
                memo.new_graphml[item] = (text, used)
        return text

    body = []
    for node, attrs in G.nodes(data=True):
        head = lambda n=node: f"    <node id={quoteattr(str(n))}"  # noqa: E731
        body.append(element(node, attrs, "node", head, "node"))
    for u, v, k, attrs in keyed_edges(G):
        head = lambda u=u, v=v, k=k: (  # noqa: E731
            f"    <edge source={quoteattr(str(u))} target={quoteattr(str(v))}"
            f" id={quoteattr(str(k))}"
        )
        body.append(element((u, v, k), attrs, "edge", head, "edge"))
    declared = "".join(
        f'  <key id="{key}" for="{domain}" attr.name={quoteattr(name)} attr.type="{kind}" />\n'
        for (name, kind, domain), key in keys.items()
    )
    return (
        _GRAPHML_HEAD
        + declared
        + '  <graph edgedefault="directed">\n'
        + "".join(body)
        + "  </graph>\n</graphml>\n"
    )
