"""Centrality projections and measures, checked against hand computations."""

from __future__ import annotations

import json
import math

import networkx as nx
import pytest
from money_graphs import deal, inv, tie

import aikg.graph.analysis.measures as measures_module
from aikg.graph.analysis import (
    add_money_event,
    centrality_measures,
    company_projection,
    compute_centrality,
    money_flow_graph,
    money_projection,
    top_nodes,
    whole_projection,
)

A, B, C, D, E = (f"company:{x}" for x in "abcde")


def star() -> nx.MultiDiGraph:
    """Hub A partners with B, C, D and E."""
    G = nx.MultiDiGraph()
    for leaf in (B, C, D, E):
        tie(G, A, leaf)
    return G


def path() -> nx.MultiDiGraph:
    """A - B - C - D, by partnerships."""
    G = nx.MultiDiGraph()
    tie(G, A, B)
    tie(G, B, C)
    tie(G, C, D)
    return G


# -- measures against hand computations ---------------------------------------------------


def test_star_degree_pagerank_betweenness_eigenvector():
    nodes = compute_centrality(star(), ["company"])["company"]["nodes"]
    assert nodes[A]["degree"] == pytest.approx(1.0)
    assert nodes[B]["degree"] == pytest.approx(0.25)
    assert nodes[A]["strength"] == 4.0
    assert nodes[A]["betweenness"] == pytest.approx(1.0)
    assert nodes[B]["betweenness"] == pytest.approx(0.0)
    # PageRank (alpha 0.85, n 5): h = 0.03 + 0.85*4*l, l = 0.03 + 0.85*h/4
    # => h = 0.132 / 0.2775, l = 0.03 + 0.2125*h
    hub = 0.132 / 0.2775
    assert nodes[A]["pagerank"] == pytest.approx(hub, abs=1e-4)
    assert nodes[B]["pagerank"] == pytest.approx(0.03 + 0.2125 * hub, abs=1e-4)
    # Eigenvector of a star with 4 leaves: hub 1/sqrt(2), each leaf 1/(2 sqrt(2))
    assert nodes[A]["eigenvector"] == pytest.approx(1 / math.sqrt(2), abs=1e-4)
    assert nodes[B]["eigenvector"] == pytest.approx(1 / (2 * math.sqrt(2)), abs=1e-4)


def test_path_betweenness():
    nodes = compute_centrality(path(), ["company"])["company"]["nodes"]
    # B lies on the shortest paths A-C and A-D: 2 of the 3 pairs not involving B.
    assert nodes[B]["betweenness"] == pytest.approx(2 / 3)
    assert nodes[C]["betweenness"] == pytest.approx(2 / 3)
    assert nodes[A]["betweenness"] == 0.0
    assert nodes[A]["degree"] == pytest.approx(1 / 3)
    assert nodes[B]["degree"] == pytest.approx(2 / 3)


def test_weighted_betweenness_uses_inverse_weight_as_distance():
    # A-B-C by one fact each, and A-C directly by one fact: the direct edge is shortest.
    G = nx.MultiDiGraph()
    tie(G, A, B)
    tie(G, B, C)
    tie(G, A, C)
    assert compute_centrality(G, ["company"])["company"]["nodes"][B]["betweenness"] == 0.0
    # three facts between A-B and B-C make the way round B shorter (1/3 + 1/3 < 1)
    tie(G, B, A, "SUBSIDIARY_OF")
    tie(G, C, B, "SUBSIDIARY_OF")
    add_money_event(G, "deal:ab", "Deal", [A], [B], kind="payment")
    add_money_event(G, "deal:bc", "Deal", [B], [C], kind="payment")
    H = company_projection(G)
    assert H[A][B]["weight"] == 3 and H[A][C]["weight"] == 1
    assert compute_centrality(G, ["company"])["company"]["nodes"][B]["betweenness"] == 1.0


