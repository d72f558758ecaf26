"""Policies of round 27: the region of foreign regulators (Ofcom, an Irish commission,
Japan's cabinet, a foreign act named without its issuer), issuers after a copula and
joined by 会同, local 算力券 tables whose issuer cells name the level only, effective
dates that are no issue date, and a title wrapped over two lines (invented reports)."""

from __future__ import annotations

from pathlib import Path

from support.policies import issuers_date_region as _row
from support.policies import policies_in

ZH = """---
title: 政策周报
date: 2031-11-24
---

## 政策跟踪

11 月 3 日，国家数据局会同国家网信办等六部门印发《数据标注基地建设方案》。

本周最受关注的文件是国务院办公厅 11 月 4 日印发的《关于加快培育应用场景的若干措施》。

11 月 5 日，工业和信息化部印发《关于推动智能体赋能制造业的
实施意见》，提出到 2035 年的目标。

近日，欧盟《人工智能法》通用目的模型义务正式生效。

11 月 6 日，日本内阁通过《人工智能基本计划》。

11 月 7 日，爱尔兰数据保护委员会发布《大模型训练数据指引》。

11 月 8 日，国家网信办发布《生成内容数据标注规范》，自 2032 年 3 月 1 日起施行。

表 2：地方算力券政策

| 城市 | 发布部门 | 政策名称 | 实施时间 | 发布时间 |
| --- | --- | --- | --- | --- |
| 雁湖 | 市经信局 | 《雁湖市算力券管理办法》 | 2032-01-01 | 2031-10-20 |
| 澜川市 | 市科技局、市财政局 | 《澜川市模型券实施细则》 | 2032-01-15 | 2031-10-22 |
| 鹤汀 | 工信部等三部门 | 《鹤汀市智算若干措施》 | 2032-02-01 | 2031-10-25 |
"""

EN = """---
title: Policy weekly
date: 2031-11-24
---

## Policy

On 12 November 2031, Ofcom published new guidance on AI chatbots under the Online Safety Act.

Ireland's Data Protection Commission published its Guidance on model training on 6 November 2031.

On 5 November 2031, the Colorado Attorney General issued draft Rules on algorithmic discrimination.

The New York Department of Financial Services issued its AI Cyber Guidance on 13 November 2031.

The Commission adopted the AI Continent Guidelines, which apply from 2 August 2032.

Ofcom's Online Safety Codes for AI came into force on 9 November 2031.
"""


def test_chinese_issuers_regions_and_dates(tmp_path: Path):
    found = policies_in(tmp_path / "zh.md", ZH)
    assert _row(found["数据标注基地建设方案"]) == (["国家数据局", "国家网信办"], "2031-11-03", "CN")
    assert _row(found["关于加快培育应用场景的若干措施"]) == (["国务院办公厅"], "2031-11-04", "CN")
    wrapped = found["关于推动智能体赋能制造业的实施意见"]
    assert _row(wrapped) == (["工业和信息化部"], "2031-11-05", "CN")
    assert found["人工智能法"].props["region"] == "EU"  # 欧盟 before an issuer-less title
    assert _row(found["人工智能基本计划"]) == (["日本内阁"], "2031-11-06", "JP")
    assert _row(found["大模型训练数据指引"]) == (["爱尔兰数据保护委员会"], "2031-11-07", "IE")
    assert _row(found["生成内容数据标注规范"]) == (["国家网信办"], "2031-11-08", "CN")


def test_local_table_places_issuers_and_takes_the_issue_date(tmp_path: Path):
    found = policies_in(tmp_path / "zh.md", ZH)
    assert _row(found["雁湖市算力券管理办法"]) == (["雁湖市经信局"], "2031-10-20", "CN")
    assert _row(found["澜川市模型券实施细则"]) == (
        ["澜川市科技局", "澜川市财政局"],
        "2031-10-22",
        "CN",
    )
    assert _row(found["鹤汀市智算若干措施"]) == (["工信部"], "2031-10-25", "CN")


def test_english_regulators_regions_and_put_off_dates(tmp_path: Path):
    found = policies_in(tmp_path / "en.md", EN)
    assert _row(found["guidance on AI chatbots"]) == (["Ofcom"], "2031-11-12", "UK")
    assert _row(found["Guidance on model training"])[1:] == ("2031-11-06", "IE")
    assert _row(found["Rules on algorithmic discrimination"]) == (
        ["Colorado Attorney General"],
        "2031-11-05",
        "US",
    )
    assert _row(found["AI Cyber Guidance"])[2] == "US"
    continent = found["AI Continent Guidelines"]  # 2 August 2032 is when it applies
    assert _row(continent) == (["European Commission"], None, "EU")
    codes = found["Online Safety Codes for AI"]  # the owner of the codes is their issuer
    assert _row(codes) == (["Ofcom"], "2031-11-09", "UK")
