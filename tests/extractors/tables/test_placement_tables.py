"""Placement allotment tables ("序号 | 发行对象 | 获配股数（股）| 获配金额（元）", "Placee |
Shares allotted | Subscription amount (US$ mn)"): each purchaser invests its own amount
in the issuer its caption names; the share column and the total row are no amount
(invented companies and tables)."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import tables
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact

ZH = """# 测试证券 再融资周报

报告日期：2031 年 12 月 14 日

## 定增发行结果

12 月 11 日，曜汀电子完成向特定对象发行，发行价格 41.06 元/股，获配情况见下表。

表 1：曜汀电子本次定增获配情况

| 序号 | 发行对象 | 获配股数（股） | 获配金额（元） | 限售期（月） |
| --- | --- | --- | --- | --- |
| 1 | 宁泊基金 | 7,306,380 | 299,999,962.80 | 6 |
| 2 | 青汀资本 | 4,870,920 | 199,999,975.20 | 6 |
| 合计 | — | 12,177,300 | 499,999,938.00 | — |

资料来源：公司公告
"""

EN = """# Test Securities | Asia Technology

14 December 2031

## Placing allocations

Exhibit 3: Corvid Compute placing allocations

| Placee | Shares allotted (mn) | Subscription amount (US$ mn) |
|---|---|---|
| Basalt Peak Capital | 21.6 | 220 |
| Selwyn Harbour Fund | 12.7 | 130 |
| Total | 34.3 | 350 |

Source: company announcement
"""


def allotments(tmp_path: Path, text: str) -> dict[tuple[str, str], float | None]:
    path = tmp_path / "placement_2031-12.md"
    path.write_text(text, encoding="utf-8")
    facts = [f for f in tables.extract(segment(read_document(path))) if isinstance(f, EventFact)]
    out = {}
    for f in facts:
        assert f.label == "Investment" and f.props["round"] == "private_placement"
        [a] = [p.entity.name for p in f.participants if p.rel_type == "MAKES_INVESTMENT"]
        [b] = [p.entity.name for p in f.participants if p.rel_type == "INVESTS_IN"]
        out[(a, b)] = f.props.get("amount")
    return out


def test_each_row_of_an_allotment_table_is_its_purchasers_investment(tmp_path):
    assert allotments(tmp_path, ZH) == {
        ("宁泊基金", "曜汀电子"): 299999962.8,
        ("青汀资本", "曜汀电子"): 199999975.2,
    }


def test_a_placing_exhibit_reads_each_placees_amount_in_its_columns_unit(tmp_path):
    assert allotments(tmp_path, EN) == {
        ("Basalt Peak Capital", "Corvid Compute"): 2.2e8,
        ("Selwyn Harbour Fund", "Corvid Compute"): 1.3e8,
    }


def test_a_table_without_an_issuer_or_an_allotment_column_is_no_allotment_table(tmp_path):
    no_issuer = ZH.replace("表 1：曜汀电子本次定增获配情况", "表 1：获配情况").replace(
        "12 月 11 日，曜汀电子完成向特定对象发行，发行价格 41.06 元/股，获配情况见下表。",
        "获配情况如下。",
    )
    assert allotments(tmp_path, no_issuer) == {}
    roster = ZH.replace("获配股数（股）", "类型").replace("获配金额（元）", "备注")
    assert allotments(tmp_path, roster) == {}
