"""Chinese money facts in the wordings of 投融资 digests, 公告 summaries and PDF-to-markdown
notes that the frames used to miss: markup between a name and its verb (bold names,
inline-math figures), a description noun before the investee, the passive takeover with an
aside, paired investors with respective amounts, quoted names and numbered items, who pays
in supply, tender and compute-service contracts. Invented companies and sentences."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, money_pairs

from aikg.schema import EventFact

HEAD = "# 测试研究 投融资与公告周报\n\n发布日期：2031-12-15\n\n## 本周动态\n\n"


def facts_of(tmp_path: Path, body: str, name: str = "weekly_2031-12.md") -> list[EventFact]:
    return money_events(tmp_path / name, HEAD + body + "\n")


def by_investee(facts: list[EventFact]) -> dict[str, EventFact]:
    return {p.entity.name: f for f in facts for p in f.participants if p.rel_type == "INVESTS_IN"}


def test_bold_names_and_a_dated_clause_before_the_verb_keep_their_investment(tmp_path):
    body = (
        "- **霁川智能**则在 12 月 9 日宣布获得岚峰集团战略投资，金额未披露。\n"
        "- **北溪互娱**以约 1.4 亿美元认购韩国游戏引擎公司 Nordvale 新发行股份，"
        "持股比例升至 21%。\n"
    )
    facts = facts_of(tmp_path, body)
    assert money_pairs(facts) == {
        ("Investment", "岚峰集团", "霁川智能"),
        ("Investment", "北溪互娱", "Nordvale"),
    }
    assert by_investee(facts)["霁川智能"].props["date"] == "2031-12-09"
    assert by_investee(facts)["Nordvale"].props["stake_pct"] == 21.0


def test_an_investee_described_before_its_name_is_still_the_investee(tmp_path):
    body = (
        "- 12 月 12 日，澄屿股份以 2.2 亿元增资入股液冷厂商栖川热控，增资完成后持有其 12% 股权。\n"
        "- 汀湾集团通过旗下产业基金增持激光雷达厂商澜舟光电，交易完成后持股 6.5%。\n"
        "- 同月，岭澜控股宣布以约 3 亿元收购数字基础设施投资公司 Corlane。\n"
    )
    facts = facts_of(tmp_path, body)
    pairs = money_pairs(facts)
    assert ("Investment", "澄屿股份", "栖川热控") in pairs
    assert ("Investment", "汀湾集团", "澜舟光电") in pairs
    assert by_investee(facts)["栖川热控"].props["amount"] == 2.2e8
    # "投资公司 X": the noun 投资公司 describes X; it is no second, equity investment
    corlane = [f for f in facts if "Corlane" in {p.entity.name for p in f.participants}]
    assert [f.props["kind"] for f in corlane] == ["acquisition"]


def test_a_passive_takeover_with_an_aside_and_a_date_before_bei(tmp_path):
    body = "- 岭曜芯片（未上市）于 12 月 12 日被华澄微电子以 5.6 亿元收购 60% 股权。\n"
    (fact,) = facts_of(tmp_path, body)
    assert money_pairs([fact]) == {("Investment", "华澄微电子", "岭曜芯片")}
    assert (fact.props["kind"], fact.props["amount"], fact.props["stake_pct"]) == (
        "acquisition",
        5.6e8,
        60.0,
    )


def test_paired_investors_take_their_respective_amounts(tmp_path):
    body = "- 澄峦科技与岱川资本分别拟向曜岭智能投资 3 亿元和 2 亿元。\n"
    facts = facts_of(tmp_path, body)
    amounts = {a: f.props["amount"] for f in facts for (_, a, _) in money_pairs([f])}
    assert amounts == {"澄峦科技": 3e8, "岱川资本": 2e8}


def test_numbered_items_with_quoted_names_keep_the_rounds_figures(tmp_path):
    body = (
        "1. 12.08  具身智能公司“岭川机器人”宣布完成 6 亿元 B 轮融资。本轮由澄潮资本领投，\n"
        "   鹿溪创投跟投。\n"
        "2. 12.09  “澄峡芯片”完成 A+ 轮融资，金额 2.5 亿元，投资方为苏岭产投。\n"
        "3. 12.10  “栗岭数据”完成天使轮融资，金额 2000 万元，由拾川创投投资。\n"
    )
    facts = facts_of(tmp_path, body, "vc_weekly_2031-12.txt")
    assert money_pairs(facts) == {
        ("Investment", "澄潮资本", "岭川机器人"),
        ("Investment", "鹿溪创投", "岭川机器人"),
        ("Investment", "苏岭产投", "澄峡芯片"),
        ("Investment", "拾川创投", "栗岭数据"),
    }
    rounds = {(f.props.get("round"), f.props.get("amount")) for f in facts}
    assert rounds == {("b", 6e8), ("a_plus", 2.5e8), ("angel", 2e7)}


def test_who_pays_in_supply_tender_and_compute_service_contracts(tmp_path):
    body = (
        "1. 12 月 9 日，北汀光电与星澜云签订 800G 光模块供货框架协议，未披露金额；"
        "公司股价当日上涨 6.2%，报 88.40 元。\n\n"
        "2. 12 月 10 日，澜峡信息中标中国联通 2031 年 AI 服务器集采项目第一标包，"
        "中标金额约 9.8 亿元。\n\n"
        "3. 12 月 12 日，星澜云与墨川科技签署全栈合作协议，墨川科技未来三年将在星澜云上采购"
        "不低于 5 亿元的训练算力。\n\n"
        "4. 岭峡科技与宁岳数科签订 AI 算力服务采购合同，宁岳数科作为采购方，将在合同期内支付"
        "合计 18.6 亿元服务费。\n"
    )
    facts = facts_of(tmp_path, body, "comm_weekly_2031-12.txt")
    assert money_pairs(facts) == {
        ("Deal", "星澜云", "北汀光电"),
        ("Deal", "中国联通", "澜峡信息"),
        ("Deal", "墨川科技", "星澜云"),
        ("Deal", "宁岳数科", "岭峡科技"),
    }
    kinds = {f.props.get("amount"): f.props["kind"] for f in facts}
    assert kinds[None] == "hardware_purchase"  # 88.40 元 is a share price, no amount
    assert kinds[1.86e9] == "compute_lease"  # a compute service, not hardware


def test_inline_math_figures_size_a_takeover_and_a_cloud_contract(tmp_path):
    body = (
        "千岭文娱12月5日晚间公告，拟以发行股份及支付现金的方式收购杭州栎川映画科技有限公司 "
        "$100\\%$ 股权，交易对价合计 $7.2$ 亿元。同日，千岭文娱与澜岫云签署云服务采购协议，"
        "约定未来三年采购不低于 $3.6$ 亿元的模型调用与算力资源。\n"
    )
    facts = facts_of(tmp_path, body, "media_note_2031-12.md")
    takeover = next(f for f in facts if f.label == "Investment")
    assert (takeover.props["amount"], takeover.props["stake_pct"]) == (7.2e8, 100.0)
    cloud = next(f for f in facts if f.label == "Deal")
    assert money_pairs([cloud]) == {("Deal", "千岭文娱", "澜岫云")}
    assert (cloud.props["amount"], cloud.props["kind"]) == (3.6e8, "compute_lease")
