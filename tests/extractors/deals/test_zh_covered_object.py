"""A Chinese company note calls the company it covers 公司 where it is the investee too:
its new shares subscribed ("X 拟以现金认购公司本次向特定对象发行的股票"), a stake in it
bought or transferred ("X 拟受让公司 5% 股份", "控股股东拟将其持有的公司 5.02% 股份协议转让
给 X") and capital put into it ("X 拟以现金 3 亿元向公司增资"). Outside a company note 公司
names no one, and 子公司 is another company. Invented companies and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.deal_facts import investment_props

NOTE = "---\ntitle: 岚帧互娱（300888.SZ）：引入战略股东\ndate: 2031-04-06\n---\n\n"
NOTE += "澄岭证券 | 公司点评 | 2031年4月6日\n\n## 事件\n\n"
WEEKLY = "---\ntitle: 传媒行业周报：AI 游戏加速\ndate: 2031-04-06\n---\n\n## 行业要闻\n\n"


def investments(tmp_path: Path, head: str, body: str) -> dict[tuple[str, str], dict]:
    return investment_props(tmp_path / "sample.md", head + body + "\n")


def test_a_stake_in_the_covered_company(tmp_path):
    body = "4 月 4 日，鹿鸣集团拟通过协议转让方式受让公司 6% 股份，转让价格为 24.10 元/股。"
    found = investments(tmp_path, NOTE, body)
    assert set(found) == {("鹿鸣集团", "岚帧互娱")}
    assert found[("鹿鸣集团", "岚帧互娱")]["stake_pct"] == 6.0
    assert found[("鹿鸣集团", "岚帧互娱")].get("amount") is None  # a price per share


def test_a_stake_transferred_to_the_buyer(tmp_path):
    body = "4 月 3 日，公司公告，控股股东拟将其持有的公司 5.02% 股份协议转让给星野创投。"
    found = investments(tmp_path, NOTE, body)
    assert set(found) == {("星野创投", "岚帧互娱")}
    assert found[("星野创投", "岚帧互娱")]["stake_pct"] == 5.02


@pytest.mark.parametrize(
    ("body", "investor", "amount"),
    [
        ("4 月 5 日，汀兰资本拟以现金 3 亿元向公司增资。", "汀兰资本", 3e8),
        ("4 月 6 日，星野资本拟以现金 5 亿元认购公司本次向特定对象发行的股票。", "星野资本", 5e8),
    ],
    ids=["capital-into", "new-shares"],
)
def test_capital_put_into_the_covered_company(tmp_path, body, investor, amount):
    found = investments(tmp_path, NOTE, body)
    assert set(found) == {(investor, "岚帧互娱")}
    assert found[(investor, "岚帧互娱")]["amount"] == amount


def test_no_covered_company_outside_a_note_nor_for_a_subsidiary(tmp_path):
    assert investments(tmp_path, WEEKLY, "4 月 5 日，汀兰资本拟以现金 3 亿元向公司增资。") == {}
    assert investments(tmp_path, NOTE, "4 月 5 日，汀兰资本拟以现金 3 亿元向子公司增资。") == {}
