"""Period keys (graph/incremental/periods.py): the one pass over the graph gives the key
of each period's graph as built, a key leaves out only what no projection reads, and an
update measures only the periods whose graph changed."""

from __future__ import annotations

import copy

from aikg.graph.analysis import PROJECTIONS, compute_centrality, period_subgraph, project
from aikg.graph.analysis.centrality import PERIOD_MEASURES, period_reports
from aikg.graph.incremental.analyses import fingerprint
from aikg.graph.incremental.periods import (
    PROVENANCE,
    PeriodCentrality,
    period_keys,
    subgraph_key,
)
from aikg.graph.incremental.rebuild import record_build, update_build
from aikg.graph.outputs import write_outputs


def test_one_pass_keys_equal_the_keys_of_the_built_period_graphs(seed_result):
    G = seed_result.graph
    _, periods = period_reports(G, cumulative=True)
    assert len(periods) >= 3
    built = [subgraph_key(period_subgraph(G, chosen)) for _, chosen in periods]
    assert period_keys(G, periods) == built
    assert len(set(built)) == len(built)  # every seed adds facts to its period's graph


def _restated(G):
    """``G`` with every provenance attribute changed, as a later report restating each
    fact would change it (another report, other dates, other evidence)."""
    H = copy.deepcopy(G)
    items = [d for _, d in H.nodes(data=True)] + [d for *_, d in H.edges(data=True)]
    for attrs in items:
        for name in PROVENANCE & set(attrs):
            value = attrs[name]
            attrs[name] = [*value, "invented-later"] if isinstance(value, list) else "2099-01"
    return H


def test_the_projections_and_their_centrality_read_no_provenance(seed_result):
    G = seed_result.graph
    H = _restated(G)
    assert G.nodes(data=True) != H.nodes(data=True)
    for name in PROJECTIONS:
        assert fingerprint(project(G, name)) == fingerprint(project(H, name)), name
    assert compute_centrality(G, measures=PERIOD_MEASURES) == compute_centrality(
        H, measures=PERIOD_MEASURES
    )


def test_a_key_changes_with_what_a_fact_says(seed_result):
    G = copy.deepcopy(seed_result.graph)
    _, periods = period_reports(G, cumulative=True)
    before = period_keys(G, periods)
    first_period = set(periods[0][1])
    node = next(n for n, d in G.nodes(data=True) if first_period & set(d.get("reports") or ()))
    G.nodes[node]["name"] = G.nodes[node]["name"] + " (renamed)"
    after = period_keys(G, periods)
    assert all(a != b for a, b in zip(before, after, strict=True))


def test_an_update_measures_only_the_periods_whose_graph_changed(seeds_dir, seed_result, tmp_path):
    out = tmp_path / "out"
    record_build(out, [seeds_dir], seed_result)  # as `aikg build` does
    write_outputs(seed_result, out)
    full_text = (out / "centrality_by_period.json").read_bytes()
    unchanged = update_build(out)  # nothing new: every period from the cache
    assert unchanged.read == [] and unchanged.periods_measured == 0
    periods = unchanged.result.centrality_by_period["periods"]
    assert len(periods) >= 3
    assert periods == seed_result.centrality_by_period["periods"]
    # the cached periods stay their JSON text, spliced into the file: byte for byte the
    # full build's
    assert all(isinstance(p["centrality"], PeriodCentrality) for p in periods.values())
    assert (out / "centrality_by_period.json").read_bytes() == full_text
    newest = max(seeds_dir.glob("*.txt"), key=lambda p: p.name)
    removed = update_build(out, remove=[newest])
    # only the periods that held the removed report are measured again
    assert 0 < removed.periods_measured < len(periods)
