# ruff: noqa: E501  (invented report text, kept line for line as a report would have it)
"""Open world: an invented report whose names no alias list holds, in the seeds' layouts.

The text below is our own; every company, model, chip and figure in it is made up.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from aikg.extractors.names.lexicon import lookup

INVENTED_REPORT = textwrap.dedent(
    """\
    互联网行业 2031 年 4 月投资策略

    核心观点

    人工智能动态：1) 星桥智算：发布 Aurora-7 Pro 模型；2) 蓝鲸科技：开源 Tidewave 3.2 模型；3) 青禾智能：推出对话应用 青禾助手。

    重点公司盈利预测及投资评级

    公司代码\t公司名称\t投资评级\t昨收盘 (港元/美元)\t总市值 (百万港元/美元)\tEPS\t\tPE\t
    \t\t\t\t\t2030E\t2031E\t2030E\t2031E
    8821.HK\t星桥智算-W\t优于大市\t45.20\t120,500\t1.20\t1.85\t37.7\t24.4
    QNTA.O\t蓝鲸科技\t中性\t12.80\t8,300\t0.40\t0.62\t32.0\t20.6

    人工智能动态：星桥智算发布 Aurora-7 Pro，蓝鲸科技开源 Tidewave 3.2

    星桥智算：发布 Aurora-7 Pro 模型

    3 月 12 日，星桥智算发布 Aurora-7 Pro 模型。新模型在长文本推理上显著提升，并向企业客户开放接口。

    蓝鲸科技：开源 Tidewave 3.2 模型

    3 月 20 日，蓝鲸科技开源 Tidewave 3.2 模型。该模型采用混合专家结构，开发者可免费下载权重。

    行业政策：地方加快算力布局

    3 月 18 日，云岭省工业和信息化厅印发《云岭省智能算力基础设施建设行动方案（2031—2033 年）》。方案提出建设省级算力调度平台。

    ## 产业链协同

    2031年3月，星桥智算宣布向蓝鲸科技投资至多 40 亿美元，用于建设新一代训练集群。同时蓝鲸科技承诺向星桥智算采购 Helix-9 芯片。蓝鲸科技与云杉算力达成一项 25 亿美元的协议，由云杉算力为其提供算力租赁服务。云杉算力则斥资 18 亿美元向星桥智算购买 Helix-9 芯片。

    图 7: 星桥智算: 对外投资一览及被投企业简介

    被投公司\t一句话简介\t交易时间\t交易轮次
    砺石微电子\t存算一体芯片研发商\t2030-11-02\tB+轮
    澄明视觉\t工业视觉检测服务商\t2030-06-15\t战略投资

    图 8: AI 芯片对比

    厂商\t芯片\t类型\t制程\t算力(FP16)\t功耗\t主要覆盖场景
    星桥智算\tHelix-9\tGPU\t3nm\t1800TFLOPS\t700W\t前沿模型训练、主流模型推理
    砺石微电子\tLS-200\tASIC\t12nm\t64 TFLOPS\t75W\t边缘与终端推理
    """
)

INVENTED_NAMES = ["星桥智算", "蓝鲸科技", "云杉算力", "砺石微电子", "Aurora-7 Pro", "Helix-9"]


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    from aikg.graph import build

    folder: Path = tmp_path_factory.mktemp("invented")
    (folder / "invented_2031_04.txt").write_text(INVENTED_REPORT, encoding="utf-8")
    return build([folder])


def _named(G, label: str, name: str) -> str:
    for node, data in G.nodes(data=True):
        if data["label"] == label and (
            data["name"].replace(" ", "") == name.replace(" ", "") or name in data["aliases"]
        ):
            return node
    raise AssertionError(f"no {label} named {name!r}: the open-world name was not found")


def test_no_alias_list_holds_the_invented_names():
    assert all(lookup(name) is None for name in INVENTED_NAMES)


def test_invented_model_releases_are_dated_from_the_period(invented):
    G = invented.graph
    assert invented.reports[0].period == "2031-04"
    maker = _named(G, "Company", "星桥智算")
    model = _named(G, "Model", "Aurora-7 Pro")
    edges = [d for _, v, d in G.out_edges(maker, data=True) if v == model]
    assert edges and edges[0]["type"] == "RELEASED"
    assert edges[0]["date"] == "2031-03-12"
    opened = _named(G, "Model", "Tidewave 3.2")
    (edge,) = [
        d for _, v, d in G.out_edges(_named(G, "Company", "蓝鲸科技"), data=True) if v == opened
    ]
    assert (edge["action"], edge["date"]) == ("open_source", "2031-03-20")


def test_invented_rating_rows_merge_ticker_and_name(invented):
    G = invented.graph
    company = _named(G, "Company", "星桥智算-W")
    assert "8821.HK" in G.nodes[company]["aliases"]
    rates = [d for _, _, d in G.in_edges(company, data=True) if d["type"] == "RATES"]
    assert rates and rates[0]["rating"] == "优于大市" and rates[0]["close_price"] == 45.2


def test_invented_investment_table_rows(invented):
    G = invented.graph
    investor = _named(G, "Company", "星桥智算")
    investees = {}
    for _, inv, d in G.out_edges(investor, data=True):
        if d["type"] == "MAKES_INVESTMENT":
            for _, target, d2 in G.out_edges(inv, data=True):
                if d2["type"] == "INVESTS_IN":
                    investees[G.nodes[target]["name"]] = G.nodes[inv]
    assert investees["砺石微电子"]["round"] == "b_plus"
    assert investees["砺石微电子"]["date"] == "2030-11-02"
    assert investees["澄明视觉"]["round"] == "strategic"


def test_invented_chips_with_specs_and_designer(invented):
    G = invented.graph
    chip = _named(G, "Chip", "Helix-9")
    data = G.nodes[chip]
    assert (data["process_nm"], data["fp16_tflops"], data["power_w"]) == (3, 1800, 700)
    designers = {
        G.nodes[u]["name"] for u, _, d in G.in_edges(chip, data=True) if d["type"] == "DESIGNS"
    }
    assert "星桥智算" in designers
    assert G.nodes[_named(G, "Chip", "LS-200")]["chip_type"] == "ASIC"


def test_invented_policy_with_issuer_and_date(invented):
    G = invented.graph
    policies = [d for _, d in G.nodes(data=True) if d["label"] == "Policy"]
    assert len(policies) == 1
    assert policies[0]["date"] == "2031-03-18"
    assert "智能算力基础设施" in policies[0]["title"]
    issuers = [G.nodes[u]["name"] for u, _, d in G.edges(data=True) if d["type"] == "ISSUED"]
    assert issuers and "工业和信息化厅" in issuers[0]


def test_invented_money_loop_is_found_with_amounts(invented):
    loops = [
        loop
        for loop in invented.loops.loops
        if set(loop.names) == {"星桥智算", "蓝鲸科技", "云杉算力"}
    ]
    assert loops, [loop.names for loop in invented.loops.loops]
    text = str(loops[0].to_json())
    assert "40" in text and "25" in text and "18" in text
