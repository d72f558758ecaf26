"""An update of the seeds (early build, late reports added) with the outputs memo the
build kept, and with that memo lost: both write what the full build writes, and the
memo kept after the update is that of all the reports."""

from __future__ import annotations

import shutil

import pytest
from planted import EARLY, LATE, aikg, copy_seeds

from aikg.graph.incremental.rebuild import update_build
from aikg.graph.outputs.memo import MEMO_FILE, OutputMemo

SAME = ("graph.json", "graph.graphml", "centrality.json", "map.html")


@pytest.fixture(scope="module")
def split(seeds_dir, tmp_path_factory):
    root = tmp_path_factory.mktemp("memo")
    early = copy_seeds(seeds_dir, root / "early", EARLY)
    late = copy_seeds(seeds_dir, root / "late", LATE)
    assert aikg("build", early, "--out", root / "base", "-q").exit_code == 0
    assert aikg("build", early, late, "--out", root / "full", "-q").exit_code == 0
    return root


@pytest.mark.parametrize("memo_kept", [True, False])
def test_update_with_or_without_the_kept_memo_writes_the_full_build(split, tmp_path, memo_kept):
    build = tmp_path / "inc"
    shutil.copytree(split / "base", build)
    before = OutputMemo.load(build / "cache")
    assert len(before.reports) == len(EARLY) and before.tooltips and before.graphml
    if not memo_kept:
        (build / "cache" / MEMO_FILE).unlink()
    updated = update_build(build, [split / "late"])
    assert updated.continued
    for name in SAME:
        assert (build / name).read_bytes() == (split / "full" / name).read_bytes(), name
    after = OutputMemo.load(build / "cache")
    assert after.reports == [m.report_id for m in updated.result.reports]
    assert len(after.reports) == len(EARLY) + len(LATE)
