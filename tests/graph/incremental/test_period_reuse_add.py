"""Adding a report of the latest period to a build: every earlier period's graph is the
one cached (up to what no projection reads: provenance, and the aliases and tickers a new
report adds to companies of earlier periods), so only the latest period is measured
again, and the per-period centrality is the full build's, value for value."""

from __future__ import annotations

import copy
import json
import shutil

from aikg.graph import build
from aikg.graph.analysis import PROJECTIONS, compute_centrality, project
from aikg.graph.analysis.centrality import PERIOD_MEASURES, period_reports
from aikg.graph.incremental.analyses import fingerprint
from aikg.graph.incremental.periods import PERIODS_DIR, UNREAD
from aikg.graph.incremental.rebuild import record_build, update_build
from aikg.graph.outputs import write_outputs


def _plain(by_period: dict) -> dict:
    """The per-period result as plain JSON data (cached periods are kept as text)."""
    return json.loads(json.dumps(by_period["periods"], default=dict))


def test_adding_a_report_of_the_latest_period_measures_that_period_only(
    seeds_dir, seed_result, tmp_path
):
    _, periods = period_reports(seed_result.graph, cumulative=True)
    last_period, last_reports = periods[-1]
    earlier = set(periods[-2][1])
    [newest_id] = set(last_reports) - earlier  # the seeds' latest period holds one report
    [newest] = [p for p in seeds_dir.glob("*.txt") if newest_id.startswith(p.stem)]
    early = tmp_path / "early"
    early.mkdir()
    for path in seeds_dir.glob("*.txt"):
        if path != newest:
            shutil.copy(path, early / path.name)
    out = tmp_path / "out"
    first = build([early])
    record_build(out, [early], first)
    write_outputs(first, out)
    cached = {p.name for p in (out / "cache" / PERIODS_DIR).glob("*.json")}

    updated = update_build(out, [newest])

    assert updated.read == [str(newest)]
    assert updated.periods_measured == 1  # the new report's period; the others cached
    assert list(updated.result.centrality_by_period["periods"]) == [p for p, _ in periods]
    assert _plain(updated.result.centrality_by_period) == _plain(seed_result.centrality_by_period)
    # the earlier periods' files are the ones the first build wrote
    now = {p.name for p in (out / "cache" / PERIODS_DIR).glob("*.json")}
    assert len(now - cached) == 1 and len(cached - now) == 0
    assert last_period in updated.result.centrality_by_period["periods"]


def test_the_projections_and_their_centrality_read_no_descriptive_attribute(seed_result):
    G = copy.deepcopy(seed_result.graph)
    before = {name: fingerprint(project(G, name)) for name in PROJECTIONS}
    centrality = compute_centrality(G, measures=PERIOD_MEASURES)
    for _, attrs in G.nodes(data=True):
        for name in UNREAD:
            attrs[name] = ["another name, a listing or a file a later report brings"]
    assert {name: fingerprint(project(G, name)) for name in PROJECTIONS} == before
    assert compute_centrality(G, measures=PERIOD_MEASURES) == centrality
