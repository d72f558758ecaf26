"""Policies named as real reports name them (round 23): the issuer after the title ("《X》由
A、B 于 … 联合印发"), glued to a full date ("国务院2025年8月26日印发的"), a foreign ministry
whose name lists its fields with "、", the Party centre with the State Council, a draft for
comment named after its title, a bare 文件 column beside an issuer column; in English an
executive order named by its quoted title or by the programme it launches, a weekday dated
from the report's day, a paragraph hard-wrapped before its date (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from support.policies import issuers_date_region as _row
from support.policies import policies_in

from aikg.schema import EventFact

ZH = """星河证券 计算机行业周报（2031.03.10-2031.03.16）
报告日期：2031 年 3 月 17 日

## 二、行业政策

| 日期 | 发文机关 | 文件 |
|---|---|---|
| 03-11 | 国家数据局 | 《关于推进公共数据授权运营的实施意见》 |

1、《关于推进算力网络绿色发展的指导意见》由国家发展改革委、国家能源局于 3 月 12 日联合印发。

2、此外,国务院2030年8月26日印发的《关于深化智能经济发展的意见》进入落地期。

3、英国科学、创新和技术部 3 月 13 日发布《前沿模型评估框架》。

4、中共中央、国务院 3 月 14 日印发《关于培育智能新质生产力的意见》。

5、工业和信息化部 3 月 15 日发布《智能体互联参考架构》征求意见稿,意见反馈截止时间为 4 月 15 日。

## 三、公司公告

| 日期 | 公司 | 文件 |
|---|---|---|
| 03-12 | 星河科技 | 《2030 年年度报告》 |
"""

EN = """# Policy Brief — Issue #3

*Quillon Research · March 14, 2031*

## United States

- On Monday President Trump signed an executive order launching the **Beacon Mission**, which
  directs the Department of Energy to open lab compute.
- President Trump signed the executive order "Securing Compute Access" on Thursday of last week.

## United Kingdom

The Department for Science, Innovation and Technology published its **Compute Access Framework** on
12 March, setting out how researchers apply.
"""


def _facts(tmp_path: Path, name: str, text: str) -> dict[str, EventFact]:
    return policies_in(tmp_path / name, text)


def test_chinese_issuers_after_the_title_glued_to_dates_and_enumerated(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "zh.md", ZH)
    passive = facts["关于推进算力网络绿色发展的指导意见"]
    assert _row(passive) == (["国家发展改革委", "国家能源局"], "2031-03-12", "CN")
    assert _row(facts["关于深化智能经济发展的意见"]) == (["国务院"], "2030-08-26", "CN")
    assert _row(facts["前沿模型评估框架"]) == (["英国科学、创新和技术部"], "2031-03-13", "UK")
    joint = facts["关于培育智能新质生产力的意见"]
    assert _row(joint) == (["中共中央", "国务院"], "2031-03-14", "CN")


def test_a_draft_keeps_its_mark_and_its_issue_date(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "zh.md", ZH)
    draft = facts["智能体互联参考架构(征求意见稿)"]
    assert _row(draft) == (["工业和信息化部"], "2031-03-15", "CN")  # not the deadline
    assert "智能体互联参考架构" not in facts  # the draft is not the final text


def test_a_bare_document_column_needs_an_issuer_column(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "zh.md", ZH)
    row = facts["关于推进公共数据授权运营的实施意见"]
    assert _row(row) == (["国家数据局"], "2031-03-11", "CN")
    assert not any("年度报告" in title for title in facts)  # a company's filing table


def test_english_orders_weekdays_and_wrapped_paragraphs(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "en.md", EN)
    assert set(facts) == {"Beacon Mission", "Securing Compute Access", "Compute Access Framework"}
    assert _row(facts["Beacon Mission"]) == (["White House"], "2031-03-10", "US")
    assert _row(facts["Securing Compute Access"]) == (["White House"], "2031-03-06", "US")
    framework = facts["Compute Access Framework"]
    assert _row(framework) == (
        ["Department for Science, Innovation and Technology"],
        "2031-03-12",
        "UK",
    )