def test_directed_pagerank_with_a_dangling_node():
    # A -> B only; B's rank spreads uniformly: a = 0.075 + 0.425 b, a + b = 1.
    m = centrality_measures(nx.DiGraph([(A, B)]))
    assert m["nodes"][A]["pagerank"] == pytest.approx(0.5 / 1.425, abs=1e-4)
    assert m["nodes"][B]["pagerank"] == pytest.approx(1 - 0.5 / 1.425, abs=1e-4)
    assert m["nodes"][A]["degree"] == 1.0


def test_pure_python_pagerank_matches_hand_values():
    ranks = measures_module._pagerank_power(nx.star_graph(4), weight=None)
    hub = 0.132 / 0.2775
    assert ranks[0] == pytest.approx(hub, abs=1e-4)
    assert sum(ranks.values()) == pytest.approx(1.0)


# -- projections ---------------------------------------------------------------------------


def test_whole_projection_leaves_out_reports_and_provenance():
    G = nx.MultiDiGraph()
    G.add_node("report:r1", label="Report", name="R1", reports=["r1"], period="2025-01")
    add_money_event(G, "investment:1", "Investment", [A], [B], kind="equity")
    G.add_edge("report:r1", A, type="MENTIONS", count=1)
    G.add_edge("report:r1", B, type="RATES", rating="buy")
    G.add_edge(A, B, type="PARTNERS_WITH")
    G.add_edge(B, A, type="PARTNERS_WITH")
    H = whole_projection(G)
    assert sorted(H) == [A, B, "investment:1"]
    assert sorted(map(sorted, H.edges())) == [[A, B], [A, "investment:1"], [B, "investment:1"]]
    result = compute_centrality(G, ["whole"])["whole"]
    assert "Report nodes and MENTIONS/RATES" in result["description"]
    assert result["weighted"] is False and result["directed"] is False
    assert result["nodes"]["investment:1"]["degree"] == 1.0
    assert result["nodes"]["investment:1"]["label"] == "Investment"


def test_company_projection_counts_shared_facts():
    G = nx.MultiDiGraph()
    add_money_event(G, "investment:1", "Investment", [A, B], [C], kind="equity")
    tie(G, A, B)  # a second fact between A and B
    # supply chain: D and E hold tiers of one chain
    G.add_node("supplychain:s", label="SupplyChain", name="S")
    G.add_node(D, label="Company", name="D", reports=[])
    G.add_node(E, label="Company", name="E", reports=[])
    G.add_edge(D, "supplychain:s", type="IN_SUPPLY_CHAIN", tier="foundry")
    G.add_edge(E, "supplychain:s", type="IN_SUPPLY_CHAIN", tier="designer")
    # E designs chip X; A buys X from distributor F: E-A linked by that deal
    G.add_node("chip:x", label="Chip", name="X")
    G.add_edge(E, "chip:x", type="DESIGNS")
    add_money_event(G, "deal:x", "Deal", [A], ["company:f"], kind="chip_purchase")
    G.add_edge("deal:x", "chip:x", type="INVOLVES")
    # a model is not a company and stays out
    G.add_node("model:m", label="Model", name="M")
    G.add_edge(A, "model:m", type="RELEASED")
    H = company_projection(G)
    weights = {tuple(sorted((u, v))): d["weight"] for u, v, d in H.edges(data=True)}
    assert weights == {
        (A, B): 2,
        (A, C): 1,
        (B, C): 1,
        (D, E): 1,
        (A, E): 1,
        (A, "company:f"): 1,
    }
    assert H[A][E]["facts"] == ["deal:x"]
    assert "model:m" not in H


def test_chip_bought_from_its_designer_counts_the_deal_once():
    G = nx.MultiDiGraph()
    G.add_node("chip:x", label="Chip", name="X")
    add_money_event(G, "deal:x", "Deal", [A], [B], kind="chip_purchase")
    G.add_edge(B, "chip:x", type="DESIGNS")
    G.add_edge("deal:x", "chip:x", type="INVOLVES")
    assert company_projection(G)[A][B]["weight"] == 1


