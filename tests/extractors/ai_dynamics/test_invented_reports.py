"""AI dynamics on invented reports whose names no list holds: Chinese monthly sections
(headline lists, dated paragraphs, undated reports, news and event sections, noun
releases) and English reports. Partnerships and money are the relations and deal
recognisers' (one recogniser per fact type)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aikg.extractors import ai_dynamics, run_extractors
from aikg.extractors.document import read_document, segment
from aikg.schema import EntityFact, EventFact, RelationFact

SAMPLE = """互联网行业 2031 年 4 月投资策略

核心观点
3 月行情回顾:恒生科技指数单月上涨 2.1%。
人工智能动态:1) 星河智能:发布 Zyra-3 Pro,推出焰影输入法;2) Zentrix:开源 Quokka-Vid 1.5 模型;\
3) 云岫科技:灵犀图像 2.0 上线 PixelHub;4) 北辰:发布设计智能体 Loomi。
互联网行业动态:1) 游戏:3 月版号下发。

人工智能动态:星河智能发布 Zyra-3 Pro

星河智能:发布 Zyra-3 Pro,推出焰影输入法

3 月 12 日,星河智能发布新一代多模态大模型 Zyra-3 Pro。星河智能同时与 Orbica 达成战略合作。

3 月 20 日,焰影输入法正式上线。支持多种方言输入。

3 月 25 日,星河智能洽谈向 Nimbra 出售 AI 芯片。双方正商讨一项价值约 20 亿美元的协议。

Zentrix:开源 Quokka-Vid 1.5 模型

3 月 8 日,Zentrix 开源视频生成模型 Quokka-Vid 1.5。

3 月 28 日,Zentrix 首席科学家离职创业。

云岫科技:灵犀图像 2.0 上线 PixelHub

3 月 15 日,云岫科技灵犀图像 2.0 上线 PixelHub。

3 月 30 日,云岫科技对 Ferrolab 的 11.6 亿欧元战略投资完成交割,获得 26.32% 股权。

北辰:发布设计智能体 Loomi

3 月 18 日,北辰发布设计智能体 Loomi。

风险提示:政策风险。
"""

UNDATED = """互联网行业 2031 年 9 月投资策略

人工智能动态:模型持续升级

澜舟:推出 Tidal-4 大模型,发布潮汐 App

(1)澜舟宣布推出 Tidal-4 大模型,参数规模进一步扩大。

(2)澜舟潮汐 App 正式上线,带来界面升级。

