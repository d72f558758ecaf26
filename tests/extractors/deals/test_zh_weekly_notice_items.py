"""Chinese deals in the shapes of broker weeklies' 【公司】 notice items, company headings
over numbered items, reported talks and order tables: who pays whom, and which figure is
no amount. Invented companies and sentences (round 28)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, money_pairs

from aikg.schema import EventFact

HEAD = "# 测试证券 计算机行业周报\n\n报告日期：2031 年 12 月 20 日\n\n## 公司动态\n\n"


def facts_of(tmp_path: Path, body: str, tables: bool = False) -> list[EventFact]:
    return money_events(tmp_path / "weekly_2031-12.md", HEAD + body + "\n", tables=tables)


def test_bracketed_item_heads_with_a_glued_date_name_the_tender_winner(tmp_path):
    body = (
        "【岚溪科技】12月9日公告，公司中标澄北数科“政务算力平台（二期）”项目，中标金额3.42亿元。\n\n"
        "【衡曜信息】12月10日公告，公司中标中国移动2031年AI推理服务器集采项目第二标包，"
        "中标金额约18.7亿元。\n"
    )
    facts = facts_of(tmp_path, body)
    assert money_pairs(facts) == {
        ("Deal", "澄北数科", "岚溪科技"),
        ("Deal", "中国移动", "衡曜信息"),
    }
    assert sorted(f.props["amount"] for f in facts) == [3.42e8, 1.87e9]
    assert {f.props["date"] for f in facts} == {"2031-12-09", "2031-12-10"}


def test_a_share_price_after_a_supply_framework_is_no_amount(tmp_path):
    body = (
        "【岭光通信】12月11日披露已与栖云数据签订800G光模块供货框架协议，未披露金额，"
        "公司股价当日上涨8.6%至132.5元。\n"
    )
    facts = facts_of(tmp_path, body)
    assert money_pairs(facts) == {("Deal", "栖云数据", "岭光通信")}
    assert facts[0].props.get("amount") is None


def test_a_bare_name_heading_gives_its_numbered_items_their_company(tmp_path):
    body = (
        "### 朗屿股份\n\n"
        "1. 12月11日，公司中标中国联通智算中心服务器采购项目，中标金额4.6亿元。\n"
        "2. 12月12日，公司与西澜云签订为期三年的算力租赁合同，合同金额2.2亿元。\n\n"
        "### 华为发布新品\n\n"
        "1. 12月13日，公司中标中国电信智算中心服务器采购项目，中标金额1.1亿元。\n"
    )
    pairs = money_pairs(facts_of(tmp_path, body))
    assert ("Deal", "中国联通", "朗屿股份") in pairs
    assert ("Deal", "朗屿股份", "西澜云") in pairs
    assert not any("华为" in (a + b) for _, a, b in pairs)  # a heading that is no bare name


def test_reported_talks_about_an_order_are_tentative_and_a_vague_size_no_amount(tmp_path):
    body = (
        "据悉，墨岭智能正与晟川半导体商谈一笔数十亿元的GPU采购订单。\n\n"
        "据媒体报道，蓝屿科技与华澜云12月10日洽谈算力租赁合作。\n\n"
        "据悉，墨岭智能正与晟川半导体商谈战略合作。\n"
    )
    facts = facts_of(tmp_path, body)
    assert money_pairs(facts) == {
        ("Deal", "墨岭智能", "晟川半导体"),
        ("Deal", "蓝屿科技", "华澜云"),
    }
    assert {f.props["status"] for f in facts} == {"tentative"}
    assert all(f.props.get("amount") is None for f in facts)


def test_an_order_table_row_sells_to_the_company_after_xiang(tmp_path):
    body = (
        "| 日期 | 公司 | 事项 | 金额 |\n|---|---|---|---|\n"
        "| 12/10 | 澄屿股份 | 向北岚云出售AI服务器 | 约3000万元 |\n"
    )
    facts = facts_of(tmp_path, body, tables=True)
    assert money_pairs(facts) == {("Deal", "北岚云", "澄屿股份")}
    assert facts[0].props["amount"] == 3e7 and facts[0].props["date"] == "2031-12-10"


def test_a_discloser_before_pi_lu_is_named_without_the_verb(tmp_path):
    body = "12月12日，岭川科技披露与北辰科技签订测试机采购合同，合同金额 1.2 亿元。\n"
    facts = facts_of(tmp_path, body)
    names = {p.entity.name for f in facts for p in f.participants}
    assert "岭川科技" in names and not any(n.endswith("披露") for n in names)
