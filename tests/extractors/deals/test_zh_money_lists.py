"""Chinese money facts stated item by item or over two sentences, in the forms of broker
公司动态 lists, 36氪-style funding digests and notice summaries: list items that name
their company before a colon and the notice date, holders of a joint venture, stake
lists, rounds whose investors come in the next sentence, PPAs, short names; and money
sentences that state no deal (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, money_pairs, who

from aikg.schema import EventFact

HEAD = "# 测试证券 电子行业周报\n\n报告日期：2031 年 11 月 29 日\n\n## 公司动态\n\n"


def facts_of(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "weekly_2031-11.md", HEAD + body + "\n")


pairs = money_pairs


def stakes(facts: list[EventFact]) -> dict[tuple[str, str], float]:
    """(investor, investee) -> stake of every investment that states one."""
    return {
        (a, b): f.props["stake_pct"]
        for f in facts
        if f.label == "Investment" and "stake_pct" in f.props
        for a in who(f, "MAKES_INVESTMENT")
        for b in who(f, "INVESTS_IN")
    }


def test_list_items_name_their_company_before_the_colon_and_the_date(tmp_path):
    body = (
        "➢ 砾川信息：11 月 24 日消息，公司拟中标闽南电信 AI 算力建设项目，"
        "含税金额约为 3.1 亿元。\n\n"
        "➢ 溯岭电子：11 月 26 日公告，全资子公司溯岭香港拟以 6000 万美元增资扩股澄泊微电子，"
        "增资完成后公司将持有其 12.5% 股份。\n"
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        ("Deal", "闽南电信", "砾川信息"),
        ("Investment", "溯岭香港", "澄泊微电子"),
    }
    tender = next(f for f in facts if f.label == "Deal")
    assert (tender.props["amount"], tender.props["status"], tender.props["date"]) == (
        3.1e8,
        "planned",
        "2031-11-24",
    )


def test_joint_venture_holders_and_stake_lists_give_one_investment_each(tmp_path):
    body = (
        "➢ 岑镜光电：11 月 25 日公告，公司与昱岚科技共同设立合资公司昱岑光子科技，注册资本 2 亿元，"
        "其中公司持股 55%，昱岚科技持股 45%。\n\n"
        "➢ 汀洲半导体：11 月 27 日公告，公司使用自有资金合计 4.6 亿元，"
        "分别取得岱泽微电子 60% 股权、铖屿科技 51% 股权。\n\n"
        "➢ 澄瑞数据：公司拟与星岫创投共同出资设立合资公司澄瑞星算，"
        "其中公司出资 7000 万元、持股 70%，星岫创投出资 3000 万元、持股 30%。\n"
    )
    facts = facts_of(tmp_path, body)
    assert stakes(facts) == {
        ("岑镜光电", "昱岑光子科技"): 55.0,
        ("昱岚科技", "昱岑光子科技"): 45.0,
        ("汀洲半导体", "岱泽微电子"): 60.0,
        ("汀洲半导体", "铖屿科技"): 51.0,
        ("澄瑞数据", "澄瑞星算"): 70.0,
        ("星岫创投", "澄瑞星算"): 30.0,
    }
    star = next(f for f in facts if "星岫创投" in who(f, "MAKES_INVESTMENT"))
    assert star.props["amount"] == 3e7  # its own contribution, not the venture's capital


def test_a_round_stated_first_takes_the_investors_named_next(tmp_path):
    body = (
        "据悉，11 月 26 日，推理基础设施公司穹岫智能宣布完成 3 亿元 B 轮融资。领投方为澜岳资本，"
        "启汀创投、北岙基金等机构跟投，老股东松岚远望继续追投。\n\n"
        "栖汐机器人宣布，公司刚刚完成了近亿元 Pre-A 轮融资，投资方包括岱屿产投、滨汀科创基金等产业"
        "投资方，以及鸣岚资本、远汐创投等财务机构。\n"
    )
    facts = facts_of(tmp_path, body)
    investors = {a for _, a, b in pairs(facts) if b == "穹岫智能"}
    assert investors == {"澜岳资本", "启汀创投", "北岙基金", "松岚远望"}
    assert {a for _, a, b in pairs(facts) if b == "栖汐机器人"} == {
        "岱屿产投",
        "滨汀科创基金",
        "鸣岚资本",
        "远汐创投",
    }
    lead = next(f for f in facts if "澜岳资本" in who(f, "MAKES_INVESTMENT"))
    assert (lead.props["round"], lead.props["date"]) == ("b", "2031-11-26")
    assert not any("刚刚" in who(f, "INVESTS_IN", "MAKES_INVESTMENT") for f in facts)


def test_the_power_buyer_of_a_ppa_and_the_user_of_compute_pay(tmp_path):
    body = (
        "曦岳能源 12 月 8 日公告，公司与数据中心运营商云汀数据签署为期 15 年的购电协议（PPA），"
        "公司将通过其 200 兆瓦光伏项目向云汀数据的华东数据中心供电。\n\n"
        '岳汐通信 12 月 2 日晚间公告，控股子公司岳汐云算科技（简称"岳汐云算"）'
        '已与霁岚智能（简称"霁岚"）签署了总额 5.54 亿元的算力服务合同。'
        "根据合同，霁岚将获取岳汐云算的 GPU 算力服务并支付相应费用。\n"
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        ("Deal", "云汀数据", "曦岳能源"),
        ("Deal", "霁岚智能", "岳汐云算科技"),
    }
    ppa = next(f for f in facts if "曦岳能源" in who(f, "PAID_TO"))
    assert ppa.props["kind"] == "payment"  # power, not hardware nor a data-centre contract


def test_money_sentences_that_state_no_deal_make_none(tmp_path):
    body = (
        "➢ 北汀精密：11 月 27 日公告，公司预计 2031 年实现营业收入 45 亿元至 48 亿元。\n\n"
        "➢ 蔚汐电子：公司本周新签某头部客户 AI 服务器电源订单约 2.3 亿元，"
        "在手订单合计超过 19 亿元。\n\n"
        "➢ 霁汀科技：公司拟投资设立全资子公司霁汀先进封装，注册资本 1 亿美元，"
        "项目计划投资总额 3 亿美元。\n\n"
        "浪岳信息与曙汀科技合计占据国内 AI 服务器市场 60% 份额，市场规模约 1200 亿元。\n\n"
        "华汐技术拟出资 5 亿元参与设立智算产业基金，基金总规模 50 亿元。\n\n"
        "➢ 澜汐股份（300812.SZ）：公司与岱汐智算签订《算力租赁服务合同》，合同金额 2.3 亿元。\n"
    )
    facts = facts_of(tmp_path, body)
    # only the last item is a deal, and the exchange code of the ticker is no party
    assert pairs(facts) == {("Deal", "岱汐智算", "澜汐股份")}


def test_notice_wordings_of_awards_orders_sales_and_stake_transfers(tmp_path):
    body = (
        "澄汀股份公告，公司收到岭汐电网的《中标通知书》，中标金额 1.2 亿元。\n\n"
        "汀岳科技与鹤汐数据签订了日常经营重大合同，合同总金额为人民币 32,000 万元。\n\n"
        "泓汀电子全资子公司泓汀智造近日收到衡汐机器人出具的采购订单，订单金额合计 2.1 亿元。\n\n"
        "岭汀软件被北岙数据确定为智算平台项目中标人，中标金额 9800 万元。\n\n"
        "星汀科技拟以 4.2 亿元现金收购鹿汐资本持有的澜岙智能 30% 股权。\n\n"
        "汀岙集团拟向北汐资本转让其持有的曜汀科技 40% 股权，转让价格 6 亿元。\n\n"
        "岚汀股份与曜汐数据签署算力租赁合同，曜汐数据向公司租赁 2000P 算力，合同金额 5.6 亿元。\n"
    )
    assert pairs(facts_of(tmp_path, body)) == {
        ("Deal", "岭汐电网", "澄汀股份"),
        ("Deal", "鹤汐数据", "汀岳科技"),  # 日常经营合同: the company sells
        ("Deal", "衡汐机器人", "泓汀智造"),
        ("Deal", "北岙数据", "岭汀软件"),
        ("Investment", "星汀科技", "澜岙智能"),  # not the seller 鹿汐资本
        ("Investment", "北汐资本", "曜汀科技"),
        ("Deal", "曜汐数据", "岚汀股份"),
    }


def test_an_unnamed_company_is_no_founder_and_newcomers_are_investors(tmp_path):
    body = (
        "公司与昱汀科技共同设立合资公司昱汐光子，注册资本 2 亿元，公司持股比例为 55%。\n\n"
        "汀汐科技与北岙集团组建合资公司汀岙算力，汀汐科技持股 51%，北岙集团持股 49%。\n\n"
        "岚岙智能拟引入澄汐资本作为战略投资者，增资金额 3 亿元。\n"
    )
    facts = facts_of(tmp_path, body)
    # 公司 names no one here: the partner after 与 is no holder of 55%
    assert stakes(facts) == {("汀汐科技", "汀岙算力"): 51.0, ("北岙集团", "汀岙算力"): 49.0}
    assert ("Investment", "澄汐资本", "岚岙智能") in pairs(facts)