风险提示:政策风险。
"""


def _sample(tmp_path: Path, text: str) -> list:
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    return list(ai_dynamics.extract(segment(read_document(str(path)))))


def _partnership(fact) -> bool:
    return isinstance(fact, RelationFact) and fact.type == "PARTNERS_WITH"


def _partners(tmp_path: Path) -> set[tuple[str, str, str | None]]:
    """(source, target, date) of the partnerships the whole run reads in the sample the
    last ``_sample`` call wrote."""
    every = run_extractors(segment(read_document(str(tmp_path / "sample.txt"))))[0]
    return {(f.source.name, f.target.name, f.props.get("date")) for f in every if _partnership(f)}


def _rels(facts: list) -> set[tuple]:
    return {
        (f.type, f.source.name, f.target.name, f.target.label, f.props.get("action"))
        for f in facts
        if isinstance(f, RelationFact)
    }


def test_invented_report_open_world(tmp_path: Path) -> None:
    facts = _sample(tmp_path, SAMPLE)
    rels = _rels(facts)
    assert ("RELEASED", "星河智能", "Zyra-3 Pro", "Model", "release") in rels
    assert ("LAUNCHED", "星河智能", "焰影输入法", "Product", "launch") in rels
    assert ("RELEASED", "Zentrix", "Quokka-Vid 1.5", "Model", "open_source") in rels
    assert ("RELEASED", "云岫科技", "灵犀图像 2.0", "Model", "release") in rels
    assert ("LAUNCHED", "北辰", "Loomi", "Product", "launch") in rels
    assert not any(r[0] == "PARTNERS_WITH" for r in rels)
    assert ("星河智能", "Orbica", "2031-03-12") in _partners(tmp_path)
    assert not any(r[2] == "PixelHub" for r in rels)
    dated = {
        (f.target.name, f.props["date"])
        for f in facts
        if isinstance(f, RelationFact) and f.evidence.locator == "line 5"
    }
    assert ("Quokka-Vid 1.5", "2031-03-08") in dated and ("Loomi", "2031-03-18") in dated
    category = {f.entity.name: f.props.get("category") for f in facts if isinstance(f, EntityFact)}
    assert category["Loomi"] == "agent" and category["焰影输入法"] == "app"


def test_invented_report_deal_investment_event(tmp_path: Path) -> None:
    facts = [f for f in _sample(tmp_path, SAMPLE) if isinstance(f, EventFact)]
    assert {f.label for f in facts} == {"Event"}  # the money is the deal recogniser's
    path = tmp_path / "sample.txt"
    every = [f for f in run_extractors(segment(read_document(str(path))))[0]]
    money = [f for f in every if isinstance(f, EventFact) and f.label != "Event"]
    by_label = {f.label: f for f in facts}
    deal = next(f for f in money if f.label == "Deal" and f.props["kind"] != "partnership")
    assert {p.rel_type: p.entity.name for p in deal.participants} == {
        "PAYS_FOR": "Nimbra",
        "PAID_TO": "星河智能",
    }
    assert deal.props["amount"] == pytest.approx(2e9) and deal.props["status"] == "tentative"
    inv = next(f for f in money if f.label == "Investment")
    assert {p.rel_type: p.entity.name for p in inv.participants} == {
        "MAKES_INVESTMENT": "云岫科技",
        "INVESTS_IN": "Ferrolab",
    }
    assert inv.props["round"] == "strategic" and inv.props["stake_pct"] == pytest.approx(26.32)
    assert inv.props["currency"] == "EUR" and inv.props["amount"] == pytest.approx(1.16e9)
    event = by_label["Event"]
    assert event.props["kind"] == "personnel" and event.props["date"] == "2031-03-28"
    assert [p.entity.name for p in event.participants] == ["Zentrix"]


def test_invented_undated_report_gets_month_before_period(tmp_path: Path) -> None:
    facts = _sample(tmp_path, UNDATED)
    rels = _rels(facts)
    assert ("RELEASED", "澜舟", "Tidal-4", "Model", "release") in rels
    assert any(r[:3] == ("LAUNCHED", "澜舟", "潮汐 App") for r in rels)
    dates = {(f.props["date"], f.props["date_precision"]) for f in facts if hasattr(f, "type")}
    assert dates == {("2031-08", "month")}


NEWS = """互联网行业 2031 年 4 月投资策略

行业动态:电商平台加码服务

电商:多家平台发布战报,拼购上线砍价助手

抖趣发布双 11 战报。3 月 13 日消息,抖趣电商发布 2031“好物节”数据,成交额同比增长 10 倍。

拼购上线“砍价助手”功能。3 月 20 日消息,拼购 APP 现已上线“砍价助手”功能。

云栈联合 Payora、绿洲物业推出“一碰开门”服务。据 3 月 27 日消息,3 月 26 日,云栈联合 Payora、\
绿洲物业推出该服务。

星河科技视频模型迎来升级。3 月 25 日,星河科技在全球上线视频模型定制功能。

此外,星河 2.5 模型也迎来再次升级,支持多种运镜方式。

风险提示:政策风险。
"""


def test_invented_news_section_gives_releases_and_partners_only(tmp_path: Path) -> None:
    facts = _sample(tmp_path, NEWS)
    assert all(isinstance(f, RelationFact) for f in facts), facts
    rels = _rels(facts)
    assert ("RELEASED", "星河科技", "星河 2.5", "Model", "update") in rels
    assert {r[0] for r in rels} == {"RELEASED"}
    dates = {f.target.name: f.props["date"] for f in facts}
    assert dates["星河 2.5"] == "2031-03-25"
    # "云栈联合 Payora、绿洲物业推出": each listed party, dated by the news item
    assert {("云栈", "Payora", "2031-03-26"), ("云栈", "绿洲物业", "2031-03-26")} <= _partners(
        tmp_path
    )


EVENT = """互联网行业 2031 年 4 月投资策略

## Zentrix 开发者大会: 生态加速

2031 年 3 月 6 日, Zentrix 在开发者大会 (Zentrix Dev 2031) 中发布多项重磅产品,涵盖智能体工具与\
多模态模型。

