"""The whole-graph centrality memo (graph/incremental/analyses.py), one file per result:
an update whose projections are unchanged measures none and writes the full build's
centrality.json; a result of another version is measured again; results no longer used
are removed."""

from __future__ import annotations

import json

from aikg.graph.analysis import PROJECTIONS
from aikg.graph.incremental.analyses import MEMO_DIR, OLD_MEMO_FILE
from aikg.graph.incremental.rebuild import record_build, update_build
from aikg.graph.outputs import write_outputs


def _memo_files(out):
    return sorted((out / "cache" / MEMO_DIR).glob("*.json"))


def test_unchanged_projections_are_read_back_and_others_measured(seeds_dir, seed_result, tmp_path):
    out = tmp_path / "out"
    record_build(out, [seeds_dir], seed_result)  # as `aikg build` does
    write_outputs(seed_result, out)
    full = (out / "centrality.json").read_bytes()
    kept = _memo_files(out)
    assert len(kept) == len(PROJECTIONS) and not (out / "cache" / OLD_MEMO_FILE).exists()
    unchanged = update_build(out)
    assert unchanged.centrality_computed == 0
    assert (out / "centrality.json").read_bytes() == full
    assert _memo_files(out) == kept
    # a result stamped by another aikg version is not taken: measured (and kept) anew
    stamp, _, text = kept[0].read_text("utf-8").partition("\n")
    kept[0].write_text(json.dumps({**json.loads(stamp), "aikg": "0.0.other"}) + "\n" + text)
    again = update_build(out)
    assert again.centrality_computed == 1
    assert (out / "centrality.json").read_bytes() == full
    assert kept[0].read_text("utf-8").partition("\n")[0] == stamp
    # a removed report changes every projection: the old results' files go
    newest = max(seeds_dir.glob("*.txt"), key=lambda p: p.name)
    removed = update_build(out, remove=[newest])
    assert removed.centrality_computed == len(PROJECTIONS)
    assert len(_memo_files(out)) == len(PROJECTIONS) and set(_memo_files(out)).isdisjoint(kept)
