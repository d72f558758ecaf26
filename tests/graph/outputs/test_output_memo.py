"""The outputs memo (graph/outputs/memo.py): what it lets an update take as it was (the
map's force layout, node tooltips, GraphML texts) is what making them anew gives, its
fall-backs make them anew, and a kept text really is taken when it may be."""

from __future__ import annotations

import copy

import networkx as nx
import numpy as np

from aikg.graph.outputs.maps.layout import CORE, layout
from aikg.graph.outputs.maps.page import map_data
from aikg.graph.outputs.memo import MEMO_FILE, OutputMemo
from aikg.graph.outputs.write import graphml_text, write_outputs


def _kept(memo: OutputMemo, changed: set | None) -> OutputMemo:
    """The memo the next build would load from ``memo``'s build, ``changed`` since."""
    kept = OutputMemo(["r"], memo.new_layouts, memo.new_tooltips, memo.new_titles, memo.new_graphml)
    kept.since(["r"], changed)
    return kept


def _company(G: nx.MultiDiGraph) -> str:
    """A company with relationships to other facts (its neighbours' tooltips name it)."""
    return max(
        (n for n, lab in G.nodes(data="label") if lab == "Company"),
        key=lambda n: (G.degree(n), n),
    )


def test_graphml_takes_unchanged_texts_and_remakes_changed_ones(seed_result):
    G = copy.deepcopy(seed_result.graph)
    first = OutputMemo()
    text = graphml_text(G, first)
    assert text == graphml_text(G)
    items = G.number_of_nodes() + G.number_of_edges()
    unchanged = _kept(first, set())
    assert graphml_text(G, unchanged) == text and unchanged.taken["graphml"] == items
    # a changed node is written from its attributes, not from the kept text
    node = _company(G)
    G.nodes[node]["name"] = "Invented Renamed Co"
    again = _kept(first, {node})
    assert graphml_text(G, again) == graphml_text(G) != text
    assert again.taken["graphml"] == items - 1
    # a kept text is taken as it is when the element is said to be unchanged (which is
    # why only the update's continued builder may say so)
    planted = _kept(first, set())
    planted.graphml[node] = ("    <node id='planted' />\n", ())
    assert "<node id='planted' />" in graphml_text(G, planted)


def test_graphml_remakes_texts_whose_key_ids_moved(seed_result):
    G = copy.deepcopy(seed_result.graph)
    first = OutputMemo()
    graphml_text(G, first)
    # a new attribute on the first node takes key id d<k> and moves every later id
    node = next(iter(G))
    G.nodes[node]["invented_flag"] = True
    moved = _kept(first, {node})
    assert graphml_text(G, moved) == graphml_text(G)
    assert moved.taken.get("graphml", 0) < G.number_of_nodes()


def test_tooltips_of_a_changed_node_and_its_neighbours_are_made_anew(seed_result):
    G = copy.deepcopy(seed_result.graph)
    first = OutputMemo()
    before = map_data(G, memo=first)
    assert before == map_data(G)
    node = _company(G)
    G.nodes[node]["name"] = "Invented Renamed Co"  # its neighbours' tooltips name it
    again = _kept(first, {node})
    after = map_data(G, memo=again)
    assert after == map_data(G) != before
    shown = {n["id"] for n in after["nodes"]}
    remade = ({node} | set(G.succ[node]) | set(G.pred[node])) & shown
    assert len(remade) > 1 and again.taken["tooltip"] == len(shown) - len(remade)
    assert again.taken["layout"] == 1  # names do not move the layout


def test_no_tooltip_is_taken_when_a_report_title_changed_or_nothing_is_known(seed_result):
    G = copy.deepcopy(seed_result.graph)
    first = OutputMemo()
    map_data(G, memo=first)
    report = next(n for n, lab in G.nodes(data="label") if lab == "Report")
    G.nodes[report]["title"] = "An invented title"
    retitled = _kept(first, set())  # even when told that nothing changed
    assert map_data(G, memo=retitled) == map_data(G)
    assert not retitled.taken.get("tooltip")
    # a memo of another build, or no changed elements known: nothing per element
    other = OutputMemo(["another report"], tooltips=first.new_tooltips)
    other.since(["r"], set())
    assert other.changed is None and not other.unchanged(report)
    unknown = _kept(first, None)
    assert map_data(G, memo=unknown) == map_data(G) and not unknown.taken.get("tooltip")


def _ring_graph(leaves: int) -> nx.MultiDiGraph:
    """A ring of more nodes than the force layout places, and ``leaves`` leaves on it
    (a leaf, of degree 1, is placed beside the ring, not by the force layout)."""
    G = nx.MultiDiGraph()
    ring = CORE + 100
    for i in range(ring):
        G.add_edge(f"company:c{i}", f"company:c{(i + 1) % ring}", type="PARTNERS_WITH")
    for i in range(leaves):
        G.add_edge(f"company:leaf{i}", "company:c0", type="PARTNERS_WITH")
    nx.set_node_attributes(G, "Company", "label")
    return G


def test_force_layout_is_taken_for_the_same_input_and_made_for_another():
    G = _ring_graph(0)
    first = OutputMemo()
    positions = layout(G, memo=first)
    assert positions == layout(G)
    same = _kept(first, None)  # the layout needs no changed elements: its key is its input
    assert layout(G, memo=same) == positions and same.taken["layout"] == 1
    # a leaf added outside the core does not move what the force layout sees
    H = _ring_graph(1)
    grown = _kept(first, None)
    assert layout(H, memo=grown) == layout(H) and grown.taken["layout"] == 1
    # a core that differs is laid out anew (and a planted layout of another key unused)
    K = _ring_graph(0)
    K.add_edge("company:c1", "company:c5", type="PARTNERS_WITH")
    other = _kept(first, None)
    key = next(iter(other.layouts))
    other.layouts[key] = np.zeros((CORE, 2)).tobytes()
    assert layout(K, memo=other) == layout(K) and "layout" not in other.taken
    planted = _kept(first, None)
    planted.layouts[key] = np.zeros((CORE, 2)).tobytes()
    assert set(layout(G, memo=planted).values()) != set(positions.values())


def test_a_build_folder_keeps_the_memo_and_writes_the_same_bytes(seed_result, tmp_path):
    """Folder level: outputs written with and without a kept memo are the same bytes."""
    plain, kept = tmp_path / "plain", tmp_path / "kept"
    write_outputs(seed_result, plain)
    assert not (plain / "cache").exists()
    (kept / "cache").mkdir(parents=True)
    write_outputs(seed_result, kept)
    assert (kept / "cache" / MEMO_FILE).is_file()
    write_outputs(seed_result, kept)  # the memo of the same build: its layout is taken
    for name in ("graph.graphml", "map.html", "graph.json"):
        assert (kept / name).read_bytes() == (plain / name).read_bytes(), name
    memo = OutputMemo.load(kept / "cache")
    assert memo.reports == [m.report_id for m in seed_result.reports] and memo.layouts