本次大会发布了 Loomi Studio 开发套件,支持拖拽式搭建工作流。

在模型迭代方面,大会中宣布了 Quark-7 Pro, Nimbus 3 & Nimbus 3 Pro 及 Echo Lite 三套模型的升级。\
Nimbus 3 API 开放视频生成能力。而轻量级语音模型 Echo-Voice-Mini 和绘图模型 Pixa-2-Mini 的发布,\
进一步降低了应用门槛。随着 Orion 4 的发布,开发者数量翻倍。

## 视频模型竞争

星河科技在春季大会发布 Lumen2.5-preview 系列模型,支持音画同步,进一步降低创作门槛。

随着 Vega 2 的发布,视频模型竞争加剧。

图 7: 视频生成榜单

Creator\tModel\tELO\tRelease Date
星河科技\tLumen 2.5 Preview\t1,201\tFeb 2031
Zentrix\tNimbus 3\t1,190\tMar 2031

资料来源: 某机构

## 风险提示

政策风险。
"""


def test_invented_event_section_noun_releases(tmp_path: Path) -> None:
    """Releases named as nouns ("X, Y 及 Z 三套模型的升级", "X 和 Y 的发布") in a prose
    section, dated and credited by the event its first paragraph dates."""
    facts = [f for f in _sample(tmp_path, EVENT) if isinstance(f, RelationFact)]
    got = {(f.source.name, f.target.name, f.props["action"], f.props.get("date")) for f in facts}
    event = {
        ("Zentrix", name, action, "2031-03-06")
        for name, action in [
            ("Quark-7 Pro", "update"),
            ("Nimbus 3", "update"),
            ("Nimbus 3 Pro", "update"),
            ("Echo Lite", "update"),
            ("Echo-Voice-Mini", "release"),
            ("Pixa-2-Mini", "release"),
        ]
    }
    # the undated prose release takes the date the leaderboard table gives its model
    assert got == event | {("星河科技", "Lumen2.5-preview", "release", "2031-02")}
    assert all(f.type == "RELEASED" and f.target.label == "Model" for f in facts)
    # background mentions ("随着 X 的发布") and the kit (a product) state no model release
    assert not {"Orion 4", "Vega 2", "Loomi Studio"} & {f.target.name for f in facts}


PARAGRAPHS = """互联网行业 2031 年 4 月投资策略

人工智能动态:澜舟发布 Tidal-5

澜舟:Tidal-5 与 Tidal-5 Mini 发布

3 月 9 日,澜舟完成了 Tidal-5 与 Tidal-5 Mini 两款模型的正式发布,推理速度提升。

3 月 16 日,澜舟举行春季发布会。Orbica 的发布会同日举行。

风险提示:政策风险。
"""


def test_invented_paragraph_noun_release(tmp_path: Path) -> None:
    facts = _sample(tmp_path, PARAGRAPHS)
    rels = {r for r in _rels(facts) if r[0] == "RELEASED"}
    assert ("RELEASED", "澜舟", "Tidal-5", "Model", "release") in rels
    assert ("RELEASED", "澜舟", "Tidal-5 Mini", "Model", "release") in rels
    dated = {
        f.target.name: f.props["date"]
        for f in facts
        if isinstance(f, RelationFact) and f.evidence.locator == "line 7"
    }
    assert dated == {"Tidal-5": "2031-03-09", "Tidal-5 Mini": "2031-03-09"}
    assert not any(r[2] == "Orbica" for r in _rels(facts))  # "的发布会": an event


ENGLISH = """# Frontier Software Monthly, April 2031

## Summary

AI dynamics: 1) Veltro Systems: released Marlin-5 and open-sourced Marlin-5 Nano; 2) Ostrava \
Labs: launched the Pebble writing assistant; 3) Kiteway: partnered with Dunmore Networks.

## AI dynamics

Veltro Systems: released Marlin-5, open-sourced Marlin-5 Nano

On March 2, Veltro Systems released Marlin-5, its largest
reasoning model so far. The company also open-sourced Marlin-5 Nano under a
permissive license.

- March 8: Ostrava Labs introduced Pebble, a writing assistant for lawyers, and upgraded its \
Quill 3 model.
- On March 10, Kiteway partnered with Dunmore Networks to co-develop inference servers.
- 14 March: The Heron 2.2 model was open-sourced by Calder Research.
- On March 19, Sorrel and Brightwater released the Tidewater 1.0 model.
- On March 23, Revenue at Kiteway rose 40% as Pebble usage grew.
- On March 26, the Loomcraft app went live in Canada.

