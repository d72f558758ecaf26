"""Chinese financing sentences of broker weeklies and VC digests (round 29): long fund names
as leads, the investee after 领投 and a descriptor, two investors of one capital increase,
a 定增 plan whose subscribers each state their amount, joint-venture holders who 认缴
(invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import by_investment_pair, money_events

from aikg.schema import EventFact

HEAD = "# 测试证券 人工智能周报\n\n报告日期：2031 年 12 月 14 日\n\n## 融资事件\n\n"


def investments(tmp_path: Path, body: str) -> dict[tuple[str, str], EventFact]:
    return by_investment_pair(money_events(tmp_path / "weekly_2031-12.md", HEAD + body + "\n"))


def test_a_provincial_fund_with_a_long_name_leads_the_round(tmp_path):
    got = investments(
        tmp_path,
        "1. 12 月 3 日，澄峪机器人完成 4 亿元 A 轮融资，由江洲市智能制造产业投资基金领投，"
        "老股东岚汐资本继续加码。",
    )
    assert set(got) == {("江洲市智能制造产业投资基金", "澄峪机器人"), ("岚汐资本", "澄峪机器人")}
    assert all(f.props.get("amount") == 4e8 for f in got.values())


def test_the_company_after_the_lead_and_its_descriptor_is_the_investee(tmp_path):
    got = investments(
        tmp_path,
        "2. 美团于 12 月 5 日领投具身智能企业栖羽 2.4 亿元人民币 A+ 轮融资，汀湖资本跟投。",
    )
    assert ("美团", "栖羽") in got and ("汀湖资本", "栖羽") in got
    assert not any(b == "美团" for _, b in got)
    assert got[("美团", "栖羽")].props.get("round") == "a_plus"


def test_two_investors_of_one_capital_increase_each_carry_the_total(tmp_path):
    got = investments(
        tmp_path,
        "3. 衡屿半导体获得澄湾科创产业基金三期与北陵国有资本投资有限公司合计 32 亿元增资。",
    )
    assert set(got) == {
        ("澄湾科创产业基金三期", "衡屿半导体"),
        ("北陵国有资本投资有限公司", "衡屿半导体"),
    }
    assert all(f.props.get("amount") == 3.2e9 for f in got.values())


def test_each_subscriber_of_a_placement_plan_invests_its_own_amount(tmp_path):
    got = investments(
        tmp_path,
        "4. 汀岳科技公告，公司拟向岚石基金、鹭洲资管、青衡创业投资有限公司定增，其中岚石基金认购 "
        "3.2 亿元、鹭洲资管认购 1.1 亿元、青衡创业投资有限公司认购 5000 万元，"
        "发行价格 18.40 元/股，募资总额 4.8 亿元。",
    )
    amounts = {a: f.props.get("amount") for (a, b), f in got.items() if b == "汀岳科技"}
    assert amounts == {"岚石基金": 3.2e8, "鹭洲资管": 1.1e8, "青衡创业投资有限公司": 5e7}
    assert all(f.props.get("status") == "planned" for f in got.values())
    assert not any(a == "汀岳科技" for a, _ in got)


def test_a_lone_subscription_outside_a_placement_list_is_not_read_by_the_plan_frame(tmp_path):
    got = investments(tmp_path, "5. 据悉，岚石基金认购 3 亿元理财产品。")
    assert got == {}


def test_both_holders_of_a_joint_venture_invest_with_their_stakes(tmp_path):
    got = investments(
        tmp_path,
        "6. 澄汐网络公告，公司与岭川产业投资有限公司共同出资设立澄汐算力科技有限公司，"
        "注册资本 4 亿元，其中公司认缴 2.2 亿元、持股 55%，"
        "岭川产业投资有限公司认缴 1.8 亿元、持股 45%。",
    )
    stakes = {
        a: f.props.get("stake_pct") for (a, b), f in got.items() if b == "澄汐算力科技有限公司"
    }
    assert stakes == {"澄汐网络": 55.0, "岭川产业投资有限公司": 45.0}