def test_money_projection_weights():
    G = nx.MultiDiGraph()
    add_money_event(G, "deal:1", "Deal", [A], [B], kind="payment", amount=1e9, currency="EUR")
    add_money_event(G, "deal:2", "Deal", [A], [B], kind="payment")
    add_money_event(G, "deal:3", "Deal", [B], [C], kind="payment", amount=5e8, currency="USD")
    add_money_event(G, "deal:4", "Deal", [C], [A], kind="partnership", amount=9e9, currency="USD")
    H = money_projection(G)
    # the undisclosed deal:2 counts as the smallest disclosed flow (0.5bn USD)
    assert H[A][B]["weight"] == pytest.approx(1.08e9 + 5e8)
    assert (H[A][B]["flows"], H[A][B]["undisclosed"]) == (2, 1)
    assert H[B][C]["distance"] == pytest.approx(1 / 5e8)
    assert not H.has_edge(C, A)  # tentative partnership left out
    assert money_projection(G, include_tentative=True).has_edge(C, A)
    result = compute_centrality(G, ["money"])["money"]
    assert result["directed"] is True and result["weighted"] is True
    assert "approximate USD" in result["weight"]
    assert result["nodes"][B]["strength"] == pytest.approx(1.08e9 + 5e8 + 5e8)


def test_money_projection_without_disclosed_amounts_counts_flows():
    G = nx.MultiDiGraph()
    add_money_event(G, "deal:1", "Deal", [A], [B], kind="payment")
    add_money_event(G, "deal:2", "Deal", [A], [B], kind="payment")
    H = money_projection(G)
    assert H[A][B]["weight"] == 2.0
    assert "number of flows" in H.graph["weight"]


def test_unknown_projection_and_measure_are_rejected():
    with pytest.raises(ValueError):
        compute_centrality(star(), ["nope"])
    with pytest.raises(ValueError):
        top_nodes(compute_centrality(star(), ["company"]), "company", "closeness")


# -- sampling, convergence, JSON -----------------------------------------------------------


def test_betweenness_sampling_switch():
    G = path()
    exact = compute_centrality(G, ["company"])["company"]
    assert exact["betweenness_sampled"] is None
    # above the threshold with k = n: sampled (recorded) but all pivots, so exact values
    full = compute_centrality(G, ["company"], sample_threshold=3, sample_k=200)["company"]
    assert full["betweenness_sampled"] == {"k": 4, "seed": 0, "threshold": 3}
    assert any("sampled pivots" in note for note in full["notes"])
    for node in G:
        assert full["nodes"][node]["betweenness"] == pytest.approx(
            exact["nodes"][node]["betweenness"]
        )
    # k < n: an estimate, reproducible with the fixed seed
    one = compute_centrality(G, ["company"], sample_threshold=3, sample_k=2)["company"]
    two = compute_centrality(G, ["company"], sample_threshold=3, sample_k=2)["company"]
    assert one["betweenness_sampled"]["k"] == 2
    assert one["nodes"] == two["nodes"]


def test_non_convergence_is_recorded_not_raised():
    result = compute_centrality(star(), ["company"], max_iter=1)["company"]
    assert result["eigenvector_converged"] is False
    assert all(v["eigenvector"] is None for v in result["nodes"].values())
    assert any("eigenvector" in note and "converge" in note for note in result["notes"])
    assert all(v["degree"] is not None for v in result["nodes"].values())
    assert top_nodes({"company": result}, "company", "eigenvector", 3) == []


def test_empty_projection():
    result = compute_centrality(nx.MultiDiGraph())
    assert set(result) == {"whole", "company", "money"}
    for entry in result.values():
        assert entry["nodes"] == {} and entry["n_nodes"] == 0
        assert entry["notes"] == ["empty projection: no nodes"]


def test_output_is_json_ready_with_the_documented_shape():
    G = star()
    add_money_event(G, "deal:1", "Deal", [B], [A], kind="payment", amount=1e9, currency="USD")
    result = compute_centrality(G)
    assert json.loads(json.dumps(result, allow_nan=False)) == result
    for name in ("whole", "company", "money"):
        entry = result[name]
        assert set(entry) == {
            "description",
            "directed",
            "weighted",
            "weight",
            "measures",
            "n_nodes",
            "n_edges",
            "betweenness_sampled",
            "eigenvector_converged",
            "notes",
            "nodes",
        }
        assert set(entry["measures"]) == {
            "degree",
            "strength",
            "pagerank",
            "betweenness",
            "eigenvector",
        }
        for values in entry["nodes"].values():
            assert set(values) == {
                "name",
                "label",
                "degree",
                "strength",
                "pagerank",
                "betweenness",
                "eigenvector",
            }
    assert result["company"]["nodes"][A]["name"] == "A"
    assert "distance = 1 / weight" in result["company"]["measures"]["betweenness"]
    assert "hop counts" in result["whole"]["measures"]["betweenness"]


