"""Placements whose purchasers a sentence lists with their own allotments (获配, "subscribed
for"), joint ventures whose holders are stated respectively, and rounds whose lead is
never its followers' investee, in the forms of 定增 results digests, 36氪-style round news
and sell-side placing notes (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.deal_facts import money_events, money_pairs, who

from aikg.schema import EventFact

HEAD = "# 测试证券 计算机行业周报\n\n报告日期：2031 年 12 月 14 日\n\n## 公司动态\n\n"
EN_HEAD = "# Test Securities | Asia Technology\n\n14 December 2031\n\n## What happened\n\n"


def facts_of(tmp_path: Path, body: str, head: str = HEAD) -> list[EventFact]:
    return money_events(tmp_path / "weekly_2031-12.md", head + body + "\n")


def amounts(facts: list[EventFact]) -> dict[tuple[str, str], float | None]:
    """(investor, investee) -> amount of every investment."""
    return {
        (a, b): f.props.get("amount")
        for f in facts
        if f.label == "Investment"
        for a in who(f, "MAKES_INVESTMENT")
        for b in who(f, "INVESTS_IN")
    }


def test_each_purchaser_invests_its_own_allotment_in_the_issuer(tmp_path):
    facts = facts_of(
        tmp_path,
        "1. 12 月 9 日，岑湾科技公告向特定对象发行股票发行结果，"
        "发行价格为 28.40 元/股，募集资金总额 16.2 亿元。"
        "其中，溪石基金获配 3.6 亿元，北汀资本获配 2.2 亿元，乌岭投资获配 9,000 万元。",
    )
    assert amounts(facts) == {
        ("溪石基金", "岑湾科技"): 3.6e8,
        ("北汀资本", "岑湾科技"): 2.2e8,
        ("乌岭投资", "岑湾科技"): 9.0e7,
    }
    assert all(f.props.get("round") == "private_placement" for f in facts)
    assert all(f.props["date"] == "2031-12-09" for f in facts)


def test_allotted_shares_are_no_amount_and_the_amount_after_them_is(tmp_path):
    facts = facts_of(
        tmp_path,
        "2. 澜屿股份披露定增发行情况报告书，发行价格 21.60 元/股。"
        "汇泽基金获配 1,150 万股，获配金额约 2.5 亿元；"
        "丹岫资管获配 420 万股；北渚资产最终获配 7,000 万元。",
    )
    got = amounts(facts)
    assert got[("汇泽基金", "澜屿股份")] == 2.5e8
    assert got[("北渚资产", "澜屿股份")] == 7.0e7  # an asset manager's arm: no company suffix
    assert got.get(("丹岫资管", "澜屿股份")) is None  # shares only
    [about] = [f for f in facts if "汇泽基金" in who(f, "MAKES_INVESTMENT")]
    assert about.props["amount_qualifier"] == "about"


def test_a_placement_headline_total_is_no_purchasers_amount(tmp_path):
    facts = facts_of(tmp_path, "岚桥微电子定增落地，募资 20 亿元，其中，南汀产业基金获配 5 亿元。")
    assert amounts(facts) == {("南汀产业基金", "岚桥微电子"): 5.0e8}


def test_subscribers_of_a_placing_invest_their_own_amounts(tmp_path):
    facts = facts_of(
        tmp_path,
        "Corvid Compute raised US$500mn in a private placement on 9 December at US$10.20 per "
        "share. Basalt Peak Capital subscribed for US$220mn of the new shares and Wren Lane "
        "Partners subscribed for US$130mn.\n\nIn a filing, Ostara Cloud said Lumen Harbor "
        "Ventures had subscribed for 15 million new shares for a total of US$60 million.",
        EN_HEAD,
    )
    assert amounts(facts) == {
        ("Basalt Peak Capital", "Corvid Compute"): 2.2e8,
        ("Wren Lane Partners", "Corvid Compute"): 1.3e8,
        ("Lumen Harbor Ventures", "Ostara Cloud"): 6.0e7,
    }


def test_placees_who_took_up_part_of_the_placing_invest_in_its_issuer(tmp_path):
    facts = facts_of(
        tmp_path,
        "Corvid Compute raised US$500mn in a placing on 9 December. Basalt Peak Capital took "
        "up US$220mn of the placing and Selwyn Harbour Fund bought US$90mn of the new shares."
        "\n\nWren Systems bought $40 million of chips from Ostara Cloud.",
        EN_HEAD,
    )
    assert amounts(facts) == {
        ("Basalt Peak Capital", "Corvid Compute"): 2.2e8,
        ("Selwyn Harbour Fund", "Corvid Compute"): 9.0e7,  # never the placee before it
    }


ROUNDS = {
    # followers invest in the round's company, never in its lead
    "1. 岭泊芯科完成近 5 亿元 B 轮融资，由松峦资本领投，青汀创投、远屿基金跟投。": {
        ("Investment", "松峦资本", "岭泊芯科"),
        ("Investment", "青汀创投", "岭泊芯科"),
        ("Investment", "远屿基金", "岭泊芯科"),
    },
    # an old holder that keeps investing joins the round; a company investing in a field
    # does not
    "1. 12 月 9 日，启泊芯科完成数亿元 Pre-A+ 轮融资。本轮融资由岚汀资本领投，原有股东汀屿创投"
    "持续投资。\n\n2. 12 月 10 日，北辰芯完成融资，腾讯持续投资 AI 基础设施。": {
        ("Investment", "岚汀资本", "启泊芯科"),
        ("Investment", "汀屿创投", "启泊芯科"),
    },
}


@pytest.mark.parametrize("body", sorted(ROUNDS))
def test_a_rounds_investors_invest_in_its_company(tmp_path, body):
    assert pairs(facts_of(tmp_path, body)) == ROUNDS[body]


def test_a_round_whose_company_no_shape_knows_gives_no_follower_an_investee(tmp_path):
    # 月 is no stem character ("五月智能"), so 月影智能 is no name: its followers are not made
    # investors in the lead, nor in the round of the item before
    facts = facts_of(
        tmp_path,
        "1. 岭泊芯科完成 2 亿元 A 轮融资，松峦资本领投。"
        "月影智能完成 3 亿元 A 轮融资，由沧屿资本领投，丰汀投资、北渚创投跟投。",
    )
    got = pairs(facts)
    assert ("Investment", "松峦资本", "岭泊芯科") in got
    assert not {p for p in got if p[2] in ("沧屿资本", "岭泊芯科") and p[1] != "松峦资本"}


def test_joint_venture_holders_stated_respectively(tmp_path):
    facts = facts_of(
        tmp_path,
        "1. 12 月 10 日，衡汀科技公告，公司与澄屿数科共同出资设立合资公司衡屿液冷，"
        "注册资本 2 亿元，双方分别持股 60% 和 40%。\n\n"
        "2. 星泊科技公告，公司与岩汀数科拟共同设立合资公司泊岩智算，"
        "注册资本 3 亿元，星泊科技、岩汀数科分别持股 70%、30%。",
    )
    stakes = {
        (a, b): (f.props.get("stake_pct"), f.props.get("amount"), f.props["status"])
        for f in facts
        if f.label == "Investment"
        for a in who(f, "MAKES_INVESTMENT")
        for b in who(f, "INVESTS_IN")
    }
    assert stakes == {
        ("衡汀科技", "衡屿液冷"): (60.0, None, "announced"),
        ("澄屿数科", "衡屿液冷"): (40.0, None, "announced"),  # 注册资本 is the venture's
        ("星泊科技", "泊岩智算"): (70.0, None, "planned"),
        ("岩汀数科", "泊岩智算"): (30.0, None, "planned"),  # 拟 is no part of its name
    }


def test_a_floor_keeps_its_figure(tmp_path):
    [f] = facts_of(
        tmp_path,
        "启汀信息公告，公司拟以自有资金不低于 3 亿元认购瀚屿芯片新增注册资本，认购完成后持有"
        "瀚屿芯片约 18% 股权。",
    )
    assert (f.props["amount"], f.props["amount_qualifier"]) == (3.0e8, "over")
    assert f.props["stake_pct"] == 18.0 and f.props["status"] == "planned"


pairs = money_pairs
