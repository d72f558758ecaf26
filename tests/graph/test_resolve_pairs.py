"""Resolution: a company and its ticker, or its other-script name, stated together are
one node; distinct invented names never merge."""

from aikg.extractors import mentions
from aikg.graph.assemble import build_graph
from aikg.schema import ReportMeta, Section, SegmentedReport


def nodes_of(lines: list[str]) -> dict[str, list[str]]:
    r = SegmentedReport(ReportMeta("r1"), [Section("prose", "", lines, 3)], [], "")
    G = build_graph(list(mentions.extract(r)), [ReportMeta("r1")])
    return {
        a["name"]: sorted(a["aliases"]) for _, a in G.nodes(data=True) if a["label"] != "Report"
    }


def test_name_and_ticker_and_english_name_are_one_node():
    got = nodes_of(
        [
            "曦禾智能（Xihe AI）与极曜半导体（688719.SH）签约。",
            "Xihe AI 随后扩产；688719.SH 股价上涨。",
            "Halvorsen Compute (HALV US) leased racks; HALV US rose.",
        ]
    )
    for pair in [
        ("曦禾智能", "Xihe AI"),
        ("极曜半导体", "688719.SH"),
        ("Halvorsen Compute", "HALV US"),
    ]:
        holders = [name for name, aliases in got.items() if set(pair) & {name, *aliases}]
        assert len(holders) == 1, (pair, got)
        assert set(pair) <= {holders[0], *got[holders[0]]}


def test_near_identical_names_do_not_merge():
    got = nodes_of(["星衡智能（Xingheng AI）与星衡科技（Xingheng Labs）均披露进展。"])
    holders = {n for n, aliases in got.items() if {"星衡智能", "星衡科技"} & {n, *aliases}}
    assert len(holders) == 2, got