def test_top_nodes_order():
    result = compute_centrality(star(), ["company"])
    top = top_nodes(result, "company", "degree", 2)
    assert [row["id"] for row in top] == [A, B]  # leaves tie, broken by id
    assert top[0] == {"id": A, "name": "A", "label": "Company", "degree": pytest.approx(1.0)}


# -- periods -------------------------------------------------------------------------------


# -- engines: igraph and sparse-matrix iteration agree with plain NetworkX ---------------


def _random_graph(directed: bool, seed: int) -> nx.Graph:
    """A random graph with money-like weights (large) and their 1 / weight distances.

    Continuous weights: two paths of the same length in exact arithmetic can differ in
    their last float bit, which NetworkX counts as two lengths and igraph (relative
    tolerance) as one; that is the one place the engines may differ."""
    G = nx.gnm_random_graph(80, 220, seed=seed, directed=directed)
    rng = __import__("random").Random(seed)
    for u, v in G.edges:
        weight = rng.uniform(1e8, 5e9)
        G[u][v].update(weight=weight, distance=1.0 / weight)
    return G


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("weight", [None, "weight"])
@pytest.mark.parametrize("threshold", [2000, 10])
def test_fast_engine_equals_networkx(directed, weight, threshold):
    G = _random_graph(directed, seed=5)
    fast = centrality_measures(G, weight, sample_threshold=threshold, sample_k=20)
    plain = centrality_measures(
        G, weight, sample_threshold=threshold, sample_k=20, engine="networkx"
    )
    assert fast["betweenness_sampled"] == plain["betweenness_sampled"]
    for node in G:
        for measure in ("betweenness", "eigenvector", "pagerank", "degree"):
            assert fast["nodes"][node][measure] == pytest.approx(
                plain["nodes"][node][measure], abs=1e-9
            ), (node, measure)


def test_igraph_is_the_engine_installed():
    """The tests run the fast path (python-igraph is in the test extras)."""
    import igraph  # noqa: F401

    assert measures_module._igraph() is not None


def test_only_the_asked_measures_are_computed():
    result = centrality_measures(nx.path_graph(4), measures=("degree",))
    assert result["nodes"][1]["degree"] == pytest.approx(2 / 3)
    assert result["nodes"][1]["betweenness"] is None
    assert result["eigenvector_converged"] is None
    assert any("not computed here" in note for note in result["notes"])


def test_money_projection_sums_the_flows_of_the_flow_graph():
    # money_projection reads the events itself; it must hold what collapsing the
    # money-flow graph's parallel flows gives, nodes and edges in the same order.
    G = nx.MultiDiGraph()
    deal(G, "deal:1", A, B, 3e9)
    deal(G, "deal:2", A, B)
    inv(G, "investment:3", [B, C], [A, C], 1e9, currency="CNY")
    deal(G, "deal:4", C, A, 2e8, kind="partnership")
    F = money_flow_graph(G)
    floor = min(d["amount_usd"] for *_, d in F.edges(data=True) if d["amount_usd"] is not None)
    H = money_projection(G)
    assert list(H) == list(F)
    expected = {}
    for u, v, d in F.edges(data=True):
        e = expected.setdefault((u, v), {"weight": 0.0, "flows": 0, "undisclosed": 0})
        e["weight"] += d["amount_usd"] if d["amount_usd"] is not None else floor
        e["flows"] += 1
        e["undisclosed"] += d["amount_usd"] is None
    assert [(u, v) for u, v in H.edges()] == list(expected)
    for (u, v), e in expected.items():
        assert H[u][v] == {**e, "distance": 1.0 / e["weight"]}
