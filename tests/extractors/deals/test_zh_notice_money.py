"""Chinese money facts in the forms of notice lists, press wires and funding digests:
who pays whom, rounds told over two sentences, stakes after a change, and the money
sentences that state no deal (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, money_pairs, who

from aikg.schema import EventFact

HEAD = "# 测试证券 计算机行业周报\n\n报告日期：2031 年 12 月 14 日\n\n## 一、本周重要公告\n\n"


def facts_of(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "weekly_2031-12.md", HEAD + body + "\n")


pairs = money_pairs


def test_notice_list_items_name_their_companies_and_who_pays(tmp_path):
    body = (
        "- 棠岳股份：收到岚湖城投集团的中标通知书，中标金额 2.46 亿元，占公司 2030 年度营业收入的"
        " 9.1%。（公告日 12/09）\n"
        "- 汀屿通信（公告日 12/10）披露，公司与溯川数算签订《算力服务合同》，合同金额 3.3 亿元。\n"
        "- 沐峤软件公告，与岑溪智能签署算力租赁协议，岑溪智能租用公司 512 台服务器，"
        "协议总金额不超过 4 亿元。\n"
        "- 澈岚信息公告，公司中标智算中心一期项目，中标金额 1.2 亿元，招标人为澜湾城建集团。\n"
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        ("Deal", "岚湖城投集团", "棠岳股份"),
        ("Deal", "溯川数算", "汀屿通信"),
        ("Deal", "岑溪智能", "沐峤软件"),
        ("Deal", "澜湾城建集团", "澈岚信息"),
    }
    award = next(f for f in facts if "棠岳股份" in who(f, "PAID_TO"))
    # the bracketed notice date dates the item; the fiscal year "2030 年度" does not
    assert (award.props["amount"], award.props["date"]) == (2.46e8, "2031-12-09")


def test_party_a_of_a_contract_pays(tmp_path):
    body = (
        '澜越股份（以下简称"公司"、"乙方"）与锦屏智能（以下简称"甲方"）签订《智算服务合同》，'
        "合同金额 5.68 亿元，由乙方向甲方提供算力服务。\n"
    )
    assert pairs(facts_of(tmp_path, body)) == {("Deal", "锦屏智能", "澜越股份")}


def test_a_key_value_amount_sizes_the_contract_named_after_it(tmp_path):
    body = (
        "重要内容提示：\n\n- 合同名称：智算中心算力服务合同\n- 合同金额：56,800 万元（含税）\n"
        "- 合同期限：5 年\n\n"
        '澜越股份（以下简称"乙方"）与锦屏智能（以下简称"甲方"）签订上述合同。\n'
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {("Deal", "锦屏智能", "澜越股份")}
    assert facts[0].props["amount"] == 5.68e8


def test_capital_increase_takes_the_stake_after_the_change(tmp_path):
    body = (
        "- 澄峦股份拟以自有资金 1.5 亿元增资汀芷科技，增资完成后公司持股比例由 60% 提升至 72%。\n"
        "- 岳湄电子（公告日 12/11）拟以现金 5.4 亿元收购汉澄光芯 70% 股权。\n"
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        ("Investment", "澄峦股份", "汀芷科技"),
        ("Investment", "岳湄电子", "汉澄光芯"),
    }
    stakes = {next(iter(who(f, "INVESTS_IN"))): f.props["stake_pct"] for f in facts}
    assert stakes == {"汀芷科技": 72.0, "汉澄光芯": 70.0}


def test_a_round_told_in_two_sentences_keeps_its_company_amount_and_round(tmp_path):
    body = (
        "星沅智能宣布完成 2 亿元 A 轮融资。本轮融资由北溪资本领投，云栎创投跟投。\n\n"
        "岫川科技获得数千万元天使轮融资，由奇岭创坛和启澜种子联合投资。\n"
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        ("Investment", "北溪资本", "星沅智能"),
        ("Investment", "云栎创投", "星沅智能"),
        ("Investment", "奇岭创坛", "岫川科技"),
        ("Investment", "启澜种子", "岫川科技"),
    }  # no investment between two investors, no joint venture of a round's investors
    assert not [f for f in facts if f.props.get("kind") == "joint_venture"]
    first = [f for f in facts if "星沅智能" in who(f, "INVESTS_IN")]
    assert {(f.props["round"], f.props["amount"]) for f in first} == {("a", 2e8)}


def test_money_that_pays_no_counterparty_makes_no_deal(tmp_path):
    body = (
        "- 星渚科技拟使用不超过 2.4 亿元闲置募集资金暂时补充流动资金。\n"
        "- 星渚科技公告，公司与北屿云签订的合同累计确认收入 3.2 亿元。\n"
        "- 星渚科技与北屿云签署战略合作框架协议，未来三年合作规模有望达到 100 亿元。\n"
        "- 棠川电子：截至 11 月末公司在手订单约 38 亿元，主要客户包括北屿云。\n"
        "- 岚溪信息公告，公司为某运营商服务器集采项目的第一中标候选人，拟中标金额为 20,500 万元。\n"
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == set()
    assert all("amount" not in f.props for f in facts)  # partnerships only, no figure


def test_notice_table_rows_are_read_as_sentences(tmp_path):
    body = (
        "| 公司 | 公告日 | 事项 |\n| --- | --- | --- |\n"
        "| 霄峪网络 | 12/05 | 中标中国联通 AI 服务器集采项目，中标金额 7.42 亿元 |\n"
        "| 嵘汀股份 | 12/08 | 拟以 1.6 亿元受让栖岚通信 40% 股权 |\n"
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        ("Deal", "中国联通", "霄峪网络"),
        ("Investment", "嵘汀股份", "栖岚通信"),
    }
    dates = {f.props["date"] for f in facts}
    assert dates == {"2031-12-05", "2031-12-08"}