Source: company blogs

## Industry news

Game approvals. On March 12, regulators approved 95 new titles.
Video. On March 17, Quenby launched Quenby Clip 3, a video generation model.
"""


def test_invented_english_report(tmp_path: Path) -> None:
    """An English monthly report: headline list, subheading, hard-wrapped and bulleted
    paragraphs, passive and intransitive verbs, a co-release, a partnership and news."""
    facts = _sample(tmp_path, ENGLISH)
    rels = _rels(facts)
    expected = {
        ("RELEASED", "Veltro Systems", "Marlin-5", "Model", "release"),
        ("RELEASED", "Veltro Systems", "Marlin-5 Nano", "Model", "open_source"),
        ("LAUNCHED", "Ostrava Labs", "Pebble", "Product", "launch"),
        ("RELEASED", "Ostrava Labs", "Quill 3", "Model", "update"),
        ("RELEASED", "Calder Research", "Heron 2.2", "Model", "open_source"),
        ("RELEASED", "Sorrel", "Tidewater 1.0", "Model", "release"),
        ("RELEASED", "Brightwater", "Tidewater 1.0", "Model", "release"),
        ("LAUNCHED", "Veltro Systems", "Loomcraft", "Product", "launch"),
        ("RELEASED", "Quenby", "Quenby Clip 3", "Model", "release"),
    }
    assert rels == expected
    assert ("Kiteway", "Dunmore Networks", "2031-03-10") in _partners(tmp_path)
    dated = {
        (f.target.name, f.props["date"], f.evidence.locator)
        for f in facts
        if isinstance(f, RelationFact)
    }
    assert ("Marlin-5", "2031-03-02", "line 11") in dated
    assert ("Marlin-5 Nano", "2031-03-02", "line 12") in dated  # hard-wrapped sentence
    assert ("Marlin-5", "2031-03-02", "line 5") in dated  # headline: the paragraph's date
    assert ("Pebble", "2031-03-08", "line 15") in dated
    assert ("Heron 2.2", "2031-03-14", "line 17") in dated
    assert ("Quenby Clip 3", "2031-03-17", "line 27") in dated
    category = {f.entity.name: f.props.get("category") for f in facts if isinstance(f, EntityFact)}
    assert category["Pebble"] == "agent" and category["Loomcraft"] == "app"
    events = [f for f in facts if isinstance(f, EventFact)]
    assert [e.props["date"] for e in events] == ["2031-03-23"]
    # "Revenue at Kiteway rose": the subheading's company, not one named "Revenue"
    assert [p.entity.name for p in events[0].participants] == ["Veltro Systems"]
    names = {f.source.name for f in facts if isinstance(f, RelationFact)}
    assert not names & {"On March", "March", "Mar", "Revenue", "The company", "It"}


HEADED = """# AI Monthly, April 2031

## AI dynamics

Veltro Systems

- Released Marlin-6 on March 4, a compact coding model.
- Open-sourced the Marlin Vision 2 model on March 9.

Other Highlights

- Revenue at Kiteway rose 40%.
- Northwind Cloud launched a USD 20 billion data center program on March 12.
- The Quasar X2 chip was unveiled by Helix Semi on March 15.
- Quenby launched "Quenby Clip 4", an app for editors, on March 21.
"""


def test_invented_english_name_headings_and_non_releases(tmp_path: Path) -> None:
    """Items under a bare company heading open with a verb; amounts and chips after a
    verb are not releases; a generic heading lends no company."""
    facts = _sample(tmp_path, HEADED)
    assert _rels(facts) == {
        ("RELEASED", "Veltro Systems", "Marlin-6", "Model", "release"),
        ("RELEASED", "Veltro Systems", "Marlin Vision 2", "Model", "open_source"),
        ("LAUNCHED", "Quenby", "Quenby Clip 4", "Product", "launch"),
    }
    events = {f.props["summary"]: f for f in facts if isinstance(f, EventFact)}
    assert [p.entity.name for p in events["Revenue at Kiteway rose 40%"].participants] == []
    assert len(events) == 3  # the data center programme and the chip are news, not releases
