"""PageRank and eigenvector centrality read one adjacency matrix per projection
(graph/analysis/measures.py), and the map sizes its nodes by the PageRank of a light
undirected copy of the facts graph (graph/outputs/maps/layout.py): on the seeds' graph
each gives, bit for bit, what networkx gives from its own conversions."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from aikg.graph.analysis import PROJECTIONS, project
from aikg.graph.analysis.measures import (
    _adjacency,
    _eigenvector,
    _pagerank_of_matrix,
    centrality_measures,
)
from aikg.graph.outputs.maps.layout import node_sizes, simple_undirected
from aikg.graph.outputs.maps.views import facts_graph


@pytest.mark.parametrize("name", PROJECTIONS)
def test_pagerank_from_the_shared_matrix_is_networkx_pagerank(seed_result, name):
    H = project(seed_result.graph, name)
    weight = "weight" if H.graph.get("weight") else None
    assert H.number_of_edges() > 0
    shared = _pagerank_of_matrix(_adjacency(H, weight), list(H), 1000)
    assert shared == nx.pagerank(H, weight=weight, max_iter=1000)


@pytest.mark.parametrize("name", PROJECTIONS)
def test_eigenvector_from_the_shared_matrix_is_the_one_from_its_own(seed_result, name):
    H = project(seed_result.graph, name)
    weight = "weight" if H.graph.get("weight") else None
    own = nx.to_scipy_sparse_array(H, nodelist=list(H), weight=weight, format="csr")
    assert _outcome(H, weight, own) == _outcome(H, weight, _adjacency(H, weight))


def _outcome(H: nx.Graph, weight: str | None, matrix) -> dict | str:
    """The eigenvector centrality from ``matrix``, or that it did not converge."""
    try:
        return _eigenvector(H, weight, 1000, matrix)
    except nx.PowerIterationFailedConvergence:
        return "did not converge"


def test_measures_on_every_engine_agree_on_pagerank(seed_result):
    H = project(seed_result.graph, "company")
    fast = centrality_measures(H, "weight")["nodes"]
    plain = centrality_measures(H, "weight", engine="networkx")["nodes"]
    assert {n: v["pagerank"] for n, v in fast.items()} == {
        n: v["pagerank"] for n, v in plain.items()
    }


def test_node_sizes_read_what_nx_graph_of_the_facts_gives(seed_result):
    H, _ = facts_graph(seed_result.graph)
    U, full = simple_undirected(H), nx.Graph(H)
    assert list(U) == list(full)
    assert list(U.edges(data="weight")) == list(full.edges(data="weight"))
    rank = nx.pagerank(full)
    top = max(rank.values())
    sizes = node_sizes(H)
    assert sizes == {n: 8 + 40 * math.sqrt(rank.get(n, 0) / top) for n in H}
