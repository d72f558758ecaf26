"""What an update encodes once and takes as it was (round 23): a relationship's map
tooltip kept in the outputs memo, the centrality results carrying the JSON their memo
file and centrality.json share, and the cached periods kept as the bytes of their file.
Each gives exactly what making it anew gives."""

from __future__ import annotations

import copy
import json

from aikg.graph.analysis import compute_centrality
from aikg.graph.incremental.analyses import CentralityMemo
from aikg.graph.incremental.periods import EncodedOnce, PeriodMemo, compact_json
from aikg.graph.outputs.maps.page import map_data
from aikg.graph.outputs.memo import OutputMemo
from aikg.graph.outputs.write import by_period_text, centrality_pieces


def _kept(memo: OutputMemo, changed: set) -> OutputMemo:
    """The memo the next build would load from ``memo``'s build, ``changed`` since."""
    kept = OutputMemo(
        ["r"],
        memo.new_layouts,
        memo.new_tooltips,
        memo.new_titles,
        memo.new_graphml,
        memo.new_edge_tooltips,
    )
    kept.since(["r"], changed)
    return kept


def test_edge_tooltips_are_taken_unless_the_edge_or_the_names_of_its_ends_changed(seed_result):
    G = copy.deepcopy(seed_result.graph)
    first = OutputMemo()
    before = map_data(G, memo=first)
    edges = len(before["edges"])
    assert edges > 2 and len(first.new_edge_tooltips) == edges
    same = _kept(first, set())
    assert map_data(G, memo=same) == before and same.taken["edge tooltip"] == edges
    # a changed relationship's tooltip is made anew
    u, v, k, attrs = next(
        (u, v, k, d)
        for u, v, k, d in G.edges(keys=True, data=True)
        if (u, v, k) in first.new_edge_tooltips
    )
    attrs["date"] = "2031-01-01"
    changed = _kept(first, {(u, v, k)})
    after = map_data(G, memo=changed)
    assert after == map_data(G) != before and changed.taken["edge tooltip"] == edges - 1
    # an end renamed (its node changed): the relationships naming it are made anew too
    G.nodes[u]["name"] = "Invented Renamed Co"
    renamed = _kept(first, {u, (u, v, k)})
    assert map_data(G, memo=renamed) == map_data(G)
    naming = sum(1 for e in first.new_edge_tooltips if u in e[:2])
    assert renamed.taken.get("edge tooltip", 0) == edges - naming


def test_centrality_carries_the_json_its_memo_file_and_centrality_json_share(seed_result, tmp_path):
    G = seed_result.graph
    memo = CentralityMemo(folder=tmp_path / "memo", version="v")
    measured = memo.centrality(G)
    assert all(isinstance(entry, EncodedOnce) for entry in measured.values())
    assert measured == compute_centrality(G)
    flat = json.dumps(measured, ensure_ascii=False, separators=(",", ":"))
    assert "".join(centrality_pieces(measured)) == flat
    memo.save(tmp_path, "v")
    again = CentralityMemo.load(tmp_path, "v")
    taken = again.centrality(G)
    assert again.computed == 0 and taken == measured
    # taken as the bytes of its file, which are those of the output's piece
    for name, entry in taken.items():
        assert entry.json_text == compact_json(measured[name]).encode("utf-8")
    pieces = centrality_pieces(taken)
    assert b"".join(p if isinstance(p, bytes) else p.encode() for p in pieces) == flat.encode()


def test_cached_periods_are_the_bytes_of_their_files_and_write_the_same_json(seed_result, tmp_path):
    G = seed_result.graph
    first = PeriodMemo(tmp_path, "v")
    measured = first.by_period(G)
    fresh = [p["centrality"] for p in measured["periods"].values()]
    assert len(fresh) > 1 and first.measured == sum(isinstance(c, EncodedOnce) for c in fresh)
    again = PeriodMemo(tmp_path, "v")
    taken = again.by_period(G)
    assert again.measured == 0
    kept = [p["centrality"] for p in taken["periods"].values()]
    assert all(isinstance(c.json_text, bytes) for c in kept)
    assert [dict(c) for c in kept] == [dict(c) for c in fresh]
    assert by_period_text(taken) == by_period_text(measured)
    plain = {
        **measured,
        "periods": {
            p: {**e, "centrality": dict(e["centrality"])} for p, e in measured["periods"].items()
        },
    }
    assert by_period_text(taken) == compact_json(plain)
