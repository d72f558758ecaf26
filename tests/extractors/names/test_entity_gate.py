"""The entity gate: junk surfaces from any extractor never become nodes."""

import pytest

from aikg.extractors.names.gate import contact_line, junk_reason, strip_note
from aikg.extractors.names.mentions import find_mentions
from aikg.graph.assemble import build_graph
from aikg.schema import (
    EntityFact,
    EntityRef,
    EventFact,
    Evidence,
    Participant,
    RelationFact,
    ReportMeta,
)

EV = Evidence("r1", "invented sentence", "line 3")

NAMES = [
    ("星衡智能", "Company"),
    ("澜舟深算科技", "Company"),
    ("极曜智算（上海）有限公司", "Company"),
    ("Halvorsen Compute", "Company"),
    ("Marlowe Capital Partners", "Company"),
    ("Department for Science, Innovation and Technology", "Organization"),
    ("Qwen3-Max", "Model"),
    ("Kuafu-2.5", "Model"),
    ("混元 2.0", "Model"),
    ("H200", "Chip"),
    ("MI355X", "Chip"),
    ("昇腾 950PR", "Chip"),
    ("台积电", "Company"),
    ("元宝", "Product"),
    ("Figure AI", "Company"),
]

JUNK = [
    ("该公司", "Company", "a generic word"),
    ("公司", "Company", "a generic word"),
    ("当前", "Company", "a generic word"),
    ("计划", "Company", "a generic word"),
    ("The Company", "Company", "a generic word"),
    ("Management", "Company", "a generic word"),
    ("Apache 2.0", "Model", "a licence"),
    ("MIT", "Model", "a licence"),
    ("60GB", "Model", "a unit or size"),
    ("7B", "Model", "a unit or size"),
    ("INT8", "Chip", "a unit or size"),
    ("FP16", "Chip", "a unit or size"),
    ("203.71 USD", "Company", "a price"),
    ("US$36", "Company", "a price"),
    ("| 寒武纪-U |", "Company", "markup"),
    ("<td>星衡智能</td>", "Company", "markup"),
    ("搜索公司曦禾智能", "Company", "a description glued to a name"),
    ("开发商拾光智能", "Company", "a description glued to a name"),
    ("风险提示", "Company", "a heading or boilerplate"),
    ("Figure 3", "Company", "a heading or boilerplate"),
    ("Key Data", "Company", "a heading or boilerplate"),
    ("11月3日", "Company", "a date"),
    ("Q3 2025", "Model", "a date"),
    ("Pre-A", "Company", "a round label"),
    ("发布 Gemini 3", "Company", "a clause"),
    ("星衡智能，澜舟深算", "Company", "a clause"),
]


@pytest.mark.parametrize("name,label", NAMES)
def test_names_pass(name, label):
    assert junk_reason(name, label) is None


@pytest.mark.parametrize("name,label,why", JUNK)
def test_junk_is_refused(name, label, why):
    assert junk_reason(name, label) == why


def test_notes_and_glued_descriptions_are_cut_off():
    assert strip_note("北溟资本(领投)") == "北溟资本"
    assert strip_note("Orbis Capital (lead)") == "Orbis Capital"
    assert strip_note("芯片厂商极曜半导体") == "极曜半导体"
    assert strip_note("极曜智算（上海）有限公司") == "极曜智算（上海）有限公司"


def test_contact_lines():
    assert contact_line("分析师：林澄 执业证书编号：S0990521010001 邮箱：lin@example.com")
    assert contact_line("Tom Reyes, CFA  +1 212 555 0100")
    assert not contact_line("星衡智能完成 5 亿元 B 轮融资")
    assert not contact_line("Halvorsen Compute signed a lease with Redstone")


def _named(G) -> set[str]:
    return {a["name"] for _, a in G.nodes(data=True) if a["label"] != "Report"}


def test_junk_from_any_family_never_becomes_a_node():
    """Entity facts, relations and event participants from any extractor pass the gate."""
    facts = [
        EntityFact(EntityRef("60GB", "Model"), EV),
        EntityFact(EntityRef("星衡智能", "Company"), EV),
        RelationFact(
            "PARTNERS_WITH", EntityRef("当前", "Company"), EntityRef("星衡智能", "Company"), EV
        ),
        RelationFact(
            "RELEASED", EntityRef("星衡智能", "Company"), EntityRef("Apache 2.0", "Model"), EV
        ),
        EventFact(
            "Investment",
            {"kind": "equity"},
            [
                Participant("MAKES_INVESTMENT", "in", EntityRef("北溟资本(领投)", "Company")),
                Participant("MAKES_INVESTMENT", "in", EntityRef("该公司", "Company")),
                Participant("INVESTS_IN", "out", EntityRef("开发商拾光智能", "Company")),
            ],
            EV,
        ),
    ]
    G = build_graph(facts, [ReportMeta("r1")])
    names = _named(G)
    assert {"星衡智能", "北溟资本", "拾光智能"} <= names
    assert not names & {"60GB", "当前", "Apache 2.0", "该公司", "北溟资本(领投)", "开发商拾光智能"}
    assert not [e for *_, e in G.edges(data=True) if e["type"] in ("PARTNERS_WITH", "RELEASED")]
    investors = [u for u, _, e in G.edges(data=True) if e["type"] == "MAKES_INVESTMENT"]
    assert [G.nodes[u]["name"] for u in investors] == ["北溟资本"]


def test_capitalised_words_that_open_a_run_are_no_names_by_shape_and_context():
    """A clause-opening verb in a bullet, a nationality before a description, an amount
    hedge, a share-class label, a run-in paragraph heading and a number of days are no
    names; the names after them are found whole."""

    cases = {
        "- Expanded its partnership with Ferran Semiconductor (Dec 8).": ["Ferran Semiconductor"],
        "- Selected Halvard Systems as its preferred partner.": ["Halvard Systems"],
        "an MoU with Japanese carmaker Ottoline Motors": ["Ottoline Motors"],
        "buy 70% of Vietnamese data-labelling firm Hoang Linh Data": ["Hoang Linh Data"],
        "1. Up to $100bn investment in Quillon AI (Sep 22)": ["Quillon AI"],
        "issued Quillon AI shares of its Class A common stock": ["Quillon AI"],
        "Contracts. In October Daerim Memory won a tender": ["Daerim Memory"],
        "Four days later Marlow Chips signed": ["Marlow Chips"],
    }
    for text, names in cases.items():
        assert [m.name for m in find_mentions(text, {})] == names, text
    kept = "Red Hat and Atlassian shares rose; Upstage raised $100m"
    assert [m.name for m in find_mentions(kept, {})] == ["Red Hat", "Atlassian", "Upstage"]
