"""Chinese money facts in the forms of 通信 / 电子 weeklies' 公司动态 items, tender results
and 创投日报 investor lists: who pays in a compute agreement the item's company signs,
lot winners of a tender, strategic investors named after their role noun, a holder's
subscription of the company's own shares, investor lists without company suffixes, notice
dates in brackets; and money that pays no one (budgets, a withheld customer). Invented
companies and sentences."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, money_pairs

from aikg.schema import EventFact

HEAD = "# 测试证券 通信行业周报\n\n报告日期：2031 年 12 月 20 日\n\n## 公司动态\n\n"


def facts_of(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "weekly_2031-12.md", HEAD + body + "\n")


def test_an_items_company_sells_the_compute_it_signs_for_and_keeps_its_notice_date(tmp_path):
    body = (
        "◆ 川和数据：与翊辰云计算签订《算力服务合同》，合同金额 4.86 亿元（含税），"
        "服务期 5 年（公告日 12/15）。\n\n"
        "◆ 星垣科技：12 月 16 日与南湖数科签署算力租赁协议，金额 1.18 亿元。"
        "12 月 18 日又与宁川智算签下第二份算力租赁合同，金额 9600 万元。\n\n"
        "◆ 岱川信息：与栖桥智算签订算力租赁合同，租用栖桥智算的 GPU 算力，金额 2 亿元。\n"
    )
    facts = facts_of(tmp_path, body)
    assert money_pairs(facts) == {
        ("Deal", "翊辰云计算", "川和数据"),
        ("Deal", "南湖数科", "星垣科技"),
        ("Deal", "宁川智算", "星垣科技"),
        ("Deal", "岱川信息", "栖桥智算"),
    }
    dated = {f.props["amount"]: f.props.get("date") for f in facts}
    assert dated[4.86e8] == "2031-12-15" and dated[9.6e7] == "2031-12-18"


def test_tender_results_pay_each_winner_their_price_not_the_budget(tmp_path):
    body = (
        "◆ 本周浙江移动公布 2031 年智算服务器集中采购结果，项目预算金额 18.6 亿元，"
        "由岚峰信息中标第一包，中标金额 7.42 亿元。\n\n"
        "◆ 南岭科技：以 1.26 亿元中标国网江苏电力 2031 年边缘计算设备采购项目。\n"
    )
    facts = facts_of(tmp_path, body)
    assert money_pairs(facts) == {
        ("Deal", "浙江移动", "岚峰信息"),
        ("Deal", "国网江苏电力", "南岭科技"),
    }
    assert sorted(f.props["amount"] for f in facts) == [1.26e8, 7.42e8]


def test_strategic_investors_and_holders_subscribing_new_shares_invest_in_the_item(tmp_path):
    body = (
        "◆ 松禾网络：公司拟引入战略投资者国铖产业基金，"
        "国铖产业基金拟以现金 3 亿元认购公司新增股份，"
        "认购完成后将持有公司 6.5% 股份（公告日 12/17）。\n\n"
        "◆ 东曜信息：公司控股股东东曜控股拟以现金认购公司本次向特定对象发行的股票，"
        "认购金额不低于 2 亿元（公告日 12/18）。\n"
    )
    facts = facts_of(tmp_path, body)
    assert money_pairs(facts) == {
        ("Investment", "国铖产业基金", "松禾网络"),
        ("Investment", "东曜控股", "东曜信息"),
    }
    placement = next(f for f in facts if f.props.get("amount") == 2e8)
    assert placement.props["round"] == "private_placement"


def test_every_fund_of_an_investor_list_invests_even_without_a_company_suffix(tmp_path):
    body = (
        "具身智能公司栖木智能已完成 Pre-A 轮融资，投资方包括明湖资本、远川投资、鸿鹄天使，"
        "融资所得将用于灵巧手研发。\n\n"
        "数据智能服务商衡钧数据完成 A+ 轮融资，由蓝湾资本与北辰投资联合投资，"
        "华夏云启担任本轮独家财务顾问。\n"
    )
    investors = {a for _, a, b in money_pairs(facts_of(tmp_path, body))}
    assert investors == {"明湖资本", "远川投资", "鸿鹄天使", "蓝湾资本", "北辰投资"}


def test_money_without_a_named_counterparty_is_no_deal(tmp_path):
    body = (
        "◆ 澜沧光电：公司近日与客户签订光模块销售合同，合同金额合计 3.2 亿元，"
        "客户名称因保密约定未予披露。\n\n"
        "◆ 博览智控：截至 2031 年 11 月末，公司在手订单金额约 26 亿元。\n\n"
        "◆ 海岑科技：公司终止与云麓数据签订的 4.1 亿元算力服务协议。\n"
    )
    facts = facts_of(tmp_path, body)
    names = {p.entity.name for f in facts for p in f.participants}
    assert "澜沧光电" not in names and "博览智控" not in names
    assert "终止" not in names
