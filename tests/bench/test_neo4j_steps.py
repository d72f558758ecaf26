"""The naive loader's sample in bench/neo4j_steps.py: a part of the money graph that loads
on its own, with nodes and relationships in about the whole graph's mix."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from money_graph import money_graph  # noqa: E402
from neo4j_steps import naive_sample  # noqa: E402

from aikg.graph.neo4j.rows import prepare  # noqa: E402


def test_naive_sample_is_self_contained_and_mixed():
    G, _ = money_graph(200, 800, loops=3)
    sample = naive_sample(G, 300)
    rows = sample.number_of_nodes() + sample.number_of_edges()
    assert 300 <= rows < 320  # stops at the first event past the asked rows
    assert all(u in sample and v in sample for u, v in sample.edges())
    assert set(G.edges(sample, keys=True)) >= set(sample.edges(keys=True))
    prepared = prepare(sample)  # every relationship finds its end nodes' labels
    assert set(prepared.nodes) == {"Company", "Deal", "Investment"}
    # every event keeps both its role edges, so relationships are most of the rows
    events = [n for n, d in sample.nodes(data=True) if d["label"] != "Company"]
    assert sample.number_of_edges() == 2 * len(events)
