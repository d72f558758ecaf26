"""The money-loop search on small hand-made graphs: paths, bottlenecks, dates, ranking,
truncation, grouping units."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from money_graphs import A, B, C, D, E, deal, inv, three_loop

from aikg.graph.analysis import (
    add_money_event,
    dates_run_forward,
    find_money_loops,
    loops_for_company,
    money_flow_graph,
)


def test_three_company_loop_path_bottleneck_and_dates():
    search = find_money_loops(three_loop())
    assert not search.truncated and search.reason is None
    assert len(search.loops) == 1
    loop = search.loops[0]
    assert loop.nodes == (A, B, C)
    assert [(h.source, h.target) for h in loop.hops] == [(A, B), (B, C), (C, A)]
    assert loop.bottleneck == {
        "hop": 1,
        "from": B,
        "to": C,
        "amount_usd": pytest.approx(2.8e9),
        "all_hops_disclosed": True,
    }
    assert loop.dates_forward is True
    assert loop.disclosed_usd == pytest.approx(1e10 + 2.8e9 + 5e9)
    assert loop.latest_date == "2025-06"
    assert loop.evidence == [
        "investment:ab sentence.",
        "deal:bc sentence.",
        "deal:ca sentence.",
    ]
    assert loop.rank == 1


def test_dates_running_backwards_round_the_loop():
    # earliest is A->B (Jan), then B->C in June but C->A in March: not forward.
    loop = find_money_loops(three_loop(("2025-01", "2025-06", "2025-03"))).loops[0]
    assert loop.dates_forward is False
    # the loop may start anywhere: earliest is C->A, then A->B, then B->C.
    loop = find_money_loops(three_loop(("2025-04", "2025-05", "2025-02"))).loops[0]
    assert loop.dates_forward is True


def test_dates_forward_unknown_when_a_hop_is_undated():
    loop = find_money_loops(three_loop(("2025-01", None, "2025-06"))).loops[0]
    assert loop.dates_forward is None


def test_dates_of_mixed_precision():
    assert dates_run_forward([["2025"], ["2025-03"], ["2025-03-01"]]) is True
    assert dates_run_forward([["2025-03"], ["2024"]]) is True  # 2024 is the earliest
    assert dates_run_forward([["2025-03"], ["2024"], ["2025-01"]]) is True
    assert dates_run_forward([["2025-01"], ["2024"], ["2025-03"]]) is False
    assert dates_run_forward([["bad-date"], ["2025"]]) is None
    # parallel flows: a later flow on a hop can carry the loop forward
    assert dates_run_forward([["2025-01"], ["2024-12", "2025-02"], ["2025-03"]]) is True


def test_rotations_counted_once_and_parallel_flows_kept_on_one_hop():
    G = three_loop()
    deal(G, "deal:bc2", B, C, 1e9, "USD", "2025-04", kind="compute_lease")
    search = find_money_loops(G)
    assert [lp.nodes for lp in search.loops] == [(A, B, C)]
    hop = search.loops[0].hops[1]
    assert [f["flow"] for f in hop.flows] == ["deal:bc", "deal:bc2"]
    assert hop.disclosed_usd == pytest.approx(3.8e9)


def test_both_directions_are_distinct_loops():
    G = three_loop()
    deal(G, "deal:ac", A, C, 1e9)
    deal(G, "deal:cb", C, B, 1e9)
    deal(G, "deal:ba", B, A, 1e9)
    nodes = sorted(lp.nodes for lp in find_money_loops(G).loops)
    # two 3-loops (one per direction) and the three 2-loops, each once
    assert nodes == [(A, B), (A, B, C), (A, C), (A, C, B), (B, C)]


def test_tentative_partnership_excluded_by_default_included_with_flag():
    G = nx.MultiDiGraph()
    inv(G, "investment:ab", [A], [B], 1e9)
    deal(G, "deal:ba", B, A, 2e9, kind="partnership", status="announced")
    assert find_money_loops(G).loops == []
    search = find_money_loops(G, include_tentative=True)
    assert [lp.nodes for lp in search.loops] == [(A, B)]
    assert search.loops[0].tentative is True
    assert search.to_json()["params"]["include_tentative"] is True


def test_planned_status_is_tentative():
    G = nx.MultiDiGraph()
    inv(G, "investment:ab", [A], [B], 1e9)
    deal(G, "deal:ba", B, A, 2e9, status="planned")
    assert find_money_loops(G).loops == []
    assert len(find_money_loops(G, include_tentative=True).loops) == 1


def test_flow_graph_input_filters_tentative_flows():
    G = nx.MultiDiGraph()
    inv(G, "investment:ab", [A], [B], 1e9)
    deal(G, "deal:ba", B, A, 2e9, status="tentative")
    F = money_flow_graph(G, include_tentative=True)
    assert F.number_of_edges() == 2
    assert find_money_loops(F).loops == []
    assert len(find_money_loops(F, include_tentative=True).loops) == 1


def five_loop() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    ring = [A, B, C, D, E]
    for i, u in enumerate(ring):
        deal(G, f"deal:{i}", u, ring[(i + 1) % 5], 1e9)
    return G


def test_five_hop_loop_needs_max_len_five():
    assert find_money_loops(five_loop(), max_len=4).loops == []
    found = find_money_loops(five_loop(), max_len=5).loops
    assert [lp.nodes for lp in found] == [(A, B, C, D, E)]
    assert found[0].length == 5


def test_max_len_below_two_is_rejected():
    with pytest.raises(ValueError):
        find_money_loops(three_loop(), max_len=1)


def test_overlapping_loops_ranked_by_disclosed_amount():
    G = nx.MultiDiGraph()
    inv(G, "investment:ab", [A], [B], 1e9, date="2025-01")
    deal(G, "deal:ba", B, A, 1e9, date="2025-02")
    deal(G, "deal:bc", B, C, 5e9, date="2025-02")
    deal(G, "deal:ca", C, A, 5e9, date="2025-03")
    loops = find_money_loops(G).loops
    assert [lp.nodes for lp in loops] == [(A, B, C), (A, B)]
    assert [lp.rank for lp in loops] == [1, 2]
    assert [lp.disclosed_usd for lp in loops] == [pytest.approx(11e9), pytest.approx(2e9)]


def test_ties_go_to_the_shorter_then_the_more_recent_loop():
    G = nx.MultiDiGraph()
    deal(G, "deal:ab", A, B, date="2024-01")
    deal(G, "deal:ba", B, A, date="2024-02")
    deal(G, "deal:cd", C, D, date="2025-01")
    deal(G, "deal:dc", D, C, date="2025-02")
    deal(G, "deal:de", D, E, date="2026-01")
    deal(G, "deal:ec", E, C, date="2026-01")
    loops = find_money_loops(G).loops
    # nothing disclosed: 2-loops first, the more recent one first; the 3-loop last
    assert [lp.nodes for lp in loops] == [(C, D), (A, B), (C, D, E)]
    assert loops[0].bottleneck is None


def test_truncation_with_a_tiny_limit():
    G = nx.MultiDiGraph()
    nodes = [A, B, C, D]
    for u in nodes:
        for v in nodes:
            if u != v:
                deal(G, f"deal:{u}>{v}", u, v, 1e9)
    # the complete digraph on 4 nodes has 6 + 8 + 6 = 20 simple cycles
    full = find_money_loops(G, limit=20)
    assert len(full.loops) == 20 and not full.truncated and full.reason is None
    cut = find_money_loops(G, limit=5)
    assert len(cut.loops) == 5
    assert cut.truncated is True
    assert "limit=5" in cut.reason
    assert cut.to_json()["truncated"] is True
    assert find_money_loops(G, limit=19).truncated is True


def test_one_event_on_two_hops_counts_once_in_the_total():
    G = nx.MultiDiGraph()
    inv(G, "investment:x", [A, C], [B, D], 4e9)
    deal(G, "deal:bc", B, C, 1e9)
    deal(G, "deal:da", D, A, 1e9)
    loops = [lp for lp in find_money_loops(G).loops if lp.nodes == (A, B, C, D)]
    assert len(loops) == 1
    assert loops[0].disclosed_usd == pytest.approx(6e9)


def test_bottleneck_with_an_undisclosed_hop():
    G = nx.MultiDiGraph()
    inv(G, "investment:ab", [A], [B], 3e9)
    deal(G, "deal:ba", B, A)
    loop = find_money_loops(G).loops[0]
    assert loop.bottleneck["hop"] == 0
    assert loop.bottleneck["amount_usd"] == pytest.approx(3e9)
    assert loop.bottleneck["all_hops_disclosed"] is False


def test_loops_for_company_by_id_name_and_alias():
    G = three_loop()
    deal(G, "deal:de", D, E, 1e9)
    deal(G, "deal:ed", E, D, 1e9)
    G.nodes[D]["name"] = "Oracle"
    G.nodes[D]["aliases"] = ["甲骨文"]
    search = find_money_loops(G)
    assert len(search.loops) == 2
    assert [lp.nodes for lp in loops_for_company(search, "oracle")] == [(D, E)]
    assert [lp.nodes for lp in loops_for_company(search.loops, "甲骨文")] == [(D, E)]
    assert [lp.nodes for lp in loops_for_company(search, B)] == [(A, B, C)]
    assert loops_for_company(search, "nobody") == []
    G.nodes[A]["aliases"] = ["Alphabet"]
    F_search = find_money_loops(money_flow_graph(three_loop()))
    assert loops_for_company(F_search, "alphabet") == []
    assert [lp.nodes for lp in loops_for_company(F_search, "alphabet", G)] == [(A, B, C)]


def test_loop_json_shape_and_serialisable():
    data = find_money_loops(three_loop()).to_json()
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    assert json.loads(text) == data
    assert set(data) == {
        "params",
        "count",
        "truncated",
        "reason",
        "ranking",
        "usd_rates",
        "usd_note",
        "loops",
    }
    assert data["params"] == {
        "max_len": 4,
        "include_tentative": False,
        "limit": 10000,
        "group_units": False,
    }
    loop = data["loops"][0]
    assert loop["nodes"] == [A, B, C] and loop["names"] == ["a", "b", "c"]
    assert loop["id"] == f"loop:{A}>{B}>{C}"
    assert loop["summary"].startswith("a → b → c → a; disclosed ≈ $17.8bn")
    assert loop["bottleneck"]["hop"] == 1 and loop["dates_forward"] is True
    assert loop["score"] == {
        "disclosed_usd": pytest.approx(1.78e10),
        "length": 3,
        "latest_date": "2025-06",
    }
    hop = loop["hops"][1]
    assert (hop["from"], hop["to"], hop["from_name"], hop["to_name"]) == (B, C, "b", "c")
    flow = hop["flows"][0]
    assert flow["kind"] == "chip_purchase" and flow["currency"] == "CNY"
    assert flow["evidence"][0]["locator"] == "table 1 row 2"


@pytest.mark.parametrize("max_len", [2, 3, 4, 5])
def test_pruned_search_finds_exactly_the_cycles_of_simple_cycles(max_len):
    D = nx.gnp_random_graph(60, 0.06, seed=3, directed=True)
    G = nx.MultiDiGraph()
    for u, v in D.edges():
        deal(G, f"deal:{u}>{v}", f"company:{u:02d}", f"company:{v:02d}", 1e9)
    expected = set()
    for cycle in nx.simple_cycles(D, length_bound=max_len):
        names = [f"company:{n:02d}" for n in cycle]
        i = names.index(min(names))
        expected.add(tuple(names[i:] + names[:i]))
    found = find_money_loops(G, max_len=max_len).loops
    assert len(expected) > {2: 3, 3: 10, 4: 20, 5: 50}[max_len]  # exercises the search
    assert len(found) == len(expected)
    assert {lp.nodes for lp in found} == expected


def test_typed_graph_and_its_flow_graph_give_the_same_loops():
    # The typed graph is searched on its payer -> payee pairs and projects only the
    # flows of the hops found; a money-flow graph given in is searched whole.
    D = nx.gnp_random_graph(40, 0.08, seed=5, directed=True)
    G = nx.MultiDiGraph()
    for u, v in D.edges():
        deal(G, f"deal:{u}>{v}", f"company:{u:02d}", f"company:{v:02d}", 1e9 * (u + 1))
        if (u + v) % 3 == 0:  # a second, undisclosed flow on some hops
            inv(G, f"investment:{u}>{v}", [f"company:{u:02d}"], [f"company:{v:02d}"])
    direct = find_money_loops(G).to_json()
    projected = find_money_loops(money_flow_graph(G)).to_json()
    assert direct["count"] > 10
    assert direct == projected


def test_empty_graph_has_no_loops():
    search = find_money_loops(nx.MultiDiGraph())
    assert search.loops == [] and not search.truncated


def test_group_units_closes_a_loop_through_a_unit():
    G = nx.MultiDiGraph()
    add_money_event(
        G,
        "investment:g1",
        "Investment",
        ["company:parent"],
        ["company:lab"],
        kind="equity",
        status="announced",
        amount=1e9,
        currency="USD",
    )
    add_money_event(
        G,
        "deal:g2",
        "Deal",
        ["company:lab"],
        ["company:cloud"],
        kind="cloud_contract",
        status="committed",
    )
    G.add_node("company:cloud", label="Company", name="Cloud unit", aliases=[], reports=[])
    G.add_edge("company:cloud", "company:parent", type="SUBSIDIARY_OF")
    assert find_money_loops(G).loops == []
    (loop,) = find_money_loops(G, group_units=True).loops
    assert set(loop.nodes) == {"company:parent", "company:lab"}
    flows = [f for hop in loop.to_json()["hops"] for f in hop["flows"]]
    assert ["company:cloud"] in [f["payees"] for f in flows]  # the unit the report names
    assert find_money_loops(G, group_units=True).to_json()["params"]["group_units"] is True


@pytest.mark.parametrize("max_len", [2, 3, 4])
def test_sparse_prefilter_keeps_exactly_the_edges_on_short_cycles(max_len):
    from aikg.graph.analysis.cycles import _PRUNE_FROM, _on_short_cycles

    D = nx.gnm_random_graph(900, _PRUNE_FROM + 500, seed=11, directed=True)
    pairs = [(f"company:{u:03d}", f"company:{v:03d}") for u, v in D.edges()]
    expected = [
        (f"company:{u:03d}", f"company:{v:03d}")
        for u, v in D.edges()
        if u in nx.single_source_shortest_path_length(D, v, cutoff=max_len - 1)
    ]  # u -> v is on a cycle of at most max_len nodes when v gets back to u soon enough
    kept = _on_short_cycles(pairs, max_len)
    assert 0 < len(expected) < len(pairs)  # the filter must have something to drop
    assert kept == expected
