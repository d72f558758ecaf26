"""An output whose text is unchanged is not written again: an update that changes nothing
keeps every output file's modification time, an update that adds a report rewrites the
files it changes, and either way the files are those a full build writes."""

from __future__ import annotations

import os
import shutil

from aikg.graph import build
from aikg.graph.incremental.rebuild import record_build, update_build
from aikg.graph.outputs import OUTPUT_FILES, write_outputs

OLD = 1_000_000_000  # a modification time long past, set on every file before an update
COMPARED = ("graph.json", "graph.graphml", "cycles.json", "centrality.json")


def _made(result, inputs, out):
    record_build(out, inputs, result)
    write_outputs(result, out)
    return out


def _aged(out):
    """Every output's bytes, its modification time set to :data:`OLD`."""
    texts = {}
    for name in OUTPUT_FILES:
        os.utime(out / name, ns=(OLD * 10**9, OLD * 10**9))
        texts[name] = (out / name).read_bytes()
    return texts


def test_an_update_that_changes_nothing_writes_no_output(seeds_dir, seed_result, tmp_path):
    out = _made(seed_result, [seeds_dir], tmp_path / "out")
    before = _aged(out)
    update_build(out)  # nothing new, nothing removed
    for name in OUTPUT_FILES:
        same = (out / name).read_bytes() == before[name]
        kept = (out / name).stat().st_mtime_ns == OLD * 10**9
        assert same == kept, name  # unchanged text: not written; changed: written
    # the graph, its loops and its centrality are those the build wrote, untouched
    assert all((out / name).stat().st_mtime_ns == OLD * 10**9 for name in COMPARED)


def test_an_update_rewrites_what_it_changes_and_equals_the_full_build(seeds_dir, tmp_path):
    seeds = sorted(seeds_dir.glob("*.txt"))
    early, late = tmp_path / "early", tmp_path / "late"
    for folder, chosen in ((early, seeds[1:]), (late, seeds[:1])):
        folder.mkdir()
        for path in chosen:
            shutil.copy(path, folder / path.name)
    out = _made(build([early]), [early], tmp_path / "out")
    before = _aged(out)
    update_build(out, [late])
    full = tmp_path / "full"
    write_outputs(build([early, late]), full)
    for name in OUTPUT_FILES:
        same = (out / name).read_bytes() == before[name]
        assert same == ((out / name).stat().st_mtime_ns == OLD * 10**9), name
    assert (out / "graph.json").read_bytes() != before["graph.json"]  # the report's facts
    for name in (*COMPARED, "centrality_by_period.json"):
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
